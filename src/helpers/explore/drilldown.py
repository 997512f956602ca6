"""Everything behind one statement: the sentence in its document, who said it, and every source.

`statement_detail` gathers it as plain data (tested); `detail_html` turns it into the panel
the dashboard shows, escaping all scraped text and linking only http(s) URLs.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

from helpers.tables import InputError

# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and a capital/quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Context:
    """The statement's sentence with up to `window` sentences either side, as found in the document."""

    before: str
    sentence: str
    after: str
    found: bool  # False: the sentence was not located in the document text (shown alone)


@dataclass(frozen=True)
class StatementDetail:
    statement_id: str
    fields: dict[str, Any]
    context: Context
    sources: list[dict[str, Any]] = field(default_factory=list)
    document_title: str | None = None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text` (a simple splitter: good enough to show context)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + len(match.group(0).rstrip())
        spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _locate(text: str, sentence: str) -> tuple[int, int] | None:
    """Where `sentence` sits in `text`: exact, then whitespace-insensitive, then fuzzy (>= 90)."""
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    pattern = r"\s+".join(re.escape(w) for w in sentence.split())
    match = re.search(pattern, text) if pattern else None
    if match:
        return match.span()
    if len(sentence) >= 20:
        found = fuzz.partial_ratio_alignment(sentence, text, score_cutoff=90)
        if found is not None:
            return found.dest_start, found.dest_end
    return None


def sentence_in_context(text: str | None, sentence: str, *, window: int = 1) -> Context:
    """The sentence(s) before and after `sentence` in the document `text`."""
    sentence = (sentence or "").strip()
    if not text or not sentence:
        return Context("", sentence, "", False)
    span = _locate(text, sentence)
    if span is None:
        return Context("", sentence, "", False)
    spans = split_sentences(text)
    first = next((i for i, (a, b) in enumerate(spans) if b > span[0]), 0)
    last = next((i for i, (a, b) in enumerate(spans) if b >= span[1]), len(spans) - 1)
    before = text[spans[max(0, first - window)][0] : span[0]] if spans else ""
    after_end = spans[min(len(spans) - 1, last + window)][1]
    return Context(
        before=" ".join(before.split()),
        sentence=" ".join(text[span[0] : span[1]].split()),
        after=" ".join(text[span[1] : after_end].split()),
        found=True,
    )


def parse_sources(row: pd.Series | dict[str, Any]) -> list[dict[str, Any]]:
    """Every place the statement was reported (the `sources` JSON), else the row's own url/outlet."""
    raw = row.get("sources")
    items: list[Any] = []
    if isinstance(raw, str) and raw.strip():
        try:
            items = json.loads(raw)
        except json.JSONDecodeError:
            items = []
    elif isinstance(raw, list):
        items = raw
    out = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
    if not out:
        out = [
            {
                "url": row.get("url"),
                "outlet": row.get("outlet"),
                "published": row.get("published"),
                "doc_id": row.get("doc_id"),
            }
        ]
    return [{k: (None if _missing(v) else v) for k, v in s.items()} for s in out]


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA


DETAIL_FIELDS = (
    "date",
    "speaker",
    "speaker_role",
    "country",
    "stance",
    "deployment",
    "stance_cue",
    "quote",
    "reported_by",
    "outlet",
    "published",
    "doc_id",
    "n_sources",
    "reviewed",
    "review_note",
)


def statement_detail(
    statements: pd.DataFrame, statement_id: str, documents: pd.DataFrame | None = None, *, window: int = 1
) -> StatementDetail:
    """One statement with its sentence in context (from `documents` when given) and its sources."""
    match = statements[statements["statement_id"] == statement_id]
    if match.empty:
        raise InputError(f"no statement with statement_id {statement_id!r} in the current table")
    row = match.iloc[0]
    fields = {f: (None if _missing(row.get(f)) else row.get(f)) for f in DETAIL_FIELDS if f in row.index}
    text, title = None, None
    if documents is not None and not documents.empty and row.get("doc_id") is not None:
        doc = documents[documents["doc_id"] == row["doc_id"]]
        if not doc.empty:
            text = doc.iloc[0].get("text")
            title = doc.iloc[0].get("title")
    return StatementDetail(
        statement_id=str(statement_id),
        fields=fields,
        context=sentence_in_context(text, str(row.get("sentence") or ""), window=window),
        sources=parse_sources(row),
        document_title=None if _missing(title) else str(title),
    )


def safe_url(url: object) -> str | None:
    """Only http(s) URLs become links: a `javascript:` URL in scraped data must not be clickable."""
    if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _e(value: object) -> str:
    return "" if _missing(value) or value == "" else html.escape(str(value))


def detail_html(detail: StatementDetail) -> str:
    """The drill-down panel: sentence in context (statement highlighted), the facts, the sources."""
    f = detail.fields
    ctx = detail.context
    sentence = f"<mark>{_e(ctx.sentence)}</mark>"
    context = f"{_e(ctx.before)} {sentence} {_e(ctx.after)}".strip()
    if not ctx.found:
        context += ' <span style="color:#777">(not located in the document text; shown alone)</span>'
    who = _e(f.get("speaker")) or "<i>unnamed</i>"
    if f.get("speaker_role"):
        who += f", {_e(f.get('speaker_role'))}"
    facts = [
        ("Said on", _e(f.get("date"))),
        ("Speaker", who),
        ("Country", _e(f.get("country"))),
        ("Stance", _e(f.get("stance"))),
        ("Deployment", _e(f.get("deployment"))),
        ("Stance cue", _e(f.get("stance_cue"))),
        ("Quote", _e(f.get("quote")) and f"“{_e(f.get('quote'))}”"),
        ("Reported by", _e(f.get("reported_by"))),
        (
            "Reviewed",
            "yes" + (f": {_e(f.get('review_note'))}" if f.get("review_note") else "")
            if f.get("reviewed") is True or f.get("reviewed") == 1
            else "",
        ),
    ]
    rows = "".join(
        f'<tr><th style="text-align:left;padding-right:1em;vertical-align:top">{k}</th><td>{v}</td></tr>'
        for k, v in facts
        if v
    )
    items = []
    for s in detail.sources:
        label = _e(s.get("outlet")) or "source"
        when = f" ({_e(s.get('published'))})" if s.get("published") else ""
        url = safe_url(s.get("url"))
        if url:
            href = html.escape(url, quote=True)
            link = f'<a href="{href}" target="_blank" rel="noopener noreferrer">{label}</a>'
            items.append(f"<li>{link}{when} <code>{_e(url)}</code></li>")
        else:
            where = f" doc {_e(s.get('doc_id'))}" if s.get("doc_id") else ""
            items.append(f"<li>{label}{when} <i>(no URL recorded{where})</i></li>")
    title = f"<div><b>{_e(detail.document_title)}</b></div>" if detail.document_title else ""
    return (
        f'<div class="statement-detail" data-statement-id="{html.escape(detail.statement_id, quote=True)}">'
        f"{title}<blockquote style='margin:0.4em 0;border-left:3px solid #999;padding-left:0.6em'>"
        f"{context}</blockquote><table>{rows}</table>"
        f"<div><b>Sources ({len(detail.sources)})</b><ul style='margin:0.2em 0'>{''.join(items)}</ul></div>"
        f"<div style='color:#777;font-size:90%'>statement_id {html.escape(detail.statement_id)}</div></div>"
    )
