"""The report's one read path (helpers.query: DuckDB over the partitioned dataset or one Parquet file) gives
what pandas computes from the rows, and never loads the rows of a large window."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers import charts, query, storage
from helpers.charts.map import latest_by_country
from helpers.charts.statements import (
    aggregate_timeline,
    balance_table,
    matrix_table,
    prepare_statements,
    timeline_limits,
)
from helpers.pipeline import write_extracted
from helpers.report import sections
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


def rows_in(frame: pd.DataFrame, window: dict) -> pd.DataFrame:
    """The reference: the window's rows picked in pandas."""
    keep = pd.Series(True, index=frame.index)
    if "since" in window:
        keep &= frame["date"] >= window["since"]
    if "until" in window:
        keep &= frame["date"] <= window["until"]
    if "countries" in window:
        keep &= frame["country"].isin(window["countries"].split(","))
    return frame[keep].reset_index(drop=True)


def sources_reference(statements: pd.DataFrame, polls: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """The sources CSV computed in pandas: cited documents, how often, newest first."""
    cited = pd.concat([statements["doc_id"], polls["doc_id"]]).dropna().value_counts()
    out = docs[docs["doc_id"].isin(cited.index)][["doc_id", "published", "outlet", "title", "url"]].copy()
    out["n"] = out["doc_id"].map(cited).astype(int)
    return out.sort_values(["published", "doc_id"], ascending=[False, True]).reset_index(drop=True)


@pytest.mark.parametrize("source", ["dataset", "flat file"])
@pytest.mark.parametrize("window", WINDOWS)
def test_queries_give_the_numbers_and_chart_tables_of_the_rows(
    tmp_path: Path, window: dict, source: str
) -> None:
    """DuckDB over the Parquet (partitioned or one file) gives what pandas computes from the rows."""
    root = make_data_dir(tmp_path / "data")
    if source == "flat file":
        shutil.rmtree(root / "processed" / "statements_dataset")
    data = sections.load_report_data(data_dir=root, **window)
    assert data.inputs["statements"].endswith(
        "statements_dataset" if source == "dataset" else "statements.parquet"
    )
    rows = rows_in(make_statements(900), window)
    polls = rows_in(pd.read_parquet(root / "processed" / "polls.parquet"), window)
    assert len(rows) > 100 and not data.large
    assert sorted(data.statements()["statement_id"]) == sorted(rows["statement_id"])

    dates = pd.concat([rows["date"], polls["date"]])
    assert sections.headline_numbers(data) == {
        "statements": len(rows),
        "speakers": rows["speaker"].nunique(),
        "countries": rows["country"].nunique(),
        "polls": len(polls),
        "first_date": dates.min(),
        "last_date": dates.max(),
    }
    for part, reference, chart in (
        (sections.balance, balance_table, lambda r: charts.stance_balance_by_month(r)),
        (sections.matrix, matrix_table, lambda r: charts.country_matrix(r)),
        (sections.latest_map, latest_by_country, lambda r: charts.stance_map(r)),
    ):
        chart_q, table_q = part(data)
        pd.testing.assert_frame_equal(
            table_q.reset_index(drop=True), reference(rows).reset_index(drop=True), check_dtype=False
        )
        assert chart_q.to_json() == chart(rows).to_json(), part.__name__

    # the timeline of counts (forced with a low point limit) has the same counts, speakers, deployments
    expected = aggregate_timeline(prepare_statements(rows), max_points=50)
    max_rows, max_periods = timeline_limits(50)
    got = query.timeline_counts(data.window, max_rows=max_rows, max_periods=max_periods)
    assert (got.period, got.total) == (expected.period, expected.total)
    assert (got.first_day, got.last_day) == (expected.first_day, expected.last_day)
    pd.testing.assert_frame_equal(
        got.data.reset_index(drop=True), expected.data.reset_index(drop=True), check_dtype=False
    )
    pd.testing.assert_frame_equal(got.country_counts, expected.country_counts, check_dtype=False)
    points = lambda r, **k: charts.stance_timeline(r, click_opens_source=False, **k).to_json()  # noqa: E731
    assert sections.timeline(data, max_points=50)[0].to_json() == points(rows, max_points=50)
    # below the point limit every statement is a point
    assert sections.timeline(data)[0].to_json() == points(rows)

    # sources: the CSV lists every cited document; the page the 40 most cited
    page = sections.sources_table(data, out_dir=tmp_path / "out", max_rows=40)
    assert page.count("<tr>") == 41
    docs = pd.read_parquet(root / "processed" / "documents.parquet")
    reference = sources_reference(rows, polls, docs)
    written = pd.read_csv(tmp_path / "out" / "data" / "sources.csv", dtype=str)
    pd.testing.assert_frame_equal(written, reference.astype(str))
    top = reference.nlargest(40, "n", keep="first")
    assert all(f"<td>{d}</td>" in page for d in top["doc_id"])


def test_a_large_window_lists_the_newest_statements_only(tmp_path: Path) -> None:
    root = make_data_dir(tmp_path / "data")
    assert not sections.load_report_data(data_dir=root).large  # 900 rows
    big = sections.load_report_data(data_dir=root, large_rows=500)
    assert big.large and big.inputs["statements"].endswith("statements_dataset")
    listed, total, note = sections.table_statements(big, max_rows=100)
    newest = make_statements(900).sort_values(["date", "statement_id"], ascending=False).head(100)
    assert total == 900 and list(listed["statement_id"]) == list(newest["statement_id"])
    assert "newest 100 of 900" in note
    # a narrow window of a big dataset is small again: every row is listed
    narrow = sections.load_report_data(data_dir=root, large_rows=500, since="2025-01-01", until="2025-01-31")
    assert not narrow.large and 0 < len(sections.table_statements(narrow)[0]) < 500


def test_a_flat_table_that_differs_from_the_dataset_wins(tmp_path: Path) -> None:
    root = make_data_dir(tmp_path / "data")
    write_table(make_statements(30), root / "processed", "statements")  # e.g. written by an older run
    data = sections.load_report_data(data_dir=root, large_rows=10)
    assert data.large and data.inputs["statements"].endswith("statements.parquet")
    assert sections.headline_numbers(data)["statements"] == 30


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
        assert data.large
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
