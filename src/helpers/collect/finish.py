"""The end of a collection run: one copy per story, only what the topic is about, valid rows only,
and every table written (documents, what was dropped and why, what failed, the summary)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from helpers.collect.dedup import deduplicate
from helpers.collect.failures import FAILURE_COLUMNS
from helpers.collect.filter import topic_filter
from helpers.collect.pages import TEXT_NOTE
from helpers.collect.schedule import CrawlStats
from helpers.collect.summary import count_reasons
from helpers.paths import DataLayout
from helpers.schemas import COLLECTED_DOCUMENT_COLUMNS, validate_or_quarantine
from helpers.tables import atomic_write_bytes, write_table
from helpers.topics import Topic

# what collect_dropped.csv keeps of a dropped document
DROPPED_COLUMNS = [
    "doc_id",
    "url",
    "outlet",
    "published",
    "title",
    "source_kind",
    "raw_path",
    "reason",
    "duplicate_of",
]


@dataclass
class CollectResult:
    """What a collection run produced: the documents table, counts, and what went wrong."""

    documents: pd.DataFrame
    summary: dict[str, Any]
    failures: pd.DataFrame
    dropped: pd.DataFrame = field(default_factory=pd.DataFrame)
    quarantined: pd.DataFrame = field(default_factory=pd.DataFrame)
    crawl: CrawlStats | None = None  # what the article crawl did (requests, retries, timeline), if any

    @property
    def exit_code(self) -> int:
        """0 all well, 3 the run completed but some URLs/files failed, 1 everything failed."""
        if not len(self.failures):
            return 0
        return 1 if not len(self.documents) else 3


def preferred_first(docs: pd.DataFrame) -> pd.DataFrame:
    """Order so that dedup keeps the best copy: earliest dated, with a byline, then by URL (deterministic)."""
    key = pd.DataFrame(
        {
            "undated": docs["published"].isna(),
            "published": docs["published"].fillna(""),
            "no_byline": docs["authors"].fillna("[]").isin(["[]", ""]),
            "url": docs["url"].fillna(""),
        }
    )
    order = key.sort_values(["undated", "published", "no_byline", "url"], kind="stable").index
    return docs.loc[order].reset_index(drop=True)


def with_document_columns(docs: pd.DataFrame) -> pd.DataFrame:
    """Every collected-documents column present (missing ones as nulls), in contract order first."""
    for col in COLLECTED_DOCUMENT_COLUMNS:
        if col not in docs.columns:
            docs[col] = None
    ordered = [c for c in COLLECTED_DOCUMENT_COLUMNS if c in docs.columns]
    return docs[ordered + [c for c in docs.columns if c not in COLLECTED_DOCUMENT_COLUMNS]]


def finish(
    layout: DataLayout,
    docs: pd.DataFrame,
    summary: dict[str, Any],
    failures: list[dict[str, Any]],
    *,
    dedup: bool,
    topic: Topic | None,
    curated: pd.DataFrame | None = None,
) -> CollectResult:
    """Deduplicate and topic-filter `docs` (when asked), add the curated feed documents untouched,
    validate, and write processed/documents, collect_dropped, collect_failures and collect_summary.json."""
    dropped_parts: list[pd.DataFrame] = []
    clock = time.perf_counter()
    if dedup and len(docs):
        docs, dups = deduplicate(preferred_first(docs))
        summary["duplicates"] = len(dups)
        if len(dups):
            dropped_parts.append(dups)
    if topic is not None and len(docs):
        docs, off = topic_filter(docs, topic)
        if len(off):
            dropped_parts.append(off)
    summary["seconds_dedup_filter"] = round(time.perf_counter() - clock, 2)
    docs = docs.drop(columns=[TEXT_NOTE], errors="ignore")
    if curated is not None and len(curated):
        docs = pd.concat([d for d in (docs, curated) if len(d)], ignore_index=True)
    docs = with_document_columns(docs)
    valid, quarantined = validate_or_quarantine(docs, "documents", layout.quarantine, source="collect")
    dropped_all = (
        pd.concat(dropped_parts, ignore_index=True)
        if dropped_parts
        else pd.DataFrame(columns=["doc_id", "url", "title", "reason"])
    )
    not_dup = (
        dropped_all[~dropped_all["reason"].astype(str).str.startswith("duplicate")]
        if len(dropped_all)
        else dropped_all
    )
    summary["dropped"] = len(not_dup)
    summary["dropped_by_reason"] = count_reasons([str(r).split(":")[0] for r in not_dup.get("reason", [])])
    summary["kept"] = len(valid)
    summary["quarantined"] = len(quarantined)
    failures_frame = pd.DataFrame(failures, columns=FAILURE_COLUMNS)
    summary["failed"] = len(failures_frame)
    summary["failed_by_reason"] = count_reasons([str(r) for r in failures_frame["reason"]])

    valid = with_document_columns(valid).reset_index(drop=True)
    write_table(valid, layout.processed, "documents")
    write_table(
        dropped_all[[c for c in DROPPED_COLUMNS if c in dropped_all.columns]],
        layout.processed,
        "collect_dropped",
    )
    write_table(failures_frame, layout.processed, "collect_failures")
    summary_path = layout.processed / "collect_summary.json"
    atomic_write_bytes(summary_path, json.dumps(summary, indent=2, default=str).encode("utf-8"))
    return CollectResult(
        documents=valid,
        summary=summary,
        failures=failures_frame,
        dropped=dropped_all,
        quarantined=quarantined,
    )
