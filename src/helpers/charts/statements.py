"""Charts of statements: a timeline, the balance by month and a country x quarter matrix.

Each function takes a statements table (the data contract's columns) and returns an
altair chart; nothing is displayed or saved here. Every chart copes with no rows (a
labelled empty chart), and large tables are aggregated in pandas on purpose so the spec
embedded in a report stays small (altair's 5,000-row guard is never hit by accident).
"""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

from helpers import labels as topic_labels
from helpers.charts.theme import deployment_scale, register_theme, stance_scale
from helpers.query import AggregatedPoints, country_name
from helpers.topics import Topic

MAX_POINTS = 3000
QUOTE_CHARS = 200

register_theme()


def safe_link(url: object) -> str | None:
    """Only http(s) URLs become links: a `javascript:` URL in scraped data must not be clickable."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None


def prepare_statements(statements: pd.DataFrame, topic: Topic | None = None) -> pd.DataFrame:
    """Normalise a statements table for charting: parsed dates, labels, short quotes, safe links.

    A stance outside the topic's labels is charted as its "no position" label, an unknown
    deployment as its last (catch-all) label; without a deployment dimension it stays as given."""
    frame = statements.copy()
    for col in (
        "date",
        "speaker",
        "speaker_role",
        "country",
        "stance",
        "deployment",
        "quote",
        "outlet",
        "url",
        "statement_id",
        "sentence",
    ):
        if col not in frame.columns:
            frame[col] = None
    frame["day"] = pd.to_datetime(frame["date"], errors="coerce", format="ISO8601")
    frame = frame[frame["day"].notna()].copy()
    frame["date"] = frame["day"].dt.strftime("%Y-%m-%d")
    frame["country_name"] = frame["country"].map(country_name)
    stances = topic_labels.stance_labels(topic)
    frame["stance"] = frame["stance"].where(
        frame["stance"].isin(stances.names), topic_labels.fallback_stance(stances)
    )
    deployments = topic_labels.deployment_labels(topic)
    if deployments is not None:
        frame["deployment"] = frame["deployment"].where(
            frame["deployment"].isin(deployments.names), topic_labels.fallback_deployment(deployments)
        )
    has_quote = frame["quote"].notna() & (frame["quote"].astype(str) != "")
    quote = frame["quote"].where(has_quote, frame["sentence"])
    frame["quote_short"] = quote.fillna("").astype(str).map(_shorten)
    frame["link"] = frame["url"].map(safe_link)
    for col in ("speaker", "speaker_role", "outlet"):
        frame[col] = frame[col].fillna("").astype(str)
    return frame.sort_values(["day", "country_name", "speaker"], kind="stable").reset_index(drop=True)


def _shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def empty_chart(message: str, *, title: str | None = None, width: int = 640, height: int = 80) -> alt.Chart:
    """A valid chart that says why there is nothing to show (instead of an error or a blank)."""
    chart = (
        alt.Chart(alt.Data(values=[{"message": message}]))
        .mark_text(fontSize=14, color="#555555", align="center")
        .encode(text="message:N")
        .properties(width=width, height=height)
    )
    return chart.properties(title=title) if title else chart


def _country_order(frame: pd.DataFrame) -> list[str]:
    """Countries with the most statements first, then by name (stable across runs)."""
    counts = frame.groupby("country_name").size().reset_index(name="n")
    return counts.sort_values(["n", "country_name"], ascending=[False, True])["country_name"].tolist()


def plural(n: int, word: str) -> str:
    """`1 statement`, `2,000 statements`."""
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def utc_label_expr(fmt: str) -> str:
    """A Vega label expression formatting a temporal tick in UTC.

    altair 6 ignores `axis(format=..., formatType="utc")` on temporal axes (ticks read
    "April", no year), and local-time formatting shifts dates by a day west of UTC.
    """
    return f"utcFormat(datum.value, '{fmt}')"


def integer_ticks(top: float, *, max_ticks: int = 6) -> list[int]:
    """Tick values 0..>=top on a 1-2-5 integer step, so small counts never show 0.5 (or a repeated 1).

    >>> integer_ticks(1), integer_ticks(5), integer_ticks(96)
    ([0, 1], [0, 1, 2, 3, 4, 5], [0, 20, 40, 60, 80, 100])
    """
    top = max(1, math.ceil(top))
    steps = (b * 10**e for e in range(16) for b in (1, 2, 5))
    step = next(k for k in steps if math.ceil(top / k) + 1 <= max_ticks)
    return list(range(0, math.ceil(top / step) * step + 1, step))


_MONTH_STEPS = (1, 2, 3, 4, 6, 12, 24, 60, 120)
_DAY_STEPS = (1, 2, 3, 7, 14)


def time_axis(days: pd.Series, *, width: int) -> tuple[alt.Axis, alt.Scale]:
    """A UTC time axis whose labels always carry the year and never repeat or overlap.

    Spans of two months or more get month ticks ("Mar 2024") every 1, 2, 3, 4, 6 or 12
    months, whichever fits the width; shorter spans get day ticks ("9 Mar 2024") and are
    widened to at least two weeks, so one statement is not a point in a one-instant domain.
    """
    start, end = days.min(), days.max()
    scale: dict = {"type": "utc", "padding": 12}
    if (end - start) < pd.Timedelta(days=14):
        middle = start + (end - start) / 2
        start, end = middle - pd.Timedelta(days=7), middle + pd.Timedelta(days=7)
        scale["domain"] = [_datetime(start), _datetime(end)]
    if (end - start) >= pd.Timedelta(days=62):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        step = next((k for k in _MONTH_STEPS if months / k <= width / 66), _MONTH_STEPS[-1])
        interval, fmt = "month", "%b %Y"
    else:
        span = (end - start).days + 1
        step = next((k for k in _DAY_STEPS if span / k <= width / 80), _DAY_STEPS[-1])
        interval, fmt = "day", "%-d %b %Y"
    axis = alt.Axis(
        labelExpr=utc_label_expr(fmt),
        tickCount={"interval": interval, "step": step},
        labelAngle=0,
        labelOverlap=True,
        labelFlush=False,
    )
    return axis, alt.Scale(**scale)


def _datetime(moment: pd.Timestamp) -> alt.DateTime:
    return alt.DateTime(year=moment.year, month=moment.month, date=moment.day, hours=moment.hour, utc=True)


def point_size(frame: pd.DataFrame, *, width: int) -> float:
    """Smaller points when a country's row is crowded, so shapes stay distinguishable."""
    busiest = int(frame.groupby("country_name").size().max())
    spacing = width / max(busiest, 1)
    return float(min(90.0, max(22.0, (1.3 * spacing) ** 2)))


TIMELINE_WIDTH = 560


def timeline_limits(max_points: int = MAX_POINTS, width: int = TIMELINE_WIDTH) -> tuple[int, int]:
    """(max rows, max periods) of the aggregated timeline: circles stay apart, the spec stays small."""
    return max_points // 2, width // 16


def aggregate_timeline(
    frame: pd.DataFrame, *, max_points: int = MAX_POINTS, with_deployment: bool = True
) -> AggregatedPoints:
    """Counts per period, country and stance of a prepared statements frame (see `AggregatedPoints`)."""
    max_rows, max_periods = timeline_limits(max_points)
    data, period = _aggregate_points(
        frame, max_rows=max_rows, max_periods=max_periods, with_deployment=with_deployment
    )
    counts = frame.groupby("country_name").size().reset_index(name="n")
    return AggregatedPoints(data, period, counts, frame["day"].min(), frame["day"].max(), len(frame))


def stance_timeline(
    statements: pd.DataFrame | None = None,
    *,
    title: str | None = "Who said what, when",
    max_points: int = MAX_POINTS,
    aggregated: AggregatedPoints | None = None,
    topic: Topic | None = None,
    click_opens_source: bool = True,
) -> alt.TopLevelMixin:
    """Every statement as a point: date x country, colour = stance, shape = deployment.

    Hover shows speaker, role, quote and outlet; clicking a point opens the source. The
    country list on the left filters the timeline (click, shift-click for more, double-click
    to reset); the stance legend highlights one stance. Above `max_points` statements the
    points become counts per period (week, month, quarter or year, whichever keeps the
    circles apart), country and stance, with one lane per stance inside each country's row.
    `aggregated` (instead of `statements`) draws those counts directly: a report over millions
    of statements has them from helpers.query (DuckDB) and never loads the rows. Colours, lanes and shapes
    come from the `topic`'s labels; a topic without a deployment dimension draws no shapes.
    With `click_opens_source=False` a click opens nothing: the page listens for it instead (the
    report shows the clicked point's row in its statements table).
    """
    stance_order = list(topic_labels.stance_labels(topic).names)
    has_deployment = topic_labels.deployment_labels(topic) is not None
    if aggregated is None:
        frame = prepare_statements(statements if statements is not None else pd.DataFrame(), topic)
        if frame.empty:
            return empty_chart("No statements in this window.", title=title)
        if len(frame) > max_points:
            aggregated = aggregate_timeline(frame, max_points=max_points, with_deployment=has_deployment)
    if aggregated is not None and aggregated.total == 0:
        return empty_chart("No statements in this window.", title=title)
    legend_counts = (
        aggregated.country_counts
        if aggregated is not None
        else frame.groupby("country_name").size().reset_index(name="n")
    )
    order = legend_counts.sort_values(["n", "country_name"], ascending=[False, True])["country_name"].tolist()
    total = aggregated.total if aggregated is not None else len(frame)
    days = pd.Series([aggregated.first_day, aggregated.last_day]) if aggregated is not None else frame["day"]
    width = TIMELINE_WIDTH
    pick_country = alt.selection_point(fields=["country_name"], name="pick_country")
    pick_stance = alt.selection_point(fields=["stance"], bind="legend", name="pick_stance")
    x_axis, x_scale = time_axis(days, width=width)
    x = alt.X("date:T", title=None, scale=x_scale, axis=x_axis)
    color = alt.Color(
        "stance:N",
        scale=stance_scale(topic),
        title="stance",
        legend=alt.Legend(orient="top", direction="horizontal"),
    )
    opacity = alt.condition(pick_stance, alt.value(0.9), alt.value(0.12))

    if aggregated is not None:
        data, period = aggregated.data.copy(), aggregated.period
        data["day"] = data["date"]
        lane = 10
        height = len(order) * len(stance_order) * lane
        spacing = width / max(1, data["date"].nunique())
        biggest = min(1.3 * lane, 0.9 * spacing) ** 2  # the largest circle fits its lane and period
        marks = (
            alt.Chart(data)
            .mark_circle(cursor="pointer")
            .encode(
                x=x,
                # Each country's row has one lane per stance, so the mix is visible, not stacked circles.
                y=alt.Y(
                    "country_name:N", sort=order, title=None, axis=alt.Axis(grid=True, tickBand="extent")
                ),
                yOffset=alt.YOffset("stance:N", sort=stance_order, scale=alt.Scale(domain=stance_order)),
                color=color,
                size=alt.Size(
                    "n:Q",
                    title=f"statements per {period}",
                    scale=alt.Scale(domain=[0, int(data["n"].max())], range=[0, biggest], zero=True),
                    legend=alt.Legend(
                        orient="top",
                        direction="horizontal",
                        values=integer_ticks(int(data["n"].max()), max_ticks=4)[1:],
                    ),
                ),
                opacity=opacity,
                tooltip=[
                    alt.Tooltip("day:N", title=f"{period} from"),
                    alt.Tooltip("country_name:N", title="country"),
                    alt.Tooltip("stance:N"),
                    alt.Tooltip("n:Q", title="statements", format=",d"),
                    *([alt.Tooltip("deployments:N")] if has_deployment else []),
                    alt.Tooltip("speakers:N", title="most frequent speakers"),
                ],
            )
        )
        subtitle = (
            f"{plural(total, 'statement')}, shown as counts per {period} (more than "
            f"{max_points:,} points); one lane per stance in each country's row"
        )
    else:
        height = max(120, 22 * len(order))
        # `day` (a string copy of date) for the tooltip: the temporal x channel makes Vega parse `date`.
        # `statement_id` lets the report's statements table show the row of a clicked point.
        data = frame[
            [
                "statement_id",
                "date",
                "country_name",
                "stance",
                "speaker",
                "speaker_role",
                "quote_short",
                "outlet",
                "link",
            ]
            + (["deployment"] if has_deployment else [])
        ].assign(day=frame["date"])
        size = point_size(frame, width=width)
        shape = {}
        if has_deployment:  # the legend reads "x y", not the codebook's "x_y"
            shape["shape"] = alt.Shape(
                "deployment:N",
                scale=deployment_scale(topic),
                title="deployment",
                legend=alt.Legend(
                    orient="top", direction="horizontal", labelExpr="replace(datum.label, '_', ' ')"
                ),
            )
        marks = (
            alt.Chart(data)
            .mark_point(filled=True, size=size, cursor="pointer")
            .encode(
                x=x,
                y=alt.Y("country_name:N", sort=order, title=None),
                color=color,
                **shape,
                opacity=opacity,
                tooltip=[
                    alt.Tooltip("day:N", title="date"),
                    alt.Tooltip("speaker:N"),
                    alt.Tooltip("speaker_role:N", title="role"),
                    alt.Tooltip("country_name:N", title="country"),
                    alt.Tooltip("stance:N"),
                    *([alt.Tooltip("deployment:N")] if has_deployment else []),
                    alt.Tooltip("quote_short:N", title="quote"),
                    alt.Tooltip("outlet:N"),
                ],
                **({"href": alt.Href("link:N")} if click_opens_source else {}),
            )
        )
        click = (
            "click a point to open its source"
            if click_opens_source
            else "click a point to show its row in the table below"
        )
        subtitle = f"{plural(total, 'statement')}; {click}"

    points = (
        marks.add_params(pick_stance).transform_filter(pick_country).properties(width=width, height=height)
    )
    busiest = int(legend_counts["n"].max())  # two ticks, 0 and the maximum: never "1 1 0"
    country_list = (
        alt.Chart(legend_counts)
        .mark_bar(color="#4D4D4D", cursor="pointer")
        .encode(
            y=alt.Y(
                "country_name:N",
                sort=order,
                title=None,
                axis=alt.Axis(orient="right", labels=False, ticks=False, domain=False),
            ),
            x=alt.X(
                "n:Q",
                title="click to filter",
                scale=alt.Scale(reverse=True, domain=[0, busiest], nice=False),
                axis=alt.Axis(
                    values=[0, busiest],
                    format=",d",
                    orient="top",
                    titleFontWeight="normal",
                    titleColor="#555555",
                ),
            ),
            opacity=alt.condition(pick_country, alt.value(0.85), alt.value(0.2)),
            tooltip=[alt.Tooltip("country_name:N", title="country"), alt.Tooltip("n:Q", title="statements")],
        )
        .add_params(pick_country)
        .properties(width=70, height=height)
    )
    chart = alt.hconcat(country_list, points, spacing=4).resolve_scale(y="shared")
    return chart.properties(
        title=alt.TitleParams(
            title or "",
            subtitle=[
                subtitle,
                "Click a country bar (shift-click for more) to filter; double-click to reset.",
            ],
        ),
    )


_PERIODS = (("week", "W-SUN"), ("month", "M"), ("quarter", "Q"), ("year", "Y"))


def _aggregate_points(
    frame: pd.DataFrame, *, max_rows: int, max_periods: int, with_deployment: bool = True
) -> tuple[pd.DataFrame, str]:
    """Counts per period, country and stance, with the top speakers and the deployments named.

    Uses the shortest period (week, month, quarter, year) that gives at most `max_periods`
    columns (so circles do not overlap) and `max_rows` rows; returns (data, period name).
    """
    keys = ["date", "country_name", "stance"]
    for name, freq in _PERIODS:
        period = name
        dated = frame.assign(date=frame["day"].dt.to_period(freq).dt.start_time.dt.strftime("%Y-%m-%d"))
        if dated["date"].nunique() <= max_periods and dated.groupby(keys).ngroups <= max_rows:
            break
    data = dated.groupby(keys).size().rename("n").to_frame()
    data["speakers"] = _top(dated, keys, "speaker", counts=False)
    data["deployments"] = (
        _top(dated, keys, "deployment", counts=True, limit=5).str.replace("_", " ") if with_deployment else ""
    )
    return data.reset_index(), period


def _top(frame: pd.DataFrame, keys: list[str], column: str, *, counts: bool, limit: int = 3) -> pd.Series:
    """The most frequent values of `column` per group, as "a, b, c" (or "a 12, b 5" with counts)."""
    ranked = frame.groupby([*keys, column]).size().reset_index(name="k")
    ranked = ranked.sort_values(
        [*keys, "k", column], ascending=[True] * len(keys) + [False, True], kind="stable"
    )
    top = ranked.groupby(keys).head(limit)
    text = top[column].astype(str) + (" " + top["k"].astype(str) if counts else "")
    return text.groupby([top[k] for k in keys]).agg(", ".join)


def stance_rank(topic: Topic | None = None) -> dict[str, int]:
    """Each stance's position in the topic's display order (stacking and sorting follow it)."""
    return {s: i for i, s in enumerate(topic_labels.stance_labels(topic).names)}


def balance_table(statements: pd.DataFrame, topic: Topic | None = None) -> pd.DataFrame:
    """Statements per month and stance (the data behind the balance chart)."""
    frame = prepare_statements(statements, topic)
    if frame.empty:
        return pd.DataFrame(columns=["month", "stance", "n", "total", "share"])
    frame["month"] = frame["day"].dt.strftime("%Y-%m-01")
    return balance_from_counts(frame.groupby(["month", "stance"]).size().reset_index(name="n"), topic)


def balance_from_counts(counts: pd.DataFrame, topic: Topic | None = None) -> pd.DataFrame:
    """The balance table from counts per month ("YYYY-MM-01") and stance (column `n`), however
    they were computed: in pandas from rows, or in DuckDB over a Parquet dataset."""
    if counts.empty:
        return pd.DataFrame(columns=["month", "stance", "n", "total", "share"])
    table = counts.groupby(["month", "stance"])["n"].sum().astype("int64").reset_index()
    table["total"] = table.groupby("month")["n"].transform("sum")
    table["share"] = (100 * table["n"] / table["total"]).round(1)
    table["order"] = table["stance"].map(stance_rank(topic))
    return table.sort_values(["month", "order"]).drop(columns="order").reset_index(drop=True)


def month_labels(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (ISO dates) as "Mar 2024", gaps included.

    Formatted here rather than in the browser, so no time zone can move a month.

    >>> month_labels("2024-11-01", "2025-01-01")
    ['Nov 2024', 'Dec 2024', 'Jan 2025']
    """
    return [m.strftime("%b %Y") for m in pd.period_range(first, last, freq="M")]


def labelled_months(first: str, last: str, *, width: float, label_px: float = 62) -> list[str]:
    """The month labels to print: every k-th month (k = 1, 2, 3, 4, 6, 12...) that fits the width.

    Calendar-aligned (every 3 months means Jan, Apr, Jul, Oct), so labels never overlap.
    """
    months = pd.period_range(first, last, freq="M")
    step = next((k for k in _MONTH_STEPS if len(months) / k * label_px <= width), _MONTH_STEPS[-1])
    return [m.strftime("%b %Y") for m in months if (m.year * 12 + m.month - 1) % step == 0]


def stance_balance_by_month(
    statements: pd.DataFrame | None = None,
    *,
    title: str | None = "Balance of stances by month",
    table: pd.DataFrame | None = None,
    topic: Topic | None = None,
) -> alt.TopLevelMixin:
    """Stacked bars of statements per month by stance, with the monthly total on top.

    The x axis lists every month of the span as a band (months without statements stay as
    gaps), labelled "Mar 2024" under the middle of its bar; the y axis has integer ticks.
    `table` (a `balance_table`/`balance_from_counts` result) replaces `statements`.
    """
    table = (
        balance_table(statements if statements is not None else pd.DataFrame(), topic)
        if table is None
        else table.copy()
    )
    if table.empty:
        return empty_chart("No statements in this window.", title=title)
    table["stance_rank"] = table["stance"].map(stance_rank(topic))
    table["month_label"] = pd.to_datetime(table["month"]).dt.strftime("%b %Y")
    first, last = table["month"].min(), table["month"].max()
    months = month_labels(first, last)
    step = min(48.0, 640 / len(months))
    width = step * len(months)
    x = alt.X(
        "month_label:N",
        sort=months,
        title=None,
        scale=alt.Scale(domain=months, paddingInner=0.12),
        axis=alt.Axis(
            values=labelled_months(first, last, width=width), labelAngle=0, ticks=False, grid=False
        ),
    )
    largest = int(table.groupby("month")["n"].sum().max())
    ticks = integer_ticks(largest)
    base = alt.Chart(table)
    bars = base.mark_bar().encode(
        x=x,
        y=alt.Y(
            "sum(n):Q",
            title="statements",
            scale=alt.Scale(domain=[0, ticks[-1]], nice=False),
            axis=alt.Axis(values=ticks, format=",d", tickMinStep=1),
        ),
        color=alt.Color(
            "stance:N",
            scale=stance_scale(topic),
            title="stance",
            legend=alt.Legend(orient="top", direction="horizontal"),
        ),
        order=alt.Order("stance_rank:Q"),
        tooltip=[
            alt.Tooltip("month_label:N", title="month"),
            alt.Tooltip("stance:N"),
            alt.Tooltip("n:Q", title="statements"),
            alt.Tooltip("share:Q", title="% of month"),
            alt.Tooltip("total:Q", title="month total"),
        ],
    )
    n = int(table["n"].sum())
    fit = total_label_fit(largest, band=step)
    if fit is None:  # too many months for a number over each bar: the tooltip carries the totals
        return bars.properties(
            width=alt.Step(step),
            height=260,
            title=alt.TitleParams(
                title or "", subtitle=f"{plural(n, 'statement')}; hover a bar for the monthly total"
            ),
        )
    number_format, font_size = fit
    totals = (
        base.transform_aggregate(total="sum(n)", groupby=["month_label"])
        .mark_text(dy=-7, fontSize=font_size, color="#333333")
        .encode(x=x, y=alt.Y("total:Q"), text=alt.Text("total:Q", format=number_format))
    )
    return (bars + totals).properties(
        width=alt.Step(step),
        height=260,
        title=alt.TitleParams(
            title or "", subtitle=f"{plural(n, 'statement')}; numbers on top are monthly totals"
        ),
    )


def total_label_fit(largest: int, *, band: float) -> tuple[str, int] | None:
    """(number format, font size) that lets the largest total fit over its bar, or None if none does.

    Widths are estimated from digit widths of the house font (about 0.56 em), with a
    little air between neighbours: "2,157" collides over 27-pixel bars, "2157" in 10 px fits.

    >>> total_label_fit(96, band=48), total_label_fit(2206, band=26.7), total_label_fit(52000, band=12)
    ((',d', 11), ('d', 10), None)
    """
    for number_format, text in ((",d", f"{largest:,}"), ("d", str(largest))):
        for font_size in (11, 10):
            if len(text) * 0.56 * font_size <= 0.92 * band:
                return number_format, font_size
    return None


def matrix_table(statements: pd.DataFrame, topic: Topic | None = None) -> pd.DataFrame:
    """Latest stance per country and quarter, and whether it moved since the previous one."""
    frame = prepare_statements(statements, topic)
    cols = ["country", "country_name", "quarter", "stance", "speaker", "date", "n", "previous", "changed"]
    if frame.empty:
        return pd.DataFrame(columns=cols)
    frame["quarter"] = frame["day"].dt.to_period("Q").astype(str).str.replace("Q", " Q", regex=False)
    frame["country"] = frame["country"].fillna("")
    frame = frame.sort_values(["country_name", "day", "statement_id"], kind="stable", na_position="first")
    grouped = frame.groupby(["country", "country_name", "quarter"], sort=True)
    latest = grouped.tail(1).set_index(["country", "country_name", "quarter"])
    latest["n"] = grouped.size()
    return matrix_from_latest(latest.reset_index())


MATRIX_COLUMNS = [
    "country",
    "country_name",
    "quarter",
    "stance",
    "speaker",
    "date",
    "n",
    "previous",
    "changed",
]


def matrix_from_latest(latest: pd.DataFrame) -> pd.DataFrame:
    """The matrix table from each (country, quarter)'s latest statement (country, country_name,
    quarter "2025 Q1", stance, speaker, date) and its statement count `n`: adds the previous
    quarter's stance and whether it changed. Shared by the pandas and the DuckDB paths."""
    cols = MATRIX_COLUMNS
    if latest.empty:
        return pd.DataFrame(columns=cols)
    latest = latest.sort_values(["country_name", "quarter"])
    latest["previous"] = latest.groupby("country_name")["stance"].shift(1)
    latest["changed"] = latest["previous"].notna() & (latest["previous"] != latest["stance"])
    latest["previous"] = latest["previous"].fillna("")
    return latest[cols].reset_index(drop=True)


def quarter_labels(first: str, last: str) -> list[str]:
    """Every quarter from `first` to `last` ("2024 Q1" labels), gaps included.

    >>> quarter_labels("2024 Q3", "2025 Q1")
    ['2024 Q3', '2024 Q4', '2025 Q1']
    """
    quarters = pd.period_range(
        pd.Period(first.replace(" ", ""), "Q"), pd.Period(last.replace(" ", ""), "Q"), freq="Q"
    )
    return [f"{q.year} Q{q.quarter}" for q in quarters]


def country_matrix(
    statements: pd.DataFrame | None = None,
    *,
    title: str | None = "Latest stance by country and quarter",
    table: pd.DataFrame | None = None,
    topic: Topic | None = None,
) -> alt.TopLevelMixin:
    """Country x quarter grid coloured by the latest stance; a black outline marks a change.

    `table` (a `matrix_table`/`matrix_from_latest` result) replaces `statements`."""
    table = (
        matrix_table(statements if statements is not None else pd.DataFrame(), topic)
        if table is None
        else table.copy()
    )
    if table.empty:
        return empty_chart("No statements in this window.", title=title)
    stances = topic_labels.stance_labels(topic)
    letter_of = topic_labels.letters(stances)
    table["letter"] = table["stance"].map(letter_of)
    table["text_colour"] = table["stance"].map(
        lambda s: topic_labels.text_colour_on(stances.colours.get(s, "#ffffff"))
    )
    order = sorted(table["country_name"].unique())
    quarters = quarter_labels(table["quarter"].min(), table["quarter"].max())
    step = max(30, min(66, 720 // len(quarters)))  # "2024 Q1" needs about 60 px in a browser
    # Every quarter of the span is a column, so a quarter nobody spoke in shows as a gap, not a jump.
    base = alt.Chart(table).encode(
        x=alt.X(
            "quarter:O",
            sort=quarters,
            title=None,
            scale=alt.Scale(domain=quarters),
            axis=alt.Axis(
                orient="top",
                labelAngle=0 if step >= 66 else -45,
                labelAlign="center" if step >= 66 else "left",
            ),
        ),
        y=alt.Y("country_name:N", sort=order, title=None),
    )
    cells = base.mark_rect(cornerRadius=2).encode(
        color=alt.Color(
            "stance:N",
            scale=stance_scale(topic),
            title="latest stance",
            legend=alt.Legend(orient="top", direction="horizontal"),
        ),
        stroke=alt.condition("datum.changed", alt.value("black"), alt.value("white")),
        strokeWidth=alt.condition("datum.changed", alt.value(2.5), alt.value(1)),
        tooltip=[
            alt.Tooltip("country_name:N", title="country"),
            alt.Tooltip("quarter:O"),
            alt.Tooltip("stance:N", title="latest stance"),
            alt.Tooltip("previous:N", title="previous stance"),
            alt.Tooltip("speaker:N", title="latest speaker"),
            alt.Tooltip("date:N", title="on"),
            alt.Tooltip("n:Q", title="statements in quarter"),
        ],
    )
    letters = base.mark_text(fontSize=11, fontWeight="bold").encode(
        text="letter:N", color=alt.Color("text_colour:N", scale=None)
    )
    moved = int(table["changed"].sum())
    return (cells + letters).properties(
        width=alt.Step(step),
        height=alt.Step(24),
        title=alt.TitleParams(
            title or "",
            subtitle=", ".join(f"{letter_of[s]} {topic_labels.readable(s)}" for s in stances.names)
            + f"; outlined: stance moved ({moved} "
            "change" + ("s" if moved != 1 else "") + ")",
        ),
    )
