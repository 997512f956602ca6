"""Partitioned Parquet storage: fragments per input, month partitions, pushed-down reads, incremental runs."""

from __future__ import annotations

import pandas as pd
import pytest

from fixtures.warc.builders import ON_TOPIC, WarcBuilder, article_html, standard_warc
from helpers import storage
from helpers.collect.warc import read_warc_documents
from helpers.collect.warc.read import warc_dirs
from helpers.tables import InputError


def _statements(n: int, month: str, country: str = "FR") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "statement_id": [f"{month}-{i}" for i in range(n)],
            "date": [f"{month}-{(i % 28) + 1:02d}" for i in range(n)],
            "country": [country if i % 2 else "DE" for i in range(n)],
            "stance": ["support" if i % 3 else "oppose" for i in range(n)],
            "note": [None] * n,  # all-missing text column: must not break the dataset schema
        }
    )


def test_fragments_land_in_month_partitions_and_replace_only_their_own_key(tmp_path):
    root = tmp_path / "statements"
    frame = pd.concat([_statements(4, "2025-02"), _statements(6, "2025-03")], ignore_index=True)
    written = storage.write_fragment(frame, root, key="a", date_column="date")
    assert sorted(p.parent.name for p in written) == ["month=2025-02", "month=2025-03"]
    storage.write_fragment(_statements(5, "2025-04").assign(note="x"), root, key="b", date_column="date")
    assert len(storage.read_dataset(root)) == 15
    storage.write_fragment(_statements(1, "2025-02"), root, key="a", date_column="date")  # re-run of input a
    back = storage.read_dataset(root)
    assert len(back) == 6
    assert not (root / "month=2025-03").exists() or not list((root / "month=2025-03").glob("*.parquet"))


def test_duckdb_view_gives_the_same_window_over_a_dataset_and_one_parquet_file(tmp_path):
    import duckdb

    frame = pd.concat([_statements(40, "2025-02"), _statements(30, "2025-03", "PL")], ignore_index=True)
    root = tmp_path / "statements_dataset"
    storage.sync_months(frame, root)
    flat = tmp_path / "statements.parquet"
    frame.to_parquet(flat)
    window = {"since": "2025-02-10", "until": "2025-03-05", "where": {"country": ["PL", "DE"]}}
    expected = frame[
        (frame["date"] >= "2025-02-10")
        & (frame["date"] <= "2025-03-05")
        & frame["country"].isin(["PL", "DE"])
    ]
    with duckdb.connect() as con:
        for name, source in (("part", root), ("flat", flat)):
            storage.duckdb_view(con, source, name, **window)
            got = con.sql(f"SELECT statement_id FROM {name} ORDER BY statement_id").df()["statement_id"]
            assert list(got) == sorted(expected["statement_id"]), name
    with pytest.raises(InputError, match="no such table"):
        storage.parquet_sql(tmp_path / "missing.parquet")


def test_read_dataset_filters_by_date_and_column_values(tmp_path):
    root = tmp_path / "statements"
    for month in ("2025-01", "2025-02", "2025-03"):
        storage.write_fragment(_statements(10, month), root, key=month, date_column="date")
    got = storage.read_dataset(
        root,
        since="2025-02-05",
        until="2025-03-03",
        where={"country": ["FR"]},
        columns=["statement_id", "date", "country"],
    )
    assert list(got.columns) == ["statement_id", "date", "country"]
    assert set(got["country"]) == {"FR"}
    assert got["date"].min() >= "2025-02-05" and got["date"].max() <= "2025-03-03"
    expected = pd.concat([_statements(10, m) for m in ("2025-02", "2025-03")])
    expected = expected[
        (expected.date >= "2025-02-05") & (expected.date <= "2025-03-03") & (expected.country == "FR")
    ]
    assert sorted(got["statement_id"]) == sorted(expected["statement_id"])


def test_count_by_aggregates_in_duckdb_without_loading_rows(tmp_path):
    root = tmp_path / "statements"
    frames = {m: _statements(30, m) for m in ("2025-01", "2025-02")}
    for month, frame in frames.items():
        storage.write_fragment(frame, root, key=month, date_column="date")
    counts = storage.count_by(root, ["month", "stance"], where={"country": ["DE", "FR"]})
    both = pd.concat(frames.values())
    expected = both.assign(month=both.date.str[:7]).groupby(["month", "stance"]).size()
    assert (
        dict(zip(zip(counts.month, counts.stance, strict=True), counts.n, strict=True)) == expected.to_dict()
    )
    only_feb = storage.count_by(root, ["stance"], since="2025-02-01")
    assert only_feb.n.sum() == 30
    with pytest.raises(InputError, match="not a column name"):
        storage.count_by(root, ["stance; DROP TABLE x"])


def test_second_run_parses_nothing_and_returns_the_same_tables(tmp_path, monkeypatch):
    path, _ = standard_warc(tmp_path / "f1.warc.gz")
    data = tmp_path / "data"
    first = read_warc_documents([str(path)], data_dir=data)
    assert first.counts["files_processed"] == 1 and first.counts["kept"] == 3
    without_storage = read_warc_documents([str(path)])
    pd.testing.assert_frame_equal(first.documents, without_storage.documents)
    pd.testing.assert_frame_equal(first.failures, without_storage.failures)

    import helpers.collect.parse as parse

    def must_not_parse(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError("a processed file was parsed again")

    monkeypatch.setattr(parse, "parse_article", must_not_parse)
    second = read_warc_documents([str(path)], data_dir=data)
    assert second.counts["files_processed"] == 0 and second.counts["files_skipped"] == 1
    pd.testing.assert_frame_equal(first.documents, second.documents)
    pd.testing.assert_frame_equal(first.failures, second.failures)
    assert {k: v for k, v in first.counts.items() if not k.startswith("files_")} == {
        k: v for k, v in second.counts.items() if not k.startswith("files_")
    }


def test_adding_a_file_processes_only_that_file(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    f1, _ = standard_warc(tmp_path / "in" / "f1.warc.gz", prefix="one")
    data = tmp_path / "data"
    read_warc_documents([str(tmp_path / "in" / "*.warc.gz")], data_dir=data)
    b = WarcBuilder()
    new = b.response(
        "https://www.lesoir.example/belgium-troops",
        article_html("Belgium ready to send troops to Ukraine", ON_TOPIC[1:]).encode(),
    )
    b.save(tmp_path / "in" / "f2.warc.gz")

    import helpers.collect.warc.read as read_mod

    seen: list[str] = []
    real = read_mod.process_warc_file

    def spy(path, *a, **k):  # type: ignore[no-untyped-def]
        seen.append(path.name)
        return real(path, *a, **k)

    monkeypatch.setattr(read_mod, "process_warc_file", spy)
    result = read_warc_documents([str(tmp_path / "in" / "*.warc.gz")], data_dir=data)
    assert seen == ["f2.warc.gz"]
    assert result.counts["files_processed"] == 1 and result.counts["files_skipped"] == 1
    assert new.uri in set(result.documents["warc_target_uri"])
    assert result.counts["kept"] == 4 and len(result.documents) == 4
    ledger = storage.load_ledger(warc_dirs(data)["ledger"])
    assert sorted(ledger["file"]) == ["f1.warc.gz", "f2.warc.gz"]


def test_a_changed_file_is_processed_again_and_its_old_rows_removed(tmp_path):
    (tmp_path / "in").mkdir()
    path, _ = standard_warc(tmp_path / "in" / "f.warc.gz", prefix="v1")
    data = tmp_path / "data"
    first = read_warc_documents([str(path)], data_dir=data)
    standard_warc(path, prefix="v2")  # same name, new content
    second = read_warc_documents([str(path)], data_dir=data)
    assert second.counts["files_processed"] == 1
    assert all("/v2/" in u for u in second.documents["url"])
    stored = storage.read_dataset(warc_dirs(data)["documents"])
    assert len(stored) == len(first.documents)  # v1 rows are gone, not accumulated
    assert all("/v2/" in u for u in stored["url"])
