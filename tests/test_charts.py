"""Chart functions: valid Vega-Lite for 0, 1, a few and 50,000 rows; the encodings readers rely on."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd
import pytest
from test_report_fixtures import XSS_QUOTE, statements_frame, synthetic_statements

from helpers import charts
from helpers.charts.embed import chart_html, chart_spec, script_safe_json
from helpers.charts.map import GEOJSON, latest_by_country, load_boundaries
from helpers.charts.statements import balance_table, matrix_table, safe_link
from helpers.charts.theme import STANCE_COLOURS, STANCE_ORDER, THEME_NAME

STATEMENT_CHARTS = [charts.stance_timeline, charts.stance_balance_by_month, charts.country_matrix,
                    charts.stance_map]


@pytest.fixture(scope="module")
def large() -> pd.DataFrame:
    return synthetic_statements(50_000)


def _find(spec: dict, key: str) -> list:
    """Every value stored under `key` anywhere in a spec."""
    found = []
    if isinstance(spec, dict):
        for k, v in spec.items():
            if k == key:
                found.append(v)
            found.extend(_find(v, key))
    elif isinstance(spec, list):
        for v in spec:
            found.extend(_find(v, key))
    return found


def _data_rows(spec: dict) -> int:
    rows = sum(len(d) for d in spec.get("datasets", {}).values())
    return rows + sum(len(v) for v in _find(spec, "values") if isinstance(v, list))


@pytest.mark.parametrize("chart_fn", STATEMENT_CHARTS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("rows", [0, 1, 9])
def test_statement_charts_validate_for_empty_one_and_small_inputs(chart_fn, rows):
    frame = statements_frame().head(rows)
    spec = chart_fn(frame).to_dict()  # to_dict validates against the Vega-Lite schema
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    if rows == 0:
        assert "No statements" in json.dumps(spec)


@pytest.mark.parametrize("chart_fn", STATEMENT_CHARTS, ids=lambda f: f.__name__)
def test_statement_charts_aggregate_50000_rows_into_a_small_spec(chart_fn, large):
    spec = chart_fn(large).to_dict()  # would raise MaxRowsError if a chart embedded 50,000 rows
    size = len(json.dumps(spec))
    assert size < 400_000, f"{chart_fn.__name__} spec is {size:,} bytes"
    assert _data_rows(spec) <= 5_000


def test_large_timeline_says_it_shows_counts_not_points(large):
    spec = charts.stance_timeline(large).to_dict()
    assert "counts" in json.dumps(spec["title"])
    assert "n" in [s.get("field") for s in _find(spec, "size") if isinstance(s, dict)]


def test_polls_chart_is_reexported_and_copes_with_no_polls():
    from helpers.charts import polls as polls_module

    assert charts.polls_over_time is polls_module.polls_over_time
    empty = pd.DataFrame(columns=["poll_id", "date", "country", "pollster", "share_support", "share_oppose",
                                  "sample_size", "question"])
    assert charts.polls_over_time(empty).to_dict()["$schema"]


def test_timeline_encodes_stance_deployment_tooltip_link_and_country_filter():
    spec = charts.stance_timeline(statements_frame()).to_dict()
    points = spec["hconcat"][1]
    enc = points["encoding"]
    assert enc["color"]["field"] == "stance"
    assert enc["color"]["scale"]["domain"] == list(STANCE_ORDER)
    assert enc["color"]["scale"]["range"] == [STANCE_COLOURS[s] for s in STANCE_ORDER]
    assert enc["shape"]["field"] == "deployment"
    assert enc["x"]["field"] == "date" and enc["x"]["type"] == "temporal"
    assert enc["y"]["field"] == "country_name"
    assert {t["field"] for t in enc["tooltip"]} >= {"speaker", "speaker_role", "quote_short", "outlet"}
    assert enc["href"]["field"] == "link"
    params = {p["name"]: p for p in spec["params"]}  # altair lifts selections to the top level
    assert params["pick_country"]["select"]["fields"] == ["country_name"]
    assert params["pick_stance"]["bind"] == "legend"
    assert {"filter": {"param": "pick_country"}} in points["transform"]


def test_timeline_links_only_http_urls():
    spec = charts.stance_timeline(statements_frame()).to_dict()
    rows = next(d for d in spec["datasets"].values() if "link" in d[0])
    links = {r["speaker"] + r["date"]: r["link"] for r in rows}
    assert links["Olaf Scholz2025-04-01"] is None  # the javascript: URL
    assert links["Emmanuel Macron2024-02-26"] == "https://example.org/fr-1"
    assert safe_link("JavaScript:alert(1)") is None and safe_link("https://a.b/c") == "https://a.b/c"


def test_balance_counts_each_stance_per_month_and_totals_add_up():
    table = balance_table(statements_frame())
    march = table[table["month"] == "2025-03-01"].set_index("stance")["n"].to_dict()
    assert march == {"conditional": 1, "neutral": 1, "oppose": 1}
    assert (table.groupby("month")["n"].transform("sum") == table["total"]).all()
    spec = charts.stance_balance_by_month(statements_frame()).to_dict()
    bars, totals = spec["layer"]
    assert bars["mark"]["type"] == "bar" and bars["encoding"]["y"]["aggregate"] == "sum"
    assert totals["mark"]["type"] == "text"


def test_matrix_keeps_latest_stance_per_quarter_and_flags_who_moved():
    table = matrix_table(statements_frame()).set_index(["country", "quarter"])
    assert table.loc[("DE", "2024 Q1"), "stance"] == "oppose"
    assert table.loc[("DE", "2024 Q4"), "stance"] == "conditional"
    assert bool(table.loc[("DE", "2024 Q4"), "changed"]) is True
    assert bool(table.loc[("FR", "2024 Q1"), "changed"]) is False
    later = statements_frame([("a", "2025-01-02", "X", "PM", "PL", "oppose", "other", "q", "o", None),
                              ("b", "2025-02-02", "Y", "PM", "PL", "support", "other", "q", "o", None)])
    assert matrix_table(later).iloc[0]["stance"] == "support"  # the latest of the quarter, not the first


def test_map_uses_bundled_europe_boundaries_and_latest_stance():
    geo = load_boundaries()
    codes = {f["properties"]["iso_a2"] for f in geo["features"]}
    assert {"FR", "DE", "GB", "PL", "UA", "RU", "TR", "DK"} <= codes
    assert GEOJSON.stat().st_size < 100_000
    latest = latest_by_country(statements_frame()).set_index("country")
    assert latest.loc["DE", "stance"] == "neutral" and latest.loc["DE", "n"] == 3
    spec = charts.stance_map(statements_frame()).to_dict()
    assert spec["mark"]["type"] == "geoshape"
    assert spec["transform"][0]["lookup"] == "properties.iso_a2"
    assert "United States (oppose" in json.dumps(spec["title"])  # off-map speakers are named, not dropped


def test_house_theme_is_registered_and_enabled():
    assert THEME_NAME in alt.theme.names()
    assert alt.theme.active == THEME_NAME
    assert len(set(STANCE_COLOURS.values())) == len(STANCE_COLOURS)


def test_script_safe_json_cannot_close_a_script_tag():
    text = script_safe_json({"q": XSS_QUOTE, "amp": "a & b"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["q"] == XSS_QUOTE


def test_chart_html_embeds_hostile_data_as_inert_json():
    page = chart_html(charts.stance_timeline(statements_frame()), "chart-x")
    assert page.count("</script>") == 2  # the JSON block and the embed call, nothing from the data
    assert "onerror" in page and "<img" not in page
    spec_text = page.split('id="chart-x-spec">', 1)[1].split("</script>", 1)[0]
    assert chart_spec(json.loads(spec_text))["hconcat"]
    with pytest.raises(ValueError):
        chart_html(charts.stance_timeline(statements_frame()), 'x"><script>')


def test_aggregated_timeline_counts_statements_per_week_with_top_speakers():
    rows = [(f"d{i}", day, who, "PM", "DK", "support", "peacekeepers", "q", "o", None)
            for i, (day, who) in enumerate([("2025-03-11", "A"), ("2025-03-12", "B"), ("2025-03-16", "B"),
                                            ("2025-03-13", "C"), ("2025-03-14", "B"), ("2025-03-17", "A")])]
    spec = charts.stance_timeline(statements_frame(rows), max_points=5).to_dict()  # 6 rows > 5: aggregate
    data = next(d for d in spec["datasets"].values() if "n" in d[0] and "speakers" in d[0])
    by_week = {r["date"]: (r["n"], r["speakers"]) for r in data}
    assert by_week == {"2025-03-10": (5, "B, A, C"), "2025-03-17": (1, "A")}
