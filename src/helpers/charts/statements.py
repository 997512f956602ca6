"""Charts of statements: a timeline, the balance by month and a country x quarter matrix.

Each function takes a statements table (the data contract's columns) and returns an
altair chart; nothing is displayed or saved here. Every chart copes with no rows (a
labelled empty chart), and large tables are aggregated in pandas on purpose so the spec
embedded in a report stays small (altair's 5,000-row guard is never hit by accident).
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import pycountry

from helpers.charts.theme import (
    DEPLOYMENT_ORDER,
    STANCE_LETTERS,
    STANCE_ORDER,
    deployment_scale,
    register_theme,
    stance_scale,
)

MAX_POINTS = 3000
QUOTE_CHARS = 200
_BODIES = {"EU": "European Union", "NATO": "NATO", "UN": "United Nations"}

register_theme()


def country_name(code: object) -> str:
    """A readable name for an ISO alpha-2 code (or EU/NATO/UN); unknown codes pass through."""
    if code is None or (isinstance(code, float) and pd.isna(code)) or code == "":
        return "Unknown"
    code = str(code)
    if code in _BODIES:
        return _BODIES[code]
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


def safe_link(url: object) -> str | None:
    """Only http(s) URLs become links: a `javascript:` URL in scraped data must not be clickable."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None


def prepare_statements(statements: pd.DataFrame) -> pd.DataFrame:
    """Normalise a statements table for charting: parsed dates, labels, short quotes, safe links."""
    frame = statements.copy()
    for col in ("date", "speaker", "speaker_role", "country", "stance", "deployment", "quote",
                "outlet", "url", "statement_id", "sentence"):
        if col not in frame.columns:
            frame[col] = None
    frame["day"] = pd.to_datetime(frame["date"], errors="coerce", format="ISO8601")
    frame = frame[frame["day"].notna()].copy()
    frame["date"] = frame["day"].dt.strftime("%Y-%m-%d")
    frame["country_name"] = frame["country"].map(country_name)
    frame["stance"] = frame["stance"].where(frame["stance"].isin(STANCE_ORDER), "neutral")
    frame["deployment"] = frame["deployment"].where(frame["deployment"].isin(DEPLOYMENT_ORDER), "other")
    quote = frame["quote"].where(frame["quote"].notna() & (frame["quote"].astype(str) != ""), frame["sentence"])
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


def stance_timeline(
    statements: pd.DataFrame, *, title: str | None = "Who said what, when", max_points: int = MAX_POINTS
) -> alt.TopLevelMixin:
    """Every statement as a point: date x country, colour = stance, shape = deployment.

    Hover shows speaker, role, quote and outlet; clicking a point opens the source. The
    country list on the left filters the timeline (click, shift-click for more, double-click
    to reset); the stance legend highlights one stance. Above `max_points` statements the
    points become weekly counts per country, stance and deployment.
    """
    frame = prepare_statements(statements)
    if frame.empty:
        return empty_chart("No statements in this window.", title=title)
    order = _country_order(frame)
    height = max(120, 22 * len(order))
    pick_country = alt.selection_point(fields=["country_name"], name="pick_country")
    pick_stance = alt.selection_point(fields=["stance"], bind="legend", name="pick_stance")

    aggregated = len(frame) > max_points
    if aggregated:
        data, period, by_deployment = _aggregate_points(frame, max_rows=max_points // 2)
        data["day"] = data["date"]
        tooltip = [
            alt.Tooltip("day:N", title=f"{period} of"), alt.Tooltip("country_name:N", title="country"),
            alt.Tooltip("stance:N"), alt.Tooltip("n:Q", title="statements"),
            alt.Tooltip("speakers:N", title="most frequent speakers"),
        ] + ([alt.Tooltip("deployment:N")] if by_deployment else [])
        extra = {"size": alt.Size("n:Q", title=f"statements per {period}", scale=alt.Scale(range=[30, 600]),
                                  legend=alt.Legend(orient="top", direction="horizontal"))}
        subtitle = f"{len(frame):,} statements, shown as {period}ly counts (more than {max_points:,} points)"
    else:
        # `day` (a string copy of date) for the tooltip: the temporal x channel makes Vega parse `date`.
        data = frame[["date", "country_name", "stance", "deployment", "speaker", "speaker_role",
                      "quote_short", "outlet", "link"]].assign(day=frame["date"])
        tooltip = [
            alt.Tooltip("day:N", title="date"), alt.Tooltip("speaker:N"), alt.Tooltip("speaker_role:N", title="role"),
            alt.Tooltip("country_name:N", title="country"), alt.Tooltip("stance:N"),
            alt.Tooltip("deployment:N"), alt.Tooltip("quote_short:N", title="quote"),
            alt.Tooltip("outlet:N"),
        ]
        extra = {"href": alt.Href("link:N")}
        subtitle = f"{len(frame):,} statements; click a point to open its source"

    shape = {"shape": alt.Shape("deployment:N", scale=deployment_scale(), title="deployment",
                                legend=alt.Legend(orient="top", direction="horizontal"))}
    if aggregated and not by_deployment:
        shape = {}
        subtitle += "; all deployments together"
    y = alt.Y("country_name:N", sort=order, title=None)
    base = alt.Chart(data)
    points = (
        base.mark_point(filled=True, size=90, opacity=0.85, cursor="pointer")
        .encode(
            x=alt.X("date:T", title=None, scale=alt.Scale(type="utc", padding=12),
                    axis=alt.Axis(labelAngle=0, tickCount=8)),
            y=y,
            color=alt.Color("stance:N", scale=stance_scale(), title="stance",
                            legend=alt.Legend(orient="top", direction="horizontal")),
            **shape,
            opacity=alt.condition(pick_stance, alt.value(0.9), alt.value(0.12)),
            tooltip=tooltip,
            **extra,
        )
        .add_params(pick_stance)
        .transform_filter(pick_country)
        .properties(width=560, height=height)
    )
    legend_counts = frame.groupby("country_name").size().reset_index(name="n")
    country_list = (
        alt.Chart(legend_counts)
        .mark_bar(color="#4D4D4D", cursor="pointer")
        .encode(
            y=alt.Y("country_name:N", sort=order, title=None, axis=alt.Axis(orient="right", labels=False,
                                                                             ticks=False, domain=False)),
            x=alt.X("n:Q", title="click to filter", scale=alt.Scale(reverse=True),
                    axis=alt.Axis(tickCount=2, format="d", orient="top", titleFontWeight="normal",
                                  titleColor="#555555")),
            opacity=alt.condition(pick_country, alt.value(0.85), alt.value(0.2)),
            tooltip=[alt.Tooltip("country_name:N", title="country"), alt.Tooltip("n:Q", title="statements")],
        )
        .add_params(pick_country)
        .properties(width=70, height=height)
    )
    chart = alt.hconcat(country_list, points, spacing=4).resolve_scale(y="shared")
    return chart.properties(
        title=alt.TitleParams(title or "", subtitle=[subtitle, "Click a country bar (shift-click for more) "
                                                      "to filter; double-click to reset."]),
    )


def _aggregate_points(frame: pd.DataFrame, *, max_rows: int) -> tuple[pd.DataFrame, str, bool]:
    """Counts per period, country, stance (and deployment while that stays few enough rows).

    Tries weeks, then months, then months and quarters without the deployment split, and
    returns (data, period name, split by deployment?).
    """
    levels = (("week", "W-SUN", True), ("month", "M", True), ("month", "M", False), ("quarter", "Q", False))
    for period, freq, by_deployment in levels:
        dated = frame.assign(date=frame["day"].dt.to_period(freq).dt.start_time.dt.strftime("%Y-%m-%d"))
        keys = ["date", "country_name", "stance"] + (["deployment"] if by_deployment else [])
        if dated.groupby(keys).ngroups <= max_rows:
            break
    per_speaker = dated.groupby([*keys, "speaker"]).size().reset_index(name="k")
    per_speaker = per_speaker.sort_values([*keys, "k", "speaker"],
                                          ascending=[True] * len(keys) + [False, True], kind="stable")
    grouped = per_speaker.groupby(keys, sort=True)
    data = grouped["k"].sum().rename("n").to_frame()
    data["speakers"] = per_speaker.groupby(keys).head(3).groupby(keys)["speaker"].agg(", ".join)
    data = data.reset_index()
    return data, period, by_deployment


def balance_table(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements per month and stance (the data behind the balance chart)."""
    frame = prepare_statements(statements)
    if frame.empty:
        return pd.DataFrame(columns=["month", "stance", "n", "total", "share"])
    frame["month"] = frame["day"].dt.strftime("%Y-%m-01")
    table = frame.groupby(["month", "stance"]).size().reset_index(name="n")
    table["total"] = table.groupby("month")["n"].transform("sum")
    table["share"] = (100 * table["n"] / table["total"]).round(1)
    table["order"] = table["stance"].map({s: i for i, s in enumerate(STANCE_ORDER)})
    return table.sort_values(["month", "order"]).drop(columns="order").reset_index(drop=True)


def stance_balance_by_month(
    statements: pd.DataFrame, *, title: str | None = "Balance of stances by month"
) -> alt.TopLevelMixin:
    """Stacked bars of statements per month by stance, with the monthly total on top."""
    table = balance_table(statements)
    if table.empty:
        return empty_chart("No statements in this window.", title=title)
    table["stance_rank"] = table["stance"].map({s: i for i, s in enumerate(STANCE_ORDER)})
    axis = alt.Axis(format="%b %Y", labelAngle=0, tickCount=8)
    x = alt.X("month:T", timeUnit="utcyearmonth", title=None, axis=axis, scale=alt.Scale(padding=14))
    base = alt.Chart(table)
    bars = base.mark_bar().encode(
        x=x,
        y=alt.Y("sum(n):Q", title="statements", axis=alt.Axis(format="d", tickMinStep=1)),
        color=alt.Color("stance:N", scale=stance_scale(), title="stance",
                        legend=alt.Legend(orient="top", direction="horizontal")),
        order=alt.Order("stance_rank:Q"),
        tooltip=[alt.Tooltip("month:T", timeUnit="utcyearmonth", title="month", format="%B %Y"),
                 alt.Tooltip("stance:N"), alt.Tooltip("n:Q", title="statements"),
                 alt.Tooltip("share:Q", title="% of month"), alt.Tooltip("total:Q", title="month total")],
    )
    totals = (
        base.transform_aggregate(total="sum(n)", groupby=["month"])
        .mark_text(dy=-7, fontSize=11, color="#333333")
        # bandPosition centres each total over its month's bar (time units are bands starting at the 1st).
        .encode(x=alt.X("month:T", timeUnit="utcyearmonth", bandPosition=0.5, title=None, axis=axis),
                y=alt.Y("total:Q"), text=alt.Text("total:Q", format="d"))
    )
    n = int(table["n"].sum())
    return (bars + totals).properties(
        width=640, height=260,
        title=alt.TitleParams(title or "", subtitle=f"{n:,} statements; numbers on top are monthly totals"),
    )


def matrix_table(statements: pd.DataFrame) -> pd.DataFrame:
    """Latest stance per country and quarter, and whether it moved since the previous one."""
    frame = prepare_statements(statements)
    cols = ["country", "country_name", "quarter", "stance", "speaker", "date", "n", "previous", "changed"]
    if frame.empty:
        return pd.DataFrame(columns=cols)
    frame["quarter"] = frame["day"].dt.to_period("Q").astype(str).str.replace("Q", " Q", regex=False)
    frame["country"] = frame["country"].fillna("")
    frame = frame.sort_values(["country_name", "day", "statement_id"], kind="stable", na_position="first")
    grouped = frame.groupby(["country", "country_name", "quarter"], sort=True)
    latest = grouped.tail(1).set_index(["country", "country_name", "quarter"])
    latest["n"] = grouped.size()
    latest = latest.reset_index().sort_values(["country_name", "quarter"])
    latest["previous"] = latest.groupby("country_name")["stance"].shift(1)
    latest["changed"] = latest["previous"].notna() & (latest["previous"] != latest["stance"])
    latest["previous"] = latest["previous"].fillna("")
    return latest[cols].reset_index(drop=True)


def country_matrix(
    statements: pd.DataFrame, *, title: str | None = "Latest stance by country and quarter"
) -> alt.TopLevelMixin:
    """Country x quarter grid coloured by the latest stance; a black outline marks a change."""
    table = matrix_table(statements)
    if table.empty:
        return empty_chart("No statements in this window.", title=title)
    table["letter"] = table["stance"].map(STANCE_LETTERS)
    table["text_colour"] = table["stance"].map(lambda s: "white" if s in ("support", "oppose") else "black")
    order = sorted(table["country_name"].unique())
    quarters = sorted(table["quarter"].unique())
    base = alt.Chart(table).encode(
        x=alt.X("quarter:O", sort=quarters, title=None, axis=alt.Axis(labelAngle=0, orient="top")),
        y=alt.Y("country_name:N", sort=order, title=None),
    )
    cells = base.mark_rect(cornerRadius=2).encode(
        color=alt.Color("stance:N", scale=stance_scale(), title="latest stance",
                        legend=alt.Legend(orient="top", direction="horizontal")),
        stroke=alt.condition("datum.changed", alt.value("black"), alt.value("white")),
        strokeWidth=alt.condition("datum.changed", alt.value(2.5), alt.value(1)),
        tooltip=[alt.Tooltip("country_name:N", title="country"), alt.Tooltip("quarter:O"),
                 alt.Tooltip("stance:N", title="latest stance"), alt.Tooltip("previous:N",
                                                                             title="previous stance"),
                 alt.Tooltip("speaker:N", title="latest speaker"), alt.Tooltip("date:N", title="on"),
                 alt.Tooltip("n:Q", title="statements in quarter")],
    )
    letters = base.mark_text(fontSize=11, fontWeight="bold").encode(
        text="letter:N", color=alt.Color("text_colour:N", scale=None)
    )
    moved = int(table["changed"].sum())
    return (cells + letters).properties(
        width=max(160, 56 * len(quarters)), height=max(60, 24 * len(order)),
        title=alt.TitleParams(
            title or "",
            subtitle=f"S support, C conditional, N neutral, O oppose; outlined: stance moved ({moved} "
                     "change" + ("s" if moved != 1 else "") + ")",
        ),
    )
