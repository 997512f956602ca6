"""Is a sentence about the topic question? (the topic's subject, linked to its place)

Why sentence-level: a document about the topic's place also reports neighbouring subjects
(other decisions, the same words used about another place); only sentences that name the
subject and link it to the place become rows (issue 4, item 6; docs/codebook.md).
"""

from __future__ import annotations

from helpers.extract.rules import Rules


def subject_terms(sentence: str, rules: Rules) -> list[str]:
    """The topic's subject terms in the sentence, leaving out what the topic excludes (its
    `subject_exclude_patterns`, e.g. the parties' own forces).

    A term counts unless it lies wholly inside an excluded phrase, so a term that merely overlaps
    an excluded phrase still counts.
    """
    spans = (
        [m.span() for m in rules.subject_exclude.finditer(sentence)]
        if rules.subject_exclude is not None
        else []
    )
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
    if rules.exclude is not None and rules.exclude.search(sentence) and not place_here:
        return False, "personnel going elsewhere"
    implied = rules.place_implied is not None and rules.place_implied.search(sentence)
    if not place_here and not doc_mentions_place and not implied:
        return False, "no link to the place"
    return True, f"personnel term {terms[0]!r}"
