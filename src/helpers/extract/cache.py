"""Per-document extraction cache: a re-run over unchanged documents does no extraction work.

Key = sha256(extractor version, topic fingerprint (YAML + actors + demonyms), the document's
fields). Stored in one SQLite file under the data dir's cache/ (re-derivable; safe to delete).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

DOC_FIELDS = ("doc_id", "url", "outlet", "published", "title", "text", "sources")


def doc_key(doc: dict, version: str, fingerprint: str) -> str:
    h = hashlib.sha256(f"{version}\x1e{fingerprint}".encode())
    for f in DOC_FIELDS:
        h.update(b"\x1e" + str(doc.get(f) if doc.get(f) is not None else "").encode("utf-8"))
    return h.hexdigest()


class ExtractCache:
    """A tiny key-value store of (statements, polls) rows per document."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, payload TEXT NOT NULL)")

    def get_many(self, keys: list[str]) -> dict[str, tuple[list[dict], list[dict]]]:
        out: dict[str, tuple[list[dict], list[dict]]] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            q = f"SELECT key, payload FROM docs WHERE key IN ({','.join('?' * len(chunk))})"
            for key, payload in self.db.execute(q, chunk):
                data = json.loads(payload)
                out[key] = (data["s"], data["p"])
        return out

    def put_many(self, items: dict[str, tuple[list[dict], list[dict]]]) -> None:
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO docs (key, payload) VALUES (?, ?)",
                [
                    (k, json.dumps({"s": s, "p": p}, ensure_ascii=False, default=str))
                    for k, (s, p) in items.items()
                ],
            )

    def close(self) -> None:
        self.db.close()
