"""The one kit the gold-set builders in tools/gold/ share: row helpers and the JSONL writer.

The gold sets themselves are data (data/gold/<set>/{docs,statements,polls}.jsonl); these
builders are the recipe that wrote them, kept so a set can be regenerated or extended. Every
builder takes `--out DIR` (default: its folder under data/gold/) and writes byte-identical files
(tests/test_gold_builders.py regenerates each one into a temporary folder and compares).
Run one from the repository root: `python tools/gold/build_dev.py`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

GOLD_DIR = Path(__file__).resolve().parents[2] / "data" / "gold"

Row = dict[str, Any]


def out_dir(default: Path, description: str | None = None) -> Path:
    """The folder to write into: `--out DIR` or the set's own folder under data/gold/."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=default, help=f"output folder (default: {default})")
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    return out


def write_jsonl(path: Path, rows: Iterable[Row]) -> None:
    """One JSON object per line, UTF-8 kept as is (names such as Nausėda stay readable)."""
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_gold(out: Path, docs: list[Row], statements: list[Row], polls: list[Row]) -> None:
    """docs.jsonl, statements.jsonl and polls.jsonl: the layout every gold set and the scorer share."""
    for name, rows in (("docs", docs), ("statements", statements), ("polls", polls)):
        write_jsonl(out / f"{name}.jsonl", rows)
    print(f"{out}: {len(docs)} documents, {len(statements)} statements, {len(polls)} polls")


class GoldSet:
    """Rows of one gold set written doc by doc (`doc`, `st`, `po`); doc_ids are `<prefix>-NN`."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.docs: list[Row] = []
        self.statements: list[Row] = []
        self.polls: list[Row] = []

    def _id(self, i: int) -> str:
        return f"{self.prefix}-{i:02d}"

    def doc(self, i: int, pub: str, outlet: str, text: str, title: str | None = None) -> None:
        self.docs.append(
            {
                "doc_id": self._id(i),
                "url": None,
                "outlet": outlet,
                "published": pub,
                "title": title,
                "text": text,
            }
        )

    def st(
        self,
        i: int,
        speaker: str,
        country: str,
        date: str,
        stance: str,
        dep: str,
        role: str | None = None,
        quote: str | None = None,
    ) -> None:
        self.statements.append(
            {
                "doc_id": self._id(i),
                "speaker": speaker,
                "speaker_role": role,
                "country": country,
                "date": date,
                "stance": stance,
                "deployment": dep,
                "quote": quote,
            }
        )

    def po(
        self,
        i: int,
        country: str,
        date: str,
        pollster: str | None,
        sup: float,
        opp: float | None,
        q: str | None = None,
    ) -> None:
        self.polls.append(
            {
                "doc_id": self._id(i),
                "country": country,
                "date": date,
                "pollster": pollster,
                "share_support": sup,
                "share_oppose": opp,
                "question": q,
            }
        )

    def write(self, out: Path) -> None:
        write_gold(out, self.docs, self.statements, self.polls)


# --- nested documents (the held-out sets): each doc dict carries its own "st" and "po" rows ---

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def wd(pub: str, day: str) -> str:
    """The most recent `day` (a weekday name) on or before the publication date: "said on Monday"."""
    p = dt.date.fromisoformat(pub)
    delta = (p.weekday() - DAYS.index(day.lower())) % 7
    return (p - dt.timedelta(days=delta)).isoformat()


def S(  # short names keep the long specs readable
    speaker: str,
    role: str | None,
    cc: str,
    date: str,
    stance: str,
    dep: str,
    quote: str | None = None,
) -> Row:
    """A statement row of a nested document."""
    return dict(
        speaker=speaker, speaker_role=role, country=cc, date=date, stance=stance, deployment=dep, quote=quote
    )


def P(cc: str, date: str, pollster: str | None, sup: float, opp: float | None, q: str | None) -> Row:
    """A poll row of a nested document (shares as floats, as the scorer reads them)."""
    return dict(
        country=cc,
        date=date,
        pollster=pollster,
        share_support=float(sup),
        share_oppose=None if opp is None else float(opp),
        question=q,
    )


def write_nested(docs: list[Row], out: Path) -> None:
    """Flatten nested documents into the three files, refusing a repeated doc_id, a statement dated
    after its document, or two statements by one surname in one document (the scorer's key)."""
    ids: set[str] = set()
    meta_rows: list[Row] = []
    st_rows: list[Row] = []
    po_rows: list[Row] = []
    for d in docs:
        if d["doc_id"] in ids:
            raise ValueError(f"{d['doc_id']}: doc_id used twice")
        ids.add(d["doc_id"])
        meta_rows.append({k: d[k] for k in ("doc_id", "url", "outlet", "published", "title", "text")})
        surnames: set[str] = set()
        for s in d.get("st", []):
            if s["date"] > d["published"]:
                raise ValueError(f"{d['doc_id']}: statement by {s['speaker']} dated after publication")
            surname = s["speaker"].split()[-1]
            if surname in surnames:
                raise ValueError(f"{d['doc_id']}: two statements by {surname}")
            surnames.add(surname)
            st_rows.append({"doc_id": d["doc_id"], **s})
        po_rows.extend({"doc_id": d["doc_id"], **p} for p in d.get("po", []))
    write_gold(out, meta_rows, st_rows, po_rows)


class PollsNewsKit:
    """The documents and poll rows of a polls-in-news gold set, numbered `<prefix>-NN`: what the
    polls_news builders share (one document per reported poll story, rows in the gold's shape)."""

    def __init__(self, prefix: str, outlet: str) -> None:
        self.prefix, self.outlet = prefix, outlet
        self.docs: list[Row] = []
        self.polls: list[Row] = []

    def id(self, i: int) -> str:
        return f"{self.prefix}-{i:02d}"

    def doc(self, i: int, pub: str, title: str, text: str, source: str) -> None:
        self.docs.append(
            {
                "doc_id": self.id(i),
                "url": None,
                "outlet": self.outlet,
                "published": pub,
                "title": title,
                "text": text,
                "source": source,
            }
        )

    def po(
        self,
        i: int,
        country: str,
        date: str,
        pollster: str,
        sup: float,
        opp: float | None,
        dk: float | None = None,
        q: str | None = None,
        **extra: object,
    ) -> None:
        row: Row = {
            "doc_id": self.id(i),
            "country": country,
            "date": date,
            "pollster": pollster,
            "share_support": sup,
            "share_oppose": opp,
            "share_dont_know": dk,
            "question": q,
        }
        row.update(extra)
        self.polls.append(row)
