"""The shares in favour and against in polls over time, charted without overstating the data.

`polls_over_time` returns an Altair chart (never displays or saves it); `polls_caption`
returns the sentence a report prints under it: how many polls and pollsters the picture
rests on and how the trend was made. Both take the merged polls table (or any frame with
the polls columns of docs/data.md).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers import labels as topic_labels
from helpers.charts.theme import register_theme
from helpers.polls.trend import DEFAULT_METHOD, MEASURES, TrendMethod, kernel_trend, poll_points
from helpers.query import country_name

WIDTH, HEIGHT = 640, 220
SMALL_WIDTH, SMALL_HEIGHT = 280, 160  # one panel of the small multiples (several countries)
COLUMNS = 3


def _use_house_theme() -> dict[str, str]:
    """Register the house theme; return the colours of the poll answers (MEASURES: in favour, against).

    They take the colours of the default topic's first stance label (most in favour) and its last
    (most against), so polls and statements read alike and stay colour-blind safe.
    """
    register_theme()
    stances = topic_labels.stance_labels()
    in_favour, against = MEASURES.values()
    return {in_favour: stances.colours[stances.names[0]], against: stances.colours[stances.names[-1]]}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def polls_caption(polls: pd.DataFrame, *, method: TrendMethod = DEFAULT_METHOD) -> str:
    """What the chart rests on: polls, pollsters, countries, fieldwork span, trend method."""
    points = poll_points(polls)
    if points.empty:
        return "No polls with a share in favour or against to show."
    n_polls = points["poll_id"].nunique()
    pollsters = sorted(points["pollster"].unique())
    countries = sorted(points["country"].unique())
    first, last = points["midpoint"].min(), points["midpoint"].max()
    by_pub = points.drop_duplicates("poll_id")["date_basis"].eq("publication date").sum()
    placed = "Each point is one poll placed at its fieldwork midpoint"
    if by_pub:
        placed += f" ({_plural(int(by_pub), 'poll')} without fieldwork dates placed at the publication date)"
    linked = points.drop_duplicates("poll_id")["url"].notna().sum() if "url" in points.columns else 0
    if n_polls == 1:
        row = points.iloc[0]
        when = (
            f"fieldwork {row['fieldwork']}"
            if row["date_basis"] == "fieldwork midpoint"
            else f"published {row['published']}, fieldwork dates not given"
        )
        return (
            f"One poll ({row['pollster']}, {country_name(row['country'])}, {when}): "
            "no trend can be drawn from a single poll."
        )
    trend = kernel_trend(points, method)
    n_questions = points["question_key"].nunique()
    parts = [
        f"Based on {_plural(n_polls, 'poll')} by {_plural(len(pollsters), 'pollster')} "
        f"({', '.join(pollsters[:8])}{', …' if len(pollsters) > 8 else ''}) in "
        f"{_plural(len(countries), 'country').replace('countrys', 'countries')}, "
        f"{first:%b %Y} to {last:%b %Y}.",
        f"{placed}; clicking a point opens its source"
        + (f" ({int(linked)} of {n_polls} polls have a source link)." if linked < n_polls else "."),
    ]
    n_wordings = points["wording"].nunique() if "wording" in points.columns else n_questions
    if n_questions > 1:
        parts.append(
            f"Polls are grouped by question: {n_questions} groups, each with its own point shape and its own "
            "trend, because different questions are not comparable."
        )
    if n_wordings > n_questions:
        parts.append(
            f"The polls use {n_wordings} different wordings: within a group the wordings still differ "
            "(each point's tooltip gives its own question)."
        )
    if len(pollsters) > 1:
        parts.append(
            "Pollsters differ in method and panel (house effects), so a gap between two pollsters' polls "
            "is not by itself a change in opinion."
        )
    if trend.empty:
        parts.append(
            f"No trend is drawn: no country has {method.min_polls} or more polls on the same question."
        )
    else:
        parts.append(method.describe())
        drawn = trend.drop_duplicates(["country", "question_key"])
        parts.append(
            "Trends drawn for: "
            + "; ".join(
                f"{country_name(r.country)}, “{r.question_label}” ({r.n_polls} polls)"
                for r in drawn.itertuples()
            )
            + "."
        )
        parts.append(
            "The band covers sampling error only: it does not include house effects or differences in wording, "  # noqa: E501
            "so the real uncertainty is larger."
        )
        imputed = int(trend.drop_duplicates(["country", "question_key"])["n_imputed"].sum())
        if trend["lower"].isna().all():
            parts.append("No band is drawn because no poll gives its sample size.")
        elif imputed:
            parts.append(
                f"{_plural(imputed, 'poll')} without a sample size were given the median sample size."
            )
    return " ".join(parts)


def _empty_chart(title: str, message: str) -> alt.Chart:
    return (
        alt.Chart(pd.DataFrame({"message": [message]}), title=title)
        .mark_text(size=14, color="#555")
        .encode(text="message:N")
        .properties(width=WIDTH, height=80)
    )


def _country_layer(
    points: pd.DataFrame,
    trend: pd.DataFrame,
    domain: list[str],
    x_domain: list[str],
    colours: dict[str, str],
    size: tuple[int, int] = (WIDTH, HEIGHT),
) -> alt.LayerChart | alt.FacetChart:
    x = alt.X("midpoint:T", title="Fieldwork midpoint", scale=alt.Scale(type="utc", domain=x_domain))
    y = alt.Y("share:Q", title="Share of respondents (%)", scale=alt.Scale(domain=[0, 100]))
    color = alt.Color(
        "measure:N",
        title="Answer",
        scale=alt.Scale(domain=list(colours), range=list(colours.values())),
        legend=alt.Legend(symbolType="circle", symbolOpacity=1, symbolFillColor=None),
    )
    wording_legend = alt.Legend(labelLimit=420, orient="bottom", columns=1, symbolStrokeColor="#444")
    shape = alt.Shape(
        "question_label:N",
        title="Question",
        scale=alt.Scale(domain=domain),
        legend=wording_legend,
    )
    point_data = points.assign(midpoint=points["midpoint"].dt.strftime("%Y-%m-%d"))
    layers: list[alt.Chart] = []
    if not trend.empty:
        trend_data = trend.assign(midpoint=trend["midpoint"].dt.strftime("%Y-%m-%d"), share=trend["trend"])
        if trend_data["lower"].notna().any():
            layers.append(
                alt.Chart(trend_data.dropna(subset=["lower", "upper"]))
                .mark_area(opacity=0.18)
                .encode(
                    x=x,
                    y=alt.Y("lower:Q", title="Share of respondents (%)", scale=alt.Scale(domain=[0, 100])),
                    y2="upper:Q",
                    color=color,
                    detail="segment:N",
                )
            )
        layers.append(
            alt.Chart(trend_data)
            .mark_line(strokeWidth=2)
            .encode(
                x=x,
                y=y,
                color=color,
                detail="segment:N",
                strokeDash=alt.StrokeDash(
                    "question_label:N",
                    title="Question",
                    scale=alt.Scale(domain=domain),
                    legend=wording_legend,
                ),
                tooltip=[
                    alt.Tooltip("measure:N", title="Trend of"),
                    alt.Tooltip("share:Q", format=".1f"),
                    alt.Tooltip("n_polls:Q", title="Polls"),
                    alt.Tooltip("question_label:N", title="Question"),
                ],
            )
        )
    layers.append(
        alt.Chart(point_data)
        .mark_point(filled=True, size=55, opacity=0.85, cursor="pointer")
        .encode(
            x=x,
            y=y,
            color=color,
            shape=shape,
            href=alt.Href("url:N"),  # every point opens the page its figures come from
            tooltip=[
                alt.Tooltip("pollster:N", title="Pollster"),
                alt.Tooltip("fieldwork:N", title="Fieldwork"),
                alt.Tooltip("published:N", title="Published"),
                alt.Tooltip("measure:N", title="Answer"),
                alt.Tooltip("share:Q", title="Share (%)", format=".1f"),
                alt.Tooltip("sample_size:Q", title="Sample size", format=",.0f"),
                alt.Tooltip("wording:N", title="Question"),
                alt.Tooltip("question_label:N", title="Group"),
                alt.Tooltip("date_basis:N", title="Placed at"),
                alt.Tooltip("url:N", title="Source"),
            ],
        )
    )
    return alt.layer(*layers).properties(width=size[0], height=size[1])


def polls_over_time(polls: pd.DataFrame, *, title: str | None = None) -> alt.TopLevelMixin:
    """The shares in favour and against by country: one point per poll, a trend only where polls allow.

    One panel per polled country; point shape (and line dash) tells question wordings
    apart. With a single poll the point is shown and the subtitle says no trend can be
    drawn. The caption text is in the subtitle and from `polls_caption`.
    """
    colours = _use_house_theme()
    in_favour = next(iter(MEASURES.values()))  # the answer's name comes from the polls module
    title = title or f"Polls over time: {in_favour.lower()} and opposition"
    points = poll_points(polls)
    if points.empty:
        return _empty_chart(title, "No polls to show yet.")
    method = DEFAULT_METHOD
    trend = kernel_trend(points, method)
    domain = sorted(points["question_label"].unique())
    lo, hi = points["midpoint"].min(), points["midpoint"].max()
    pad = max(pd.Timedelta(days=7), (hi - lo) * 0.03)
    x_domain = [(lo - pad).strftime("%Y-%m-%d"), (hi + pad).strftime("%Y-%m-%d")]
    panels = []
    several = points["country"].nunique() > 1
    size = (SMALL_WIDTH, SMALL_HEIGHT) if several else (WIDTH, HEIGHT)
    # small multiples: countries with most polls first, so the panels with a trend lead
    order = (
        points.groupby("country")["poll_id"]
        .nunique()
        .sort_index()
        .sort_values(ascending=False, kind="stable")
    )  # noqa: E501
    for country in order.index:
        group = points[points["country"] == country]
        sub_trend = trend[trend["country"] == country] if not trend.empty else trend
        n = group["poll_id"].nunique()
        panel = _country_layer(group, sub_trend, domain, x_domain, colours, size).properties(
            title=alt.TitleParams(
                f"{country_name(country)} ({_plural(n, 'poll')})", anchor="start", fontSize=12
            )
        )
        panels.append(panel)
    caption = polls_caption(polls, method=method)
    subtitle = (
        "One poll: no trend can be drawn."
        if points["poll_id"].nunique() == 1
        else (
            "Points: one poll each, at its fieldwork midpoint; click one to open its source."
            + (
                " Lines: sample-size-weighted kernel trend; band: sampling error only (no house or wording effects)."  # noqa: E501
                if not trend.empty
                else " Too few polls per question for a trend."
            )
        )
    )
    chart = (
        panels[0]
        if len(panels) == 1
        else alt.concat(*panels, columns=COLUMNS).resolve_scale(
            shape="shared", color="shared", strokeDash="shared"
        )  # noqa: E501
    )
    return chart.properties(
        title=alt.TitleParams(title, subtitle=[subtitle], anchor="start"),
        usermeta={"caption": caption},
    )


__all__ = ["polls_over_time", "polls_caption", "MEASURES"]
