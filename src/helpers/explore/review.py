"""Reviewing one statement: which fields the reader changed, saving them, and undoing.

The corrections go to the overrides log (helpers.overrides) that extraction applies on every
run; the same corrections are applied to the dashboard's in-memory table at once, so the
reader sees them without re-running extraction.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.overrides import OVERRIDABLE_FIELDS, add_overrides, normalise_value, undo_last
from helpers.tables import InputError
from helpers.topics import Topic

EDITABLE = tuple(f for f in OVERRIDABLE_FIELDS if f != "irrelevant")


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    return str(value).strip()


def pending_changes(
    row: Mapping[str, Any], proposed: Mapping[str, Any], topic: Topic | None = None
) -> dict[str, str]:
    """The proposed values that differ from the row's (normalised as the log stores them).

    `irrelevant=True` is a change; `irrelevant=False` is not (the row is shown, so it is relevant).
    Raises InputError naming the field when a value would be rejected by extraction's schema
    (labels: the `topic`'s, default the default topic).
    """
    changes: dict[str, str] = {}
    for field, value in proposed.items():
        if field == "irrelevant":
            if value is True or _text(value).lower() in ("true", "1", "yes"):
                changes[field] = "true"
            continue
        if field not in EDITABLE:
            raise InputError(f"cannot correct {field!r} (allowed: {', '.join(OVERRIDABLE_FIELDS)})")
        new = normalise_value(field, value, topic) if _text(value) else ""
        if new != _text(row.get(field)):
            changes[field] = new
    date = changes.get("date")
    published = _text(row.get("published"))
    if date and published and date > published:
        raise InputError(f"date {date} is after the article's publication date {published}")
    return changes


def save_review(
    path: Path,
    row: Mapping[str, Any],
    proposed: Mapping[str, Any],
    *,
    note: str = "",
    author: str = "",
    topic: Topic | None = None,
) -> list[dict[str, str]]:
    """Write the changed fields of one statement to the overrides log as one change (none: [])."""
    changes = pending_changes(row, proposed, topic)
    if not changes:
        return []
    previous = {f: _text(row.get(f)) for f in changes if f != "irrelevant"}
    previous["irrelevant"] = "false"
    return add_overrides(
        path, str(row["statement_id"]), changes, note=note, author=author, previous=previous, topic=topic
    )


def apply_in_memory(table: pd.DataFrame, rows: list[dict[str, str]]) -> pd.DataFrame:
    """`table` with saved correction rows applied (irrelevant rows stay, flagged in `_irrelevant`)."""
    out = table.copy()
    if "_irrelevant" not in out.columns:
        out["_irrelevant"] = False
    for col in ("reviewed", "review_note"):
        if col not in out.columns:
            out[col] = False if col == "reviewed" else None
    out = out.astype({c: object for c in (*EDITABLE, "review_note") if c in out.columns})
    for r in rows:
        hit = out["statement_id"] == r["statement_id"]
        if r["field"] == "irrelevant":
            out.loc[hit, "_irrelevant"] = r["value"] == "true"
        else:
            out.loc[hit, r["field"]] = r["value"] or None
        out.loc[hit, "reviewed"] = True
        if r.get("note"):
            out.loc[hit, "review_note"] = r["note"]
    return out


def revert_in_memory(table: pd.DataFrame, removed: list[dict[str, str]]) -> pd.DataFrame:
    """`table` with undone correction rows taken back, using the values they replaced."""
    out = table.copy()
    for r in removed:
        hit = out["statement_id"] == r["statement_id"]
        if r["field"] == "irrelevant":
            if "_irrelevant" in out.columns:
                out.loc[hit, "_irrelevant"] = r.get("previous") == "true"
        elif r["field"] in out.columns:
            out.loc[hit, r["field"]] = r.get("previous") or None
    return out


def undo_review(path: Path, *, author: str | None = None) -> list[dict[str, str]]:
    """Take back the newest change (by `author` when given) from the log; returns its rows."""
    return undo_last(path, author=author)
