"""The extract stage (notebook 02_extract, `stance-tracker extract`): documents -> statements and polls.

Extraction runs in this process or, with `engine="dask"`, per partition on a dask.distributed
cluster (helpers.pipeline.engine); either way through `helpers.extract.extract_corpus`, so the
cache, the cross-document `finalize` and the output are the same.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import storage
from helpers.extract import ExtractResult, extract_corpus
from helpers.paths import DataLayout
from helpers.pipeline.documents import read_documents
from helpers.pipeline.engine import dask_extractor
from helpers.polls import build_merged_table
from helpers.runconfig import RunConfig
from helpers.tables import InputError, write_table


def extract_tables(
    documents: pd.DataFrame,
    config: RunConfig,
    *,
    overrides_path: Path | None = None,
    quarantine_dir: Path | None = None,
    cache_dir: Path | None = None,
) -> ExtractResult:
    """Extract on the config's engine: in-process, or mapped over partitions on a dask.distributed
    cluster (`scheduler` address, or a LocalCluster); the data dir picks the labeller model (the
    folder's own retrained one when it has one)."""
    data_dir = DataLayout.at(config.data_dir).root
    mapper = (
        dask_extractor(config.topic, str(data_dir), config.scheduler or None)
        if config.engine == "dask"
        else None
    )
    return extract_corpus(
        documents,
        topic=config.topic,
        overrides_path=overrides_path,
        quarantine_dir=quarantine_dir,
        cache_dir=cache_dir,
        data_dir=data_dir,
        map_documents=mapper,
    )


def write_extracted(
    statements: pd.DataFrame, polls: pd.DataFrame, out: str | Path
) -> dict[str, dict[str, int]]:
    """Write statements and polls as flat tables (.csv + .parquet, what the small corpus uses) and as
    month-partitioned datasets (processed/<table>_dataset/month=YYYY-MM/part-all.parquet) that
    reports aggregate with DuckDB when a corpus is too big for pandas.

    Only months whose rows changed are rewritten; returns per table how many month files were
    written, unchanged and removed.
    """
    out = Path(out)
    written: dict[str, dict[str, int]] = {}
    for name, frame in (("statements", statements), ("polls", polls)):
        write_table(frame, out, name)
        written[name] = storage.sync_months(frame, storage.dataset_dir(out, name), date_column="date")
    return written


def overrides_file(config: RunConfig) -> Path | None:
    """The review corrections to apply: the one named, else the data dir's; None with apply_overrides off."""
    if not config.apply_overrides:
        return None
    if config.overrides:
        path = Path(config.overrides)
        if not path.exists():
            raise InputError(f"{path}: overrides file not found")
        return path
    return DataLayout.at(config.data_dir).overrides


def extract_stage(config: RunConfig) -> dict[str, Any]:
    """Extract statements and polls from `docs` (default processed/documents), apply the review
    overrides, write the tables to `out` (default processed/) and, into processed/, merge the news
    polls with the imported ones. Returns a summary for the notebook or the command to show."""
    layout = DataLayout.at(config.data_dir)
    docs_path = Path(config.docs) if config.docs else layout.documents
    if not docs_path.exists():
        raise InputError(
            f"{docs_path}: no documents yet; run 01_collect (stance-tracker collect) first or pass --docs FILE"
        )
    out = Path(config.out) if config.out else layout.processed
    quarantine = out / "quarantine"
    started = time.perf_counter()
    documents = read_documents(docs_path, quarantine)
    result = extract_tables(
        documents,
        config,
        overrides_path=overrides_file(config),
        quarantine_dir=quarantine,
        cache_dir=layout.cache if config.cache else None,
    )
    months = write_extracted(result.statements, result.polls, out)
    merged = None if config.out else build_merged_table(layout.root)
    return {
        "documents": len(documents),
        "cache_hits": int(result.stats.get("cache_hits", 0)),
        "statements": len(result.statements),
        "polls_in_news": len(result.polls),
        "polls_merged": None if merged is None else len(merged),
        "quarantined": sum(len(v) for v in result.quarantined.values()),
        "quarantined_documents": int(documents.attrs.get("quarantined", 0)),
        "months": months,
        "month_files_written": months["statements"]["written"] + months["polls"]["written"],
        "out": str(out),
        "quarantine": str(quarantine),
        "seconds": round(time.perf_counter() - started, 1),
    }
