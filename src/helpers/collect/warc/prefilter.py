"""A cheap topic test on raw page bytes, run before any HTML parsing, that never loses a page
the topic filter would keep.

Parsing a page costs tens of milliseconds; in a news archive ~98% of pages are off topic, so a
byte test decides the speed of a WARC run. Its contract: it passes every page whose parsed
title + text `helpers.collect.filter.TopicRelevance` (the collector's topic filter: every
keyword group of the topic, the place group also satisfied by the topic's implied-place
patterns) would keep. It is derived from that same configuration:

- each keyword group becomes needles: a keyword `t` (matched as `\\bt`, any case) needs its
  longest whitespace-free piece in the text; the place group also gets, for every implied-place
  pattern, the literals one of which every match contains (`needles.py`);
- **byte scan**: one Aho-Corasick pass over the page's ASCII-lower-cased bytes; every group found: pass;
- **exact look** (only for pages the byte scan would reject): the bytes decoded exactly as the
  parser decodes them (`decode_html`: HTTP charset, `<meta charset>`, UTF-8, detection; so a
  UTF-16 or cp1252 page is read as the parser reads it), JSON `\\uXXXX` escapes undone (JSON-LD),
  then two views: the text with every tag removed (words split by inline tags joined again) and
  the `<meta>` tags (og:title, og:description: the only attribute values the parser reads words
  from), both with HTML entities decoded and every character the regex engine's case-insensitive
  match equates with a needle letter (the Kelvin sign for `k`, `ſ` for `s` ...) folded to it.
  For ASCII needles every other non-ASCII character (and ASCII control) is then deleted: deleting
  can only join ASCII letters, never split them, so whatever the parser does with those characters
  (trafilatura deletes soft hyphens and zero-width spaces, NFC-composes, or they stay), a needle in
  its text is in the view. Non-ASCII needles get views with the invisible characters deleted, with
  and without NFC. A page passes when every group has a needle in the byte scan or a view.

Known limits: a `>` inside a quoted attribute value of a tag that splits a keyword, and a keyword
between `<x` and `>` inside a title or script text. The property test in `tests/test_warc.py`
(hypothesis) generates pages from the topic configuration and checks the contract.
"""

from __future__ import annotations

import html as html_lib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from helpers.collect.filter import PLACE_GROUP, TopicRelevance
from helpers.collect.parse import decode_html
from helpers.collect.warc.needles import required_literals, term_literal
from helpers.topics import Topic, load_topic


def _byte_forms(needle: str) -> tuple[bytes, ...]:
    """Byte forms of a needle for the fast path (pages whose ASCII letters were lower-cased)."""
    if needle.isascii():
        return (needle.encode("ascii"),)
    forms: set[bytes] = set()
    for variant in {needle, needle.capitalize(), needle.upper()}:
        for encoding in ("utf-8", "cp1252"):
            try:
                forms.add(variant.encode(encoding).lower())
            except UnicodeEncodeError:
                continue
    return tuple(sorted(forms))


def _fewest(needles: set[str], min_prefix: int = 6) -> tuple[str, ...]:
    """Fewer scans, never fewer matches: needles sharing a prefix of `min_prefix`+ characters are
    replaced by it ("germany", "germans" -> "german"), and a needle containing another is dropped."""
    merged: set[str] = set()
    for needle in sorted(needles):
        for kept in list(merged):
            common = len(os.path.commonprefix([kept, needle]))
            if common >= min_prefix:
                merged.discard(kept)
                merged.add(needle[:common])
                break
        else:
            merged.add(needle)
    return tuple(sorted((n for n in merged if not any(o != n and o in n for o in merged)), key=len))


def group_needles(topic: Topic) -> dict[str, tuple[str, ...]]:
    """Keyword group -> lower-case needles, one of which the topic filter's match always contains.

    A group that cannot be reduced to needles (an implied-place pattern with no required literal)
    maps to an empty tuple: it is never used to reject a page.
    """
    groups: dict[str, tuple[str, ...]] = {}
    implied = TopicRelevance.from_topic(topic).implied_place_patterns
    for name, terms in topic.keywords.items():
        needles = {term_literal(t) for t in terms if t.strip()}
        unreducible = False
        if name == PLACE_GROUP:
            for pattern in implied:
                found = required_literals(pattern)
                if found is None:
                    unreducible = True
                else:
                    needles |= found
        groups[name] = () if unreducible or not needles else _fewest(needles)
    return groups


@lru_cache(maxsize=1)
def _every_code_point() -> str:
    return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))


@lru_cache(maxsize=16)
def _fold_table(alphabet: str) -> dict[int, str]:
    """Every code point the regex engine's IGNORECASE equates with a character of `alphabet` -> it."""
    table: dict[int, str] = {}
    pattern = re.compile("[" + "".join(re.escape(c) for c in alphabet) + "]", re.IGNORECASE)
    for hit in set(pattern.findall(_every_code_point())):
        for char in alphabet:  # the needle character it stands for
            if re.fullmatch(re.escape(char), hit, re.IGNORECASE):
                table.setdefault(ord(hit), char)
                break
    return table


def _unprintable(text: str) -> dict[int, None]:
    """Characters of `text` trafilatura deletes (neither printable nor whitespace: soft hyphens,
    zero-width spaces, controls), as a deletion table; a word written `Fin&shy;land` is `Finland`
    in its output. Built from the distinct characters of the text: one C-speed pass."""
    return {ord(c): None for c in set(text) if not (c.isprintable() or c.isspace())}


# ASCII characters trafilatura deletes (controls that are not whitespace), and every non-ASCII byte.
_NOT_ASCII_TEXT = bytes(c for c in range(0x100) if c > 0x7F or not (chr(c).isprintable() or chr(c).isspace()))
# A tag or comment as the HTML tokenizer starts one ("<" then a letter, "/", "!" or "?"), up to the
# next ">". Removing it can only join the text around it; text is never removed, except what sits
# between "<x" and ">" inside a title or script (known limit, with a ">" in a quoted attribute value).
_TAG = re.compile(r"</?[A-Za-z!?][^>]*>")
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


@lru_cache(maxsize=64)
def _ascii_compatible(codec: str) -> bool:
    """True when ASCII text is the same bytes in `codec` (then a byte search for ASCII is exact)."""
    sample = "".join(map(chr, range(0x80)))
    try:
        return sample.encode(codec) == sample.encode("ascii")
    except (LookupError, UnicodeError):
        return False


def _json_unescape(text: str) -> str:
    if "\\u" not in text:
        return text
    decoded = _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    # surrogate pairs written as two escapes become one character, as json.loads makes them
    return decoded.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)


def _markup_views(text: str) -> tuple[str, str]:
    """The two places the parser reads words from, entities decoded: the text with every tag
    removed (element text, <title>, script contents such as JSON-LD; words split by inline tags
    joined again) and the `<meta>` tags (og:title, og:description, description content)."""
    return html_lib.unescape(_TAG.sub("", text)), html_lib.unescape("\n".join(_META.findall(text)))


@dataclass(frozen=True)
class BytePrefilter:
    """Keyword groups as needles; a page passes when every group has one in it (see module doc)."""

    groups: tuple[tuple[str, tuple[str, ...]], ...]
    _fold: dict[int, str] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_topic(cls, topic: Topic | str) -> BytePrefilter:
        topic = load_topic(topic) if isinstance(topic, str) else topic
        needles = group_needles(topic)
        # the group with the fewest needles first: fewer scans before an off-topic page fails
        groups = sorted(((g, n) for g, n in needles.items() if n), key=lambda g: len(g[1]))
        fold = _fold_table("".join(sorted({c for _, ns in groups for n in ns for c in n})))
        return cls(tuple(groups), fold)

    @cached_property
    def _byte_groups(self) -> tuple[tuple[str, tuple[bytes, ...]], ...]:
        return tuple(
            (name, tuple(b for n in needles for b in _byte_forms(n))) for name, needles in self.groups
        )

    @cached_property
    def _automaton(self) -> tuple[Any, tuple[int, ...]]:
        """One Aho-Corasick automaton over every group's byte needles, and each needle's group number:
        one pass over a page tells which groups have a needle in it."""
        import ahocorasick_rs  # a compiled extension only WARC runs need

        needles: list[bytes] = []
        group_of: list[int] = []
        for number, (_, byte_needles) in enumerate(self._byte_groups):
            for needle in byte_needles:
                needles.append(needle)
                group_of.append(number)
        return ahocorasick_rs.BytesAhoCorasick(needles), tuple(group_of)

    def _groups_in(self, data: bytes) -> set[int]:
        automaton, group_of = self._automaton
        found: set[int] = set()
        for needle, _start, _end in automaton.find_matches_as_indexes(data, overlapping=True):
            found.add(group_of[needle])
            if len(found) == len(self.groups):
                break
        return found

    def _views(self, body: bytes, charset: str | None) -> list[str]:
        text, _ = decode_html(body, charset)
        text = _json_unescape(text)
        views = []
        for view in _markup_views(text):
            view = view.translate(_unprintable(view))
            views.append(view.translate(self._fold))
            nfc = unicodedata.normalize("NFC", view)  # trafilatura's output is NFC
            if nfc != view:
                views.append(nfc.translate(self._fold))
        return views

    @cached_property
    def _ascii_needles(self) -> bool:
        return all(n.isascii() for _, needles in self.groups for n in needles)

    @cached_property
    def _non_ascii_fold(self) -> dict[int, str]:
        return {code: char for code, char in self._fold.items() if code > 0x7F}

    def _ascii_views(self, body: bytes, charset: str | None) -> list[bytes]:
        """The exact path for ASCII needles, in bytes: after decoding, unescaping and (one view)
        removing markup, characters equated with a needle character are folded to it and every
        other non-ASCII character, and ASCII controls, are deleted. Deleting a character can only
        join the characters around it, never split an ASCII needle: so whatever the parser does
        with non-ASCII characters (deletes invisible ones, NFC-composes, keeps them), a needle in
        its text is in this view. Cheaper than the general views: C-speed passes only."""
        text, used = decode_html(body, charset)
        if b"\\u" in body or not _ascii_compatible(used):  # JSON escapes (in UTF-16, EBCDIC ... look anyway)
            text = _json_unescape(text)
        views = []
        for view in _markup_views(text):
            if not view.isascii():
                view = view.translate(self._non_ascii_fold)
            # every byte of a non-ASCII character in UTF-8 is >= 0x80: deleting them deletes the characters
            views.append(view.encode("utf-8", "surrogatepass").translate(None, _NOT_ASCII_TEXT).lower())
        return views

    def missing_group(self, body: bytes, charset: str | None = None) -> str | None:
        """Name of the first keyword group with no needle in the page, or None when all have one.

        `charset` is the HTTP-declared one, if any (the parser decodes with it first). The exact
        views are built only when the byte scan misses a group, and only once per page."""
        missing = set(range(len(self.groups))) - self._groups_in(body.lower())
        if not missing:
            return None
        if self._ascii_needles:
            for view in self._ascii_views(body, charset):
                missing -= self._groups_in(view)
        else:
            views = self._views(body, charset)
            for number in list(missing):
                if any(n in view for view in views for n in self.groups[number][1]):
                    missing.discard(number)
        return self.groups[min(missing)][0] if missing else None

    def __call__(self, body: bytes, charset: str | None = None) -> bool:
        return self.missing_group(body, charset) is None
