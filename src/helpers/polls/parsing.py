"""Cell parsers for poll tables: fieldwork ranges, shares, sample sizes, footnote marks.

Poll tables are typed by hand: "4-5 Mar 2025", "28 Feb – 3 Mar", "1,012", "45 %[a]",
"n/a". Each parser returns None for an empty cell and raises `CellError` (with the
reason) for a cell it cannot read, so the caller can quarantine that row.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from dateutil import parser as dateutil_parser

MISSING = {
    "", "n/a", "na", "n.a.", "n/d", "n.d.", "-", "--", "–", "—", "―", "‒", "−", "?", "…", "...", "none", "null",  # noqa: E501
    "nan", "<na>", "tbc", "tba", "x", "not asked", "not given", "unknown",
}  # fmt: skip
_FOOTNOTE = re.compile(r"\[\s*(?:[a-z]{1,3}|\d{1,3}|note \d+|citation needed|nb \d+)\s*\]", re.I)
_TRAILING_MARKS = re.compile(r"[*†‡§¶#]+$")
_DASHES = re.compile(r"\s*(?:[-‐‑‒–—―−]|\bto\b)\s*")
_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:/|–|—|\bto\b|\s-\s|-(?=\d{4}-))\s*(\d{4}-\d{2}-\d{2})$")


class CellError(ValueError):
    """A cell whose text cannot be read as the value its column holds."""


def clean_cell(value: object) -> str | None:
    """Cell text without footnote marks ([a], [1], *, †) and surrounding space; None if empty."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN
        return None
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    text = _FOOTNOTE.sub("", str(value)).replace("\xa0", " ").replace("\u202f", " ")
    text = _TRAILING_MARKS.sub("", text.strip()).strip()
    return None if text.lower() in MISSING else text


def parse_share(value: object, *, scale: str = "percent") -> float | None:
    """'45%', '45.5 %[a]', '45,5', 0.45 (scale='fraction') -> percent as float; 'n/a' -> None.

    >>> parse_share("45 %[a]"), parse_share("n/a"), parse_share("37,5")
    (45.0, None, 37.5)
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value:
            return None
        number = float(value)
    else:
        text = clean_cell(value)
        if text is None:
            return None
        text = text.replace("%", "").replace(" ", "").replace("\u2212", "-").strip()
        text = re.sub(r"^[<>~≈c]\.?", "", text)
        text = re.sub(r"(?:pct|percent|per cent)$", "", text, flags=re.I)
        if re.fullmatch(r"\d+,\d+", text):
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise CellError(f"share {value!r} is not a number") from None
    return round(number * 100, 4) if scale == "fraction" else number


def parse_sample_size(value: object) -> int | None:
    """'1,012', '1 012', '1.012', 'c. 2000', 2000.0, '2104.0', '2,104.0' -> int; 'n/a' -> None.

    Why '2104.0': pandas reads a numeric column that has one 'n/a' cell as floats, and the
    float's text can reach here; it is still a whole number.

    >>> parse_sample_size("1,012"), parse_sample_size("c. 2 000"), parse_sample_size("–"), parse_sample_size("2104.0")  # noqa: E501
    (1012, 2000, None, 2104)
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value:
            return None
        if float(value) != int(value):
            raise CellError(f"sample size {value!r} is not a whole number")
        return int(value)
    text = clean_cell(value)
    if text is None:
        return None
    text = re.sub(r"^(?:c\.|ca\.?|approx\.?|about|~|≈|n\s*=)\s*", "", text, flags=re.I)
    text = re.sub(r"\s*(?:people|respondents|adults|interviews)$", "", text, flags=re.I)
    digits = re.sub(r"(?<=\d)[,.\s'’\u2009\u202f](?=\d{3}(?:\D|$))", "", text)
    digits = re.sub(r"[.,]0+$", "", digits)  # the text of a float: '2104.0'
    if not re.fullmatch(r"\d+", digits):
        raise CellError(f"sample size {value!r} is not a whole number")
    return int(digits)


def find_year(text: str | None) -> int | None:
    """The last four-digit year in a heading or caption ('Polls in 2025' -> 2025)."""
    if not text:
        return None
    years = _YEAR.findall(text)
    return int(years[-1]) if years else None


def _parts(text: str) -> dict[str, int | None]:
    """Day, month and year found in one side of a range ('28 Feb', '5', 'Mar 2025')."""
    found: dict[str, int | None] = {"day": None, "month": None, "year": None}
    for token in re.findall(r"[A-Za-z]+\.?|\d+", text):
        low = token.lower().rstrip(".")
        if low.isdigit():
            number = int(low)
            if len(low) == 4:
                found["year"] = number
            elif found["day"] is None and 1 <= number <= 31:
                found["day"] = number
            else:
                raise CellError(f"cannot read {text!r} as a date")
        elif low in _MONTHS:
            found["month"] = _MONTHS[low]
        elif low in {"st", "nd", "rd", "th", "of"}:
            continue
        else:
            raise CellError(f"cannot read {text!r} as a date")
    return found


# Languages tried for month names that are not English (dateparser is slow when it must try all).
DATE_LANGUAGES = (
    "de",
    "fr",
    "nl",
    "da",
    "sv",
    "nb",
    "fi",
    "pl",
    "cs",
    "sk",
    "it",
    "es",
    "pt",
    "ro",
    "hu",
    "et",
    "lv",
    "lt",
    "el",
    "bg",
    "hr",
    "sl",
    "uk",
    "ru",
)


@lru_cache(maxsize=4096)
def _foreign_date(text: str, default_year: int | None) -> date | None:
    """Month names in other languages ('4. März 2025') via dateparser."""
    import dateparser

    if not re.search(r"\d", text):
        return None  # 'Spring', 'TBC': no day or year to anchor a date
    settings = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "STRICT_PARSING": False}
    if default_year and not _YEAR.search(text):
        text = f"{text} {default_year}"
    parsed = dateparser.parse(text, languages=list(DATE_LANGUAGES), settings=settings)
    return parsed.date() if parsed else None


def _make(day: int | None, month: int | None, year: int | None, text: str, *, end: bool = False) -> date:
    """A date from parts; a missing day means the first (start) or last (end) day of the month."""
    if month is None or year is None:
        raise CellError(
            f"fieldwork {text!r} has no {'month' if month is None else 'year'} and none in context"
        )
    if day is None:
        import calendar

        day = calendar.monthrange(year, month)[1] if end else 1
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(f"fieldwork {text!r} is not a real calendar date") from None


def parse_fieldwork(
    value: object, *, default_year: int | None = None, dayfirst: bool = True
) -> tuple[str | None, str | None]:
    """Fieldwork text -> (start, end) ISO dates. A single date gives start == end.

    Missing parts are taken from the other side of the range, the year from
    `default_year` (the table's heading or caption) when the cell has none. A start
    month after the end month means the range crosses New Year.

    >>> parse_fieldwork("4-5 Mar 2025")
    ('2025-03-04', '2025-03-05')
    >>> parse_fieldwork("28 Feb – 3 Mar", default_year=2025)
    ('2025-02-28', '2025-03-03')
    >>> parse_fieldwork("29 Dec 2024 – 4 Jan 2025")
    ('2024-12-29', '2025-01-04')
    """
    text = clean_cell(value)
    if text is None:
        return None, None
    if _ISO.match(text):
        return text if _valid_iso(text) else _bad(text), text
    iso = _ISO_RANGE.match(text)
    if iso:
        return _valid_iso(iso.group(1)) or _bad(text), _valid_iso(iso.group(2)) or _bad(text)
    if re.fullmatch(
        r"\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:\s*(?:-|–|—|to)\s*\d{1,2}[./]\d{1,2}[./]\d{2,4})?", text
    ):
        sides = re.split(r"\s*(?:-|–|—|to)\s*", text)
        try:
            dates = [dateutil_parser.parse(s, dayfirst=dayfirst).date() for s in sides]
        except (ValueError, OverflowError):
            raise CellError(f"fieldwork {text!r} is not a real calendar date") from None
        return dates[0].isoformat(), dates[-1].isoformat()
    sides = [s for s in _DASHES.split(text) if s and s.strip()]
    if len(sides) > 2:
        raise CellError(f"cannot read fieldwork {text!r} as a date or a range of dates")
    parts = []
    for side in sides:
        try:
            parts.append(_parts(side))
        except CellError:
            parsed = _foreign_date(side, default_year)  # month names in other languages
            if parsed is None:
                raise CellError(f"cannot read fieldwork {text!r} as a date or a range of dates") from None
            parts.append(
                {
                    "day": parsed.day,
                    "month": parsed.month,
                    "year": parsed.year if _YEAR.search(side) or default_year else None,
                }
            )
    end = parts[-1]
    start = parts[0]
    end_month = end["month"] or start["month"]
    end_year = end["year"] or start["year"] or default_year
    end_date = _make(end["day"], end_month, end_year, text, end=True)
    if len(parts) == 1:
        return _make(end["day"], end_month, end_year, text).isoformat(), end_date.isoformat()
    start_month = start["month"] or end_month
    start_year = start["year"] or (
        end_year - 1 if end_year and start_month and end_month and start_month > end_month else end_year
    )
    start_date = _make(start["day"], start_month, start_year, text)
    if start_date > end_date:
        raise CellError(f"fieldwork {text!r} starts after it ends")
    return start_date.isoformat(), end_date.isoformat()


def _valid_iso(text: str) -> str | None:
    try:
        date.fromisoformat(text)
    except ValueError:
        return None
    return text


def _bad(text: str) -> str:
    raise CellError(f"fieldwork {text!r} is not a real calendar date")


def parse_date(value: object, *, fmt: str | None = None, dayfirst: bool = True) -> str | None:
    """A single date cell (publication date) -> ISO, with an optional strptime format."""
    text = clean_cell(value)
    if text is None:
        return None
    try:
        if fmt:
            return datetime.strptime(text, fmt).date().isoformat()
        if not _YEAR.search(text) and not re.search(r"\d[./]\d{1,2}[./]\d{2}$", text):
            raise CellError(f"date {value!r} has no year")
        return dateutil_parser.parse(text, dayfirst=dayfirst).date().isoformat()
    except (ValueError, OverflowError):
        raise CellError(f"date {value!r} cannot be read{f' with format {fmt}' if fmt else ''}") from None
