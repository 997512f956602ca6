"""Captured pages (fetched or saved HTML in raw/) -> document rows, through the parsed-page cache.

Parsing costs tens of milliseconds a page; the cache (keyed by body hash, URL, charset and
parser version) makes a rerun over the same captures nearly free, and many uncached pages are
parsed in worker processes.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.collect.captures import RawStore
from helpers.collect.dedup import text_sha256
from helpers.collect.parse import PARSER_VERSION, ParsedArticle, parse_article
from helpers.collect.urls import outlet_from_url, url_key
from helpers.paths import DataLayout
from helpers.schemas import COLLECTED_DOCUMENT_COLUMNS
from helpers.tables import atomic_write_bytes

TEXT_NOTE = "text_note"  # what each text extractor found on a page left without text
PARALLEL_PARSE_MIN = 200  # below this, starting worker processes costs more than it saves


def cache_path(layout: DataLayout, row: dict[str, Any]) -> Path:
    """Parsed-page cache entry of a capture.

    The key is the body hash plus what else the result depends on: the URL (date fallback) and the
    declared charset; the parser version is a folder, so a parser change re-parses everything.
    """
    url = row.get("final_url") or row["requested_url"]
    ident = hashlib.sha256(f"{row['sha256']}|{url}|{row.get('charset') or ''}".encode()).hexdigest()
    return layout.cache / "parsed" / PARSER_VERSION / ident[:2] / f"{ident}.json"


def _parse_capture(job: tuple[str, str, str | None]) -> dict[str, Any]:
    """Parse one capture file (a top-level function so a process pool can run it)."""
    path, url, charset = job
    return parse_article(Path(path).read_bytes(), url, charset=charset).as_dict()


def parse_captures(
    layout: DataLayout, store: RawStore, rows: list[dict[str, Any]], *, workers: int | None = None
) -> list[ParsedArticle]:
    """Parse captures through the cache; many uncached pages are parsed in `workers` processes
    (None: up to 4, one a core), results in the order of `rows`."""
    results: list[ParsedArticle | None] = [None] * len(rows)
    todo: list[int] = []
    for i, row in enumerate(rows):
        cache = cache_path(layout, row)
        if cache.exists():
            try:
                results[i] = ParsedArticle(**json.loads(cache.read_text(encoding="utf-8")))
                continue
            except (ValueError, TypeError):
                pass
        todo.append(i)
    jobs = [
        (
            str(store.root / rows[i]["path"]),
            rows[i].get("final_url") or rows[i]["requested_url"],
            rows[i].get("charset") or None,
        )
        for i in todo
    ]
    workers = min(4, os.cpu_count() or 1) if workers is None else workers
    if len(jobs) >= PARALLEL_PARSE_MIN and workers > 1:
        # forkserver: no fork of this (threaded, maybe Jupyter) process; the parser is imported once
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["helpers.collect.parse", "trafilatura", "newspaper.extractors"])
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            parsed = list(pool.map(_parse_capture, jobs, chunksize=16))
    else:
        parsed = [_parse_capture(job) for job in jobs]
    for i, as_dict in zip(todo, parsed, strict=True):
        atomic_write_bytes(
            cache_path(layout, rows[i]), json.dumps(as_dict, ensure_ascii=False).encode("utf-8")
        )
        results[i] = ParsedArticle(**as_dict)
    return [r for r in results if r is not None]


def document_row(
    parsed: ParsedArticle, url: str, row: dict[str, Any], kind: str, prefix: str
) -> dict[str, Any]:
    """A documents row from a parsed page and its capture row; the feed's title/date/outlet fill gaps."""
    published = parsed.published
    date_source = parsed.date_source
    if not published and row.get("lead_published"):
        published, date_source = row["lead_published"], "feed"
    outlet = parsed.site_name or row.get("lead_outlet") or outlet_from_url(url)
    return {
        "doc_id": f"{prefix}-{url_key(url)}",
        "url": url,
        "outlet": outlet,
        "published": published,
        "title": parsed.title or row.get("lead_title") or None,
        "text": parsed.text,
        "sha256": text_sha256(parsed.text) if parsed.text else None,
        "source_kind": kind,
        "raw_path": f"raw/{row['path']}",
        "fetched_at": row.get("fetched_at") or None,
        "authors": json.dumps(parsed.authors, ensure_ascii=False),
        "language": parsed.language,
        "date_source": date_source,
        "sources": json.dumps(
            [
                {
                    "url": url,
                    "outlet": outlet,
                    "published": published,
                    "requested_url": row.get("requested_url"),
                    "fetched_at": row.get("fetched_at"),
                    "raw_path": f"raw/{row['path']}",
                }
            ],
            ensure_ascii=False,
        ),
        "n_sources": 1,
        # not a documents column: the topic filter turns it into the drop reason, then it is removed
        TEXT_NOTE: parsed.text_note,
    }


def documents_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows in the collected-documents column order, plus the text note the topic filter reads."""
    return pd.DataFrame(rows, columns=[*COLLECTED_DOCUMENT_COLUMNS, TEXT_NOTE])


def web_documents(layout: DataLayout, store: RawStore, summary: dict[str, Any]) -> pd.DataFrame:
    """Every article ever captured (latest capture per URL), parsed: the documents table is cumulative."""
    rows = [r for r in store.captured().values() if r.get("role") == "article"]
    rows.sort(key=lambda r: r.get("fetched_at") or "")
    out = [
        document_row(parsed, row.get("final_url") or row["requested_url"], row, "web", "web")
        for row, parsed in zip(rows, parse_captures(layout, store, rows), strict=True)
    ]
    summary["parsed"] += len(out)
    return documents_frame(out)
