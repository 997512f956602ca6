"""Who is speaking in a sentence: people, titles, role references, pronouns, and speech verbs.

Why this shape: news attribution comes in a few syntactic frames (`"...," X said`, `X said
(that) ...`, `..., said X`, `According to X, ...`, `X told Reuters`, `Speaking at ..., X
said`, `X doesn't rule out ...`, `X's proposal to ...`, follow-ups like `he added`). We find
every person-like mention first (names, titles before names, appositive roles, role
references with no name, pronouns), then keep the mentions that one of those frames makes
the speaker. Role references are resolved to the office-holder on the statement date via
the actors table; names not in the table keep the country of their title or demonym.

Why this module is the step's face: the parts live in modules of their own, in the order they
run: `mentions.py` (who is mentioned; titles and countries in `mention_roles.py`),
`frames_after.py` (`X said`) and `frames_before.py` (`said X`), over `speech_verbs.py` (is this a
speech verb). This module decides between them: which of two mentions before one verb speaks,
`A and B said`, lists of subjects, the subject that opened an appositive, people inside another
speaker's reported words, quotation spans, and each speaker's part of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from helpers.extract import lexicon
from helpers.extract.frames_after import at_subject_position, speaks_after
from helpers.extract.frames_before import spoken_before
from helpers.extract.mentions import Mention, find_mentions, is_title, name_end
from helpers.extract.normalize import UPPER
from helpers.extract.rules import Rules
from helpers.extract.speech_verbs import ADVERBS, is_core_speech, topic_free, verb_after

# what other modules import from here (document.py): the step's face
__all__ = [
    "QUOTE_RX",
    "Mention",
    "Speaker",
    "at_subject_position",
    "find_mentions",
    "find_speakers",
    "quote_spans",
    "quotes_in",
    "topic_free",
]

PROPOSAL = re.compile(
    r"^(?:['’]s\s+(?:\w+\s+){0,2}|\s+(?:about|over|on|regarding|concerning|with|for)\s+(?:his|her|their)\s+(?:\w+\s+){0,2})"
    # ("call" and "push" only with what they are for: "X's video call" is no proposal)
    r"(?:proposal|plan|idea|initiative|call(?=\s+(?:for|to)\b)|suggestion|offer|push(?=\s+for\b)|proposition)\b",
    re.I,
)


# "the plan that X and Y have put forward", "the mission which X is leading", "the troop offer that
# X made this week": a plan noun, then a relative clause whose subject is the person
_PLAN_THAT = re.compile(
    r"\b(?:proposal|plan|idea|initiative|offer|mission|force|coalition|blueprint|scheme)(?:\s+(?:for|to|of|in|on)\s+[^,;:\"“”.!?]{1,40}?)?\s+(?:that|which)\s+"
    r"(?P<between>[^,;:\"“”.!?]{0,90}?)$",
    re.I,
)
_PROPOSER_VERB = re.compile(
    r"(?:\s+(?:and|&)\s+[^,;:\"“”.!?]{1,70}?)?\s+(?:(?:has|have|had|is|are|was|were)\s+(?:\w+ly\s+)?(?:been\s+)?)?"
    r"(?:made|put forward|proposed|floated|unveiled|outlined|tabled|championed|sketched|drawn up|drew up|"
    r"led|leads?|leading|pushed|pushing|driven|drove|drives|driving)\b"
)


# "tasks that the minister had floated earlier": with a verb that itself proposes, any noun
_ANY_THAT = re.compile(r"\b[a-z]{3,}\s+(?:that|which)\s+(?P<between>[^,;:\"“”.!?]{0,90}?)$")
_PROPOSING_VERB = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?(?:\w+ly\s+)?(?:floated|proposed|put forward|suggested|championed)\b"
)


def _proposer_in_relative(sentence: str, mention: Mention) -> int | None:
    """Offset of the verb when the person is the subject of a relative clause on a plan (the
    codebook's proposer supports it); only names, titles and "and" between "that" and the person,
    so a clause of its own ("the plan that critics say X backs") does not count."""
    before = _PLAN_THAT.search(sentence, max(0, mention.start - 120), mention.start)
    verb = _PROPOSER_VERB.match(sentence, mention.end) if before else None
    if verb is None:
        before = _ANY_THAT.search(sentence, max(0, mention.start - 120), mention.start)
        verb = _PROPOSING_VERB.match(sentence, mention.end) if before else None
    if before is None or verb is None:
        return None
    for word in before.group("between").split():
        low = word.lower().strip("'’")
        if not (word[:1].isupper() or low in ("the", "of", "and", "&") or is_title(low)):
            return None
    return verb.end() - len(verb.group(0).split()[-1])


@cache
def _statement_owned_rx() -> re.Pattern[str]:
    nouns = lexicon.alternation("statement_nouns.txt").pattern
    return re.compile(
        rf"(?:['’]s|\s*,\s*whose)\s+(?:\w+\s+){{0,2}}?{nouns}"
        r"(?:\s+(?:in|on|last|this|earlier)\s+[\w.]+(?:\s+\d+)?)?"  # "whose remark in February that"
        r"(?=\s+(?:about|on|over|to|that|against|for|of|regarding)\b)",
        re.I,
    )


def _statement_owned(sentence: str, mention: Mention) -> bool:
    """ "X's remarks about sending troops", "X's refusal to exclude ...", "X, whose remark in
    February that ...": a possessive before a noun for what X said or holds (`statement_nouns.txt`),
    followed by what it is about."""
    return bool(_statement_owned_rx().match(sentence, mention.end))


@cache
def _statement_by_rx() -> re.Pattern[str]:
    nouns = lexicon.alternation("statement_nouns.txt").pattern
    return re.compile(
        rf"\b{nouns}\s+(?:(?:\w+ly\s+)?(?:made|issued|given|delivered|voiced|expressed|posted|published)\s+)?"
        r"by\s+(?:(?:the|[A-Z][\w.'’\-]*|of|for)\s+){0,6}$",
        re.I,
    )


def _statement_by(sentence: str, mention: Mention) -> bool:
    """ "comments by X about French instructors", "statements made by X, indicating ...": the
    by-form of `_statement_owned`, a noun for what X said right before "by" and X's title, and
    what it is about after the name ("reacting to comments by X." alone reports no position)."""
    return bool(
        _statement_by_rx().search(sentence, max(0, mention.start - 80), mention.start)
        and _STATEMENT_CONTENT_AFTER.match(sentence, mention.end)
    )


_STATEMENT_CONTENT_AFTER = re.compile(
    r"(?:\s*,)?\s+(?:about|on|over|to|that|against|for|regarding|indicating|suggesting|saying|signalling|signaling)\b"
)


# "Giorgia Meloni's office", "her office", "the prime minister's press office"
_OFFICE_OWNED = re.compile(r"(?:['’]s)?\s+(?:press\s+)?office\s*(?:,\s*)?")


_OFFICE_OBJECT = re.compile(r"\b(?:for|of|from|to|with|by|at|in)\s+(?:the\s+)?$", re.I)


def _office_speaks(sentence: str, mention: Mention, rules: Rules) -> int | None:
    """Offset of the verb in "X's office said ...": a leader's office issues statements in the
    leader's name (codebook), unlike a spokesman, who is a person of his own. A pronoun here is
    only "his"/"her" before "office" (`mentions.PRONOUN`)."""
    if _OFFICE_OBJECT.search(sentence, max(0, mention.start - 12), mention.start):
        return None  # "a spokesman for Prime Minister X's office told": the spokesman speaks
    owned = _OFFICE_OWNED.match(sentence, mention.end)
    if owned is None or (
        mention.kind != "pronoun" and not sentence[mention.end : owned.end()].startswith(("'", "’"))
    ):
        return None
    verb = verb_after(sentence[owned.end() :], rules)
    return owned.end() + verb.start() if verb and is_core_speech(verb.group(0)) else None


@dataclass
class Speaker:
    mention: Mention
    anchor: int  # offset of the speech verb (for the date and the stance segment)
    frame: str  # which attribution frame matched
    forced: tuple[str, str] | None = None  # (stance label, cue) decided by the frame itself
    segment: tuple[int, int] = (0, 0)


# "“...” ― Pamela Padilla": a quote signed with a dash
_DASH_SIGNED = re.compile(r"[\"”]\s*(?:[―—–]{1,2}|--)\s*$")
_SIGNATURE_END = re.compile(r"\s*(?:,[^\"“”]{0,80})?[.!]?\s*$")
# an embedded post's signature: "... — Ada Lind (@adalind) September 1, 2016"
_DASH_BEFORE = re.compile(r"(?:[―—–]{1,2}|--)\s*$")
_HANDLE_AFTER = re.compile(r"\s*\(@\w{1,30}\)")


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
# the same before a titled name whose title's first words are not part of the mention ("Donald
# Trump and Senate leader Mitch McConnell pledged": the mention starts at "leader")
_COORDINATED_BEFORE_TITLE = re.compile(rf"\s*(?:,\s*)?(?:and|&)\s+(?:[{UPPER}][\w.'’\-]*\s+){{1,2}}")


_ALONG_WITH = re.compile(r"\s*,\s*(?:along|together) with\s+(?:[\w.'’\-]+\s+){0,5}?$")


def _with_coordinated(sentence: str, mentions: list[Mention], speakers: list[Speaker]) -> list[Speaker]:
    """ "A and B said": A speaks too (only the nearer name was found before the verb); so does
    the person joined by "along with" ("A, along with B, said": both)."""
    out = list(speakers)
    for sp in speakers:
        if sp.frame == "said X":
            out.extend(
                p for p in _listed_after(sentence, mentions, sp) if p.mention not in (o.mention for o in out)
            )
            continue
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
                m.kind in ("name", "roleref")  # "France's defence and foreign ministers said": both
                and m.end <= sp.mention.start
                and (
                    _COORDINATED.fullmatch(sentence, m.end, sp.mention.start)
                    or (
                        bool(sp.mention.role_title)
                        and sentence[sp.mention.start : sp.mention.start + 1].islower()
                        and _COORDINATED_BEFORE_TITLE.fullmatch(sentence, m.end, sp.mention.start)
                    )
                )
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
                # (the list may follow an introduction that names others: "... led by envoys A and
                # B, Chancellor C, President D and E backed ...": the list starts at its first item
                # that stands where a subject does)
                heads = [i for i, p in enumerate(chain) if at_subject_position(sentence, p.start)]
                if heads:
                    out.extend(
                        Speaker(p, sp.anchor, sp.frame, sp.forced)
                        for p in chain[: heads[-1] + 1]
                        if p not in (o.mention for o in out)
                    )
    return out


_LISTED = re.compile(rf"\s*,\s*(?:[{UPPER}][\w.'’\-]*['’]s\s+)?")
# between two items of a list after an inverted or passive verb: ", B", " and B", ", as well as B"
# (with up to two capitalised words the next mention did not take in: "and European Commission
# President X", where the mention starts at its title)
_LISTED_NEXT = re.compile(
    rf"\s*(?:,\s*(?:and\s+|as well as\s+)?|and\s+)(?:[{UPPER}][\w.'’\-]*['’]s\s+|(?:[{UPPER}][\w.'’\-]*\s+){{0,2}})"
)
_LIST_AFTER_END = re.compile(
    r"\s*(?:[.;:!?)\"”]|$|,\s*(?:who|whose|which|in|on|at|after|before|when|while|together with|along with|as well as)\b|(?:on|in|at|during|after|before|when|while|who)\b)"
)


def _joined(sentence: str, a: Mention, b: Mention) -> bool:
    """Whether only a list joiner stands between `a` and `b` (an appositive between them says
    who `a` is: "said A, a spokeswoman for the parent company, B" is no list)."""
    return name_end(sentence, a) == a.end and bool(_LISTED_NEXT.fullmatch(sentence, a.end, b.start))


def _listed_after(sentence: str, mentions: list[Mention], sp: Speaker) -> list[Speaker]:
    """ "was signed by A, B and C", "said A and B": the names the agent or inverted speaker opens
    a list with speak too. The list must close the clause (a stop, a date, a relative clause),
    else the last name opens a clause of its own ("According to A, B has argued ...")."""
    names = sorted((m for m in mentions if m.kind == "name"), key=lambda m: m.start)
    chain: list[Mention] = []
    # "signed by A and B": A, between the verb and B, failed its own frame only because "and"
    # follows it; the items before B back to the verb are the list's head
    first = sp.mention
    for m in reversed(names):
        if sp.anchor < m.start and m.end <= first.start and _joined(sentence, m, first):
            chain.append(m)
            first = m
    last = sp.mention
    for m in names:
        if m.start < last.end:
            continue
        if not _joined(sentence, last, m):
            break
        chain.append(m)
        last = m
    if not chain or not _LIST_AFTER_END.match(sentence, name_end(sentence, last)):
        return []
    return [Speaker(m, sp.anchor, sp.frame, sp.forced) for m in chain]


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
    adv = ADVERBS.match(rest)
    return is_core_speech(rest) or is_core_speech(rest[adv.end() if adv else 0 :].lstrip())


_IN_RELATIVE = re.compile(r"\s*,\s*(?:who|whose|which)\b[^,;\"“”]*$")
# a condition's subject says nothing yet: "if X pushes for a ceasefire", "If X says, '...', then"
_CONDITION_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s+$")


def find_speakers(sentence: str, mentions: list[Mention], rules: Rules) -> list[Speaker]:
    """Mentions that an attribution frame makes the speaker of (part of) the sentence."""
    speakers: list[Speaker] = []
    taken_anchor: dict[int, int] = {}
    quoted = quote_spans(sentence)
    for mention in mentions:
        if any(a <= mention.start < b for a, b in quoted) and not _nested_speaker(sentence, mention, rules):
            continue  # a person named inside a quotation is what the speaker talks about
        if _CONDITION_BEFORE.search(sentence, max(0, mention.start - 8), mention.start):
            continue
        if mention.kind == "name" and (
            (
                _DASH_SIGNED.search(sentence, 0, mention.start)
                and _SIGNATURE_END.fullmatch(sentence, mention.end)
            )
            or (
                _DASH_BEFORE.search(sentence, max(0, mention.start - 6), mention.start)
                and _HANDLE_AFTER.match(sentence, mention.end)
            )
        ):
            speakers.append(Speaker(mention, mention.start, "quote signed"))
            continue
        first_person = not any(m.start < mention.start and m.kind != "followup" for m in mentions)
        anchor = speaks_after(sentence, mention, rules, first_person)
        frame = "X said"
        if anchor is None:
            anchor = spoken_before(sentence, mention, rules)
            frame = "said X"
        if anchor is None and mention.kind in ("name", "roleref") and _owns_words(sentence, mention):
            anchor, frame = mention.end, "X said"  # "X's view is that ...", "in X's words, ..."
        if anchor is None and mention.kind in ("name", "roleref", "pronoun"):
            office = _office_speaks(sentence, mention, rules)
            if office is not None:
                anchor, frame = office, "X said"  # "Giorgia Meloni's office said", "her office said"
        if anchor is None and mention.kind in ("name", "roleref") and _statement_owned(sentence, mention):
            anchor, frame = mention.end, "X said"  # "X's remarks about sending troops", "X's refusal to"
        if anchor is None and mention.kind in ("name", "roleref") and _statement_by(sentence, mention):
            anchor, frame = mention.end, "X said"  # "remarks made by X", "statements by X"
        forced = None
        if anchor is None and mention.kind in ("name", "roleref"):
            proposal = PROPOSAL.match(sentence[mention.end :])
            if proposal:
                anchor, frame = mention.end, "proposal"
                forced = ("support", "proposal: " + proposal.group(0).strip())
        if anchor is None and mention.kind in ("name", "roleref"):
            proposer = _proposer_in_relative(sentence, mention)
            if proposer is not None:
                anchor, frame = proposer, "proposal"
                forced = ("support", "proposal: " + sentence[proposer : proposer + 30].split(",")[0].strip())
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
        if anchor in taken_anchor and frame == "proposal" == speakers[taken_anchor[anchor]].frame:
            speakers.append(Speaker(mention, anchor, frame, forced))  # "the plan that A and B put forward"
            continue
        if anchor in taken_anchor:  # two mentions before one verb: the nearer one speaks
            prev = taken_anchor[anchor]
            if (
                frame == "X said"
                and speakers[prev].frame == "X said"
                and speakers[prev].mention.end <= mention.start
                # "X, who met Y on Monday, said": Y is inside X's relative clause, X speaks
                # (also after X's appositive: "X, head of the bureau, which advises Y, ruled out")
                and not _IN_RELATIVE.search(sentence, speakers[prev].mention.end, mention.start)
                # "X, a driver from Ava, Mo., who backs Mr. Y, said": Y closes X's description
                and not (
                    re.match(
                        r"\s*(?:\([^()]{1,40}\)\s*)?,",
                        sentence[name_end(sentence, speakers[prev].mention) : mention.start],
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
    speakers += _both_of_a_pair(sentence, mentions, speakers, rules)
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


_BOTH = re.compile(r"\b(?:both|the two)(?:\s+(?:leaders|men|women|ministers|of them))?\s+")


def _both_of_a_pair(
    sentence: str, mentions: list[Mention], speakers: list[Speaker], rules: Rules
) -> list[Speaker]:
    """ "A and B also signed, though both have ruled out sending troops": "both" (or "the two")
    with a position verb is the pair the sentence opened with, each of them a speaker."""
    out: list[Speaker] = []
    for both in _BOTH.finditer(sentence):
        rest = sentence[both.end() :]
        adv = ADVERBS.match(rest)
        verb = verb_after(rest[adv.end() if adv else 0 :], rules)
        if verb is None:
            continue
        anchor = both.end() + (adv.end() if adv else 0) + verb.start()
        names = [m for m in mentions if m.kind == "name" and m.end <= both.start()]
        pairs = [
            (a, b)
            for a in names
            for b in names
            if a.end <= b.start
            and _COORDINATED.fullmatch(sentence, a.end, b.start)
            and at_subject_position(sentence, a.start)
        ]
        if not pairs:
            continue
        a, b = pairs[-1]
        out += [
            Speaker(m, anchor, "X said") for m in (a, b) if not any(o.mention is m for o in speakers + out)
        ]
    return out


# from the end of a name to a later name, inside one appositive opened by a comma
_OPEN_APPOSITIVE = re.compile(r"\s*,[^,;:\"“”()]*")
# from the later name to the verb: the rest of the appositive, then the comma that closes it
_CLOSING_APPOSITIVE = re.compile(r"[^;:\"“”()]*,[^,;:\"“”()]*")


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
                    and _OPEN_APPOSITIVE.fullmatch(sentence, name_end(sentence, a), m.start)
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
    position remains clear", "X's position is unchanged: ...", "in X's words", "as X put it"
    (position_nouns.txt)."""
    rest = sentence[mention.end :]
    if _WORDS_AFTER.match(rest):
        return bool(_WORDS_BEFORE.search(sentence, max(0, mention.start - 5), mention.start))
    m = re.match(
        r"['’]s\s+(?:(?:own|main|central|stated|public|official)\s+)?(\w+)\s+(?:is|was|has been|remains|had been)\s+"
        r"(?:that\b|clear\b|(?:\w+ly\s+)?(?:unchanged|the same)\s*[:;,\-—–])",
        rest,
    )
    return bool(m and m.group(1).lower() in lexicon.words("position_nouns.txt"))


def _drop_reported(sentence: str, speakers: list[Speaker], rules: Rules) -> list[Speaker]:
    """ "A admitted that B might not accept the plan": B stands inside A's reported words with a
    verb that does not report speech, so B is only mentioned. The owner of a plan A talks about
    keeps a row: the proposer supports it (codebook: "A appreciated B's initiative"). B keeps a row when the verb reports
    speech ("'the president has been clear that ...', the spokeswoman said" keeps the president's
    position: that is told by a later reporting clause, not inside an earlier one), and so does
    one whose own statement is named ("B's remarks about", "B, whose remark that")."""
    out = []
    for sp in speakers:
        inside = any(
            other is not sp
            and other.frame == "X said"
            and other.mention.end <= other.anchor < sp.mention.start
            and _same_clause(sentence[other.anchor : sp.mention.start])
            for other in speakers
        )
        if (
            inside
            and sp.frame == "X said"
            and not is_core_speech(sentence[sp.anchor :])
            # "A's words echo those of B, whose remark that ...": B's own statement, reported
            and not _statement_owned(sentence, sp.mention)
        ):
            continue
        out.append(sp)
    return out


# a conjunction that joins a clause with a subject of its own ("... and Germany's B has called")
_CLAUSE_JOIN_END = re.compile(rf"\s(?:and|but|while|whereas)\s+(?:[{UPPER}][\w.'’\-]*['’]s\s+)?$")


def _same_clause(between: str) -> bool:
    """No clause break between a reporting verb and a person: no comma, or a `that` after the
    last one ("A said on Monday, in Paris, that B would ..."); "A ruled it out, a day after B
    floated it" puts B in a clause of its own, as does a semicolon ("A sketched zones; B mocked
    the idea")."""
    if ";" in between:
        return False
    if (
        _CLAUSE_JOIN_END.search(between)
        and len(between.split()) >= 5
        and not re.search(r"\b(?:that|whether|if)\b", between)
    ):
        return False  # "A calls the idea the least effective option and B has called it ...": B's own clause
    if "," not in between:
        return True
    return bool(re.search(r"\bthat\b", between.rsplit(",", 1)[1]))


QUOTE_RX = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")


def quotes_in(text: str) -> list[str]:
    return [q.strip().rstrip(",.;") for q in QUOTE_RX.findall(text)]
