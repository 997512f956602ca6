"""A cheap topic test on raw page bytes, run before any HTML parsing.

Parsing a page costs tens of milliseconds; scanning its bytes for the topic's keywords costs a
fraction of one. In a news archive ~98% of pages are off topic, so this test decides the speed
of a WARC run. It is a *superset* of `Topic.relevance`: every keyword group must occur
somewhere in the bytes (markup included, no word boundaries), so a page the parsed-text test
would keep is never dropped here, except in the cases listed in `docs/scale.md` (keywords
written with HTML entities, pages in UTF-16, non-ASCII keywords in unusual letter case).
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers.topics import Topic, load_topic


def _needles(term: str) -> tuple[bytes, ...]:
    """Byte forms of one term to look for in a page whose ASCII letters were lower-cased.

    `bytes.lower()` only folds ASCII, so a non-ASCII term also gets its capitalised and
    upper-case UTF-8 forms (and Latin-1 ones when it has them) to catch common spellings.
    """
    if term.isascii():
        return (term.lower().encode("ascii"),)
    forms: list[bytes] = []
    for variant in {term, term.lower(), term.capitalize(), term.upper()}:
        for encoding in ("utf-8", "cp1252"):
            try:
                forms.append(variant.encode(encoding).lower())
            except UnicodeEncodeError:
                continue
    return tuple(sorted(set(forms)))


def _fewest_needles(needles: set[bytes], min_prefix: int = 6) -> tuple[bytes, ...]:
    """Fewer scans, never fewer matches: a needle containing another is dropped, and needles
    sharing a prefix of `min_prefix`+ bytes are replaced by it ("ukraine", "ukrainian" -> "ukrain").
    """
    merged: set[bytes] = set()
    for needle in sorted(needles):
        for kept in list(merged):
            common = len(_common_prefix(kept, needle))
            if common >= min_prefix:
                merged.discard(kept)
                merged.add(needle[:common])
                break
        else:
            merged.add(needle)
    return tuple(sorted((n for n in merged if not any(o != n and o in n for o in merged)), key=len))


def _common_prefix(a: bytes, b: bytes) -> bytes:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


@dataclass(frozen=True)
class BytePrefilter:
    """Keyword groups as byte needles; a page passes when every group has one needle in it."""

    groups: tuple[tuple[str, tuple[bytes, ...]], ...]

    @classmethod
    def from_topic(cls, topic: Topic | str) -> BytePrefilter:
        topic = load_topic(topic) if isinstance(topic, str) else topic
        groups = []
        for name, terms in topic.keywords.items():
            needles = _fewest_needles({n for t in terms for n in _needles(t)})
            groups.append((name, needles))
        # the group with the fewest needles first: fewer scans before an off-topic page fails
        groups.sort(key=lambda g: len(g[1]))
        return cls(tuple(groups))

    def missing_group(self, body: bytes) -> str | None:
        """Name of the first keyword group with no match in `body`, or None when all match."""
        low = body.lower()  # one C-speed pass; `in` on bytes is a fast substring search
        for name, needles in self.groups:
            if not any(n in low for n in needles):
                return name
        return None

    def __call__(self, body: bytes) -> bool:
        return self.missing_group(body) is None
