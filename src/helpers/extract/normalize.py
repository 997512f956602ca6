"""Accent folding that keeps character offsets, and name keys that ignore transliteration.

Why: "Løkke"/"Lokke", "Šimonytė"/"Simonyte" and "Zelenskyy"/"Zelensky" must meet, and a
match found in the folded text must point at the same span of the original sentence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = {
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ß": "s",
    "æ": "a",
    "Æ": "A",
    "œ": "o",
    "Œ": "O",
    "ı": "i",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "\u00a0": " ",
    "–": "-",
    "—": "-",
}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        if ch in _SPECIAL:
            continue
        base = unicodedata.normalize("NFKD", ch)[:1]
        if base and base.isascii() and base != ch:
            table[code] = base
    for ch, rep in _SPECIAL.items():
        table[ord(ch)] = rep
    return table


_TABLE = _build_table()
UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
LOWER = "".join(chr(c) for c in range(0x61, 0x250) if chr(c).islower())


def fold(text: str) -> str:
    """Same length as `text`: accents off, typographic quotes/dashes straightened."""
    return (text or "").translate(_TABLE)


def fold_lower(text: str) -> str:
    return fold(text).lower()


@lru_cache(maxsize=65536)
def name_key(token: str) -> str:
    """Key of one name word: folded, lower-case, -i/-y/-iy/-yy endings equal (Sikorskiy = Sikorski)."""
    word = fold_lower(token).strip(".'- ")
    return re.sub(r"[iy]+$", "y", word) if len(word) > 3 else word


# Spelling variants that transliteration from Cyrillic, Greek or Turkish and English respellings
# produce for the same sound; applied in this order to a folded, lower-case word.
_LOOSE_RULES = (
    (re.compile(r"kh"), "h"),  # Mikhail / Mihail, Kharkiv / Harkiv
    (re.compile(r"j"), "y"),  # Jermak / Yermak, Julia / Yulia
    (re.compile(r"w"), "v"),  # Wladyslaw / Vladyslav
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters: Zelenskyy / Zelensky, Rutte / Rute
    (re.compile(r"[iy]+$"), "y"),  # -i / -y / -iy / -yy / -ii endings
)


@lru_cache(maxsize=65536)
def loose_key(token: str) -> str:
    """A name word reduced past spelling variants: folded, "kh"->"h", "j"->"y", doubles single.

    Why a second key: `name_key` is also the scorer's and the deduplicator's matching rule and must
    stay strict; this key is only used to reach the actors table, where a collision between two
    people can be checked once (tests/test_actors.py) instead of risked in every document.
    """
    word = fold_lower(token).strip(".'- ")
    word = re.sub(r"['’]", "", word)
    for rx, rep in _LOOSE_RULES:
        word = rx.sub(rep, word)
    return word


def name_words(name: str | None) -> list[str]:
    """The words of a name, folded and lower-cased, with initials' dots dropped."""
    return fold_lower(name or "").replace(".", " ").split()


def speaker_key(name: str | None) -> str:
    """Last word of a name as a key (the scorer's matching rule)."""
    words = fold_lower(name or "").replace(".", " ").split()
    return name_key(words[-1]) if words else ""


def squash(text: str) -> str:
    """Whitespace-normalised text (for hashing and similarity)."""
    return " ".join((text or "").split())
