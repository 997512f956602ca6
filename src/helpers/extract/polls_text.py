"""Opinion polls reported in news text, read a document at a time.

Why a document at a time: real copy spreads one poll over clauses and sentences ("A new survey
found 48% back the idea, with 31% opposed. Another 21 percent were undecided. The poll was
carried out by X for Y."). The figures of a poll are collected in reading order: a figure joins
the poll being read when its role (support, oppose, don't know) is still free and its country
agrees; otherwise it starts a new poll. A sentence that does not itself name the topic can only
continue a poll (or start the document's first one, after a lead sentence that names the
topic); this keeps a share about some other wish out. Pollster, client, dates, sample
and margin of error are read from the poll's own words first, then from the sentences around
it. A poll without a support share is no row (the gold sets' convention: `polls_news/README.md`).

Why separate from statements: a poll is a share of a population, not a person's position; it
has its own columns (pollster, shares, fieldwork, sample) and its own table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from helpers.extract import polls_meta as meta
from helpers.extract.polls_figures import ShareMention, find_shares
from helpers.extract.polls_roles import (
    is_new_question,
    is_other_question,
    is_pair_link,
    is_subgroup,
    opposite,
    role_of,
)
from helpers.extract.rules import Rules

# a sentence that may hold a share ("53%", "49 per cent", "one in four", "two-thirds"): a cheap first look
_FIGURE_HINT = re.compile(
    r"\d\s?(?:%|per\s?cent|percent|pct)|\b(?:percent|per\s?cent)\b|\b(?:one|two|three|four|five|\d) in "
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d)|\bthirds?\b|\bquarters?\b|\bhalf\b|\bfifth\b",
    re.I,
)
_WINDOW = 2  # sentences between a figure and the poll words ("survey", a pollster) that make it a poll
# poll words beyond the topic's trigger list: panels that pollsters and broadcasters run
_TRIGGER_EXTRA = re.compile(
    r"\b(?:opinion|research|citizens['’]?|survey|online|representative) panel\b|\bpanel members\b", re.I
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


@dataclass
class _Poll:
    """A poll while its figures are being read."""

    country: str | None
    sentences: list[int]
    segment: tuple[int, int, int]  # (sentence, start, end) of the words around its first figure
    shares: dict[str, float] = field(default_factory=dict)
    question: str | None = None
    population: str | None = None
    roles_in_order: list[str] = field(default_factory=list)


@dataclass
class _Mention:
    """One figure with what the words around it say."""

    share: ShareMention
    role: str | None
    excluded: bool  # sub-group or other question
    explicit_country: str | None
    question_words: str


def _text(s: Any) -> str:
    return s if isinstance(s, str) else s.text


def _is_poll_sentence(text: str, rules: Rules) -> bool:
    if rules.poll_trigger is not None and rules.poll_trigger.search(text):
        return True
    if _TRIGGER_EXTRA.search(text):
        return True
    return bool(rules.pollster_rx is not None and rules.pollster_rx.search(text))


def _on_topic(text: str, rules: Rules) -> bool:
    """The words name the topic's question or its core words (the topic's `core_patterns`)."""
    return any(rx is not None and rx.search(text) for rx in (rules.poll_topic, rules.poll_core))


class _LazyCountry:
    """The document's population, read only when a poll needs it (reading it costs a regex per sentence)."""

    def __init__(self, texts: Sequence[str], rules: Rules) -> None:
        self.texts, self.rules, self.done = texts, rules, False
        self.value: str | None = None

    def get(self) -> str | None:
        if not self.done:
            self.value, self.done = _document_country(self.texts, self.rules), True
        return self.value


def _document_country(texts: Sequence[str], rules: Rules) -> str | None:
    """The population the document is about: the most named people ("Danes"), else country; people
    of the topic's `polls.exclude_poll_countries` are not counted."""
    people: Counter[str] = Counter()
    names: Counter[str] = Counter()
    excluded = rules.topic.excluded_poll_countries
    for t in texts:
        for pm in rules.countries.people_rx.finditer(t):
            code = rules.countries.code(pm.group(1))
            if code and code not in excluded:
                people[code] += 1
        for code in meta.adjective_countries(t, rules):
            names[code] += 1
    for counter in (people, names):
        if counter:
            (best, n), *rest = counter.most_common()
            if not rest or rest[0][1] < n:
                return best
    return None


def _read_mentions(text: str, rules: Rules, last_pair: list[str] | None = None) -> list[_Mention]:
    """Every figure of a sentence with its role, its exclusion and the country its words name."""
    shares = find_shares(text)
    last_pair = last_pair if last_pair is not None else []
    out: list[_Mention] = []
    for k, m in enumerate(shares):
        prev_end = shares[k - 1].end if k else 0
        next_start = shares[k + 1].start if k + 1 < len(shares) else len(text)
        if m.component:
            continue
        before, after = text[prev_end : m.start], text[m.end : next_start]
        role = role_of(text, m, prev_end, next_start, rules)
        excluded = is_subgroup(text, m, prev_end, next_start, rules)
        if not excluded and out and out[-1].excluded and out[-1].share.end >= prev_end - 1:
            # "men (77%) and women (75%)": a figure joined to a sub-group figure is one too
            between = text[prev_end : m.start]
            if not re.search(r"\b(?:overall|in total|of all|all respondents|nationally)\b", between, re.I):
                excluded = out[-1].role is not None and not _on_topic(between, rules) and len(between) < 40
        question_words = before if (m.in_parens or not re.search(r"\w{3}", after)) else after
        if m.in_parens:
            question_words = before + " " + after
        if not excluded and is_other_question(question_words, rules):
            excluded = True
        elif (
            not excluded
            and out
            and out[-1].excluded
            and not _on_topic(question_words, rules)
            and not meta.country_before(before, rules)
        ):
            excluded = True  # "(48% in favour, 46% against)": the pair of an excluded figure
        country = meta.country_after(after, rules) or meta.country_before(before, rules)
        if country is None:
            # the figure's own words up to the next clause ("in favour, in Sweden 39%" names the next one)
            own_words = re.split(r"[,;:]|\b[Ii]n (?:the\s+)?[A-Z]", after[:90])[0]
            adj = meta.adjective_countries(own_words, rules)
            if not adj and (m.in_parens or role is not None):
                adj = meta.adjective_countries(before, rules)
                adj = adj if len(adj) == 1 else []
            country = adj[0] if adj else None
        out.append(_Mention(m, role, excluded, country, question_words))
    # "in Sweden 39% to 27%": figures without role words follow the order of the pair before them
    # (in this sentence, else the document's last); "against, by 45% to 36%": the second is the opposite
    pair: list[str] = list(last_pair)
    for k, mm in enumerate(out):
        if mm.role is not None and not mm.excluded:
            nxt = out[k + 1] if k + 1 < len(out) else None
            if nxt is not None and nxt.role is None and is_pair_link(text[mm.share.end : nxt.share.start]):
                nxt.role = opposite(mm.role)
            if k and out[k - 1].role is not None and out[k - 1].role != mm.role:
                pair = [out[k - 1].role or "", mm.role]
            continue
        if mm.role is None and pair and k + 1 < len(out) and out[k + 1].role is None:
            link = text[mm.share.end : out[k + 1].share.start]
            if is_pair_link(link):
                mm.role, out[k + 1].role = pair[0], pair[1]
    last_pair[:] = pair
    return out


def _question(words: str) -> str | None:
    qm = re.search(
        r"(?:in favou?r of|support\w*|back\w*|oppos\w*|against|approv\w*|favou?r\w*|should|on whether|about)\s+"  # noqa: E501
        r"(.+?)(?:,\s*(?:according|a |an |the |published|found|showed|shows|said|while|with|and \d|\d)|"
        r"\s+according to|[.;:(]|$)",
        words,
        re.I,
    )
    q = qm.group(1).strip() if qm else None
    if q and re.fullmatch(r"(?:it|this|that|the idea|the plan|them|such a \w+)", q, re.I):
        return None
    return q


def find_document_polls(sentences: Sequence[Any], rules: Rules, published: str | None) -> list[dict]:
    """Poll rows of one document, in reading order.

    `sentences` are `helpers.extract.sentences.Sentence` objects (or plain strings) in document
    order. Each row carries the PollFigure columns plus `sentence` (the sentence(s) its figures
    came from) and `sentence_index` (the first of them); the caller adds provenance.
    """
    texts = [_text(s) for s in sentences]
    figure_idx = [i for i, t in enumerate(texts) if _FIGURE_HINT.search(t)]
    if not figure_idx:
        return []  # most documents hold no share at all: nothing else is read
    near = sorted(
        {j for i in figure_idx for j in range(max(0, i - _WINDOW), min(len(texts), i + _WINDOW + 1))}
    )
    poll_idx = [i for i in near if _is_poll_sentence(texts[i], rules)]
    if not poll_idx:
        return []
    doc_country = _LazyCountry(texts, rules)
    polls: list[_Poll] = []
    current: _Poll | None = None
    last_pair: list[str] = []  # role order of the last "X% for, Y% against" pair, for "A% to B%" later
    last_read = -10  # the last sentence whose figures went into a poll: a list of countries runs on
    for i in figure_idx:
        text = texts[i]
        if min(abs(i - j) for j in poll_idx) > _WINDOW and i - last_read > 1:
            continue
        mentions = _read_mentions(text, rules, last_pair)
        if not mentions:
            continue
        topical = _on_topic(text, rules)
        lead_before = any(_on_topic(texts[j], rules) for j in range(max(0, i - _WINDOW), i))
        if not topical and not lead_before and i - last_read > 1:
            continue
        if current is not None and i - current.sentences[-1] > _WINDOW:
            current = None
        last_country: str | None = None
        for k, mm in enumerate(mentions):
            if mm.excluded or mm.role is None:
                if mm.explicit_country:
                    last_country = mm.explicit_country
                continue
            country = mm.explicit_country
            joins = (
                current is not None
                and mm.role not in current.shares
                and (country is None or current.country is None or country == current.country)
                and not (k and is_new_question(text[mentions[k - 1].share.end : mm.share.start]))
            )
            if joins and current is not None:
                if current.country is None:
                    current.country = country
            else:
                new_country = country or (last_country if k else None) or doc_country.get()
                may_start = (
                    topical
                    or not polls
                    or (new_country is not None and current is not None and new_country != current.country)
                )
                if not may_start:
                    continue
                seg_start = mentions[k - 1].share.end if k else 0
                current = _Poll(country=new_country, sentences=[i], segment=(i, seg_start, mm.share.end))
                polls.append(current)
            if i not in current.sentences:
                current.sentences.append(i)
            current.shares[mm.role] = mm.share.value
            last_read = i
            current.roles_in_order.append(mm.role)
            if mm.role == "support" and current.question is None:
                current.question = _question(mm.question_words)
            if current.country is None and country:
                current.country = country
            last_country = current.country
            if k + 1 < len(mentions):
                seg = current.segment
                if seg[0] == i:
                    current.segment = (i, seg[1], mentions[k + 1].share.start)
    return [_row(p, polls, texts, rules, published, doc_country.get) for p in polls if "support" in p.shares]


def _row(
    p: _Poll,
    polls: list[_Poll],
    texts: list[str],
    rules: Rules,
    published: str | None,
    doc_country: Callable[[], str | None],
) -> dict:
    first = p.sentences[0]
    own = [texts[j] for j in p.sentences]
    others_first = {q.sentences[0] for q in polls if q is not p}
    # where to look for this poll's pollster, dates and sample: its own words, then its sentences,
    # then the sentences after it (up to another poll's), then the ones before it (nearest first)
    si, s0, s1 = p.segment
    forward = [texts[si][s0:s1]]
    if sum(1 for q in polls if q.sentences[0] == first) == 1:
        forward += own
    for j in range(first + 1, min(len(texts), p.sentences[-1] + 1 + _WINDOW)):
        if j in others_first and j not in p.sentences:
            break
        forward.append(texts[j])
    others = {j for q in polls if q is not p for j in q.sentences}
    backward: list[str] = []  # the sentences before it, nearest first, up to another poll's
    for j in range(first - 1, max(-1, first - 1 - _WINDOW), -1):
        if j in others:
            break
        backward.append(texts[j])
    firm = client = None
    # a pollster named once serves every poll after it ("a YouGov survey shows ... In Italy ...")
    for t in forward + backward + [texts[j] for j in range(first - 1, -1, -1)]:
        a, b = meta.pollster_parts(t, rules)
        firm, client = firm or a, client or b
        if firm:
            break
    pub = fw_start = fw_end = None
    sample = moe = None
    for t in dict.fromkeys(forward + backward):  # a sentence read once even when listed twice
        pub = pub or meta.publication_date(t, published)
        if fw_start is None:
            fw_start, fw_end = meta.fieldwork(t, published)
        sample = sample or meta.sample_size(t)
        moe = moe or meta.margin_of_error(t)
    pop = rules.countries.people_rx.search(" ".join(own))
    row = PollFigure(
        share_support=p.shares.get("support"),
        share_oppose=p.shares.get("oppose"),
        share_dont_know=p.shares.get("dont_know"),
        country=p.country or doc_country(),
        pollster=meta.join_pollster(firm, client),
        date=pub or published,
        fieldwork_start=fw_start,
        fieldwork_end=fw_end,
        sample_size=sample,
        margin_of_error=moe,
        question=p.question,
        population=pop.group(1) if pop else None,
    ).__dict__.copy()
    row["client"] = client if firm else None  # "Voxmeter for Ritzau": the client alone
    row["sentence"] = " ".join(own)
    row["sentence_index"] = first
    return row


def find_polls(
    sentence: str, rules: Rules, published: str | None, doc_country: str | None = None
) -> list[PollFigure]:
    """Poll figures of a single sentence (the document reader on a one-sentence document)."""
    rows = find_document_polls([sentence], rules, published)
    out = []
    for r in rows:
        r.pop("sentence"), r.pop("sentence_index"), r.pop("client")
        if r["country"] is None:
            r["country"] = doc_country
        out.append(PollFigure(**r))
    return out
