"""Per-document extraction cache: a re-run over unchanged documents does no extraction work.

Key = sha256(extractor version, topic fingerprint (YAML + actors + demonyms), the document's
fields). Stored in one SQLite file under the data dir's cache/ (re-derivable; safe to delete).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
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


DocRows = tuple[list[dict], list[dict]]


def extract_with_cache(
    records: list[dict],
    version: str,
    fingerprint: str,
    cache_dir: Path,
    extract_many: Callable[[list[dict]], list[DocRows]],
) -> tuple[list[dict], list[dict], int]:
    """(statement rows, poll rows, cache hits) for `records` in order: cached documents are read,
    the others go to `extract_many` in one call (local loop or a cluster) and are stored.

    Why one function: the local and the dask engines must key, read and store the cache the same
    way, or a rerun on one engine would redo the other's work."""
    keys = [doc_key(d, version, fingerprint) for d in records]
    cache = ExtractCache(Path(cache_dir) / "extract.sqlite")
    try:
        found = cache.get_many(keys)
        todo = [i for i, k in enumerate(keys) if k not in found]
        if todo:
            fresh = dict(zip([keys[i] for i in todo], extract_many([records[i] for i in todo]), strict=True))
            cache.put_many(fresh)
            found.update(fresh)
    finally:
        cache.close()
    statements = [row for k in keys for row in found[k][0]]
    polls = [row for k in keys for row in found[k][1]]
    return statements, polls, len(keys) - len(todo)
