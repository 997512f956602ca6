"""The frames where the speaker stands before the verb: `X said`, `X, the minister, told`, `X
(R-Ohio), an oversight panel member, said`, `X, who warned ..., said`, `X in an interview said`,
`X: "..."`, `X emailed supporters, saying ...`, `X used to support it, but now said ...`.

Why its own module: what may stand between a name and its verb (a party tag, an aside, an age,
where the person comes from, a relative clause, one or two appositives, a medium, a mixed quote)
and whether the name stands where a subject does is most of attribution's grammar, and the
inverted frames (`frames_before.py`) share none of it. `speaks_after` answers one question for
one mention: the offset of the verb that makes it speak, or None.
"""

from __future__ import annotations

import re
from functools import cache

from helpers.extract import lexicon
from helpers.extract.mention_roles import country_near
from helpers.extract.mentions import Mention
from helpers.extract.normalize import UPPER
from helpers.extract.rules import Rules
from helpers.extract.speech_verbs import ADVERBS, is_core_speech, verb_after


@cache
def _medium_phrase() -> re.Pattern[str]:
    """A medium between subject and verb: "X in a Medium post said", "X in an interview on
    Monday told" (`medium_nouns.txt`, plural in -s too)."""
    nouns = sorted(lexicon.words("medium_nouns.txt"), key=lambda w: (-len(w), w))
    return re.compile(
        r"^\s+(?:in|on|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,3}?"
        r"(?:" + "|".join(re.escape(n) for n in nouns) + r")s?"
        r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?=\w)"
    )


@cache
def _medium_aside() -> re.Pattern[str]:
    """A medium between commas: "X, in an interview with Le Parisien published on Saturday, did
    not rule out" (`medium_nouns.txt`)."""
    nouns = sorted(lexicon.words("medium_nouns.txt"), key=lambda w: (-len(w), w))
    return re.compile(
        r"^\s*,\s*(?:in|on|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,3}?"
        r"(?:" + "|".join(re.escape(n) for n in nouns) + r")s?\b[^,;:\"“”()]{0,60},"
    )


_BARE_PREPOSITION_END = re.compile(r"(?:^|\s)(?:on|in|at|during)\s+$")


# (a party's acronym in brackets may stand inside: "the leader of the Alliance for the Union of
# Romanians (AUR) and a member of parliament")
_APPOSITIVE = re.compile(
    r"^,\s+(?P<app>(?:the|a|an|[A-Z]\w*['’]s|[a-z])(?:[^,\"“”;()]|\([A-Z][\w\-]{1,9}\)){1,120}?),\s*"
)
_REPORTED = re.compile(
    r"\b(?:said|says|told \w+|tells \w+|added|adds|stated|warned|believes|thinks|argued|insisted|"
    r"noted|stressed|wrote|claimed|suggested)\s+(?:on\s+\w+(?:\s+\d{1,2})?,?\s+|last\s+\w+\s+)?"
    r"(?:that\s+)?(?:the\s+)?$",
    re.I,
)
# a short capitalised appositive: "X, Republican of Minnesota, told", "X, R-NY, says"
_SHORT_CAP_APPOSITIVE = re.compile(rf"^,\s+(?P<app>[{UPPER}][\w.'’\-]*(?:\s+[\w.'’\-]+){{0,4}}),\s*")


# where a person comes from, after their name: "of Oklahoma", "of the New York delegation", and
# its own place after it ("of the Rockingham County party in New Hampshire"); an institution's
# name may hold "for" or "and" ("of the Institute for Science and International Security")
_CAPITALISED = rf"[{UPPER}][\w.'’\-]*(?:\s+(?:(?:for|and|&)\s+)?[{UPPER}][\w.'’\-]*){{0,5}}"
_ORIGIN = re.compile(
    rf"^\s+of\s+(?:the\s+)?{_CAPITALISED}(?:\s+(?:in|of|at)\s+(?:the\s+)?{_CAPITALISED})*"
    r"(?=\s*[,(]|\s+[a-z])"
)
# an age (", 69,") or the full stop of "Jr." between a name and what follows it
_AGE_OR_SUFFIX = re.compile(r"^(?:\.(?=\s*,))?(?:\s*,\s*\d{1,3}(?=\s*,))?")
_PARTY_TAG = re.compile(r"^\s*\([^()]{1,40}\)")
# a party tag between commas: "Sen. X, R-Ill., said", "X, D-N.Y., who ..."
_COMMA_PARTY_TAG = re.compile(r"^\s*,\s*[RDI]-[A-Z][A-Za-z.]{0,11}(?=\s*,)")
# an alias between commas: "X, AKA Danger Mouse, said"
_ALIAS = re.compile(r"^\s*,\s*(?:AKA|aka|a\.k\.a\.)\s+[^,;:\"“”()]{1,40},")
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
    tag = _PARTY_TAG.match(rest) or _COMMA_PARTY_TAG.match(rest)
    if tag:
        pos = tag.end()
    aside = _ASIDE.match(rest[pos:]) or _ALIAS.match(rest[pos:]) or _medium_aside().match(rest[pos:])
    if aside:
        return pos + aside.end()
    if _RELATIVE.match(rest[pos:]):
        start = pos + rest[pos:].index(",") + 1
        # the clause ends at a comma or a dash: "X, who lost the race -- said"
        for m in re.finditer(r",|\s*(?:--|—|–)", rest[start : start + 200]):
            after = rest[start + m.end() :]
            if re.match(r"^\s*[\"“”]", after):
                break
            adv = ADVERBS.match(after)
            if verb_after(after[adv.end() if adv else 0 :], rules) or _participle_speech().match(after):
                return start + m.end()  # "..., said", or "..., withdrew the offer, saying"
    return pos


# "... questioned whether X was prepared", "... argued that X would": X is what is reported
# (an aside may follow the conjunction: "and that, in his view, X would accept them")
_COMPLEMENT_BEFORE = re.compile(r"\b(?:that|whether)(?:\s*,[^,;:\"“”.]{1,30},)?\s+(?:[^,;:\"“”.]{0,40}\s)?$")
# (after one short appositive too: "President X, the commander-in-chief, who has said ...")
_RELATIVE_SPEECH = re.compile(
    r"^(?:\s*,\s*(?:the|a|an)\s[^,;:\"“”()]{1,50}?)?\s*,\s*who\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?"
)
# a name joined to a plural group as one subject: "and leaders of other member states have"
_JOINT_SUBJECT = re.compile(
    r"^\s+(?:and|&)\s+(?:(?:his|her|their|other|several|many|some|the|a|an)\s+)?"
    r"[a-z][\w'’\-]*(?:\s+[\w'’\-]+){0,6}?\s+(?:have|had|were|are|both|all|jointly|also)(?:\s+(?:both|all|also|jointly))?\s*"
)


# a name joined to the next one by "and": "A and B: '...'" (both speak; see attribution.py)
_JOINED_NAME_BEFORE = re.compile(rf"{_CAPITALISED}\s+(?:and|&)\s+$")
# an -ing verb right after a name that is no subject is that name's ("with X saying", "X all
# calling for"); with words in between ("B before saying", "B a prize for telling") it is not
_RIGHT_BEFORE_ING = re.compile(r"\s+(?:(?:all|also|both|again|now|then|\w+ly)\s+)*")
# a clause's words up to its verb: no punctuation but the full stop of an abbreviation ("Mr. X")
_CLAUSE_CHAR = r"(?:[^,.;:!?\"“”()]|\.(?=\s[A-Z]))"


@cache
def _refused_before() -> re.Pattern[str]:
    """A refusal a few words before a later verb: "refused to say", "declined on Monday to
    comment" (`refusal_words.txt`)."""
    words = lexicon.alternation("refusal_words.txt").pattern
    return re.compile(r"\b" + words + r"(?:\s+[\w.]+){0,3}?\s+$")


@cache
def _participle_speech() -> re.Pattern[str]:
    """A participle of speech after the subject's own clause ("X emailed supporters, telling
    them", "X stirred controversy by suggesting", `speech_participles.txt`)."""
    verbs = lexicon.alternation("speech_participles.txt").pattern
    return re.compile(
        r"^\s+[a-z]" + _CLAUSE_CHAR + r"{1,80}?(?:,\s*|\s+by\s+(?:\w+ly\s+)?)(?P<verb>" + verbs + r")"
    )


@cache
def _later_speech() -> re.Pattern[str]:
    """A reporting verb a few words after the name, in its clause ("X earlier became the first
    leader to say", `speech_verbs_later.txt`)."""
    verbs = lexicon.alternation("speech_verbs_later.txt").pattern
    return re.compile(r"^" + _CLAUSE_CHAR + r"{1,60}?\b(?P<verb>" + verbs + r")")


# 'X resisted: "..."': one past-tense verb and a colon opening a quotation is a speech frame,
# whatever the verb (the quotation says what the verb was)
_COLON_FRAME = re.compile(r"^\s+(?:\w+ly\s+|also\s+|then\s+)?(?P<verb>[a-z]{3,}ed):\s*[\"“]")
# the same after a short verb phrase: 'X delivered a blunt message to Y: "..."', 'X was blunt: "..."',
# 'X took to X on Tuesday to state: "..."', 'X reacted, echoing Y: "..."' (a participle clause after
# the verb's own phrase; a relative clause, "X met Y, who told him:", is no such clause)
_PAST_OR_COPULA = (
    r"[a-z]{3,}ed|was|were|is|are|had|has|took|made|gave|struck|sent|went|spoke|wrote|put|kept|drew|set|came"
)
_COLON_AFTER_OBJECT = re.compile(
    rf"^\s+(?:\w+ly\s+|also\s+|then\s+)?(?P<verb>{_PAST_OR_COPULA})\b"
    r"(?:\s[^,.;:!?\"“”()]{1,60}|(?:\s[^,.;:!?\"“”()]{1,60})?,\s+[a-z]{3,}ing\s[^,.;:!?\"“”()]{1,60}):\s*[\"“]"
)


@cache
def _second_verb_speech() -> re.Pattern[str]:
    """A second verb of one subject, after a clause of its own: ", but now said", "... and said this
    week" (`speech_verbs_second.txt`)."""
    verbs = lexicon.alternation("speech_verbs_second.txt").pattern
    return re.compile(
        r"^\s+[a-z][^.;:!?\"“”()]{1,140}?(?:,\s+(?:but|and|yet)|\s+and)\s+"
        r"(?:(?:now|also|then|later|still|since|has|have|had|again|\w+ly)\s+){0,2}"
        r"(?P<verb>" + verbs + r")"
    )


# "X: what they said" as a list item or a line of its own: a colon and a clause of some length
_LIST_SPEAKER = re.compile(r"^\s*:\s+[^\s:]+(?:\s+[^\s:]+){3,}")
# nothing before the speaker on its line but a list marker or a "Country:" heading
_LIST_MARK = re.compile(r"\s*(?:[-–*•▪●◦]|\d{1,2}[.)])\s")
_LINE_START = re.compile(r"\s*(?:[-–*•▪●◦]\s*|\d{1,2}[.)]\s*)?(?:[A-Z][\w.'’ \-]{1,30}:\s*)?")


# prepositions whose object is never the subject of the verb right after it ("meeting with X will",
# "an adviser to the president said": the adviser speaks)
_OBJECT_PREPOSITIONS = "with|by|for|from|to|against|among|toward|towards|without|than|between"
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{_OBJECT_PREPOSITIONS})\s+(?:the\s+)?$", re.I)
# any preposition or past-tense verb before the mention: an object, never the subject of a later
# verb ("Critics of X met and accused ...", "who awarded X a prize for telling ...")
_OBJECT_BEFORE = re.compile(
    rf"\b(?:(?:of|to|at|about|on|in|{_OBJECT_PREPOSITIONS})\s+(?:the\s+)?|(?-i:[a-z]{{3,}}ed)\s+)$", re.I
)


# a place word right before the mention: "the debate in Las Vegas, said ...", "a meeting at Lancaster
# House, ...": what follows "in" or "at" is where, never who speaks (a possessive is: "in X's words")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.I)


# a body or a group that belongs to the person: "the government of X", "supporters of X" (not "the
# office of X", which speaks in X's name: codebook)
_BODY_OF_BEFORE = re.compile(
    r"\b(?:government|cabinet|administration|ministry|party|movement|alliance|bloc|faction|coalition|camp|team|"
    r"campaign|allies|supporters|"
    r"critics|aides?|advisers|family|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?(?:former\s+)?$",
    re.I,
)


def speaks_after(sentence: str, mention: Mention, rules: Rules, first_person: bool = True) -> int | None:
    """Offset of a speech verb that follows the mention (`X said`, `X, the minister, told`). A
    mention right after a preposition is an object, not the subject of a verb right after it
    ("leaders meeting with X will discuss"), though a relative clause may make it speak ("chaired
    by X, who said"). A verb after a clause of its own (", saying", "... and said") is the
    subject's: the mention must stand at its clause's subject position or be the sentence's first
    person (`first_person`), else it is an object ("A took down B in the primary, claiming ...")."""
    if _BODY_OF_BEFORE.search(sentence, max(0, mention.start - 30), mention.start):
        return None  # "The government of Prime Minister X has said": the government speaks, an institution
    if not mention.possessive and _LOCATIVE_BEFORE.search(
        sentence, max(0, mention.start - 12), mention.start
    ):
        return None  # "in Las Vegas, said": a place
    after_preposition = bool(_PREPOSITION_BEFORE.search(sentence, max(0, mention.start - 16), mention.start))
    rest = sentence[mention.end :]
    skip = _skip_interruption(rest, rules)
    if skip:
        rest = rest[skip:]
    adv = ADVERBS.match(rest)
    pos = (adv.end() if adv else 0) + skip
    rest = sentence[mention.end :]
    m = verb_after(rest[pos:], rules)
    if m and adv and _BARE_PREPOSITION_END.search(adv.group(0)):
        m = None  # "X in hopes of ...", "X on calls with ...": the word after a preposition is a noun
    if m is None and pos > skip:  # the adverb skip ate an auxiliary: "X has been clear that"
        bare = len(rest[skip:]) - len(rest[skip:].lstrip())
        m = verb_after(rest[skip + bare :], rules)
        pos = skip + bare if m else pos
    if m is None:
        medium = _medium_phrase().match(rest[skip:])
        if medium:
            m = verb_after(rest[skip + medium.end() :], rules)
            pos = skip + medium.end() if m else pos
    if m is None:
        # a mixed quote opening on the verb: 'X "has been clear that ..."', 'X "strongly warned" ...'
        opening = re.match(r"\s*[\"“]", rest[skip:])
        if opening and mention.kind in ("name", "roleref"):
            m = verb_after(rest[skip + opening.end() :], rules)
            pos = skip + opening.end() if m else pos
    if m:
        if after_preposition and "," not in rest[:pos] and not m.group(0).lower().endswith("ing"):
            return None  # "leaders meeting with X will discuss": X is no subject ("with X saying" is)
        # "A said B would send ...": B is what A reported, not a second speaker
        if (
            _REPORTED.search(sentence[max(0, mention.start - 45) : mention.start])
            or _COMPLEMENT_BEFORE.search(sentence, max(0, mention.start - 60), mention.start)
        ) and not is_core_speech(rest[pos:]):
            return None
        return mention.end + pos
    colon_quote = re.match(r"^\s*:\s*[\"“'‘]", rest[skip:])  # after a party tag too: 'Rep. X (R-S.C.): "..."'
    joined = _JOINED_NAME_BEFORE.search(sentence, 0, mention.start) if colon_quote else None
    head = joined.start() if joined else mention.start  # "A and X: '...'": where the subject starts
    if colon_quote and (
        at_subject_position(sentence, head)
        or _LINE_START.fullmatch(sentence, 0, head)
        or re.search(r"\s[-–—]\s*$", sentence[:head])
    ):  # headline "X: '...'", "A HEADLINE - X: '...'" (not an object: "..., telling Breitbart London: '...'")
        return mention.end
    colon = _COLON_FRAME.match(rest[skip:])
    if colon and mention.kind in ("name", "roleref", "pronoun"):
        return mention.end + skip + colon.start("verb")  # 'X resisted: "..."', 'He countered: "..."'
    # after a party tag, its closing comma: 'X, R-Ky., delivered a blunt message to Y: "..."'
    tag_comma = re.match(r"\s*,", rest[skip:]) if skip and _COMMA_PARTY_TAG.match(rest) else None
    at = skip + (tag_comma.end() if tag_comma else 0)
    colon = _COLON_AFTER_OBJECT.match(rest[at:])
    if (
        colon
        and mention.kind in ("name", "roleref")
        and (first_person or at_subject_position(sentence, mention.start))
    ):
        # 'X delivered a blunt message to Y: "..."': the subject's quote after a short verb phrase
        return mention.end + at + colon.start("verb")
    if (
        mention.kind in ("name", "roleref")
        and len((mention.name or "").split()) <= 3  # a longer capitalised run is a headline
        and (mention.role or _LIST_MARK.match(sentence))  # "Spain: PM X: ..." or "- X: ..."
        and _LIST_SPEAKER.match(rest)
        and _LINE_START.fullmatch(sentence, 0, mention.start)
    ):
        return mention.end  # a round-up line "- German Chancellor Olaf Scholz: discussing ... is premature"
    joint = _JOINT_SUBJECT.match(rest)
    if joint and mention.kind in ("name", "roleref") and verb_after(rest[joint.end() :], rules):
        return mention.end + joint.end()  # "X and leaders of other member states have said"
    rel = _RELATIVE_SPEECH.match(rest)
    if rel:
        # "X, who had warned on Monday that ...", "X, who on Monday did not rule out ...",
        # "X, who also condemned the idea": X's position, however the verb is introduced
        adv = ADVERBS.match(rest[rel.end() :])
        for at in dict.fromkeys((rel.end(), rel.end() + (adv.end() if adv else 0))):
            if verb_after(rest[at:], rules):
                return mention.end + at
        # "X, who caused a stir by refusing to rule out ...": a position later in the clause
        inner = _later_speech().match(rest[rel.end() :])
        if inner and not _refused_before().search(rest[rel.end() :], 0, inner.start("verb")):
            return mention.end + rel.end() + inner.start("verb")
    subject = (first_person or at_subject_position(sentence, mention.start)) and not _OBJECT_BEFORE.search(
        sentence, max(0, mention.start - 16), mention.start
    )
    later = _later_speech().match(rest)
    if (
        later
        and not later.group("verb").endswith("rule out")
        and _refused_before().search(rest, 0, later.start("verb"))
    ):
        later = None  # "X refused to say": nothing was said ("X declined to rule out" is a position)
    if later and (
        subject
        or mention.possessive
        or (later.group("verb").endswith("ing") and _RIGHT_BEFORE_ING.fullmatch(rest, 0, later.start("verb")))
    ):
        # "X earlier became the first leader to say ...", "X's refusal to rule out", "with X saying",
        # "about X calling it a sham"; not an object's ("A met B on Monday and said", "A asked about
        # B before saying", "awarded B a prize for telling": A's words)
        return mention.end + later.start("verb")
    second = _second_verb_speech().match(rest)
    if (
        second
        and mention.kind in ("name", "roleref")
        and subject
        and not _COMPLEMENT_BEFORE.search(sentence, max(0, mention.start - 60), mention.start)
        # "after meeting X in Sofia, Y said that ... and called": a reporting verb in between starts
        # another subject's clause, and the second verb is that subject's (a parenthetical one does
        # not: "X joined the call, her office said, and told" stays X's)
        and not _CLAUSE_SPEECH_WORD.search(rest, 0, second.start("verb"))
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
    participle = _participle_speech().match(rest[skip:]) if skip else None
    if participle and mention.kind in ("name", "roleref") and subject:
        # "X, R-Ill., who faces a tough race, withdrew the endorsement, saying ..."
        return mention.end + skip + participle.start("verb")
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
    if app and not verb_after(rest[app_end:], rules):
        # "X, the chief executive, forcefully told", "X, in an interview, again refused to"
        # ("X, a critic of aid, has for his part said": the subject's adverbs after an auxiliary)
        for adv_after in (_ADVERBS_AFTER_APPOSITIVE.match(rest[app_end:]), ADVERBS.match(rest[app_end:])):
            if adv_after and adv_after.end() and verb_after(rest[app_end + adv_after.end() :], rules):
                app_end += adv_after.end()
                break
    if app and not verb_after(rest[app_end:], rules) and re.match(r"(?:who|whose|which)\b", rest[app_end:]):
        # "X, head of the bureau, which advises Y, ruled out": a relative clause after the appositive
        relative = _skip_interruption(", " + rest[app_end:], rules)
        if relative:
            app_end += relative - 2
            app_end += len(rest[app_end:]) - len(rest[app_end:].lstrip())
    if app and not verb_after(rest[app_end:], rules):
        second = _APPOSITIVE.match(", " + rest[app_end:])  # the first one took the comma
        if second and verb_after(rest[app_end + second.end() - 2 :], rules):
            app_end += second.end() - 2
    if not (app and verb_after(rest[app_end:], rules)) and mention.kind == "name":
        long_end = _long_appositive(sentence, mention, rest[skip:], rules)
        if long_end is not None:
            return mention.end + skip + long_end
    if app and verb_after(rest[app_end:], rules):
        # "X, Sweden's state secretary for defence, said": the appositive names role and country
        words = app.group("app").strip()
        if not mention.role_title:
            mention.role_title = re.sub(r"^(?:the|a|an)\s+", "", words)
            mention.role = mention.role or "other"
        if mention.country is None:
            mention.country = country_near(words, rules)
        return mention.end + app_end
    return None


_CORE_SPEECH_WORD = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes)\b")
# the same, not a parenthetical one ("X joined the call, her office said, and told")
_CLAUSE_SPEECH_WORD = re.compile(_CORE_SPEECH_WORD.pattern + r"(?!\s*,)")


_ADVERBS_AFTER_APPOSITIVE = re.compile(
    r"(?:(?:\w+ly|again|also|still|already|previously|earlier|later|now|then|once again)\s+)+"
)
_DASH_OPEN = re.compile(r"\s*(--|—|–)\s*")


_FINITE_CLAUSE = re.compile(r"\b(?:had|has|have|was|were|is|are)\s+(?:been|not|\w+ing|\w+ed)\b")


def _holds_clause(description: str) -> bool:
    """A finite verb (an auxiliary and a participle) with no relative pronoun to hang it on, or a
    pronoun subject ("X, he argued, could"): the words are a clause of their own, not a
    description of the person before them."""
    if _PRONOUN_CLAUSE.match(description):
        return True
    return bool(_FINITE_CLAUSE.search(description)) and not re.search(
        r"\b(?:who|whom|whose|which|that)\b", description
    )


# "he argued", "she said", "they added": a parenthetical attribution between commas
_PRONOUN_CLAUSE = re.compile(r"(?:he|she|they|we|I)\s+[a-z]+(?:\s+[a-z]+)?$")


_DESCRIPTION_GOES_ON = re.compile(r"\s+(?:of|for|at|in|from)\s")


def _long_appositive(sentence: str, mention: Mention, rest: str, rules: Rules) -> int | None:
    """Offset in `rest` of the verb after a long description of the subject: "X, assistant
    secretary for population, refugees, and migration, said", "X, wearing a cowboy hat and 'Ted
    Cruz' pins, said", "X, founder of ..., member in the 1960s and committeeman from Virginia,
    endorsed". The verb follows a comma within 250 characters; what lies between holds no clause
    break (; : or an unpaired quotation mark) and no speech verb of its own, and X stands where a
    subject does ("with Trump, Cruz said" is Cruz's). Dashes enclose it as commas do: "X -- who
    lost the 2008 election -- said"."""
    dash = _DASH_OPEN.match(rest)
    # the mention took the appositive's first words as its title ("X, the leader" + " of the
    # Alliance for ... (AUR) and a member of parliament, said"): the description goes on
    goes_on = "," in sentence[mention.start : mention.end] and bool(_DESCRIPTION_GOES_ON.match(rest))
    if not (rest.startswith(",") or dash or goes_on) or not at_subject_position(sentence, mention.start):
        return None
    closer = re.escape(dash.group(1)) if dash else ","
    opened = dash.end() if dash else 0 if goes_on else 1
    for m in re.finditer(rf"\s*{closer}\s*", rest[:250]):
        if m.start() == 0 or (dash and m.start() < dash.end()):
            continue
        between = rest[opened : m.start()]
        if re.search(r"[;:]", between) or between.count('"') % 2 or between.count("“") != between.count("”"):
            return None
        if _holds_clause(between):
            # "A and his wife B, son C and D had been traveling together, wrote X": a clause of
            # its own (an auxiliary with no relative pronoun), not a description of A
            return None
        after = rest[m.end() :]
        adv = re.match(r"(?:\w+ly\s+)", after)
        at = 0
        verb = verb_after(after, rules)
        if verb is None and adv:  # "X, ..., forcefully told"
            at = adv.end()
            verb = verb_after(after[at:], rules)
        if verb:
            if verb.group(0).lower() in lexicon.words("modal_verbs.txt"):
                return None
            return m.end() + at
        if _CORE_SPEECH_WORD.search(between):
            return None  # "X, who said ..., told": another clause reports speech
    return None


# what may stand before a clause's subject: a conjunction, an article, capitalised words, an age
_SUBJECT_OPENING = re.compile(
    # (a dash after a dateline or a round-up label opens a clause too: "GERMANY — Defence Minister X has")
    r"(?:(?:^|[,;:\"“”(]|\s[—–-](?=\s))\s*(?:(?:[Aa]nd|[Bb]ut|[Yy]et|[Aa]lso|[Tt]he|[Aa]n?|[A-Z][\w'’.\-]*|[\w\-]*\d[\w\-]*"
    # a subordinate clause's subject: "..., although X won the spin by declaring"
    r"|although|though|while|when|because|whereas|since|after|before|until|once|if)\s+)*"
    # right after a quotation closes: '"...," Texas delegate X, wearing ..., said'
    r"|[,!?][\"”]\s*(?:[\w'’.\-]+\s+){0,4})$"
)


def at_subject_position(sentence: str, start: int) -> bool:
    """Whether a mention starting at `start` stands where its clause's subject does: nothing but
    a conjunction, a subordinator, an article, capitalised words or an age before it in its clause."""
    return bool(_SUBJECT_OPENING.search(sentence, 0, start))
