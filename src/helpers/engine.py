"""Where the work runs: in this process (`local`) or on a dask.distributed cluster (`dask`).

The suite does not manage processes itself. Work is cut into independent units (one WARC
file; one partition of documents) and either run in a loop or handed to Dask
(`Client.map`), which schedules them on whatever cluster the address points to: a
`LocalCluster` on a laptop, dask-jobqueue on an HPC batch system, dask-kubernetes in the
cloud. Results are gathered back in submission order, so the output does not depend on the
engine, the number of workers or which one finished first.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import pandas as pd

from helpers.tables import InputError

ENGINES = ("local", "dask")
T = TypeVar("T")
R = TypeVar("R")


def check_engine(engine: str, scheduler: str | None = None) -> None:
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r} (choose one of {', '.join(ENGINES)})")
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")


@contextlib.contextmanager
def dask_client(
    scheduler: str | None = None, *, n_workers: int | None = None, memory_limit: str = "1.5GiB"
) -> Iterator[Any]:
    """A client for the cluster at `scheduler`, or for a LocalCluster started (and stopped) here.

    The local cluster runs one single-threaded worker process per core: parsing is pure
    Python, so threads would share one GIL. `memory_limit` is Dask's per-worker budget.
    """
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as err:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({err})") from err
        try:
            yield client
        finally:
            client.close()
        return
    workers = n_workers or int(os.environ.get("STANCE_TRACKER_DASK_WORKERS", 0)) or (os.cpu_count() or 1)
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            memory_limit=memory_limit,
            dashboard_address=":0",
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def map_units(
    func: Callable[..., R],
    units: Sequence[T],
    *,
    engine: str = "local",
    scheduler: str | None = None,
    on_result: Callable[[int, R], None] | None = None,
    keep_results: bool = True,
    **kwargs: Any,
) -> list[R]:
    """[func(u, **kwargs) for u in units] on the chosen engine, in the order of `units`.

    `on_result(i, result)` is called as each unit finishes (any order), e.g. to store a
    file's output at once so a killed run keeps what it finished; with `keep_results=False`
    the results are not held afterwards (the list is all None), so a long run's memory on
    the client does not grow with the number of units.
    """
    check_engine(engine, scheduler)
    results: list[R | None] = [None] * len(units)
    if engine == "local":
        for i, unit in enumerate(units):
            result = func(unit, **kwargs)
            if on_result:
                on_result(i, result)
            if keep_results:
                results[i] = result
        return results  # type: ignore[return-value]
    from distributed import as_completed

    with dask_client(scheduler) as client:
        futures = [client.submit(func, unit, pure=False, **kwargs) for unit in units]
        index = {f.key: i for i, f in enumerate(futures)}
        for future in as_completed(futures):
            i = index[future.key]
            result = future.result()
            if on_result:
                on_result(i, result)
            if keep_results:
                results[i] = result
            future.release()
    return results  # type: ignore[return-value]


def partitions(frame: pd.DataFrame, size: int) -> list[pd.DataFrame]:
    """Consecutive row blocks of at most `size` rows (at least one block, maybe empty)."""
    if len(frame) == 0:
        return [frame]
    return [frame.iloc[i : i + size].reset_index(drop=True) for i in range(0, len(frame), size)]


def _extract_partition(
    part: pd.DataFrame, topic: str, data_dir: str | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    from helpers.extract import extract_documents

    return extract_documents(part, topic, data_dir)


def _extract_rows(docs: list[dict], topic: str, data_dir: str | None = None) -> list[tuple[list[dict], list[dict]]]:
    """Per-document raw rows (what the extraction cache stores) for one partition."""
    from helpers.extract import extract_many
    from helpers.extract.rules import compile_rules

    return extract_many(docs, compile_rules(topic, data_dir))


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    non_empty = [f for f in frames if len(f.columns)]
    if not non_empty:
        return frames[0] if frames else pd.DataFrame()
    return pd.concat(non_empty, ignore_index=True)


def extract_with_dask(
    documents: pd.DataFrame,
    *,
    topic: str = "ukraine_troops",
    scheduler: str | None = None,
    partition_size: int = 200,
    cache_dir: str | os.PathLike[str] | None = None,
    data_dir: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`extract_documents` mapped over row partitions on a dask.distributed cluster.

    extract_documents is per document (no cross-document step), so concatenating the
    partitions' outputs in partition order equals one call on the whole frame; the
    cross-document `finalize` step then runs once on the client. With `cache_dir` (the
    extraction cache `extract_corpus` uses) only documents not seen before are sent to the
    cluster: a re-run over the same documents does no extraction work at all.
    """
    if cache_dir is None:
        parts = partitions(documents, partition_size)
        results = map_units(
            _extract_partition, parts, engine="dask", scheduler=scheduler, topic=topic, data_dir=data_dir
        )
        return _concat([s for s, _ in results]), _concat([p for _, p in results])
    return _extract_cached(
        documents, topic=topic, scheduler=scheduler, partition_size=partition_size, cache_dir=cache_dir,
        data_dir=data_dir,
    )


def _extract_cached(
    documents: pd.DataFrame,
    *,
    topic: str,
    scheduler: str | None,
    partition_size: int,
    cache_dir: str | os.PathLike[str],
    data_dir: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    from pathlib import Path

    from helpers.extract import EXTRACTOR_VERSION, raw_frame
    from helpers.extract.cache import extract_with_cache
    from helpers.extract.rules import compile_rules

    def on_cluster(docs: list[dict]) -> list[tuple[list[dict], list[dict]]]:
        chunks = [docs[i : i + partition_size] for i in range(0, len(docs), partition_size)]
        results = map_units(
            _extract_rows, chunks, engine="dask", scheduler=scheduler, topic=topic, data_dir=data_dir
        )
        return [rows for res in results for rows in res]

    fingerprint = compile_rules(topic, data_dir).fingerprint
    statements, polls, _ = extract_with_cache(
        documents.to_dict("records"), EXTRACTOR_VERSION, fingerprint, Path(cache_dir), on_cluster
    )
    return raw_frame(statements, "statements"), raw_frame(polls, "polls")
