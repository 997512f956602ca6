"""What could not be collected, one row per URL, file or WARC record, in one shape for every source.

The rows end up in `processed/collect_failures.csv`; a scheduled run retries the failed URLs.
"""

from __future__ import annotations

from typing import Any

from helpers.schemas import COLLECT_FAILURE_COLUMNS

FAILURE_COLUMNS = COLLECT_FAILURE_COLUMNS  # declared once, in helpers.schemas


def failure_row(
    url: str,
    reason: str | None,
    *,
    role: str,
    source: str | None,
    fetched_at: str,
    status: Any = None,
    attempts: int = 1,
) -> dict[str, Any]:
    """One failure: what was asked for, why it failed, and which input (role, source) named it."""
    return {
        "url": url,
        "reason": reason,
        "status": status,
        "role": role,
        "source": source,
        "attempts": attempts,
        "fetched_at": fetched_at,
    }
