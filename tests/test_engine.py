"""Engines: the same inputs through `local` and through a dask.distributed cluster give identical tables."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

import helpers.collect
import helpers.pipeline.engine as engine
from fixtures.warc.builders import ON_TOPIC, WarcBuilder, article_html, standard_warc
from helpers.extract import extract_corpus
from helpers.pipeline import RunConfig, extract_tables
from helpers.pipeline.engine import chunks, file_mapper, map_units
from helpers.runconfig import check_engine
from helpers.tables import InputError, read_table

ROOT = Path(__file__).resolve().parents[1]
GOLD_DOCS = ROOT / "data" / "gold" / "seed" / "docs.jsonl"
# collect takes a file mapper for WARC files from the collect branch on (issue 14); before, it ran them itself
NEEDS_FILE_MAPPER = pytest.mark.skipif(
    not hasattr(helpers.collect, "FileMapper"), reason="helpers.collect takes no file mapper yet"
)


@pytest.fixture(scope="module")
def cluster():
    """One real two-worker LocalCluster (separate processes) for the module: start-up is the slow part."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as lc:
        yield lc.scheduler_address


@pytest.fixture(scope="module")
def documents() -> pd.DataFrame:
    return read_table(GOLD_DOCS)


@pytest.fixture(scope="module")
def warcs(tmp_path_factory):
    """Three WARC files: two standard ones and one with a re-crawl of a page (a duplicate)."""
    folder = tmp_path_factory.mktemp("warcs")
    standard_warc(folder / "f1.warc.gz", prefix="one")
    standard_warc(folder / "f2.warc.gz", prefix="two")
    b = WarcBuilder()
    b.response(
        "https://www.lemonde.example/one/macron-troops",
        article_html("Macron: European troops could deploy to Ukraine", ON_TOPIC).encode(),
        date="2025-03-05T08:00:00Z",
    )  # re-crawl of a page in f1
    b.save(folder / "f3.warc.gz")
    return folder


def _pid(_unit: int) -> int:
    return os.getpid()


def test_dask_engine_runs_units_on_worker_processes_in_input_order(cluster):
    pids = map_units(_pid, list(range(8)), engine="dask", scheduler=cluster)
    assert os.getpid() not in pids  # really ran elsewhere
    squares = map_units(pow, list(range(20)), engine="dask", scheduler=cluster, exp=2)
    assert squares == [i * i for i in range(20)]


@NEEDS_FILE_MAPPER
def test_warc_documents_are_identical_in_process_and_on_dask(warcs, cluster, tmp_path):
    read = helpers.collect.read_warc_documents
    local = read([str(warcs / "*.warc.gz")])
    dask = read([str(warcs / "*.warc.gz")], map_files=file_mapper("dask", cluster), engine="dask")
    assert local.counts["duplicates_merged"] == 1
    pd.testing.assert_frame_equal(local.documents, dask.documents)
    pd.testing.assert_frame_equal(local.failures, dask.failures)
    stored = read(
        [str(warcs / "*.warc.gz")],
        map_files=file_mapper("dask", cluster),
        engine="dask",
        data_dir=tmp_path / "data",
    )
    pd.testing.assert_frame_equal(local.documents, stored.documents)


def test_statements_are_identical_on_local_and_dask(documents, cluster, tmp_path, monkeypatch):
    local = extract_corpus(documents)
    monkeypatch.setattr(engine, "PARTITION_SIZE", 5)  # several partitions, several workers
    config = RunConfig(data_dir=str(tmp_path), engine="dask", scheduler=cluster)
    dask = extract_tables(documents, config)
    assert len(local.statements) > 0
    pd.testing.assert_frame_equal(local.statements, dask.statements)
    pd.testing.assert_frame_equal(local.polls, dask.polls)
    # through the extraction cache, on the cluster, the result is the same again
    cached = extract_tables(documents, config, cache_dir=tmp_path / "cache")
    pd.testing.assert_frame_equal(local.statements, cached.statements)


def test_dask_extraction_reruns_do_no_work_and_new_documents_only_their_own(
    documents, cluster, tmp_path, monkeypatch
):
    config = RunConfig(data_dir=str(tmp_path), engine="dask", scheduler=cluster)
    first = documents.iloc[:4]
    before = extract_tables(first, config, cache_dir=tmp_path / "cache")
    sent: list[list[str]] = []
    real_map = engine.map_units

    def spy(func, units, **kw):  # type: ignore[no-untyped-def]
        sent.extend([d["doc_id"] for d in unit] for unit in units)
        return real_map(func, units, **kw)

    monkeypatch.setattr(engine, "map_units", spy)
    again = extract_tables(first, config, cache_dir=tmp_path / "cache")
    assert sent == []  # nothing left the client
    pd.testing.assert_frame_equal(before.statements, again.statements)
    extract_tables(documents, config, cache_dir=tmp_path / "cache")
    assert sorted(d for unit in sent for d in unit) == sorted(documents["doc_id"].iloc[4:])


def test_chunks_cover_every_item_once():
    assert [len(c) for c in chunks(list(range(7)), 3)] == [3, 3, 1]
    assert [x for c in chunks(list(range(7)), 3) for x in c] == list(range(7))
    assert chunks([], 3) == []


def test_engine_arguments_are_checked():
    with pytest.raises(InputError, match="unknown engine"):
        check_engine("ray")
    with pytest.raises(InputError, match="needs --engine dask"):
        check_engine("local", "tcp://10.0.0.1:8786")
    assert file_mapper("local") is None
