"""Import poll tables from pollster releases (CSV, XLSX) and saved web pages (HTML).

Each file is read into `RawTable`s (a sheet, an HTML table, the CSV), interpreted with a
mapping (resources/poll_formats) into poll rows, checked, and written to
processed/polls_imported.parquet, replacing earlier rows from a file of the same name.
The file itself is kept under raw/polls/ (immutable, named by checksum) with a manifest
row, so the imported table can be rebuilt. A file that cannot be read is an error naming
the file; a row that cannot be read is quarantined naming the file and row; neither
stops the other files or rows.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pandas as pd

from helpers.paths import DataLayout
from helpers.polls.layout import Options, RawTable, country_code, interpret
from helpers.polls.mapping import PollFormat, detect_format, load_format
from helpers.polls.merge import build_merged_table
from helpers.polls.parsing import clean_cell
from helpers.schemas import IMPORTED_POLL_COLUMNS, validate_or_quarantine
from helpers.tables import InputError, atomic_write_bytes, read_table, write_table

IMPORTED_NAME = "polls_imported"
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


# ---------------------------------------------------------------- readers


def _decode(data: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path}: not a text file (cannot decode as UTF-8 or Windows-1252)")


def read_csv_tables(path: Path, data: bytes) -> list[RawTable]:
    """The CSV as one table; every line kept as it is (ragged lines are judged later)."""
    text = _decode(data, path)
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = "\t" if path.suffix == ".tsv" else ","
    grid, numbers = [], []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for row in reader:
            grid.append(row)
            numbers.append(reader.line_num)
    except csv.Error as err:
        raise InputError(f"{path}, line {reader.line_num}: {err}") from err
    return [RawTable(grid=grid, row_numbers=numbers)]


def read_xlsx_tables(path: Path, data: bytes) -> list[RawTable]:
    """One table per worksheet; merged cells carry their value into every cell they cover."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as err:
        raise InputError(f"{path}: not a readable XLSX workbook ({type(err).__name__}: {err})") from err
    except Exception as err:  # zipfile.BadZipFile and friends from a truncated download
        raise InputError(f"{path}: not a readable XLSX workbook ({type(err).__name__}: {err})") from err
    tables = []
    for sheet in book.worksheets:
        grid = [list(row) for row in sheet.iter_rows(values_only=True)]
        for merged in sheet.merged_cells.ranges:
            value = grid[merged.min_row - 1][merged.min_col - 1]
            for r in range(merged.min_row - 1, merged.max_row):
                for c in range(merged.min_col - 1, merged.max_col):
                    if r < len(grid) and c < len(grid[r]):
                        grid[r][c] = value
        tables.append(
            RawTable(
                grid=grid, row_numbers=list(range(1, len(grid) + 1)), sheet=sheet.title, context=[sheet.title]
            )
        )
    return tables


def _html_context(table: Any, title: str | None) -> list[str]:
    """Caption and the headings above a table, nearest first, then the page title."""
    out = []
    caption = table.find("caption")
    if caption is not None and caption.text_content().strip():
        out.append(" ".join(caption.text_content().split()))
    for heading in reversed(
        table.xpath("preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5]")
    ):
        text = " ".join(heading.text_content().replace("[edit]", "").split())
        if text:
            out.append(text)
    if title:
        out.append(title)
    return out


def read_html_tables(path: Path, data: bytes) -> list[RawTable]:
    """Every <table> of a saved page, with its caption/headings as context (footnote <sup> removed)."""
    import lxml.html

    markup: bytes | str = data
    if not re.search(rb"<meta[^>]+charset", data[:4096], re.I):
        try:  # no declared charset: lxml would read bytes as Latin-1 and turn "4–5 Mar" into mojibake
            markup = data.decode("utf-8")
        except UnicodeDecodeError:
            markup = data
    try:
        doc = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError) as err:
        raise InputError(f"{path}: not a readable HTML page ({err})") from err
    for sup in doc.xpath("//sup"):
        sup.drop_tree()  # footnote references ([1], [a]) and other superscripts
    for hidden in doc.xpath("//*[contains(@style,'display:none')]"):
        hidden.drop_tree()
    url = None
    for xp in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = doc.xpath(xp)
        if found:
            url = str(found[0])
            break
    title_el = doc.find(".//title")
    title = " ".join(title_el.text_content().split()) if title_el is not None else None
    tables = []
    for index, element in enumerate(doc.xpath("//table[not(ancestor::table)]")):
        try:
            frame = pd.read_html(io.StringIO(lxml.html.tostring(element, encoding="unicode")), flavor="lxml")[
                0
            ]
        except (ValueError, IndexError):
            continue  # an empty or layout-only table
        header: list[list[Any]] = []
        if not isinstance(frame.columns, pd.RangeIndex):
            if isinstance(frame.columns, pd.MultiIndex):
                header = [list(level) for level in zip(*frame.columns, strict=True)]
            else:
                header = [list(frame.columns)]
            header = [[None if str(c).startswith("Unnamed:") else c for c in row] for row in header]
        body = frame.astype(object).where(frame.notna(), None).values.tolist()
        grid = header + body
        tables.append(
            RawTable(
                grid=grid,
                row_numbers=list(range(1, len(grid) + 1)),
                table=index,
                context=_html_context(element, title),
                source_url=url,
            )
        )
    if not tables:
        raise InputError(f"{path}: the page has no HTML table")
    return tables


def read_tables(path: Path) -> tuple[list[RawTable], bytes]:
    """The tables of one file by its suffix, and the file's bytes."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return read_csv_tables(path, data), data
    if suffix in XLSX_SUFFIXES:
        return read_xlsx_tables(path, data), data
    if suffix in HTML_SUFFIXES:
        return read_html_tables(path, data), data
    raise InputError(f"{path}: unknown poll table format {suffix!r} (use .csv, .xlsx or .html)")


# ---------------------------------------------------------------- import


@dataclass
class FileReport:
    """What happened to one input file."""

    path: str
    rows: int = 0
    quarantined: int = 0
    tables: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class ImportResult:
    """Rows now in polls_imported, this run's valid and quarantined rows, per-file reports."""

    imported: pd.DataFrame
    added: pd.DataFrame
    quarantined: pd.DataFrame
    files: list[FileReport]
    merged: pd.DataFrame | None = None

    def __len__(self) -> int:
        """Rows imported by this run (what a summary line reports)."""
        return len(self.added)

    @property
    def failed_files(self) -> list[FileReport]:
        return [f for f in self.files if f.error]

    @property
    def summary(self) -> dict[str, int]:
        return {
            "files": len(self.files),
            "files_failed": len(self.failed_files),
            "rows_imported": len(self.added),
            "rows_quarantined": len(self.quarantined),
            "rows_in_table": len(self.imported),
            "rows_merged": -1 if self.merged is None else len(self.merged),
        }


def _poll_id(row: dict[str, Any]) -> str:
    key = "|".join(
        str(row.get(k) or "")
        for k in ("source_file", "source_sheet", "source_table", "source_row", "question_id")
    )
    return "pi-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _provenance(row: dict[str, Any]) -> str:
    keep = (
        "source_kind",
        "source_file",
        "source_sheet",
        "source_table",
        "source_row",
        "source_url",
        "poll_id",
        "pollster",
        "published",
        "fieldwork_start",
        "fieldwork_end",
        "share_support",
        "share_oppose",
        "share_dont_know",
        "sample_size",
    )
    return json.dumps([{k: row.get(k) for k in keep}], ensure_ascii=False, default=str)


def keep_raw_copy(
    path: Path, data: bytes, layout: DataLayout, *, source_url: str | None, mapping: str
) -> Path:
    """Store the input under raw/polls/<sha12>-<name> once and add a manifest row."""
    digest = hashlib.sha256(data).hexdigest()
    target = layout.raw / "polls" / f"{digest[:12]}-{path.name}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        manifest = layout.raw / "polls" / "manifest.csv"
        row = pd.DataFrame(
            [
                {
                    "file": target.name,
                    "original_name": path.name,
                    "sha256": digest,
                    "size": len(data),
                    "source_url": source_url,
                    "mapping": mapping,
                    "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            ]
        )
        row.to_csv(manifest, mode="a", header=not manifest.exists(), index=False)
    return target


def rows_from_file(
    path: Path, *, fmt: PollFormat | None = None, options: Options | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, FileReport, bytes]:
    """(poll rows, problem rows, report, bytes) of one file; raises InputError if unreadable."""
    options = options or Options()
    tables, data = read_tables(path)
    sha = hashlib.sha256(data).hexdigest()
    report = FileReport(str(path))
    rows: list[dict[str, Any]] = []
    problems: list[dict[str, Any]] = []
    imported_at = datetime.now(UTC).isoformat(timespec="seconds")
    chosen_names: set[str] = set()
    for table in tables:
        table_fmt = fmt
        if table_fmt is None:
            headers = [clean_cell(c) or "" for r in table.grid[:15] for c in r]
            table_fmt = detect_format(headers) or load_format(None)
        if table_fmt.sheet is not None and table.sheet is not None and str(table_fmt.sheet) != table.sheet:
            continue
        if table_fmt.table is not None and table.table is not None and int(table_fmt.table) != table.table:
            continue
        source_url = options.source_url or table.source_url
        source = {
            "source_file": path.name,
            "source_sha256": sha,
            "source_url": source_url,
            "mapping": table_fmt.name,
            "imported_at": imported_at,
            "source_kind": "import",
        }
        result = interpret(table, table_fmt, options, source=source)
        if result is None:
            continue
        chosen_names.add(table_fmt.name)
        report.tables.append(table.where() or "csv")
        rows.extend(result.rows)
        problems.extend(result.problems)
    if not report.tables:
        raise InputError(
            f"{path}: no table with poll columns found (need a fieldwork or date column and answer columns "
            "such as Support/Oppose); pass --mapping with a format file (see resources/poll_formats in the package)"
        )
    frame = pd.DataFrame(rows)
    if len(frame):
        frame["poll_id"] = [_poll_id(r) for r in rows]
        frame["doc_id"] = None
        frame["url"] = frame["source_url"]
        frame["outlet"] = frame["source_url"].map(
            lambda u: urlparse(u).netloc or None if isinstance(u, str) else None
        )
        if "outlet_cell" in frame.columns:  # the outlet a curated row names ("Der Tagesspiegel")
            frame["outlet"] = frame["outlet_cell"].where(frame["outlet_cell"].notna(), frame["outlet"])
        frame["reported_by"] = frame["client"].where(frame["client"].notna(), frame["pollster"])
        frame["n_sources"] = 1
        frame["sources"] = [
            _provenance({**r, "poll_id": pid}) for r, pid in zip(rows, frame["poll_id"], strict=True)
        ]
        frame = frame.reindex(columns=IMPORTED_POLL_COLUMNS)
    problem_frame = pd.DataFrame(problems)
    return frame, problem_frame, report, data


def import_polls(
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    data_dir: str | os.PathLike[str] | None = None,
    mapping: str | os.PathLike[str] | None = None,
    country: str | None = None,
    question: str | None = None,
    source_url: str | None = None,
    merge: bool = True,
) -> ImportResult:
    """Import poll files into processed/polls_imported.parquet (replacing rows from the same file name).

    Returns an ImportResult; unreadable files are listed in `.files` with the error, bad
    rows in `.quarantined` (also appended to processed/quarantine/polls_imported.csv).
    With `merge`, processed/polls_merged.parquet is rebuilt afterwards.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = import_paths(str(p) for p in paths)
    layout = DataLayout.at(data_dir)
    fmt = load_format(mapping if isinstance(mapping, str) else Path(mapping)) if mapping else None
    if country and not _valid_country(country):
        raise InputError(f"--country {country!r} is not an ISO 3166-1 alpha-2 code or a country name")
    options = Options(country=country, question=question, source_url=source_url)
    quarantine_path = layout.quarantine / f"{IMPORTED_NAME}.csv"
    added, quarantined, reports, replaced = [], [], [], set()
    for raw_path in paths:
        path = Path(raw_path)
        try:
            frame, problems, report, data = rows_from_file(path, fmt=fmt, options=options)
        except InputError as err:
            reports.append(FileReport(str(path), error=str(err)))
            continue
        keep_raw_copy(path, data, layout, source_url=source_url, mapping=fmt.name if fmt else "auto")
        good, bad = (
            validate_or_quarantine(
                frame,
                "polls_imported",
                source=str(path),
                row_names=[", ".join(filter(None, (path.name, _where(r)))) for r in frame.to_dict("records")],
            )
            if len(frame)
            else (frame, pd.DataFrame())
        )
        if len(problems):
            problems = problems.assign(
                reason=[f"{path.name}, {r}" for r in problems["reason"]], quarantine_source=str(path)
            )
        bad_all = (
            pd.concat([b for b in (problems, bad) if len(b)], ignore_index=True)
            if (len(bad) or len(problems))
            else pd.DataFrame()
        )
        report.rows, report.quarantined = len(good), len(bad_all)
        reports.append(report)
        replaced.add(path.name)
        if len(good):
            added.append(good)
        if len(bad_all):
            quarantined.append(bad_all)
    added_frame = (
        pd.concat(added, ignore_index=True) if added else pd.DataFrame(columns=IMPORTED_POLL_COLUMNS)
    )
    quarantined_frame = (
        pd.concat(quarantined, ignore_index=True) if quarantined else pd.DataFrame(columns=["reason"])
    )
    _replace_quarantine(quarantine_path, replaced, quarantined_frame)
    existing_path = layout.processed / f"{IMPORTED_NAME}.parquet"
    existing = (
        read_table(existing_path) if existing_path.exists() else pd.DataFrame(columns=IMPORTED_POLL_COLUMNS)
    )
    if len(existing) and replaced:
        # re-importing the very same file (same checksum) keeps its first import time, so reruns
        # over unchanged inputs write identical tables
        if len(added_frame) and "source_sha256" in existing.columns:
            first_seen = (
                existing.dropna(subset=["source_sha256", "imported_at"])
                .groupby(["source_file", "source_sha256"])["imported_at"]
                .min()
                .to_dict()
            )
            keys = list(zip(added_frame["source_file"], added_frame["source_sha256"], strict=True))
            added_frame["imported_at"] = [
                first_seen.get(k, now) for k, now in zip(keys, added_frame["imported_at"], strict=True)
            ]
        existing = existing[~existing["source_file"].isin(replaced)]
    table = (
        pd.concat([f for f in (existing, added_frame) if len(f)], ignore_index=True)
        if (len(existing) or len(added_frame))
        else pd.DataFrame(columns=IMPORTED_POLL_COLUMNS)
    )
    table = _typed(table.reindex(columns=IMPORTED_POLL_COLUMNS))
    if replaced or not existing_path.exists():
        write_table(table, layout.processed, IMPORTED_NAME)
    merged = None
    if merge:
        merged = build_merged_table(layout.root)
    return ImportResult(
        table, _typed(added_frame.reindex(columns=IMPORTED_POLL_COLUMNS)), quarantined_frame, reports, merged
    )


def _replace_quarantine(path: Path, files: set[str], rows: pd.DataFrame) -> None:
    """Rewrite the quarantine file: earlier rows of re-imported files are replaced by this run's.

    The whole file is rewritten (atomically) so rows with different columns line up.
    """
    old = pd.DataFrame()
    if path.exists() and path.stat().st_size:
        old = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        if "source_file" in old.columns and files:
            old = old[~old["source_file"].isin(files)]
    if not len(rows) and not path.exists():
        return
    frame = (
        pd.concat([f for f in (old, rows.astype(object)) if len(f)], ignore_index=True)
        if (len(old) or len(rows))
        else pd.DataFrame(columns=["reason"])
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, frame.to_csv(index=False).encode("utf-8"))


def _where(row: dict[Any, Any]) -> str:
    parts = []
    if row.get("source_sheet") is not None and not pd.isna(row.get("source_sheet")):
        parts.append(f"sheet {row['source_sheet']!r}")
    if row.get("source_table") is not None and not pd.isna(row.get("source_table")):
        parts.append(f"table {int(row['source_table'])}")
    if row.get("source_row") is not None and not pd.isna(row.get("source_row")):
        parts.append(f"row {int(row['source_row'])}")
    return ", ".join(parts)


def _valid_country(text: str) -> bool:
    return country_code(text) is not None


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Numbers as floats/ints, text as objects: the same dtypes on every write."""
    out = frame.copy()
    for col in ("share_support", "share_oppose", "share_dont_know", "sample_size", "margin_of_error"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    for col in ("source_table", "source_row", "n_sources"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    for col in out.columns:
        if col not in (
            "share_support",
            "share_oppose",
            "share_dont_know",
            "sample_size",
            "margin_of_error",
            "source_table",
            "source_row",
            "n_sources",
        ):
            out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out


def import_paths(values: Iterable[str]) -> list[Path]:
    """Expand directories to the poll files inside them (for the CLI and the notebook parameter)."""
    out: list[Path] = []
    for value in values:
        path = Path(value)
        if path.is_dir():
            out.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.suffix.lower() in CSV_SUFFIXES | XLSX_SUFFIXES | HTML_SUFFIXES
                )
            )
        else:
            out.append(path)
    return out
