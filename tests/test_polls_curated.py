"""The curated list of real polls enters the default run through `polls import` and charts as
small multiples whose every point links to its source."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.charts.polls import polls_caption, polls_over_time
from helpers.paths import PROJECT_ROOT, resource_path
from helpers.pipeline import expand_poll_paths
from helpers.polls import import_polls
from helpers.polls.questions import question_family
from helpers.polls.trend import kernel_trend, poll_points

CURATED = resource_path("polls", "curated", "ukraine_troops_polls.csv")


def _imported(tmp_path: Path) -> pd.DataFrame:
    result = import_polls([CURATED], data_dir=tmp_path, merge=False)
    assert len(result.quarantined) == 0, list(result.quarantined.get("reason", []))
    return result.added


def _specs(spec: dict) -> list[dict]:
    out = []
    for key in ("vconcat", "concat", "hconcat", "layer"):
        for part in spec.get(key, []):
            out.extend(
                _specs(part) if any(k in part for k in ("vconcat", "concat", "hconcat", "layer")) else [part]
            )  # noqa: E501
    return out


def test_every_curated_row_imports_with_its_source(tmp_path):
    raw = pd.read_csv(CURATED)
    rows = _imported(tmp_path)
    assert len(rows) == len(raw) >= 25
    assert rows["country"].nunique() >= 6
    assert set(rows["mapping"]) == {"curated_polls"}
    assert rows["source_url"].notna().all() and rows["url"].notna().all()
    assert (rows["source_url"].tolist()) == raw["source_url"].tolist()  # each row keeps its own page
    assert rows["outlet"].notna().all()
    # shares, sample sizes and dates as written
    assert rows["share_support"].tolist() == raw["share_support"].astype(float).tolist()
    n_raw = raw["sample_size"].dropna().astype(int).tolist()
    assert rows["sample_size"].dropna().astype(int).tolist() == n_raw


def test_the_default_collect_parameter_finds_the_curated_list():
    files, unmatched = expand_poll_paths(["polls/curated/*.csv"])
    assert CURATED in [f.resolve() for f in files] and unmatched == []
    files, unmatched = expand_poll_paths(["no/such/dir/*.csv"])
    assert files == [] and unmatched == ["no/such/dir/*.csv"]
    nb = (PROJECT_ROOT / "notebooks" / "01_collect.ipynb").read_text()
    assert 'polls_import = [\\"polls/curated/*.csv\\"]' in nb


def test_chart_has_small_multiples_and_every_point_links_to_its_source(tmp_path):
    rows = _imported(tmp_path)
    spec = polls_over_time(rows).to_dict()
    assert spec["columns"] == 3 and len(spec["concat"]) == rows["country"].nunique()
    points = [s for s in _specs(spec) if (s.get("mark") or {}).get("type") == "point"]
    assert points and all(p["encoding"]["href"]["field"] == "url" for p in points)
    pts = poll_points(rows)
    assert pts["url"].notna().all() and pts["url"].str.match(r"https?://").all()


def test_wordings_are_grouped_so_real_trends_can_be_drawn(tmp_path):
    rows = _imported(tmp_path)
    pts = poll_points(rows)
    assert pts["wording"].nunique() > pts["question_key"].nunique()  # families group wordings
    trend = kernel_trend(pts)
    assert {"DE", "PL"} <= set(trend["country"])  # 4+ polls on a peace force in each
    caption = polls_caption(rows)
    assert "house effects" in caption and "sampling error only" in caption
    assert "different wordings" in caption


def test_question_families():
    assert question_family("Should Poland send its troops to Ukraine")[0] == "any"
    assert question_family("Send troops to fight alongside Ukraine now")[0] == "combat"
    assert question_family("Send military advisers to Ukraine (non-combat)")[0] == "non_combat"
    assert question_family("Which contributions should Italy make (several options)")[0] == "options"
    assert question_family("Join a force to monitor a ceasefire")[0] == "peace"
    assert question_family("Should Ukraine join the EU") is None


def test_reimporting_the_same_file_writes_the_same_table(tmp_path):
    import time

    from helpers.tables import read_table

    import_polls([CURATED], data_dir=tmp_path, merge=False)
    first = read_table(tmp_path / "processed" / "polls_imported.parquet")
    time.sleep(1.1)  # imported_at has second resolution
    import_polls([CURATED], data_dir=tmp_path, merge=False)
    second = read_table(tmp_path / "processed" / "polls_imported.parquet")
    assert len(first) == len(second) == len(pd.read_csv(CURATED))
    pd.testing.assert_frame_equal(first, second)
