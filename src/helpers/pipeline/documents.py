"""A documents table given by the user, made fit for extraction (the contract's columns, no repeats).

Used by the collect stage (`docs=FILE`: use a ready file as the run's corpus) and by the extract
stage (the table it reads); invalid rows go to the quarantine with the reason.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.paths import DataLayout
from helpers.schemas import DOCUMENT_COLUMNS, validate_or_quarantine, write_quarantine
from helpers.tables import InputError, read_table, write_table


def prepare_documents(frame: pd.DataFrame, quarantine_dir: Path | None, *, source: str) -> pd.DataFrame:
    """A given documents table made fit for extraction: optional contract columns (url, outlet,
    published, title) filled with nulls, later copies of a doc_id and invalid rows (empty text,
    non-ISO dates ...) quarantined with the reason. `doc_id` and `text` are required.
    `attrs["quarantined"]` says how many rows went to the quarantine."""
    missing = [c for c in ("doc_id", "text") if c not in frame.columns]
    if missing:
        raise InputError(f"{source}: documents table lacks columns {missing}")
    frame = frame.copy()
    for col in DOCUMENT_COLUMNS:
        if col not in frame.columns:
            frame[col] = None
    dup = frame["doc_id"].notna() & frame["doc_id"].duplicated(keep="first")
    if dup.any():
        repeated = frame[dup].assign(
            reason="doc_id: a later row with the same doc_id (the first is kept)", quarantine_source=source
        )
        if quarantine_dir is not None:
            write_quarantine(repeated, Path(quarantine_dir) / "documents.csv")
        frame = frame[~dup]
    valid, bad = validate_or_quarantine(frame, "documents", quarantine_dir, source=source)
    valid.attrs["quarantined"] = int(dup.sum()) + len(bad)
    return valid


def read_documents(path: str | Path, quarantine_dir: Path | None) -> pd.DataFrame:
    """The valid documents of a file; refused when none is left (the message names the file)."""
    docs = prepare_documents(read_table(path), quarantine_dir, source=str(path))
    if docs.empty:
        where = f" (see {Path(quarantine_dir) / 'documents.csv'})" if quarantine_dir is not None else ""
        raise InputError(f"{path}: no valid documents{where}")
    return docs


def load_documents_file(path: str | Path, data_dir: str | Path) -> pd.DataFrame:
    """Use a ready documents file (.jsonl/.csv/.parquet) as this run's corpus: its valid rows
    become processed/documents (doc_ids kept)."""
    layout = DataLayout.at(data_dir)
    valid = read_documents(path, layout.quarantine)
    write_table(valid, layout.processed, "documents")
    return valid
