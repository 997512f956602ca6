"""Is a sentence about the topic question? (sending military personnel to Ukraine)

Why sentence-level: a document about Ukraine also reports weapons deliveries, sanctions
and troops staying in Lithuania; only sentences that name the personnel and link them to
the place become rows (issue 4, item 6; docs/codebook.md).
"""

from __future__ import annotations

from helpers.extract.rules import Rules


def subject_terms(sentence: str, rules: Rules) -> list[str]:
    """Personnel terms in the sentence, leaving out the warring parties' own forces ("Russian troops").

    A term counts unless it lies wholly inside an excluded phrase, so "train Ukrainian soldiers"
    (trainers) counts while "Ukrainian soldiers" alone does not.
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
