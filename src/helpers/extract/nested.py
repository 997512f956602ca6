"""Nested attribution: a speaker who reports their own leader's position states it too.

Why: '"The president has been clear that no troops will go," the spokeswoman said' gives the
spokeswoman's row and the president's (issue #12, codebook section 1). Inside a speaker's words,
"the president" or "our prime minister" with a position verb is the holder of that office in the
speaker's country on the statement's date (the actors table), never a guess: an unknown country,
an office nobody or several people hold that day, or the speaker holding it themselves gives no row.
Kept apart from `attribution.py` (which finds who speaks in a sentence) because it needs the
statement's date and the speaker's country, which only the document loop knows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from helpers.extract.attribution import Mention, Speaker, quote_spans
from helpers.extract.rules import Rules

# the office as the speaker's own people name it, then a verb that states a position
_OWN_LEADER = re.compile(
    r"\b(?:the|our|my)\s+(?P<office>president|prime\s+minister|premier|chancellor|taoiseach)(?:['’]s)?\s+"
    r"(?:\w+ly\s+)?(?:has\s+(?:\w+ly\s+)?been\s+(?:\w+ly\s+)?clear|has\s+(?:\w+ly\s+)?made\s+(?:it\s+)?clear|"
    r"made\s+(?:it\s+)?clear|has\s+(?:\w+ly\s+)?(?:said|decided|ruled\s+out|insisted)|said|decided|"
    r"ruled\s+out|insisted|wants|does\s+not\s+want|doesn['’]t\s+want|would\s+not|will\s+not|won['’]t)\b",
    re.IGNORECASE,
)
_OFFICE_ROLE = {
    "president": "head_of_state",
    "prime minister": "head_of_government",
    "premier": "head_of_government",
    "chancellor": "head_of_government",
    "taoiseach": "head_of_government",
}


def reported_leaders(
    sentence: str, resolved: list[tuple[Mention, Speaker]], rules: Rules, day: str | None
) -> list[tuple[Mention, Speaker]]:
    """The leaders whose position a speaker of `sentence` reports in their own words: inside a
    quotation when the sentence has one speaker, or in the clause after the speaker's verb."""
    if len(resolved) != 1:
        return []  # with two speakers, whose words hold the quotation is not settled here
    mention, sp = resolved[0]
    if not mention.country:
        return []
    quotes = quote_spans(sentence)
    out: list[tuple[Mention, Speaker]] = []
    for m in _OWN_LEADER.finditer(sentence):
        quoted = next(((a, b) for a, b in quotes if a <= m.start() < b), None)
        reported = sp.anchor < m.start() and sp.mention.end <= m.start()
        if quoted is None and not reported:
            continue
        office = re.sub(r"\s+", " ", m.group("office").lower())
        actor = rules.actors.holder(mention.country, _OFFICE_ROLE[office], day)
        if actor is None or actor.person == mention.person or any(o.person == actor.person for o, _ in out):
            continue
        leader = Mention(
            m.start(),
            m.start("office") + len(m.group("office")),
            None,
            actor.person,
            actor.country,
            actor.role,
            actor.role_title,
            "roleref",
            True,
        )
        end = quoted[1] if quoted else len(sentence)
        out.append(
            (
                leader,
                replace(
                    sp, mention=leader, anchor=m.end(), frame="reported leader", segment=(m.start(), end)
                ),
            )
        )
    return out
