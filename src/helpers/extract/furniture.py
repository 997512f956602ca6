"""Page furniture a scraper leaves in an article's text, blanked before sentences are read.

Why: real copy scraped from news sites keeps lists of links to other stories ("Read also",
"RELATED: Minister says ...") and the reader comments under the article. Those headlines name
people with speech verbs ("- Tusk says Poland will not send troops"), so each one would become a
statement the article never reports. The collector strips them from HTML it fetches
(`collect/body_text.py`), but documents also arrive as text (imports, feeds, other scrapers).

The furniture is replaced by spaces, line breaks kept, so the text keeps its length and every
offset (sentence provenance, quote spans) stays valid. The labels are data
(`page_furniture_labels.tsv`, `page_comment_labels.txt`).
"""

from __future__ import annotations

import re
from functools import cache

from helpers.extract import lexicon

# a list item: a bullet, a dash or a number before the headline
_ITEM = re.compile(r"\s*(?:[-–—•·*▪►]|\d{1,2}[.)])\s+\S")
# a line that ends a sentence of prose: headlines in link lists do not end with a full stop
_PROSE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
_MAX_HEADLINE_WORDS = 25
_MAX_LIST_LINES = 15
_COUNT = r"(?:\s*[(\[]?\s*\d{1,6}\s*[)\]]?)?"


@cache
def _labels() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(label alone on its line, label opening a one-link line, comments label alone)."""
    table = lexicon.table("page_furniture_labels.tsv")

    def alt(keys: list[str]) -> str:
        return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(keys, key=len, reverse=True))

    alone = re.compile(rf"\s*(?:{alt(list(table))}){_COUNT}\s*:?\s*$", re.I)
    inline_keys = [k for k, where in table.items() if where == "any"]
    inline = re.compile(rf"\s*(?:[-–—•*]\s*)?(?:{alt(inline_keys)})\s*(?::|\||[-–—](?=\s))\s*\S", re.I)
    comments = re.compile(
        rf"\s*(?:{alt(sorted(lexicon.words('page_comment_labels.txt')))}){_COUNT}\s*:?\s*$", re.I
    )
    return alone, inline, comments


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _headline(line: str) -> bool:
    """A link in a list: a bulleted line, or a short line that does not end like prose."""
    if _ITEM.match(line):
        return True
    words = line.split()
    return 0 < len(words) <= _MAX_HEADLINE_WORDS and not _PROSE_END.search(line)


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of page furniture: a label line and the links listed under it, a one-link
    line ("Read more: ..."), and the reader comments from their label to the end (only in the
    second half of the text, where comments are: a "Comments" line near the headline is a
    counter, not the comments)."""
    if "\n" not in text:
        return []
    alone, inline, comments = _labels()
    lines = _lines(text)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        line = text[a:b]
        if comments.match(line) and a >= len(text) / 2:
            spans.append((a, len(text)))
            break
        if alone.match(line):
            end, j, listed = b, i + 1, 0
            while j < len(lines) and listed < _MAX_LIST_LINES:
                ja, jb = lines[j]
                nxt = text[ja:jb]
                if not nxt.strip():
                    j += 1
                    continue
                if comments.match(nxt) or not _headline(nxt):
                    break
                end, listed, j = jb, listed + 1, j + 1
            spans.append((a, end))
            i = j
            continue
        if inline.match(line):
            spans.append((a, b))
        i += 1
    return spans


def blank_furniture(text: str) -> str:
    """`text` with its page furniture replaced by spaces (line breaks kept, same length)."""
    spans = furniture_spans(text)
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for k in range(a, b):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)
