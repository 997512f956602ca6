"""Country codes from names, adjectives and demonyms (pycountry + reference/demonyms.csv).

Why a table: "Danes", "Britons", "Dutch" and "U.K." are not in ISO 3166; pycountry covers
official and common names, the table covers the way news text refers to people and states.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from helpers.extract.normalize import fold_lower
from helpers.paths import resource_path

DEFAULT_DEMONYMS = resource_path("reference", "demonyms.csv")


@dataclass(frozen=True)
class CountryLexicon:
    """Lookup of country-like words; `adjective_rx` matches any of them as whole words."""

    by_word: dict[str, str]
    people: dict[str, str]
    adjective_rx: re.Pattern[str]
    people_rx: re.Pattern[str]

    def code(self, word: str | None) -> str | None:
        if not word:
            return None
        w = fold_lower(word).strip(" .,'").removesuffix("'s").removesuffix("s'").strip()
        w = re.sub(r"^the\s+", "", w)
        return self.by_word.get(w) or self.people.get(w) or _pycountry_code(w)


@lru_cache(maxsize=4096)
def _pycountry_code(word: str) -> str | None:
    try:
        return pycountry.countries.lookup(word).alpha_2
    except LookupError:
        return None


def _alternation(words: list[str]) -> str:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=8)
def load_countries(path: str | Path = DEFAULT_DEMONYMS) -> CountryLexicon:
    """Read the demonym table and add pycountry's names; compile one regex for each kind."""
    path = Path(path)
    by_word: dict[str, str] = {}
    people: dict[str, str] = {}
    surface: list[str] = []
    people_surface: list[str] = []
    for c in pycountry.countries:
        for name in {getattr(c, "common_name", None), c.name}:
            if name and "," not in name and len(name) > 3:
                by_word.setdefault(fold_lower(name), c.alpha_2)
                surface.append(name)
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            code = (row.get("alpha2") or "").strip()
            if not code:
                raise ValueError(f"{path}, row {lineno}: empty alpha2")
            for col in ("adjectives", "names"):
                for w in (row.get(col) or "").split("|"):
                    if w.strip():
                        by_word[fold_lower(w.strip())] = code
                        surface.append(w.strip())
            for w in (row.get("people") or "").split("|"):
                if w.strip():
                    people[fold_lower(w.strip())] = code
                    people_surface.append(w.strip())
    # surface forms are matched case-sensitively: "US" the country, not "us" the pronoun
    adj = re.compile(r"(?<![\w.])(?:the\s+)?(" + _alternation(surface) + r")(?:'s|’s)?(?![\w])")
    ppl = re.compile(r"(?<![\w.])(" + _alternation(people_surface) + r")(?![\w])")
    return CountryLexicon(by_word=by_word, people=people, adjective_rx=adj, people_rx=ppl)
