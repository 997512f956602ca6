"""Human review that survives re-extraction: a versioned CSV of corrections keyed by statement_id.

Format (one row per correction, append-only log; later rows win):
    override_id, statement_id, field, value, note, author, created_at
`field` is one of OVERRIDABLE_FIELDS or `irrelevant` (value "true" drops the statement).
"""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from helpers.tables import InputError, atomic_write_bytes

OVERRIDE_COLUMNS = ["override_id", "statement_id", "field", "value", "note", "author", "created_at"]
OVERRIDABLE_FIELDS = ("stance", "deployment", "speaker", "speaker_role", "country", "date", "irrelevant")


def load_overrides(path: Path) -> pd.DataFrame:
    """The corrections log; an absent file is an empty log, a corrupt one is an error naming it."""
    if not path.exists():
        return pd.DataFrame(columns=OVERRIDE_COLUMNS)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: overrides file is corrupt ({err}); fix or restore it from git") from err
    missing = [c for c in OVERRIDE_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"{path}: overrides file lacks columns {missing}")
    bad = frame[~frame["field"].isin(OVERRIDABLE_FIELDS)]
    if len(bad):
        raise InputError(
            f"{path}, row {bad.index[0] + 2}: unknown field {bad['field'].iloc[0]!r} "
            f"(allowed: {', '.join(OVERRIDABLE_FIELDS)})"
        )
    return frame


def apply_overrides(statements: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Apply the corrections log; adds `reviewed` (bool) and `review_note` columns.

    Statements marked irrelevant are removed. Overrides for ids that no longer exist are ignored
    (they stay in the log for when the statement comes back).
    """
    log = load_overrides(path)
    out = statements.copy()
    out["reviewed"] = False
    out["review_note"] = None
    if log.empty or out.empty:
        return out
    pos = {sid: i for i, sid in enumerate(out["statement_id"])}
    drop: set[int] = set()
    for row in log.itertuples(index=False):
        i = pos.get(row.statement_id)
        if i is None:
            continue
        if row.field == "irrelevant":
            if row.value.strip().lower() in ("true", "1", "yes"):
                drop.add(i)
            else:
                drop.discard(i)
        else:
            out.iat[i, out.columns.get_loc(row.field)] = row.value or None
        out.iat[i, out.columns.get_loc("reviewed")] = True
        if row.note:
            out.iat[i, out.columns.get_loc("review_note")] = row.note
    return out.drop(index=out.index[sorted(drop)]).reset_index(drop=True)


def add_override(
    path: Path, statement_id: str, field: str, value: str, *, note: str = "", author: str = ""
) -> dict[str, str]:
    """Append one correction atomically (rewrite to a temp file, then rename)."""
    if field not in OVERRIDABLE_FIELDS:
        raise InputError(f"cannot override {field!r} (allowed: {', '.join(OVERRIDABLE_FIELDS)})")
    row = {
        "override_id": uuid.uuid4().hex[:12],
        "statement_id": statement_id,
        "field": field,
        "value": str(value),
        "note": note,
        "author": author,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    log = load_overrides(path)
    _write(path, pd.concat([log, pd.DataFrame([row])], ignore_index=True))
    return row


def undo_last(path: Path) -> dict[str, str] | None:
    """Remove the newest correction; returns it (None when the log is empty)."""
    log = load_overrides(path)
    if log.empty:
        return None
    last = log.iloc[-1].to_dict()
    _write(path, log.iloc[:-1])
    return last


def _write(path: Path, log: pd.DataFrame) -> None:
    buf = io.StringIO()
    log[OVERRIDE_COLUMNS].to_csv(buf, index=False, quoting=csv.QUOTE_MINIMAL)
    atomic_write_bytes(path, buf.getvalue().encode("utf-8"))
