"""A sentence that only points back at the one before it: "This was stated by X in an interview",
"He said this at a press conference".

Why: wire services and many outlets that translate their copy into English state a
position first and name its speaker in the next sentence. The speaker's words are then the
sentence before; labelling the pointing sentence alone ("This was stated by ...") reads no
position at all. Kept apart from `document.py` (the loop): one narrow reading of one shape.
"""

from __future__ import annotations

import re
from typing import Any

_VERBS = (
    r"(?:stated|said|announced|declared|noted|emphasi[sz]ed|stressed|reported|written|posted|voiced|"
    r"expressed|reiterated|confirmed)"
)
# "This was stated by X", "It was announced by X", "These words were voiced by X"
_PASSIVE_BACK = re.compile(
    rf"\W*(?:This|That|It|These\s+words|Those\s+words)\s+(?:was|were|has\s+been|had\s+been)\s+"
    rf"(?:\w+ly\s+)?{_VERBS}\s+by\b"
)
# "He said this at a press conference", "X stated this in a comment to CBC": `this` is the object,
# not the subject of reported words ("said this would be a mistake")
_SAID_THIS = re.compile(
    rf"\b{_VERBS}\s+this\s*(?=(?:in|at|during|on|while|when|after|before|to|via|earlier|today|"
    r"yesterday|later)\b|[,.;]|$)"
)


def points_back(sentence: str) -> bool:
    """Whether the sentence's reported words are the sentence before it."""
    return bool(_PASSIVE_BACK.match(sentence) or _SAID_THIS.search(sentence))


def words_pointed_at(sentences: list[Any], idx: int) -> str | None:
    """The sentence before `idx` when sentence `idx` only points back at it."""
    if idx == 0 or not points_back(sentences[idx].text):
        return None
    return sentences[idx - 1].text
