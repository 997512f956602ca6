"""The labeller's training corpus: documents written from real events, with gold rows.

Layout: `data/training/<topic>/<part>/{docs,statements,polls}.jsonl` (the gold sets' row format
plus `event_id`, `source_urls` and `style` on documents, `evidence`, `rewrites` and `hard_case` on
statements) and `data/training/<topic>/frozen_test_events.txt`. Each statement becomes one
original example read from its evidence (the speaker's own words in the document) and one
augmented example per rewrite; all of them carry the document's event as their group, so a
rewrite always lands in the same cross-validation fold as its original and no event is ever on
both sides of a split.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from helpers.extract.labeller.features import LabelInput
from helpers.tables import InputError

DOC_FIELDS = ("doc_id", "event_id", "url", "outlet", "published", "title", "text", "source_urls")
STATEMENT_FIELDS = ("doc_id", "speaker", "country", "date", "stance", "deployment", "evidence", "rewrites")
FROZEN_TEST_FILE = "frozen_test_events.txt"


@dataclass
class Example:
    """One labelled statement as the labeller sees it."""

    key: str  # doc_id|speaker (originals) or doc_id|speaker|rewrite-n
    group: str  # event id: the unit of every split
    stance: str
    deployment: str | None
    x: LabelInput
    augmented: bool = False
    hard_case: str | None = None
    source: str = "corpus"  # corpus | review
    part: str = ""  # the corpus part (one writer, one period) the row comes from


@dataclass
class Corpus:
    topic: str
    docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    statements: list[dict[str, Any]] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    @property
    def events(self) -> set[str]:
        return {str(d["event_id"]) for d in self.docs.values()}


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if not path.exists():
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{n}: not valid JSON ({err.msg})") from err
        if not isinstance(row, dict):
            raise InputError(f"{path}:{n}: a line must be a JSON object")
        row["_where"] = f"{path}:{n}"
        rows.append(row)
    return rows


def part_dirs(topic_dir: Path) -> list[Path]:
    return (
        sorted(p for p in topic_dir.iterdir() if p.is_dir() and (p / "docs.jsonl").exists())
        if topic_dir.exists()
        else []
    )


def validate_part(
    part: Path, stance_labels: Iterable[str], deployment_labels: Iterable[str] | None
) -> list[str]:
    """Every problem of one corpus part, each naming file and line; empty when the part is clean."""
    stance_ok, dep_ok = set(stance_labels), set(deployment_labels) if deployment_labels is not None else None
    problems: list[str] = []
    docs = {}
    for d in _read_jsonl(part / "docs.jsonl"):
        missing = [f for f in DOC_FIELDS if not d.get(f)]
        if missing:
            problems.append(f"{d['_where']}: missing {missing}")
        if d.get("doc_id") in docs:
            problems.append(f"{d['_where']}: doc_id {d.get('doc_id')!r} repeated")
        docs[d.get("doc_id")] = d
    seen = set()
    for s in _read_jsonl(part / "statements.jsonl"):
        where = s["_where"]
        missing = [
            f for f in STATEMENT_FIELDS if f not in s or (s[f] in (None, "", []) and f != "deployment")
        ]
        if missing:
            problems.append(f"{where}: missing {missing}")
            continue
        doc = docs.get(s["doc_id"])
        if doc is None:
            problems.append(f"{where}: doc_id {s['doc_id']!r} not in docs.jsonl")
            continue
        if s["stance"] not in stance_ok:
            problems.append(f"{where}: stance {s['stance']!r} not one of {sorted(stance_ok)}")
        if dep_ok is None and s.get("deployment") is not None:
            problems.append(f"{where}: this topic has no deployment dimension; deployment must be null")
        if dep_ok is not None and s.get("deployment") not in dep_ok:
            problems.append(f"{where}: deployment {s.get('deployment')!r} not one of {sorted(dep_ok)}")
        text = doc.get("text") or ""
        for ev in s["evidence"] if isinstance(s["evidence"], list) else [s["evidence"]]:
            if ev not in text:
                problems.append(f"{where}: evidence not found verbatim in {s['doc_id']}: {ev[:60]!r}")
        last = str(s["speaker"]).split()[-1]
        if last.lower() not in text.lower():
            problems.append(f"{where}: speaker surname {last!r} not in the text of {s['doc_id']}")
        if str(s.get("date") or "") > str(doc.get("published") or "9999"):
            problems.append(f"{where}: date {s.get('date')} after publication {doc.get('published')}")
        rw = s.get("rewrites") or []
        if not isinstance(rw, list) or not all(isinstance(r, dict) and r.get("text") for r in rw):
            problems.append(f"{where}: rewrites must be a list of {{style, text}} objects")
        key = (s["doc_id"], str(s["speaker"]).lower())
        if key in seen:
            problems.append(
                f"{where}: second row for {s['speaker']} in {s['doc_id']} (one row per document and person)"
            )
        seen.add(key)
    return problems


def load_corpus(topic_dir: str | Path, topic: str = "") -> Corpus:
    """All parts of one topic's corpus (documents keyed by doc_id; ids must be unique across parts)."""
    topic_dir = Path(topic_dir)
    corpus = Corpus(topic=topic or topic_dir.name)
    for part in part_dirs(topic_dir):
        corpus.parts.append(part.name)
        for d in _read_jsonl(part / "docs.jsonl"):
            if d.get("doc_id") in corpus.docs:
                raise InputError(f"{d['_where']}: doc_id {d.get('doc_id')!r} already used in another part")
            corpus.docs[str(d["doc_id"])] = d
        for s in _read_jsonl(part / "statements.jsonl"):
            if s.get("doc_id") in corpus.docs:
                corpus.statements.append(s)
    return corpus


def frozen_test_events(topic_dir: str | Path, events: set[str], share: float = 0.2) -> set[str]:
    """The frozen test events: read from `frozen_test_events.txt`; events that are new since the
    file was written are assigned by a hash of their id (stable, never by their labels) and
    appended, so the split only ever grows and no event moves between train and test."""
    path = Path(topic_dir) / FROZEN_TEST_FILE
    listed: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                ev, _, side = line.partition("\t")
                listed[ev.strip()] = side.strip() or "test"
    new = sorted(events - set(listed))
    if new:
        for ev in new:
            h = int(hashlib.sha256(ev.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
            listed[ev] = "test" if h < share else "train"
        lines = ["# event_id<TAB>split. Frozen: never edit a line; new events are appended by hash."]
        lines += [f"{ev}\t{side}" for ev, side in listed.items()]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {ev for ev, side in listed.items() if side == "test"}
