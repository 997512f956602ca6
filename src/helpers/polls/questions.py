"""`question_id`: the same wording gets the same id, so polls of one question can be trended.

Wording is compared after normalising case, quotes, punctuation and spacing only: two
different wordings are different questions (polls on them are not comparable).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from helpers.paths import resource_path
from helpers.topics import DEFAULT_TOPIC

FAMILIES_DIR = resource_path("poll_formats", "question_families")

_PUNCT = re.compile(r"[^\w\s%]", re.UNICODE)


def normalize_question(text: str | None) -> str:
    """Lower-case wording without quotes, punctuation, extra spaces.

    >>> normalize_question('  Should the city build a "new"  bridge? ')
    'should the city build a new bridge'
    """
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return " ".join(_PUNCT.sub(" ", folded).split())


def question_id(text: str | None) -> str | None:
    """Stable id of a question wording ('q-' + 12 hex digits); None when there is no wording.

    >>> question_id("Build it?") == question_id("build  it")
    True
    """
    norm = normalize_question(text)
    if not norm:
        return None
    return "q-" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=8)
def _families(path: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    out = []
    for fam in data.get("families") or []:
        rx = re.compile("|".join(f"(?:{p})" for p in fam["patterns"]), re.I)
        out.append((str(fam["key"]), str(fam["label"]), rx))
    return tuple(out)


def question_family(text: str | None, topic: str = DEFAULT_TOPIC) -> tuple[str, str] | None:
    """(key, label) of the family a wording belongs to (resources/poll_formats/question_families/
    <topic>.yml: `families`, each a key, a label and the patterns of its wordings).

    Why families: nearly every pollster words the question its own way, so grouping by exact
    wording leaves one poll per group and no trend; a family groups wordings that ask the same
    kind of thing (one kind of commitment apart from another). None when no family
    matches or the topic has no family file.
    """
    path = FAMILIES_DIR / f"{topic}.yml"
    if not text or not path.exists():
        return None
    for key, label, rx in _families(str(path)):
        if rx.search(str(text)):
            return key, label
    return None
