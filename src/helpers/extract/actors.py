"""The actors table (reference/actors.csv: the data dir's own, else the bundled one): who held which office, for which country, when.

Why a table: "Sikorski" must become Radosław Sikorski (PL, foreign minister) and "the French
president" on 2025-03-11 must become Emmanuel Macron; both are lookups by date, not rules.

Names reach the table in three steps, strictest first (`ActorTable.match_name`):
1. exact: the folded name or one of its aliases (`-i/-y/-iy/-yy` endings equal);
2. loose: the same after transliteration variants are reduced (`normalize.loose_key`:
   "kh"/"h", "j"/"y", "w"/"v", doubled letters);
3. fuzzy: a surname at most one edit away (two from nine letters) from a table surname, with
   the same first letter, only among the people in office on the statement's day, only when one
   person is that close, never for surnames shorter than five letters ("Wang" is not "Wong"),
   and without a day only for surnames of seven letters or more.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from helpers.extract.normalize import loose_key, name_key, name_words
from helpers.paths import resource_path
from helpers.schemas import ACTOR_COLUMNS
from helpers.tables import InputError

DEFAULT_ACTORS = resource_path("reference", "actors.csv")
GENDERS = ("m", "f", "")
FUZZY_MIN_LETTERS = 5  # shorter surnames are matched exactly or loosely, never fuzzily
FUZZY_MIN_LETTERS_UNDATED = 7  # with no date to narrow the candidates, only long surnames
ALIAS_SEPARATORS = re.compile(r"[;|]")


@dataclass(frozen=True)
class Actor:
    person: str
    country: str
    role: str
    role_title: str
    valid_from: str
    valid_to: str  # "" = still in office
    gender: str = ""  # "m", "f" or "" (unknown)
    confidence: str = ""  # "high" or "approx"
    source: str = ""  # URL or reference the row was checked against

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
class NameMatch:
    """A name resolved to a table person: how many of the words it used, and how."""

    person: str
    n_words: int
    kind: str  # "exact", "loose" or "fuzzy"
    edits: int = 0  # surname edits a fuzzy match needed


_ROLE_ORDER = {
    "head_of_state": 0,
    "head_of_government": 1,
    "high_representative": 2,
    "secretary_general": 2,
    "commission_president": 2,
    "foreign_minister": 3,
    "defence_minister": 4,
    "chief_of_defence": 5,
}


def _max_edits(surname: str, dated: bool) -> int:
    if len(surname) < (FUZZY_MIN_LETTERS if dated else FUZZY_MIN_LETTERS_UNDATED):
        return 0
    return 1 if len(surname) < 9 else 2


def _given_fits(word: str, given: str) -> bool:
    """One given-name word against the table's: same loose key, an initial, or one edit."""
    w, g = loose_key(word), given
    if not w or not g:
        return False
    if w == g or (len(w) == 1 and g.startswith(w)):
        return True
    return len(w) >= 4 and len(g) >= 4 and w[0] == g[0] and DamerauLevenshtein.distance(w, g) <= 1


@dataclass(frozen=True)
class ActorTable:
    rows: tuple[Actor, ...]
    # last-name key -> list of (folded alias words, person)
    by_last: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    by_person: dict[str, tuple[Actor, ...]]
    by_office: dict[tuple[str, str], tuple[Actor, ...]]
    # loose last-name key -> list of (loose alias words, person)
    by_loose_last: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)
    # person -> the loose keys of every name and alias they are known by
    loose_names: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    _memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def match_words(self, words: list[str], day: str | None = None) -> tuple[int, str] | None:
        """Longest alias ending at the last of `words`: (number of words used, person).

        Exact aliases first (as always); then transliteration variants and, with `day`, small
        misspellings of the surname of someone in office that day (see `match_name`).
        """
        hit = self.match_name(words, day)
        return (hit.n_words, hit.person) if hit else None

    def match_exact(self, words: list[str]) -> tuple[int, str] | None:
        """Only the exact alias match (folded, endings equal): the pre-fuzzy behaviour."""
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

    def _exact_people(self, words: list[str]) -> dict[str, int]:
        """Every person an exact alias ending at the last word fits, with the words it covers."""
        cands = self.by_last.get(name_key(words[-1])) or ()
        keys = [name_key(w) for w in words]
        found: dict[str, int] = {}
        for alias, person in cands:
            n = len(alias)
            if n <= len(keys) and tuple(keys[-n:]) == alias:
                found[person] = max(found.get(person, 0), n)
        return found

    def match_name(self, words: list[str], day: str | None = None) -> NameMatch | None:
        """Resolve name words (surname last) to a table person, strictest step first."""
        words = [w for w in words if w]
        if not words:
            return None
        memo_key = (tuple(words), day)
        if memo_key in self._memo:
            return self._memo[memo_key]
        exact = self._exact_people(words)
        hit: NameMatch | None = None
        if exact:
            n = max(exact.values())
            people = [p for p, k in exact.items() if k == n]
            if len(people) > 1 and day:  # "Harris" in 2025: Simon, not Kamala
                people = [p for p in people if self._in_office(p, day)] or people
            if len(people) == 1:
                person = people[0]
                if n < len(words):  # "Julia Svyrydenko": the given name fits once transliterated
                    n = self._consumed(words, person, n) or n
                hit = NameMatch(person, n, "exact")
        else:
            hit = self._match_loose(words, day) or self._match_fuzzy(words, day)
        if len(self._memo) < 65536:
            self._memo[memo_key] = hit
        return hit

    def _consumed(self, words: list[str], person: str, surname_words: int) -> int | None:
        """How many words of `words` a person's name covers, given the surname matched.

        The given names before the surname must fit the person's (loosely); a preceding word that
        fits none of them makes the match unsafe (None): "Pascal Lamy" is not "David Lammy".
        """
        before = words[: len(words) - surname_words]
        if not before:
            return surname_words
        best: int | None = None
        for name in self.loose_names.get(person, ()):
            given = name[: len(name) - surname_words]
            k = 0
            while k < len(given) and k < len(before) and _given_fits(before[-1 - k], given[-1 - k]):
                k += 1
            if k and (best is None or k > best):
                best = k
        return surname_words + best if best else None

    def _in_office(self, person: str, day: str | None) -> bool:
        return day is None or any(a.valid_on(day) for a in self.by_person.get(person, ()))

    def _match_loose(self, words: list[str], day: str | None) -> NameMatch | None:
        keys = [loose_key(w) for w in words]
        cands = self.by_loose_last.get(keys[-1])
        if not cands:
            return None
        best: dict[str, int] = {}
        for alias, person in cands:
            n = len(alias)
            if n <= len(keys) and tuple(keys[-n:]) == alias:
                best[person] = max(best.get(person, 0), n)
        if not best:
            return None
        if len(best) > 1 and day:
            best = {p: n for p, n in best.items() if self._in_office(p, day)} or best
        if len(best) != 1:
            return None  # two people share the spelling: no guess
        person = next(iter(best))
        used = self._consumed(words, person, 1) if best[person] == 1 else best[person]
        return NameMatch(person, used, "loose") if used else None

    def _match_fuzzy(self, words: list[str], day: str | None) -> NameMatch | None:
        surname = loose_key(words[-1])
        limit = _max_edits(surname, dated=bool(day))
        if not limit or not words[-1][:1].isupper():
            return None
        keys = self._memo.get("__fuzzy_keys__")
        if keys is None:
            keys = sorted({k for k in self.by_loose_last if len(k) >= FUZZY_MIN_LETTERS})
            self._memo["__fuzzy_keys__"] = keys
        near = process.extract(
            surname, keys, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=None
        )
        by_person: dict[str, int] = {}
        for key, edits, _ in near:
            if key[:1] != surname[:1]:
                continue  # a different first letter is another name, not a typo
            for alias, person in self.by_loose_last[key]:
                if len(alias) == 1 and self._in_office(person, day):
                    by_person[person] = min(by_person.get(person, edits), edits)
        if not by_person:
            return None
        fewest = min(by_person.values())
        closest = [p for p, e in by_person.items() if e == fewest]
        if len(closest) != 1:
            return None  # as close to two people: no guess
        person = closest[0]
        used = self._consumed(words, person, 1)
        return NameMatch(person, used, "fuzzy", fewest) if used else None

    def gender_of(self, name: str | None, day: str | None = None) -> str | None:
        """ "m", "f" or None (unknown, or not in the table): for pronoun resolution."""
        if not name:
            return None
        person = name if name in self.by_person else None
        if person is None:
            words = name.replace(".", " ").split()
            hit = self.match_name(words, day)
            person = hit.person if hit and hit.n_words == len(words) else None
        if person is None:
            return None
        genders = {a.gender for a in self.by_person[person] if a.gender}
        return genders.pop() if len(genders) == 1 else None

    def closest(self, name: str, limit: int = 3, min_score: float = 60.0) -> list[tuple[str, float]]:
        """Table people whose names look most like `name` (0-100), for a reviewer to choose from.

        The surname weighs more than the rest: "Peter Dutton" shares a given name with several
        table people but is none of them.
        """
        words = [loose_key(w) for w in name.replace(".", " ").split()]
        words = [w for w in words if w]
        if not words:
            return []
        target = " ".join(words)
        scored: list[tuple[str, float]] = []
        for person, names in self.loose_names.items():
            score = max(
                0.6 * fuzz.ratio(words[-1], n[-1]) + 0.4 * fuzz.token_sort_ratio(target, " ".join(n))
                for n in names
            )
            if score >= min_score:
                scored.append((person, round(score, 1)))
        scored.sort(key=lambda ps: (-ps[1], ps[0]))
        return scored[:limit]

    def person_on(self, person: str, day: str | None, prefer_country: str | None = None) -> Actor | None:
        """The person's office on `day` (or the nearest in time when none is valid)."""
        rows = self.by_person.get(person) or ()
        if not rows:
            return None
        if prefer_country:
            same = [a for a in rows if a.country == prefer_country]
            rows = tuple(same) or rows
        return min(rows, key=lambda a: (a.distance(day), _ROLE_ORDER.get(a.role, 9), a.valid_from))

    def holders_on(self, day: str) -> tuple[Actor, ...]:
        """Every row in office on `day`."""
        return tuple(a for a in self.rows if a.valid_on(day))

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


def split_aliases(extra: str) -> list[str]:
    """Aliases are `;`-separated (`|` is read too, the table's older separator)."""
    return [a.strip() for a in ALIAS_SEPARATORS.split(extra or "") if a.strip()]


def _aliases(person: str, extra: str, key=name_key) -> set[tuple[str, ...]]:
    names = {person, *split_aliases(extra)}
    out: set[tuple[str, ...]] = set()
    for name in names:
        words = name_words(name)
        if not words:
            continue
        out.add(tuple(key(w) for w in words))
        last = words[-1]
        if len(last) >= 4:
            out.add((key(last),))
        if len(words) >= 3:  # "Lars Løkke Rasmussen" -> "Løkke Rasmussen"
            out.add(tuple(key(w) for w in words[-2:]))
    return out


def _full_names(person: str, extra: str) -> set[tuple[str, ...]]:
    """Loose keys of the person's multi-word names (for checking given names)."""
    names = {person, *split_aliases(extra)}
    return {tuple(loose_key(w) for w in name_words(n)) for n in names if name_words(n)}


@lru_cache(maxsize=8)
def load_actors(path: str | Path = DEFAULT_ACTORS) -> ActorTable:
    """Read and index the actors table; a malformed row is an error naming the row."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: actors table not found")
    rows: list[Actor] = []
    alias_map: dict[str, set[tuple[tuple[str, ...], str]]] = {}
    loose_map: dict[str, set[tuple[tuple[str, ...], str]]] = {}
    full_names: dict[str, set[tuple[str, ...]]] = {}
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
            gender = (rec.get("gender") or "").strip().lower()
            if gender not in GENDERS:
                raise InputError(
                    f"{path}, row {lineno} ({person}): gender must be m, f or empty, not {gender!r}"
                )
            actor = Actor(
                person,
                rec["country"].strip(),
                rec["role"].strip(),
                (rec["role_title"] or "").strip(),
                vf,
                vt,
                gender,
                (rec.get("confidence") or "").strip(),
                (rec.get("source") or "").strip(),
            )
            rows.append(actor)
            extra = rec.get("aliases") or ""
            for alias in _aliases(person, extra):
                alias_map.setdefault(alias[-1], set()).add((alias, person))
            for alias in _aliases(person, extra, key=loose_key):
                loose_map.setdefault(alias[-1], set()).add((alias, person))
            full_names.setdefault(person, set()).update(_full_names(person, extra))
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
        by_loose_last={k: tuple(sorted(v)) for k, v in loose_map.items()},
        loose_names={k: tuple(sorted(v, key=len, reverse=True)) for k, v in full_names.items()},
    )
