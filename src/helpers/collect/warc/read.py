"""`read_warc_documents`: WARC files -> one documents table, incrementally.

With a `data_dir`, every file's output is stored as soon as it is finished (documents in
`processed/warc/documents/month=YYYY-MM/`, failures in `processed/warc/failures/`) and the
file is entered in `processed/warc/_ledger.csv` by name + sha256. A later run skips files
whose name and checksum are in the ledger and reads their rows back, so a second run over
the same files parses nothing, adding one file processes only that one, and a killed run
resumes where it stopped. The returned tables are the same either way.

Where the files are processed is the caller's choice, not this module's: `map_files` runs the
per-file task (`process_warc_file`, or `warc_file_task` with storage) over the files. By default
they run one after the other in this process; the pipeline passes a mapper that fans them out
over a Dask cluster. Results come back to this process, which alone writes storage, so the
tables do not depend on where or in which order the files ran.
"""

from __future__ import annotations

import functools
import glob
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

from helpers import storage
from helpers.collect.warc.documents import (
    FAILURE_COLUMNS,
    OUTCOMES,
    WARC_DOCUMENT_COLUMNS,
    FileResult,
    file_sha256,
    process_warc_file,
)
from helpers.paths import DataLayout
from helpers.tables import InputError
from helpers.topics import DEFAULT_TOPIC, Topic, load_topic

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


@dataclass
class WarcResult:
    """Documents (deduplicated, with WARC provenance), failure rows, summed counts, and the ledger rows."""

    documents: pd.DataFrame
    failures: pd.DataFrame
    counts: dict[str, int] = field(default_factory=dict)
    files: pd.DataFrame = field(default_factory=pd.DataFrame)  # one ledger row per input file


class FileMapper(Protocol):
    """Runs `func(unit)` for every unit, wherever it likes, and calls `on_result(i, result)` in this
    process as each one finishes (any order). The pipeline's `map_units` with `keep_results=False`
    (engine and scheduler bound) is one; the tasks it is given are picklable, as Dask needs."""

    def __call__(
        self, func: Callable[[Any], Any], units: Sequence[Any], *, on_result: Callable[[int, Any], None]
    ) -> object: ...


def map_in_process(
    func: Callable[[Any], Any], units: Sequence[Any], *, on_result: Callable[[int, Any], None]
) -> None:
    """The default `FileMapper`: one unit after the other, here."""
    for i, unit in enumerate(units):
        on_result(i, func(unit))


def warc_dirs(data_dir: str | Path) -> dict[str, Path]:
    """Where stored WARC output lives under a data folder: documents, failures and the ledger."""
    root = DataLayout.at(data_dir).processed / "warc"
    return {
        "root": root,
        "documents": root / "documents",
        "failures": root / "failures",
        "ledger": root / "_ledger.csv",
    }


def expand_paths(paths: str | Path | Sequence[str | Path]) -> list[Path]:
    """Files named by paths, globs or folders (their *.warc[.gz] files), sorted, each once."""
    items = [paths] if isinstance(paths, str | Path) else list(paths)
    found: dict[str, Path] = {}
    for item in items:
        text = str(item)
        if any(ch in text for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True) if Path(m).is_file())
            if not matches:
                raise InputError(f"{text}: the pattern matches no file")
        elif Path(text).is_dir():
            matches = sorted(
                p for p in Path(text).rglob("*") if p.is_file() and p.name.lower().endswith(WARC_SUFFIXES)
            )
            if not matches:
                raise InputError(f"{text}: the folder holds no .warc / .warc.gz file")
        elif Path(text).is_file():
            matches = [Path(text)]
        else:
            raise InputError(f"{text}: no such WARC file")
        for m in matches:
            found.setdefault(str(m.resolve()), m)
    names = Counter(p.name for p in found.values())
    clash = [n for n, c in names.items() if c > 1]
    if clash:  # provenance and the ledger identify a file by its name
        raise InputError(
            f"two input files share the name {clash[0]!r}; rename one (names identify WARC files)"
        )
    return sorted(found.values(), key=lambda p: p.name)


def dedupe_documents(frame: pd.DataFrame) -> pd.DataFrame:
    """One document per URL and per text: the earliest capture, listing every capture in `sources`.

    Re-crawls of a URL and syndicated copies of one text are common in news archives; a
    duplicate must not become a second statement.
    """
    if frame.empty:
        return frame.reset_index(drop=True)
    frame = frame.sort_values(["warc_date", "warc_file", "warc_offset"], kind="stable").reset_index(drop=True)
    keep: dict[int, list[dict]] = {}
    owner_by_id: dict[str, int] = {}
    owner_by_text: dict[str, int] = {}
    columns = zip(
        frame["doc_id"].astype(str), frame["sha256"].astype(str), frame["sources"].astype(str), strict=True
    )
    for i, (doc_id, sha, sources_json) in enumerate(columns):
        owner = owner_by_id.get(doc_id, owner_by_text.get(sha))
        sources = json.loads(sources_json)
        if owner is None:
            keep[i] = sources
            owner_by_id[doc_id] = i
            owner_by_text[sha] = i
        else:
            keep[owner].extend(sources)
            owner_by_id.setdefault(doc_id, owner)
    out = frame.loc[list(keep)].copy()
    out["sources"] = [json.dumps(keep[i], ensure_ascii=False) for i in keep]
    out["n_sources"] = [len(keep[i]) for i in keep]
    return out.sort_values(["warc_file", "warc_offset"], kind="stable").reset_index(drop=True)


def _ledger_row(result: FileResult, path: Path, sha: str, engine: str) -> dict[str, object]:
    return {
        "file": path.name,
        "sha256": sha,
        "bytes": path.stat().st_size,
        "key": storage.fragment_key(path.name, sha),
        "records": result.counts.get("records", 0),
        "kept": result.counts.get("kept", 0),
        "failed": result.counts.get("failed", 0),
        "seconds": round(result.seconds, 3),
        "engine": engine,
        "counts": result.counts,
    }


def _sum_counts(rows: list[dict[str, int]]) -> dict[str, int]:
    total: Counter[str] = Counter({k: 0 for k in ("records", *OUTCOMES)})
    for counts in rows:
        total.update({k: int(v) for k, v in counts.items()})
    return dict(total)


def read_warc_documents(
    paths: str | Path | Sequence[str | Path],
    *,
    topic: str | Topic = DEFAULT_TOPIC,
    data_dir: str | Path | None = None,
    map_files: FileMapper | None = None,
    engine: str = "local",
) -> WarcResult:
    """Documents (with WARC provenance), failures and counts from WARC / WARC.gz files.

    `map_files` runs the per-file work (see `FileMapper`; None: in this process, one file after
    the other); `engine` names what it runs on, for the ledger. With `data_dir`, files already
    processed (same name and sha256) are read back from storage instead of being processed again.
    """
    if map_files is None and engine != "local":
        raise InputError(
            f"engine {engine!r}: WARC files run in this process unless a file mapper is given "
            "(the pipeline passes one for Dask)"
        )
    run = map_files or map_in_process
    files = expand_paths(paths)
    topic_obj = load_topic(topic) if isinstance(topic, str) else topic
    if data_dir is None:
        results: list[FileResult | None] = [None] * len(files)

        def keep(i: int, result: FileResult) -> None:
            results[i] = result

        run(functools.partial(process_warc_file, topic=topic_obj), files, on_result=keep)
        _check_all_ran(files, [r is not None for r in results])
        done = [r for r in results if r is not None]
        documents = pd.concat([r.documents for r in done], ignore_index=True)
        failures = pd.concat([r.failures for r in done], ignore_index=True)
        counts = _sum_counts([r.counts for r in done])
        counts.update(files=len(files), files_processed=len(files), files_skipped=0)
        ledger = pd.DataFrame([_ledger_row(r, p, "", engine) for r, p in zip(done, files, strict=True)])
    else:
        documents, failures, counts, ledger = _read_incremental(files, topic_obj, run, engine, data_dir)
    before = len(documents)
    documents = dedupe_documents(documents[WARC_DOCUMENT_COLUMNS] if len(documents) else documents)
    counts["documents"] = len(documents)
    counts["duplicates_merged"] = before - len(documents)
    failures = failures.sort_values(["file", "offset"], kind="stable").reset_index(drop=True)
    failures["offset"] = failures["offset"].astype("Int64")  # None for a file that cannot be opened
    return WarcResult(
        documents=_plain(documents), failures=_plain(failures[FAILURE_COLUMNS]), counts=counts, files=ledger
    )


def _check_all_ran(files: list[Path], ran: list[bool]) -> None:
    missing = [f.name for f, ok in zip(files, ran, strict=True) if not ok]
    if missing:
        raise RuntimeError(f"the file mapper returned no result for {', '.join(missing)}")


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns as Python objects with None for missing, as `helpers.tables.read_table` gives."""
    frame = frame.copy()
    for col in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[col]):
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


def warc_file_task(unit: tuple[Path, str | None], topic: Topic) -> tuple[str, FileResult | None]:
    """One file's work where it runs: checksum the file; process it unless its ledger key (the
    second item of `unit`) says it is unchanged. Returns (sha256, result or None when skipped).

    Hashing where the file is read spreads it over the cluster (a month of CC-NEWS is
    hundreds of GB: hashing it on the client alone would take as long as the whole run).
    """
    path, done_key = unit
    try:
        sha = file_sha256(path)
    except OSError:  # unreadable: process_warc_file records why; an empty checksum means "retry"
        return "", process_warc_file(path, topic)
    if storage.fragment_key(path.name, sha) == done_key:
        return sha, None
    return sha, process_warc_file(path, topic)


def _read_incremental(
    files: list[Path], topic: Topic, run: FileMapper, engine: str, data_dir: str | Path
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, int], pd.DataFrame]:
    dirs = warc_dirs(data_dir)
    ledger = storage.load_ledger(dirs["ledger"])
    done_key_by_name = dict(zip(ledger["file"], ledger["key"], strict=True)) if len(ledger) else {}
    keys: dict[Path, str] = {}
    processed: list[Path] = []

    def store(i: int, outcome: tuple[str, FileResult | None]) -> None:
        path = files[i]
        sha, result = outcome
        keys[path] = storage.fragment_key(path.name, sha)
        if result is None:  # unchanged since it was processed
            return
        old = done_key_by_name.get(path.name)
        if old and old != keys[path]:  # the file changed: its old rows must go
            storage.remove_fragments(dirs["documents"], old)
            storage.remove_fragments(dirs["failures"], old)
        storage.write_fragment(result.documents, dirs["documents"], key=keys[path], date_column="published")
        storage.write_fragment(result.failures, dirs["failures"], key=keys[path], date_column=None)
        storage.record_processed(dirs["ledger"], [_ledger_row(result, path, sha, engine)])
        processed.append(path)

    units = [(p, done_key_by_name.get(p.name)) for p in files]
    run(functools.partial(warc_file_task, topic=topic), units, on_result=store)
    _check_all_ran(files, [p in keys for p in files])
    wanted = [keys[p] for p in files]
    documents = storage.read_dataset(dirs["documents"], files=wanted)
    failures = storage.read_dataset(dirs["failures"], files=wanted)
    ledger = storage.load_ledger(dirs["ledger"])
    ledger = ledger[ledger["key"].isin(wanted)].reset_index(drop=True)
    counts = _sum_counts([json.loads(str(c)) for c in ledger["counts"]])
    counts.update(files=len(files), files_processed=len(processed), files_skipped=len(files) - len(processed))
    return documents, failures, counts, ledger
