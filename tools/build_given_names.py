#!/usr/bin/env python3
"""Build `resources/lexicon/en/given_names_census.tsv` from the 1990 US census first-name lists.

Why: the hand list `given_names.tsv` knows ~650 names of people in the news, so "Joel Pollak of
Breitbart" or "Parker Eaton" read as unknown capitalised runs (a place? a firm?) and "he" cannot
be matched to their gender. The census lists (public domain, US Census Bureau, "Frequently
Occurring Names in the U.S. -- 1990") hold 5,494 given names with the share of men and women who
bear them. They are shipped inside the MIT-licensed `names` sdist on PyPI (0.3.0), which is where
this script reads them from; nothing of that package is imported at run time.

Which names are left out: those the hand list already has (it wins), and those that are also
ordinary English words or calendar words ("Will", "May", "June", "Hope", "Grant"), so that a
sentence-initial "Will Macron send ..." never reads as a person. The ordinary words are
scikit-learn's English stop words, the VADER valence lexicon and our own word lists.

Gender: "m" or "f" when one sex bears the name at least three times as often, else "?"
(a known given name of unknown gender).

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python tools/build_given_names.py /tmp/names/names-0.3.0/names
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pycountry
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from helpers.extract import lexicon  # noqa: E402
from helpers.extract.labeller.lexicon import vader_valence  # noqa: E402
from helpers.extract.normalize import fold_lower  # noqa: E402
from helpers.extract.version import LEXICON_DIR  # noqa: E402

OUT = LEXICON_DIR / "en" / "given_names_census.tsv"
CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}  # fmt: skip
OUR_LISTS = (
    "function_words.txt",
    "modal_verbs.txt",
    "not_name_words.txt",
    "titles.txt",
    "non_person_heads.txt",
    "org_words.txt",
    "anaphora.txt",
    "position_nouns.txt",
)


def read_census(path: Path) -> dict[str, float]:
    """Name -> percent of the population of that sex bearing it."""
    out: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def ordinary_words() -> set[str]:
    words = set(ENGLISH_STOP_WORDS) | CALENDAR | set(vader_valence())
    for country in pycountry.countries:  # "China", "America" are places before they are names
        for attr in ("name", "common_name"):
            words.update(fold_lower(w) for w in getattr(country, attr, "").split())
    words.add("america")
    for name in OUR_LISTS:
        words |= lexicon.words(name)
    return words


def build(census_dir: Path) -> list[tuple[str, str]]:
    male = read_census(census_dir / "dist.male.first")
    female = read_census(census_dir / "dist.female.first")
    hand = lexicon.table("given_names.tsv")
    skip = ordinary_words()
    rows = []
    for name in sorted(set(male) | set(female)):
        if name in hand or name in skip or len(name) < 3:
            continue
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        gender = "m" if m >= 3 * f else "f" if f >= 3 * m else "?"
        rows.append((name, gender))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("census_dir", type=Path, help="folder holding dist.male.first and dist.female.first")
    args = ap.parse_args()
    rows = build(args.census_dir)
    header = (
        "# given name<TAB>gender (m/f/? = either): 1990 US census first names (public domain),\n"
        "# built by tools/build_given_names.py; names the hand list given_names.tsv has and ordinary\n"
        "# English words are left out. Edit the hand list, not this file.\n"
    )
    write_names(OUT, header, rows)
    return 0


def write_names(out: Path, header: str, rows: list[tuple[str, str]]) -> None:
    """Write a built given-name list (`name<TAB>gender` under its header) and say where."""
    out.write_text(header + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {out}")


if __name__ == "__main__":
    raise SystemExit(main())
