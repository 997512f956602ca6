"""Collection: every document source (plain-text feeds and the bundled corpus, URL lists, RSS/Atom
feeds, section pages, saved HTML folders, WARC archives) to one documents table.

Start at `run.collect_documents`; each source has its module (`text_feeds`, `web`, `html_folders`,
`warc/`), pages are parsed in `parse` (through the cache in `pages`) and `finish` deduplicates,
topic-filters and writes the tables.
"""

from helpers.collect.dedup import text_sha256
from helpers.collect.fetch import DEFAULT_USER_AGENT, FetchOptions
from helpers.collect.finish import CollectResult
from helpers.collect.parse import parse_article
from helpers.collect.run import collect_documents
from helpers.collect.summary import format_summary
from helpers.collect.text_feeds import ingest_feed, read_manifest
from helpers.collect.warc import (
    BytePrefilter,
    FileMapper,
    FileResult,
    WarcResult,
    dedupe_documents,
    expand_paths,
    map_in_process,
    process_warc_file,
    read_warc_documents,
    warc_dirs,
    warc_file_task,
)

__all__ = [  # one name per re-export above, kept compact so the face stays short
    "DEFAULT_USER_AGENT", "BytePrefilter", "CollectResult", "FetchOptions", "FileMapper", "FileResult",
    "WarcResult", "collect_documents", "dedupe_documents", "expand_paths", "format_summary", "ingest_feed",
    "map_in_process", "parse_article", "process_warc_file", "read_manifest", "read_warc_documents",
    "text_sha256", "warc_dirs", "warc_file_task",
]  # fmt: skip
