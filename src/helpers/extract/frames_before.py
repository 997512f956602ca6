"""The inverted frames, where the reporting verb stands before the speaker: `..., said X`,
`According to X, ...`, `said Virginia delegate X`, `said Rep. X`, `noted NBC's X`, `said Rubio's
deputy campaign manager, X`, `said another Twitter user, X`, `was announced on Monday by X`.

Why its own module: these frames read the words before a mention (the topic's
`verbs_before_speaker`, the general `speech_verbs_before.txt`, and what may stand between the
verb and the name: a title, a description, a possessor, an appositive), the frames after a name
(`frames_after.py`) read the words after it; the two share only the `Mention` they are given.
`spoken_before` gives the offset of the verb, or None.
"""

from __future__ import annotations

import re

from helpers.extract import lexicon
from helpers.extract.mentions import Mention, is_title, name_end
from helpers.extract.normalize import UPPER, fold_lower
from helpers.extract.rules import Rules

_AFTER_BEFORE_OK = re.compile(
    r"^\s*(?:[,.;:!?()\"”]|$|(?:on|in|at|during|told|who|after|before|when|while|as|to|from|of|for)\b)"
)


_AND_NAME_AFTER = re.compile(rf"\s*,?\s*and\s+(?:the\s+)?[{UPPER}]")
_INVERTED_LEAD = re.compile(r"[,\"”]\s*$")


def spoken_before(sentence: str, mention: Mention, rules: Rules) -> int | None:
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
        m = _according_to_document(before)
    if not m:
        m = _joined_in_statement(sentence, mention)
    if not m:
        return None
    # '"...," said Prime Minister A and Defence Minister B': in the inverted shape (a comma or a
    # quotation mark before the verb) a list of speakers may follow; "X said A and B were" is no list
    listed = bool(
        _AND_NAME_AFTER.match(sentence, mention.end) and _INVERTED_LEAD.search(before, 0, m.start())
    )
    if (
        not _AFTER_BEFORE_OK.match(sentence[mention.end :])
        and not _AFTER_BEFORE_OK.match(sentence[name_end(sentence, mention) :])
        and not listed
    ):
        return None
    return m.start()


def _verb_before_appositive_title(before: str, rules: Rules) -> re.Match[str] | None:
    """'"...," said Rubio's deputy campaign manager, Rich Beeson': the description, ending in a
    title (`titles.txt`), stands before the name as an appositive, closed by a comma."""
    head = before.rstrip()
    if not head.endswith(","):
        return None
    head = head[:-1].rstrip()
    if not is_title(head.rsplit(" ", 1)[-1]):
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
    r"suggested|floated|put forward|endorsed|issued|drafted|championed|driven|rejected|dismissed|started|sparked|triggered|set off|launched|"
    r"shot down|set out|laid out|outlined|unveiled|presented)\s+(?:[^,;:\"“”()]{0,40}?\s+)?by\s+(?P<desc>(?:[\w.'’\-]+\s+){0,10})$"
)


# "The joint statement ... was signed by X", "It was signed by X": signing words is taking their
# position; signing a bill or a contract is an act ("The bill was signed by Governor X")
# the documents whose words their signatories take as their own
STATEMENT_NOUNS = r"statement|letter|declaration|communiqu[eé]|appeal|op-ed"
# what is signed: the documents above, a petition, or "It" standing for one
SIGNED_DOCUMENTS = rf"{STATEMENT_NOUNS}|petition|It|it"
_SIGNED_BY = re.compile(
    rf"\b(?:{SIGNED_DOCUMENTS})\b[^.;:\"“”]{{0,80}}?"
    r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+|also\s+|jointly\s+)?(?:co-)?signed\s+(?:[^,;:\"“”()]{0,40}?\s+)?"
    r"by\s+(?P<desc>(?:[\w.'’\-]+\s+){0,10})$"
)


# "X joined A and B in a statement declaring ...": A and B issued the statement with X (X's own row
# comes from "joined"); joining a meeting, a call or a government is no position
# (the anchor is the space after "joined", whose start is the subject's own verb)
_JOINED_LIST = re.compile(rf"(?<=\bjoined)\s+(?:(?:[{UPPER}][\w.'’\-]*|and|of|the)\s+){{0,10}}$")
_IN_STATEMENT = re.compile(
    r"[^.;:!?\"“”]{0,100}?\s+in\s+(?:a|an|the|their)\s+(?:joint\s+|written\s+|public\s+|open\s+)?"
    rf"(?:{STATEMENT_NOUNS}|article)\b"
)


def _joined_in_statement(sentence: str, mention: Mention) -> re.Match[str] | None:
    """The verb of "X joined A (and B) in a statement": the names after "joined" up to "in a
    statement" signed the words too (the codebook's row for each signatory)."""
    m = _JOINED_LIST.search(sentence, max(0, mention.start - 120), mention.start)
    if m is None or m.end() != mention.start or not _IN_STATEMENT.match(sentence, mention.end):
        return None
    return m


# "according to calculations by X", "according to a lawsuit filed in Manhattan by X", "according to
# a 2013 study by economists X and Y", "according to documents from X": the document's author is the
# source, as in "according to X" (a poll or a survey is no one's statement: its figures are poll rows)
_ACCORDING_TO_DOCUMENT = re.compile(
    r"\baccording to\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:study|studies|report|reports|book|books|lawsuit|complaint|filing|filings|calculations?|analysis|analyses|"
    r"estimates?|letter|letters|memo|memos|memoir|statement|documents?|biography|research|records|notes)\s+"
    r"(?:(?:filed|published|written|released|compiled|prepared|posted|issued|sent|submitted)\s+"
    r"(?:(?:in|on|last|this|earlier)\s+[\w.]+(?:\s+\d+)?\s+)?)?"
    r"(?:by|from)\s+(?P<desc>(?:[\w.'’\-]+\s+){0,3})$",
    re.I,
)


def _according_to_document(before: str) -> re.Match[str] | None:
    """The author of a document "according to" which something is reported, when what stands
    between "by" and the name is a plain description ("by economists X"), not a clause ("by
    officials who said X") or another agent ("by the committee chaired by X")."""
    m = _ACCORDING_TO_DOCUMENT.search(before)
    if m is None:
        return None
    desc = [w.lower() for w in m.group("desc").split()]
    if any(
        w in lexicon.words("clause_words.txt") or w in ("by", "from", "of") or w.endswith("ed") for w in desc
    ):
        return None
    return m


def _passive_by(before: str) -> re.Match[str] | None:
    """The agent of a passive reporting verb, when what stands between "by" and the name is a
    plain description (no clause word: "was announced by officials who said X" is not X's)."""
    m = _PASSIVE_BY.search(before) or _SIGNED_BY.search(before)
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
