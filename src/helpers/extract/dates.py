"""When a statement was made: explicit dates in the sentence, resolved against publication.

Rule (issue 4, item 5): a date written without a year ("on March 11", "on Monday", "last
week") is the most recent such day not after the publication date; with no usable date
the statement date is the publication date. Parsing is done by dateparser, but only on
spans a cheap regex found first, and each (span, publication date) is parsed once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DATE_RX = re.compile(
    rf"(?P<prep>\b(?:on|On|since|Since|from|From|by|By|until|Until|before|Before|after|After|till|through|to|as of)\s+)?"  # noqa: E501
    rf"(?:(?P<wd1>{WEEKDAYS}),?\s+)?"
    rf"(?:(?P<md>{MONTHS}\s+{_DAY}(?!\d)(?:\s*[-–]\s*(?:{MONTHS}\s+)?{_DAY})?(?:,?\s+(?P<y1>20\d\d))?)"
    rf"|(?P<dm>{_DAY}\s+{MONTHS}(?:\s*[-–]\s*{_DAY}\s+{MONTHS})?(?:,?\s+(?P<y2>20\d\d))?)"
    rf"|(?P<iso>20\d\d-\d\d-\d\d)"
    rf"|(?P<wd>{WEEKDAYS})"
    rf"|(?P<rel>yesterday|last week|last month|the day before|earlier this week|earlier on \w+day|on \w+day))\b"  # noqa: E501
)
_FUTURE = re.compile(
    r"\b(?:will|would|to be|to hold|to meet|next|scheduled|due|expected|plans? to|deadline)\b[^.]{0,30}$",
    re.I,
)
_MAYBE_DATE = re.compile(rf"\d|{WEEKDAYS}|yesterday|last (?:week|month)|earlier")
_RANGE = re.compile(r"\d\s*[-–]\s*(?:[A-Z]|\d)")
_WEEKDAY_NUM = {
    d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
# "a day after Macron floated the idea on Monday": the day named is the other event's; the
# statement came that many days later
_DAYS_AFTER = re.compile(
    r"\b(?P<n>a|one|the|two|three)\s+days?\s+(?:after|later than)\b(?P<clause>[^,;.\"“”]{0,80})$", re.I
)
_N_DAYS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}
_NOT_STATEMENT_PREP = {"since", "from", "by", "until", "before", "after", "till", "through", "to", "as of"}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str
    is_range: bool
    statement_like: bool  # "on March 11", "said Tuesday": a candidate for when something was said
    end_iso: str | None = None


_BASE = datetime(2000, 1, 1)  # a leap year, so "Feb. 29" parses; the real year is decided below


@lru_cache(maxsize=65536)
def _parse_parts(span: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of an absolute date span, parsed once per distinct span by dateparser."""
    import dateparser

    clean = span.replace("Sept.", "Sep").replace(".", "")
    value = dateparser.parse(
        clean, languages=["en"], settings={"RELATIVE_BASE": _BASE, "REQUIRE_PARTS": ["day", "month"]}
    )
    if value is None:
        return None
    has_year = bool(re.search(r"\b(?:19|20)\d\d\b", span))
    return value.month, value.day, (value.year if has_year else None)


def _resolve(text: str, published: str, has_year: bool) -> str | None:
    """Most recent day matching `text` that is not after `published` (an explicit year is kept)."""
    parts = _parse_parts(text)
    if parts is None:
        return None
    month, day, year = parts
    pub = date.fromisoformat(published)
    try:
        if year is not None:
            d = date(year, month, day)
            return d.isoformat() if d <= pub else None
        d = date(pub.year, month, day)
        if d > pub:
            d = date(pub.year - 1, month, day)
    except ValueError:  # Feb. 29 in a year without one
        return None
    return d.isoformat()


_HOLIDAY_BEFORE = re.compile(
    r"\b(?:Good|Black|Holy|Ash|Easter|Palm|Maundy|Cyber|Super|Bloody|every|each)\s*$", re.I
)
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s*(?:['’]s\b|(?:talks|meeting|summit|deadline|vote|election|session|briefing|edition|paper|prayers"
    r"|agreement|accord)\b)"
)


def _bare_weekday_dates(sentence: str, start: int, end: int) -> bool:
    """A weekday with no preposition (US style: `told reporters Monday`, `said late Monday`,
    `Speaking in Berlin Monday,`) is a day something happened, unless it names a thing
    (`Monday's meeting`, `the Friday deadline`) or a holiday (`Good Friday`)."""
    return not (
        _HOLIDAY_BEFORE.search(sentence, max(0, start - 12), start) or _ATTRIBUTIVE_AFTER.match(sentence, end)
    )


def find_dates(sentence: str, published: str | None) -> list[DateMention]:
    """Date mentions in a sentence, resolved against `published` (none when it is unknown)."""
    if not published or not _MAYBE_DATE.search(sentence):
        return []
    out: list[DateMention] = []
    for m in DATE_RX.finditer(sentence):
        prep = (m.group("prep") or "").strip().lower()
        core = m.group("md") or m.group("dm") or m.group("iso") or m.group("wd") or m.group("rel") or ""
        is_range = bool(_RANGE.search(core))
        first = re.split(r"\s*[-–]\s*", core)[0] if is_range else core
        year = m.group("y1") or m.group("y2")
        if is_range and year and year not in first:
            first = f"{first} {year}"
        rel = first.lower()
        if rel == "last week":
            iso = (date.fromisoformat(published) - timedelta(days=7)).isoformat()
        elif rel == "the day before" or rel == "yesterday":
            iso = (date.fromisoformat(published) - timedelta(days=1)).isoformat()
        elif rel.startswith("earlier") or rel == "last month":
            continue
        elif re.fullmatch(r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", rel):
            # the most recent such weekday, the publication day itself included
            pub = date.fromisoformat(published)
            target = _WEEKDAY_NUM[rel.split()[-1]]
            back = (pub.weekday() - target) % 7
            if back == 0 and re.search(r"\blast\s*$", sentence[max(0, m.start() - 6) : m.start()]):
                back = 7  # "last Friday" in a Friday paper is a week ago
            iso = (pub - timedelta(days=back)).isoformat()
        else:
            resolved = _resolve(re.sub(r"^on\s+", "", first), published, bool(year))
            if resolved is None:
                continue
            iso = resolved
        end_iso = None
        if is_range:
            last = re.split(r"\s*[-–]\s*", core)[-1]
            if not re.search(MONTHS, last):
                month = re.search(MONTHS, first)
                last = f"{month.group(0)} {last}" if month else last
            end_iso = _resolve(last, published, bool(year)) if last else None
        before = sentence[max(0, m.start() - 40) : m.start()]
        statement_like = (
            not is_range
            and prep not in _NOT_STATEMENT_PREP
            and not _FUTURE.search(before)
            and not (m.group("wd") and not prep and not _bare_weekday_dates(sentence, m.start(), m.end()))
        )
        core_start = m.start() + len(m.group("prep") or "")
        after = _DAYS_AFTER.search(sentence, max(0, m.start() - 110), core_start)
        if after and not is_range:
            shifted = date.fromisoformat(iso) + timedelta(days=_N_DAYS[after.group("n").lower()])
            if shifted > date.fromisoformat(published):
                continue  # not a day this text can report on
            iso, statement_like = shifted.isoformat(), not _FUTURE.search(before)
        out.append(DateMention(m.start(), m.end(), iso, is_range, statement_like, end_iso))
    return out


def statement_date(
    dates: list[DateMention], published: str | None, near: int | None = None
) -> tuple[str | None, str]:
    """(date, how): the statement-like date nearest to `near` (an offset), else publication."""
    cands = [d for d in dates if d.statement_like]
    if cands:
        if near is None:
            return cands[0].iso, "explicit"
        best = min(cands, key=lambda d: (abs(d.start - near), d.start))
        return best.iso, "explicit"
    return published, "published"
