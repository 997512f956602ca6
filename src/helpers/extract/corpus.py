"""A corpus of documents -> the statements and polls tables.

`extract_documents` is pure and per document (safe to map over partitions, e.g. with dask);
`finalize` does everything that needs the whole corpus (dedup, ids, overrides, validation);
`extract_corpus` = cache + per-document extraction + finalize, the one call the CLI and
notebooks use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.extract.cache import extract_with_cache
from helpers.extract.dedup import dedup_rows, order_for_dedup, poll_id, statement_id
from helpers.extract.document import extract_document
from helpers.extract.normalize import speaker_key
from helpers.extract.rows import POLL_COLUMNS, STATEMENT_COLUMNS, raw_frame
from helpers.extract.rules import Rules, compile_rules
from helpers.extract.version import EXTRACTOR_VERSION
from helpers.overrides import apply_overrides
from helpers.schemas import statements_schema, validate_or_quarantine
from helpers.tables import InputError
from helpers.topics import DEFAULT_TOPIC, load_topic


@dataclass
class ExtractResult:
    statements: pd.DataFrame
    polls: pd.DataFrame
    quarantined: dict[str, pd.DataFrame] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)


DocumentRows = tuple[list[dict], list[dict]]  # one document's raw statement rows and poll rows


def extract_many(records: list[dict], rules: Rules) -> list[DocumentRows]:
    """Per-document raw rows (what the extraction cache stores), in order."""
    return [extract_document(doc, rules) for doc in records]


def extract_records(records: list[dict], topic: str, data_dir: str | None = None) -> list[DocumentRows]:
    """`extract_many` for one partition of documents, from names a worker can receive (it compiles
    the topic's rules itself): the unit the pipeline's Dask engine maps over a cluster."""
    return extract_many(records, compile_rules(topic, data_dir))


def extract_documents(
    documents: pd.DataFrame, topic: str = DEFAULT_TOPIC, data_dir: str | Path | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pure per-document extraction: raw statements and poll rows (no ids, no dedup). `data_dir`
    picks the labeller model (its own retrained one when it has one)."""
    rules = compile_rules(topic, str(data_dir) if data_dir is not None else None)
    st_rows: list[dict] = []
    po_rows: list[dict] = []
    for s, p in extract_many(documents.to_dict("records"), rules):
        st_rows.extend(s)
        po_rows.extend(p)
    return raw_frame(st_rows, "statements"), raw_frame(po_rows, "polls")


def finalize(
    statements_raw: pd.DataFrame,
    polls_raw: pd.DataFrame,
    *,
    overrides_path: Path | None = None,
    quarantine_dir: Path | None = None,
    topic: str | None = None,
) -> ExtractResult:
    """Corpus-wide steps: stable ids, cross-document dedup, review overrides, validation (against
    the topic's own label sets when its file declares them, `labels:`)."""

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
    good_st, bad_st = validate_or_quarantine(
        statements, "statements", q, source="extract", schema=topic_statements_schema(topic)
    )
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


def topic_statements_schema(topic: str | None) -> Any:
    """The statements schema with a topic's own label sets (None: the default topic's)."""
    if topic is None:
        return None

    return statements_schema(load_topic(topic))


def extract_corpus(
    documents: pd.DataFrame,
    *,
    topic: str = DEFAULT_TOPIC,
    overrides_path: Path | None = None,
    quarantine_dir: Path | None = None,
    cache_dir: Path | None = None,
    data_dir: str | Path | None = None,
    map_documents: Callable[[list[dict]], list[DocumentRows]] | None = None,
) -> ExtractResult:
    """Extract a whole corpus: cached per-document extraction, then `finalize`. `data_dir` picks
    the labeller model (the folder's own retrained one when it has one, else the shipped one).
    `map_documents` extracts the documents the cache lacks (default: here, `extract_many`; the
    pipeline passes a Dask fan-out); it must return one DocumentRows per record, in order."""
    missing = [c for c in ("doc_id", "text") if c not in documents.columns]
    if missing:
        raise InputError(f"documents table lacks columns {missing}")
    rules = compile_rules(topic, str(data_dir) if data_dir is not None else None)
    records = documents.to_dict("records")
    hits = 0
    run = map_documents or (lambda docs: extract_many(docs, rules))
    if cache_dir is not None:
        st_rows, po_rows, hits = extract_with_cache(
            records, EXTRACTOR_VERSION, rules.fingerprint, Path(cache_dir), run
        )
    else:
        st_rows, po_rows = [], []
        for s, p in run(records):
            st_rows.extend(s)
            po_rows.extend(p)
    result = finalize(
        raw_frame(st_rows, "statements"),
        raw_frame(po_rows, "polls"),
        overrides_path=overrides_path,
        quarantine_dir=quarantine_dir,
        topic=topic,
    )
    result.stats.update(documents=len(records), cache_hits=hits, extracted=len(records) - hits)
    return result
