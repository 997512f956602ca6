"""The end-of-run summary a scheduled job's log shows: what was fetched, reused, lost, kept."""

from __future__ import annotations

from collections import Counter
from typing import Any


def new_summary() -> dict[str, Any]:
    return {
        "fetched": 0,  # new captures this run
        "cached": 0,  # already captured, not fetched again
        "failed": 0,
        "failed_by_reason": {},
        "index_pages": 0,  # feeds and section pages read
        "html_files": 0,
        "warc_documents": 0,
        "seed_documents": 0,
        "parsed": 0,
        "duplicates": 0,
        "dropped": 0,
        "dropped_by_reason": {},
        "kept": 0,
    }


def reason_group(error: str) -> str:
    """Failure reasons grouped for counting (`HTTP 404`, `timeout`, `body too large` ...)."""
    err = error.split(" (")[0].strip()
    return err or "unknown"


def count_reasons(errors: list[str]) -> dict[str, int]:
    return dict(Counter(reason_group(e) for e in errors).most_common())


def format_summary(summary: dict[str, Any]) -> str:
    """A few readable lines."""
    lines = [
        f"fetched {summary['fetched']}, cached {summary['cached']}, failed {summary['failed']}"
        f" (index pages {summary['index_pages']}, html files {summary['html_files']},"
        f" warc documents {summary['warc_documents']}, seed documents {summary['seed_documents']})",
    ]
    if summary["failed_by_reason"]:
        lines.append(
            "failed by reason: " + ", ".join(f"{k}: {v}" for k, v in summary["failed_by_reason"].items())
        )
    lines.append(
        f"kept {summary['kept']} documents, dropped {summary['dropped']}, "
        f"duplicates merged {summary['duplicates']}"
    )
    if summary["dropped_by_reason"]:
        lines.append(
            "dropped by reason: " + ", ".join(f"{k}: {v}" for k, v in summary["dropped_by_reason"].items())
        )
    return "\n".join(lines)
