"""Who is speaking in a sentence: people, titles, role references, pronouns, and speech verbs.

Why this shape: news attribution comes in a few syntactic frames (`"...," X said`, `X said
(that) ...`, `..., said X`, `According to X, ...`, `X told Reuters`, `Speaking at ..., X
said`, `X doesn't rule out ...`, `X's proposal to ...`, follow-ups like `he added`). We find
every person-like mention first (names, titles before names, appositive roles, role
references with no name, pronouns), then keep the mentions that one of those frames makes
the speaker. Role references are resolved to the office-holder on the statement date via
the actors table; names not in the table keep the country of their title or demonym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz.distance import DamerauLevenshtein

from helpers.extract import lexicon
from helpers.extract.normalize import UPPER, fold_lower, name_key
from helpers.extract.rules import Rules
from helpers.schemas import BODIES

_TOKEN = rf"(?:[{UPPER}][\w'’\-]*[\w]|[{UPPER}]\.(?:\s?[{UPPER}]\.)*|[{UPPER}])"
_PARTICLE = r"(?:von|van|der|den|de|del|della|da|di|du|le|la|al|el|bin|ibn|ten|ter|zu|dos|das|af)"
NAME_RUN = re.compile(rf"(?<![\w'’]){_TOKEN}(?:\s+(?:{_PARTICLE}\s+)*{_TOKEN})*(?:['’]s\b)?")
RANK = re.compile(
    r"^(?:,\s*)?\s*(?:(?:Gen\.|General|Lt\.|Lieutenant|Adm\.|Admiral|Air Chief Marshal|Marshal|Col\.|Colonel|Dr\.|Mr\.|Ms\.|Mrs\.|Sir|Dame|Lord|Lady|Major General|Maj\. Gen\.|Brig\. Gen\.)\s+)+"  # noqa: E501
)


def _not_name() -> frozenset[str]:
    """Capitalised words that are never part of a person's name (`not_name_words.txt`)."""
    return lexicon.words("not_name_words.txt")


@cache
def _org_words() -> re.Pattern[str]:
    """Words that make a capitalised phrase an organisation, outlet or place (`org_words.txt`)."""
    return re.compile(r"(?<![\w])" + lexicon.alternation("org_words.txt").pattern)


PRONOUN = re.compile(r"(?<![\w])(?:he|she|He|She)(?![\w'’])")
FOLLOWUP_ROLE = re.compile(
    r"(?<![\w])(?:the|The)\s+(?:(?:\w+\s+)?(?:minister|president|chancellor|premier|prime minister|secretary|general|commander|leader|chief|official|diplomat|envoy|ambassador|secretary-general|secretary general))(?![\w])"  # noqa: E501
)
PROPOSAL = re.compile(
    r"^(?:['’]s\s+(?:\w+\s+){0,2}|\s+(?:about|over|on|regarding|concerning|with|for)\s+(?:his|her|their)\s+(?:\w+\s+){0,2})"
    # ("call" and "push" only with what they are for: "X's video call" is no proposal)
    r"(?:proposal|plan|idea|initiative|call(?=\s+(?:for|to)\b)|suggestion|offer|push(?=\s+for\b)|proposition)\b",
    re.I,
)
_ADVERBS = re.compile(
    r"^[\s\"“”']*(?:,\s*)?(?:(?:also|both|jointly|has|have|had|previously|repeatedly|once|again|earlier|later|recently|publicly|"
    r"reportedly|then|already|last|this|on|in|at|during|late|early|\w+ly|(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)|(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}|week|month|year|night|morning|"
    r"evening|afternoon),?\s+){0,4}"
)
# "X in a Medium post said", "X in an interview on Monday told": a medium between subject and verb
_MEDIUM_PHRASE = re.compile(
    r"^\s+(?:in|on|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:post|interview|statement|tweet|letter|speech|op-ed|video|message|column|essay|blog|podcast|"
    r"press conference|news conference|briefing|broadcast|address|appearance)s?"
    r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?=\w)"
)
_BARE_PREPOSITION_END = re.compile(r"(?:^|\s)(?:on|in|at|during)\s+$")
_AFTER_BEFORE_OK = re.compile(
    r"^\s*(?:[,.;:!?()\"”]|$|(?:on|in|at|during|told|who|after|before|when|while|as|to|from|of|for)\b)"
)


@dataclass
class Mention:
    start: int  # start of the title or name
    end: int  # end of the name (or of an appositive role)
    name: str | None  # the name as written (None for a role reference or pronoun)
    person: str | None  # canonical name (actor table) or the name as written
    country: str | None
    role: str | None  # role key from the topic's `roles`
    role_title: str | None
    kind: str  # name | roleref | pronoun | followup
    in_table: bool = False
    possessive: bool = False


@dataclass
class Speaker:
    mention: Mention
    anchor: int  # offset of the speech verb (for the date and the stance segment)
    frame: str  # which attribution frame matched
    forced: tuple[str, str] | None = None  # (stance label, cue) decided by the frame itself
    segment: tuple[int, int] = (0, 0)
    extras: dict = field(default_factory=dict)


def _classify_role(text: str, rules: Rules) -> tuple[str, str, str | None]:
    """(role key, display title, country the title itself implies, e.g. Taoiseach -> IE)."""
    for rx, role, title, country in rules.roles:
        if rx.fullmatch(text.strip()):
            return role, (title or text.strip()), country
    return "other", text.strip(), None


def _country_near(text: str, rules: Rules) -> str | None:
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


def _sole_country(sentence: str, rules: Rules) -> str | None:
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


def _role_spans(sentence: str, rules: Rules) -> list[tuple[int, int, int, str, str, str | None]]:
    """(start incl. country, role start, end, role key, title, country) for each title in the sentence."""
    out = []
    for m in rules.role_rx.finditer(sentence):
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
        inner = _country_near(text, rules)
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


def _name_tokens(run: str) -> list[str]:
    return _TOKENS.findall(run)


def _is_place_word(tok: str, rules: Rules) -> bool:
    low = fold_lower(tok).rstrip(".")
    return bool(rules.countries.by_word.get(low) or rules.countries.people.get(low))


_CONNECTOR_BEFORE = re.compile(rf"[{UPPER}][\w'’.\-]*\s+(?:of|on|for|and|de|del|at)\s+(?:the\s+)?$")
_CONNECTOR_AFTER = re.compile(rf"\s+(?:of|for|on)\s+(?:the\s+)?[{UPPER}]")


def _names_a_thing(
    sentence: str, run_start: int, nstart: int, nend: int, toks: list[str], rules: Rules
) -> bool:
    """A capitalised phrase that names a thing, an event, a place or a body, not a person:
    its last word is a non-person head ("Labor Day", "Supreme Court"), or it is the tail or the
    head of a longer name joined by a connector ("Commission on Presidential Debates", "Federal
    Bureau of Prisons"). People in the actors table are never things."""
    if rules.actors.match_words(toks):
        return False
    if fold_lower(toks[-1]).rstrip(".") in lexicon.words("non_person_heads.txt"):
        return True
    if len(toks) > 1 and rules.countries.by_word.get(fold_lower(" ".join(toks))):
        return True  # "Costa Rica", "South Korea": a country named in several words
    if nstart == run_start and _CONNECTOR_BEFORE.search(sentence, max(0, nstart - 40), nstart):
        return not _looks_personal(sentence, toks, nstart)  # "Ben Carson and Mike Huckabee said"
    if not _CONNECTOR_AFTER.match(sentence, nend):
        return False
    # "Senator John Cornyn of Texas", "Holger Schmieding of Berenberg": a person's name followed by
    # where they come from, not the head of a longer name ("Federal Bureau of Prisons")
    return not _looks_personal(sentence, toks, nstart)


def _looks_personal(sentence: str, toks: list[str], nstart: int) -> bool:
    """A capitalised run that reads as a person's name on its own: a known given name first
    ("John Cornyn"), or a title or honorific right before it ("Rep. Tom Cole")."""
    if len(toks) >= 2 and fold_lower(toks[0]).rstrip(".") in lexicon.given_names():
        return True
    m = _WORD_BEFORE.search(sentence, max(0, nstart - 20), nstart)
    if m is None:
        return False
    low = fold_lower(m.group(1))
    titled = low in lexicon.words("titles.txt") or low in lexicon.words("title_abbreviations.txt")
    return titled and low not in lexicon.words("function_words.txt")


def _scraped_gap(sentence: str, full: int, rstart: int, rend: int, rules: Rules) -> bool:
    """ "Polish Defence Minister said ...": a capitalised title with no article runs straight into
    the verb, the form a title takes before a name. The name is missing (a scraper dropped a
    link), so the sentence gets no speaker rather than whoever holds the office."""
    title = sentence[rstart:rend]
    words = re.findall(r"[A-Za-z]+", title)
    if not words or not all(w[0].isupper() and not w.isupper() for w in words):
        return False  # lower case is a role reference; "German FM" is headline style
    if re.search(
        r"(?:\b(?:the|a|an|its|their|his|her)|['’]s)\s*$", sentence[max(0, full - 8) : full], re.I
    ) or re.match(r"(?:the|a|an)\s", sentence[full:rstart], re.I):
        return False
    rest = sentence[rend:]
    adv = _ADVERBS.match(rest)
    verb = _verb_after(rest[adv.end() if adv else 0 :], rules)
    # a headline drops articles too, but speaks in the present ("Danish PM says", "open to")
    return bool(verb and re.match(r"(?:\w+ed|said|told|wrote)\b", verb.group(0)))


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def _titled(sentence: str, tokens: list[str], name_toks: list[str], nstart: int) -> bool:
    """A one-word name is a person's when a title or honorific stands right before it
    ("President Obama", "Mr. Deese", "Rep. Crowley"); alone it may be a place or a firm."""
    before = tokens[len(tokens) - len(name_toks) - 1] if len(tokens) > len(name_toks) else None
    if before is None:
        m = _WORD_BEFORE.search(sentence, max(0, nstart - 20), nstart)
        before = m.group(1) if m else None
    if before is None:
        return False
    low = fold_lower(before).rstrip(".")
    return low in lexicon.words("titles.txt") and low not in lexicon.words("function_words.txt")


def _surname_after_given(tokens: list[str], i: int) -> bool:
    """A surname that is also a common word ("Theresa May", "Ben Carson Will"... only the first):
    the last word of the run, right after a known given name (or a given and a middle name,
    "Anna Richardson White"), is the person's surname."""
    given = lexicon.given_names()
    if i != len(tokens) - 1 or i == 0 or not tokens[i][:1].isupper() or tokens[i].isupper():
        return False
    if fold_lower(tokens[i - 1]).rstrip(".") in given:
        return True
    if i == 1 and re.fullmatch(r"[A-Z]\.(?:\s[A-Z]\.)*", tokens[0]):
        return True  # "J. J. White", "E. Brown": spaced initials (not "U.S."), then the surname
    # "Anna Richardson White": a given name, a middle name, then the surname (the whole run)
    return (
        len(tokens) == 3
        and fold_lower(tokens[0]) in given
        and tokens[1][:1].isupper()
        and fold_lower(tokens[1]).rstrip(".") not in _not_name()
    )


def _is_title(word: str) -> bool:
    low = fold_lower(word).rstrip(".")
    return low in lexicon.words("titles.txt") or low in lexicon.words("title_abbreviations.txt")


# what only follows a person: a described appositive or a reporting verb ('April Mellody, a
# spokeswoman for ..., said', 'Will Barker said')
_PERSON_AFTER = re.compile(r",\s+(?:a|an|the)\s+[a-z]|\s+(?:said|says|told|tells)\b")
# a reporting verb right before a capitalised run: what follows is a name ('said Will Doyle')
_INVERTED_VERB = re.compile(r"said|says|asked|added|wrote|writes|recalled|explained|replied|noted")


def _given_after_title(tokens: list[str], i: int, keep: list[str], title_before: bool) -> bool:
    """ "Governor Jan Brewer", "Prof. Will Doyle", '"...," said Will Doyle': a given name that is
    also an ordinary word (`given_names_ambiguous.txt`) between a title (or an inverted reporting
    verb) and the surname already kept (`title_before`: such a word ends right before the
    capitalised run)."""
    return (
        len(keep) == 1
        and fold_lower(tokens[i]) in lexicon.words("given_names_ambiguous.txt")
        and (_is_title(tokens[i - 1]) if i > 0 else title_before)
    )


def _name_starts_here(tokens: list[str], i: int, keep: list[str]) -> bool:
    """A known given name right before the surname, after a capitalised word that is neither a
    given name, an initial nor a particle: the words before are an office or a place ("Public
    Advocate", "Polk County GOP"), not more of the name ("John Fitzgerald Kennedy" goes on)."""
    if len(keep) != 2 or i == 0:
        return False
    given = lexicon.given_names()
    prev = tokens[i - 1]
    return (
        fold_lower(tokens[i]) in given
        and fold_lower(prev).rstrip(".") not in given
        and len(prev.rstrip(".")) > 1
        and not re.fullmatch(_PARTICLE, prev)
        and not prev.endswith(("'s", "’s"))
    )


def _trailing_name(tokens: list[str], rules: Rules, title_before: bool = False) -> list[str]:
    keep: list[str] = []
    not_name = _not_name()
    if len(tokens) > 2 and fold_lower(tokens[-1]).rstrip(".") in lexicon.words("name_suffixes.txt"):
        tokens = tokens[:-1]  # "Charles Q. Brown Jr": the surname is the name's last word
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        low = fold_lower(tok).rstrip(".")
        if (
            low in not_name
            and not _surname_after_given(tokens, i)
            and not _given_after_title(tokens, i, keep, title_before)
        ):
            break
        if low in lexicon.words("function_words.txt") and i > 0:
            return []  # "A Change Is Gonna Come": a function word inside a capitalised run is a title of a work
        if keep and (low in lexicon.words("titles.txt") or low in lexicon.words("function_words.txt")):
            break  # "Supreme Court Justice Frank Nervo", "Though Justice X": the name is after it
        if tok.isupper() and len(tok.rstrip(".")) >= 4 and not re.fullmatch(r"[A-Z]\.(?:\s?[A-Z]\.)+", tok):
            if keep:
                break  # "THE BORROWING Back when ...": a section label in capitals ends here
            return []
        if keep and re.search(r"['’]s$", tok):
            break  # "CNN's Wolf Blitzer": the name is after the possessor; "Trump's RT" is a thing
        if _is_place_word(tok, rules):
            # a surname that is also a country ("Luis Montenegro") follows a first name; a
            # demonym ends a description, not a name ("A TOP Russian official")
            prev = tokens[i - 1] if i > 0 else ""
            if not (
                i == len(tokens) - 1
                and rules.countries.by_word.get(fold_lower(tok).rstrip("."))
                and not prev.isupper()
                and len(prev.rstrip(".")) > 1  # "N. Korea" is a place
                and fold_lower(prev) not in not_name
                and not _is_place_word(prev, rules)
                and prev[:1].isupper()
            ):
                break
        keep.append(tok)
        if _name_starts_here(tokens, i, keep):
            break  # "New York City Public Advocate Trish James": the name starts at the given name
    keep.reverse()
    while keep and re.fullmatch(_PARTICLE, keep[0]):
        keep.pop(0)
    if keep and len(keep[-1].rstrip(".")) == 1:
        return []  # "Robert C." is a name cut off before the surname
    if keep and fold_lower(keep[-1]).rstrip(".") in lexicon.words("title_abbreviations.txt"):
        return []  # "Massachusetts Sen. Elizabeth Warren": the abbreviated title of the next name
    if keep and all(re.fullmatch(r"(?:[A-Z]\.)+", t) for t in keep):
        return []  # "U.N.", "U.S.": initials only
    if keep and all(_is_title(t) for t in keep):
        return []  # "the former CEO of Hewlett-Packard added": a title alone names nobody
    return keep


def _introduced_word_surname(
    sentence: str, start: int, tokens: list[str], local_names: dict[str, Mention]
) -> list[str]:
    """A surname that is also an ordinary capitalised word (`not_name_words.txt`: "West",
    "Bishop") is a name alone only once the document introduced a person by it ("Marty West ...
    West said"), and never after "the" ("the West")."""
    word = tokens[-1] if tokens else ""
    if not word[:1].isupper() or word.isupper() or len(word) < 3:
        return []
    if len(tokens) > 1 and fold_lower(tokens[-2]) not in lexicon.words("function_words.txt") | _not_name():
        return []  # "Marty West" itself, or "North West": not a surname alone
    if re.search(r"\bthe\s+$", sentence[max(0, start - 5) : start], re.I):
        return []
    if fold_lower(word) in lexicon.words("function_words.txt"):
        return []
    prior = local_names.get(name_key(word))
    if prior is None or not prior.name or len(prior.name.split()) < 2 or prior.name.split()[-1] != word:
        return []
    return [word]


def _misspelt_document_surname(key: str, local_names: dict[str, Mention]) -> Mention | None:
    """The one person the document introduced by a surname one edit from `key` (five letters or
    more, same first letter): "Steve Sweeney ... Sweeny said", "Kiedis ... Keidis continued".
    A misspelling in the copy is not a new person; two candidates are no guess."""
    near = getattr(local_names, "introduced", None)
    if len(key) < 5 or near is None:
        return None
    found = {
        m.person: m
        for k, m in near().items()
        if k[:1] == key[:1]
        and len(k) >= 5
        and DamerauLevenshtein.distance(k, key, score_cutoff=1) <= 1
        and len((m.name or "").split()) > 1
    }
    return next(iter(found.values())) if len(found) == 1 else None


def find_mentions(
    sentence: str, rules: Rules, day: str | None, local_names: dict[str, Mention]
) -> list[Mention]:
    """Person-like mentions in one sentence, titles and appositive roles attached."""
    roles = _role_spans(sentence, rules)
    used_roles: set[int] = set()
    mentions: list[Mention] = []
    # 'Juan "Chico" Manriquez': a nickname in quotation marks inside a name is blanked (same
    # length, so offsets hold) for the name search only
    names_text = _NICKNAME.sub(lambda n: n.group("given") + " " * len(n.group("nick")), sentence)
    for m in NAME_RUN.finditer(names_text):
        run = m.group(0)
        headline_verb = _HEADLINE_VERB.search(run)
        if headline_verb:
            head = run[: headline_verb.start()].split()
            if len(head) >= 2 and fold_lower(head[-2]) in lexicon.given_names():
                # "Howard Dean Tells Democratic Convention": a given name and a surname end at the verb
                run = run[: headline_verb.start()]
        possessive = run.endswith(("'s", "’s"))
        if possessive:
            run = run[:-2]
        tokens = _name_tokens(run)
        before = _WORD_BEFORE.search(sentence, max(0, m.start() - 20), m.start())
        name_toks = _trailing_name(
            tokens,
            rules,
            bool(before and (_is_title(before.group(1)) or _INVERTED_VERB.fullmatch(before.group(1))))
            or bool(_PERSON_AFTER.match(names_text, m.end())),
        )
        if not name_toks:
            name_toks = _introduced_word_surname(sentence, m.start(), tokens, local_names)
        if not name_toks:
            continue
        name = " ".join(name_toks)
        nend = m.start() + len(run)
        nstart = nend - len(name) if run.endswith(name) else m.start() + run.rfind(name_toks[0])
        if fold_lower(name) in rules.outlets or fold_lower(name).removeprefix("the ") in rules.outlets:
            continue
        if _org_words().search(name) or _names_a_thing(sentence, m.start(), nstart, nend, name_toks, rules):
            continue
        # a title right before the name (possibly "Gen." and a comma in between)
        title_start, role, title, country = nstart, None, None, None
        for i, (_full, _rstart, rend, _rkey, _rtitle, _rc) in enumerate(roles):
            gap = sentence[rend:nstart]
            if rend <= nstart and (_GAP.fullmatch(gap) or RANK.fullmatch(gap)):
                # take the most specific of a chain of titles ("the chief of France's Armed Forces, General X")  # noqa: E501
                j = i
                chain = [roles[i]]
                while j > 0 and _GAP.fullmatch(sentence[roles[j - 1][2] : roles[j][0]]):
                    j -= 1
                    chain.append(roles[j])
                best = min(chain, key=lambda r: r[3] == "other")
                title_start = min(r[0] for r in chain)
                role, title = best[3], best[4]
                country = next((r[5] for r in chain if r[5]), None)
                used_roles.update(roles.index(r) for r in chain)
                break
        end = nend
        # appositive: "X, Sweden's prime minister, said" / "X, the defence minister"
        if role is None:
            app = re.match(r",\s+(?:the\s+|a\s+|then-)?", sentence[nend : nend + 8])
            if app:
                at = nend + app.end()
                for i, (full, rstart, rend, rkey, rtitle, rc) in enumerate(roles):
                    # "X, the president's adviser": the title is the owner's, not X's
                    if (full == at or rstart == at) and not _POSSESSIVE_AFTER.match(sentence, rend):
                        role, title, country = rkey, rtitle, rc
                        used_roles.add(i)
                        close = _COMMA.match(sentence, rend) or _APPOSITIVE_TAIL.match(sentence, rend)
                        # "Olaf Scholz, chancellor until May, said": the appositive runs to its comma
                        end = (close.end() - 1) if close else rend
                        break
        # resolve against the actors table / earlier names in the document; a surname alone is
        # first the person the document introduced ("Sen. Al Franken", then "Franken" is not the
        # table's "Theo Francken" one edit away)
        hit = rules.actors.match_words(name_toks, day)
        person, in_table = None, False
        if hit and len(name_toks) == 1:
            prior = local_names.get(name_key(name_toks[0]))
            if prior is not None and prior.person != hit[1] and len((prior.name or "").split()) > 1:
                hit = None
        if hit:
            n, candidate = hit
            extra = name_toks[: len(name_toks) - n]
            canon_first = fold_lower(candidate.split()[0])[:1]
            if not extra or fold_lower(extra[0])[:1] == canon_first:
                person, in_table = candidate, True
        if person is None:
            key = name_key(name_toks[-1])
            prior = local_names.get(key)
            if prior is None and len(name_toks) == 1:
                prior = _misspelt_document_surname(key, local_names)  # "Sweeny" for "Steve Sweeney"
            if prior is not None and (len(name_toks) == 1 or prior.name == name):
                person, in_table = prior.person, prior.in_table
                role = role or prior.role
                title = title or prior.role_title
                country = country or prior.country
        if person is None:
            if all(len(t) <= 2 for t in name_toks):
                continue
            if len(name_toks) < 2 and not _titled(sentence, tokens, name_toks, nstart):
                continue
            person = name
        if in_table:
            actor = rules.actors.person_on(person, day, prefer_country=country)
            if actor is not None and (country is None or country == actor.country):
                country = actor.country
                if role in (None, "other") or role == actor.role:
                    role, title = actor.role, title if role == actor.role and title else actor.role_title
        if country is None and not in_table:
            country = _sole_country(sentence, rules)
        mentions.append(
            Mention(title_start, end, name, person, country, role, title, "name", in_table, possessive)
        )
    # role references with no name ("German FM", "the French president", "Britain's prime minister")
    for i, (full, rstart, rend, rkey, rtitle, rc) in enumerate(roles):
        if i in used_roles or any(mm.start <= rstart < mm.end for mm in mentions):
            continue
        if _scraped_gap(sentence, full, rstart, rend, rules):
            continue
        if rc and rkey != "other":
            actor = rules.actors.holder(rc, rkey, day)
            if actor is not None:
                mentions.append(
                    Mention(
                        full,
                        rend,
                        None,
                        actor.person,
                        actor.country,
                        actor.role,
                        rtitle or actor.role_title,
                        "roleref",
                        True,
                    )
                )
                continue
    for m in FOLLOWUP_ROLE.finditer(sentence):
        if not any(mm.start <= m.start() < mm.end or m.start() <= mm.start < m.end() for mm in mentions):
            mentions.append(
                Mention(m.start(), m.end(), None, None, None, None, m.group(0).split(None, 1)[1], "followup")
            )
    for m in PRONOUN.finditer(sentence):
        mentions.append(Mention(m.start(), m.end(), None, None, None, None, None, "pronoun"))
    mentions.sort(key=lambda x: x.start)
    return mentions


_NICKNAME = re.compile(
    rf"(?<![\w'’])(?P<given>[{UPPER}][a-z]{{1,20}} )(?P<nick>[\"“‘'][{UPPER}][\w.\-]{{1,20}}[\"”’'])(?= [{UPPER}])"
)
# a reporting verb in a title-case headline, after at least two words of a name
_HEADLINE_VERB = re.compile(
    r"\s+(?:Says|Said|Tells|Told|Warns|Urges|Insists|Admits|Vows|Claims|Denies|Rejects|Slams|Blasts|Calls|"
    r"Asks|Argues|Writes)\b"
)
_TOKENS = re.compile(rf"{_TOKEN}|{_PARTICLE}")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_COMMA = re.compile(r"\s*,")
_APPOSITIVE_TAIL = re.compile(
    r"\s+(?:(?:until|since|from|between|in|of|at|for)\s[^,;:\"“”()]{1,40}?|(?:who|whose)\s[^,;:\"“”()]{1,80}?),"
)
_GAP = re.compile(r"\s*,?\s*")
_APPOSITIVE = re.compile(r"^,\s+(?P<app>(?:the|a|an|[A-Z]\w*['’]s|[a-z])[^,\"“”;()]{1,120}?),\s*")
_REPORTED = re.compile(
    r"\b(?:said|says|told \w+|tells \w+|added|adds|stated|warned|believes|thinks|argued|insisted|"
    r"noted|stressed|wrote|claimed|suggested)\s+(?:on\s+\w+(?:\s+\d{1,2})?,?\s+|last\s+\w+\s+)?"
    r"(?:that\s+)?(?:the\s+)?$",
    re.I,
)
# a short capitalised appositive: "X, Republican of Minnesota, told", "X, R-NY, says"
_SHORT_CAP_APPOSITIVE = re.compile(rf"^,\s+(?P<app>[{UPPER}][\w.'’\-]*(?:\s+[\w.'’\-]+){{0,4}}),\s*")


# where a person comes from, after their name: "of Oklahoma", "of the New York delegation"
_ORIGIN = re.compile(
    rf"^\s+of\s+(?:the\s+)?[{UPPER}][\w.'’\-]*(?:\s+[{UPPER}][\w.'’\-]*){{0,3}}(?=\s*[,(]|\s+[a-z])"
)
# an age (", 69,") or the full stop of "Jr." between a name and what follows it
_AGE_OR_SUFFIX = re.compile(r"^(?:\.(?=\s*,))?(?:\s*,\s*\d{1,3}(?=\s*,))?")
_PARTY_TAG = re.compile(r"^\s*\([^()]{1,40}\)")
_ASIDE = re.compile(
    r"^\s*,\s*(?:by contrast|in contrast|for (?:his|her|their|its) part|however|meanwhile|in turn|"
    r"on the other hand|instead|though|too|likewise|similarly|separately|for example|in response|"
    r"in particular|above all|notably|in fact|at the time|(?:un)?like\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})\s*,"
)
_RELATIVE = re.compile(r"^\s*,\s*(?:who|whose|which)\b")


def _skip_interruption(rest: str, rules: Rules) -> int:
    """Length of material between a name and its verb that does not change the speaker:
    a party tag (`X (NCP) told`), an aside (`X, by contrast, said`) or a relative clause
    (`X, who revealed ..., said`: the clause ends at the comma a speech verb follows)."""
    pos = 0
    origin = _ORIGIN.match(rest)
    if origin:
        return origin.end() + _skip_interruption(rest[origin.end() :], rules)  # "Tom Cole of Oklahoma said"
    aside_num = _AGE_OR_SUFFIX.match(rest)
    if aside_num and aside_num.end():
        pos = aside_num.end()  # "Sarandon, 69, told", "Comey Jr., the director ..., said"
        rest = rest[pos:]
        return pos + _skip_interruption(rest, rules)
    tag = _PARTY_TAG.match(rest)
    if tag:
        pos = tag.end()
    aside = _ASIDE.match(rest[pos:])
    if aside:
        return pos + aside.end()
    if _RELATIVE.match(rest[pos:]):
        start = pos + rest[pos:].index(",") + 1
        for m in re.finditer(r",", rest[start : start + 200]):
            after = rest[start + m.end() :]
            if re.match(r"^\s*[\"“”]", after):
                break
            adv = _ADVERBS.match(after)
            if _verb_after(after[adv.end() if adv else 0 :], rules):
                return start + m.end()
    return pos


def topic_free(rules: Rules) -> bool:
    """`--topic all`: every attributed statement, whatever its subject (docs/extraction.md)."""
    return bool(rules.topic.config.get("keep_every_statement"))


_COUNTED_OBJECT = re.compile(
    r"\s+(?:about |nearly |almost |roughly |just |more than |over |some |an? (?:\w+ )?)?"
    r"(?:[$£€\d]|tax\b|rates\b|money\b|funds\b|prices\b|lead\b|edge\b|series\b|majority\b)"
)


def _verb_after(text: str, rules: Rules) -> re.Match[str] | None:
    """A speech or position verb at the start of `text`: the topic's list, then the general list.
    A modal is a frame only when what follows is an act ("would send"), not a state, a
    perception or a passive ("could be looking at", "can be seen"); in the topic-free mode
    never (it says what may happen, not what was said)."""
    m = rules.verbs_after.match(text)
    general = m is None
    if general:
        m = lexicon.alternation("speech_verbs.txt").match(text)
    if m is None:
        return None
    if re.search(r"(?:raised|held)$", m.group(0)) and _COUNTED_OBJECT.match(text, m.end()):
        return None  # "X (has) raised $12 million", "X held a commanding lead": counts, not words
    if general:
        return m
    if m.group(0).lower() in lexicon.words("modal_verbs.txt"):
        if topic_free(rules):
            return None
        nxt = re.match(r"\s*(?:not\s+|n['’]t\s+)?(?:\w+ly\s+)?(\w+)", text[m.end() :])
        if nxt and nxt.group(1).lower() in lexicon.words("modal_non_frame_next.txt"):
            return None
    return m


def _is_core_speech(verb: str) -> bool:
    return bool(lexicon.alternation("speech_verbs_core.txt").match(verb.lower()))


# "... questioned whether X was prepared", "... argued that X would": X is what is reported
_COMPLEMENT_BEFORE = re.compile(r"\b(?:that|whether)\s+(?:[^,;:\"“”.]{0,40}\s)?$")
_RELATIVE_SPEECH = re.compile(r"^\s*,\s*who\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?")
_LATER: list[re.Pattern[str]] = []
# a name joined to a plural group as one subject: "and leaders of other member states have"
_JOINT_SUBJECT = re.compile(
    r"^\s+(?:and|&)\s+(?:(?:his|her|their|other|several|many|some|the|a|an)\s+)?"
    r"[a-z][\w'’\-]*(?:\s+[\w'’\-]+){0,6}?\s+(?:have|had|were|are|both|all|jointly|also)(?:\s+(?:both|all|also|jointly))?\s*"
)


def _participle_speech() -> re.Pattern[str]:
    if len(_LATER) < 2:
        _later_speech()
        verbs = lexicon.alternation("speech_participles.txt").pattern
        _LATER.append(re.compile(r"^\s+[a-z][^,.;:!?\"“”()]{1,80}?,\s*(?P<verb>" + verbs + r")"))
    return _LATER[1]


def _later_speech() -> re.Pattern[str]:
    if not _LATER:
        verbs = lexicon.alternation("speech_verbs_later.txt").pattern
        _LATER.append(re.compile(r"^[^,.;:!?\"“”()]{1,60}?\b(?P<verb>" + verbs + r")"))
    return _LATER[0]


# 'X resisted: "..."': one past-tense verb and a colon opening a quotation is a speech frame,
# whatever the verb (the quotation says what the verb was)
_COLON_FRAME = re.compile(r"^\s+(?:\w+ly\s+|also\s+|then\s+)?(?P<verb>[a-z]{3,}ed):\s*[\"“]")
# the same after a short verb phrase: 'X delivered a blunt message to Y: "..."'
_COLON_AFTER_OBJECT = re.compile(
    r"^\s+(?:\w+ly\s+|also\s+|then\s+)?(?P<verb>[a-z]{3,}ed)\s[^,.;:!?\"“”()]{1,60}:\s*[\"“]"
)
# a second verb of one subject, after a clause of its own: ", but now said", "... and said this week"
_SECOND_VERB_SPEECH = re.compile(
    r"^\s+[a-z][^.;:!?\"“”()]{1,140}?(?:,\s+(?:but|and|yet)|\s+and)\s+"
    r"(?:(?:now|also|then|later|still|since|has|have|had|again|\w+ly)\s+){0,2}"
    r"(?P<verb>said|says|told|tells|added|adds|argued|insisted|warned|wrote|stated|declared|urged|vowed|"
    r"pledged|conceded|acknowledged|admitted|claimed|predicted|accused|criticized|criticised|praised|"
    r"called|blamed|denied|rejected|dismissed|defended|condemned|announced|promised|suggested|questioned|"
    r"noted|explained)\b"
)
# "X: what they said" as a list item or a line of its own: a colon and a clause of some length
_LIST_SPEAKER = re.compile(r"^\s*:\s+[^\s:]+(?:\s+[^\s:]+){3,}")
# nothing before the speaker on its line but a list marker or a "Country:" heading
_LIST_MARK = re.compile(r"\s*(?:[-–*•▪●◦]|\d{1,2}[.)])\s")
_LINE_START = re.compile(r"\s*(?:[-–*•▪●◦]\s*|\d{1,2}[.)]\s*)?(?:[A-Z][\w.'’ \-]{1,30}:\s*)?")


# prepositions whose object is never the subject of the verb right after it ("meeting with X will")
_OBJECT_PREPOSITIONS = "with|by|for|from|against|among|toward|towards|without|than|between"
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{_OBJECT_PREPOSITIONS})\s+(?:the\s+)?$", re.I)
# any preposition before the mention: an object, never the subject of a later verb ("Critics of X
# met and accused ...")
_OBJECT_BEFORE = re.compile(rf"\b(?:of|to|at|about|on|in|{_OBJECT_PREPOSITIONS})\s+(?:the\s+)?$", re.I)


def _speaks_after(sentence: str, mention: Mention, rules: Rules, first_person: bool = True) -> int | None:
    """Offset of a speech verb that follows the mention (`X said`, `X, the minister, told`). A
    mention right after a preposition is an object, not the subject of a verb right after it
    ("leaders meeting with X will discuss"), though a relative clause may make it speak ("chaired
    by X, who said"). A verb after a clause of its own (", saying", "... and said") is the
    subject's: the mention must stand at its clause's subject position or be the sentence's first
    person (`first_person`), else it is an object ("A took down B in the primary, claiming ...")."""
    after_preposition = bool(_PREPOSITION_BEFORE.search(sentence, max(0, mention.start - 16), mention.start))
    rest = sentence[mention.end :]
    skip = _skip_interruption(rest, rules)
    if skip:
        rest = rest[skip:]
    adv = _ADVERBS.match(rest)
    pos = (adv.end() if adv else 0) + skip
    rest = sentence[mention.end :]
    m = _verb_after(rest[pos:], rules)
    if m and adv and _BARE_PREPOSITION_END.search(adv.group(0)):
        m = None  # "X in hopes of ...", "X on calls with ...": the word after a preposition is a noun
    if m is None and pos > skip:  # the adverb skip ate an auxiliary: "X has been clear that"
        bare = len(rest[skip:]) - len(rest[skip:].lstrip())
        m = _verb_after(rest[skip + bare :], rules)
        pos = skip + bare if m else pos
    if m is None:
        medium = _MEDIUM_PHRASE.match(rest[skip:])
        if medium:
            m = _verb_after(rest[skip + medium.end() :], rules)
            pos = skip + medium.end() if m else pos
    if m is None:
        # a mixed quote opening on the verb: 'X "has been clear that ..."', 'X "strongly warned" ...'
        opening = re.match(r"\s*[\"“]", rest[skip:])
        if opening and mention.kind in ("name", "roleref"):
            m = _verb_after(rest[skip + opening.end() :], rules)
            pos = skip + opening.end() if m else pos
    if m:
        if after_preposition and "," not in rest[:pos] and not m.group(0).lower().endswith("ing"):
            return None  # "leaders meeting with X will discuss": X is no subject ("with X saying" is)
        # "A said B would send ...": B is what A reported, not a second speaker
        if (
            _REPORTED.search(sentence[max(0, mention.start - 45) : mention.start])
            or _COMPLEMENT_BEFORE.search(sentence, max(0, mention.start - 60), mention.start)
        ) and not _is_core_speech(rest[pos:]):
            return None
        return mention.end + pos
    if re.match(r"^\s*:\s*[\"“'‘]", rest) and (
        at_subject_position(sentence, mention.start)
        or _LINE_START.fullmatch(sentence, 0, mention.start)
        or re.search(r"\s[-–—]\s*$", sentence[: mention.start])
    ):  # headline "X: '...'", "A HEADLINE - X: '...'" (not an object: "..., telling Breitbart London: '...'")
        return mention.end
    colon = _COLON_FRAME.match(rest[skip:])
    if colon and mention.kind in ("name", "roleref", "pronoun"):
        return mention.end + skip + colon.start("verb")  # 'X resisted: "..."', 'He countered: "..."'
    colon = _COLON_AFTER_OBJECT.match(rest[skip:])
    if (
        colon
        and mention.kind in ("name", "roleref")
        and (first_person or at_subject_position(sentence, mention.start))
    ):
        # 'X delivered a blunt message to Y: "..."': the subject's quote after a short verb phrase
        return mention.end + skip + colon.start("verb")
    if (
        mention.kind in ("name", "roleref")
        and len((mention.name or "").split()) <= 3  # a longer capitalised run is a headline
        and (mention.role or _LIST_MARK.match(sentence))  # "Spain: PM X: ..." or "- X: ..."
        and _LIST_SPEAKER.match(rest)
        and _LINE_START.fullmatch(sentence, 0, mention.start)
    ):
        return mention.end  # a round-up line "- German Chancellor Olaf Scholz: discussing ... is premature"
    joint = _JOINT_SUBJECT.match(rest)
    if joint and mention.kind in ("name", "roleref") and _verb_after(rest[joint.end() :], rules):
        return mention.end + joint.end()  # "X and leaders of other member states have said"
    rel = _RELATIVE_SPEECH.match(rest)
    if rel:
        # "X, who had warned on Monday that ...", "X, who on Monday did not rule out ...",
        # "X, who also condemned the idea": X's position, however the verb is introduced
        adv = _ADVERBS.match(rest[rel.end() :])
        for at in dict.fromkeys((rel.end(), rel.end() + (adv.end() if adv else 0))):
            if _verb_after(rest[at:], rules):
                return mention.end + at
    subject = (first_person or at_subject_position(sentence, mention.start)) and not _OBJECT_BEFORE.search(
        sentence, max(0, mention.start - 16), mention.start
    )
    later = _later_speech().match(rest)
    if later and (subject or mention.possessive or later.group("verb").endswith("ing")):
        # "X earlier became the first leader to say ...", "X's refusal to rule out", "with X saying";
        # not an object's ("A met B on Monday and said": A said it)
        return mention.end + later.start("verb")
    second = _SECOND_VERB_SPEECH.match(rest)
    if (
        second
        and mention.kind in ("name", "roleref")
        and subject
        and not _COMPLEMENT_BEFORE.search(sentence, max(0, mention.start - 60), mention.start)
    ):
        # "X used to support Y, but now said ...", "X was quick to embrace Y after the vote and
        # said this week that ...": a second verb of the same subject, no new subject in between
        return mention.end + second.start("verb")
    described = _APPOSITIVE.match(rest)
    later = _later_speech().match(rest[described.end() :]) if described else None
    if described and later:
        # "X, a former chairman, became a delegate and said"
        return mention.end + described.end() + later.start("verb")
    participle = _participle_speech().match(rest)
    if participle and mention.kind in ("name", "roleref") and subject:
        return mention.end + participle.start("verb")  # "X emailed supporters, telling them, ..."
    if described and mention.kind in ("name", "roleref"):
        participle = _participle_speech().match(" " + rest[described.end() :])
        if participle:  # "X, Trayvon's father, issued a statement Thursday, saying ..."
            return mention.end + described.end() + participle.start("verb") - 1
    # appositives after an optional party tag ("X (R-Ohio), an oversight panel member, said"), at
    # most two ("X, the attorney general of Oklahoma, one of the states suing, said")
    app = _APPOSITIVE.match(rest[skip:]) or _SHORT_CAP_APPOSITIVE.match(rest[skip:])
    if app and _holds_clause(app.group("app")):
        app = None  # "A and his wife B, son C and D had been traveling, wrote X": not B's description
    app_end = skip + app.end() if app else 0
    if app and not _verb_after(rest[app_end:], rules):
        # "X, the chief executive, forcefully told", "X, in an interview, again refused to"
        adv_after = _ADVERBS_AFTER_APPOSITIVE.match(rest[app_end:])
        if adv_after and _verb_after(rest[app_end + adv_after.end() :], rules):
            app_end += adv_after.end()
    if app and not _verb_after(rest[app_end:], rules):
        second = _APPOSITIVE.match(", " + rest[app_end:])  # the first one took the comma
        if second and _verb_after(rest[app_end + second.end() - 2 :], rules):
            app_end += second.end() - 2
    if not (app and _verb_after(rest[app_end:], rules)) and mention.kind == "name":
        long_end = _long_appositive(sentence, mention, rest[skip:], rules)
        if long_end is not None:
            return mention.end + skip + long_end
    if app and _verb_after(rest[app_end:], rules):
        # "X, Sweden's state secretary for defence, said": the appositive names role and country
        words = app.group("app").strip()
        if not mention.role_title:
            mention.role_title = re.sub(r"^(?:the|a|an)\s+", "", words)
            mention.role = mention.role or "other"
        if mention.country is None:
            mention.country = _country_near(words, rules)
        return mention.end + app_end
    return None


_CORE_SPEECH_WORD = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes)\b")


_ADVERBS_AFTER_APPOSITIVE = re.compile(
    r"(?:(?:\w+ly|again|also|still|already|previously|earlier|later|now|then|once again)\s+)+"
)
_DASH_OPEN = re.compile(r"\s*(--|—|–)\s*")


_FINITE_CLAUSE = re.compile(r"\b(?:had|has|have|was|were|is|are)\s+(?:been|not|\w+ing|\w+ed)\b")


def _holds_clause(description: str) -> bool:
    """A finite verb (an auxiliary and a participle) with no relative pronoun to hang it on: the
    words are a clause of their own, not a description of the person before them."""
    return bool(_FINITE_CLAUSE.search(description)) and not re.search(
        r"\b(?:who|whom|whose|which|that)\b", description
    )


def _long_appositive(sentence: str, mention: Mention, rest: str, rules: Rules) -> int | None:
    """Offset in `rest` of the verb after a long description of the subject: "X, assistant
    secretary for population, refugees, and migration, said", "X, wearing a cowboy hat and 'Ted
    Cruz' pins, said", "X, founder of ..., member in the 1960s and committeeman from Virginia,
    endorsed". The verb follows a comma within 250 characters; what lies between holds no clause
    break (; : or an unpaired quotation mark) and no speech verb of its own, and X stands where a
    subject does ("with Trump, Cruz said" is Cruz's). Dashes enclose it as commas do: "X -- who
    lost the 2008 election -- said"."""
    dash = _DASH_OPEN.match(rest)
    if not (rest.startswith(",") or dash) or not at_subject_position(sentence, mention.start):
        return None
    closer = re.escape(dash.group(1)) if dash else ","
    for m in re.finditer(rf"\s*{closer}\s*", rest[:250]):
        if m.start() == 0 or (dash and m.start() < dash.end()):
            continue
        between = rest[dash.end() if dash else 1 : m.start()]
        if re.search(r"[;:]", between) or between.count('"') % 2 or between.count("“") != between.count("”"):
            return None
        if _holds_clause(between):
            # "A and his wife B, son C and D had been traveling together, wrote X": a clause of
            # its own (an auxiliary with no relative pronoun), not a description of A
            return None
        after = rest[m.end() :]
        adv = re.match(r"(?:\w+ly\s+)", after)
        at = 0
        verb = _verb_after(after, rules)
        if verb is None and adv:  # "X, ..., forcefully told"
            at = adv.end()
            verb = _verb_after(after[at:], rules)
        if verb:
            if verb.group(0).lower() in lexicon.words("modal_verbs.txt"):
                return None
            return m.end() + at
        if _CORE_SPEECH_WORD.search(between):
            return None  # "X, who said ..., told": another clause reports speech
    return None


def _spoken_before(sentence: str, mention: Mention, rules: Rules) -> int | None:
    """Offset of a speech verb right before the mention (`..., said X.`, `According to X, ...`)."""
    before = sentence[: mention.start]
    m = rules.verbs_before.search(re.sub(r"\s*(?:the|The)\s*$", " ", before).rstrip() + " ")
    if not m:
        m = rules.verbs_before.search(before.rstrip())
    if not m:
        m = _extra_before(rules).search(before.rstrip())
    if not m:
        # "..., noted NBC's Dante Chinni": an outlet or employer as possessor between verb and name
        owner = _POSSESSOR_BEFORE.search(before)
        if owner:
            m = rules.verbs_before.search(before[: owner.start()].rstrip() + " ") or _extra_before(
                rules
            ).search(before[: owner.start()].rstrip())
    if not m:
        # "..., said Virginia delegate Beau Correll": a lower-case title between verb and name
        m = _verb_before_title(before, rules)
    if not m:
        m = _verb_before_descriptor(before, rules)
    if not m:
        m = _verb_before_appositive_title(before, rules)
    if not m:
        m = _passive_by(before)
    if not m:
        return None
    if not _AFTER_BEFORE_OK.match(sentence[mention.end :]) and not _AFTER_BEFORE_OK.match(
        sentence[_name_end(sentence, mention) :]
    ):
        return None
    return m.start()


def _name_end(sentence: str, mention: Mention) -> int:
    """End of the name itself when an appositive role was attached to the mention
    ("said Melba Acosta Febo, the president and chairwoman of the bank": the role's tail is not
    what follows the name, the comma is)."""
    if not mention.name:
        return mention.end
    at = sentence.find(mention.name, mention.start, mention.end)
    return at + len(mention.name) if at >= 0 else mention.end


def _verb_before_appositive_title(before: str, rules: Rules) -> re.Match[str] | None:
    """'"...," said Rubio's deputy campaign manager, Rich Beeson': the description, ending in a
    title (`titles.txt`), stands before the name as an appositive, closed by a comma."""
    head = before.rstrip()
    if not head.endswith(","):
        return None
    head = head[:-1].rstrip()
    if not _is_title(head.rsplit(" ", 1)[-1]):
        return _verb_before_determined_description(head, rules)
    return _verb_before_title(head + " ", rules) or _verb_before_descriptor(head + " ", rules)


_DETERMINED = re.compile(
    rf"\s(?:a|an|the|another|one|his|her|their|its|[{UPPER}][\w.&\-]*['’]s)\s+(?P<desc>[^,;:\"“”()]{{2,100}})$"
)


def _verb_before_determined_description(head: str, rules: Rules) -> re.Match[str] | None:
    """'"...," said another Twitter user, Johanna Bayer', 'said a former spokesman for the
    ministry, Oleg Voloshyn, who ...': a description opened by a determiner right after the
    reporting verb, closed by a comma, then the name. No clause word inside (a description holds no
    verb phrase: "said the plan would, X" is not one)."""
    det = _DETERMINED.search(head)
    if det is None:
        return None
    words = det.group("desc").split()
    # ("to" opens a clause elsewhere, but here a complement: "a former adviser to the ministry")
    if len(words) > 12 or any(w.lower() in lexicon.words("clause_words.txt") - {"to"} for w in words):
        return None
    lead = head[: det.start()] + " "
    m = rules.verbs_before.search(lead)  # anchored at the end of `lead`
    if m and re.search(r"[,\"”]\s*$", lead[: m.start()]):
        return m
    return _extra_before(rules).search(lead.rstrip())


# "This was communicated by the Minister of Foreign Affairs of Poland X", "the plan was announced
# on Monday by X": a passive reporting verb, its agent the speaker
_PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+|also\s+|first\s+)?(?:said|stated|announced|communicated|"
    r"reported|confirmed|declared|written|tweeted|posted|voiced|expressed|made clear|argued|proposed|"
    r"suggested|floated|put forward)\s+(?:[^,;:\"“”()]{0,40}?\s+)?by\s+(?P<desc>(?:[\w.'’\-]+\s+){0,10})$"
)


def _passive_by(before: str) -> re.Match[str] | None:
    """The agent of a passive reporting verb, when what stands between "by" and the name is a
    plain description (no clause word: "was announced by officials who said X" is not X's)."""
    m = _PASSIVE_BY.search(before)
    if m is None:
        return None
    desc = m.group("desc").split()
    if any(w.lower() in lexicon.words("clause_words.txt") for w in desc):
        return None
    return m


_POSSESSOR_BEFORE = re.compile(rf"\s(?:[{UPPER}][\w.&\-]*\s+){{0,3}}[{UPPER}][\w.&\-]*['’]s\s+$")


def _verb_before_title(before: str, rules: Rules) -> re.Match[str] | None:
    """`..., said Virginia delegate Beau Correll`, `said Rep. G.K. Butterfield`: up to four words
    between the reporting verb and the name, the last of them a title."""
    words = before.rstrip().split(" ")
    if not words or fold_lower(words[-1]).rstrip(".") not in lexicon.words("titles.txt") | lexicon.words(
        "title_abbreviations.txt"
    ):
        return None
    for k in range(1, min(5, len(words) - 1) + 1):
        between = words[-k:]
        if any(w[:1] in '"“”,;:(' for w in between):
            break  # the title phrase runs only over plain words
        head = " ".join(words[:-k])
        m = rules.verbs_before.search(head + " ") or _extra_before(rules).search(head.rstrip())
        if m and (k < 5 or re.search(r"['’]s$", between[0])):
            return m  # five words only behind a possessor: "said Clinton's top foreign policy aide X"
    return None


def _verb_before_descriptor(before: str, rules: Rules) -> re.Match[str] | None:
    """An inverted attribution with a description between the verb and the name: '"...," said
    Cruz constituent Dan Golvach', '..., said Montclair State University political scientist X',
    '"...," said UC-AFT President X', 'said former Pennsylvania Gov. and Democratic National
    Committee Chairman X'. Up to eight plain words, none a clause word ("that", "would") or a
    verb form in -ing or -ly (office words such as "ranking" and "acting" excepted:
    `descriptor_ing_words.txt`), the last not a function word; the verb itself follows a comma or a
    closing quotation mark, the shape of an attribution rather than of "A warned B"."""
    words = before.rstrip().split(" ")
    last = words[-1] if words else ""
    if not last or fold_lower(last) in lexicon.words("function_words.txt"):
        return None
    for k in range(1, min(8, len(words) - 1) + 1):
        w = words[-k]
        low = w.lower()
        if (
            not re.fullmatch(r"[\w.'’\-&]+", w)
            or low in lexicon.words("clause_words.txt")
            or (re.search(r"[a-z](?:ing|ly)$", w) and low not in lexicon.words("descriptor_ing_words.txt"))
        ):
            break
        head = " ".join(words[:-k])
        m = rules.verbs_before.search(head + " ")
        if m and re.search(r"[,\"”]\s*$", head[: m.start()]):
            return m
        extra = _extra_before(rules).search(head.rstrip())
        if extra:
            return extra
    return None


_EXTRA_BEFORE: dict[int, re.Pattern[str]] = {}


def _extra_before(rules: Rules) -> re.Pattern[str]:
    """`..., tweeted X`: the general reporting verbs before a speaker, in the frame the topic's
    `verbs_before_speaker` sits in (a comma or a quote before the verb)."""
    rx = _EXTRA_BEFORE.get(id(rules))
    if rx is None:
        verbs = lexicon.alternation("speech_verbs_before.txt").pattern
        rx = re.compile(r"[,\"”]\s*" + verbs + r"(?:\s+(?:the|The))?$")
        _EXTRA_BEFORE[id(rules)] = rx
    return rx


# "“...” ― Pamela Padilla": a quote signed with a dash
_DASH_SIGNED = re.compile(r"[\"”]\s*(?:[―—–]{1,2}|--)\s*$")
_SIGNATURE_END = re.compile(r"\s*(?:,[^\"“”]{0,80})?[.!]?\s*$")


_TYPO_CLOSE_BEFORE = re.compile(r"[,.!?]$")
_TYPO_CLOSE_AFTER = re.compile(r"\s+[a-z]")


def quote_spans(sentence: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks. Curly quotes pair as opened and closed; straight
    quotes pair in order; a quote still open at the end (a quote going on into the next
    sentence) runs to the end, and a closing mark with no opening one starts at the beginning."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in re.finditer(r"[\"“”]", sentence):
        ch = m.group(0)
        if open_at is None:
            if ch == "”":
                if not spans:
                    spans.append((0, m.start()))
                continue
            open_at = m.end()
        elif ch in ("”", '"') or (
            # a mistyped closing mark: '"It's unusual,“ said X' (after punctuation, before a word)
            _TYPO_CLOSE_BEFORE.search(sentence, 0, m.start()) and _TYPO_CLOSE_AFTER.match(sentence, m.end())
        ):
            spans.append((open_at, m.start()))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(sentence)))
    return spans


# "A and B", "France's A and Britain's B": a possessor may stand before the second name
_COORDINATED = re.compile(rf"\s*(?:,\s*)?(?:and|&)\s+(?:[{UPPER}][\w.'’\-]*['’]s\s+)?")


_ALONG_WITH = re.compile(r"\s*,\s*(?:along|together) with\s+(?:[\w.'’\-]+\s+){0,5}?$")


def _with_coordinated(sentence: str, mentions: list[Mention], speakers: list[Speaker]) -> list[Speaker]:
    """ "A and B said": A speaks too (only the nearer name was found before the verb); so does
    the person joined by "along with" ("A, along with B, said": both)."""
    out = list(speakers)
    for sp in speakers:
        if sp.frame != "X said":
            continue
        for m in mentions:
            joined = m.kind == "name" and not any(o.mention is m for o in out)
            if joined and (
                # "A, along with B, said": B, inside the aside before the verb
                (
                    sp.mention.end <= m.start
                    and _ALONG_WITH.fullmatch(sentence, sp.mention.end, m.start)
                    and re.fullmatch(r"\s*,\s*", sentence[m.end : sp.anchor])
                )
                # the aside's person was taken as the speaker: A, before it, speaks too
                or (m.end <= sp.mention.start and _ALONG_WITH.fullmatch(sentence, m.end, sp.mention.start))
            ):
                out.append(Speaker(m, sp.anchor, sp.frame, sp.forced))
        for m in mentions:
            if (
                m.kind == "name"
                and m.end <= sp.mention.start
                and _COORDINATED.fullmatch(sentence, m.end, sp.mention.start)
                and not any(o.mention is m for o in out)
            ):
                out.append(Speaker(m, sp.anchor, sp.frame, sp.forced))
                # "A, B and C said", "Britain's A, France's B and Germany's C said": the list's
                # earlier items, a comma before each next one, the first where a subject stands
                chain: list[Mention] = []
                head = _list_item_before(sentence, mentions, m)
                while head is not None:
                    chain.append(head)
                    head = _list_item_before(sentence, mentions, head)
                if chain and at_subject_position(sentence, chain[-1].start):
                    out.extend(
                        Speaker(p, sp.anchor, sp.frame, sp.forced)
                        for p in chain
                        if p not in (o.mention for o in out)
                    )
    return out


_LISTED = re.compile(rf"\s*,\s*(?:[{UPPER}][\w.'’\-]*['’]s\s+)?")


def _list_item_before(sentence: str, mentions: list[Mention], item: Mention) -> Mention | None:
    """The name a comma (and perhaps a country's possessive) puts right before `item` in a list."""
    return next(
        (
            p
            for p in mentions
            if p.kind == "name" and p.end <= item.start and _LISTED.fullmatch(sentence, p.end, item.start)
        ),
        None,
    )


def _nested_speaker(sentence: str, mention: Mention, rules: Rules) -> bool:
    """A named person inside a quotation speaks too when a verb that reports speech follows
    them ("'Keir Starmer has been clear that ...,' a spokesman said"); anyone else there is
    only what the quoted speaker talks about."""
    if mention.kind not in ("name", "roleref"):
        return False
    rest = sentence[mention.end :].lstrip()
    adv = _ADVERBS.match(rest)
    return _is_core_speech(rest) or _is_core_speech(rest[adv.end() if adv else 0 :].lstrip())


_IN_RELATIVE = re.compile(r"\s*,\s*(?:who|whose|which)\b[^,;\"“”]*$")


def find_speakers(sentence: str, mentions: list[Mention], rules: Rules) -> list[Speaker]:
    """Mentions that an attribution frame makes the speaker of (part of) the sentence."""
    speakers: list[Speaker] = []
    taken_anchor: dict[int, int] = {}
    quoted = quote_spans(sentence)
    for mention in mentions:
        if any(a <= mention.start < b for a, b in quoted) and not _nested_speaker(sentence, mention, rules):
            continue  # a person named inside a quotation is what the speaker talks about
        if (
            mention.kind == "name"
            and _DASH_SIGNED.search(sentence, 0, mention.start)
            and _SIGNATURE_END.fullmatch(sentence, mention.end)
        ):
            speakers.append(Speaker(mention, mention.start, "quote signed"))
            continue
        first_person = not any(m.start < mention.start and m.kind != "followup" for m in mentions)
        anchor = _speaks_after(sentence, mention, rules, first_person)
        frame = "X said"
        if anchor is None:
            anchor = _spoken_before(sentence, mention, rules)
            frame = "said X"
        if anchor is None and mention.kind in ("name", "roleref") and _owns_words(sentence, mention):
            anchor, frame = mention.end, "X said"  # "X's view is that ...", "in X's words, ..."
        forced = None
        if anchor is None and mention.kind in ("name", "roleref"):
            proposal = PROPOSAL.match(sentence[mention.end :])
            if proposal:
                anchor, frame = mention.end, "proposal"
                forced = ("support", "proposal: " + proposal.group(0).strip())
        if anchor is None:
            continue
        if mention.kind in ("pronoun", "followup") and frame != "X said":
            continue
        if (
            anchor in taken_anchor
            and frame == "X said"
            and _COORDINATED.fullmatch(sentence, speakers[taken_anchor[anchor]].mention.end, mention.start)
        ):
            speakers.append(Speaker(mention, anchor, frame, forced))  # "A and B said": both speak
            continue
        if anchor in taken_anchor:  # two mentions before one verb: the nearer one speaks
            prev = taken_anchor[anchor]
            if (
                frame == "X said"
                and speakers[prev].frame == "X said"
                and speakers[prev].mention.end <= mention.start
                # "X, who met Y on Monday, said": Y is inside X's relative clause, X speaks
                and not _IN_RELATIVE.match(sentence[speakers[prev].mention.end : mention.start])
                # "X, a driver from Ava, Mo., who backs Mr. Y, said": Y closes X's description
                and not (
                    re.match(
                        r"\s*(?:\([^()]{1,40}\)\s*)?,",
                        sentence[_name_end(sentence, speakers[prev].mention) : mention.start],
                    )
                    and _CLOSING_APPOSITIVE.fullmatch(sentence, mention.end, anchor)
                    and at_subject_position(sentence, speakers[prev].mention.start)
                )
            ):
                speakers[prev] = Speaker(mention, anchor, frame, forced)
            elif (
                frame == "said X"
                and speakers[prev].frame == "X said"
                and re.fullmatch(r"\s*,\s*", sentence[speakers[prev].mention.end : anchor])
            ):
                # "... to Mr. Y, said X": a verb right after a comma and before a name is inverted
                speakers[prev] = Speaker(mention, anchor, frame, forced)
            continue
        taken_anchor[anchor] = len(speakers)
        speakers.append(Speaker(mention, anchor, frame, forced))
    speakers = _appositive_heads(sentence, mentions, speakers)
    speakers = _with_coordinated(sentence, mentions, speakers)
    speakers = _drop_reported(sentence, speakers, rules)
    # the part of the sentence each speaker owns (for stance): from its mention to the next speaker's
    speakers.sort(key=lambda s: s.mention.start)
    for i, sp in enumerate(speakers):
        start = 0 if i == 0 else sp.mention.start
        end = speakers[i + 1].mention.start if i + 1 < len(speakers) else len(sentence)
        sp.segment = (start, end)
    return speakers


# from the end of a name to a later name, inside one appositive opened by a comma
_OPEN_APPOSITIVE = re.compile(r"\s*,[^,;:\"“”()]*")
# from the later name to the verb: the rest of the appositive, then the comma that closes it
_CLOSING_APPOSITIVE = re.compile(r"[^;:\"“”()]*,[^,;:\"“”()]*")
# what may stand before a clause's subject: a conjunction, an article, capitalised words, an age
_SUBJECT_OPENING = re.compile(
    r"(?:(?:^|[,;:\"“”(])\s*(?:(?:[Aa]nd|[Bb]ut|[Yy]et|[Aa]lso|[Tt]he|[Aa]n?|[A-Z][\w'’.\-]*|[\w\-]*\d[\w\-]*)\s+)*"
    # right after a quotation closes: '"...," Texas delegate X, wearing ..., said'
    r"|[,!?][\"”]\s*(?:[\w'’.\-]+\s+){0,4})$"
)


def at_subject_position(sentence: str, start: int) -> bool:
    """Whether a mention starting at `start` stands where its clause's subject does: nothing but
    a conjunction, an article, capitalised words or an age before it in its clause."""
    return bool(_SUBJECT_OPENING.search(sentence, 0, start))


def _appositive_heads(sentence: str, mentions: list[Mention], speakers: list[Speaker]) -> list[Speaker]:
    """ "A, director of research at B, said", "A, a voter who backed B, said", "A, standing next
    to B on Monday, said", "A, the president's adviser, said": a person named inside the
    appositive after a subject only describes it; the subject that opened the appositive speaks.
    The opener must stand where a subject does (nothing but a conjunction, an article or capitalised
    words before it in its clause: "After meeting A, B, the chancellor, said" keeps B). With no
    name before it ("The group's founder, B, said") B is the subject itself and keeps the row."""
    out: list[Speaker] = []
    for sp in speakers:
        m = sp.mention
        head = None
        if (
            sp.frame == "X said"
            and m.kind in ("name", "roleref")
            and _CLOSING_APPOSITIVE.fullmatch(sentence, m.end, sp.anchor)
        ):
            head = next(
                (
                    a
                    for a in reversed(mentions)
                    if a.kind == "name"
                    and a.end <= m.start
                    and not a.possessive
                    and _OPEN_APPOSITIVE.fullmatch(sentence, _name_end(sentence, a), m.start)
                    and at_subject_position(sentence, a.start)
                ),
                None,
            )
        if head is None:
            out.append(sp)
        elif not any(o.mention is head for o in speakers + out):
            out.append(Speaker(head, sp.anchor, sp.frame, sp.forced))
    return out


_WORDS_BEFORE = re.compile(r"(?:^|[,;:(\s])(?:[Ii]n|[Aa]s)\s+$")
_WORDS_AFTER = re.compile(r"^['’]s\s+(?:own\s+)?words\b|^\s+put\s+it\b")


def _owns_words(sentence: str, mention: Mention) -> bool:
    """A position reported through the speaker's possessive: "X's view is that ...", "X's
    position remains clear", "in X's words", "as X put it" (position_nouns.txt)."""
    rest = sentence[mention.end :]
    if _WORDS_AFTER.match(rest):
        return bool(_WORDS_BEFORE.search(sentence, max(0, mention.start - 5), mention.start))
    m = re.match(
        r"['’]s\s+(?:(?:own|main|central|stated|public|official)\s+)?(\w+)\s+(?:is|was|has been|remains|had been)\s+(?:that\b|clear\b)",
        rest,
    )
    return bool(m and m.group(1).lower() in lexicon.words("position_nouns.txt"))


def _drop_reported(sentence: str, speakers: list[Speaker], rules: Rules) -> list[Speaker]:
    """ "A admitted that B might not accept the plan": B stands inside A's reported words with a
    verb that does not report speech, so B is only mentioned. The owner of a plan A talks about
    keeps a row: the proposer supports it (codebook: "A appreciated B's initiative"). B keeps a row when the verb reports
    speech ("'the president has been clear that ...', the spokeswoman said" keeps the president's
    position: that is told by a later reporting clause, not inside an earlier one)."""
    out = []
    for sp in speakers:
        inside = any(
            other is not sp
            and other.frame == "X said"
            and other.mention.end <= other.anchor < sp.mention.start
            and _same_clause(sentence[other.anchor : sp.mention.start])
            for other in speakers
        )
        if inside and sp.frame == "X said" and not _is_core_speech(sentence[sp.anchor :]):
            continue
        out.append(sp)
    return out


def _same_clause(between: str) -> bool:
    """No clause break between a reporting verb and a person: no comma, or a `that` after the
    last one ("A said on Monday, in Paris, that B would ..."); "A ruled it out, a day after B
    floated it" puts B in a clause of its own."""
    if "," not in between:
        return True
    return bool(re.search(r"\bthat\b", between.rsplit(",", 1)[1]))


QUOTE_RX = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")


def quotes_in(text: str) -> list[str]:
    return [q.strip().rstrip(",.;") for q in QUOTE_RX.findall(text)]
