"""Cross-document dedup: one row per statement however many outlets reported it.

Why: syndicated copies and rewrites of one wire story would otherwise count one sentence
as many statements on the timeline. Rows merge when the speaker is the same, the dates are
within `max_days`, the stance agrees and the words are similar (rapidfuzz); the kept row
lists every source and counts them.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

import pandas as pd
from rapidfuzz import fuzz

from helpers.extract.normalize import speaker_key, squash


def statement_id(doc_id: str, speaker: str | None, sentence: str) -> str:
    """Stable id: the same document, speaker and sentence give the same id on every run."""
    raw = f"{doc_id}\x1f{speaker_key(speaker) or '-'}\x1f{squash(sentence).lower()}"
    return "st-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def poll_id(
    doc_id: str, country: str | None, support: float | None, oppose: float | None, sentence: str
) -> str:
    raw = f"{doc_id}\x1f{country}\x1f{support}\x1f{oppose}\x1f{squash(sentence).lower()}"
    return "po-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _days(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 10**6
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _clean(value: object) -> object:
    """None for missing values (NaN would be written as invalid JSON)."""
    return None if value is None or (isinstance(value, float) and value != value) else value


def _source(row: dict) -> list[dict]:
    """The row's own document plus any sources the document already lists (syndicated copies)."""
    out = [
        {
            "doc_id": _clean(row.get("doc_id")),
            "url": _clean(row.get("url")),
            "outlet": _clean(row.get("outlet")),
            "published": _clean(row.get("published")),
        }
    ]
    extra = row.get("doc_sources")
    if isinstance(extra, str) and extra.startswith("["):
        try:
            for s in json.loads(extra):
                item = {
                    "doc_id": _clean(row.get("doc_id")),
                    "url": _clean(s.get("url")),
                    "outlet": _clean(s.get("outlet")),
                    "published": _clean(s.get("published")),
                }
                if item not in out:
                    out.append(item)
        except (ValueError, AttributeError):
            pass
    return out


def _text_for_similarity(row: dict) -> str:
    for f in ("quote", "sentence"):
        v = row.get(f)
        if isinstance(v, str) and v:
            return v.lower()
    return ""


def dedup_rows(rows: list[dict], *, key: str, max_days: int = 3, min_similarity: float = 85.0) -> list[dict]:
    """Merge near-duplicate rows (same `key` value); rows must be in a deterministic order.

    Candidates are looked up by (key, stance, day), so the cost grows with the number of
    rows on nearby days, not with the corpus.
    """
    kept: list[dict] = []
    index: dict[tuple[str, object, str], list[int]] = {}
    for row in rows:
        k = row.get(key) or ""
        day = row.get("date") or ""
        merged = False
        if k and day:
            d0 = date.fromisoformat(day)
            near = [(d0 + timedelta(days=o)).isoformat() for o in range(-max_days, max_days + 1)]
            for i in (i for d in near for i in index.get((k, row.get("stance"), d), ())):
                rep = kept[i]
                if rep.get("doc_id") == row.get("doc_id"):
                    continue
                if (
                    min_similarity
                    and fuzz.token_set_ratio(_text_for_similarity(rep), _text_for_similarity(row))
                    < min_similarity
                ):
                    continue
                for s in _source(row):
                    if s not in rep["_sources"]:
                        rep["_sources"].append(s)
                rep["_doc_ids"].append(row.get("doc_id"))
                merged = True
                break
        if not merged:
            new = dict(row)
            new["_sources"] = _source(row)
            new["_doc_ids"] = [row.get("doc_id")]
            if k and day:
                index.setdefault((k, row.get("stance"), day), []).append(len(kept))
            kept.append(new)
    for rep in kept:
        srcs = rep.pop("_sources")
        rep["n_sources"] = len({(s.get("url") or "", s.get("outlet") or "", s.get("doc_id")) for s in srcs})
        rep["sources"] = json.dumps(srcs, ensure_ascii=False)
        rep["doc_ids"] = json.dumps(sorted(set(rep.pop("_doc_ids"))))
        rep.pop("doc_sources", None)
    return kept


def order_for_dedup(frame: pd.DataFrame) -> pd.DataFrame:
    """Earliest publication first, then doc_id: the kept row does not depend on input order."""
    if frame.empty:
        return frame
    return (
        frame.assign(_p=frame["published"].fillna("9999"), _d=frame["doc_id"].astype(str))
        .sort_values(["_p", "_d", "sentence_index"], kind="stable")
        .drop(columns=["_p", "_d"])
    )
