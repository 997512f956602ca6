"""What notebooks 01_collect and 02_extract do, as functions a test can reach.

The notebooks only call these and show what they return.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from helpers.paths import DataLayout
from helpers.schemas import validate_or_quarantine
from helpers.tables import InputError, read_table, write_table


def prepare_documents(frame: pd.DataFrame, quarantine_dir: Path | None, *, source: str) -> pd.DataFrame:
    """A given documents table made fit for extraction: optional contract columns (url, outlet,
    published, title) filled with nulls, later copies of a doc_id and invalid rows (empty text,
    non-ISO dates ...) quarantined with the reason. `doc_id` and `text` are required."""
    from helpers.schemas import DOCUMENT_COLUMNS, write_quarantine

    missing = [c for c in ("doc_id", "text") if c not in frame.columns]
    if missing:
        raise InputError(f"{source}: documents table lacks columns {missing}")
    frame = frame.copy()
    for col in DOCUMENT_COLUMNS:
        if col not in frame.columns:
            frame[col] = None
    dup = frame["doc_id"].notna() & frame["doc_id"].duplicated(keep="first")
    if dup.any():
        repeated = frame[dup].assign(reason="doc_id: a later row with the same doc_id (the first is kept)",
                                     quarantine_source=source)
        if quarantine_dir is not None:
            write_quarantine(repeated, Path(quarantine_dir) / "documents.csv")
        frame = frame[~dup]
    valid, _bad = validate_or_quarantine(frame, "documents", quarantine_dir, source=source)
    valid.attrs["quarantined"] = int(dup.sum()) + len(_bad)
    return valid


def load_documents_file(path: str | Path, data_dir: str | Path) -> pd.DataFrame:
    """Use a ready documents file (.jsonl/.csv/.parquet) as this run's corpus.

    The file keeps its doc_ids; invalid rows go to the quarantine with the reason.
    """
    layout = DataLayout.at(data_dir)
    valid = prepare_documents(read_table(path), layout.quarantine, source=str(path))
    if valid.empty:
        raise InputError(f"{path}: no valid documents (see {layout.quarantine / 'documents.csv'})")
    write_table(valid, layout.processed, "documents")
    return valid


def collect_stage(
    *,
    data_dir: str | Path = "data",
    topic: str = "ukraine_troops",
    docs: str = "",
    urls: str = "",
    feeds: list[str] | tuple[str, ...] = (),
    sections: list[str] | tuple[str, ...] = (),
    html_dirs: list[str] | tuple[str, ...] = (),
    warc: list[str] | tuple[str, ...] = (),
    text_feeds: list[list[str]] | tuple[tuple[str, str], ...] = (),
    polls_import: list[str] | tuple[str, ...] = (),
    refresh: bool = False,
    engine: str = "local",
    scheduler: str = "",
) -> dict[str, Any]:
    """Build processed/documents (from a documents file, the web, saved HTML, WARC or the bundled corpus)
    and import poll tables. Returns a summary for the notebook to show."""
    layout = DataLayout.at(data_dir)
    summary: dict[str, Any] = {}
    if docs:
        documents = load_documents_file(docs, data_dir)
        summary["documents"] = len(documents)
        summary["source"] = str(docs)
    else:
        from helpers.collect import collect_documents

        result = collect_documents(
            data_dir=layout.root, urls=urls or None, feeds=tuple(feeds), sections=tuple(sections),
            html_dirs=tuple(html_dirs), warc=tuple(warc), topic=topic, refresh=refresh,
            text_feeds=[(feed, manifest) for feed, manifest in text_feeds],
            engine=engine, scheduler=scheduler or None,
        )
        summary.update(result.summary)
        summary["documents"] = len(result.documents)
    poll_paths, unmatched = expand_poll_paths(polls_import)
    if unmatched:
        summary["polls_import_unmatched"] = unmatched
    if poll_paths:
        from helpers.polls import import_polls

        imported = import_polls(poll_paths, data_dir=layout.root)
        summary["polls_import"] = imported.summary
        summary["polls_import_errors"] = [f.error for f in imported.failed_files]
    return summary


def expand_poll_paths(entries: list[str] | tuple[str, ...]) -> tuple[list[Path], list[str]]:
    """Files named by `polls_import`: globs expanded ("data/polls/curated/*.csv"), relative paths
    read from the working directory, else from the project root (notebooks and the report runner
    may run elsewhere). Returns (files, globs that matched nothing); a plain path that does not
    exist is kept, so the importer names it in its error."""
    import glob

    from helpers.paths import PROJECT_ROOT

    files: list[Path] = []
    unmatched: list[str] = []
    for entry in entries:
        entry = str(entry)
        if not glob.has_magic(entry):
            path = Path(entry)
            if not path.is_absolute() and not path.exists() and (PROJECT_ROOT / path).exists():
                path = PROJECT_ROOT / path
            files.append(path)
            continue
        found = sorted(glob.glob(entry)) or (
            [] if Path(entry).is_absolute() else sorted(glob.glob(str(PROJECT_ROOT / entry)))
        )
        if not found:
            unmatched.append(entry)
        files.extend(Path(f) for f in found)
    return files, unmatched


def write_extracted(
    statements: pd.DataFrame, polls: pd.DataFrame, out: str | Path
) -> dict[str, dict[str, int]]:
    """Write statements and polls as flat tables (.csv + .parquet, what the small corpus uses) and as
    month-partitioned datasets (processed/<table>_dataset/month=YYYY-MM/part-all.parquet) that
    reports aggregate with DuckDB when a corpus is too big for pandas.

    Only months whose rows changed are rewritten; returns per table how many month files were
    written, unchanged and removed.
    """
    from helpers import storage

    out = Path(out)
    written: dict[str, dict[str, int]] = {}
    for name, frame in (("statements", statements), ("polls", polls)):
        write_table(frame, out, name)
        written[name] = storage.sync_months(frame, storage.dataset_dir(out, name), date_column="date")
    return written


def extract_tables(
    documents: pd.DataFrame,
    *,
    topic: str = "ukraine_troops",
    engine: str = "local",
    scheduler: str | None = None,
    overrides_path: Path | None = None,
    quarantine_dir: Path | None = None,
    cache_dir: Path | None = None,
    data_dir: str | Path | None = None,
) -> Any:
    """Extract on the chosen engine: in-process, or mapped over partitions on a dask.distributed
    cluster (`scheduler` address, or a LocalCluster), then the same cross-document `finalize`.
    `data_dir` picks the labeller model (the folder's own retrained one when it has one)."""
    from helpers.extract import extract_corpus, finalize

    if engine == "local":
        return extract_corpus(
            documents, topic=topic, overrides_path=overrides_path, quarantine_dir=quarantine_dir,
            cache_dir=cache_dir, data_dir=data_dir,
        )
    if engine != "dask":
        raise InputError(f"unknown engine {engine!r} (use local or dask)")
    from helpers.engine import extract_with_dask

    st_raw, po_raw = extract_with_dask(
        documents, topic=topic, scheduler=scheduler or None, cache_dir=cache_dir,
        data_dir=str(data_dir) if data_dir is not None else None,
    )
    result = finalize(st_raw, po_raw, overrides_path=overrides_path, quarantine_dir=quarantine_dir, topic=topic)
    result.stats["documents"] = len(documents)
    return result


def extract_stage(
    *, data_dir: str | Path = "data", topic: str = "ukraine_troops", engine: str = "local", scheduler: str = ""
) -> dict[str, Any]:
    """Extract statements and polls from processed/documents, apply review overrides, merge polls."""
    layout = DataLayout.at(data_dir)
    if not layout.documents.exists():
        raise InputError(f"{layout.documents}: no documents yet; run 01_collect (stance-tracker collect) first")
    from helpers.polls import build_merged_table

    documents = pd.read_parquet(layout.documents)
    result = extract_tables(
        documents, topic=topic, engine=engine, scheduler=scheduler, overrides_path=layout.overrides,
        quarantine_dir=layout.quarantine, cache_dir=layout.cache, data_dir=layout.root,
    )
    months = write_extracted(result.statements, result.polls, layout.processed)
    merged = build_merged_table(layout.root)
    return {
        "documents": len(documents),
        "statements": len(result.statements),
        "polls_in_news": len(result.polls),
        "polls_merged": len(merged),
        "quarantined": sum(len(v) for v in result.quarantined.values()),
        "month_files_written": months["statements"]["written"] + months["polls"]["written"],
    }
