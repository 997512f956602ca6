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
import functools
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from helpers.extract.corpus import DocumentRows, extract_records
from helpers.runconfig import check_engine
from helpers.tables import InputError

T = TypeVar("T")
R = TypeVar("R")
PARTITION_SIZE = 200  # documents per extraction task: big enough to amortise the rules' set-up


@contextlib.contextmanager
def dask_client(
    scheduler: str | None = None, *, n_workers: int | None = None, memory_limit: str = "1.5GiB"
) -> Iterator[Any]:
    """A client for the cluster at `scheduler`, or for a LocalCluster started (and stopped) here.

    The local cluster runs one single-threaded worker process per core: parsing is pure
    Python, so threads would share one GIL. `memory_limit` is Dask's per-worker budget.
    """
    from distributed import Client, LocalCluster  # heavy and optional: only the dask engine needs it

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
    from distributed import as_completed  # heavy and optional: only the dask engine needs it

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


def file_mapper(engine: str, scheduler: str | None = None) -> Callable[..., Any] | None:
    """What collect runs its per-file WARC work through (`map_files`): `map_units` bound to the
    engine, results handed over as they finish and not kept; None for `local` (collect then runs
    the files in its own process)."""
    check_engine(engine, scheduler)
    if engine == "local":
        return None
    return functools.partial(map_units, engine=engine, scheduler=scheduler, keep_results=False)


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """Consecutive blocks of at most `size` items (none for no items)."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def dask_extractor(
    topic: str, data_dir: str | None, scheduler: str | None, partition_size: int | None = None
) -> Callable[[list[dict]], list[DocumentRows]]:
    """What `extract_corpus(map_documents=...)` calls for the documents its cache lacks: their
    per-document rows, extracted partition by partition on a dask.distributed cluster and
    returned in document order (extraction is per document, so partitioning cannot change it)."""

    def on_cluster(records: list[dict]) -> list[DocumentRows]:
        if not records:  # everything came from the cache: no cluster needed
            return []
        parts = chunks(records, partition_size or PARTITION_SIZE)
        results = map_units(
            extract_records, parts, engine="dask", scheduler=scheduler, topic=topic, data_dir=data_dir
        )
        return [rows for part in results for rows in part]

    return on_cluster
