"""General English word lists the attribution step reads, from `resources/lexicon/en/`.

Why data files: which words are titles, function words, non-person heads, modal verbs or
gendered words is language knowledge, not code; a reviewer extends a list without touching the
extractor, and the extractor version follows the files (`version.py`).
"""

from __future__ import annotations

import re
from functools import cache

from helpers.extract.version import LEXICON_DIR


def _lines(name: str) -> list[str]:
    path = LEXICON_DIR / "en" / name
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("(") else line.strip()
        if line:
            out.append(line)
    return out


@cache
def entries(name: str) -> frozenset[str]:
    """A one-entry-a-line list, as written (case kept)."""
    return frozenset(_lines(name))


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-a-line list, lower case."""
    return frozenset(w.lower() for w in _lines(name))


@cache
def table(name: str) -> dict[str, str]:
    """A `word<TAB>value` list, keys lower case."""
    out: dict[str, str] = {}
    for line in _lines(name):
        key, _, value = line.partition("\t")
        out[key.strip().lower()] = value.strip()
    return out


@cache
def alternation(name: str) -> re.Pattern[str]:
    """A list of regular-expression fragments as one whole-word alternation (longest first)."""
    parts = sorted(_lines(name), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?![\w])")


@cache
def given_names() -> dict[str, str]:
    """Known given names -> gender ("m", "f", or "?" for either): the hand list of people in the
    news (`given_names.tsv`, which wins) over the 1990 US census lists
    (`given_names_census.tsv`, built by tools/build_given_names.py) and European first names
    the census lacks (`given_names_intl.tsv`, built by tools/build_given_names_intl.py)."""
    return {
        **table("given_names_intl.tsv"),
        **table("given_names_census.tsv"),
        **table("given_names.tsv"),
    }
