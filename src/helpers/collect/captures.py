"""Immutable raw captures plus an append-only manifest: the collector's memory between runs.

Each response body is written once under `raw/<host>/<sha256>.<ext>` (temp name, then rename),
and only then a manifest row is appended to `raw/manifest.csv`. A kill at any moment leaves
either a complete body file (maybe without its row: the next run fetches it again and finds the
file already there) or nothing; a half-written last manifest line is ignored when read and never
glued to the next row.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import hashlib
import io
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from helpers.collect.urls import host_dir, normalize_url
from helpers.tables import InputError, atomic_write_bytes

MANIFEST_NAME = "manifest.csv"


@dataclass
class CaptureRow:
    """One fetch attempt (successful or not) as recorded in the manifest."""

    requested_url: str
    final_url: str = ""
    status: int | str = ""
    content_type: str = ""
    charset: str = ""
    fetched_at: str = ""
    sha256: str = ""
    bytes: int | str = ""
    path: str = ""  # relative to raw/
    error: str = ""
    role: str = "article"  # article | feed | section | file
    source: str = ""  # the feed/section/list/folder that led here
    lead_title: str = ""  # what the feed/section/list said about the article
    lead_published: str = ""
    lead_outlet: str = ""


MANIFEST_COLUMNS = [f.name for f in fields(CaptureRow)]


def now_utc() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _ext_for(content_type: str) -> str:
    ct = content_type.lower()
    if "xml" in ct or "rss" in ct or "atom" in ct:
        return "xml"
    if "json" in ct:
        return "json"
    return "html"


class RawStore:
    """The raw/ folder of one data dir: bodies by content hash and the manifest of attempts."""

    def __init__(self, raw_dir: Path) -> None:
        self.root = Path(raw_dir)
        self.manifest_path = self.root / MANIFEST_NAME
        self._lock = threading.Lock()

    # ------------------------------------------------------------ one collector at a time
    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold raw/.collect.lock for the run; a second collector on the same data dir is refused.

        Under the lock, temp files left by a killed run (`.name.xxx.part`) are removed: they were
        never renamed, so they never counted as captures.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        fh = open(self.root / ".collect.lock", "w")  # noqa: SIM115 (held for the whole run)
        try:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as err:
                raise InputError(f"{self.root}: another collection is running on this data dir") from err
            for part in self.root.glob("*/.*.part"):
                part.unlink(missing_ok=True)
            yield
        finally:
            fh.close()

    # ------------------------------------------------------------ writing
    def store_body(self, url: str, body: bytes, content_type: str = "text/html") -> tuple[str, str]:
        """Write the body once (content-addressed); return (sha256, path relative to raw/)."""
        digest = hashlib.sha256(body).hexdigest()
        rel = f"{host_dir(url)}/{digest}.{_ext_for(content_type)}"
        target = self.root / rel
        if not (target.exists() and target.stat().st_size == len(body)):
            atomic_write_bytes(target, body)
        return digest, rel

    def append(self, row: CaptureRow) -> None:
        """Append one manifest row with a single write on an O_APPEND descriptor, then fsync."""
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(
            ["" if getattr(row, c) is None else getattr(row, c) for c in MANIFEST_COLUMNS]
        )
        line = buf.getvalue().encode("utf-8")
        with self._lock:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.manifest_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            try:
                size = os.fstat(fd).st_size
                prefix = b""
                if size == 0:
                    prefix = (",".join(MANIFEST_COLUMNS) + "\n").encode("utf-8")
                elif not self._ends_with_newline():
                    prefix = b"\n"  # a killed writer left a partial line: close it off, never join
                os.write(fd, prefix + line)
                os.fsync(fd)
            finally:
                os.close(fd)

    def _ends_with_newline(self) -> bool:
        with open(self.manifest_path, "rb") as fh:
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) == b"\n"

    # ------------------------------------------------------------ reading
    def manifest(self) -> pd.DataFrame:
        """All recorded attempts, oldest first; malformed (half-written) lines are skipped."""
        if not self.manifest_path.exists():
            return pd.DataFrame(columns=MANIFEST_COLUMNS)
        rows = []
        with open(self.manifest_path, encoding="utf-8", errors="replace", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header != MANIFEST_COLUMNS:
                header = header or MANIFEST_COLUMNS
            for rec in reader:
                if len(rec) != len(header):
                    continue
                rows.append(dict(zip(header, rec, strict=True)))
        frame = pd.DataFrame(rows, columns=header)
        return frame.astype(object)

    def captured(self) -> dict[str, dict]:
        """Latest successful capture per normalized requested URL whose body file is intact."""
        manifest = self.manifest()
        out: dict[str, dict] = {}
        for row in manifest.to_dict("records"):
            if row.get("error") or not row.get("sha256"):
                continue
            path = self.root / row["path"]
            try:
                if path.stat().st_size != int(row["bytes"]):
                    continue
            except (OSError, ValueError):
                continue
            out[normalize_url(row["requested_url"])] = row
        return out

    def read_body(self, rel_path: str) -> bytes:
        return (self.root / rel_path).read_bytes()

    def verify(self) -> list[str]:
        """Body files whose name no longer matches their content (should always be empty)."""
        bad = []
        for path in self.root.glob("*/*.*"):
            if path.name.startswith(".") or path.parent.name == "seed":
                continue
            stem = path.name.split(".")[0]
            if len(stem) == 64 and hashlib.sha256(path.read_bytes()).hexdigest() != stem:
                bad.append(str(path))
        return bad
