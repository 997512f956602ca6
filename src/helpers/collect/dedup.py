"""One story, one document: collapse same-URL, same-text and near-duplicate copies.

Three keys, cheapest first: the normalized URL (tracking parameters and fragments stripped),
the hash of the whitespace-normalised text, then near-duplicates found with MinHash LSH
(datasketch) on word 5-shingles and confirmed with rapidfuzz, which catches syndicated copies
with a different header/footer and the same teaser shown on several pages. The surviving
document lists every copy in `sources` (JSON) and counts them in `n_sources`.
"""

from __future__ import annotations

import hashlib
import json
import re

import pandas as pd

from helpers.collect.urls import normalize_url

NEAR_DUP_JACCARD = 0.8  # LSH candidate threshold on 5-shingles
NEAR_DUP_CONFIRM = 90.0  # rapidfuzz partial/token ratio needed to merge a candidate
_WORD = re.compile(r"\w+", re.UNICODE)


def text_sha256(text: str) -> str:
    """Hash of the whitespace-normalised text: the identity of a document's content."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _shingles(text: str, k: int = 5) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # keep the earlier row as the representative
            self.parent[max(ra, rb)] = min(ra, rb)


def _near_duplicate_pairs(texts: list[str]) -> list[tuple[int, int, float]]:
    # datasketch and rapidfuzz load only when there are texts to compare
    from datasketch import MinHash, MinHashLSH
    from rapidfuzz import fuzz

    lsh = MinHashLSH(threshold=NEAR_DUP_JACCARD, num_perm=64)
    hashes: list[MinHash | None] = []
    pairs: list[tuple[int, int, float]] = []
    for i, text in enumerate(texts):
        sh = _shingles(text)
        if not sh:
            hashes.append(None)
            continue
        mh = MinHash(num_perm=64)
        mh.update_batch([s.encode("utf-8") for s in sh])
        for other in lsh.query(mh):
            j = int(other)
            a, b = texts[j], text
            short, long_ = (a, b) if len(a) <= len(b) else (b, a)
            # a teaser inside a longer page is still the same story
            score = fuzz.ratio(a, b) if len(short) > 0.8 * len(long_) else fuzz.partial_ratio(short, long_)
            if score >= NEAR_DUP_CONFIRM:
                pairs.append((j, i, score))
        lsh.insert(str(i), mh)
        hashes.append(mh)
    return pairs


def _source_of(row: dict) -> list[dict]:
    try:
        listed = json.loads(row.get("sources") or "[]")
    except (TypeError, ValueError):
        listed = []
    if listed:
        return listed
    return [
        {
            "doc_id": row.get("doc_id"),
            "url": row.get("url"),
            "outlet": row.get("outlet"),
            "published": row.get("published"),
        }
    ]


def deduplicate(documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (one row per story with `sources`/`n_sources`, the merged-away rows with `reason`).

    Rows are processed in order, so the first copy (put the preferred one first) survives.
    """
    if documents.empty:
        return documents.assign(n_sources=pd.Series(dtype=int)), documents.assign(
            reason=pd.Series(dtype=object)
        )
    rows = documents.reset_index(drop=True).to_dict("records")
    n = len(rows)
    uf = _UnionFind(n)
    why: dict[int, str] = {}
    by_url: dict[str, int] = {}
    by_hash: dict[str, int] = {}
    for i, row in enumerate(rows):
        url = row.get("url")
        if url:
            key = normalize_url(url)
            if key in by_url:
                uf.union(by_url[key], i)
                why.setdefault(i, f"same URL as {rows[by_url[key]]['doc_id']}")
                continue
            by_url[key] = i
        digest = row.get("sha256") or text_sha256(row.get("text") or "")
        row["sha256"] = digest
        if digest in by_hash:
            uf.union(by_hash[digest], i)
            why.setdefault(i, f"same text as {rows[by_hash[digest]]['doc_id']}")
            continue
        by_hash[digest] = i
    survivors = [i for i in range(n) if uf.find(i) == i]
    for j, i, score in _near_duplicate_pairs([rows[k].get("text") or "" for k in survivors]):
        a, b = survivors[j], survivors[i]
        uf.union(a, b)
        why.setdefault(max(a, b), f"near-duplicate of {rows[min(a, b)]['doc_id']} (similarity {score:.0f})")

    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(uf.find(i), []).append(i)
    kept, dropped = [], []
    for root, members in groups.items():
        main = dict(rows[root])
        sources: list[dict] = []
        seen: set[tuple] = set()
        for m in members:
            for src in _source_of(rows[m]):
                ident = (src.get("url"), src.get("line"), src.get("doc_id"))
                if ident not in seen:
                    seen.add(ident)
                    sources.append(src)
            if m != root:
                dropped.append(
                    {
                        **rows[m],
                        "reason": f"duplicate: {why.get(m, 'same story as ' + main['doc_id'])}",
                        "duplicate_of": main["doc_id"],
                    }
                )
        main["sources"] = json.dumps(sources, ensure_ascii=False)
        main["n_sources"] = len(sources)
        kept.append(main)
    kept_frame = pd.DataFrame(
        kept,
        columns=list(documents.columns) + [c for c in ("sources", "n_sources") if c not in documents.columns],
    )
    return kept_frame, pd.DataFrame(dropped)
