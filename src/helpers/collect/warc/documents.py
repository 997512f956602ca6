"""One WARC file -> documents rows, counted drop reasons and failure rows.

This is the unit of work an engine runs: a pure function of (file, topic) whose result
does not depend on where it runs, so local and Dask runs give identical tables.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

import helpers.collect.parse as page_parser  # a module, so a test can count the pages it parses
from helpers.collect.dedup import text_sha256
from helpers.collect.filter import TopicRelevance
from helpers.collect.urls import outlet_from_url, url_key
from helpers.collect.warc.prefilter import BytePrefilter
from helpers.collect.warc.records import RawRecord, RecordFailure, iter_records
from helpers.schemas import WARC_DOCUMENT_COLUMNS, WARC_FAILURE_COLUMNS
from helpers.topics import DEFAULT_TOPIC, Topic, load_topic

HTML_TYPES = ("text/html", "application/xhtml+xml")

# Every record ends in exactly one of these buckets (their sum is counts["records"]).
OUTCOMES = (
    "kept",
    "dropped_not_response",  # warcinfo, request, metadata, revisit ... records
    "dropped_not_http",  # a response without HTTP headers (dns:, ftp ...)
    "dropped_http_status",  # anything but HTTP 200
    "dropped_not_html",  # PDFs, images, JSON, feeds ...
    "dropped_prefilter",  # raw bytes lack a topic keyword group
    "dropped_no_text",  # parser found no article text
    "dropped_off_topic",  # parsed title + text fail the collector's TopicRelevance
    "failed",  # truncated / corrupt record (a row in `failures`)
)

FAILURE_COLUMNS = WARC_FAILURE_COLUMNS  # declared once, in helpers.schemas


@dataclass
class FileResult:
    """What processing one WARC file produced: its document rows, failure rows and outcome counts."""

    file: str
    documents: pd.DataFrame
    failures: pd.DataFrame
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def file_sha256(path: Path) -> str:
    """Checksum of a whole file, read in 1 MiB blocks (WARC files run to gigabytes)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _declared_charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _iso_date(warc_date: str | None) -> str | None:
    return warc_date[:10] if warc_date and len(warc_date) >= 10 else None


def _wanted(meta: RawRecord) -> bool:
    """Read the payload only of HTTP 200 responses that are (or may be) HTML."""
    if meta.rec_type != "response" or meta.http_status != "200":
        return False
    mime = _mime(meta.content_type)
    return mime in HTML_TYPES or mime == ""


def _outcome_before_parse(meta: RawRecord, prefilter: BytePrefilter) -> str | None:
    if meta.rec_type != "response":
        return "dropped_not_response"
    if meta.http_status is None:
        return "dropped_not_http"
    if meta.http_status != "200":
        return "dropped_http_status"
    mime = _mime(meta.content_type)
    if mime not in HTML_TYPES and not (mime == "" and meta.body is not None and _looks_like_html(meta.body)):
        return "dropped_not_html"
    if not meta.body or not prefilter(meta.body, _declared_charset(meta.content_type)):
        return "dropped_prefilter"
    return None


def document_row(meta: RawRecord, path: Path, relevance: TopicRelevance) -> tuple[dict | None, str]:
    """Parse one kept page with the collector's parser; (row, outcome). `relevance` is built once
    per file (it compiles the topic's keyword patterns)."""
    assert meta.body is not None
    declared = _declared_charset(meta.content_type)
    html, charset = page_parser.decode_html(meta.body, declared)
    charset_note = None
    if declared and charset != page_parser.norm_charset(declared):
        charset_note = f"declared charset {declared!r} unusable; decoded as {charset}"
    parsed = page_parser.parse_article(html, meta.target_uri)
    if not parsed.text.strip():
        return None, "dropped_no_text"
    relevant, _why = relevance(f"{parsed.title or ''}\n{parsed.text}")
    if not relevant:
        return None, "dropped_off_topic"
    url = meta.target_uri
    published, date_source = parsed.published, parsed.date_source
    if not published:  # news crawls fetch pages within hours of publication
        published, date_source = _iso_date(meta.warc_date), "warc-date"
    outlet = outlet_from_url(url)
    source = {
        "url": url,
        "outlet": outlet,
        "published": published,
        "warc_file": path.name,
        "warc_offset": meta.offset,
        "warc_record_id": meta.record_id,
    }
    row = {
        "doc_id": f"warc-{url_key(url or meta.record_id or str(meta.offset))}",
        "url": url,
        "outlet": outlet,
        "published": published,
        "title": parsed.title,
        "text": parsed.text,
        "sha256": text_sha256(parsed.text),
        "source_kind": "warc",
        "raw_path": str(path),
        "fetched_at": meta.warc_date,
        "authors": json.dumps(parsed.authors, ensure_ascii=False),
        "language": parsed.language,
        "date_source": date_source,
        "charset": charset,
        "charset_note": charset_note,
        "sources": json.dumps([source], ensure_ascii=False),
        "n_sources": 1,
        "warc_file": path.name,
        "warc_record_id": meta.record_id,
        "warc_offset": int(meta.offset),
        "warc_target_uri": meta.target_uri,
        "warc_date": meta.warc_date,
    }
    return row, "kept"


def process_warc_file(
    path: str | Path, topic: str | Topic = DEFAULT_TOPIC, *, parse: bool = True
) -> FileResult:
    """Stream one file: filter every record, parse the kept pages, count and record the rest.

    `parse=False` stops after the byte pre-filter (used by the benchmark to time it alone).
    A file that cannot be opened at all is one failure row, not an exception.
    """
    path = Path(path)
    topic = load_topic(topic) if isinstance(topic, str) else topic
    prefilter = BytePrefilter.from_topic(topic)
    relevance = TopicRelevance(topic)
    counts: Counter[str] = Counter({k: 0 for k in OUTCOMES})
    rows: list[dict] = []
    failures: list[dict] = []
    started = time.perf_counter()
    records = 0

    def fail(offset: int | None, reason: str, record: RawRecord | RecordFailure | None = None) -> None:
        counts["failed"] += 1
        failures.append(
            {
                "file": path.name,
                "offset": offset,
                "reason": reason,
                "warc_record_id": record.record_id if record else None,
                "warc_target_uri": record.target_uri if record else None,
            }
        )

    try:
        for item in iter_records(path, _wanted):
            records += 1
            if isinstance(item, RecordFailure):
                fail(item.offset, item.reason, item)
                continue
            outcome = _outcome_before_parse(item, prefilter)
            if outcome is None and item.digest_matches() is False:
                fail(item.offset, "payload does not match its WARC-Payload-Digest (damaged record)", item)
                continue
            if outcome is None and not parse:
                outcome = "kept"
            elif outcome is None:
                try:
                    row, outcome = document_row(item, path, relevance)
                except Exception as err:  # one bad page must not end the file; it is recorded
                    fail(item.offset, f"parse error ({type(err).__name__}: {err})", item)
                    continue
                if row is not None:
                    rows.append(row)
            counts[outcome] += 1
            item.body = item.raw_payload = None
    except OSError as err:
        records += 1
        fail(None, f"cannot read file ({err})")
    counts["records"] = records
    documents = pd.DataFrame(rows, columns=WARC_DOCUMENT_COLUMNS)
    documents["warc_offset"] = documents["warc_offset"].astype("int64")
    documents["n_sources"] = documents["n_sources"].astype("int64")
    fails = pd.DataFrame(failures, columns=FAILURE_COLUMNS)
    fails["offset"] = fails["offset"].astype("Int64")
    return FileResult(path.name, documents, fails, dict(counts), time.perf_counter() - started)
