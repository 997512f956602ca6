"""Extraction: documents -> statements (who said what, when, stance, deployment) and polls.

`extract_documents` is pure and per document (safe to map over partitions, e.g. with dask);
`finalize` does everything that needs the whole corpus (dedup, ids, overrides, validation);
`extract_corpus` = cache + extract_documents + finalize, the one call the CLI and notebooks use.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.extract.attribution import Mention, find_mentions, find_speakers, quotes_in
from helpers.extract.dates import find_dates, statement_date
from helpers.extract.dedup import dedup_rows, order_for_dedup, poll_id, statement_id
from helpers.extract.deployment import classify_deployment, document_deployment, with_document_context
from helpers.extract.normalize import name_key, speaker_key
from helpers.extract.polls_text import find_document_polls  # issue 13: document-level poll step
from helpers.extract.relevance import is_relevant
from helpers.extract.rules import Rules, compile_rules
from helpers.extract.sentences import split_sentences
from helpers.extract.stance import classify_stance


def _code_hash() -> str:
    """Checksum of this package's source: any change to the rules' code invalidates cached extractions."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:8]


EXTRACTOR_VERSION = f"1.0.0+{_code_hash()}"

STATEMENT_COLUMNS = [
    "statement_id",
    "doc_id",
    "date",
    "speaker",
    "speaker_role",
    "country",
    "stance",
    "deployment",
    "quote",
    "reported_by",
    "sentence",
    "url",
    "outlet",
    "published",
    "stance_cue",
    "deployment_cue",
    "date_source",
    "attribution",
    "role_key",
    "speaker_in_table",
    "relevance",
    "sentence_index",
    "n_mentions",
    "n_sources",
    "sources",
    "doc_ids",
    "extractor_version",
    "reviewed",
    "review_note",
]
POLL_COLUMNS = [
    "poll_id",
    "doc_id",
    "date",
    "country",
    "pollster",
    "share_support",
    "share_oppose",
    "sample_size",
    "question",
    "reported_by",
    "sentence",
    "url",
    "outlet",
    "published",
    "fieldwork_start",
    "fieldwork_end",
    "population",
    "share_dont_know",
    "margin_of_error",
    "question_id",
    "source_kind",
    "sources",
    "n_sources",
    "sentence_index",
    "extractor_version",
]
STANCE_RANK = {"conditional": 0, "support": 0, "oppose": 0, "neutral": 1}
_REPORTER = re.compile(
    r"\b(?:told|according to|reported by|as reported by|in an interview with|interview with|quoted by|"
    r"wrote in|writing in|said in an interview with)\s+(?:the\s+)?(?:public broadcaster\s+|broadcaster\s+|newspaper\s+|daily\s+)?"  # noqa: E501
    r"([A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})"
    r"|\b([A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s+(?:reported|reports|said in a report)\b"
)


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
# a gathering where people speak: its day dates a direct quote given right after it
_DATED_EVENT = re.compile(
    r"\b(?:summit|meeting|talks|(?:news |press )?conference|forum|gathering|session|hearing|debate|rally"
    r"|ceremony|visit|briefing|interview|speech|address)\b",
    re.I,
)
_FOLLOW_UP = re.compile(r"[\"“”]|\b(?:he|she|added)\b", re.I)
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|stated|according to|wrote|announced|warned)\b")
_ANAPHORA = re.compile(
    r"\b(?:such|this|that|it|the idea|the proposal|the plan|the mission|the force|the deployment|request|decision|"  # noqa: E501
    r"(?:any|a|the|such) (?:deployment|mission|contribution|participation)|the (?:initiative|move|offer|coalition|same))\b",  # noqa: E501
    re.I,
)


def _OTHER_SUBJECT(sentence: str, rules: Rules) -> bool:
    """The sentence is about something else (weapons, sanctions): context does not carry over."""
    rx = rules.not_subject
    return bool(rx is not None and rx.search(sentence))


@dataclass
class ExtractResult:
    statements: pd.DataFrame
    polls: pd.DataFrame
    quarantined: dict[str, pd.DataFrame] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)


def _str(v: Any) -> str | None:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return None
    s = str(v).strip()
    return s or None


def _reported_by(sentence: str, outlet: str | None, rules: Rules) -> str | None:
    """The outlet the sentence credits ("told the FT", "Politico reported"), else the publisher."""
    for m in _REPORTER.finditer(sentence):
        name = (m.group(1) or m.group(2) or "").strip()
        name = re.sub(r"['’]s$", "", name)
        if name.lower().removeprefix("the ") in rules.outlets:
            return name
    return outlet


def _matches_role(prev: Mention, word: str) -> bool:
    title = (prev.role_title or "").lower() + " " + (prev.role or "").replace("_", " ")
    return (
        word in title
        or (word == "minister" and "secretary" in title)
        or (
            word == "leader"
            and prev.role in ("head_of_state", "head_of_government", "head_of_state_and_government")
        )
    )


def _resolve_followup(
    mention: Mention, recent: list[tuple[int, Mention]], idx: int, earlier: list[Mention]
) -> Mention | None:
    """`he added`, `the minister said`: the most recent earlier speaker (of that role when named),
    else the most recent person named in the sentences just before (`X met Y. "...," he said`)."""
    word = (
        mention.role_title.lower().split()[-1] if mention.kind == "followup" and mention.role_title else None
    )
    near = [m for i, m in recent if idx - i <= 3]
    # a role word ("the minister said") names the most recent person of that role, who may be the
    # second person introduced rather than the last speaker; a pronoun prefers the last speaker
    pools = (earlier, near) if word is not None else (near, earlier)
    for pool in pools:
        for prev in reversed(pool):
            if word is None or _matches_role(prev, word):
                return prev
    return None


def extract_document(doc: dict[str, Any], rules: Rules) -> tuple[list[dict], list[dict]]:
    """Statements (one per speaker in this document) and poll figures of one document."""
    text = _str(doc.get("text")) or ""
    if not text or not rules.prefilter.search(text):
        return [], []
    doc_id = _str(doc.get("doc_id"))
    published = _str(doc.get("published"))
    published = published[:10] if published else None
    outlet, url = _str(doc.get("outlet")), _str(doc.get("url"))
    title = _str(doc.get("title")) or ""
    doc_place = bool(rules.place.search(text) or rules.place.search(title))
    doc_sources = _str(doc.get("sources"))
    doc_dep = document_deployment(title + "\n" + text, rules)
    sentences = split_sentences(text)
    local_names: dict[str, Mention] = {}
    recent: list[tuple[int, Mention]] = []  # (sentence index, speaker) in document order
    prev_persons: list[str | None] = []
    prev_relevant = False
    last_relevant = -10  # index of the last on-topic sentence: what follows it may continue it
    prev_text = ""
    heading_dates: list = []
    recent_dates: tuple = ()
    by_speaker: dict[str, dict] = {}
    polls: list[dict] = []
    lower_words: set[str] = set()  # the document's lower-case words, read only when needed
    heading_para = -1  # paragraph of the digest heading or of its latest list item
    for idx, sent in enumerate(sentences):
        st = sent.text
        if heading_dates and sent.paragraph != heading_para:
            if _LIST_ITEM.match(st) or _BULLET_BEFORE.search(text, max(0, sent.start - 4), sent.start):
                heading_para = sent.paragraph  # the heading's list goes on
            else:
                heading_dates = []  # a heading dates its list, not the paragraphs after it
        interesting = rules.prefilter.search(st) or (
            idx - last_relevant <= 2 and (_FOLLOW_UP.search(st) or _ANAPHORA.search(st))
        )
        if not interesting and prev_relevant and rules.condition is not None:
            interesting = rules.condition.search(st)  # a condition following a statement
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
        for m in mentions:
            if m.kind == "name" and m.name and len(m.name.split()) >= 2:
                local_names.setdefault(name_key(m.name.split()[-1]), m)
        speakers = find_speakers(st, mentions, rules)
        resolved: list[tuple[Mention, Any]] = []
        earlier: list[Mention] | None = None
        for sp in speakers:
            mention = sp.mention
            if mention.kind in ("pronoun", "followup"):
                if earlier is None:  # people named in the last sentences, found only when needed
                    earlier = [
                        m
                        for j in range(max(0, idx - 2), idx)
                        for m in find_mentions(sentences[j].text, rules, day, local_names)
                        if m.kind in ("name", "roleref") and m.person
                    ]
                    earlier += [
                        m
                        for m in mentions
                        if m.kind in ("name", "roleref") and m.person and m.end <= sp.mention.start
                    ]
                antecedent = _resolve_followup(mention, recent, idx, earlier)
                if antecedent is None:
                    continue
                mention = antecedent
            if not mention.person:
                continue
            resolved.append((mention, sp))
        if not resolved and prev_persons and re.match(r"^[\"“]", st) and len(prev_persons) == 1:
            prior = next((m for _, m in reversed(recent) if m.person == prev_persons[0]), None)
            if prior is not None:
                from helpers.extract.attribution import Speaker

                resolved.append((prior, Speaker(prior, 0, "quote continued", None, (0, len(st)))))
        if (
            not resolved
            and prev_relevant
            and len(prev_persons) == 1
            and rules.condition is not None
            and not any(m.kind in ("name", "roleref") for m in mentions)
        ):
            # "X said troops could go. First, a just peace must be negotiated.": X's condition
            cond = rules.condition.search(st)
            best = by_speaker.get(speaker_key(prev_persons[0])) if cond else None
            if best is not None and best["stance"] == "support":
                best["stance"] = "conditional"
                best["stance_cue"] = f"{best['stance_cue']}; next sentence: {cond.group(0)}"
        relevant, why = is_relevant(st, rules, doc_mentions_place=doc_place)
        context = st
        if not relevant and idx - last_relevant <= 2 and resolved and not _OTHER_SUBJECT(st, rules):
            same_speaker = all(m.person in prev_persons for m, _ in resolved)
            # `he said` / `the minister added` after an on-topic sentence carries its topic on
            followed = prev_relevant and all(sp.mention.kind in ("pronoun", "followup") for _, sp in resolved)
            if same_speaker or followed or _ANAPHORA.search(st):
                relevant, why, context = True, "continues the previous sentence", prev_text + " " + st
        persons_here: list[str | None] = []
        if recent_dates and recent_dates[0] == idx:
            recent_dates[2].update(m.person for m, _ in resolved)
        for mention, sp in resolved:
            persons_here.append(mention.person)
            recent.append((idx, mention))
            if not relevant:
                continue
            seg = st[sp.segment[0] : sp.segment[1]] if sp.segment != (0, 0) else st
            stance = classify_stance(seg if len(resolved) > 1 else st, rules, forced=sp.forced)
            deployment, dep_cue = classify_deployment(context, rules)
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
                    or (_DIRECT_QUOTE.match(st) and _DATED_EVENT.search(sentences[recent_dates[0]].text))
                )
            ):
                # ... and "At a summit in London on Sunday, leaders discussed ... . 'Quote,' X said.":
                # a direct quote attributed right after a dated event, in the same paragraph, was
                # spoken there
                # "On Sunday, X hosted Y. Y said ...": the date of an event the speaker took part in;
                # "Leaders met on Sunday. X said ..." does not date X's words
                date, how = inherited[0].iso, "earlier sentence"
            quotes = quotes_in(seg if len(resolved) > 1 else st)
            row = {
                "doc_id": doc_id,
                "date": date,
                "speaker": mention.person,
                "speaker_role": mention.role_title or None,
                "country": mention.country,
                "stance": stance.stance,
                "deployment": deployment,
                "quote": " … ".join(quotes) or None,
                "reported_by": _reported_by(st, outlet, rules),
                "sentence": st,
                "url": url,
                "outlet": outlet,
                "published": published,
                "stance_cue": stance.cue,
                "deployment_cue": dep_cue or None,
                "date_source": how,
                "attribution": sp.frame,
                "role_key": mention.role,
                "speaker_in_table": bool(mention.in_table),
                "relevance": why,
                "sentence_index": idx,
                "extractor_version": EXTRACTOR_VERSION,
                "doc_sources": doc_sources,
            }
            key = speaker_key(mention.person)
            best = by_speaker.get(key)
            contexts = (best or {}).get("_contexts", []) + [context]
            if best is None or (STANCE_RANK[row["stance"]] < STANCE_RANK[best["stance"]]):
                row["n_mentions"] = (best or {}).get("n_mentions", 0) + 1
                by_speaker[key] = best = row
            else:
                best["n_mentions"] = best.get("n_mentions", 1) + 1
                if best["date_source"] == "published" and how != "published":
                    # a headline or lede summarising the statement without a day, the body giving it
                    # ("Putin warned ... . Speaking in Vladivostok on Friday, Putin said ..."): the text
                    # gives the day
                    best["date"], best["date_source"] = date, how
                if best["stance"] == "support" and row["stance"] == "conditional":
                    # "X would send troops. First, a just peace must be negotiated, he said."
                    best["stance"] = "conditional"
                    best["stance_cue"] = f"{best['stance_cue']}; next: {row['stance_cue']}"
            # the deployment is the most specific one the speaker's sentences in this document name
            best["_contexts"] = contexts
            best["deployment"], best["deployment_cue"] = classify_deployment(" ".join(contexts), rules)
            if not best.get("quote") and row.get("quote"):
                best["quote"] = row["quote"]  # the person's words from another sentence of the document
        prev_persons = persons_here
        prev_relevant = relevant
        if relevant:
            last_relevant = idx
        prev_text = st
    # --- polls (issue 13): one call per document, its own step; re-apply in extract/document.py at merge
    for row in find_document_polls(sentences, rules, published):
        row.update(
            doc_id=doc_id,
            url=url,
            outlet=outlet,
            published=published,
            reported_by=_reported_by(row["sentence"], outlet, rules),
            source_kind="news",
            doc_sources=doc_sources,
        )
        if row["date"] and published and row["date"] > published:
            row["date"] = published
        polls.append(row)
    # --- end polls
    if any(row["country"] is None for row in by_speaker.values()):
        fallback = _document_country(list(by_speaker.values()), text, rules)
        for row in by_speaker.values():
            if row["country"] is None and fallback:
                row["country"] = fallback  # "Conservative leader X" in a British story
    for row in by_speaker.values():
        row["deployment"], row["deployment_cue"] = with_document_context(
            row["deployment"], row["deployment_cue"] or "", " ".join(row["_contexts"]), doc_dep, rules
        )
        row.pop("_contexts", None)
        row["deployment_cue"] = row["deployment_cue"] or None
    return list(by_speaker.values()), polls


_GENERIC_HEADS = frozenset(
    [
        "officials",
        "analysts",
        "diplomats",
        "experts",
        "lawmakers",
        "leaders",
        "planners",
        "commanders",
        "sources",
        "critics",
        "observers",
        "allies",
        "partners",
        "ministers",
        "generals",
        "members",
        "residents",
        "voters",
        "citizens",
        "governments",
        "countries",
        "nations",
        "states",
        "commentators",
        "strategists",
        "insiders",
        "aides",
        "officers",
        "spokespeople",
        "negotiators",
        "envoys",
    ]
)


def _initial_common_phrase(m: Mention, sentence: str, text: str, lower_words: set[str]) -> bool:
    """A capitalised noun phrase opening a sentence (`Military Analysts said`) is not a name: its
    head is a generic plural, or each of its words is written in lower case elsewhere in the text."""
    if m.kind != "name" or m.in_table or not m.name or sentence[: m.start].strip(" \"“‘'") != "":
        return False
    words = [w.lower() for w in m.name.split()]
    if words[-1] in _GENERIC_HEADS:
        return True
    if not lower_words:
        lower_words.update(re.findall(r"\b[a-z][a-z'’\-]+\b", text))
    return all(w in lower_words for w in words)


def _dates_speaker(
    sentence: str, person: str | None, rules: Rules, day: str | None, local_names: dict[str, Mention]
) -> bool:
    """Does the date of the sentence before belong to this speaker's statement? Yes when it names
    the speaker, or reports the same speech without a person (`The Kremlin said on Tuesday ...`)."""
    named = {m.person for m in find_mentions(sentence, rules, day, local_names) if m.person}
    return person in named or (not named and bool(_SPEECH.search(sentence)))


def _document_country(rows: list[dict], text: str, rules: Rules) -> str | None:
    """The country a document is about, for a speaker whose title names none (a party leader):
    the one country of the other speakers, else the country the text names most (not the place)."""
    codes = {r["country"] for r in rows if r["country"] and r["country"] not in ("EU", "NATO", "UN")}
    if len(codes) == 1:
        return codes.pop()
    if codes:
        return None
    counts: dict[str, int] = {}
    for m in rules.countries.adjective_rx.finditer(text):
        if rules.place.search(m.group(1)):
            continue
        code = rules.countries.code(m.group(1))
        if code and code not in ("EU", "NATO", "UN", "RU"):
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def extract_documents(
    documents: pd.DataFrame, topic: str = "ukraine_troops"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pure per-document extraction: raw statements and poll rows (no ids, no dedup)."""
    rules = compile_rules(topic)
    st_rows: list[dict] = []
    po_rows: list[dict] = []
    for doc in documents.to_dict("records"):
        s, p = extract_document(doc, rules)
        st_rows.extend(s)
        po_rows.extend(p)
    return _raw_frame(st_rows, "statements"), _raw_frame(po_rows, "polls")


def _raw_frame(rows: list[dict], kind: str) -> pd.DataFrame:
    cols = [
        c
        for c in (STATEMENT_COLUMNS if kind == "statements" else POLL_COLUMNS)
        if c
        not in (
            "statement_id",
            "poll_id",
            "n_sources",
            "sources",
            "doc_ids",
            "reviewed",
            "review_note",
            "question_id",
        )
    ] + ["doc_sources"]
    frame = pd.DataFrame(rows)
    for c in cols:
        if c not in frame.columns:
            frame[c] = None
    return frame[cols + [c for c in frame.columns if c not in cols]]


def finalize(
    statements_raw: pd.DataFrame,
    polls_raw: pd.DataFrame,
    *,
    overrides_path: Path | None = None,
    quarantine_dir: Path | None = None,
) -> ExtractResult:
    """Corpus-wide steps: stable ids, cross-document dedup, review overrides, validation."""
    from helpers.schemas import validate_or_quarantine

    st = order_for_dedup(statements_raw.copy()) if len(statements_raw) else statements_raw.copy()
    rows = st.to_dict("records")
    for r in rows:
        r["statement_id"] = statement_id(r["doc_id"], r.get("speaker"), r["sentence"])
        r["_skey"] = speaker_key(r.get("speaker"))
    rows = dedup_rows(rows, key="_skey")
    for r in rows:
        r.pop("_skey", None)
    statements = pd.DataFrame(rows)
    for c in STATEMENT_COLUMNS:
        if c not in statements.columns:
            statements[c] = None
    extra = [c for c in statements.columns if c not in STATEMENT_COLUMNS and c != "doc_sources"]
    statements = statements[STATEMENT_COLUMNS + extra].drop(columns=["reviewed", "review_note"])
    if overrides_path is not None:
        from helpers.overrides import apply_overrides

        statements = apply_overrides(statements, Path(overrides_path))
    else:
        statements["reviewed"], statements["review_note"] = False, None
    statements = statements[STATEMENT_COLUMNS + extra]
    statements["n_mentions"] = pd.to_numeric(statements["n_mentions"]).fillna(1).astype(int)

    po = order_for_dedup(polls_raw.copy()) if len(polls_raw) else polls_raw.copy()
    prow = po.to_dict("records")
    for r in prow:
        r["poll_id"] = poll_id(
            r["doc_id"], r.get("country"), r.get("share_support"), r.get("share_oppose"), r["sentence"]
        )
        r["_pkey"] = f"{r.get('country')}|{r.get('share_support')}|{r.get('share_oppose')}"
        r["stance"] = None
    prow = dedup_rows(prow, key="_pkey", max_days=7, min_similarity=0)
    for r in prow:
        r.pop("_pkey", None)
        r.pop("stance", None)
    polls = pd.DataFrame(prow)
    for c in POLL_COLUMNS:
        if c not in polls.columns:
            polls[c] = None
    polls = polls[POLL_COLUMNS].drop(columns=["doc_ids"], errors="ignore")
    polls["source_kind"] = "news"
    for c in ("share_support", "share_oppose", "sample_size", "share_dont_know", "margin_of_error"):
        polls[c] = pd.to_numeric(polls[c], errors="coerce").astype(float)
    q = Path(quarantine_dir) if quarantine_dir is not None else None
    good_st, bad_st = validate_or_quarantine(statements, "statements", q, source="extract")
    good_po, bad_po = validate_or_quarantine(polls, "polls", q, source="extract")
    return ExtractResult(
        good_st,
        good_po,
        {"statements": bad_st, "polls": bad_po},
        {
            "statements": len(good_st),
            "polls": len(good_po),
            "quarantined_statements": len(bad_st),
            "quarantined_polls": len(bad_po),
        },
    )


def extract_corpus(
    documents: pd.DataFrame,
    *,
    topic: str = "ukraine_troops",
    overrides_path: Path | None = None,
    quarantine_dir: Path | None = None,
    cache_dir: Path | None = None,
) -> ExtractResult:
    """Extract a whole corpus: cached per-document extraction, then `finalize`."""
    missing = [c for c in ("doc_id", "text") if c not in documents.columns]
    if missing:
        from helpers.tables import InputError

        raise InputError(f"documents table lacks columns {missing}")
    rules = compile_rules(topic)
    records = documents.to_dict("records")
    st_rows: list[dict] = []
    po_rows: list[dict] = []
    hits = 0
    if cache_dir is not None:
        from helpers.extract.cache import ExtractCache, doc_key

        cache = ExtractCache(Path(cache_dir) / "extract.sqlite")
        keys = [doc_key(d, EXTRACTOR_VERSION, rules.fingerprint) for d in records]
        cached = cache.get_many(keys)
        fresh: dict[str, tuple[list[dict], list[dict]]] = {}
        for key, doc in zip(keys, records, strict=True):
            if key in cached:
                s, p = cached[key]
                hits += 1
            else:
                s, p = extract_document(doc, rules)
                fresh[key] = (s, p)
            st_rows.extend(s)
            po_rows.extend(p)
        cache.put_many(fresh)
        cache.close()
    else:
        for doc in records:
            s, p = extract_document(doc, rules)
            st_rows.extend(s)
            po_rows.extend(p)
    result = finalize(
        _raw_frame(st_rows, "statements"),
        _raw_frame(po_rows, "polls"),
        overrides_path=overrides_path,
        quarantine_dir=quarantine_dir,
    )
    result.stats.update(documents=len(records), cache_hits=hits, extracted=len(records) - hits)
    return result


__all__ = [
    "EXTRACTOR_VERSION",
    "ExtractResult",
    "extract_corpus",
    "extract_documents",
    "finalize",
    "extract_document",
]
