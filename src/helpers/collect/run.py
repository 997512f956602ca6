"""One collection run: from web pages, feeds, saved HTML, WARC or plain-text feeds to one documents table.

`collect_documents` is what `stance-tracker collect` and notebook 01_collect call. Web runs are
incremental: every response is kept in `raw/` (see `captures`), a URL already captured is not
fetched again (unless `refresh`), failures are recorded and retried next run, and the documents
table is re-derived from all captures so far, so it only grows while a scheduled run repeats.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.collect.captures import RawStore
from helpers.collect.discover import html_files
from helpers.collect.fetch import Fetcher, FetchOptions
from helpers.collect.finish import CollectResult, finish
from helpers.collect.html_folders import html_documents
from helpers.collect.pages import web_documents
from helpers.collect.schedule import CrawlStats
from helpers.collect.summary import new_summary
from helpers.collect.text_feeds import seed_documents, text_feed_documents
from helpers.collect.warc.read import FileMapper
from helpers.collect.warc.source import warc_documents
from helpers.collect.web import as_leads, discover_leads, fetch_articles
from helpers.paths import DataLayout
from helpers.schemas import COLLECTED_DOCUMENT_COLUMNS
from helpers.tables import InputError
from helpers.topics import DEFAULT_TOPIC, load_topic


def fetch_options(options: dict[str, Any]) -> FetchOptions:
    """`FetchOptions` from keyword arguments; an unknown name is an input error listing the known ones."""
    known = {f.name for f in fields(FetchOptions)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise InputError(f"unknown fetch option(s) {unknown}; known: {sorted(known)}")
    return FetchOptions(**options)


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
    map_files: FileMapper | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    topic: str = DEFAULT_TOPIC,
    refresh: bool = False,
    progress: bool | None = None,
    **fetch_kwargs: Any,
) -> CollectResult:
    """Collect, parse, deduplicate and topic-filter; write processed/documents.parquet + .csv.

    With no web, HTML, WARC or text-feed source, the bundled corpus (raw/seed) is ingested instead.
    `text_feeds` are (plain-text feed, manifest) pairs like the bundled corpus: copied once into
    raw/feeds/ and ingested line by line; they are curated, so neither URL-deduplicated nor topic-filtered.
    `map_files` runs the WARC files (see `helpers.collect.warc.FileMapper`; None: in this process) and
    `engine` names what it runs on. Collection starts no cluster: a `scheduler` address or another
    engine without `map_files` is refused (the pipeline builds the mapper from them).
    `fetch_kwargs` are `FetchOptions` fields (delay, workers, retries, timeouts, max_bytes ...).
    """
    if map_files is None and (engine != "local" or scheduler):
        raise InputError(
            f"engine {engine!r}{f' at {scheduler}' if scheduler else ''}: collection runs WARC files in this "
            "process unless given a file mapper (map_files), which the pipeline builds for Dask"
        )
    layout = DataLayout.at(data_dir)
    topic_obj = load_topic(topic, data_dir)  # the data dir's own topics/ first, as extraction does
    options = fetch_options(fetch_kwargs)
    feed_urls, section_urls = [str(f) for f in feeds], [str(s) for s in sections]
    html_paths, warc_paths = [Path(h) for h in html_dirs], [str(w) for w in warc]
    leads = as_leads(urls)
    if urls and not leads:
        raise InputError(
            f"{urls if isinstance(urls, str | Path) else ', '.join(map(str, urls))}: no URLs in it"
        )
    for folder in html_paths:
        if not html_files(folder):
            raise InputError(f"{folder}: no .html/.htm/.xhtml files in it")
    summary = new_summary()
    failures: list[dict[str, Any]] = []
    parts: list[pd.DataFrame] = []
    has_sources = bool(leads or feed_urls or section_urls or html_paths or warc_paths)

    curated = text_feed_documents(layout, list(text_feeds))
    if curated is not None:
        summary["text_feed_documents"] = len(curated)
        if not has_sources:
            return finish(layout, curated, summary, failures, dedup=False, topic=None)
    if not has_sources:
        if not seed:
            raise InputError(
                "nothing to collect: give URLs, feeds, section pages, HTML folders or WARC files"
            )
        seed_docs = seed_documents(layout)
        summary["seed_documents"] = len(seed_docs)
        return finish(layout, seed_docs, summary, failures, dedup=False, topic=None)

    store = RawStore(layout.raw)
    crawl_stats: CrawlStats | None = None
    clock = time.perf_counter()
    with store.exclusive():
        if leads or feed_urls or section_urls:
            fetcher = Fetcher(options)
            try:
                leads += discover_leads(fetcher, store, feed_urls, section_urls, summary, failures)
                crawl_stats = fetch_articles(fetcher, store, leads, summary, failures, refresh, progress)
            finally:
                fetcher.close()
            summary["seconds_fetch"] = round(time.perf_counter() - clock, 2)
            clock = time.perf_counter()
            parts.append(web_documents(layout, store, summary))
        if html_paths:
            parts.append(html_documents(layout, store, html_paths, summary, failures))
    summary["seconds_parse"] = round(time.perf_counter() - clock, 2)
    if warc_paths:
        parts.append(
            warc_documents(
                layout, list(warc_paths), topic_obj, summary, failures, map_files=map_files, engine=engine
            )
        )
    non_empty = [p for p in parts if len(p)]
    docs = (
        pd.concat(non_empty, ignore_index=True)
        if non_empty
        else pd.DataFrame(columns=COLLECTED_DOCUMENT_COLUMNS)
    )
    result = finish(layout, docs, summary, failures, dedup=True, topic=topic_obj, curated=curated)
    result.crawl = crawl_stats
    return result
