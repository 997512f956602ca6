"""The report over a month-partitioned statements dataset (DuckDB aggregates) equals the in-memory report."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers import storage
from helpers.charts.statements import aggregate_timeline, prepare_statements
from helpers.report import sections
from helpers.pipeline import write_extracted
from helpers.tables import write_table

COUNTRIES = ["FR", "DE", "GB", "PL", "DK", "EU", "IT", None, ""]
STANCES = ["support", "oppose", "conditional", "neutral", "unclear"]  # "unclear" is charted as neutral
DEPLOYMENTS = ["peacekeepers", "trainers", "combat_troops", "reassurance_force", "other", None]


def make_statements(n: int, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2024-02-01") + pd.to_timedelta(rng.integers(0, 600, n), unit="D")
    speakers = [f"Speaker {i}" for i in range(40)] + [None]
    return pd.DataFrame(
        {
            "statement_id": [f"s{i:06d}" for i in range(n)],
            "doc_id": [f"d{i // 3:05d}" for i in range(n)],
            "date": days.strftime("%Y-%m-%d"),
            "speaker": [speakers[i] for i in rng.integers(0, len(speakers), n)],
            "speaker_role": [f"role {i}" for i in rng.integers(0, 5, n)],
            "country": [COUNTRIES[i] for i in rng.integers(0, len(COUNTRIES), n)],
            "stance": [STANCES[i] for i in rng.integers(0, len(STANCES), n)],
            "deployment": [DEPLOYMENTS[i] for i in rng.integers(0, len(DEPLOYMENTS), n)],
            "quote": None,
            "sentence": [f"Sentence {i}." for i in range(n)],
            "url": [f"https://news.example/{i // 3}" for i in range(n)],
            "outlet": "news.example",
        }
    )


def make_data_dir(root: Path, n: int = 900) -> Path:
    statements = make_statements(n)
    polls = pd.DataFrame(
        {
            "poll_id": ["p1", "p2"],
            "doc_id": ["d00001", "d99999"],
            "date": ["2024-01-15", "2025-12-01"],
            "country": ["FR", "DE"],
            "share_support": [40.0, 30.0],
            "share_oppose": [50.0, 60.0],
        }
    )
    write_extracted(statements, polls, root / "processed")
    docs = pd.DataFrame({"doc_id": [f"d{i:05d}" for i in range(n // 3 + 1)]})
    docs["published"] = [f"2025-0{1 + i % 9}-1{i % 10}" for i in range(len(docs))]
    docs["outlet"], docs["title"] = "news.example", [f"Title {i}" for i in range(len(docs))]
    docs["url"], docs["text"] = [f"https://news.example/{i}" for i in range(len(docs))], "long text"
    write_table(docs, root / "processed", "documents")
    return root


WINDOWS = [{}, {"since": "2024-06-01", "until": "2025-03-31"}, {"countries": "FR,DE"}]


@pytest.mark.parametrize("window", WINDOWS)
def test_dataset_path_gives_the_same_numbers_and_chart_tables(tmp_path: Path, window: dict) -> None:
    root = make_data_dir(tmp_path / "data")
    memory = sections.load_report_data(data_dir=root, mode="memory", **window)
    dataset = sections.load_report_data(data_dir=root, mode="dataset", **window)
    assert not memory.aggregated and dataset.aggregated and dataset.statements.empty
    assert len(memory.statements) > 100

    assert sections.headline_numbers(dataset) == sections.headline_numbers(memory)
    for part in (sections.balance, sections.matrix, sections.latest_map):
        chart_m, table_m = part(memory)
        chart_d, table_d = part(dataset)
        pd.testing.assert_frame_equal(
            table_d.reset_index(drop=True), table_m.reset_index(drop=True), check_dtype=False
        )
        assert chart_d.to_json() == chart_m.to_json(), part.__name__

    # the aggregated timeline (forced with a low point limit) has the same counts, speakers, deployments
    expected = aggregate_timeline(prepare_statements(memory.statements), max_points=50)
    got = sections.timeline_aggregate(dataset, max_points=50)
    assert got is not None and (got.period, got.total) == (expected.period, expected.total)
    assert (got.first_day, got.last_day) == (expected.first_day, expected.last_day)
    pd.testing.assert_frame_equal(
        got.data.reset_index(drop=True), expected.data.reset_index(drop=True), check_dtype=False
    )
    pd.testing.assert_frame_equal(got.country_counts, expected.country_counts, check_dtype=False)
    assert (
        sections.timeline(dataset, max_points=50)[0].to_json()
        == sections.timeline(memory, max_points=50)[0].to_json()
    )
    # below the point limit the dataset path reads the window's rows and draws the same points
    assert sections.timeline(dataset)[0].to_json() == sections.timeline(memory)[0].to_json()

    # sources: same documents, counts and order
    page_m = sections.sources_table(memory, out_dir=tmp_path / "m", max_rows=40)
    page_d = sections.sources_table(dataset, out_dir=tmp_path / "d", max_rows=40)
    rows = lambda page: page[page.index("<tbody>") :]  # noqa: E731
    assert rows(page_d) == rows(page_m) and page_d.count("<tr>") == 41
    csv_m = pd.read_csv(tmp_path / "m" / "data" / "sources.csv", dtype=str)
    csv_d = pd.read_csv(tmp_path / "d" / "data" / "sources.csv", dtype=str)
    pd.testing.assert_frame_equal(csv_d, csv_m)


def test_auto_mode_switches_to_the_dataset_above_the_threshold(tmp_path: Path) -> None:
    root = make_data_dir(tmp_path / "data")
    assert not sections.load_report_data(data_dir=root).aggregated  # 900 rows: pandas
    big = sections.load_report_data(data_dir=root, large_rows=500)
    assert big.aggregated and big.inputs["statements"].endswith("statements_dataset")
    # a narrow window of a big dataset is small again: its rows are read, filtered by DuckDB/pyarrow
    narrow = sections.load_report_data(data_dir=root, large_rows=500, since="2025-01-01", until="2025-01-31")
    assert not narrow.aggregated and 0 < len(narrow.statements) < 500


def test_a_flat_table_that_differs_from_the_dataset_wins(tmp_path: Path) -> None:
    root = make_data_dir(tmp_path / "data")
    write_table(make_statements(30), root / "processed", "statements")  # e.g. written by an older run
    data = sections.load_report_data(data_dir=root, large_rows=10)
    assert not data.aggregated and len(data.statements) == 30
    with pytest.raises(Exception, match="statements_dataset"):
        sections.load_report_data(data_dir=root, mode="dataset")


def test_extract_writes_changed_months_only(tmp_path: Path) -> None:
    statements = make_statements(300)
    polls = pd.DataFrame({"poll_id": ["p1"], "doc_id": ["d1"], "date": ["2024-03-02"], "country": ["FR"]})
    out = tmp_path / "processed"
    first = write_extracted(statements, polls, out)
    months = statements["date"].str[:7].nunique()
    assert first["statements"] == {"written": months, "unchanged": 0, "removed": 0}
    files = {p: p.stat().st_mtime_ns for p in (out / "statements_dataset").glob("month=*/*.parquet")}
    assert (
        len(files) == months and (out / "statements.parquet").exists() and (out / "statements.csv").exists()
    )

    again = write_extracted(statements, polls, out)
    assert again["statements"] == {"written": 0, "unchanged": months, "removed": 0}
    changed = statements.copy()
    changed.loc[changed["date"].str.startswith("2024-05"), "stance"] = "oppose"
    changed = changed[~changed["date"].str.startswith("2024-02")]
    third = write_extracted(changed, polls, out)
    assert third["statements"] == {"written": 1, "unchanged": months - 2, "removed": 1}
    assert not (out / "statements_dataset" / "month=2024-02").exists()
    back = storage.read_dataset(out / "statements_dataset").sort_values("statement_id").reset_index(drop=True)
    assert back.pop("quote").isna().all()  # an all-missing column comes back as missing strings
    pd.testing.assert_frame_equal(
        back,
        changed.drop(columns="quote").sort_values("statement_id").reset_index(drop=True),
        check_dtype=False,
    )
    index = json.loads((out / "statements_dataset" / storage.MONTHS_INDEX).read_text())
    assert len(index) == months - 1
    assert storage.read_dataset(out / "polls_dataset")["poll_id"].tolist() == ["p1"]


def test_large_dataset_aggregates_without_loading_rows(tmp_path: Path) -> None:
    """300,000 statements in 24 month files: the report's aggregates come from DuckDB.

    The rows are never handed to pandas: the dataset path reads none of them (checked by
    making pandas' and pyarrow's Parquet readers fail), and its results are small.
    Time and peak memory at 10 million rows: benchmarks/report_scale.py.
    """
    import pyarrow.dataset as pads

    root = tmp_path / "data" / "processed" / "statements_dataset"
    rng = np.random.default_rng(1)
    n_month = 12_500
    for m in range(24):
        month = f"{2024 + m // 12}-{m % 12 + 1:02d}"
        frame = pd.DataFrame(
            {
                "statement_id": [f"{month}-{i}" for i in range(n_month)],
                "doc_id": [f"{month}-d{i // 4}" for i in range(n_month)],
                "date": [f"{month}-{d:02d}" for d in rng.integers(1, 29, n_month)],
                "speaker": [f"S{k}" for k in rng.integers(0, 500, n_month)],
                "speaker_role": "minister",
                "country": np.array(["FR", "DE", "PL", "GB", "DK"])[rng.integers(0, 5, n_month)],
                "stance": np.array(["support", "oppose", "conditional", "neutral"])[
                    rng.integers(0, 4, n_month)
                ],
                "deployment": "peacekeepers",
            }
        )
        storage.write_fragment(frame, root, key=month, date_column="date")  # appended month by month
    data_dir = tmp_path / "data"
    import pyarrow.parquet

    def no_rows(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError("statement rows were loaded")

    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(pd, "read_parquet", no_rows)
        mp.setattr(pads, "dataset", no_rows)
        mp.setattr(storage, "read_dataset", no_rows)
        mp.setattr(pyarrow.parquet, "read_table", no_rows)
        data = sections.load_report_data(data_dir=data_dir)
        assert data.aggregated
        numbers = sections.headline_numbers(data)
        _, balance = sections.balance(data)
        _, matrix = sections.matrix(data)
        _, latest = sections.latest_map(data)
        chart, timeline = sections.timeline(data)
        page = sections.sources_table(data, out_dir=tmp_path / "out")
    finally:
        mp.undo()
    assert numbers["statements"] == 300_000 and numbers["countries"] == 5 and numbers["speakers"] == 500
    assert (numbers["first_date"], numbers["last_date"]) >= ("2024-01-01", "2025-12-01")
    assert balance["n"].sum() == 300_000 and len(balance) == 24 * 4
    assert len(matrix) == 5 * 8 and matrix["n"].sum() == 300_000
    assert latest["n"].sum() == 300_000 and len(latest) == 5
    assert timeline["n"].sum() == 300_000 and len(timeline) <= 1500
    assert "counts per" in chart.to_json()
    assert "Sources (75,000 documents)" in page
    assert len(pd.read_csv(tmp_path / "out" / "data" / "sources.csv")) == 75_000


def test_explore_reads_the_window_and_caps_rows_with_a_note(tmp_path: Path) -> None:
    from helpers.explore.data import load_explore_data, open_dashboard

    root = make_data_dir(tmp_path / "data")
    full = load_explore_data(root)
    assert len(full.statements) == 900 and full.note == "" and full.documents is not None
    window = load_explore_data(root, since="2025-01-01", until="2025-03-31", countries="FR")
    expected = make_statements(900)
    expected = expected[
        (expected.date >= "2025-01-01") & (expected.date <= "2025-03-31") & (expected.country == "FR")
    ]
    assert sorted(window.statements["statement_id"]) == sorted(expected["statement_id"]) and window.note == ""

    capped = load_explore_data(root, max_rows=100)
    newest = make_statements(900).sort_values(["date", "statement_id"], ascending=False).head(100)
    assert sorted(capped.statements["statement_id"]) == sorted(newest["statement_id"])
    assert "100 most recent of 900" in capped.note and newest["date"].min() in capped.note
    assert set(capped.documents["doc_id"]) <= set(capped.statements["doc_id"])  # only their documents
    board = open_dashboard(root, max_rows=100, live_charts=False)
    assert "Capped" in board.widget.children[0].value and " of 100 statements" in board.counts.value
