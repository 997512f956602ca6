#!/usr/bin/env python3
"""Build `resources/lexicon/en/given_names_intl.tsv`: European given names the US census lists lack.

Why: the extractor reads a capitalised run as a person's name when its first word is a known
given name. The 1990 US census lists (`given_names_census.tsv`) and the hand list of people in the
news do not know "Holger", "Jaroslav" or "Slawomir", so "Holger Schmieding of Berenberg said" read
as the head of a longer name ("Bank of England") and got no speaker, and a pronoun could not take
such a person's gender. This topic's news is European. Faker (MIT licence) keeps first-name
lists per locale, male and female; this script reads them at build time (nothing of Faker is
imported at run time) for the Latin-script locales of Europe, Turkey and the Caucasus.

Which names are left out:
- those the hand list or the census list already has (they win);
- the census script's ordinary words (stop words, calendar, VADER valence, country words and our
  own lists) and `given_names_ambiguous.txt`;
- any name that is also an ordinary English word, lower case in Webster's Second International
  (the `english-words` package, MIT), so "Urban", "Dean" or "Constant" never open a name;
- names of one or two letters, and names not written in Latin letters.

Gender: "m" if the name is only on male lists, "f" if only on female lists, else "?".

    pip install --target /tmp/fk faker==40.63.0 english-words==2.0.2
    PYTHONPATH=/tmp/fk python tools/build_given_names_intl.py
"""

from __future__ import annotations

import argparse
import importlib
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_given_names import ordinary_words, write_names  # noqa: E402

from helpers.extract import lexicon  # noqa: E402
from helpers.extract.normalize import fold_lower  # noqa: E402
from helpers.extract.version import LEXICON_DIR  # noqa: E402

OUT = LEXICON_DIR / "en" / "given_names_intl.tsv"
# Faker person locales whose names are written in Latin letters and whose countries are parties to
# this topic's debate (Europe, Turkey, the Caucasus); English-speaking locales are the census's.
LOCALES = (
    "az_AZ", "cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "de_LI", "de_LU", "es_ES", "et_EE",
    "fi_FI", "fr_BE", "fr_CH", "fr_FR", "ga_IE", "hr_HR", "hu_HU", "is_IS", "it_IT", "lv_LV",
    "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_PT", "ro_RO", "sk_SK", "sl_SI", "sv_SE", "tr_TR",
)  # fmt: skip


def faker_names(locales: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """Male and female first names over the locales, as written."""
    male: set[str] = set()
    female: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        male.update(getattr(provider, "first_names_male", ()))
        female.update(getattr(provider, "first_names_female", ()))
    return male, female


def latin(name: str) -> bool:
    return all(ch in "-'’" or (ch.isalpha() and "LATIN" in unicodedata.name(ch, "")) for ch in name)


def english_words() -> set[str]:
    """Lower-case entries of Webster's Second: ordinary words, not proper names."""
    from english_words import get_english_words_set

    return {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}


def build(locales: tuple[str, ...] = LOCALES) -> list[tuple[str, str]]:
    male, female = faker_names(locales)
    known = set(lexicon.table("given_names.tsv")) | set(lexicon.table("given_names_census.tsv"))
    skip = ordinary_words() | lexicon.words("given_names_ambiguous.txt") | english_words()
    genders: dict[str, set[str]] = {}
    for names, sex in ((male, "m"), (female, "f")):
        for name in names:
            if " " in name or not latin(name) or len(name) < 3:
                continue
            key = fold_lower(name)
            if key in known or key in skip or name.lower() in skip:
                continue
            genders.setdefault(key, set()).add(sex)
    return [(k, g.pop() if len(g) == 1 else "?") for k, g in sorted(genders.items())]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.parse_args()
    rows = build()
    header = (
        "# given name<TAB>gender (m/f/? = either): first names of European locales in Faker (MIT),\n"
        "# built by tools/build_given_names_intl.py; names the hand list or the census list has,\n"
        "# ordinary English words and ambiguous names are left out. Edit the hand list, not this file.\n"
    )
    write_names(OUT, header, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
