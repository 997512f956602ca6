"""One document -> its statement rows (one per speaker) and its poll rows.

Why this loop is one place: sentences are read in order and carry state forward (the last
speakers, the last relevant sentence, dates in a digest heading or the sentence before). The
steps it calls are modules of their own, in a reader's order: sentences -> attribution ->
dates -> relevance -> rows (the per-speaker merge) -> labelling (`label_rows`, once per
document). Polls in the text come from `polls_text`, one call per document after the loop.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any, NamedTuple

from helpers.extract import lexicon
from helpers.extract.attribution import (
    Mention,
    Speaker,
    at_subject_position,
    find_mentions,
    find_speakers,
    quote_spans,
    quotes_in,
    topic_free,
)
from helpers.extract.back_reference import words_pointed_at
from helpers.extract.dates import find_dates, statement_date
from helpers.extract.furniture import blank_furniture
from helpers.extract.gender import DocumentGenders, pronoun_gender
from helpers.extract.listed import is_position_lead, listed_person
from helpers.extract.mentions import FORMER_WORDS, is_name_particle, name_end
from helpers.extract.nested import reported_leaders
from helpers.extract.normalize import UPPER, fold_lower, name_key
from helpers.extract.polls_text import find_document_polls
from helpers.extract.relevance import ELSEWHERE_WHY, is_relevant
from helpers.extract.rows import Candidate, SpeakerRows, reported_by
from helpers.extract.rules import Rules
from helpers.extract.sentences import normalise_quote_marks, split_sentences
from helpers.extract.signed import signatories, signed_content
from helpers.extract.version import EXTRACTOR_VERSION
from helpers.schemas import BODIES


def _str(v: Any) -> str | None:
    if v is None or (isinstance(v, float) and v != v):
        return None
    s = str(v).strip()
    return s or None


_RELATIVE_AFTER_NAME = re.compile(r"\s*,\s*(?:who|whose|which)\b")
_DIGIT_OR_DAY = re.compile(r"\d|day\b")
# "..., a day after French President Emmanuel Macron floated the idea": the person after it spoke earlier
_DAYS_AFTER_SUBJECT = re.compile(
    r"\b(?P<n>a|one|the|two|three)\s+days?\s+after\s+(?:(?:the\s+)?[A-Z][\w'’.\-]*\s+){0,4}$"
)
_N_DAYS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}
_LIST_ITEM = re.compile(r"[-–*•▪●◦]\s|\d{1,2}[.)]\s")
_BULLET_BEFORE = re.compile(r"[-–*•▪●◦]\s*$")  # a marker the sentence splitter consumed
_DIRECT_QUOTE = re.compile(r"\s*[\"“‘]")
# a round-up line: a list marker, a "Label:" lead ("- Spain: ...", "Germany: ..."), or both
_ROUNDUP_ITEM = re.compile(
    r"\s*(?:(?:[-–*•▪●◦]|\d{1,2}[.)])\s*(?:[A-Z][\w.'’ \-]{1,30}:\s)?|[A-Z][\w.'’ \-]{1,30}:\s)"
)
_ROUNDUP_WHY = "an item of an on-topic round-up"  # the relevance reason a round-up's items carry


def _list_item(sentence: str, text: str, start: int) -> bool:
    """A sentence that is an item of a list: a marker opens it, or a bullet stands right before it."""
    return bool(_LIST_ITEM.match(sentence) or _BULLET_BEFORE.search(text, max(0, start - 4), start))


_COUNTRY_RUN_WHY = "a country's answer in an on-topic round-up"
_IN_CONTEXT_WHY = "a topic word in context"
_SIGNED_WHY = "what the statement it signed says"
_IN_CONTEXT_REACH = 3  # sentences after an on-topic one in which the context words count
# "Denmark's Troels Lund Poulsen says ...", "In Europe, Spain's Pedro Sánchez has called ...",
# "- Italy's defence minister, Guido Crosetto, calls ...": a sentence led by a country's speaker
_COUNTRY_LED = re.compile(
    r"\s*(?:[-–—•*]\s*|\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\s*)?[-–—]\s*)?(?:(?:In|At|From|For|Meanwhile|And|But) "
    r"(?:[A-Z][\w\-]*\s?){1,2},\s+)?(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2})(?:['’]s|s['’])\s"
)
# a gathering where people speak: its day dates a direct quote given right after it
_FOLLOW_UP = re.compile(r"[\"“”]|\b(?:he|she|added)\b", re.I)
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|stated|according to|wrote|announced|warned)\b")


@cache
def _lexicon_rx(name: str) -> re.Pattern[str]:
    """A lexicon file of regular-expression fragments, whole-word and case-insensitive."""
    return re.compile(r"\b" + lexicon.alternation(name).pattern, re.I)


def _anaphora(sentence: str, *, pronouns: bool = True) -> bool:
    """The sentence points back to an earlier one ("such a force", "the proposal": `anaphora.txt`;
    with `pronouns`, also a bare "it", "that" or "this": `anaphora_pronouns.txt`)."""
    return bool(
        _lexicon_rx("anaphora.txt").search(sentence)
        or (pronouns and _lexicon_rx("anaphora_pronouns.txt").search(sentence))
    )


# On-topic sentences per 100 words at or above which an article keeps to the topic. Below it, in
# an article longer than a brief (`_BRIEF_WORDS`), the topic is one thread among several (a
# feature on peace talks with a paragraph on troops), and a bare "it" or "that" right after an
# on-topic sentence is more often a new subject than not (on the development sets, docs/evaluation.md,
# eighth round, where both figures were chosen). A brief has room for one thread only.
_TOPIC_DENSE = 1.2
# how many sentences back an on-topic sentence may stand for a noun anaphor in such an article
_NOUN_ANAPHOR_REACH = 4
_BRIEF_WORDS = 250


def _keeps_to_topic(text: str, verdicts: dict[int, tuple[bool, str]], rules: Rules) -> bool:
    """May a bare pronoun carry the topic here? In the topic-free mode, in a brief, or in an article
    with at least `_TOPIC_DENSE` on-topic sentences per 100 words (asked only when a carry is at stake)."""
    if topic_free(rules):
        return True
    n_words = len(text.split())
    on_topic = sum(1 for ok, _ in verdicts.values() if ok)
    return n_words <= _BRIEF_WORDS or on_topic * 100 >= _TOPIC_DENSE * n_words


def _topic_verdicts(sentences: list[Any], rules: Rules, doc_place: bool) -> dict[int, tuple[bool, str]]:
    """The on-topic verdict (`is_relevant`) of every sentence the pre-filter passes, by index: read
    once before the loop, so the document's share of on-topic sentences is known at its start."""
    return {
        i: is_relevant(s.text, rules, doc_mentions_place=doc_place)
        for i, s in enumerate(sentences)
        if rules.prefilter.search(s.text)
    }


def _dated_event(sentence: str) -> bool:
    """A gathering where people speak (`dated_event_words.txt`): its day dates a quote right after it."""
    return bool(_lexicon_rx("dated_event_words.txt").search(sentence))


def _country_led(sentence: str, rules: Rules) -> int | None:
    """Where the speaker starts in a sentence led by a country's or an international body's
    possessive ("Denmark's Troels Lund Poulsen says", "NATO's Mark Rutte said"), else None."""
    m = _COUNTRY_LED.match(sentence)
    if m is None:
        return None
    owner = fold_lower(m.group("owner"))
    if not (rules.countries.by_word.get(owner) or owner.upper() in BODIES):
        return None
    return m.end()


def _subject_in_context(sentence: str, idx: int, last_relevant: int, rules: Rules) -> bool:
    """A word that names the subject only in context (`subject_in_context_patterns`: "any
    deployment", "the mandate") within three sentences of an on-topic one, or right after one
    (`subject_next_to_patterns`: "security guarantees", which in a long article on the topic
    also stand for the treaty and weapons sides of the talks)."""
    rx = rules.subject_in_context
    if rx is not None and idx - last_relevant <= _IN_CONTEXT_REACH and rx.search(sentence):
        return True
    nxt = rules.subject_next_to
    return nxt is not None and idx - last_relevant <= 1 and bool(nxt.search(sentence))


def _OTHER_SUBJECT(sentence: str, rules: Rules) -> bool:
    """The sentence is about something else (weapons, sanctions): context does not carry over."""
    rx = rules.not_subject
    return bool(rx is not None and rx.search(sentence))


def _unquoted(sentence: str, mentions: list[Mention]) -> list[Mention]:
    spans = quote_spans(sentence)
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


_ACRONYM = re.compile(rf"[{UPPER}][\w'’\-]*[{UPPER}][\w'’\-]*")


def _matches_role(prev: Mention, word: str, qualifier: str | None = None) -> bool:
    """Whether `prev` may be "the <word>" ("the minister", "the leader"). A capitalised qualifier
    ("the FPÖ leader") must stand in prev's title: a party's leader is not the head of government."""
    if qualifier is not None:
        return qualifier in (prev.role_title or "") and word in (prev.role_title or "").lower()
    title = (prev.role_title or "").lower() + " " + (prev.role or "").replace("_", " ")
    return (
        word in title
        or (word == "minister" and "secretary" in title)
        or (
            word == "leader"
            and prev.role in ("head_of_state", "head_of_government", "head_of_state_and_government")
        )
    )


# between a subject and a pronoun of its own sentence: a subordinate or coordinated clause opens
# ("X caused a stir last week when he said", "X met Y, and he later said", "X told RTP ...,
# although he said")
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:when|after|before|as|because|since|while|where|until|once|and|but|although|though|whereas)"
    r"\s+(?:later\s+|then\s+|also\s+)?$"
)


_REPORTING_WORD = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|insisted|insists|claimed|claims|recalled|recalls)\b"
)


def _own_sentence_subject(sentence: str, mentions: list[Mention], pronoun: Mention) -> Mention | None:
    """The person a sentence opens with as its subject, when a pronoun of the same sentence
    stands right after a subordinator ("Macron caused a stir when he said ..."): that person, not
    the last speaker of the sentences before; with no subject named, the only person named before
    the pronoun ("the position X set out in March, when he said")."""
    if not _SUBORDINATE_BEFORE.search(sentence, max(0, pronoun.start - 12), pronoun.start):
        return None
    quoted = quote_spans(sentence)
    before = [
        m
        for m in mentions
        if m.kind in ("name", "roleref")
        and m.person
        and m.end <= pronoun.start
        and not any(a <= m.start < b for a, b in quoted)
    ]
    names = [m for m in before if at_subject_position(sentence, m.start)]
    if (
        not names
        and len(before) == 1
        and not any(m.kind == "pronoun" and m.start < pronoun.start for m in mentions)
    ):
        # "the position X set out in March, when he said": the one person named before it (not
        # after a pronoun subject: "He acknowledged that X might reject it, and he repeated")
        return before[0]
    if len(names) != 1:
        return None
    if _REPORTING_WORD.search(sentence, names[0].end, pronoun.start) and any(
        m.kind in ("name", "roleref") and names[0].end <= m.start and m.end <= pronoun.start for m in mentions
    ):
        return None  # "A says he knew little about B before he announced": A's words are about B
    return names[0]


def _resolve_followup(
    mention: Mention,
    recent: list[tuple[int, Mention]],
    idx: int,
    earlier: list[Mention],
    sentence: str,
    genders: DocumentGenders,
    fresh_subject: Mention | None = None,
    by_role: list[Mention] | None = None,
) -> Mention | None:
    """`he added`, `the minister said`: the most recent earlier speaker (of that role when named),
    else the most recent person named in the sentences just before (`X met Y. "...," he said`).
    A person of the other gender is skipped ("she said" after a man and a woman is the woman's);
    a person whose gender is unknown stays a candidate."""
    word = (
        mention.role_title.lower().split()[-1] if mention.kind == "followup" and mention.role_title else None
    )
    # "the FPÖ leader": an acronym before the role word names whose leader (a demonym, "the
    # British leader", does not: any leader of that country may be meant)
    qualifier = next((w for w in (mention.role_title or "").split()[:-1] if _ACRONYM.fullmatch(w)), None)
    wanted = pronoun_gender(sentence[mention.start : mention.end] if mention.kind == "pronoun" else word)
    near = [m for i, m in recent if idx - i <= 3]
    # a role word ("the minister said") names the most recent person of that role, who may be the
    # second person introduced rather than the last speaker; a pronoun prefers the last speaker
    pools: tuple[list[Mention], ...] = (earlier, near)
    if word is None:
        # "X, a labor leader, had ties to Y. But on Sunday he endorsed Z. '...,' he said": a pronoun
        # keeps to the people the sentences before named as subjects before those named as objects
        # (`by_role`: `earlier` with the subjects last, as the pools are read from the end); "he
        # said" several sentences after the last speaker, with nobody named in between: that
        # speaker going on (the paragraph of quotes that follows an introduction)
        pools = (near, earlier if by_role is None else by_role, [m for _, m in recent])
        if fresh_subject is not None:
            # "X spoke. Y, a pollster, picked up the thread. '...,' he said.": the person the
            # sentence before introduced as its subject, not the earlier speaker
            pools = ([fresh_subject], *pools)
    for pool in pools:
        for prev in reversed(pool):
            if wanted and genders.of(prev.person, prev.role_title) not in (None, wanted):
                continue
            if word is None or _matches_role(prev, word, qualifier):
                return prev
    return None


def extract_document(doc: dict[str, Any], rules: Rules) -> tuple[list[dict], list[dict]]:
    """Statements (one per speaker in this document) and poll figures of one document."""
    # links to other stories and reader comments are not the article's sentences (`furniture.py`)
    text = blank_furniture(normalise_quote_marks(_str(doc.get("text")) or ""))
    if not text or not rules.prefilter.search(text):
        return [], []
    doc_id = _str(doc.get("doc_id"))
    published = _str(doc.get("published"))
    published = published[:10] if published else None
    outlet, url = _str(doc.get("outlet")), _str(doc.get("url"))
    title = _str(doc.get("title")) or ""
    # the document is about the place when it names it, or uses a term so specific to the debate
    # that it stands for the place (`place_implied_patterns`: a round-up that writes only the
    # debate's own terms, never the country's name)
    doc_place = bool(
        rules.place.search(text)
        or rules.place.search(title)
        or (rules.place_implied is not None and rules.place_implied.search(text))
    )
    doc_sources = _str(doc.get("sources"))
    sentences = split_sentences(text)
    # surnames the document introduces with a given name anywhere ("Hillary Clinton" in a title-case
    # headline): "Clinton said" is then a person even where the full mention was not read as one
    local_names = _DocumentNames(text, rules)
    recent: list[tuple[int, Mention]] = []  # (sentence index, speaker) in document order
    prev_persons: list[str | None] = []
    prev_relevant = False
    last_relevant = -10  # index of the last on-topic sentence: what follows it may continue it
    prev_text = ""
    heading_dates: list = []
    recent_dates: tuple = ()
    genders = DocumentGenders.read(text, rules.actors)
    merged = SpeakerRows(title=title, text=text, per_statement=topic_free(rules))
    lower_words: set[str] = set()  # the document's lower-case words, read only when needed
    heading_para = -1  # paragraph of the digest heading or of its latest list item
    roundup = _RoundUp()
    # a lead that names nobody and says what the people listed below it said (`listed.py`)
    list_lead: _ListLead | None = None
    country_run = -10  # index of the last on-topic sentence led by "<Country>'s <speaker>"
    no_row_people: set[str | None] = (
        set()
    )  # people the document presents as former officials or non-officials
    verdicts = _topic_verdicts(sentences, rules, doc_place)
    for idx, sent in enumerate(sentences):
        st = sent.text
        sentence_before = (
            sentences[idx - 1].text if idx else ""
        )  # read or skipped (`prev_text` is the last read)
        carried = roundup.step(sentences, idx, text, last_relevant, prev_text)
        under_lead = False  # an item of the list below a lead (asked only while a lead is open)
        if list_lead is not None and sent.paragraph != list_lead.paragraph:
            under_lead = _list_item(st, text, sent.start)
            if not under_lead:
                list_lead = None  # the lead's list has ended
        led = _country_led(st, rules)
        in_country_run = led is not None and idx - country_run <= 2
        if heading_dates and sent.paragraph != heading_para:
            if _list_item(st, text, sent.start):
                heading_para = sent.paragraph  # the heading's list goes on
            else:
                heading_dates = []  # a heading dates its list, not the paragraphs after it
        interesting = (
            idx in verdicts  # (the sentence has a topic or poll word: read once before the loop)
            or (idx - last_relevant <= 2 and bool(_FOLLOW_UP.search(st) or _anaphora(st)))
            or (idx - last_relevant <= _NOUN_ANAPHOR_REACH and _anaphora(st, pronouns=False))
            or carried
            or under_lead
            or in_country_run
            or _answers(idx, last_relevant, sentence_before)
            or _subject_in_context(st, idx, last_relevant, rules)
            or (idx + 1 in verdicts and signed_content(sentences, idx) is not None)
        )
        if not interesting and prev_relevant and rules.condition is not None:
            interesting = bool(rules.condition.search(st))  # a condition following a statement
        if not interesting:
            found = find_dates(st, published) if _DIGIT_OR_DAY.search(st) else []
            if st.endswith(":") and found:
                heading_dates = [d for d in found if d.statement_like]
                heading_para = sent.paragraph
            elif any(d.statement_like for d in found):
                # a skipped sentence's speakers are unknown: if it reports speech, its date is not ours
                others: set[str | None] = {"<another speaker>"} if _SPEECH.search(st) else set()
                recent_dates = (idx, [d for d in found if d.statement_like], others)
            prev_relevant, prev_persons = False, []
            continue
        dates = find_dates(st, published)
        if st.endswith(":") and any(d.statement_like for d in dates):
            heading_dates = dates  # "Key developments on Dec. 4:" dates the bullets below it
            heading_para = sent.paragraph
            continue
        inherited: list = []
        if not any(d.statement_like for d in dates):
            if heading_dates:
                dates = [replace(d, start=0, end=0) for d in heading_dates]
            elif (
                recent_dates
                and idx - recent_dates[0] <= 1
                and sentences[recent_dates[0]].paragraph == sent.paragraph
            ):
                # "On Sunday, X hosted Y. Y said ...": a date carries to the next sentence of the same
                # paragraph (never across a paragraph break), but not a date that belongs to another
                # person's statement
                inherited = [replace(d, start=0, end=0) for d in recent_dates[1]]
        else:
            recent_dates = (idx, [d for d in dates if d.statement_like], set())
        day = statement_date(dates, published)[0]
        mentions = find_mentions(st, rules, day, local_names)
        if any(_initial_common_phrase(m, st, text, lower_words) for m in mentions):
            mentions = [m for m in mentions if not _initial_common_phrase(m, st, text, lower_words)]
        mentions = [_unglued(m, text, local_names, lower_words) for m in mentions]
        for m in mentions:
            if m.kind == "name" and m.name and m.person:
                # a surname alone later in the document is this person ("Barack Obama", then
                # "Obama"; "President Obama", then "Obama")
                local_names.setdefault(name_key(m.name.split()[-1]), m)
        speakers = find_speakers(st, mentions, rules)
        if not speakers and under_lead:
            listed = listed_person(st, mentions)
            if listed is not None:  # "• Swedish Prime Minister Ulf Kristersson," under its lead
                speakers = [Speaker(listed, listed.end, _LISTED_FRAME, None, (0, len(st)))]
        resolved: list[tuple[Mention, Any]] = []
        earlier: list[Mention] | None = None
        subject: Mention | None = None  # the sentence before's subject, found with `earlier`
        by_role: list[Mention] = []  # `earlier` in the order a pronoun tries them
        for sp in speakers:
            mention = sp.mention
            if mention.kind in ("pronoun", "followup"):
                if earlier is None:  # people named in the last sentences, found only when needed
                    subject = _fresh_subject(sentences, idx, recent, rules, day, local_names)
                    # (not inside quotations: "'Here comes Big Daddy,' she said" is not about him)
                    said_before = [
                        (m, sentences[j].text)
                        for j in range(max(0, idx - 2), idx)
                        for m in _unquoted(
                            sentences[j].text, find_mentions(sentences[j].text, rules, day, local_names)
                        )
                        if m.kind in ("name", "roleref")
                        and m.person
                        and _antecedent_like(m, sentences[j].text)
                    ]
                    said_before += [
                        (m, st)
                        for m in _unquoted(st, mentions)
                        if m.kind in ("name", "roleref")
                        and m.person
                        and m.end <= sp.mention.start
                        and _antecedent_like(m, st)
                    ]
                    earlier = [m for m, _ in said_before]
                    # for a pronoun, the sentences before name their subjects after their objects (so
                    # the subjects are tried first); its own sentence keeps its order, last ("A says
                    # he knew little about B before he announced" is B's announcement)
                    before = [(m, t) for m, t in said_before if t is not st]
                    by_role = [m for m, t in before if not at_subject_position(t, m.start)]
                    by_role += [m for m, t in before if at_subject_position(t, m.start)]
                    by_role += [m for m, t in said_before if t is st]
                own = _own_sentence_subject(st, mentions, mention) if mention.kind == "pronoun" else None
                antecedent = _resolve_followup(
                    mention, recent, idx, earlier, st, genders, own or subject, by_role
                )
                if antecedent is None:
                    continue
                mention = antecedent
            if not mention.person:
                continue
            resolved.append((mention, sp))
        # '"The president has been clear that ...," the spokeswoman said': the leader's row too
        resolved += reported_leaders(st, resolved, rules, day)
        if (
            not resolved
            and prev_persons
            and re.match(r"^[\"“]", st)
            and len(prev_persons) == 1
            and not _attributed_elsewhere(st)
        ):
            prior = next((m for _, m in reversed(recent) if m.person == prev_persons[0]), None)
            if prior is not None:
                resolved.append((prior, Speaker(prior, 0, "quote continued", None, (0, len(st)))))
        if (
            not resolved
            and prev_relevant
            and len(prev_persons) == 1
            and rules.condition is not None
            and not any(m.kind in ("name", "roleref") for m in mentions)
        ):
            # "X said they could go. First, a peace must be negotiated.": X's condition
            cond = rules.condition.search(st)
            if cond:
                merged.continue_last(prev_persons[0], st)
        relevant, why = verdicts.get(idx) or is_relevant(st, rules, doc_mentions_place=doc_place)
        context = st
        if not relevant and idx - last_relevant <= 2 and resolved and not _OTHER_SUBJECT(st, rules):
            same_speaker = all(m.person in prev_persons for m, _ in resolved)
            # `he said` / `the minister added` after an on-topic sentence carries its topic on
            followed = prev_relevant and all(sp.mention.kind in ("pronoun", "followup") for _, sp in resolved)
            # "Does Russia get a veto? Starmer and Macron say no.": an answer takes its question's topic
            answers = _answers(idx, last_relevant, sentence_before)
            if (
                same_speaker
                or followed
                or answers
                or _anaphora(
                    st,
                    # "Latvia trains soldiers on its own territory. X agreed that ...": a bare
                    # pronoun points to the sentence right before, which placed them elsewhere (a
                    # noun that points back, "the coalition", may still name the topic)
                    pronouns=_keeps_to_topic(text, verdicts, rules)
                    and verdicts.get(idx - 1, (False, ""))[1] != ELSEWHERE_WHY,
                )
            ):
                relevant, why, context = True, "continues the previous sentence", prev_text + " " + st
        if (
            not relevant
            and 2 < idx - last_relevant <= _NOUN_ANAPHOR_REACH
            and resolved
            and not _OTHER_SUBJECT(st, rules)
            and _anaphora(st, pronouns=False)
            and _keeps_to_topic(text, verdicts, rules)
        ):
            # "Who has said no? Tusk said Poland was not planning such actions.": in an article that
            # keeps to the topic, a noun that points back ("such actions", "the proposals") reaches
            # past a sentence or two without a speaker
            relevant, why, context = True, "continues the previous sentence", prev_text + " " + st
        if not relevant and carried and resolved and not _OTHER_SUBJECT(st, rules):
            relevant, why, context = True, _ROUNDUP_WHY, roundup.lead + " " + st
        if (
            not relevant
            and resolved
            and doc_place
            and _subject_in_context(st, idx, last_relevant, rules)
            and not _OTHER_SUBJECT(st, rules)
            and not (rules.exclude is not None and rules.exclude.search(st))
        ):
            # "Tajani said any Italian deployment would require a UN mandate" a sentence after an
            # on-topic one: the topic's words in context
            relevant, why, context = True, _IN_CONTEXT_WHY, prev_text + " " + st
        if (
            not relevant
            and in_country_run
            and led is not None
            and any(m.start <= led + 40 for m, _ in resolved)  # the speaker is the one the country leads to
            and not _OTHER_SUBJECT(st, rules)
        ):
            # "NATO's Rutte said it was too early to deploy troops. Canada's Carney called the
            # situation fluid. Denmark's Poulsen says no commitments have been made.": a prose
            # round-up, one country to a sentence, each answering the same question
            relevant, why, context = True, _COUNTRY_RUN_WHY, sentences[country_run].text + " " + st
        if (
            not relevant
            and list_lead is not None
            and under_lead
            and list_lead.on_topic
            and resolved
            and all(sp.frame == _LISTED_FRAME for _, sp in resolved)
        ):
            relevant, why, context = True, _LISTED_WHY, list_lead.text + " " + st
        signed_words = None
        if not relevant and resolved and signatories(st, resolved):
            # "The statement ... was signed by A, B and C. It calls for a European-led force ...":
            # the signatories hold what the next sentence says the statement holds
            following = signed_content(sentences, idx)
            if (
                following is not None
                and (verdicts.get(idx + 1) or is_relevant(following, rules, doc_mentions_place=doc_place))[0]
            ):
                relevant, why, context = True, _SIGNED_WHY, st + " " + following
                signed_words = following
        pointed_at = words_pointed_at(sentences, idx) if relevant and resolved else None
        persons_here: list[str | None] = []
        if recent_dates and recent_dates[0] == idx:
            recent_dates[2].update(m.person for m, _ in resolved)
        for mention, sp in resolved:
            persons_here.append(mention.person)
            recent.append((idx, mention))
            if not relevant:
                continue
            if why not in (_ROUNDUP_WHY, _LISTED_WHY) and _topic_only_in_another_clause(
                st, sp, rules, doc_place
            ):
                continue
            if not topic_free(rules) and (
                mention.person in no_row_people
                or _former_official(st, mention, sp.mention, rules, day)
                or _not_an_official(text, mention)
            ):
                no_row_people.add(mention.person)
                # codebook: former officials speaking now, analysts and experts give no row (nor
                # does their "he said")
                continue
            seg = st[sp.segment[0] : sp.segment[1]] if sp.segment != (0, 0) else st
            own_words = signed_words or (seg if len(resolved) > 1 else st)
            if pointed_at is not None:
                own_words = pointed_at + " " + own_words  # "This was stated by X": the words before
            if sp.frame == _LISTED_FRAME and list_lead is not None:
                own_words = list_lead.text + " " + own_words  # the lead says what the item's person said
            own_dates = dates
            if sp.frame == "X said" and _RELATIVE_AFTER_NAME.match(st, sp.mention.end):
                # "X, who met leaders in London on Sunday, said": the clause's day dates the meeting
                own_dates = [d for d in dates if not sp.mention.end <= d.start < sp.anchor]
            date, how = statement_date(own_dates, published, near=sp.anchor)
            lag = _DAYS_AFTER_SUBJECT.search(st, max(0, sp.mention.start - 60), sp.mention.start)
            if lag and date:
                # "Scholz said ..., a day after Macron floated the idea": Macron spoke the day before
                main = statement_date(dates, published, near=lag.start())[0] or date
                date = (
                    dt.date.fromisoformat(main) - dt.timedelta(days=_N_DAYS[lag.group("n").lower()])
                ).isoformat()
                how = "explicit"
            if (
                how == "published"
                and inherited
                and recent_dates[2] <= {mention.person}
                and (
                    sp.mention.kind in ("pronoun", "followup")
                    or _dates_speaker(
                        sentences[recent_dates[0]].text, mention.person, rules, day, local_names
                    )
                    or (_DIRECT_QUOTE.match(st) and _dated_event(sentences[recent_dates[0]].text))
                )
            ):
                # ... and "At a summit in London on Sunday, leaders discussed ... . 'Quote,' X said.":
                # a direct quote attributed right after a dated event, in the same paragraph, was
                # spoken there
                # "On Sunday, X hosted Y. Y said ...": the date of an event the speaker took part in;
                # "Leaders met on Sunday. X said ..." does not date X's words
                date, how = inherited[0].iso, "earlier sentence"
            quotes = quotes_in(own_words)
            row = {
                "doc_id": doc_id,
                "date": date,
                "speaker": mention.person,
                "speaker_role": mention.role_title or None,
                "country": mention.country,
                "stance": None,
                "deployment": None,
                "quote": " … ".join(quotes) or None,
                "reported_by": reported_by(st, outlet, rules),
                "sentence": st,
                "url": url,
                "outlet": outlet,
                "published": published,
                "stance_cue": None,
                "deployment_cue": None,
                "date_source": how,
                "attribution": sp.frame,
                "role_key": mention.role,
                "speaker_in_table": bool(mention.in_table),
                "speaker_type": "person",
                "relevance": why,
                "sentence_index": idx,
                "extractor_version": EXTRACTOR_VERSION,
                "doc_sources": doc_sources,
            }
            merged.add(Candidate(row, own_words, context, quotes, sp.forced))
        if not resolved and is_position_lead(st, [m for m in mentions if m.kind != "followup"], rules):
            # "The following officials also ruled out such an opportunity:" leads the items below it
            on_topic = relevant or (idx - last_relevant <= 2 and bool(_anaphora(st)))
            list_lead = _ListLead(sent.paragraph, st, on_topic)
        prev_persons = persons_here
        prev_relevant = relevant
        if relevant:
            last_relevant = idx
            if led is not None:
                country_run = idx
        prev_text = st
    # polls: their own step, one call per document (figures may spread over sentences)
    polls = [
        _poll_row(r, r["sentence"], r["sentence_index"], doc, rules)
        for r in find_document_polls(sentences, rules, published)
    ]
    return merged.finish(rules), polls


# (none when the second mention starts at its own title: "McConnell spokesman Don Stewart")
_DESCRIPTOR_BETWEEN = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w\-]*\s+){0,3}")


def _fresh_subject(
    sentences: list[Any],
    idx: int,
    recent: list[tuple[int, Mention]],
    rules: Rules,
    day: str | None,
    local_names: dict[str, Mention],
) -> Mention | None:
    """The person who is the subject of the sentence just before, when that sentence gave no
    speaker: a pronoun opening the next quote's attribution most likely points to them."""
    if idx == 0 or any(i == idx - 1 for i, _ in recent):
        return None
    prev = sentences[idx - 1].text
    found = _unquoted(prev, find_mentions(prev, rules, day, local_names))
    people = [m for m in found if m.kind in ("name", "roleref")]
    opening = next((m for m in found if m.kind in ("name", "roleref", "followup")), None)
    if opening is not None and opening.kind == "followup" and at_subject_position(prev, opening.start):
        # "Pressed on X, the minister did not answer. He said instead ...": the last speaker of the
        # role the word names, not a person named since who has not spoken
        word = (opening.role_title or "").lower().split()
        return next((m for _, m in reversed(recent) if word and _matches_role(m, word[-1])), None)
    first = people[0] if people else None
    if len(people) > 1 and _DESCRIPTOR_BETWEEN.fullmatch(prev, people[0].end, people[1].start):
        first = people[1]  # "Obama consultant Cornell Belcher": the first name describes the second
    if first is None or not first.person or first.possessive:
        return None
    if not (
        at_subject_position(prev, first.start)
        or _described_subject(prev[: first.start])
        or _APPOSITIVE_SUBJECT.fullmatch(prev, 0, first.start)
    ):
        return None
    return first


# "The other man, his cousin James York, 40, cited ...", "One voter, retiree Jane Doe, ...": the
# name stands in the appositive of a described subject at the start of the sentence
_APPOSITIVE_SUBJECT = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*,\s+"
    r"(?:(?:his|her|their|the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}"
)


def _described_subject(before: str) -> bool:
    """ "Obama consultant Cornell Belcher ...", "Clinton campaign spokesman Brian Fallon ...": only
    capitalised words and a lower-case description (no function word, no verb form) stand before
    the name at the start of the sentence."""
    m = re.fullmatch(r"\s*(?:[A-Z][\w'’.\-]*\s+)+((?:[a-z][\w\-]*\s+){1,3})", before)
    if m is None:
        return False
    return not any(
        w in lexicon.words("function_words.txt") or re.search(r"(?:ing|ed|ly)$", w)
        for w in m.group(1).split()
    )


# ", and people close to his team have floated ...": a coordinated clause with a subject of its own
_OTHER_CLAUSE = re.compile(
    # (not after a bare semicolon: "X said A; B" goes on with X's reported words)
    # (nor before a participle: "X said A, while warning that it will be B" is X's warning)
    r"[,;]\s+(?:and|but|while|whereas)\s+(?!(?:he|she|they|it|this|that)\b|\w+ing\b)"
    r"(?:[\w'’\-]+\s+){1,6}?(?:have|has|had|are|is|were|was|will|would)\b"
)


_AGENT_BEFORE = re.compile(r"\bby\s+$")
# the relative clause is the speech itself: "B, who said", "B, who has long argued"
_WHO_SPEAKS = re.compile(r"\s*,\s*who\s+(?:(?:has|had|have|also|\w+ly)\s+)*")


def _topic_only_in_another_clause(st: str, sp: Speaker, rules: Rules, doc_place: bool) -> bool:
    """ "Trump has promised to end the war quickly, and people close to his team have floated
    ideas that would leave Europeans policing a ceasefire line": the topic is in a clause with a
    subject of its own, after the speaker's clause; the speaker did not say it. So also when the
    speaker is an object named before a relative clause of their own words, and the topic stands
    before them ("the response of B, who said the road to peace was ...")."""
    if sp.frame != "X said" or sp.anchor <= sp.mention.start:
        return False
    if (
        _WHO_SPEAKS.fullmatch(st, name_end(st, sp.mention), sp.anchor)
        and not at_subject_position(st, sp.mention.start)
        and not _AGENT_BEFORE.search(st, max(0, sp.mention.start - 6), sp.mention.start)  # "led by B, who"
        and not _anaphora(st[sp.anchor :], pronouns=False)
        and not is_relevant(st[sp.anchor :], rules, doc_mentions_place=doc_place)[0]
    ):
        # "... a claim by A that members were considering sending soldiers, and to the response of
        # B, who said the only road to peace was ...": the topic is in the clause B is an object of
        return True
    cut = _OTHER_CLAUSE.search(st, sp.anchor)
    if cut is None:
        return False
    own = st[: cut.start()]
    if _anaphora(own, pronouns=False):
        return False  # "A has called the debate premature, and B has said ...": A's clause points back to it
    return not is_relevant(own, rules, doc_mentions_place=doc_place)[0] and bool(
        is_relevant(st[cut.start() :], rules, doc_mentions_place=doc_place)[0]
    )


_FORMER = rf"(?:{FORMER_WORDS}|ex-)"
# "Retired U.S. Lieutenant General X", "Former head of the Army Lord X": the title before the name
_FORMER_TITLE_BEFORE = re.compile(rf"\b{_FORMER}\s+[^,;:.\"“”]{{0,40}}$", re.I)
# "X, a former head of the army, told"
_FORMER_APPOSITIVE = re.compile(rf",\s+(?:a|an|the)\s+{_FORMER}\b", re.I)
# "X, the former prime minister who leads the largest party,", "X, the former president who is now
# deputy chairman of the council,", "X, a former minister and now an MP,": the appositive goes on to
# an office the speaker holds now, so the speaker is no former official
_CURRENT_AFTER_FORMER = re.compile(
    rf",\s+(?:a|an|the)\s+{_FORMER}\b[^,;:.\"“”()]{{0,60}}?\b(?:who\s+(?:(?:now|currently|today)\s+)?"
    r"(?:leads|heads|chairs|runs)|who\s+(?:is|serves)\s+(?:now|currently)|and\s+(?:now|current))\b",
    re.I,
)
# "former head of the army" as the mention's own role title
_FORMER_ROLE = re.compile(rf"{_FORMER}\b", re.I)
# "X, who left the foreign ministry in September,", "X, who stepped down as prime minister"
_LEFT_OFFICE_RELATIVE = re.compile(
    r",\s+who\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:left|quit|resigned|stepped\s+down|was\s+(?:dismissed|sacked|ousted|replaced))\b"
)


def _out_of_office(sentence: str, mention: Mention, said: Mention, rules: Rules, day: str | None) -> bool:
    """A table person who holds no office in the table on `day` and whom the sentence presents as
    having left it ("X, who left the foreign ministry in September, has said"): a former official
    speaking now. One who holds another office keeps the row ("former President X", now deputy
    chairman of a council)."""
    if said is not mention or not day or not mention.person:
        return False
    if any(a.valid_on(day) for a in rules.actors.by_person.get(mention.person, ())):
        return False
    return bool(_LEFT_OFFICE_RELATIVE.match(sentence, name_end(sentence, mention)))


def _former_official(sentence: str, mention: Mention, said: Mention, rules: Rules, day: str | None) -> bool:
    """A speaker the text presents as a former or retired office-holder ("Retired General X", "X, a
    former head of the army") and the actors table does not hold: the codebook gives former
    officials speaking now no row. A table person keeps theirs ("former Russian President Dmitry
    Medvedev" holds another office) unless the table holds no office of theirs that day and the
    sentence says they left it (`_out_of_office`). For "he said", the description is the
    antecedent's title."""
    if mention.in_table:
        return _out_of_office(sentence, mention, said, rules, day)
    if said is mention and _CURRENT_AFTER_FORMER.match(sentence, name_end(sentence, mention)):
        return False  # "X, the former prime minister who now leads the party,": in office now
    if _FORMER_ROLE.match(mention.role_title or ""):
        return True
    if said is not mention:
        return False
    return bool(
        _FORMER_TITLE_BEFORE.search(sentence, max(0, mention.start - 60), mention.start)
        or _FORMER_APPOSITIVE.match(sentence, name_end(sentence, mention))
    )


_SCHOLARLY = r"(?:University|Institute|Institution|Academy|College|School|Foundation|think tank)\b"


@lru_cache(maxsize=4096)
def _non_official_description(surname: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A non-official description (`non_official_roles.txt`) as the title before this surname or
    in the appositive or relative clause right after it ("X, who chairs the association"; the role
    words in any case; the name's words capitalised), or a scholarly affiliation right after it
    ("X of the Bundeswehr University")."""
    role = lexicon.alternation("non_official_roles.txt").pattern
    name = re.escape(surname)
    return (
        re.compile(rf"(?i:\b{role})\s+(?:[A-Z][\w'’.\-]*\s+){{0,3}}{name}\b"),
        re.compile(
            rf"\b{name},\s+(?i:(?:a|an|the|who)\s+[^,;.:\"“”()]{{0,60}}?\b{role})"
            # "X of the Bundeswehr University in Munich estimates": a scholar's affiliation
            rf"|\b{name}\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*\s+){{0,4}}{_SCHOLARLY}"
        ),
    )


def _not_an_official(text: str, mention: Mention) -> bool:
    """A speaker the document describes as an analyst, expert, researcher or the like
    (`non_official_roles.txt`) whom the actors table does not hold: the codebook's rows are for
    named officials. Read anywhere in the document, as the description often comes in the
    sentence that introduces them ("X, a senior research fellow at Y, argued ... . '...,' he
    said"): as the title before the name or in the appositive right after it."""
    if mention.in_table or not mention.person:
        return False
    if _lexicon_rx("non_official_roles.txt").search(mention.role_title or ""):
        return True
    before, after = _non_official_description(mention.person.split()[-1])
    return bool(before.search(text) or after.search(text))


def _answers(idx: int, last_relevant: int, prev_text: str) -> bool:
    """The sentence right after a question that is on topic, or that follows an on-topic
    sentence, answers it ("Does the other side get a veto over the plan? Starmer and Macron say
    no.", and in an explainer "... called NATO contingents unacceptable. Does Russia get a veto?
    Starmer and Macron say no."): it takes the question's topic. `prev_text` is the sentence right
    before, whether or not it was read (a question with no topic word is skipped)."""
    return idx - last_relevant in (1, 2) and prev_text.rstrip().endswith("?")


class _ListLead(NamedTuple):
    """A lead ending in a colon over a list of bare names (`listed.py`)."""

    paragraph: int
    text: str
    on_topic: bool


_LISTED_FRAME = "listed under a lead"
_LISTED_WHY = "listed under an on-topic lead"


class _RoundUp:
    """Whether a sentence belongs to a round-up whose lead is on topic ("Here is where governments
    stand:" after an on-topic sentence, then "- Sweden: Prime Minister X said the question was not
    relevant"). Each item answers the lead's question, so the lead's topic carries to every
    sentence of every item, however far down the list; a paragraph that is not an item ends it."""

    def __init__(self) -> None:
        self.on = False
        self.paragraph = -1
        self.lead = ""

    def step(self, sentences: list[Any], idx: int, text: str, last_relevant: int, prev_text: str) -> bool:
        sent = sentences[idx]
        if idx == 0 or sentences[idx - 1].paragraph != sent.paragraph:
            item = bool(
                _ROUNDUP_ITEM.match(sent.text)
                or _BULLET_BEFORE.search(text, max(0, sent.start - 4), sent.start)
            )
            if item and not self.on and idx - last_relevant <= 2:  # the first item, after an on-topic lead
                lead = sentences[last_relevant].text if last_relevant >= 0 else ""
                self.on = True
                self.lead = lead if lead == prev_text else f"{lead} {prev_text}"
            elif not item:
                self.on = False
            self.paragraph = sent.paragraph
        return self.on and sent.paragraph == self.paragraph


def _poll_row(
    row: dict[str, Any], sentence: str, idx: int, doc: dict[str, Any], rules: Rules
) -> dict[str, Any]:
    """A poll figure found in the text, with the document's provenance."""
    published = _str(doc.get("published"))
    published = published[:10] if published else None
    row.update(
        doc_id=_str(doc.get("doc_id")),
        url=_str(doc.get("url")),
        outlet=_str(doc.get("outlet")),
        published=published,
        sentence=sentence,
        sentence_index=idx,
        reported_by=reported_by(sentence, _str(doc.get("outlet")), rules),
        source_kind="news",
        doc_sources=_str(doc.get("sources")),
    )
    if row["date"] and published and row["date"] > published:
        row["date"] = published
    return row


# the surname in a lookahead, so that it may be the first word of the next pair ("And Hillary Clinton")
_GIVEN_THEN_SURNAME = re.compile(
    rf"(?<![\w'’.])([{UPPER}][a-z]+)\s+(?=(?:[{UPPER}]\.\s+)?([{UPPER}][\w'’\-]*[a-z])(?![\w'’\-]))"
)


class _DocumentNames(dict):
    """Surname -> the first mention of that person the attribution step read; a surname it has not
    read falls back to the `Given Surname` pairs of the whole document (`_introduced_surnames`),
    found only the first time such a surname is asked for (most documents never ask)."""

    def __init__(self, text: str, rules: Rules) -> None:
        super().__init__()
        self._text, self._rules = text, rules
        self._seed: dict[str, Mention] | None = None

    def get(self, key: str, default: Any = None) -> Any:
        found = super().get(key)
        if found is not None:
            return found
        if self._seed is None:
            self._seed = _introduced_surnames(self._text, self._rules)
        return self._seed.get(key, default)

    def introduced(self) -> dict[str, Mention]:
        """Every surname the document introduces, read or not (for a misspelt surname's match)."""
        if self._seed is None:
            self._seed = _introduced_surnames(self._text, self._rules)
        return {**self._seed, **self}


def _introduced_surnames(text: str, rules: Rules) -> dict[str, Mention]:
    """Surname -> the person, for every "Given Surname" pair in the document whose first word is a
    known given name (`given_names.tsv`) and whose second is not a place or a non-person head.
    A one-word surname elsewhere in the document then resolves to that person."""
    given = lexicon.given_names()
    hand_given = lexicon.table("given_names.tsv")  # the census lists hold surnames too ("Carson", "Warren")
    heads = lexicon.words("non_person_heads.txt")
    found: dict[str, Mention] = {}
    clash: set[str] = set()
    for m in _GIVEN_THEN_SURNAME.finditer(text):
        first, last = m.group(1), m.group(2)
        low = fold_lower(last)
        if low in heads or low in hand_given:
            continue
        if fold_lower(first) not in given and not _role_appositive_after(text, m.end(2), rules):
            continue
        if rules.countries.by_word.get(low) or rules.countries.people.get(low):
            continue
        key = name_key(last)
        hit = rules.actors.match_words([first, last])
        person = hit[1] if hit and hit[0] == 2 else f"{first} {last}"
        more = _NEXT_NAME_WORD.match(text, m.end(2))
        longer = rules.actors.match_words([first, last, more.group(1)]) if more else None
        if longer and longer[0] == 3:
            hit, person = longer, longer[1]  # "Lars Løkke Rasmussen": "Løkke" is the table's person
        prior = found.get(key)
        if prior is not None and prior.person != person:
            clash.add(key)  # two people of one surname ("Bill Clinton", "Hillary Clinton"): say nothing
            continue
        found[key] = Mention(
            m.start(), m.start(), f"{first} {last}", person, None, None, None, "name", bool(hit)
        )
    return {k: v for k, v in found.items() if k not in clash}


# ", the speaker of the Duma.", ", a deputy minister,": an appositive that is only an office
_APPOSITIVE_OPEN = re.compile(r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?")
_APPOSITIVE_CLOSE = re.compile(r"(?:\s+(?:of|for|in)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,3}?)?\s*[,.;]")


def _role_appositive_after(text: str, end: int, rules: Rules) -> bool:
    """ "Vyacheslav Volodin, the speaker of the Duma,": a pair whose first word is no given name we
    know is still a person when an appositive right after it is an office and nothing more (not
    "the prime minister's office"): its surname alone later in the document is that person."""
    opened = _APPOSITIVE_OPEN.match(text, end, end + 60)
    if opened is None:
        return False
    for k in range(end + 2, opened.end() + 1):
        role = rules.role_rx.match(text, k) if text[k - 1] == " " else None
        if role is not None and _APPOSITIVE_CLOSE.match(text, role.end()):
            return True
    return False


_NEXT_NAME_WORD = re.compile(rf"\s+([{UPPER}][\w'’\-]*[a-z])(?![\w'’\-])")


_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|across|outside|inside|to|into)\s+(?:the\s+)?$", re.I)


_MODIFIER_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_MODIFIER_AFTER = re.compile(r"\s+[a-z][a-z\-]+")


def _starts_with_given_name(m: Mention) -> bool:
    """The person's full name (a surname alone resolved to the one introduced) opens with a given name."""
    words = (m.person or m.name or "").split()
    return len(words) > 1 and fold_lower(words[0]).rstrip(".") in lexicon.given_names()


def _antecedent_like(m: Mention, sentence: str) -> bool:
    """May "he"/"she" point to this mention? A name no frame made a speaker right after a
    preposition of place ("in Boca Raton", "from Los Angeles") is a place, not a person."""
    if m.kind == "roleref" or m.in_table:
        return True
    if m.kind == "name" and not m.role and not _starts_with_given_name(m):
        return False  # "Sirius XM", "Hilton Garden Inn": no given name, no title, no table row
    if _MODIFIER_BEFORE.search(sentence, max(0, m.start - 6), m.start) and _MODIFIER_AFTER.match(
        sentence, m.end
    ):
        return False  # "a Boca Raton lawyer", "the Bear Stearns trading floor": the name qualifies a noun
    if m.role and m.role_title and m.name and sentence[m.start : m.end] != m.name:
        return True  # "look at House Speaker X": a title before the name is no place's name
    return not _PLACE_BEFORE.search(sentence, max(0, m.start - 12), m.start)


def _attributed_elsewhere(sentence: str) -> bool:
    """A quotation followed by its own reporting clause ('"...," Sarandon, 69, told reporters'):
    someone the extractor could not resolve speaks, so it is not the previous speaker going on."""
    spans = quote_spans(sentence)
    outside = sentence[spans[-1][1] :] if spans else sentence
    return bool(_SPEECH.search(outside))


def _initial_common_phrase(m: Mention, sentence: str, text: str, lower_words: set[str]) -> bool:
    """A capitalised noun phrase opening a sentence (`Military Analysts said`) is not a name: its
    head is a generic plural, or each of its words is written in lower case elsewhere in the text."""
    if m.kind != "name" or m.in_table or not m.name or sentence[: m.start].strip(" \"“‘'") != "":
        return False
    words = [w.lower() for w in m.name.split()]
    if words[-1] in lexicon.words("generic_plural_heads.txt"):
        return True
    return all(w in _lower_words(text, lower_words) for w in words)


def _lower_words(text: str, lower_words: set[str]) -> set[str]:
    """The document's lower-case words, read into `lower_words` the first time they are asked for."""
    if not lower_words:
        lower_words.update(re.findall(r"\b[a-z][a-z'’\-]+\b", text))
    return lower_words


def _unglued(m: Mention, text: str, local_names: _DocumentNames, lower_words: set[str]) -> Mention:
    """ "Republican Donor Adelson ..." in a headline, "Top Clinton adviser sent ...": a common word
    glued before a surname (not a known given name, and a function word or written in lower case
    elsewhere in the text) is no part of the name. The person is the one the document introduces
    with that surname ("Sheldon Adelson"), else the name without the word."""
    if m.kind != "name" or m.in_table or not m.name or m.person != m.name:
        return m
    words = m.name.split()
    first = fold_lower(words[0])
    if (
        len(words) < 2
        or first in lexicon.given_names()
        or first in lexicon.words("given_names_ambiguous.txt")
    ):
        return m
    if is_name_particle(first):
        # "Bill de Blasio", then "De Blasio said" at a sentence's start: the same person
        prior = local_names.get(name_key(words[-1]))
        if prior is not None and prior.person and first in fold_lower(prior.person).split():
            return replace(m, person=prior.person, in_table=prior.in_table)
        return m
    if words[0].lower() not in _lower_words(text, lower_words) and first not in lexicon.words(
        "function_words.txt"
    ):
        return m
    rest = " ".join(words[1:])
    introduced = local_names.introduced().get(name_key(words[-1]))
    if introduced is not None and introduced.person and first not in fold_lower(introduced.person).split():
        return replace(m, name=rest, person=introduced.person, in_table=introduced.in_table)
    return replace(m, name=rest, person=rest)


def _dates_speaker(
    sentence: str, person: str | None, rules: Rules, day: str | None, local_names: dict[str, Mention]
) -> bool:
    """Does the date of the sentence before belong to this speaker's statement? Yes when it names
    the speaker, or reports the same speech without a person (`The Kremlin said on Tuesday ...`)."""
    named = {m.person for m in find_mentions(sentence, rules, day, local_names) if m.person}
    return person in named or (not named and bool(_SPEECH.search(sentence)))
