"""Evaluative words from an existing, licensed lexicon: VADER (Hutto & Gilbert 2014, MIT licence).

Why VADER: it ships inside the `vaderSentiment` wheel from PyPI (nothing is downloaded at run
time), it rates 7,500 English words and idioms by hand-rated valence, and its licence allows
redistribution. Sentiment is not stance ("a dangerous escalation" is negative and oppose, "a
dangerous enemy" is negative and may support deterrence), so the model gets these as features
it may weigh, never as a label: counts of positive and negative words inside and outside a
negation scope of the speaker's own words.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def vader_valence() -> dict[str, float]:
    """word -> mean valence (-4 .. +4), single words only."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            try:
                out[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return out


def polarity(word: str, threshold: float = 1.0) -> str | None:
    """'pos', 'neg' or None for a word whose valence magnitude is below `threshold`."""
    v = vader_valence().get(word)
    if v is None or abs(v) < threshold:
        return None
    return "pos" if v > 0 else "neg"
