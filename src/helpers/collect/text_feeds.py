"""Plain-text feeds as documents: the bundled corpus (raw/seed) and any other teaser feed.

A feed is one teaser a line plus a manifest (line, url, outlet, published). Decision
(docs/data.md): lines whose text is identical collapse into ONE document, the first line's,
which lists every line it was seen on in `sources`; the later lines are not documents of
their own, so they can never produce a second statement. Feeds are curated: the collector
neither URL-deduplicates nor topic-filters them.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from helpers.collect.dedup import text_sha256
from helpers.paths import DataLayout
from helpers.tables import InputError, atomic_write_bytes

__all__ = ["MANIFEST_COLUMNS", "ingest_feed", "read_manifest", "seed_documents", "text_feed_documents"]

MANIFEST_COLUMNS = ("line", "url", "outlet", "published")


def read_manifest(path: Path) -> pd.DataFrame:
    """A feed's manifest, checked: every column present, every line number an integer."""
    if not path.exists():
        raise InputError(f"{path}: manifest not found (a plain-text feed needs one row per line)")
    manifest = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in MANIFEST_COLUMNS if c not in manifest.columns]
    if missing:
        raise InputError(f"{path}: manifest lacks columns {missing}")
    bad = manifest[~manifest["line"].str.fullmatch(r"\d+")]
    if len(bad):
        raise InputError(
            f"{path}, row {bad.index[0] + 2}: line number {bad['line'].iloc[0]!r} is not an integer"
        )
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


def with_feed_provenance(docs: pd.DataFrame) -> pd.DataFrame:
    """The provenance columns a feed cannot know (no fetch, no byline); the date is the manifest's."""
    docs["fetched_at"] = None
    docs["authors"] = "[]"
    docs["language"] = "en"
    docs["date_source"] = docs["published"].map(lambda p: "manifest" if p else None)
    return docs


def seed_documents(layout: DataLayout) -> pd.DataFrame:
    """The bundled corpus as documents, captured first into this data dir's raw/seed/ (copied once
    from the package), so raw_path names a file of the data dir like every other capture."""
    layout.copy_bundled_seed()
    return with_feed_provenance(ingest_feed(layout.seed_feed, layout.seed_manifest))


def text_feed_documents(
    layout: DataLayout, feeds: list[tuple[str | Path, str | Path]]
) -> pd.DataFrame | None:
    """Copy each (feed, manifest) pair once into raw/feeds/<stem>-<hash>/ (raw never changes after
    capture), then ingest it from there; doc ids are `<feed stem>-<line>`. None when no feed is given.
    A copy is done once its manifest.csv, written last, exists; a folder without it is copied again."""
    if not feeds:
        return None
    frames = []
    for feed, manifest in feeds:
        feed, manifest = Path(feed), Path(manifest)
        for path in (feed, manifest):
            if not path.is_file():
                raise InputError(f"{path}: no such file (a text feed needs its manifest)")
        digest = hashlib.sha256(feed.read_bytes() + manifest.read_bytes()).hexdigest()[:12]
        dest = layout.raw / "feeds" / f"{feed.stem}-{digest}"
        if not (dest / "manifest.csv").is_file():
            # the manifest is written last, so a copy without it was cut short (a crash between the two
            # writes): it is redone, never taken as done
            atomic_write_bytes(dest / feed.name, feed.read_bytes())
            atomic_write_bytes(dest / "manifest.csv", manifest.read_bytes())
        frames.append(
            with_feed_provenance(ingest_feed(dest / feed.name, dest / "manifest.csv", prefix=feed.stem))
        )
    docs = pd.concat(frames, ignore_index=True)
    clash = docs["doc_id"][docs["doc_id"].duplicated()]
    if len(clash):
        raise InputError(
            f"text feeds give the same doc_id twice ({clash.iloc[0]}): rename one of the feed files"
        )
    return docs
