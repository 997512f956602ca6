"""Is a sentence about the topic question? (the topic's subject, linked to its place)

Why sentence-level: a document about the topic's place also reports neighbouring subjects
(other decisions, the same words used about another place); only sentences that name the
subject and link it to the place become rows (issue 4, item 6; docs/codebook.md).
"""

from __future__ import annotations

import re
from functools import cache

from helpers.extract import lexicon
from helpers.extract.attribution import quote_spans
from helpers.extract.rules import Rules
from helpers.schemas import BODIES

# the verdict's reason when the sentence places its personnel somewhere other than the place
ELSEWHERE_WHY = "personnel going elsewhere"

# where the personnel are or go, right after the personnel term ("soldiers who died in Iraq",
# "troops stationed for years in Lithuania"): a capitalised place a few words on
_WHERE = re.compile(
    r"[^,;:.!?\"“”()]{0,40}?\b(?:in|to|into|inside)\s+(?:the\s+)?(?P<where>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
)


@cache
def _unaddressed() -> re.Pattern[str]:
    """`unaddressed_words.txt` and the rest of its clause (quotations are left to `_unaddressed_spans`)."""
    words = lexicon.alternation("unaddressed_words.txt").pattern
    return re.compile(rf"\b{words}[^,;:.!?\"“”]*", re.I)


def _unaddressed_spans(sentence: str) -> list[tuple[int, int]]:
    """What the narrator says was left out ("without going into the question of troops"): a subject
    named there was not spoken of. Inside a quotation the speaker reports their own talks ("we did
    not address troops today"), which is kept."""
    found = [m.span() for m in _unaddressed().finditer(sentence)]
    if not found:
        return []
    quoted = quote_spans(sentence)
    return [(a, b) for a, b in found if not any(qa <= a < qb for qa, qb in quoted)]


def subject_terms(sentence: str, rules: Rules) -> list[str]:
    """The topic's subject terms in the sentence, leaving out what the topic excludes (its
    `subject_exclude_patterns`, e.g. the parties' own forces) and what the sentence says was left
    unaddressed (`_unaddressed_spans`).

    A term counts unless it lies wholly inside an excluded phrase, so a term that merely overlaps
    an excluded phrase still counts.
    """
    spans = (
        [m.span() for m in rules.subject_exclude.finditer(sentence)]
        if rules.subject_exclude is not None
        else []
    ) + _unaddressed_spans(sentence)
    out = []
    for m in rules.subject.finditer(sentence):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            out.append(m.group(0))
    return out


def is_relevant(sentence: str, rules: Rules, *, doc_mentions_place: bool) -> tuple[bool, str]:
    """(relevant?, reason) for one sentence; the document supplies the place when the sentence omits it."""
    terms = subject_terms(sentence, rules)
    if not terms:
        return False, "no personnel term"
    place_here = bool(rules.place.search(sentence))
    if (
        rules.exclude is not None
        and rules.exclude.search(sentence)
        and not (place_here and _place_outside_own_forces(sentence, rules))
    ):
        return False, ELSEWHERE_WHY
    if _elsewhere(sentence, rules) and not _place_outside_own_forces(sentence, rules):
        return False, ELSEWHERE_WHY
    implied = rules.place_implied is not None and rules.place_implied.search(sentence)
    if not place_here and not doc_mentions_place and not implied:
        return False, "no link to the place"
    return True, f"personnel term {terms[0]!r}"


def _elsewhere(sentence: str, rules: Rules) -> bool:
    """A personnel term placed in another country ("soldiers who died in Iraq and Afghanistan"):
    the document's place does not stand in for a sentence that names where its personnel are. A
    body of states ("in NATO countries", "in the EU") is no country."""
    for m in rules.subject.finditer(sentence):
        w = _WHERE.match(sentence, m.end())
        if w is None or rules.place.search(w.group("where")):
            continue
        words = w.group("where").split()
        codes = [rules.countries.code(" ".join(words[:k])) for k in (len(words), 1)]
        if any(c and c not in BODIES for c in codes):
            return True
    return False


def _place_outside_own_forces(sentence: str, rules: Rules) -> bool:
    """The place named other than as the owner of the warring parties' forces (the topic's
    `subject_exclude_patterns`: a country's own soldiers trained abroad name no place anyone goes to)."""
    spans = (
        [m.span() for m in rules.subject_exclude.finditer(sentence)]
        if rules.subject_exclude is not None
        else []
    )
    return any(not any(a <= m.start() < b for a, b in spans) for m in rules.place.finditer(sentence))
