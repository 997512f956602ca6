"""The web as a source: URL lists, RSS/Atom feeds and section pages, fetched politely into raw/.

Feeds and section pages are read on every run (they change) and their links become leads;
article URLs already captured are not fetched again (unless `refresh`). Every response is
kept in raw/ with a manifest row; every failure becomes a failure row and is retried next run.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tqdm.auto import tqdm

from helpers.collect.captures import CaptureRow, RawStore
from helpers.collect.discover import Lead, parse_feed, read_url_list, section_links
from helpers.collect.failures import failure_row
from helpers.collect.fetch import FEED_TYPES, HTML_TYPES, Fetcher, FetchResult
from helpers.collect.schedule import CrawlStats, crawl
from helpers.collect.urls import normalize_url
from helpers.tables import InputError

log = logging.getLogger(__name__)


def as_leads(urls: str | Path | Iterable[str] | None) -> list[Lead]:
    """URLs given inline (one string, commas or spaces between) or URL-list files, as leads."""
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


def record_capture(
    store: RawStore,
    res: FetchResult,
    role: str,
    source: str,
    failures: list[dict[str, Any]],
    lead: Lead | None = None,
) -> CaptureRow:
    """Keep one response: its body in raw/, a manifest row, and a failure row when it failed."""
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
            failure_row(
                res.requested_url,
                res.error,
                status=res.status,
                role=role,
                source=source,
                attempts=res.attempts,
                fetched_at=res.fetched_at,
            )
        )
    store.append(row)
    return row


def discover_leads(
    fetcher: Fetcher,
    store: RawStore,
    feeds: list[str],
    sections: list[str],
    summary: dict[str, Any],
    failures: list[dict[str, Any]],
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
            row = record_capture(store, res, role, page, failures)
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


def fetch_articles(
    fetcher: Fetcher,
    store: RawStore,
    leads: list[Lead],
    summary: dict[str, Any],
    failures: list[dict[str, Any]],
    refresh: bool,
    progress: bool | None,
) -> CrawlStats | None:
    """Fetch every lead not captured yet (or all with `refresh`) through the polite scheduler."""
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
        record_capture(store, res, "article", lead.source, failures, lead)
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
