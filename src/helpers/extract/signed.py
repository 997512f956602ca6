"""What a signed statement says, when the sentence after the signatures says it.

Why: live blogs and wire copy name a joint statement's signatories in one sentence and its content
in the next ("The statement ... was signed by A, B and C. It calls for a European-led force ...").
Signing a statement is taking its position (codebook: "X joined A and B in a statement"), so the
signatories' rows take the next sentence's words when the signing sentence has none on the topic.
Kept apart from `document.py` (the loop) because it is one narrow reading: the next sentence of the
same paragraph, opening on the statement itself ("It", "The statement", "The letter") and a verb
that states its content.
"""

from __future__ import annotations

import re
from typing import Any

from helpers.extract.attribution import Speaker
from helpers.extract.frames_before import SIGNED_DOCUMENTS, STATEMENT_NOUNS

# where a signatory's frame anchors: the statement ("The statement ... was signed by X", "It was
# signed by X"; frames_before._SIGNED_BY)
_AT_STATEMENT = re.compile(rf"(?:{SIGNED_DOCUMENTS})\b", re.I)
# the next sentence opens on the statement and says what it holds
_CONTENT_OPENING = re.compile(
    rf"\s*(?:It|The\s+(?:joint\s+)?(?:{STATEMENT_NOUNS}|text|document))\s+(?:also\s+)?"
    r"(?:calls?|called|says|said|urges?|urged|pledges?|pledged|commits?|committed|backs?|backed|"
    r"proposes?|proposed|sets?\s+out|states?|stated|envisages?|envisaged|demands?|demanded|"
    r"warns?|warned|promises?|promised|rejects?|rejected|rules?\s+out|ruled\s+out)\b"
)


def signatories(sentence: str, speakers: list[tuple[Any, Speaker]]) -> bool:
    """Whether every speaker of the sentence signed a statement it names."""
    return bool(speakers) and all(
        sp.frame == "said X" and _AT_STATEMENT.match(sentence, sp.anchor) for _, sp in speakers
    )


def signed_content(sentences: list[Any], idx: int) -> str | None:
    """The next sentence, when it is in the same paragraph and says what the statement holds."""
    if idx + 1 >= len(sentences) or sentences[idx + 1].paragraph != sentences[idx].paragraph:
        return None
    following = sentences[idx + 1].text
    return following if _CONTENT_OPENING.match(following) else None
