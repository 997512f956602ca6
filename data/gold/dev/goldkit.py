"""Writing a gold set in the seed's format (docs.jsonl, statements.jsonl, polls.jsonl).

The build scripts beside it call `doc`, `st` and `po` once per row, then `write`.
"""

from __future__ import annotations

import json
from pathlib import Path


class GoldSet:
    """Rows of one gold set; doc_ids are `<prefix>-NN`."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.docs: list[dict] = []
        self.statements: list[dict] = []
        self.polls: list[dict] = []

    def _id(self, i: int) -> str:
        return f"{self.prefix}-{i:02d}"

    def doc(self, i: int, pub: str, outlet: str, text: str, title: str | None = None) -> None:
        self.docs.append({"doc_id": self._id(i), "url": None, "outlet": outlet, "published": pub,
                          "title": title, "text": text})

    def st(self, i: int, speaker: str, country: str, date: str, stance: str, dep: str,
           role: str | None = None, quote: str | None = None) -> None:
        self.statements.append({"doc_id": self._id(i), "speaker": speaker, "speaker_role": role,
                                "country": country, "date": date, "stance": stance, "deployment": dep,
                                "quote": quote})

    def po(self, i: int, country: str, date: str, pollster: str, sup: float, opp: float | None,
           q: str | None = None) -> None:
        self.polls.append({"doc_id": self._id(i), "country": country, "date": date, "pollster": pollster,
                           "share_support": sup, "share_oppose": opp, "question": q})

    def write(self, out: Path) -> None:
        for name, rows in (("docs", self.docs), ("statements", self.statements), ("polls", self.polls)):
            with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(len(self.docs), len(self.statements), len(self.polls))
