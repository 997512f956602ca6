"""Whether a speech or position verb opens a stretch of text (`X said`, `X has been clear that`).

Why its own module: the mention finder (a capitalised title that runs straight into a past-tense
verb is a scraped gap, `mentions.py`) and the frames after a name (`frames_after.py`) ask this
one question, and the last steps of attribution ask whether a verb reports speech itself. Kept
here, below both, neither imports the other. It holds the verb test, the adverbs that may stand
between a subject and its verb, and the topic-free switch that keeps modals out of the frames.
"""

from __future__ import annotations

import re

from helpers.extract import lexicon
from helpers.extract.rules import Rules

ADVERBS = re.compile(
    r"^[\s\"“”']*(?:,\s*)?(?:(?:also|both|all|jointly|has|have|had|previously|repeatedly|once|again|earlier|later|recently|publicly|long|first|since|still|"
    r"for (?:his|her|their|its) part|(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"reportedly|then|already|last|this|on|in|at|during|late|early|\w+ly|(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)|(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}|week|month|year|night|morning|"
    r"evening|afternoon),?\s+){0,4}"
)


def topic_free(rules: Rules) -> bool:
    """`--topic all`: every attributed statement, whatever its subject (docs/extraction.md)."""
    return bool(rules.topic.config.get("keep_every_statement"))


# a count after "raised", "held" or "maintains" ("raised $12 million", "held a commanding lead"), for
# every verb that ends in them ("has raised" too). The `raised(?! ...)` and `held(?! ...)` lookaheads in
# resources/lexicon/en/speech.yml overlap this but differ ("raised the rate", "held on to" only
# there), so merging the two would change rows; keep them in step by hand.
_COUNTED_OBJECT = re.compile(
    r"\s+(?:about |nearly |almost |roughly |just |more than |over |some |an? (?:\w+ )?)?"
    r"(?:[$£€\d]|tax\b|rates\b|money\b|funds\b|prices\b|lead\b|edge\b|series\b|majority\b)"
)


# "X is expected to raise / likely to propose ...", "X and Y were to brief members on plans for a
# force": a proposal others report ahead of time, a frame
# in topic mode (codebook: the proposer of a plan supports it), never in the topic-free mode
_PREDICTED = re.compile(
    r"(?:is|are|was|were) (?:\w+ly )?(?:(?:expected|likely|set|due|poised) )?to ", re.IGNORECASE
)


# a finite verb or an auxiliary right after a word: "states underscored", "claims were"
_FINITE_NEXT = re.compile(
    r"\s+(?:are|were|have|had|will|would|could|can|should|may|might|must|[a-z]{3,}ed)\b"
)


def verb_after(text: str, rules: Rules) -> re.Match[str] | None:
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
    if re.search(r"(?:raised|held|maintains|maintained)$", m.group(0)) and _COUNTED_OBJECT.match(
        text, m.end()
    ):
        return None  # "X (has) raised $12 million", "X held / maintains a commanding lead": counts, not words
    if m.group(0).lower() in lexicon.words("verb_noun_homographs.txt") and _FINITE_NEXT.match(text, m.end()):
        return None  # "Rust Belt states underscored": a plural noun, its own verb after it
    if general:
        return m
    if _PREDICTED.match(m.group(0)) and topic_free(rules):
        return None  # "X is expected to raise ...": what others predict X will say, a modal in effect
    if m.group(0).lower() in lexicon.words("modal_verbs.txt"):
        if topic_free(rules):
            return None
        nxt = re.match(r"\s*(?:not\s+|n['’]t\s+)?(?:\w+ly\s+)?(\w+)", text[m.end() :])
        if nxt and nxt.group(1).lower() in lexicon.words("modal_non_frame_next.txt"):
            return None
    return m


def is_core_speech(verb: str) -> bool:
    return bool(lexicon.alternation("speech_verbs_core.txt").match(verb.lower()))
