"""The actors table (data/reference/actors.csv): who held which office, for which country, when.

Why a table: "Sikorski" must become Radosław Sikorski (PL, foreign minister) and "the French
president" on 2025-03-11 must become Emmanuel Macron; both are lookups by date, not rules.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from helpers.extract.normalize import fold_lower, name_key
from helpers.paths import PROJECT_ROOT
from helpers.tables import InputError

DEFAULT_ACTORS = PROJECT_ROOT / "data" / "reference" / "actors.csv"
ACTOR_COLUMNS = ("person", "aliases", "country", "role", "role_title", "valid_from", "valid_to")


@dataclass(frozen=True)
class Actor:
    person: str
    country: str
    role: str
    role_title: str
    valid_from: str
    valid_to: str  # "" = still in office

    def valid_on(self, day: str | None) -> bool:
        if not day:
            return True
        return self.valid_from <= day and (not self.valid_to or day <= self.valid_to)

    def distance(self, day: str | None) -> int:
        """0 when in office on `day`, else roughly how many days away (for a best guess)."""
        if not day or self.valid_on(day):
            return 0
        from datetime import date

        d = date.fromisoformat(day)
        lo = date.fromisoformat(self.valid_from)
        hi = date.fromisoformat(self.valid_to) if self.valid_to else d
        return min(abs((d - lo).days), abs((d - hi).days))


@dataclass(frozen=True)
class ActorTable:
    rows: tuple[Actor, ...]
    # last-name key -> list of (folded alias words, person)
    by_last: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    by_person: dict[str, tuple[Actor, ...]]
    by_office: dict[tuple[str, str], tuple[Actor, ...]]

    def match_words(self, words: list[str]) -> tuple[int, str] | None:
        """Longest alias ending at the last of `words`: (number of words used, person)."""
        if not words:
            return None
        cands = self.by_last.get(name_key(words[-1]))
        if not cands:
            return None
        keys = [name_key(w) for w in words]
        best: tuple[int, str] | None = None
        for alias, person in cands:
            n = len(alias)
            if n <= len(keys) and tuple(keys[-n:]) == alias and (best is None or n > best[0]):
                best = (n, person)
        return best

    def person_on(self, person: str, day: str | None, prefer_country: str | None = None) -> Actor | None:
        """The person's office on `day` (or the nearest in time when none is valid)."""
        rows = self.by_person.get(person) or ()
        if not rows:
            return None
        if prefer_country:
            same = [a for a in rows if a.country == prefer_country]
            rows = tuple(same) or rows
        order = {
            "head_of_state": 0,
            "head_of_government": 1,
            "high_representative": 2,
            "secretary_general": 2,
            "commission_president": 2,
            "foreign_minister": 3,
            "defence_minister": 4,
            "chief_of_defence": 5,
        }
        return min(rows, key=lambda a: (a.distance(day), order.get(a.role, 9), a.valid_from))

    def holder(self, country: str, role: str, day: str | None) -> Actor | None:
        """Who held `role` for `country` on `day` (None when unknown or ambiguous)."""
        rows = [a for a in self.by_office.get((country, role), ()) if a.valid_on(day)]
        if not rows and country == "EU" and role == "foreign_minister":
            rows = [a for a in self.by_office.get(("EU", "high_representative"), ()) if a.valid_on(day)]
        if not rows and role == "head_of_state":  # "the US president" is also head of government
            rows = [
                a
                for a in self.by_office.get((country, "head_of_state_and_government"), ())
                if a.valid_on(day)
            ]
        if not rows and role == "head_of_government":
            rows = [
                a
                for a in self.by_office.get((country, "head_of_state_and_government"), ())
                if a.valid_on(day)
            ]
        return rows[0] if len({a.person for a in rows}) == 1 else None


def _aliases(person: str, extra: str) -> set[tuple[str, ...]]:
    names = {person, *(a.strip() for a in extra.split("|") if a.strip())}
    out: set[tuple[str, ...]] = set()
    for name in names:
        words = fold_lower(name).replace(".", " ").split()
        if not words:
            continue
        out.add(tuple(name_key(w) for w in words))
        last = words[-1]
        if len(last) >= 4:
            out.add((name_key(last),))
        if len(words) >= 3:  # "Lars Løkke Rasmussen" -> "Løkke Rasmussen"
            out.add(tuple(name_key(w) for w in words[-2:]))
    return out


@lru_cache(maxsize=8)
def load_actors(path: str | Path = DEFAULT_ACTORS) -> ActorTable:
    """Read and index the actors table; a malformed row is an error naming the row."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: actors table not found")
    rows: list[Actor] = []
    alias_map: dict[str, set[tuple[tuple[str, ...], str]]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(line for line in fh if not line.startswith("#"))
        missing = [c for c in ACTOR_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{path}: actors table lacks columns {missing}")
        for lineno, rec in enumerate(reader, start=2):
            person = (rec["person"] or "").strip()
            if not person:
                continue
            vf, vt = (rec["valid_from"] or "").strip(), (rec["valid_to"] or "").strip()
            if len(vf) != 10 or (vt and len(vt) != 10):
                raise InputError(f"{path}, row {lineno} ({person}): valid_from/valid_to must be YYYY-MM-DD")
            actor = Actor(
                person, rec["country"].strip(), rec["role"].strip(), (rec["role_title"] or "").strip(), vf, vt
            )
            rows.append(actor)
            for alias in _aliases(person, rec.get("aliases") or ""):
                alias_map.setdefault(alias[-1], set()).add((alias, person))
    by_person: dict[str, list[Actor]] = {}
    by_office: dict[tuple[str, str], list[Actor]] = {}
    for a in rows:
        by_person.setdefault(a.person, []).append(a)
        by_office.setdefault((a.country, a.role), []).append(a)
    return ActorTable(
        rows=tuple(rows),
        by_last={k: tuple(sorted(v)) for k, v in alias_map.items()},
        by_person={k: tuple(v) for k, v in by_person.items()},
        by_office={k: tuple(v) for k, v in by_office.items()},
    )
