"""Statement rows: the columns, one row per speaker per document, and the raw frames.

Why one row per speaker: the codebook scores one statement per speaker and document, the most
informative one. `SpeakerRows` keeps, for each speaker, the sentence that represents them (the
first that takes a side, by today's cue rules, else the first), and gathers the evidence the
labeller reads: all the speaker's own segments, sentences, deployment contexts and quotes. The
final labels come from `labelling.label_rows`, called once per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from helpers.extract.labelling import SpeakerEvidence, label_rows
from helpers.extract.normalize import fold_lower, speaker_key
from helpers.extract.rules import Rules
from helpers.extract.stance import (
    CUE_CONDITIONAL,
    CUE_NEUTRAL,
    CUE_OPPOSE,
    CUE_SUPPORT,
    classify_stance,
)
from helpers.schemas import BODIES, POLL_TABLE_COLUMNS, STATEMENT_TABLE_COLUMNS

# the tables as extraction writes them, read off their models (helpers.schemas: Statements, Polls)
STATEMENT_COLUMNS = STATEMENT_TABLE_COLUMNS
POLL_COLUMNS = POLL_TABLE_COLUMNS
# columns `finalize` fills (ids, dedup, review): not in a raw per-document frame
_CORPUS_COLUMNS = (
    "statement_id",
    "poll_id",
    "n_sources",
    "sources",
    "doc_ids",
    "reviewed",
    "review_note",
    "question_id",
)
# a sentence that takes a side represents its speaker before a neutral one
_REPRESENTS = {CUE_CONDITIONAL: 0, CUE_SUPPORT: 0, CUE_OPPOSE: 0, CUE_NEUTRAL: 1}
_REPORTER = re.compile(
    r"\b(?:told|according to|reported by|as reported by|in an interview with|interview with|quoted by|"
    r"wrote in|writing in|said in an interview with)\s+(?:the\s+)?(?:public broadcaster\s+|broadcaster\s+|newspaper\s+|daily\s+)?"  # noqa: E501
    r"([A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})"
    r"|\b([A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s+(?:reported|reports|said in a report)\b"
)


def reported_by(sentence: str, outlet: str | None, rules: Rules) -> str | None:
    """The outlet the sentence credits ("told the FT", "Politico reported"), else the publisher."""
    for m in _REPORTER.finditer(sentence):
        name = (m.group(1) or m.group(2) or "").strip()
        name = re.sub(r"['’]s$", "", name)
        if fold_lower(name).removeprefix("the ") in rules.outlets:
            return name
    return outlet


@dataclass
class Candidate:
    """One sentence's statement by one speaker, before the per-speaker merge."""

    row: dict[str, Any]
    segment: str  # the speaker's own words in this sentence (with the reporting clause)
    context: str  # the text the deployment is read from
    quotes: list[str]
    forced: tuple[str, str] | None


@dataclass
class SpeakerRows:
    """The statement-per-speaker merge of one document.

    Which sentence represents a speaker is decided at the end (`finish`): the first that takes a
    side by today's cue rules, else the first. The rules are asked only while no sentence of that
    speaker has taken a side yet, so a speaker with one sentence costs nothing here (the labeller
    reads every sentence anyway)."""

    title: str = ""
    text: str = ""
    per_statement: bool = False  # topic-free mode: one row per attributed sentence, not per speaker
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)
    last_key: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, SpeakerEvidence] = field(default_factory=dict)

    def add(self, c: Candidate) -> None:
        key = speaker_key(c.row["speaker"])
        if self.per_statement:
            key = self.last_key[key] = f"{key}|{c.row['sentence_index']}"
        else:
            self.last_key[key] = key
        self.candidates.setdefault(key, []).append(c)
        ev = self.evidence.setdefault(
            key, SpeakerEvidence(c.row["speaker"], title=self.title, text=self.text)
        )
        ev.segments.append(c.segment)
        ev.sentences.append(c.row["sentence"])
        ev.contexts.append(c.context)
        ev.quotes.extend(c.quotes)
        ev.forced.append(c.forced)

    def continue_last(self, person: str | None, words: str) -> bool:
        """The speaker's words go on in an unattributed sentence ("X said they could go. First, a
        just peace must be negotiated."): their last segment is read together with it."""
        ev = self.evidence.get(self.last_key.get(speaker_key(person), ""))
        if ev is None or not ev.segments:
            return False
        ev.segments[-1] = ev.segments[-1] + " " + words
        return True

    def _merge(self, cands: list[Candidate], rules: Rules) -> dict[str, Any]:
        best = cands[0].row
        best["n_mentions"] = 1
        best_rank: int | None = None  # the rules are asked only when a second sentence comes
        for c in cands[1:]:
            if best_rank is None:
                best_rank = _rank(cands[0], rules)
            if best_rank > 0:
                rank = _rank(c, rules)
                if rank < best_rank:
                    c.row["n_mentions"] = best["n_mentions"] + 1
                    best, best_rank = c.row, rank
                    continue
            best["n_mentions"] += 1
            if best["date_source"] == "published" and c.row["date_source"] != "published":
                # a headline or lede summarising the statement without a day, the body giving it
                # ("Putin warned ... . Speaking in Vladivostok on Friday, Putin said ..."): the text gives the day
                best["date"], best["date_source"] = c.row["date"], c.row["date_source"]
            if not best.get("quote") and c.row.get("quote"):
                best["quote"] = c.row["quote"]  # the person's words from another sentence of the document
        return best

    def finish(self, rules: Rules) -> list[dict[str, Any]]:
        """One row per speaker, the document's country for a speaker whose title names none, and
        the labels from the labeller (called once per document)."""
        rows = [self._merge(cands, rules) for cands in self.candidates.values()]
        if any(row["country"] is None for row in rows):
            fallback = document_country(rows, self.text, rules)
            for row in rows:
                if row["country"] is None and fallback:
                    row["country"] = fallback  # "Conservative leader X" in a British story
        if rows:
            label_rows(rows, [self.evidence[k] for k in self.candidates], rules)
        return rows


def _rank(c: Candidate, rules: Rules) -> int:
    """0 when today's cue rules find a side in the sentence, 1 when they find none."""
    return _REPRESENTS.get(classify_stance(c.segment, rules, forced=c.forced).stance, 1)


def document_country(rows: list[dict], text: str, rules: Rules) -> str | None:
    """The country a document is about, for a speaker whose title names none (a party leader):
    the one country of the other speakers, else the country the text names most (not the place)."""
    codes = {r["country"] for r in rows if r["country"] and r["country"] not in BODIES}
    if len(codes) == 1:
        return codes.pop()
    if codes:
        return None
    counts: dict[str, int] = {}
    for m in rules.countries.adjective_rx.finditer(text):
        if rules.place.search(m.group(1)):
            continue
        code = rules.countries.code(m.group(1))
        if code and code not in BODIES and code not in rules.subject_countries:
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def raw_frame(rows: list[dict], kind: str) -> pd.DataFrame:
    """Per-document rows as a frame with the raw columns in contract order (no ids, no dedup)."""
    cols = [
        c for c in (STATEMENT_COLUMNS if kind == "statements" else POLL_COLUMNS) if c not in _CORPUS_COLUMNS
    ] + ["doc_sources"]
    frame = pd.DataFrame(rows)
    for c in cols:
        if c not in frame.columns:
            frame[c] = None
    return frame[cols + [c for c in frame.columns if c not in cols]]
