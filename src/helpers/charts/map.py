"""A map of Europe coloured by each country's latest stance.

Boundaries come from the bundled `reference/europe.geojson` (Natural Earth 1:110m,
public domain; see reference/README_map.md), so nothing is fetched when a report
opens. Speakers for international bodies and countries outside the map are listed in the
subtitle rather than silently dropped.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import altair as alt
import pandas as pd

from helpers.charts.statements import empty_chart, prepare_statements
from helpers.charts.theme import NO_STATEMENT, register_theme, stance_scale
from helpers.paths import resource_path
from helpers.topics import Topic

GEOJSON = resource_path("reference", "europe.geojson")

register_theme()


@lru_cache(maxsize=4)
def load_boundaries(path: str | Path = GEOJSON) -> dict:
    """The bundled boundary file as a GeoJSON FeatureCollection (features carry `iso_a2`, `name`)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def latest_by_country(statements: pd.DataFrame, topic: Topic | None = None) -> pd.DataFrame:
    """Each country's most recent statement (the data behind the map)."""
    frame = prepare_statements(statements, topic)
    cols = ["country", "country_name", "stance", "speaker", "speaker_role", "date", "n"]
    frame = frame[frame["country"].notna() & (frame["country"] != "")]
    if frame.empty:
        return pd.DataFrame(columns=cols)
    frame = frame.sort_values(["country", "day", "statement_id"], kind="stable", na_position="first")
    latest = frame.groupby("country").tail(1).set_index("country")
    latest["n"] = frame.groupby("country").size()
    return latest.reset_index()[cols].sort_values("country").reset_index(drop=True)


def stance_map(
    statements: pd.DataFrame | None = None,
    *,
    title: str | None = "Latest stance by country",
    boundaries: str | Path = GEOJSON,
    latest: pd.DataFrame | None = None,
    topic: Topic | None = None,
) -> alt.TopLevelMixin:
    """Choropleth of each country's latest stance; countries without a statement stay pale.

    Give the statements, or a ready `latest` table (the columns of `latest_by_country`), e.g. one
    aggregated in DuckDB over millions of statements.
    """
    geo = load_boundaries(str(boundaries))
    if latest is None:
        latest = latest_by_country(statements if statements is not None else pd.DataFrame(), topic)
    if latest.empty:
        return empty_chart("No statements by countries in this window.", title=title)
    on_map = {f["properties"]["iso_a2"] for f in geo["features"]}
    elsewhere = latest[~latest["country"].isin(on_map)]
    lookup = latest[latest["country"].isin(on_map)].drop(columns=["country_name"])
    subtitle = [f"{len(lookup)} countries on the map with a statement in this window"]
    if not elsewhere.empty:
        subtitle.append(
            "Not on the map: "
            + "; ".join(f"{r.country_name} ({r.stance}, {r.date})" for r in elsewhere.itertuples())
        )
    if lookup.empty:
        lookup = pd.DataFrame(
            [{"country": "", "stance": None, "speaker": "", "speaker_role": "", "date": "", "n": 0}]
        )
    chart = (
        alt.Chart(alt.InlineData(values=geo, format=alt.DataFormat(property="features", type="json")))
        .transform_lookup(
            lookup="properties.iso_a2",
            from_=alt.LookupData(
                data=lookup, key="country", fields=["stance", "speaker", "speaker_role", "date", "n"]
            ),
        )
        .transform_calculate(
            stance_label=f"isValid(datum.stance) ? datum.stance : '{NO_STATEMENT}'",
            country_label="datum.properties.name",
        )
        .mark_geoshape(stroke="white", strokeWidth=0.6)
        .encode(
            color=alt.Color(
                "stance_label:N",
                scale=stance_scale(topic, with_missing=True),
                title="latest stance",
                legend=alt.Legend(orient="top", direction="horizontal"),
            ),
            tooltip=[
                alt.Tooltip("country_label:N", title="country"),
                alt.Tooltip("stance_label:N", title="latest stance"),
                alt.Tooltip("speaker:N", title="latest speaker"),
                alt.Tooltip("speaker_role:N", title="role"),
                alt.Tooltip("date:N", title="on"),
                alt.Tooltip("n:Q", title="statements"),
            ],
        )
        .project(type="azimuthalEqualArea", rotate=[-15, -52, 0])
        .properties(width=560, height=480, title=alt.TitleParams(title or "", subtitle=subtitle))
    )
    return chart
