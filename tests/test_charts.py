"""Chart functions: valid Vega-Lite for 0, 1, a few and 50,000 rows; the encodings readers rely on."""

from __future__ import annotations

import html
import json
import re

import altair as alt
import numpy as np
import pandas as pd
import pytest
import vl_convert
from fixture_tables import XSS_QUOTE, polls_frame, statements_frame, synthetic_statements
from offline_browser import chromium_available, launch_browser

from helpers import charts
from helpers.charts.embed import chart_html, chart_spec, script_safe_json, vega_scripts
from helpers.charts.map import GEOJSON, latest_by_country, load_boundaries
from helpers.charts.statements import (
    balance_table,
    integer_ticks,
    matrix_table,
    quarter_labels,
    safe_link,
    total_label_fit,
)
from helpers.charts.theme import (
    NO_STATEMENT,
    NO_STATEMENT_COLOUR,
    STANCE_COLOURS,
    STANCE_ORDER,
    THEME_NAME,
)

STATEMENT_CHARTS = [
    charts.stance_timeline,
    charts.stance_balance_by_month,
    charts.country_matrix,
    charts.stance_map,
]


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
    empty = pd.DataFrame(
        columns=[
            "poll_id",
            "date",
            "country",
            "pollster",
            "share_support",
            "share_oppose",
            "sample_size",
            "question",
        ]
    )
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
    later = statements_frame(
        [
            ("a", "2025-01-02", "X", "PM", "PL", "oppose", "other", "q", "o", None),
            ("b", "2025-02-02", "Y", "PM", "PL", "support", "other", "q", "o", None),
        ]
    )
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
    rows = [
        (f"d{i}", day, who, "PM", "DK", "support", "peacekeepers", "q", "o", None)
        for i, (day, who) in enumerate(
            [
                ("2025-03-11", "A"),
                ("2025-03-12", "B"),
                ("2025-03-16", "B"),
                ("2025-03-13", "C"),
                ("2025-03-14", "B"),
                ("2025-03-17", "A"),
            ]
        )
    ]
    spec = charts.stance_timeline(statements_frame(rows), max_points=5).to_dict()  # 6 rows > 5: aggregate
    data = next(d for d in spec["datasets"].values() if "n" in d[0] and "speakers" in d[0])
    by_week = {r["date"]: (r["n"], r["speakers"]) for r in data}
    assert by_week == {"2025-03-10": (5, "B, A, C"), "2025-03-17": (1, "A")}


# --- Readable axes: dates with their year, in UTC; integer counts; no collisions (drawn by vl-convert) ---

_MONTH_YEAR = re.compile(r"^(\d{1,2} )?[A-Z][a-z]{2} \d{4}$")  # "Mar 2024" or "9 Mar 2024"


def _axis_labels(chart: alt.TopLevelMixin) -> list[list[str]]:
    """The tick labels of every axis as drawn by Vega (vl-convert's SVG), one list per axis."""
    svg = vl_convert.vegalite_to_svg(chart.to_dict())
    groups = re.findall(r'<g class="mark-text role-axis-label"[^>]*>(.*?)</g>', svg)
    return [[html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", g)] for g in groups if g]


def _date_labels(chart: alt.TopLevelMixin) -> list[str]:
    return [label for axis in _axis_labels(chart) for label in axis if re.search(r"\d{4}", label)]


def _temporal_encodings(spec: dict) -> list[dict]:
    return [enc for enc in _find(spec, "x") if isinstance(enc, dict) and enc.get("type") == "temporal"]


@pytest.mark.parametrize("rows", [1, 9, 2_000])
def test_timeline_dates_are_utc_labels_with_the_year(rows):
    frame = statements_frame().head(rows) if rows <= 9 else synthetic_statements(rows)
    spec = charts.stance_timeline(frame).to_dict()
    (x,) = _temporal_encodings(spec)
    assert x["scale"]["type"] == "utc"
    assert x["axis"]["labelExpr"].startswith("utcFormat(datum.value, '") and "%Y" in x["axis"]["labelExpr"]
    labels = _date_labels(charts.stance_timeline(frame))
    assert len(labels) >= 2 and all(_MONTH_YEAR.match(label) for label in labels), labels
    assert len(set(labels)) == len(labels), f"repeated date labels: {labels}"


def test_timeline_labels_months_for_long_spans_and_days_for_a_single_statement():
    one = charts.stance_timeline(statements_frame().head(1)).to_dict()
    (x,) = _temporal_encodings(one)
    assert x["axis"]["tickCount"]["interval"] == "day" and "%-d %b %Y" in x["axis"]["labelExpr"]
    assert len(x["scale"]["domain"]) == 2  # widened to two weeks around the one date
    long = charts.stance_timeline(synthetic_statements(2_000)).to_dict()
    (x,) = _temporal_encodings(long)
    assert x["axis"]["tickCount"] == {"interval": "month", "step": 3}  # 24 months in 560 px: quarterly ticks
    assert x["axis"]["labelExpr"] == "utcFormat(datum.value, '%b %Y')"
    labels = _date_labels(charts.stance_timeline(synthetic_statements(2_000)))
    assert labels[:3] == ["Jan 2024", "Apr 2024", "Jul 2024"]


def test_balance_months_are_labelled_with_year_under_their_bars_and_gaps_kept():
    spec = charts.stance_balance_by_month(statements_frame()).to_dict()
    bars = spec["layer"][0]["encoding"]
    months = bars["x"]["scale"]["domain"]
    assert months[0] == "Feb 2024" and months[-1] == "Apr 2025" and len(months) == 15  # empty months included
    assert "Jul 2024" in months  # no statement that month: a gap, not a jump
    assert set(bars["x"]["axis"]["values"]) <= set(months)
    labels = _date_labels(charts.stance_balance_by_month(statements_frame()))
    assert labels and all(_MONTH_YEAR.match(label) for label in labels)
    assert len(set(labels)) == len(labels)


@pytest.mark.parametrize("rows", [1, 2, 9])
def test_balance_y_axis_has_integer_ticks_for_small_counts(rows):
    chart = charts.stance_balance_by_month(statements_frame().head(rows))
    y = chart.to_dict()["layer"][0]["encoding"]["y"]
    assert y["axis"]["format"] == ",d" and all(isinstance(v, int) for v in y["axis"]["values"])
    numeric = [axis for axis in _axis_labels(chart) if all(label.isdigit() for label in axis)]
    assert numeric, "no count axis drawn"
    for axis in numeric:
        assert len(set(axis)) == len(axis), f"repeated tick labels {axis}"  # was 0, 1, 1 for one statement


@pytest.mark.parametrize("top", [0, 1, 2, 3, 5, 7, 11, 96, 101, 2_206, 49_999])
def test_integer_ticks_are_evenly_spaced_integers_covering_the_maximum(top):
    ticks = integer_ticks(top)
    assert ticks[0] == 0 and ticks[-1] >= top and 2 <= len(ticks) <= 6
    steps = {b - a for a, b in zip(ticks, ticks[1:], strict=False)}
    assert len(steps) == 1 and steps.pop() >= 1


def test_large_balance_totals_do_not_collide(large):
    spec = charts.stance_balance_by_month(large).to_dict()
    text = spec["layer"][1]
    band = spec["width"]["step"]
    largest = int(balance_table(large).groupby("month")["n"].sum().max())
    shown = f"{largest:,}" if text["encoding"]["text"]["format"] == ",d" else str(largest)
    # "2,157" in 11 px over 27-px bars overlapped its neighbour
    assert len(shown) * 0.56 * text["mark"]["fontSize"] <= band
    assert total_label_fit(52_000, band=12) is None


def test_matrix_shows_every_quarter_of_the_span_with_its_year():
    spec = charts.country_matrix(statements_frame()).to_dict()
    quarters = spec["layer"][0]["encoding"]["x"]["scale"]["domain"]
    # 2024 Q3 had no statement: its column is kept, so the jump from Q2 to Q4 is not hidden
    assert quarters == ["2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4", "2025 Q1", "2025 Q2"]
    assert quarter_labels("2024 Q4", "2025 Q2") == ["2024 Q4", "2025 Q1", "2025 Q2"]


def test_aggregated_timeline_gives_each_stance_its_own_lane_and_keeps_circles_apart(large):
    spec = charts.stance_timeline(large).to_dict()
    points = spec["hconcat"][1]
    enc = points["encoding"]
    assert enc["yOffset"]["field"] == "stance" and enc["yOffset"]["scale"]["domain"] == list(STANCE_ORDER)
    rows = next(d for d in spec["datasets"].values() if "deployments" in d[0])
    periods = {r["date"] for r in rows}
    assert len(periods) <= points["width"] // 16  # two years of weeks would be 105 columns in 560 px
    assert enc["size"]["scale"]["zero"] is True  # circle area proportional to the count
    assert "deployment" not in enc and "deployments" in {t["field"] for t in enc["tooltip"]}


def test_house_theme_labels_any_temporal_axis_with_the_year():
    frame = pd.DataFrame({"when": ["2025-02-21", "2025-03-10"], "v": [1, 2]})
    chart = alt.Chart(frame).mark_point().encode(x="when:T", y="v:Q")  # no axis settings at all
    labels = _date_labels(chart)
    assert labels and all(_MONTH_YEAR.match(label) for label in labels), labels


# Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, on linear RGB.
_CVD = {
    "protan": [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ],
    "deutan": [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ],
    "tritan": [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ],
}


def _lab(hex_colour: str, matrix: list[list[float]] | None) -> np.ndarray:
    rgb = np.array([int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])
    rgb = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    rgb = np.clip(np.array(matrix) @ rgb if matrix else rgb, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ rgb
    f = np.cbrt(np.maximum(xyz / np.array([0.95047, 1.0, 1.08883]), 0.008856))
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("vision", [None, *_CVD], ids=lambda v: v or "typical")
def test_stance_colours_stay_apart_for_colour_blind_readers(vision):
    """CIELAB distance >= 20 between any two stances (and the map's no-statement grey) after simulation."""
    colours = {**STANCE_COLOURS, NO_STATEMENT: NO_STATEMENT_COLOUR}
    lab = {name: _lab(c, _CVD.get(vision)) for name, c in colours.items()}
    names = list(lab)
    closest = min(
        (float(np.linalg.norm(lab[a] - lab[b])), a, b) for i, a in enumerate(names) for b in names[i + 1 :]
    )
    assert closest[0] >= 19.5, closest


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="Debian chromium not installed")
def test_date_labels_do_not_move_for_readers_west_or_east_of_utc(tmp_path):
    """The same page in UTC, Los Angeles and Auckland shows the same axis labels, each with its year."""
    frame = statements_frame()  # includes a statement on 1 April 2025: west of UTC it used to read March
    page_file = tmp_path / "charts.html"
    body = (
        chart_html(charts.stance_timeline(frame), "timeline")
        + chart_html(charts.stance_balance_by_month(frame), "balance")
        + chart_html(charts.stance_timeline(frame.head(1)), "single")
    )
    page_file.write_text(f"<html><body>{vega_scripts()}{body}</body></html>")
    seen = {}
    with launch_browser() as browser:
        for zone in ("UTC", "America/Los_Angeles", "Pacific/Auckland"):
            context = browser.new_context(timezone_id=zone, offline=True)
            page = context.new_page()
            errors: list[str] = []
            page.on(
                "console", lambda msg, errors=errors: errors.append(msg.text) if msg.type == "error" else None
            )
            page.goto(page_file.as_uri())
            page.wait_for_function(
                "[...document.querySelectorAll('.stance-chart')].every(d => d.dataset.rendered === 'true')",
                timeout=30_000,
            )
            seen[zone] = page.evaluate("""[...document.querySelectorAll('.stance-chart')].map(c =>
                [...c.querySelectorAll('g.role-axis-label text')].map(t => t.textContent)
                    .filter(t => /\\d{4}/.test(t)))""")
            context.close()
            assert errors == [], (zone, errors)
    assert seen["America/Los_Angeles"] == seen["UTC"] == seen["Pacific/Auckland"], seen
    for labels in seen["UTC"]:
        assert labels and all(_MONTH_YEAR.match(label) for label in labels), labels


def test_map_from_a_ready_latest_table_equals_the_map_from_statements() -> None:
    statements = statements_frame()
    from_rows = charts.stance_map(statements).to_dict()
    from_table = charts.stance_map(latest=latest_by_country(statements)).to_dict()
    assert from_rows == from_table


def test_a_missing_poll_question_becomes_null_in_the_chart_json():
    """pandas marks a missing value of a text column with a float NaN, which JSON cannot hold; the
    polls of a date window with one question left blank once failed the whole report."""
    polls = polls_frame()
    polls["question"] = polls["question"].astype("str")
    polls.loc[polls.index[0], "question"] = None
    spec = chart_spec(charts.polls_over_time(polls))
    text = script_safe_json(spec)  # raises on a NaN
    assert "NaN" not in text
    rows = [row for data in spec["datasets"].values() for row in data if "question" in row]
    assert any(row["question"] is None for row in rows)
