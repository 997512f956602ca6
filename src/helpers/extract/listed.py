"""People listed, one to an item, under a lead that states what they all said: "The following
officials also ruled out such an opportunity:" then "• Swedish Prime Minister Ulf Kristersson,".

Why: news sites that translate their copy into English list the officials who
took one position as bare names under a lead. No item has a verb, so no attribution frame finds a
speaker, yet the codebook counts each of them: the lead reports their position. Kept apart from
`document.py` (the loop) because it is one narrow reading: a lead with no person of its own that
ends in a colon, and items that are a name and its title and nothing else.
"""

from __future__ import annotations

import re

from helpers.extract import lexicon
from helpers.extract.mentions import Mention
from helpers.extract.rules import Rules
from helpers.extract.speech_verbs import verb_after

# what may stand around the one name of an item: a list marker, a title in capitals ("Deputy head
# of the Polish Ministry of Defense"), a possessive country, and the comma, "and" or full stop that
# joins the items
_TITLE_WORD = r"(?:[A-Z][\w.'’\-]*|[a-z]+)"
_AROUND_NAME = re.compile(
    rf"[\s\-–—•·*▪●◦,;.]*(?:\d{{1,2}}[.)])?\s*(?P<title>(?:{_TITLE_WORD}\s*)*)[\s,;.]*(?:and|or)?[\s,;.]*"
)
# lower-case words a title may hold besides the title words themselves (`titles.txt`)
_CONNECTORS = frozenset({"of", "the", "for", "and", "or", "de", "du", "von", "der", "head", "to"})
_WORD_START = re.compile(r"(?<![\w'’\-])[a-z]")


def is_position_lead(sentence: str, mentions: list[Mention], rules: Rules) -> bool:
    """A sentence that ends in a colon, names nobody, and reports a position or words with a verb
    that is not a modal ("also ruled out such an opportunity:", "have backed the idea:")."""
    if not sentence.rstrip().endswith(":") or mentions:
        return False
    for word in _WORD_START.finditer(sentence):
        verb = verb_after(sentence[word.start() :], rules)
        if verb is not None and verb.group(0).lower() not in lexicon.words("modal_verbs.txt"):
            return True
    return False


def listed_person(item: str, mentions: list[Mention]) -> Mention | None:
    """The one person an item names, when the item is that name, its title and nothing else."""
    named = [m for m in mentions if m.kind == "name" and m.person]
    if len(named) != 1 or len(named) != len(mentions):
        return None
    m = named[0]
    before, after = item[: m.start], item[m.end :]
    around = [_AROUND_NAME.fullmatch(before), _AROUND_NAME.fullmatch(after)]
    if None in around:
        return None
    # a word in lower case is a title's ("Deputy head of the ministry"), never an act ("talks with")
    lower = [w for a in around if a for w in a.group("title").split() if w.islower()]
    if any(w not in _CONNECTORS and w not in lexicon.words("titles.txt") for w in lower):
        return None
    return m
