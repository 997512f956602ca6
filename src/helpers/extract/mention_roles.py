"""Titles in a sentence and whose they are: the role key, the title as written, and the country
or international body it belongs to ("French Defence Minister", "the U.N. envoy", "Secretary
General of the alliance", "Britain's prime minister").

Why its own module: reading a title and its country (an adjective or a possessive before it,
"of France" after it, a body's name, a title that implies its country, or the one country a
sentence names) is a job of its own that knows nothing about names. The mention finder
(`mentions.py`) attaches these titles to names or makes role references of them; the frames after
a name (`frames_after.py`) read a country from an appositive with `country_near`.
"""

from __future__ import annotations

import re
from functools import cache

from helpers.extract import lexicon
from helpers.extract.rules import Rules
from helpers.schemas import BODIES


def _classify_role(text: str, rules: Rules) -> tuple[str, str, str | None]:
    """(role key, display title, country the title itself implies, e.g. Taoiseach -> IE)."""
    for rx, role, title, country in rules.roles:
        if rx.fullmatch(text.strip()):
            return role, (title or text.strip()), country
    return "other", text.strip(), None


def country_near(text: str, rules: Rules) -> str | None:
    last = None
    for last in rules.countries.adjective_rx.finditer(text):  # noqa: B007 - the last one is nearest the name
        pass
    return rules.countries.code(last.group(1)) if last else None


@cache
def _body_before() -> re.Pattern[str]:
    """A body's name right before a title ("U.N. envoy", "EU foreign policy chief")."""
    names = sorted(lexicon.table("international_bodies.tsv"), key=len, reverse=True)
    return re.compile(r"^\s*(" + "|".join(re.escape(n) for n in names) + r")(?![\w.])")


@cache
def _body_near() -> re.Pattern[str]:
    names = sorted(lexicon.table("international_bodies.tsv"), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w.])")


def _body_role(body: str, role: str, around: str) -> str:
    """A state's title read for a body names the body's own office (`body_roles.tsv`)."""
    for key, new in lexicon.table("body_roles.tsv").items():
        code, rkey, word = key.split()
        if code == body.lower() and rkey == role and (word == "-" or word in around):
            return new
    return role


_OTHER_STATE = re.compile(
    r"\b(?:to|for|with|than|from|against|alongside|like|by|between|including|such as|and|or|unlike|"
    r"joined|joining|urged|asked|met|meeting|called on|criticised|criticized|accused)\s+(?:the\s+)?$",
    re.I,
)


def sole_country(sentence: str, rules: Rules) -> str | None:
    """The one country a sentence names besides the topic's place ("Poland does not plan ..., X said")."""
    codes = set()
    for m in rules.countries.adjective_rx.finditer(sentence):
        if rules.place.search(m.group(1)):
            continue
        if _OTHER_STATE.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "said forces could go alongside France", "talks with Germany": another state
        code = rules.countries.code(m.group(1))
        if code and code not in BODIES:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


_OF_COUNTRY: dict[int, re.Pattern[str]] = {}


def _of_country_rx(rules: Rules) -> re.Pattern[str]:
    """ " of France" / " of the Netherlands" after a title (compiled once per topic)."""
    rx = _OF_COUNTRY.get(id(rules))
    if rx is None:
        rx = re.compile(r"\s+of\s+(?:the\s+)?(" + rules.countries.adjective_rx.pattern + r")")
        _OF_COUNTRY[id(rules)] = rx
    return rx


_COUNTRY_TAIL: dict[int, re.Pattern[str]] = {}


def _country_prefix(sentence: str, start: int, rules: Rules) -> tuple[str | None, int]:
    """Country adjective/name (or "X's") right before a title, and where it starts."""
    rx = _COUNTRY_TAIL.get(id(rules))
    if rx is None:
        rx = re.compile(r"(?:(?:the|The)\s+)?(?:" + rules.countries.adjective_rx.pattern + r")\s*$")
        _COUNTRY_TAIL[id(rules)] = rx
    m = rx.search(sentence, max(0, start - 45), start)
    if not m:
        return None, start
    return rules.countries.code(m.group(1)), m.start()


_PLURAL_HEAD = re.compile(r"\b(?P<q1>[a-z]+)\s+and\s+(?P<q2>[a-z]+)\s+(?P<head>[a-z]+?)(?P<plural>ies|s)\b")


def _singular(head: str, plural: str) -> str:
    return head + ("y" if plural == "ies" else "")


def _coordinated_roles(sentence: str, rules: Rules) -> list[tuple[int, int, int, str, str, str | None]]:
    """Two offices sharing one plural head: "France's defence and foreign ministers" (two
    qualifiers of one country), "the German and Polish foreign ministers" (two countries of one
    office). Each is a title of its own, so each office-holder is a role reference; a plural head
    alone ("foreign ministers") names nobody."""
    out: list[tuple[int, int, int, str, str, str | None]] = []
    if " and " not in sentence:
        return out
    for m in _PLURAL_HEAD.finditer(sentence):
        head = _singular(m.group("head"), m.group("plural"))
        first, second = f"{m.group('q1')} {head}", f"{m.group('q2')} {head}"
        if rules.role_rx.fullmatch(first) and rules.role_rx.fullmatch(second):
            country, full_start = _country_prefix(sentence, m.start(), rules)
            for (a, b), text in (((m.start("q1"), m.end("q1")), first), ((m.start("q2"), m.end()), second)):
                role, title, implied = _classify_role(text, rules)
                out.append((full_start if a == m.start("q1") else a, a, b, role, title, country or implied))
    countries = rules.countries.adjective_rx.pattern
    pair = re.compile(
        rf"(?P<c1>{countries})\s+and\s+(?P<c2>{countries})\s+(?P<office>[a-z]+(?:\s+[a-z]+)?)(?P<plural>ies|s)\b"
    )
    for m in pair.finditer(sentence):
        office = m.group("office")
        text = _singular(office, m.group("plural"))
        if not rules.role_rx.fullmatch(text):
            continue
        role, title, _implied = _classify_role(text, rules)
        out.append(
            (m.start("c1"), m.start("c1"), m.end("c1"), role, title, rules.countries.code(m.group("c1")))
        )
        out.append(
            (m.start("c2"), m.start("office"), m.end(), role, title, rules.countries.code(m.group("c2")))
        )
    return out


def role_spans(sentence: str, rules: Rules) -> list[tuple[int, int, int, str, str, str | None]]:
    """(start incl. country, role start, end, role key, title, country) for each title in the sentence."""
    out = _coordinated_roles(sentence, rules)
    for m in rules.role_rx.finditer(sentence):
        if any(a <= m.start() < b for a, _r, b, *_ in out):
            continue  # part of two coordinated titles
        text = m.group(0)
        if text.isupper() and len(text) > 2 and text not in ("PM", "FM", "MP", "MEP"):
            continue
        generic = text in ("general", "official", "leader", "chair", "commander", "secretary", "minister")
        # lower-case generic words count only as a title before a name or after "the"
        if (
            generic
            and not re.match(r"\s+[A-Z]", sentence[m.end() :])
            and not re.search(r"(?:the|The)\s+$", sentence[max(0, m.start() - 5) : m.start()])
        ):
            continue
        role, title, implied = _classify_role(text, rules)
        if role == "other":
            title = text.strip()
        country, full_start = _country_prefix(sentence, m.start(), rules)
        inner = country_near(text, rules)
        country = inner or country or implied
        tail = _of_country_rx(rules).match(sentence, m.end(), m.end() + 40)
        end = m.end()
        if tail and country is None:
            country = rules.countries.code(
                tail.group(2) if tail.lastindex and tail.lastindex >= 2 else tail.group(1)
            )
            end = tail.end()
        if country is None:
            body = _body_before().match(sentence[max(0, m.start() - 6) : m.start()].strip() + " ")
            if body:
                country = rules.countries.code(body.group(1))
        if country in BODIES:
            role = _body_role(country, role, sentence[m.start() : m.end() + 25].lower())
        if role == "secretary_general" and country is None:
            # "the alliance's secretary general", "Secretary General of the UN": the body named around the title
            near = _body_near().search(sentence[max(0, m.start() - 10) : m.end() + 10])
            if near:
                country = lexicon.table("international_bodies.tsv").get(near.group(0).lower())
        out.append((full_start, m.start(), end, role, title, country))
    return out
