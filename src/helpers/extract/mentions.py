"""Person-like mentions in one sentence: names, titles before names, appositive roles, role
references with no name, pronouns and `the minister` follow-ups.

Why its own module: who is mentioned is a question apart from who speaks. A capitalised run is
read backwards to where a person's name starts (a title, a function word, a possessor, a section
label in capitals ends it), things, places and bodies are told from people, and a name is
resolved against the actors table and the names the document introduced earlier. The `Mention`
records it returns are what the speech frames (`frames_after.py`, `frames_before.py`) and the
step's face (`attribution.py`) read; titles and their countries come from `mention_roles.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import DamerauLevenshtein

from helpers.extract import lexicon
from helpers.extract.mention_roles import role_spans, sole_country
from helpers.extract.normalize import UPPER, fold_lower, name_key
from helpers.extract.rules import Rules
from helpers.extract.speech_verbs import ADVERBS, verb_after

# a capitalised word of a name; "I've", "I'm", "I'd", "I'll" never are ("other than X I've met")
_TOKEN = rf"(?!I['’](?:ve|m|d|ll)(?![\w]))(?:[{UPPER}][\w'’\-]*[\w]|[{UPPER}]\.(?:\s?[{UPPER}]\.)*|[{UPPER}])"
_PARTICLE = r"(?:von|van|der|den|de|del|della|da|di|du|le|la|al|el|bin|ibn|ten|ter|zu|dos|das|af)"


def is_name_particle(word: str) -> bool:
    """ "de" in "Bill de Blasio", "van" in "Ursula van der Berg": a lower-case word that belongs to a name."""
    return bool(re.fullmatch(_PARTICLE, word, re.I))


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


# "he said"; also "his office said", "her office said": an office speaks in its holder's name
PRONOUN = re.compile(r"(?<![\w])(?:he|she|He|She|(?:his|her|His|Her)(?= (?:press )?office\b))(?![\w'’])")
# words that make a title one held in the past (`document._former_official` adds "ex-")
FORMER_WORDS = r"(?:former|retired|onetime|one-time)"
FOLLOWUP_ROLE = re.compile(
    r"(?<![\w])(?:the|The)\s+(?:(?:\w+\s+)?(?:minister|president|chancellor|premier|prime minister|secretary|general|commander|leader|chief|official|diplomat|envoy|ambassador|secretary-general|secretary general))(?![\w])"  # noqa: E501
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
    if (
        len(toks) > 1
        and re.fullmatch(r"[A-Z]{2,5}", toks[-1])
        and not toks[0].isupper()
        and fold_lower(toks[-1])
        not in lexicon.words("post_nominals.txt") | lexicon.words("name_suffixes.txt")
    ):
        return True  # "Reform UK", "Hacked DNC": an acronym closes the name of a body, not a person
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
    adv = ADVERBS.match(rest)
    verb = verb_after(rest[adv.end() if adv else 0 :], rules)
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


def is_title(word: str) -> bool:
    low = fold_lower(word).rstrip(".")
    return low in lexicon.words("titles.txt") or low in lexicon.words("title_abbreviations.txt")


# what only follows a person: a described appositive or a reporting verb ('April Mellody, a
# spokeswoman for ..., said', 'Jan Novak, head of the bureau, said', 'Will Barker said')
_PERSON_AFTER = re.compile(r",\s+(?:(?:a|an|the)\s+)?[a-z]|\s+(?:said|says|told|tells)\b")


def _given_after_title(tokens: list[str], i: int, keep: list[str], title_before: bool) -> bool:
    """ "Governor Jan Brewer", "Prof. Will Doyle", '"...," said Will Doyle': a given name that is
    also an ordinary word (`given_names_ambiguous.txt`) between a title (or an inverted reporting
    verb) and the surname already kept (`title_before`: such a word ends right before the
    capitalised run)."""
    return (
        len(keep) == 1
        and fold_lower(tokens[i]) in lexicon.words("given_names_ambiguous.txt")
        and (is_title(tokens[i - 1]) if i > 0 else title_before)
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
    if keep and all(is_title(t) for t in keep):
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


@cache
def _name_leading_articles() -> frozenset[str]:
    """Articles that open a paper's or a place's name, as written (`name_leading_articles.txt`)."""
    return lexicon.entries("name_leading_articles.txt")


@cache
def _outlet_kind_before() -> re.Pattern[str]:
    """A kind of outlet right before a name: the name is the outlet's ("the daily Lidove Noviny",
    `outlet_kind_words.txt`)."""
    return re.compile(r"\b" + lexicon.alternation("outlet_kind_words.txt").pattern + r"\s+$")


_NAME_NEXT = re.compile(rf"\s+[{UPPER}][a-z][\w'’\-]*")


def find_mentions(
    sentence: str, rules: Rules, day: str | None, local_names: dict[str, Mention]
) -> list[Mention]:
    """Person-like mentions in one sentence, titles and appositive roles attached."""
    roles = role_spans(sentence, rules)
    used_roles: set[int] = set()
    mentions: list[Mention] = []
    # 'Juan "Chico" Manriquez': a nickname in quotation marks inside a name is blanked (same
    # length, so offsets hold) for the name search only
    names_text = _NICKNAME.sub(lambda n: n.group("given") + " " * len(n.group("nick")), sentence)
    for m in NAME_RUN.finditer(names_text):
        run = m.group(0)
        headline_verb = _headline_verb().search(run)
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
            bool(
                before
                and (
                    is_title(before.group(1))
                    or lexicon.alternation("speech_verbs_inverted.txt").fullmatch(before.group(1))
                )
            )
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
        if _outlet_kind_before().search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "the newspaper Helsingin Sanomat", "public broadcaster DR": an outlet
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
                    # "Merz, French President Emmanuel Macron, ...": a title right before a name is that
                    # name's, the list's next item, not an appositive of the first
                    if (
                        (full == at or rstart == at)
                        and not _POSSESSIVE_AFTER.match(sentence, rend)
                        and not _NAME_NEXT.match(sentence, rend)
                    ):
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
            if prior is not None and (
                len(name_toks) == 1 or prior.name == name or (prior.name or "").endswith(" " + name)
            ):  # "Le Pen" after "Marine Le Pen": a surname of more than one word
                person, in_table = prior.person, prior.in_table
                role = role or prior.role
                title = title or prior.role_title
                country = country or prior.country
        if person is None:
            if all(len(t) <= 2 for t in name_toks):
                continue
            if (
                len(name_toks) > 2
                and name_toks[0] in _name_leading_articles()
                and not _titled(sentence, tokens, name_toks, nstart)
            ):
                continue  # "according to Le Courrier Picard": three words led by an article name a paper
            # (two may be a surname: "Le Pen", "La Russa"; the two-word papers are outlets in speech.yml)
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
            country = sole_country(sentence, rules)
        mentions.append(
            Mention(title_start, end, name, person, country, role, title, "name", in_table, possessive)
        )
    # role references with no name ("German FM", "the French president", "Britain's prime minister")
    for i, (full, rstart, rend, rkey, rtitle, rc) in enumerate(roles):
        if i in used_roles or any(mm.start <= rstart < mm.end for mm in mentions):
            continue
        if _scraped_gap(sentence, full, rstart, rend, rules):
            continue
        if _FORMER_BEFORE.search(sentence, max(0, full - 14), full):
            continue  # "the former Estonian prime minister said": not the office's holder that day
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
        if _FORMER_WORD.search(m.group(0)):
            continue  # "the former minister said" is not the last minister named
        if not any(mm.start <= m.start() < mm.end or m.start() <= mm.start < m.end() for mm in mentions):
            mentions.append(
                Mention(m.start(), m.end(), None, None, None, None, m.group(0).split(None, 1)[1], "followup")
            )
    for m in PRONOUN.finditer(sentence):
        mentions.append(Mention(m.start(), m.end(), None, None, None, None, None, "pronoun"))
    mentions.sort(key=lambda x: x.start)
    return mentions


# "the former Estonian prime minister", "an ex-president": a role someone held, not holds
_FORMER_BEFORE = re.compile(rf"\b{FORMER_WORDS}\s+$|\bex-$", re.I)
_FORMER_WORD = re.compile(rf"\b{FORMER_WORDS}\b", re.I)


_NICKNAME = re.compile(
    rf"(?<![\w'’])(?P<given>[{UPPER}][a-z]{{1,20}} )(?P<nick>[\"“‘'][{UPPER}][\w.\-]{{1,20}}[\"”’'])(?= [{UPPER}])"
)


@cache
def _headline_verb() -> re.Pattern[str]:
    """A reporting verb in a title-case headline, after at least two words of a name
    (`headline_verbs.txt`, title case, matched as written)."""
    return re.compile(r"\s+" + lexicon.alternation("headline_verbs.txt").pattern)


_TOKENS = re.compile(rf"{_TOKEN}|{_PARTICLE}")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_COMMA = re.compile(r"\s*,")
_APPOSITIVE_TAIL = re.compile(
    r"\s+(?:(?:until|since|from|between|in|of|at|for)\s[^,;:\"“”()]{1,40}?|(?:who|whose)\s[^,;:\"“”()]{1,80}?),"
)
_GAP = re.compile(r"\s*,?\s*")


def name_end(sentence: str, mention: Mention) -> int:
    """End of the name itself when an appositive role was attached to the mention
    ("said Melba Acosta Febo, the president and chairwoman of the bank": the role's tail is not
    what follows the name, the comma is)."""
    if not mention.name:
        return mention.end
    at = sentence.find(mention.name, mention.start, mention.end)
    return at + len(mention.name) if at >= 0 else mention.end
