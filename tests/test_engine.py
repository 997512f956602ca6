"""Engines: the same inputs through `local` and through a dask.distributed cluster give identical tables."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from fixtures.warc.builders import ON_TOPIC, WarcBuilder, article_html, standard_warc
from helpers.engine import check_engine, map_units, partitions
from helpers.tables import InputError
from helpers.warc import read_warc_documents


@pytest.fixture(scope="module")
def cluster():
    """One real two-worker LocalCluster (separate processes) for the module: start-up is the slow part."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as lc:
        yield lc.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
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
    b.response(
        "https://www.nrc.example/dutch",
        article_html(
            "Dutch government weighs troops for Ukraine",
            [
                "Dutch Prime Minister Dick Schoof said the Netherlands could send soldiers to Ukraine "
                "to help secure a ceasefire, as part of a European reassurance force."
            ]
            * 2,
            date="2025-04-01",
        ).encode(),
    )
    b.save(folder / "f3.warc.gz")
    return folder


def _pid(_unit: int) -> int:
    return os.getpid()


def test_dask_engine_runs_units_on_worker_processes_in_input_order(cluster):
    pids = map_units(_pid, list(range(8)), engine="dask", scheduler=cluster)
    assert os.getpid() not in pids  # really ran elsewhere
    squares = map_units(pow, list(range(20)), engine="dask", scheduler=cluster, exp=2)
    assert squares == [i * i for i in range(20)]


def test_warc_documents_are_identical_on_local_and_dask(corpus, cluster, tmp_path):
    local = read_warc_documents([str(corpus / "*.warc.gz")], engine="local")
    dask = read_warc_documents([str(corpus / "*.warc.gz")], engine="dask", scheduler=cluster)
    assert len(local.documents) == 7  # 3 + 3 + 1 new; the re-crawl merged into its first capture
    assert local.counts["duplicates_merged"] == 1
    pd.testing.assert_frame_equal(local.documents, dask.documents)
    pd.testing.assert_frame_equal(local.failures, dask.failures)
    assert local.counts == dask.counts
    # and through storage (tasks finish in any order; the stored tables must not care)
    stored = read_warc_documents(
        [str(corpus / "*.warc.gz")], engine="dask", scheduler=cluster, data_dir=tmp_path / "data"
    )
    pd.testing.assert_frame_equal(local.documents, stored.documents)


def test_statements_are_identical_on_local_and_dask(corpus, cluster, tmp_path):
    from helpers.engine import extract_with_dask
    from helpers.extract import extract_corpus, finalize

    docs = read_warc_documents([str(corpus / "*.warc.gz")]).documents
    local = extract_corpus(docs, topic="ukraine_troops")
    raw = extract_with_dask(docs, topic="ukraine_troops", scheduler=cluster, partition_size=2)
    dask = finalize(*raw)
    assert len(local.statements) > 0  # the fixture pages do contain statements
    pd.testing.assert_frame_equal(local.statements, dask.statements)
    pd.testing.assert_frame_equal(local.polls, dask.polls)
    # through the extraction cache, on the cluster, the result is the same again
    cached = finalize(*extract_with_dask(docs, topic="ukraine_troops", scheduler=cluster, cache_dir=tmp_path))
    pd.testing.assert_frame_equal(local.statements, cached.statements)


def test_dask_extraction_reruns_do_no_work_and_new_documents_only_their_own(
    corpus, cluster, tmp_path, monkeypatch
):
    import helpers.engine as engine

    docs = read_warc_documents([str(corpus / "*.warc.gz")]).documents
    first, later = docs.iloc[:4], docs
    before = engine.extract_with_dask(first, scheduler=cluster, cache_dir=tmp_path)
    sent: list[list[str]] = []
    real_map = engine.map_units

    def spy(func, units, **kw):  # type: ignore[no-untyped-def]
        sent.extend([d["doc_id"] for d in unit] for unit in units)
        return real_map(func, units, **kw)

    monkeypatch.setattr(engine, "map_units", spy)
    again = engine.extract_with_dask(first, scheduler=cluster, cache_dir=tmp_path)
    assert sent == []  # nothing left the client
    pd.testing.assert_frame_equal(before[0], again[0])
    engine.extract_with_dask(later, scheduler=cluster, cache_dir=tmp_path)
    assert sorted(d for unit in sent for d in unit) == sorted(later["doc_id"].iloc[4:])


def test_partitions_cover_every_row_once():
    frame = pd.DataFrame({"x": range(7)})
    parts = partitions(frame, 3)
    assert [len(p) for p in parts] == [3, 3, 1]
    assert pd.concat(parts)["x"].tolist() == list(range(7))
    assert len(partitions(frame.iloc[0:0], 3)) == 1


def test_engine_arguments_are_checked():
    with pytest.raises(InputError, match="unknown engine"):
        check_engine("ray")
    with pytest.raises(InputError, match="needs --engine dask"):
        check_engine("local", "tcp://10.0.0.1:8786")
