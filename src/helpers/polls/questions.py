"""`question_id`: the same wording gets the same id, so polls of one question can be trended.

Wording is compared after normalising case, quotes, punctuation and spacing only: two
different wordings are different questions (polls on them are not comparable).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s%]", re.UNICODE)


def normalize_question(text: str | None) -> str:
    """Lower-case wording without quotes, punctuation, extra spaces.

    >>> normalize_question('  Should Germany send "peacekeepers"  to Ukraine? ')
    'should germany send peacekeepers to ukraine'
    """
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return " ".join(_PUNCT.sub(" ", folded).split())


def question_id(text: str | None) -> str | None:
    """Stable id of a question wording ('q-' + 12 hex digits); None when there is no wording.

    >>> question_id("Send troops?") == question_id("send  troops")
    True
    """
    norm = normalize_question(text)
    if not norm:
        return None
    return "q-" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:12]
