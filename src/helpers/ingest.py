"""The bundled corpus: a plain-text feed (one teaser a line) plus a manifest, as documents.

Decision (docs/data.md): lines whose text is identical collapse into ONE document, the
first line's, which lists every line it was seen on in `sources`; the later lines are not
documents of their own, so they can never produce a second statement.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from helpers.tables import InputError

MANIFEST_COLUMNS = ("line", "url", "outlet", "published")


def text_sha256(text: str) -> str:
    """Hash of the whitespace-normalised text: the identity of a document's content."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def read_manifest(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise InputError(f"{path}: manifest not found (a plain-text feed needs one row per line)")
    manifest = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in MANIFEST_COLUMNS if c not in manifest.columns]
    if missing:
        raise InputError(f"{path}: manifest lacks columns {missing}")
    bad = manifest[~manifest["line"].str.fullmatch(r"\d+")]
    if len(bad):
        raise InputError(f"{path}, row {bad.index[0] + 2}: line number {bad['line'].iloc[0]!r} is not an integer")
    return manifest


def ingest_feed(feed: Path, manifest_path: Path, *, prefix: str = "seed") -> pd.DataFrame:
    """One document per distinct non-empty feed line, with url/outlet/published from the manifest."""
    try:
        raw = feed.read_bytes().decode("utf-8")
    except FileNotFoundError as err:
        raise InputError(f"{feed}: feed not found") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{feed}: not UTF-8 at byte {err.start}") from err
    manifest = read_manifest(manifest_path).set_index("line")
    rows: list[dict] = []
    by_hash: dict[str, dict] = {}
    for number, line in enumerate(raw.splitlines(), start=1):
        text = line.strip()
        if not text:
            continue
        meta = manifest.loc[str(number)] if str(number) in manifest.index else None
        if meta is None:
            raise InputError(f"{manifest_path}: no row for line {number} of {feed}")
        source = {
            "line": number,
            "url": meta.get("url") or None,
            "outlet": meta.get("outlet") or None,
            "published": meta.get("published") or None,
        }
        digest = text_sha256(text)
        if digest in by_hash:
            by_hash[digest]["_sources"].append(source)
            continue
        row = {
            "doc_id": f"{prefix}-{number:02d}",
            "url": source["url"],
            "outlet": source["outlet"],
            "published": source["published"],
            "title": (meta.get("title") or None),
            "text": text,
            "sha256": digest,
            "source_kind": "feed",
            "raw_path": str(feed),
            "_sources": [source],
        }
        by_hash[digest] = row
        rows.append(row)
    for row in rows:
        row["n_sources"] = len(row["_sources"])
        row["sources"] = json.dumps(row.pop("_sources"), ensure_ascii=False)
    frame = pd.DataFrame(rows)
    text_cols = [c for c in frame.columns if c != "n_sources"]
    frame[text_cols] = frame[text_cols].astype(object).where(frame[text_cols].notna(), None)
    return frame
