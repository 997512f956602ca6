"""Literal strings that every match of a regular expression must contain.

The byte pre-filter may only reject a page when the topic filter certainly would. For a plain
keyword that is easy (the keyword itself); for a topic's regular expressions (the implied-place
patterns, e.g. `\\bsea[- ]?port\\w*`) this module reads the compiled pattern's syntax tree
and returns a set of literals with the guarantee: *any* string the pattern matches contains at
least one of them. Literals are split at whitespace (a space in the pattern may be a newline,
`&nbsp;` or a tag in the page's bytes), so each literal is one unbroken run of characters.
When no such set exists (e.g. `\\w+`), the answer is None and the caller must not filter on it.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python >= 3.11
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef,unused-ignore]
    import sre_parse  # type: ignore[no-redef,unused-ignore]

__all__ = ["required_literals", "term_literal"]

_LITERAL = sre_constants.LITERAL
_SUBPATTERN = sre_constants.SUBPATTERN
_BRANCH = sre_constants.BRANCH
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)
_IN = sre_constants.IN
_POSSESSIVE = getattr(sre_constants, "POSSESSIVE_REPEAT", None)
_ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)

Literals = frozenset[str]


def _quality(lits: Literals) -> tuple[int, int]:
    """Prefer the set whose shortest literal is longest (fewer chance hits), then the smaller set."""
    return (min(len(x) for x in lits), -len(lits))


def _best(options: list[Literals]) -> Literals | None:
    return max(options, key=_quality) if options else None


def _chunks(run: str) -> Literals | None:
    """A literal run split at whitespace: its longest piece is present in every match."""
    pieces = [p for p in run.split() if p]
    return frozenset([max(pieces, key=len)]) if pieces else None


def _single_chars(av: list) -> Literals | None:
    """A character class made only of literal characters, e.g. [-‐]: one of them is present."""
    chars = []
    for op, value in av:
        if op != _LITERAL:
            return None
        chars.append(chr(value))
    chars = [c for c in chars if not c.isspace()]
    return frozenset(chars) if chars and len(chars) == len(av) else None


def _sequence(items: list) -> Literals | None:
    options: list[Literals] = []
    run = ""

    def close_run() -> None:
        nonlocal run
        if run:
            found = _chunks(run)
            if found:
                options.append(found)
            run = ""

    for op, av in items:
        if op == _LITERAL:
            run += chr(av)
            continue
        close_run()
        found = _node(op, av)
        if found:
            options.append(found)
    close_run()
    return _best(options)


def _node(op: object, av: Any) -> Literals | None:
    # `av` is the argument of a node of re's private syntax tree: its shape depends on `op`
    if op == _LITERAL:
        return _chunks(chr(av))
    if op == _SUBPATTERN:
        return _sequence(list(av[-1]))
    if _ATOMIC is not None and op == _ATOMIC:
        return _sequence(list(av))
    if op == _BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if not found:
                return None  # one alternative without a required literal: nothing is required
            union |= found
        return frozenset(union)
    if op in _REPEATS or (_POSSESSIVE is not None and op == _POSSESSIVE):
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op == _IN:
        return _single_chars(list(av))
    return None  # any, categories, anchors, look-arounds, back-references: nothing required


def required_literals(pattern: str) -> frozenset[str] | None:
    """Lower-cased literals, one of which every case-insensitive match of `pattern` contains; or None."""
    tree = sre_parse.parse(pattern, re.IGNORECASE)
    found = _sequence(list(tree))
    return frozenset(x.lower() for x in found) if found else None


def term_literal(term: str) -> str:
    """A keyword term (matched as `\\bterm`, case-insensitive): its longest whitespace-free piece."""
    return max(term.split(), key=len).lower()
