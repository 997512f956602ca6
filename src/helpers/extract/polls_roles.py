"""What one poll figure stands for: support, opposition or don't know; and whether it is a row.

Why: real copy puts the role word after the figure ("48% back the idea"), before it ("put
support at 54 per cent", "is backed by 68%", "would back such a mission (60%)"), or leaves it to
a pattern set earlier in the sentence ("40% against and 24% in favour, in Sweden 39% to 27%").
A figure for a sub-group (party voters, regions, men, an age band) or for another question (the
topic's `polls.other_question_patterns`) is not a row (codebook section 5). The topic's own cue lists
(`polls:` in the topic YAML) come first; the built-in ones below are English phrasing that any
topic's polls share.
"""

from __future__ import annotations

import re

from helpers.extract.polls_figures import ShareMention
from helpers.extract.rules import Rules

_DONT_KNOW_EXTRA = (
    r"gave no answer|giving no (?:clear )?(?:answer|view|opinion)|did not answer|no answer|could not say|"
    r"can(?:no|')t say|hard to (?:say|answer)|found it (?:hard|difficult) to answer|difficult to answer|"
    r"(?:had|have) not (?:yet )?made up (?:their|its) minds?|(?:had|have|with) no (?:clear )?(?:view|position|opinion)|"  # noqa: E501
    r"no clear (?:view|position|opinion)|neither|refrain\w* from|abstain\w*|(?:are|were|remain\w*) unsure|"
    r"did not express|declined to answer"
)
_OPPOSE_EXTRA = (
    r"object\w*|disagree\w*|reject\w*|(?:are|were) opposed|opposed|said no|saying no|(?:said|say|says) it should not|"  # noqa: E501
    r"should not|(?:would|do|did|does) not (?:support|want|back|favou?r)|not in favou?r|don't want|turn\w* (?:it|the idea) down"  # noqa: E501
)
_SUPPORT_EXTRA = (
    r"said yes|saying yes|yes|agree\w*|can imagine|could imagine|would like|want\w*|in favou?r|favou?r\w*|"
    r"chose|chosen|picked|selected|opted for|"
    r"back\w*|support\w*|approv\w*|welcom\w*|endors\w*"
)
# what the figure's own words start with before the role word ("of Danes say", "of the 2,194 people polled")
_POPULATION = re.compile(
    r"^\s*\)?\s*,?\s*(?:of\s+(?:the\s+|all\s+)?(?:[\d,.]+\s+)?(?:those\s+(?:polled|asked|surveyed|questioned)|"  # noqa: E501
    r"respondents|people|adults|voters|citizens|residents|the public|population|[A-Z][\w'’-]+)"
    r"(?:\s+(?:people|citizens|voters|adults|respondents|residents))?"
    r"(?:\s+(?:polled|surveyed|asked|questioned|interviewed)(?:\s+(?:online|by phone|by telephone))?)?\s*,?\s*)?"  # noqa: E501
)
_AUX = re.compile(
    r"^(?:(?:said|say|says|saying|were|are|is|was|would|will|be|been|who|that|they|think|thought|believe|believed|"  # noqa: E501
    r"also|still|now|in total|overall|either|only|just|told|tell|answered|replied|of them|respectively|felt|feel)"  # noqa: E501
    r"\s+|,\s*)*",
    re.I,
)
# "put support at 54 per cent", "is backed by 68%", "would oppose it (29%)"
_BEFORE_CUES = (
    ("dont_know", re.compile(r"\b(?:undecided|unsure|don't know|no opinion|no answer)\b", re.I)),
    ("oppose", re.compile(r"\b(?:oppos\w*|against|reject\w*|object\w*|disagree\w*|opposition|no)\b", re.I)),
    ("support", re.compile(r"\b(?:support\w*|back\w*|favou?r\w*|approv\w*|agree\w*|yes|welcom\w*)\b", re.I)),
)
_SUBGROUP = re.compile(
    r"\bamong\b|\b(?:voters|supporters|sympathi[sz]ers|electorate|partisans|backers of)\b|\bvot(?:e|ing) for\b|"  # noqa: E501
    r"\bintend to vote\b|\bwho (?:voted|vote)\b|\b(?:men|women|pensioners|graduates|managers|students|"
    r"youngsters|under-\d+s|over-\d+s)\b|\b\d+(?:-\d+)?-year-olds\b|\baged\b|\b(?:younger|older) (?:people|respondents)\b|"  # noqa: E501
    r"\b(?:western|eastern|northern|southern|rural|urban) (?:states|regions?|parts?|areas|(?-i:[A-Z][a-z]+))\b|"
    r"\bin the (?:east|west|north|south|centre|center)\b|\bmacro-regions?\b|\bof those who\b",
    re.I,
)


def _head_role(text: str, rules: Rules) -> str | None:
    """The role word that opens the figure's own words, after its population and auxiliaries."""
    head = _POPULATION.sub("", re.sub(r"^\s*[–—]\s*", " ", text), count=1)  # "61.6 per cent – do not want"
    pm = rules.countries.people_rx.match(head)
    if pm:  # "One in four Poles supports"
        head = head[pm.end() :].lstrip(" ,")
    head = _AUX.sub("", head.strip(), count=1)
    for role, topic_pat, extra in (
        ("dont_know", rules.poll_dont_know, _DONT_KNOW_EXTRA),
        ("oppose", rules.poll_oppose, _OPPOSE_EXTRA),
        ("support", rules.poll_support, _SUPPORT_EXTRA),
    ):
        if re.match(rf"(?:\w+ly\s+)?(?:{topic_pat}|{extra})\b", head, re.I):
            return role
    m = re.match(r"(?:[\w'’.-]+\s+){0,4}?should(\s+not)?\b", head, re.I)
    if m:  # "53 per cent say Denmark should contribute", "48% said it should not"
        return "oppose" if m.group(1) else "support"
    return None


def _clause_role(text: str, rules: Rules) -> str | None:
    """The first role word anywhere in the figure's own clause ("of the 2,194 polled ... backed")."""
    clause = re.split(r"[;:]|\s[–—-]\s", re.sub(r"^\s*[–—]\s*", " ", text))[0]
    best: tuple[int, str] | None = None
    for role, pat in (
        ("dont_know", rf"{rules.poll_dont_know}|{_DONT_KNOW_EXTRA}"),
        ("oppose", _OPPOSE_EXTRA),
        ("support", _SUPPORT_EXTRA.replace("yes|", "") + r"|should(?! not)"),
    ):
        m = re.search(rf"\b(?:{pat})\b", clause, re.I)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), role)
    worth = re.search(r"\b(?:was|is|were|are) (?:important|necessary|a good idea|right)\b", clause)
    if best is None and worth:
        return "support"
    return best[1] if best else None


def role_of(sentence: str, m: ShareMention, prev_end: int, next_start: int, rules: Rules) -> str | None:
    """Support, oppose or dont_know from the words around the figure; None when they do not say."""
    after = sentence[m.end : next_start]
    before = sentence[prev_end : m.start]
    if m.in_parens:
        # "a majority (61%) of French people are against"; "would back such a mission (60%)"
        role = _head_role(after.lstrip(" )"), rules) or _before_role(before.rstrip(" (")[-60:])
        if role:
            return role
        after = after.lstrip(" )")
    role = _head_role(after, rules)
    if role:
        return role
    # "put support at 54 per cent", "is backed by 68%"
    tail = before[-45:]
    bm = re.search(r"(\w+),?\s+(?:\w+\s+){0,2}?(?:at|by|to|of|with)\s*$", tail)
    if bm:
        role = _before_role(tail)
        if role:
            return role
    role = _clause_role(after, rules)
    if role:
        return role
    return None


def _before_role(text: str) -> str | None:
    """The last role word before the figure."""
    best: tuple[int, str] | None = None
    for role, rx in _BEFORE_CUES:
        for mm in rx.finditer(text):
            if best is None or mm.start() > best[0]:
                best = (mm.start(), role)
    return best[1] if best else None


def opposite(role: str) -> str | None:
    return {"support": "oppose", "oppose": "support"}.get(role)


def is_pair_link(between: str) -> bool:
    """ "39% to 27%": two figures whose roles follow the order of the pair before them."""
    return bool(re.fullmatch(r"\s*(?:to|vs\.?|versus|against|[-–/])\s*", between))


def is_new_question(between: str) -> bool:
    """ "...; in June, IBRiS put support at": words between two figures that open another poll."""
    return bool(
        re.search(
            r"\b(?:asked (?:about|whether|if)|another (?:poll|survey)|a (?:separate|second|different) (?:poll|survey)|an earlier (?:poll|survey))\b",
            between,
            re.I,
        )
    )  # noqa: E501


def is_subgroup(sentence: str, m: ShareMention, prev_end: int, next_start: int, rules: Rules) -> bool:
    """The figure is for part of the population (party voters, a region, men, an age band)."""
    before = sentence[max(prev_end, m.start - 70) : m.start]
    before = re.split(r"[;]|,\s+(?:while|whereas|but|and)\s+|\bwhile\b|\bwhereas\b", before)[-1]
    lead = re.match(r"\s*\)?\s*((?:of|among)\s+[^,;()]{0,45})", sentence[m.end : next_start])
    after = lead.group(1) if lead else ""
    verbs = r"\b(?:were|are|was|is|said|say|says|would|backed|back|support\w*|oppos\w*|want\w*)\b"
    after = re.split(verbs, after)[0]
    window = before + " # " + after
    if _SUBGROUP.search(window):
        return True
    rx = rules.poll_subgroup
    return bool(rx is not None and rx.search(window))


def is_other_question(text: str, rules: Rules) -> bool:
    """The words say the figure answers another question than the topic's (see the module docstring)."""
    found = rules.poll_other_question.search(text) if rules.poll_other_question is not None else None
    other = [found.start()] if found else []
    broad = rules.poll_broad is not None and rules.poll_broad.search(text)
    if broad and (rules.poll_core is None or not rules.poll_core.search(text)):
        return True
    if not other:
        return False
    topic = rules.poll_topic.search(text) if rules.poll_topic is not None else None
    # "X should it attack <the topic's subject>": the other question comes first
    return topic is None or min(other) < topic.start()
