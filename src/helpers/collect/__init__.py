"""Collection: from web pages, feeds, saved HTML, WARC or the bundled corpus to one documents table.

`collect_documents` is what `stance-tracker collect` and notebook 01_collect call. Web runs are
incremental: every response is kept in `raw/` (see `captures`), a URL already captured is not
fetched again (unless `refresh`), failures are recorded and retried next run, and the documents
table is re-derived from all captures so far, so it only grows while a scheduled run repeats.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.collect.captures import CaptureRow, RawStore, now_utc
from helpers.collect.discover import (
    Lead,
    html_files,
    parse_feed,
    read_url_list,
    saved_page_url,
    section_links,
)
from helpers.collect.fetch import FEED_TYPES, HTML_TYPES, Fetcher, FetchOptions, FetchResult
from helpers.collect.schedule import CrawlStats, crawl
from helpers.collect.parse import PARSER_VERSION, ParsedArticle, decode_html, parse_article
from helpers.collect.summary import count_reasons, format_summary, new_summary
from helpers.collect.urls import normalize_url, outlet_from_url, url_key
from helpers.ingest import ingest_feed, text_sha256
from helpers.paths import DataLayout
from helpers.schemas import COLLECTED_DOCUMENT_COLUMNS, validate_or_quarantine
from helpers.tables import InputError, atomic_write_bytes, write_table

__all__ = ["CollectResult", "FetchOptions", "collect_documents", "format_summary", "parse_article"]

log = logging.getLogger(__name__)

DOCUMENT_COLUMNS = COLLECTED_DOCUMENT_COLUMNS
FAILURE_COLUMNS = ["url", "reason", "status", "role", "source", "attempts", "fetched_at"]
TEXT_NOTE = "text_note"  # what each text extractor found on a page left without text


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


def _fetch_options(options: dict[str, Any]) -> FetchOptions:
    known = {f.name for f in fields(FetchOptions)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise InputError(f"unknown fetch option(s) {unknown}; known: {sorted(known)}")
    return FetchOptions(**options)


def _as_leads(urls: str | Path | Iterable[str] | None) -> list[Lead]:
    if not urls:
        return []
    if isinstance(urls, str | Path):
        tokens = str(urls).replace(",", " ").split()
        if tokens and all(t.startswith(("http://", "https://")) for t in tokens):
            return [Lead(url=t, source="argument") for t in tokens]  # URLs given inline
        return read_url_list(urls)
    leads: list[Lead] = []
    for item in urls:
        item = str(item)
        if item.startswith(("http://", "https://")):
            leads.append(Lead(url=item, source="argument"))
        else:
            leads.extend(read_url_list(item))
    return leads


def collect_documents(
    *,
    data_dir: str | Path = "data",
    seed: bool = True,
    urls: str | Path | Iterable[str] | None = None,
    feeds: Iterable[str] = (),
    sections: Iterable[str] = (),
    html_dirs: Iterable[str | Path] = (),
    warc: Iterable[str | Path] = (),
    text_feeds: Iterable[tuple[str | Path, str | Path]] = (),
    engine: str = "local",
    scheduler: str | None = None,
    topic: str = "ukraine_troops",
    refresh: bool = False,
    progress: bool | None = None,
    **fetch_options: Any,
) -> CollectResult:
    """Collect, parse, deduplicate and topic-filter; write processed/documents.parquet + .csv.

    With no web, HTML, WARC or text-feed source, the bundled corpus (raw/seed) is ingested instead.
    `text_feeds` are (plain-text feed, manifest) pairs like the bundled corpus: copied once into
    raw/feeds/ and ingested line by line; they are curated, so neither URL-deduplicated nor topic-filtered.
    `fetch_options` are `FetchOptions` fields (delay, workers, retries, timeouts, max_bytes ...).
    """
    from helpers.topics import load_topic

    layout = DataLayout.at(data_dir)
    topic_obj = load_topic(topic)
    options = _fetch_options(fetch_options)
    feed_urls, section_urls = [str(f) for f in feeds], [str(s) for s in sections]
    html_paths, warc_paths = [Path(h) for h in html_dirs], [str(w) for w in warc]
    leads = _as_leads(urls)
    if urls and not leads:
        raise InputError(f"{urls if isinstance(urls, str | Path) else ', '.join(map(str, urls))}: no URLs in it")
    for folder in html_paths:
        if not html_files(folder):
            raise InputError(f"{folder}: no .html/.htm/.xhtml files in it")
    summary = new_summary()
    failures: list[dict] = []
    parts: list[pd.DataFrame] = []

    curated = _text_feed_documents(layout, list(text_feeds))
    if curated is not None:
        summary["text_feed_documents"] = len(curated)
        if not (leads or feed_urls or section_urls or html_paths or warc_paths):
            return _finish(layout, curated, pd.DataFrame(), summary, failures, dedup=False, topic_obj=None)
    if not (leads or feed_urls or section_urls or html_paths or warc_paths):
        if not seed:
            raise InputError(
                "nothing to collect: give URLs, feeds, section pages, HTML folders or WARC files"
            )
        seed_docs = _seed_documents(layout)
        summary["seed_documents"] = len(seed_docs)
        return _finish(layout, seed_docs, pd.DataFrame(), summary, failures, dedup=False, topic_obj=None)

    store = RawStore(layout.raw)
    crawl_stats: CrawlStats | None = None
    clock = time.perf_counter()
    with store.exclusive():
        if leads or feed_urls or section_urls:
            fetcher = Fetcher(options)
            try:
                leads += _discover(fetcher, store, feed_urls, section_urls, summary, failures, refresh)
                crawl_stats = _fetch_articles(fetcher, store, leads, summary, failures, refresh, progress)
            finally:
                fetcher.close()
            summary["seconds_fetch"] = round(time.perf_counter() - clock, 2)
            clock = time.perf_counter()
            parts.append(_web_documents(layout, store, summary))
        if html_paths:
            parts.append(_html_documents(layout, store, html_paths, summary, failures))
    summary["seconds_parse"] = round(time.perf_counter() - clock, 2)
    if warc_paths:
        parts.append(_warc_documents(layout, warc_paths, topic, engine, scheduler, summary, failures))
    docs = (
        pd.concat([p for p in parts if len(p)], ignore_index=True)
        if any(len(p) for p in parts)
        else pd.DataFrame(columns=DOCUMENT_COLUMNS)
    )
    result = _finish(
        layout, docs, pd.DataFrame(), summary, failures, dedup=True, topic_obj=topic_obj, curated=curated
    )
    result.crawl = crawl_stats
    return result


# ---------------------------------------------------------------- bundled corpus and text feeds


def _seed_documents(layout: DataLayout) -> pd.DataFrame:
    return _feed_provenance(ingest_feed(layout.seed_feed, layout.seed_manifest))


def _text_feed_documents(
    layout: DataLayout, feeds: list[tuple[str | Path, str | Path]]
) -> pd.DataFrame | None:
    """Copy each (feed, manifest) pair once into raw/feeds/<stem>-<hash>/ (raw never changes after
    capture), then ingest it from there; doc ids are `<feed stem>-<line>`."""
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
        if not dest.exists():
            atomic_write_bytes(dest / feed.name, feed.read_bytes())
            atomic_write_bytes(dest / "manifest.csv", manifest.read_bytes())
        frames.append(_feed_provenance(ingest_feed(dest / feed.name, dest / "manifest.csv", prefix=feed.stem)))
    docs = pd.concat(frames, ignore_index=True)
    clash = docs["doc_id"][docs["doc_id"].duplicated()]
    if len(clash):
        raise InputError(f"text feeds give the same doc_id twice ({clash.iloc[0]}): rename one of the feed files")
    return docs


def _feed_provenance(docs: pd.DataFrame) -> pd.DataFrame:
    docs["fetched_at"] = None
    docs["authors"] = "[]"
    docs["language"] = "en"
    docs["date_source"] = docs["published"].map(lambda p: "manifest" if p else None)
    return docs


# ---------------------------------------------------------------- discovery and fetching


def _record(
    store: RawStore, res: FetchResult, role: str, source: str, failures: list[dict], lead: Lead | None = None
) -> CaptureRow:
    row = CaptureRow(
        requested_url=res.requested_url,
        final_url=res.final_url or "",
        status=res.status if res.status is not None else "",
        content_type=res.content_type,
        charset=res.charset,
        fetched_at=res.fetched_at,
        error=res.error,
        role=role,
        source=source,
        lead_title=(lead.title or "") if lead else "",
        lead_published=(lead.published or "") if lead else "",
        lead_outlet=(lead.outlet or "") if lead else "",
    )
    if res.ok and res.body is not None:
        row.sha256, row.path = store.store_body(
            res.final_url or res.requested_url, res.body, res.content_type
        )
        row.bytes = len(res.body)
    else:
        failures.append(
            {
                "url": res.requested_url,
                "reason": res.error,
                "status": res.status,
                "role": role,
                "source": source,
                "attempts": res.attempts,
                "fetched_at": res.fetched_at,
            }
        )
    store.append(row)
    return row


def _discover(
    fetcher: Fetcher,
    store: RawStore,
    feeds: list[str],
    sections: list[str],
    summary: dict,
    failures: list[dict],
    refresh: bool,
) -> list[Lead]:
    """Feeds and section pages are fetched on every run (they change); their links become leads.

    If an index page cannot be fetched, its last good capture is used so its known links are kept.
    """
    leads: list[Lead] = []
    previous = store.captured()
    for role, pages in (("feed", feeds), ("section", sections)):
        for page in pages:
            if not page.startswith(("http://", "https://")):
                if role == "feed" and Path(page).exists():  # a feed saved to disk
                    leads += parse_feed(Path(page).read_bytes(), Path(page).resolve().as_uri())
                    summary["index_pages"] += 1
                    continue
                raise InputError(f"{page!r}: a {role} must be an http(s) URL")
            accept = FEED_TYPES + HTML_TYPES + ("text/plain",) if role == "feed" else HTML_TYPES
            res = fetcher.fetch(page, accept=accept)
            row = _record(store, res, role, page, failures)
            body = res.body if res.ok else None
            if body is None and normalize_url(page) in previous:
                body = store.read_body(previous[normalize_url(page)]["path"])
            if body is None:
                continue
            summary["index_pages"] += 1
            base = row.final_url or page
            found = parse_feed(body, base) if role == "feed" else section_links(body, base)
            log.info("%s %s: %d links", role, page, len(found))
            leads += found
    return leads


def _fetch_articles(
    fetcher: Fetcher,
    store: RawStore,
    leads: list[Lead],
    summary: dict,
    failures: list[dict],
    refresh: bool,
    progress: bool | None,
) -> CrawlStats | None:
    """Fetch every lead not captured yet (or all with `refresh`) through the polite scheduler."""
    from tqdm.auto import tqdm

    captured = store.captured()
    todo: dict[str, Lead] = {}
    for lead in leads:
        key = normalize_url(lead.url)
        if key in todo:
            continue
        if key in captured and not refresh:
            summary["cached"] += 1
            continue
        todo[key] = lead
    if not todo:
        return None
    bar = tqdm(
        total=len(todo), desc="fetch", unit="page", disable=(not progress) if progress is not None else None
    )
    done_lock = threading.Lock()

    def record(lead: Lead, res: FetchResult) -> None:
        # capture in the worker: body write + manifest row happen as soon as the page arrives
        _record(store, res, "article", lead.source, failures, lead)
        with done_lock:
            summary["fetched" if res.ok else "failed"] += 1
            bar.update(1)
            bar.set_postfix(failed=summary["failed"], refresh=False)

    stats = crawl(fetcher, ((lead.url, lead) for lead in todo.values()), record)
    bar.close()
    summary["requests"] = stats.requests
    summary["retries_queued"] = stats.retries
    summary["hosts"] = stats.hosts
    if stats.slow_hosts:
        summary["slow_hosts"] = stats.slow_hosts
    return stats


# ---------------------------------------------------------------- parsing captures


def _cache_path(layout: DataLayout, row: dict) -> Path:
    """Parsed-page cache entry of a capture.

    The key is the body hash plus what else the result depends on: the URL (date fallback) and the
    declared charset; the parser version is a folder, so a parser change re-parses everything.
    """
    url = row.get("final_url") or row["requested_url"]
    ident = hashlib.sha256(f"{row['sha256']}|{url}|{row.get('charset') or ''}".encode()).hexdigest()
    return layout.cache / "parsed" / PARSER_VERSION / ident[:2] / f"{ident}.json"


def _parse_capture(job: tuple[str, str, str | None]) -> dict:
    """Parse one capture file (a top-level function so a process pool can run it)."""
    path, url, charset = job
    return parse_article(Path(path).read_bytes(), url, charset=charset).as_dict()


PARALLEL_PARSE_MIN = 200  # below this, starting worker processes costs more than it saves


def _parsed_all(layout: DataLayout, store: RawStore, rows: list[dict]) -> list[ParsedArticle]:
    """Parse captures through the cache; many uncached pages are parsed in worker processes."""
    results: list[ParsedArticle | None] = [None] * len(rows)
    todo: list[int] = []
    for i, row in enumerate(rows):
        cache = _cache_path(layout, row)
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
    workers = min(4, os.cpu_count() or 1)
    if len(jobs) >= PARALLEL_PARSE_MIN and workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # forkserver: no fork of this (threaded, maybe Jupyter) process; the parser is imported once
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["helpers.collect.parse", "trafilatura", "newspaper.extractors"])
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            parsed = list(pool.map(_parse_capture, jobs, chunksize=16))
    else:
        parsed = [_parse_capture(job) for job in jobs]
    for i, as_dict in zip(todo, parsed, strict=True):
        atomic_write_bytes(
            _cache_path(layout, rows[i]), json.dumps(as_dict, ensure_ascii=False).encode("utf-8")
        )
        results[i] = ParsedArticle(**as_dict)
    return [r for r in results if r is not None]


def _parsed(layout: DataLayout, store: RawStore, row: dict) -> ParsedArticle:
    return _parsed_all(layout, store, [row])[0]


def _doc_row(parsed: ParsedArticle, url: str, row: dict, kind: str, prefix: str) -> dict:
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


def _web_documents(layout: DataLayout, store: RawStore, summary: dict) -> pd.DataFrame:
    """Every article ever captured (latest capture per URL), parsed: the documents table is cumulative."""
    rows = [r for r in store.captured().values() if r.get("role") == "article"]
    rows.sort(key=lambda r: r.get("fetched_at") or "")
    out = []
    for row, parsed in zip(rows, _parsed_all(layout, store, rows), strict=True):
        out.append(_doc_row(parsed, row.get("final_url") or row["requested_url"], row, "web", "web"))
    summary["parsed"] += len(out)
    return pd.DataFrame(out, columns=[*DOCUMENT_COLUMNS, TEXT_NOTE])


def _html_documents(
    layout: DataLayout, store: RawStore, folders: list[Path], summary: dict, failures: list[dict]
) -> pd.DataFrame:
    """Saved pages are captured into raw/ like fetched ones (so provenance and dedup work the same)."""
    known = {(r["requested_url"], r["sha256"]) for r in store.captured().values()}
    out = []
    for folder in folders:
        for path in html_files(folder):
            try:
                body = path.read_bytes()
            except OSError as err:
                failures.append(
                    {
                        "url": path.as_uri(),
                        "reason": f"unreadable file ({err})",
                        "status": None,
                        "role": "file",
                        "source": str(folder),
                        "attempts": 1,
                        "fetched_at": now_utc(),
                    }
                )
                continue
            text, charset = decode_html(body)
            page_url = saved_page_url(text) or path.resolve().as_uri()
            digest, rel = store.store_body(page_url if page_url.startswith("http") else "file://local", body)
            requested = path.resolve().as_uri()
            row = CaptureRow(
                requested_url=requested,
                final_url=page_url,
                status="",
                content_type="text/html",
                charset=charset,
                fetched_at=now_utc(),
                sha256=digest,
                bytes=len(body),
                path=rel,
                role="file",
                source=str(folder),
            )
            if (requested, digest) not in known:
                store.append(row)
            summary["html_files"] += 1
            rowd = {k: getattr(row, k) for k in ("requested_url", "fetched_at", "path", "charset")}
            parsed = _parsed(layout, store, {**rowd, "sha256": digest, "final_url": page_url})
            out.append(_doc_row(parsed, page_url, rowd, "html", "html"))
    summary["parsed"] += len(out)
    return pd.DataFrame(out, columns=[*DOCUMENT_COLUMNS, TEXT_NOTE])


def _warc_documents(
    layout: DataLayout,
    paths: list[str],
    topic: str,
    engine: str,
    scheduler: str | None,
    summary: dict,
    failures: list[dict],
) -> pd.DataFrame:
    try:
        from helpers.warc import read_warc_documents
    except ModuleNotFoundError as err:
        raise InputError("WARC input needs helpers.warc, which is not available in this checkout") from err
    result = read_warc_documents(paths, topic=topic, engine=engine, scheduler=scheduler, data_dir=layout.root)
    docs = result.documents.copy()
    for rec in result.failures.to_dict("records"):
        failures.append(
            {
                "url": f"{rec.get('file')}#{rec.get('offset')}",
                "reason": rec.get("reason"),
                "status": None,
                "role": "warc",
                "source": rec.get("file"),
                "attempts": 1,
                "fetched_at": now_utc(),
            }
        )
    docs["source_kind"] = docs.get("source_kind", "warc")
    summary["warc_documents"] = len(docs)
    summary["warc_counts"] = dict(getattr(result, "counts", {}) or {})
    for col in DOCUMENT_COLUMNS:
        if col not in docs.columns:
            docs[col] = None
    return docs


# ---------------------------------------------------------------- finishing


def _preferred_first(docs: pd.DataFrame) -> pd.DataFrame:
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


def _finish(
    layout: DataLayout,
    docs: pd.DataFrame,
    dropped: pd.DataFrame,
    summary: dict,
    failures: list[dict],
    *,
    dedup: bool,
    topic_obj: Any,
    curated: pd.DataFrame | None = None,
) -> CollectResult:
    from helpers.collect.dedup import deduplicate
    from helpers.collect.filter import topic_filter

    dropped_parts = [dropped] if len(dropped) else []
    clock = time.perf_counter()
    if dedup and len(docs):
        docs = _preferred_first(docs)
        docs, dups = deduplicate(docs)
        summary["duplicates"] = len(dups)
        if len(dups):
            dropped_parts.append(dups)
    if topic_obj is not None and len(docs):
        docs, off = topic_filter(docs, topic_obj)
        if len(off):
            dropped_parts.append(off)
    summary["seconds_dedup_filter"] = round(time.perf_counter() - clock, 2)
    docs = docs.drop(columns=[TEXT_NOTE], errors="ignore")
    if curated is not None and len(curated):
        docs = pd.concat([d for d in (docs, curated) if len(d)], ignore_index=True)
    for col in DOCUMENT_COLUMNS:
        if col not in docs.columns:
            docs[col] = None
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

    ordered = [c for c in DOCUMENT_COLUMNS if c in valid.columns] + [
        c for c in valid.columns if c not in DOCUMENT_COLUMNS
    ]
    valid = valid[ordered].reset_index(drop=True)
    write_table(valid, layout.processed, "documents")
    keep_cols = [
        c
        for c in (
            "doc_id",
            "url",
            "outlet",
            "published",
            "title",
            "source_kind",
            "raw_path",
            "reason",
            "duplicate_of",
        )
        if c in dropped_all.columns
    ]
    write_table(dropped_all[keep_cols], layout.processed, "collect_dropped")
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
