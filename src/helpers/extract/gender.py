"""The grammatical gender of a person, so that "he"/"she" goes to a compatible antecedent.

Why: news copy often names two people and then says "she said"; the nearest person is the
wrong one when they are a man. Evidence, strongest first: an honorific the document puts before
the surname ("Ms. Machado"), the actors table's gender column (when the table has one:
`ActorTable.gender_of`), a gendered word in the person's title ("spokeswoman", "congressman"),
the given name (a general list). Unknown gender is compatible with both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from helpers.extract import lexicon
from helpers.extract.normalize import fold_lower

_HONORIFIC = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+(?:[A-Z]\.\s+)?(?:[A-Z][\w'’\-]+\s+)?([A-Z][\w'’\-]+)"
)
_PRONOUN = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@dataclass
class DocumentGenders:
    """Genders the document itself states, by surname (an honorific before it)."""

    by_surname: dict[str, str] = field(default_factory=dict)
    table: Any = None  # the actors table, asked through `gender_of` when it has one

    @classmethod
    def read(cls, text: str, actors: Any = None) -> DocumentGenders:
        found: dict[str, str] = {}
        words = lexicon.table("gender_words.tsv")
        for m in _HONORIFIC.finditer(text):
            g = words.get(m.group(1).lower())
            key = fold_lower(m.group(2))
            if g and found.get(key, g) == g:
                found[key] = g
            elif g:
                found[key] = "?"  # two people of one surname: say nothing
        return cls(
            {k: v for k, v in found.items() if v != "?"}, actors if hasattr(actors, "gender_of") else None
        )

    def of(self, person: str | None, role_title: str | None) -> str | None:
        """'m', 'f' or None (unknown)."""
        if person:
            toks = person.split()
            g = self.by_surname.get(fold_lower(toks[-1]))
            if g:
                return g
            g = self.table.gender_of(person) if self.table is not None else None
            if g in ("m", "f"):
                return g
        words = lexicon.table("gender_words.tsv")
        for w in re.findall(r"[A-Za-z]+", role_title or ""):
            g = words.get(w.lower())
            if g:
                return g
        if person and len(person.split()) >= 2:
            g = lexicon.given_names().get(fold_lower(person.split()[0]))
            return g if g in ("m", "f") else None
        return None


def pronoun_gender(word: str | None) -> str | None:
    """'m' for he, 'f' for she, or the gender a follow-up's role word says ("the spokeswoman")."""
    if not word:
        return None
    low = word.lower()
    if low in _PRONOUN:
        return _PRONOUN[low]
    for w in re.findall(r"[a-z]+", low):
        g = lexicon.table("gender_words.tsv").get(w)
        if g:
            return g
    return None
