"""Opinion-poll figures reported in news text ("53% of Danes are in favor ...").

Why separate from statements: a poll is a share of a population, not a person's position;
it has its own columns (pollster, shares, fieldwork, sample) and its own table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.extract.dates import find_dates
from helpers.extract.rules import Rules

_WORD_NUM = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_SPELLED = r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS) + r"))?|" + "|".join(_TEENS) + r")"
_SHARE = re.compile(
    r"(?P<pct>\d{1,3}(?:[.,]\d)?)\s?(?:%|percent\b|per cent\b|pct\b)"
    rf"|(?P<spelled>\b{_SPELLED})\s+(?:percent|per cent)\b"
    r"|(?P<frac>\b(?:one|1) in (?P<den>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b)"
    r"|(?P<word>\b(?:two[- ]thirds|a third|one[- ]third|a quarter|half|three[- ]quarters)\b)",
    re.I,
)
_WORD_SHARE = {
    "two-thirds": 66.7,
    "two thirds": 66.7,
    "a third": 33.3,
    "one-third": 33.3,
    "one third": 33.3,
    "a quarter": 25.0,
    "half": 50.0,
    "three-quarters": 75.0,
    "three quarters": 75.0,
}
_SAMPLE = re.compile(
    r"\b(?:of|among|surveyed|polled|questioned|interviewed|asked|sample of)\s+(?:some\s+|about\s+|around\s+|nearly\s+|more than\s+)?(\d{1,3}(?:[,.]\d{3})+|\d{3,6})\s+(?:\w+\s+)?(?:people|respondents|adults|voters|citizens|residents|[A-Z]\w+)",  # noqa: E501
    re.I,
)
_MOE = re.compile(
    r"margin of error (?:of |is |was )?(?:\+/-|±|plus or minus |plus/minus )?\s?(\d(?:\.\d)?)", re.I
)
_POLLSTER_FRAMES = [
    re.compile(
        r"\b(?:poll|survey|study)\s+(?:(?:was\s+)?(?:conducted|carried out|commissioned|published|released|run)\s+)?by\s+(?:the\s+)?(?P<a>[A-Z][\w&.\-]*(?:\s+[A-Z&][\w&.\-]*){0,3})(?:\s+(?:news agency|institute|agency|polling firm|pollster))?(?:\s+for\s+(?:the\s+)?(?P<b>[A-Z][\w&.\-]*(?:\s+[A-Z&][\w&.\-]*){0,3}))?"  # noqa: E501
    ),
    re.compile(
        r"\b(?:published|released|commissioned|conducted|carried out)\s+by\s+(?:the\s+)?(?P<a>[A-Z][\w&.\-]*(?:\s+[A-Z&][\w&.\-]*){0,3})(?:\s+(?:news agency|institute|agency|polling firm|pollster))?(?:\s+for\s+(?:the\s+)?(?P<b>[A-Z][\w&.\-]*(?:\s+[A-Z&][\w&.\-]*){0,3}))?"  # noqa: E501
    ),
    re.compile(
        r"\b(?:pollster|polling (?:firm|agency|institute)|research (?:firm|institute))\s+(?P<a>[A-Z][\w&.\-]*(?:\s+[A-Z&][\w&.\-]*){0,2})"  # noqa: E501
    ),
    re.compile(
        r"\b(?:a|an|the|new|latest)\s+(?P<a>[A-Z][\w&.\-]*(?:\s+[A-Z&][\w&.\-]*){0,2})\s+(?:poll|survey)(?:\s+(?:for|commissioned by)\s+(?:the\s+)?(?P<b>[A-Z][\w&.\-]*(?:\s+[A-Z&][\w&.\-]*){0,2}))?"  # noqa: E501
    ),
    re.compile(
        r"\b(?P<a>[A-Z][\w&.\-]*(?:\s+[A-Z&][\w&.\-]*){0,2})\s+(?:poll|survey)\s+(?:for|commissioned by)\s+(?:the\s+)?(?P<b>[A-Z][\w&.\-]*(?:\s+[A-Z&][\w&.\-]*){0,2})"  # noqa: E501
    ),
]
_NOT_POLLSTER = re.compile(
    r"^(?:The|A|An|New|Latest|Recent|Some|This|That|Opinion|Public|National|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


@dataclass(frozen=True)
class PollFigure:
    share_support: float | None
    share_oppose: float | None
    share_dont_know: float | None
    country: str | None
    pollster: str | None
    date: str | None
    fieldwork_start: str | None
    fieldwork_end: str | None
    sample_size: float | None
    margin_of_error: float | None
    question: str | None
    population: str | None


def _value(m: re.Match[str]) -> float:
    if m.group("pct"):
        return float(m.group("pct").replace(",", "."))
    if m.group("spelled"):  # "Forty-nine percent"
        parts = re.split(r"[- ]", m.group("spelled").lower())
        return float(_TEENS.get(parts[0]) or _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0))
    if m.group("frac"):
        den = m.group("den").lower()
        return round(100.0 / (_WORD_NUM.get(den) or int(den)), 1)
    return _WORD_SHARE[m.group("word").lower().replace("–", "-")]


def _pollster(sentence: str, rules: Rules) -> str | None:
    for rx in _POLLSTER_FRAMES:
        m = rx.search(sentence)
        if m:
            a = (
                re.sub(r"^(?:A|An|The|New|Latest)\s+", "", re.sub(r"['’]s$", "", m.group("a")))
                .strip()
                .rstrip(".,")
            )
            if _NOT_POLLSTER.match(a) or rules.countries.code(a):
                continue
            b = m.groupdict().get("b")
            return f"{a} for {b.strip().rstrip('.,')}" if b else a
    if rules.pollster_rx is not None:
        m = rules.pollster_rx.search(sentence)
        if m:
            return m.group(1)
    return None


def _polarity(after: str, rules: Rules) -> str | None:
    head = after[:70]
    head = re.sub(
        r"^\s*\)?\s*,?\s*(?:of\s+)?(?:the\s+)?(?:(?:[A-Z]\w+|respondents|people|those|voters|citizens|adults)(?:\s+(?:people|citizens|voters|adults|respondents|polled|surveyed|asked|questioned|interviewed))*\s*,?\s*)?",
        "",
        head,
    )
    head = re.sub(
        r"^(?:(?:said|say|were|are|is|was|would|be|who|that|they|while|whereas|and)\s+)*",
        "",
        head.strip(),
        flags=re.I,
    )
    for label, pat in (
        ("dont_know", rules.poll_dont_know),
        ("oppose", rules.poll_oppose),
        ("support", rules.poll_support),
    ):
        if re.match(rf"(?:\w+ly\s+)?(?:{pat})", head, re.I):
            return label
    return None


def find_polls(
    sentence: str, rules: Rules, published: str | None, doc_country: str | None = None
) -> list[PollFigure]:
    """Poll figures on the topic question in one sentence (sub-group figures are skipped)."""
    named_pollster = rules.pollster_rx is not None and rules.pollster_rx.search(sentence)
    if (rules.poll_trigger is None or not rules.poll_trigger.search(sentence)) and not named_pollster:
        return []  # a figure is a poll when the sentence says so or names a polling firm
    if rules.poll_topic is not None and not rules.poll_topic.search(sentence):
        return []
    figures: dict[str | None, dict] = {}
    last_country: str | None = None
    prev_end = 0
    for m in _SHARE.finditer(sentence):
        after = sentence[m.end() :]
        before = sentence[max(0, m.start() - 40) : m.start()]
        # "a majority (61%) oppose", "X% for, Y% against"
        polarity = _polarity(after, rules)
        if polarity is None and re.search(r"\(\s*$", before):
            polarity = _polarity(sentence[m.end() :].lstrip(") "), rules)
        if polarity is None:
            continue
        clause = sentence[max(prev_end, m.start() - 60) : m.end() + 60]
        prev_end = m.end()
        if rules.poll_subgroup is not None and rules.poll_subgroup.search(clause):
            continue
        nxt = _SHARE.search(sentence, m.end())
        own = sentence[m.end() : nxt.start() if nxt else len(sentence)]
        if (
            rules.poll_other_question is not None
            and rules.poll_other_question.search(own)
            and not (rules.poll_topic is not None and rules.poll_topic.search(own))
        ):
            continue
        pm = rules.countries.people_rx.search(sentence[m.end() : m.end() + 40])
        country = rules.countries.code(pm.group(1)) if pm else None
        if country is None and last_country is None:
            # "In the Opinium poll of Britons, 40% for, 45% against": the one population the sentence names
            codes = {
                rules.countries.code(x.group(1)) for x in rules.countries.people_rx.finditer(sentence)
            } - {None}
            if len(codes) == 1:
                country = codes.pop()
        if country is None:
            cm = re.search(r"\bin (?:the\s+)?([A-Z]\w+(?: [A-Z]\w+)?)", sentence)
            country = last_country or (rules.countries.code(cm.group(1)) if cm else None) or doc_country
        if country is None:
            # "46% for, 38% against sending British troops": the one country the question names
            codes = {
                rules.countries.code(x.group(1))
                for x in rules.countries.adjective_rx.finditer(sentence)
                if not rules.place.search(x.group(1))
            } - {None, "EU", "NATO", "UN"}
            if len(codes) == 1:
                country = codes.pop()
        last_country = country
        slot = figures.setdefault(country, {})
        key = {"support": "share_support", "oppose": "share_oppose", "dont_know": "share_dont_know"}[polarity]
        if key not in slot:
            slot[key] = _value(m)
            if key == "share_support" or "question_at" not in slot:
                slot["question_at"] = m.end()
    if not figures:
        return []
    dates = find_dates(sentence, published)
    singles = [d for d in dates if not d.is_range and d.statement_like]
    published_words = [
        d
        for d in singles
        if re.search(
            r"\b(?:published|released|reported|out|issued)\b[^.]{0,40}$",
            sentence[max(0, d.start - 50) : d.start],
        )
    ]
    chosen = (published_words or singles)[:1]
    pub_date = chosen[0].iso if chosen else None
    field_range = next((d for d in dates if d.is_range), None)
    pollster = _pollster(sentence, rules)
    sample = _SAMPLE.search(sentence)
    moe = _MOE.search(sentence)
    out = []
    questions: list[str | None] = []
    for country, slot in figures.items():
        if "share_support" not in slot and "share_oppose" not in slot:
            continue
        q = sentence[slot["question_at"] :]
        qm = re.search(
            r"(?:in favou?r of|support\w*|back\w*|oppos\w*|against|approv\w*)\s+(.+?)(?:,\s*(?:according|a |an |the |published|found|showed|shows|said|while|with|and \d|\d)|\s+according to|[.;]|$)",  # noqa: E501
            q,
            re.I,
        )
        question = qm.group(1).strip() if qm else None
        if question and re.fullmatch(r"(?:it|this|that|the idea|the plan|them)", question, re.I):
            question = None
        questions.append(question)
        pop = rules.countries.people_rx.search(sentence)
        out.append(
            PollFigure(
                share_support=slot.get("share_support"),
                share_oppose=slot.get("share_oppose"),
                share_dont_know=slot.get("share_dont_know"),
                country=country,
                pollster=pollster,
                date=pub_date or published,
                fieldwork_start=field_range.iso if field_range else None,
                fieldwork_end=field_range.end_iso if field_range else None,
                sample_size=float(re.sub(r"[,.]", "", sample.group(1))) if sample else None,
                margin_of_error=float(moe.group(1)) if moe else None,
                question=question,
                population=pop.group(1) if pop else None,
            )
        )
    return out
