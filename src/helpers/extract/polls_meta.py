"""Who ran a poll, for whom, on whom, when and how big: read from the words around its figures.

Why separate from the figures: a poll's pollster, client, sample and dates are often in another
sentence than its shares ("The poll was carried out by Voxmeter for Ritzau."), so the document
step looks for them sentence by sentence; these helpers read one piece of text each.
"""

from __future__ import annotations

import re

from helpers.extract.dates import find_dates
from helpers.extract.rules import Rules
from helpers.schemas import BODIES

_CALENDAR = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_NAME = (
    r"[A-Z][\w&.'’\-]*(?:\s+(?:(?:of|on|van|von|de|der|du|la|le|del|in|with)\s+)?(?!" + _CALENDAR + r")"
    r"(?:[A-Z0-9][\w&.'’\-]*)){0,5}"
)
_LOWER_AGENCY = r"[a-z][\w\-]+(?=\s+(?:news agency|agency|newspaper|broadcaster))"
_ORG = rf"(?:{_NAME}|{_LOWER_AGENCY})"
_ORGS = rf"{_ORG}(?:(?:,\s*|\s+and\s+)(?:the\s+)?{_ORG})*"
_DESC = (
    r"(?:the\s+)?(?:(?:weekly|daily|newspaper|magazine|news agency|agency|broadcaster|public broadcaster|portal|"  # noqa: E501
    r"news group|newspaper group|polling firm|pollster|research (?:firm|institute|company)|institute|company|"
    r"think tank|market research firm|news site|website|outlet)\s+)?"
)
_SUFFIX = (
    r"(?:\s+(?:news agency|agency|newspaper group|newspaper|magazine|weekly|daily|portal|research institute|"
    r"institute|polling firm|pollster|company|think tank|broadcaster|news group|news site))?"
)
# words that start a capitalised run without naming anyone ("The", "A", a weekday, a month)
_NOT_A_NAME_WORDS = (
    r"(?:The|A|An|New|Latest|Recent|Some|This|That|Opinion|Public|National|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Asked|According|Only|Another|Most)\b"
)
_POLL_NOUN = r"(?:(?:opinion\s+)?(?:poll|survey|study|research)|polling|surveying)"
# what links a polling firm to whoever paid for the poll, in any of the ways copy says it: "Ipsos,
# polling for Reuters", "Ipsos, in a poll for Reuters", "a YouGov survey commissioned by The Times",
# "Forsa, which polled 1,000 adults on behalf of RTL"
_COMMISSIONED = (
    rf"(?:,?\s+(?:(?:in|with|through|from)\s+(?:an?|the|its|their|this|that)\s+(?:[\w-]+\s+){{0,2}}?{_POLL_NOUN}"
    rf"|{_POLL_NOUN})(?:\s+(?:conducted|carried out|done|taken|run))?"
    r"|,?\s+(?:(?:which|who)\s+)?(?:polled|surveyed|interviewed|questioned)\b[^.;]{0,40}?)"
    r"\s+(?:for|commissioned by|on behalf of|paid for by)\s+"
)
_FRAMES: list[tuple[re.Pattern[str], bool]] = [
    # (pattern, whether group a is the polling firm)
    (re.compile(rf"\bcommissioned by {_DESC}(?P<b>{_ORG}){_SUFFIX} from (?:the\s+)?(?P<a>{_NAME})"), True),
    # a firm's name, a commissioning phrase, the client
    (
        re.compile(rf"\b(?!{_NOT_A_NAME_WORDS})(?P<a>{_NAME}){_SUFFIX}{_COMMISSIONED}{_DESC}(?P<b>{_ORGS})"),
        True,
    ),
    (
        re.compile(
            rf"\b(?P<a>{_NAME}),\s+(?:which|who)\s+(?:polled|surveyed|interviewed|questioned|carried out|conducted|ran)"
            rf"\b[^.;]{{0,40}}?\bfor "  # noqa: E501
            rf"{_DESC}(?P<b>{_ORGS})"
        ),
        True,
    ),
    (
        re.compile(
            rf"\b(?:poll|survey|study|polling|research)\b,?\s+(?:(?:was\s+)?(?:conducted|carried out|run|done)"  # noqa: E501
            rf"\s+)?by {_DESC}(?P<a>{_NAME}){_SUFFIX},?(?:\s+for {_DESC}(?P<b>{_ORGS}))?"
        ),
        True,
    ),
    (
        re.compile(
            rf"\b(?:conducted|carried out|run|published|released)(?:\s+on\s+\w+)?\s+by {_DESC}(?P<a>{_NAME}){_SUFFIX}"  # noqa: E501
            rf"(?:\s+for {_DESC}(?P<b>{_ORGS}))?"
        ),
        True,
    ),
    (
        re.compile(
            rf"\b(?:[Aa]n?|[Tt]he|[Nn]ew|[Ll]atest|[Rr]ecent)\s+(?P<a>{_NAME}){_SUFFIX}\s+(?:opinion\s+)?(?:poll|survey|study)"  # noqa: E501
            rf"(?:\s+(?:conducted|carried out|taken|done)(?:\s+[\w.]+){{0,3}}?)?"
            rf"(?:\s+(?:for|commissioned by)\s+{_DESC}(?P<b>{_ORGS}))?"
        ),
        True,
    ),
    (
        re.compile(
            rf"\b(?P<a>{_NAME})\s+(?:fielded|conducted|carried out|ran)\s+(?:the\s+)?(?:poll|survey|[\d,]+\s+interviews)"
        ),
        True,
    ),
    (re.compile(rf"\b(?:pollster|polling firm|research firm|polling institute)\s+(?P<a>{_NAME})"), True),
    (
        re.compile(
            rf"\b(?:poll|survey|study)\b[^.;]{{0,60}}?\b(?:for|commissioned by) {_DESC}(?P<b>{_ORGS})"
        ),
        False,
    ),  # noqa: E501
]
_NOT_A_NAME = re.compile(rf"^{_NOT_A_NAME_WORDS}")
_SAMPLE = re.compile(
    r"(?<![\d,.])(\d{1,3}(?:[,.\s]\d{3})+|\d{3,6})\s+(?:(?:[\w-]+\s+){0,2}?)"
    r"(?:people|respondents|adults|voters|citizens|residents|members|interviews|persons|[A-Z][a-z]+s)\b",
)
_MOE = re.compile(
    r"(?:margin of (?:sampling )?error|sampling error|error margin)[^.;\d]{0,30}?(?:\+/-|±|plus or minus\s*)?\s?"  # noqa: E501
    r"(\d{1,2}(?:[.,]\d)?)",
    re.I,
)
_PUBLISHED_WORDS = re.compile(
    r"\b(?:published|released|issued|presented|unveiled|said|announced|reported|out)\b[^.;]{0,40}$", re.I
)


def _clean(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(r"['’]s$", "", name.strip()).rstrip(".,;:")
    name = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", name)
    return name or None


def pollster_parts(text: str, rules: Rules) -> tuple[str | None, str | None]:
    """(polling firm, client) named in the text, either may be None."""
    for rx, a_is_firm in _FRAMES:
        for m in rx.finditer(text):
            a = _clean(m.groupdict().get("a"))
            b = _clean(m.groupdict().get("b"))
            if a and (_NOT_A_NAME.match(a) or rules.countries.code(a)):
                a = None
            if b and (_NOT_A_NAME.match(b) or rules.countries.code(b)):
                b = None
            if a and a_is_firm:
                return a, b
            if b:  # a client only ("a survey for the agency"): a firm may be named elsewhere in the text
                firm = rules.pollster_rx.search(text) if rules.pollster_rx is not None else None
                return (firm.group(1) if firm and firm.group(1) not in b else None), b
    if rules.pollster_rx is not None:
        found = rules.pollster_rx.search(text)
        if found:
            return found.group(1), None
    return None, None


def join_pollster(firm: str | None, client: str | None) -> str | None:
    """ "Voxmeter for Ritzau": the codebook's form of a firm and its client."""
    if firm and client and client.lower() not in firm.lower():
        return f"{firm} for {client}"
    return firm or client


def sample_size(text: str) -> float | None:
    m = _SAMPLE.search(text)
    if not m:
        return None
    n = float(re.sub(r"[,.\s]", "", m.group(1)))
    return n if 50 <= n <= 1_000_000 and not 1900 <= n <= 2100 else None


def margin_of_error(text: str) -> float | None:
    m = _MOE.search(text)
    return float(m.group(1).replace(",", ".")) if m else None


_PUBLISHED_HINT = re.compile(
    r"\b(?:published|released|issued|presented|unveiled|said|announced|reported|out)\b", re.I
)
_RANGE_HINT = re.compile(r"\d\s*(?:[-–—]|to\b|and\b|until\b)", re.I)


def publication_date(text: str, published: str | None) -> str | None:
    """A day the text says the poll came out ("published on Friday")."""
    if not _PUBLISHED_HINT.search(text):
        return None  # dates are costly to read; most poll sentences name no publication day
    for d in find_dates(text, published):
        said_out = _PUBLISHED_WORDS.search(text[max(0, d.start - 50) : d.start])
        if not d.is_range and d.statement_like and said_out:
            return d.iso
    return None


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),  # noqa: E501
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),  # noqa: E501
            ("dec", "december"),
        ]
    )  # fmt: skip
    for m in names
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "from March 3 to 12", "between Feb. 18 and 20", "on Feb. 13 and 14", "from Dec. 28 to Jan. 3, 2025"
_SPOKEN_RANGE = re.compile(
    rf"\b(?:from|between|on)\s+(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|and|until|till)\s+"  # noqa: E501
    rf"(?:(?P<m2>{_MONTH})\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?",
    re.I,
)


def _spoken_range(text: str, published: str | None) -> tuple[str | None, str | None]:
    from datetime import date

    m = _SPOKEN_RANGE.search(text)
    if not m:
        return None, None
    m1 = _MONTHS.get(m.group("m1").lower().rstrip(".")[:3])
    m2 = _MONTHS.get(m.group("m2").lower().rstrip(".")[:3]) if m.group("m2") else m1
    if not m1 or not m2:
        return None, None
    ref = date.fromisoformat(published) if published else None
    year = int(m.group("y")) if m.group("y") else (ref.year if ref else None)
    if year is None:
        return None, None
    try:
        end = date(year, m2, int(m.group("d2")))
        if not m.group("y") and ref is not None and end > ref:
            end = date(year - 1, m2, int(m.group("d2")))
        start = date(end.year - (1 if m1 > m2 else 0), m1, int(m.group("d1")))
    except ValueError:
        return None, None
    return (start.isoformat(), end.isoformat()) if start <= end else (None, None)


def fieldwork(text: str, published: str | None) -> tuple[str | None, str | None]:
    """First and last day of fieldwork when the text gives a range ("conducted March 3-5",
    "between Feb. 18 and 20")."""
    if not _RANGE_HINT.search(text):
        return None, None
    for d in find_dates(text, published):
        if d.is_range:
            return d.iso, d.end_iso
    return _spoken_range(text, published)


def country_after(text: str, rules: Rules) -> str | None:
    """ "53% of Danes", "One in four Poles": the population right after the figure."""
    m = re.match(r"\s*\)?\s*(?:of\s+(?:the\s+|all\s+)?)?([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)", text)
    if not m:
        return None
    pm = rules.countries.people_rx.match(m.group(1))
    if pm:
        return rules.countries.code(pm.group(1))
    if text.lstrip(" )").startswith("of"):
        return rules.countries.code(m.group(1)) or rules.countries.code(m.group(1).split()[0])
    return None


def _subject_or_body(code: str, rules: Rules) -> bool:
    """A code that is never a poll's country: one the debate is about, or an international body."""
    return code in rules.subject_countries or code in BODIES


def country_before(text: str, rules: Rules) -> str | None:
    """The nearest population or "in <country>" before the figure ("In Italy the split is 40% ...")."""
    best: tuple[int, str] | None = None
    for pm in rules.countries.people_rx.finditer(text):
        code = rules.countries.code(pm.group(1))
        if code and (best is None or pm.start() > best[0]):
            best = (pm.start(), code)
    for im in re.finditer(r"\b[Ii]n (?:the\s+)?([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)", text):
        code = rules.countries.code(im.group(1))
        if code and not _subject_or_body(code, rules) and (best is None or im.start() > best[0]):
            best = (im.start(), code)
    return best[1] if best else None


def adjective_countries(text: str, rules: Rules) -> list[str]:
    """Countries named as adjectives or names ("Danish soldiers"), not the countries the debate is
    about (the topic's `subject_countries`) nor international bodies."""
    out: list[str] = []
    for am in rules.countries.adjective_rx.finditer(text):
        code = rules.countries.code(am.group(1))
        if code and not _subject_or_body(code, rules) and code not in out:
            out.append(code)
    return out
