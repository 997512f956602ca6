"""Share figures in a sentence ("53%", "Sixty percent", "one in four", "two-thirds (67%)").

Why its own module: which words are a figure at all is a question of its own, and the one place
where a share could be invented. A fraction in words counts only when nothing hedges it ("one in
four Poles" is 25); "nearly half", "roughly a quarter", "more than half" are no figure. A word
fraction followed by the number it stands for ("two-thirds (67%)", "four in ten, 40 per cent")
is one figure: the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_SPELLED = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:"
    + "|".join(_UNITS)
    + r"))?|"
    + "|".join(_TEENS)
    + r"|"
    + "|".join(_UNITS)
    + r")"
)
_DEN = r"two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
_SHARE = re.compile(
    r"(?<![\w.,])(?P<pct>\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|percent\b|per\s?cent\b|pct\b)(?!\s*points?\b)"
    rf"|(?P<spelled>\b{_SPELLED})\s+(?:percent|per\s?cent)\b"
    rf"|(?P<frac>\b(?P<num>one|two|three|four|five|six|seven|eight|nine|\d) in (?P<den>{_DEN})\b)"
    r"|(?P<word>\b(?:two[- ]thirds|a third|one[- ]third|a quarter|one[- ]quarter|half|three[- ]quarters"
    r"|a fifth|one[- ]fifth)\b)",
    re.I,
)
_WORD_SHARE = {
    "two-thirds": 66.7, "two thirds": 66.7, "a third": 33.3, "one-third": 33.3, "one third": 33.3,
    "a quarter": 25.0, "one-quarter": 25.0, "one quarter": 25.0, "half": 50.0, "three-quarters": 75.0,
    "three quarters": 75.0, "a fifth": 20.0, "one-fifth": 20.0, "one fifth": 20.0,
}  # fmt: skip
# words that make a fraction in words an estimate rather than a figure
_HEDGE = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|approximately|some|close to|more than|less than|fewer than|"
    r"over|under|just over|just under|well over|barely|upwards of|at least|at most|up to)\s+(?:of\s+)?$",
    re.I,
)
# "two-thirds (67%)", "four in ten respondents, 40 per cent,": the number after the words
_NUMBER_AFTER_WORDS = re.compile(r"^(?:\s+(?:of\s+)?(?:the\s+)?[\w'’-]+){0,2}\s*[(,]\s*$")
# a figure that is no share of the public: error margins, point changes
_NOT_A_SHARE_BEFORE = re.compile(
    r"\b(?:error|margin|accuracy|deviation|inflation|interest|growth|GDP)\b[^.;%]{0,25}$", re.I
)  # noqa: E501
_NOT_A_SHARE_AFTER = re.compile(r"\s*(?:of\s+)?(?:GDP|gross domestic product|the budget|economic output)\b")
# a part of another figure ("48.2% fully support it", "(41% strongly)")
_COMPONENT_AFTER = re.compile(
    r"^\s*\)?\s*(?:of (?:them|those)\s+)?(?:fully|strongly|rather|somewhat|definitely|totally|completely|"
    r"partly|partially|categorically|mostly|firmly|very|fairly|tend to|probably)\b",
    re.I,
)


@dataclass(frozen=True)
class ShareMention:
    """One share figure: its value in percent and where it stands in the sentence."""

    value: float
    start: int
    end: int
    in_parens: bool  # "(61%)": its role and population are the words before it
    component: bool  # an intensity part of another figure ("48.2% fully support")


def _value(m: re.Match[str]) -> float:
    if m.group("pct"):
        return float(m.group("pct").replace(",", "."))
    if m.group("spelled"):
        parts = re.split(r"[- ]", m.group("spelled").lower())
        if parts[0] in _TEENS:
            return float(_TEENS[parts[0]])
        if parts[0] in _UNITS:
            return float(_UNITS[parts[0]])
        return float(_TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0))
    if m.group("frac"):
        num, den = m.group("num").lower(), m.group("den").lower()
        n = _UNITS.get(num) or int(num)
        d = _UNITS.get(den) or _TEENS.get(den) or int(den)
        return round(100.0 * n / d, 1)
    return _WORD_SHARE[m.group("word").lower().replace("–", "-")]


def find_shares(sentence: str) -> list[ShareMention]:
    """Every share figure in the sentence, in order; vague fractions and non-shares are left out."""
    raw = list(_SHARE.finditer(sentence))
    out: list[ShareMention] = []
    for i, m in enumerate(raw):
        in_words = bool(m.group("frac") or m.group("word"))
        if in_words:
            nxt = raw[i + 1] if i + 1 < len(raw) else None
            between = sentence[m.end() : nxt.start()] if nxt is not None else ""
            if nxt is not None and nxt.group("pct") and _NUMBER_AFTER_WORDS.match(between):
                continue  # the number that follows is the figure
            if _HEDGE.search(sentence[max(0, m.start() - 20) : m.start()]):
                continue  # "nearly half": an estimate, not a figure
            if (
                m.group("word")
                and m.group("word").lower() == "half"
                and not re.match(r"\s+of\b", sentence[m.end() :])
            ):
                continue  # "half" alone ("in half", "half a million") is no share
        if m.group("pct") and _NOT_A_SHARE_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()]):
            continue
        if _NOT_A_SHARE_AFTER.match(sentence[m.end() :]):
            continue
        value = _value(m)
        if value > 100:
            continue
        before = sentence[: m.start()].rstrip()
        in_parens = before.endswith("(")
        component = bool(_COMPONENT_AFTER.match(sentence[m.end() :])) or (
            in_parens and bool(re.match(r"\s*\w+\)", sentence[m.end() :]))
        )
        out.append(ShareMention(value, m.start(), m.end(), in_parens, component))
    return out
