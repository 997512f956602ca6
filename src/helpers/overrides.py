"""Human review that survives re-extraction: a versioned CSV of corrections keyed by statement_id.

Format (one row per corrected field, append-only log; later rows win):
    override_id, change_id, statement_id, field, value, previous, note, author, created_at
`field` is one of OVERRIDABLE_FIELDS; `irrelevant` with value "true" drops the statement.
Rows saved together (one review of one statement) share a `change_id`, so undo takes back the
whole review; `previous` keeps the value the reviewer saw, so an undo can be shown at once.
Files written before `change_id`/`previous` existed still load (those columns are filled in).

Every read-modify-write holds a lock file beside the log (`.statements.csv.lock`), so two
reviewers (or two kernels) saving at the same moment both keep their rows; every write goes to a
temporary file that is renamed over the log, so a killed kernel never leaves half a file.
A log that does not parse is an error naming the file and row, and is never overwritten.
"""

from __future__ import annotations

import csv
import getpass
import io
import os
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from filelock import FileLock, Timeout

from helpers import labels as topic_labels
from helpers.schemas import (
    BODIES,
    COUNTRY_CODES,
    OVERRIDABLE_FIELDS,
    OVERRIDE_COLUMNS,
    OVERRIDE_REQUIRED_COLUMNS,
    validate_or_quarantine,
)
from helpers.tables import InputError, atomic_write_bytes

if TYPE_CHECKING:
    from helpers.topics import Topic

LOCK_TIMEOUT_S = 30.0
_TRUE = ("true", "1", "yes")
_FALSE = ("false", "0", "no", "")


def default_author() -> str:
    """Who is reviewing: $STANCE_TRACKER_AUTHOR, else the login name (never empty)."""
    name = os.environ.get("STANCE_TRACKER_AUTHOR", "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):  # no passwd entry (some containers)
        return "unknown"


def lock_path(path: Path) -> Path:
    return Path(path).parent / f".{Path(path).name}.lock"


def load_overrides(path: Path) -> pd.DataFrame:
    """The corrections log; absent = empty log, corrupt = an error naming the file and the row."""
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=OVERRIDE_COLUMNS)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{path}: overrides file is corrupt (not UTF-8 at byte {err.start}); "
            "nothing was changed: fix it or restore it from git"
        ) from err
    except OSError as err:
        raise InputError(f"{path}: cannot read overrides file ({err})") from err
    if "\x00" in text:
        raise InputError(f"{path}: overrides file is corrupt (contains NUL bytes); nothing was changed")
    if not text.strip():
        raise InputError(
            f"{path}: overrides file is empty (not even a header); nothing was changed: "
            "restore it from git or delete it to start a new log"
        )
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = list(reader)
    except csv.Error as err:
        raise InputError(f"{path}, line {reader.line_num}: overrides file is corrupt ({err})") from err
    header = rows[0]
    missing = [
        c for c in OVERRIDE_REQUIRED_COLUMNS if c not in header
    ]  # older logs may lack change_id, previous
    if missing:
        raise InputError(f"{path}: overrides file lacks columns {missing} (header is {header})")
    records = []
    for lineno, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        if len(row) != len(header):
            raise InputError(
                f"{path}, row {lineno}: {len(row)} fields where the header has {len(header)} "
                "(a half-written or hand-edited line?); nothing was changed: fix that line"
            )
        records.append(dict(zip(header, row, strict=True)))
    frame = pd.DataFrame(records, columns=header, dtype=object)
    for col in OVERRIDE_COLUMNS:
        if col not in frame.columns:
            frame[col] = frame["override_id"] if col == "change_id" else ""
    frame = frame[OVERRIDE_COLUMNS].reset_index(drop=True)
    _valid, bad = validate_or_quarantine(
        frame, "overrides", source=str(path), row_names=[f"{path}, row {i + 2}" for i in range(len(frame))]
    )
    if len(bad):  # a log is corrected by hand, never quarantined: the first bad row stops the load
        raise InputError(f"{bad['reason'].iloc[0]}; nothing was changed: fix that row")
    return frame


def normalise_value(field: str, value: object, topic: Topic | None = None) -> str:
    """The stored text for a correction, or InputError when extraction's schema would reject it.

    Stance and deployment must be labels of the `topic` (default: the default topic)."""
    stances = topic_labels.stance_labels(topic).names
    deployment_set = topic_labels.deployment_labels(topic)
    deployments = deployment_set.names if deployment_set is not None else ()

    if field not in OVERRIDABLE_FIELDS:
        raise InputError(f"cannot override {field!r} (allowed: {', '.join(OVERRIDABLE_FIELDS)})")
    text = "" if value is None else str(value).strip()
    if field == "irrelevant":
        if isinstance(value, bool):
            return "true" if value else "false"
        if text.lower() not in _TRUE + _FALSE:
            raise InputError(f"irrelevant must be true or false, not {text!r}")
        return "true" if text.lower() in _TRUE else "false"
    if field == "stance" and text not in stances:
        raise InputError(f"stance {text!r} is not one of {', '.join(stances)}")
    if field == "deployment" and not deployments:
        raise InputError("this topic has no deployment dimension: there is no deployment to correct")
    if field == "deployment" and text not in deployments:
        raise InputError(f"deployment {text!r} is not one of {', '.join(deployments)}")
    if field == "country" and text:
        text = text.upper()
        if text not in COUNTRY_CODES:
            raise InputError(
                f"country {text!r} is not an ISO 3166-1 alpha-2 code nor one of {'/'.join(BODIES)}"
            )
    if field == "date":
        try:
            text = date.fromisoformat(text).isoformat()
        except ValueError as err:
            raise InputError(f"date {text!r} is not a real YYYY-MM-DD date") from err
    return text


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
    for field in set(log["field"]) - {"irrelevant"} - set(out.columns):
        out[field] = None
    out = out.astype({f: object for f in set(log["field"]) - {"irrelevant"}})
    pos = {sid: i for i, sid in enumerate(out["statement_id"])}
    col = {str(name): k for k, name in enumerate(out.columns)}
    drop: set[int] = set()
    for row in log.to_dict("records"):
        field, value, note = str(row["field"]), str(row["value"] or ""), str(row["note"] or "")
        i = pos.get(row["statement_id"])
        if i is None:
            continue
        if field == "irrelevant":
            if value.strip().lower() in _TRUE:
                drop.add(i)
            else:
                drop.discard(i)
        else:
            out.iat[i, col[field]] = value or None
        out.iat[i, col["reviewed"]] = True
        if note:
            out.iat[i, col["review_note"]] = note
    return out.drop(index=out.index[sorted(drop)]).reset_index(drop=True)


def add_overrides(
    path: Path,
    statement_id: str,
    changes: Mapping[str, object],
    *,
    note: str = "",
    author: str = "",
    previous: Mapping[str, object] | None = None,
    topic: Topic | None = None,
) -> list[dict[str, str]]:
    """Append one review of one statement (several fields) as one change, under the lock, atomically.

    Values are checked against the `topic`'s labels (default: the default topic)."""
    if not str(statement_id or "").strip():
        raise InputError("a correction needs a statement_id")
    if not changes:
        raise InputError(f"no corrections given for statement {statement_id}")
    change_id = uuid.uuid4().hex[:12]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    who = author.strip() or default_author()
    rows = []
    for field, value in changes.items():
        old = (previous or {}).get(field)
        rows.append(
            {
                "override_id": uuid.uuid4().hex[:12],
                "change_id": change_id,
                "statement_id": str(statement_id),
                "field": field,
                "value": normalise_value(field, value, topic),
                "previous": "" if old is None or (isinstance(old, float) and pd.isna(old)) else str(old),
                "note": note.strip(),
                "author": who,
                "created_at": now,
            }
        )
    with _locked(path):
        log = load_overrides(path)
        _write(path, pd.concat([log, pd.DataFrame(rows, columns=OVERRIDE_COLUMNS)], ignore_index=True))
    return rows


def add_override(
    path: Path,
    statement_id: str,
    field: str,
    value: str,
    *,
    note: str = "",
    author: str = "",
    previous: object = None,
) -> dict[str, str]:
    """Append one correction of one field (see add_overrides)."""
    return add_overrides(
        path,
        statement_id,
        {field: value},
        note=note,
        author=author,
        previous=None if previous is None else {field: previous},
    )[0]


def undo_last(path: Path, *, author: str | None = None) -> list[dict[str, str]]:
    """Remove the newest change (all its rows), or the newest by `author`; returns the removed rows."""
    with _locked(path):
        log = load_overrides(path)
        mine = log if author is None else log[log["author"] == author]
        if mine.empty:
            return []
        change = mine.iloc[-1]["change_id"]
        removed = log[log["change_id"] == change]
        _write(path, log[log["change_id"] != change])
    return [dict(r) for r in removed.to_dict("records")]


class _locked:
    """Hold the log's lock file; a clear error when another writer keeps it too long."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.lock = FileLock(str(lock_path(self.path)), timeout=LOCK_TIMEOUT_S)

    def __enter__(self) -> None:
        try:
            self.lock.acquire()
        except Timeout as err:
            raise InputError(
                f"{self.path}: another process has held {lock_path(self.path)} for {LOCK_TIMEOUT_S:.0f}s; "
                "nothing was written, try again"
            ) from err

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


def _write(path: Path, log: pd.DataFrame) -> None:
    buf = io.StringIO()
    log[OVERRIDE_COLUMNS].to_csv(buf, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    atomic_write_bytes(Path(path), buf.getvalue().encode("utf-8"))
