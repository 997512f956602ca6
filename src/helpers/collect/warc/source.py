"""WARC files as one source of a collection run: their documents in the collector's columns,
their damaged records as the collector's failure rows, their counts in the run summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from helpers.collect.captures import now_utc
from helpers.collect.failures import failure_row
from helpers.collect.warc.read import FileMapper, read_warc_documents
from helpers.paths import DataLayout
from helpers.schemas import COLLECTED_DOCUMENT_COLUMNS
from helpers.topics import Topic


def warc_documents(
    layout: DataLayout,
    paths: list[str | Path],
    topic: Topic,
    summary: dict[str, Any],
    failures: list[dict[str, Any]],
    *,
    map_files: FileMapper | None = None,
    engine: str = "local",
) -> pd.DataFrame:
    """Read the files (stored incrementally under the data folder) and fold the outcome into the run."""
    result = read_warc_documents(paths, topic=topic, data_dir=layout.root, map_files=map_files, engine=engine)
    docs = result.documents.copy()
    for rec in result.failures.to_dict("records"):
        failures.append(
            failure_row(
                f"{rec.get('file')}#{rec.get('offset')}",
                rec.get("reason"),
                role="warc",
                source=rec.get("file"),
                fetched_at=now_utc(),
            )
        )
    if "source_kind" not in docs.columns:
        docs["source_kind"] = "warc"
    summary["warc_documents"] = len(docs)
    summary["warc_counts"] = dict(result.counts)
    for col in COLLECTED_DOCUMENT_COLUMNS:
        if col not in docs.columns:
            docs[col] = None
    return docs
