"""Tables that grow: month-partitioned Parquet datasets, appended one input at a time.

Layout of a dataset directory (hive partitioning, readable by pyarrow, DuckDB, Spark, Polars):

    <dataset>/month=2025-03/part-<key>.parquet
    <dataset>/month=unknown/part-<key>.parquet     (rows without a date)

`key` names the input a fragment came from (a WARC file's name + checksum prefix), so
re-processing an input replaces exactly its own fragments and nothing else. A ledger CSV
beside the datasets records which inputs (name + sha256) are done; a run skips those.

Reads push filters down: the month partition prunes directories, a date/column filter uses
Parquet row-group statistics, and `count_by` aggregates in DuckDB, so a report over ten
million statements never materialises them in pandas.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from helpers.schemas import LEDGER_COLUMNS  # the ledger table's model: helpers.schemas.Ledger
from helpers.tables import InputError, atomic_write_bytes

MONTH = "month"
UNKNOWN_MONTH = "unknown"


def fragment_key(name: str, sha256: str) -> str:
    """File-system-safe key of one input: its name plus 16 hex digits of its checksum."""
    return f"{re.sub(r'[^A-Za-z0-9._-]', '_', name)}-{sha256[:16]}"


def month_of(values: pd.Series) -> pd.Series:
    """'YYYY-MM' of ISO dates; 'unknown' where missing or malformed."""
    text = values.astype("string")
    month = text.str.slice(0, 7)
    ok = month.str.fullmatch(r"\d{4}-\d{2}").fillna(False).astype(bool)
    return month.where(ok, UNKNOWN_MONTH).astype(object)


def _arrow_table(frame: pd.DataFrame) -> pa.Table:
    table = pa.Table.from_pandas(frame.reset_index(drop=True), preserve_index=False)
    # an all-missing text column would be typed `null` here and `string` in the next fragment
    fields = [pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in table.schema]
    return table.cast(pa.schema(fields))


def _write_parquet(table: pa.Table, path: Path) -> None:
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    atomic_write_bytes(path, buf.getvalue())


def remove_fragments(dataset_dir: str | Path, key: str) -> int:
    """Delete every fragment written for `key` (all partitions); return how many."""
    removed = 0
    for path in Path(dataset_dir).glob(f"**/part-{key}.parquet"):
        path.unlink()
        removed += 1
    return removed


def write_fragment(
    frame: pd.DataFrame, dataset_dir: str | Path, *, key: str, date_column: str | None = "published"
) -> list[Path]:
    """Replace the fragments of `key` with `frame`, split by month of `date_column`.

    With `date_column=None` the fragment is one file without month partitions. Each file is
    written under a temporary name and renamed, so readers never see half a file. An empty
    frame still leaves an (empty) fragment: "processed, nothing kept" differs from "not run".
    """
    dataset_dir = Path(dataset_dir)
    remove_fragments(dataset_dir, key)
    if date_column is None:
        path = dataset_dir / f"part-{key}.parquet"
        _write_parquet(_arrow_table(frame), path)
        return [path]
    if date_column not in frame.columns:
        raise InputError(f"cannot partition by {date_column!r}: the table has no such column")
    months = month_of(frame[date_column]) if len(frame) else pd.Series([UNKNOWN_MONTH])
    written = []
    for month in sorted(set(months)):
        part = frame[months.values == month] if len(frame) else frame
        path = dataset_dir / f"{MONTH}={month}" / f"part-{key}.parquet"
        _write_parquet(_arrow_table(part), path)
        written.append(path)
    return written


def _dataset(dataset_dir: Path) -> ds.Dataset:
    files = sorted(str(p) for p in dataset_dir.glob("**/part-*.parquet"))
    if not files:
        raise InputError(f"{dataset_dir}: no Parquet fragments (nothing processed yet?)")
    partitioning = ds.partitioning(pa.schema([(MONTH, pa.string())]), flavor="hive")
    schemas = [pq.read_schema(f) for f in files]  # footers only; unifies columns typed null in some
    schema = pa.unify_schemas(schemas, promote_options="permissive")
    if MONTH not in schema.names and any(f"{MONTH}=" in f for f in files):
        schema = schema.append(pa.field(MONTH, pa.string()))
    return ds.dataset(
        files, format="parquet", partitioning=partitioning, partition_base_dir=str(dataset_dir), schema=schema
    )


def build_filter(
    *,
    since: str | None = None,
    until: str | None = None,
    date_column: str = "date",
    where: Mapping[str, Iterable[object]] | None = None,
    keys: Iterable[str] | None = None,
) -> ds.Expression | None:
    """A pyarrow filter: month partitions to prune, a date range, and `column in values` terms."""
    terms: list[ds.Expression] = []
    if since:
        terms += [ds.field(MONTH) >= since[:7], ds.field(date_column) >= since]
    if until:
        terms += [
            (ds.field(MONTH) <= until[:7]) | (ds.field(MONTH) == UNKNOWN_MONTH),
            ds.field(date_column) <= until,
        ]
    for column, values in (where or {}).items():
        terms.append(ds.field(column).isin(list(values)))
    expr = None
    for term in terms:
        expr = term if expr is None else expr & term
    return expr


def read_dataset(
    dataset_dir: str | Path,
    *,
    columns: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    date_column: str = "date",
    where: Mapping[str, Iterable[object]] | None = None,
    files: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Rows of a dataset as pandas, with the filters applied before anything is loaded.

    `files` keeps only fragments of those input keys (e.g. the WARC files of this run).
    """
    dataset_dir = Path(dataset_dir)
    dataset = _dataset(dataset_dir)
    if files is not None:
        wanted = {f"part-{k}.parquet" for k in files}
        kept = [f for f in dataset.files if Path(f).name in wanted]
        if not kept:
            return pd.DataFrame(columns=[c for c in dataset.schema.names if columns is None or c in columns])
        dataset = ds.dataset(
            kept,
            format="parquet",
            partitioning=dataset.partitioning,
            partition_base_dir=str(dataset_dir),
            schema=dataset.schema,
        )
    expr = build_filter(since=since, until=until, date_column=date_column, where=where)
    table = dataset.to_table(columns=list(columns) if columns else None, filter=expr)
    frame = table.to_pandas()
    if MONTH in frame.columns and (columns is None or MONTH not in columns):
        frame = frame.drop(columns=[MONTH])
    return frame


def count_by(
    dataset_dir: str | Path,
    by: Sequence[str],
    *,
    since: str | None = None,
    until: str | None = None,
    date_column: str = "date",
    where: Mapping[str, Iterable[object]] | None = None,
) -> pd.DataFrame:
    """`SELECT by..., count(*) AS n ... GROUP BY by...` in DuckDB over the Parquet files.

    Only the grouped columns (and filtered ones) are read; memory is bounded by the number
    of groups, not rows. `month` may be used in `by` (the partition column).
    """
    dataset_dir = Path(dataset_dir)
    if not any(dataset_dir.glob("**/part-*.parquet")):
        raise InputError(f"{dataset_dir}: no Parquet fragments (nothing processed yet?)")
    ident = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
    for name in by:
        if not ident.match(name):
            raise InputError(f"not a column name: {name!r}")
    clause, params = _where_sql(since=since, until=until, date_column=date_column, where=where)
    cols = ", ".join(by)
    source = (
        f"read_parquet('{dataset_dir.as_posix()}/**/part-*.parquet', hive_partitioning = true, "
        f"union_by_name = true)"
    )
    sql = f"SELECT {cols}, count(*) AS n FROM {source}{clause} GROUP BY {cols} ORDER BY {cols}"
    with duckdb.connect() as con:
        con.execute("SET enable_progress_bar = false")  # no progress widget in notebooks
        return con.execute(sql, params).df()


# ---------------------------------------------------------------- ledger of processed inputs


def load_ledger(path: str | Path) -> pd.DataFrame:
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=LEDGER_COLUMNS)
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except (ValueError, OSError) as err:
        raise InputError(f"{path}: unreadable ledger ({err}); delete it to re-process everything") from err


def record_processed(path: str | Path, rows: Sequence[Mapping[str, object]]) -> pd.DataFrame:
    """Add (or replace, by file name) ledger rows and rewrite the ledger atomically."""
    path = Path(path)
    ledger = load_ledger(path)
    now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    new = pd.DataFrame(
        [{**{c: "" for c in LEDGER_COLUMNS}, "processed_at": now, **dict(r)} for r in rows],
        columns=LEDGER_COLUMNS,
    )
    new["counts"] = [c if isinstance(c, str) else json.dumps(c, sort_keys=True) for c in new["counts"]]
    new = new.astype(str)
    ledger = pd.concat([ledger[~ledger["file"].isin(new["file"])], new], ignore_index=True)
    atomic_write_bytes(path, ledger.to_csv(index=False).encode("utf-8"))
    return ledger


# ---------------------------------------------------------------- whole tables stored by month

MONTHS_INDEX = "_months.json"


def dataset_dir(processed: str | Path, table: str) -> Path:
    """Where the month-partitioned copy of a processed table lives: processed/<table>_dataset."""
    return Path(processed) / f"{table}_dataset"


def _parquet_bytes(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()


def sync_months(
    frame: pd.DataFrame, dataset_dir: str | Path, *, key: str = "all", date_column: str = "date"
) -> dict[str, int]:
    """Store a whole table as month partitions, rewriting only the months whose rows changed.

    For tables that are rebuilt as a whole (statements are deduplicated across documents, so
    one new article can change an old row): each month's Parquet bytes are compared with the
    checksum recorded in `_months.json`; unchanged months are not written again, new months
    are added and months that no longer have rows are removed. A run that adds a month of
    news writes one file, not the whole history. Returns counts: written, unchanged, removed.
    """
    root = Path(dataset_dir)
    index_path = root / MONTHS_INDEX
    try:
        index = json.loads(index_path.read_text(encoding="utf-8")) if index_path.exists() else {}
    except (ValueError, OSError):
        index = {}  # unreadable index: every month is rewritten, nothing is lost
    if date_column not in frame.columns:
        raise InputError(f"cannot partition by {date_column!r}: the table has no such column")
    frame = frame.reset_index(drop=True)
    months = month_of(frame[date_column]) if len(frame) else pd.Series([UNKNOWN_MONTH])
    new_index: dict[str, str] = {}
    written = unchanged = 0
    for month in sorted(set(months)):
        part = frame[months.values == month] if len(frame) else frame
        data = _parquet_bytes(_arrow_table(part))
        digest = hashlib.sha256(data).hexdigest()
        path = root / f"{MONTH}={month}" / f"part-{key}.parquet"
        new_index[month] = digest
        if index.get(f"{key}/{month}") == digest and path.exists():
            unchanged += 1
            continue
        atomic_write_bytes(path, data)
        written += 1
    removed = 0
    for path in root.glob(f"{MONTH}=*/part-{key}.parquet"):
        if path.parent.name.split("=", 1)[1] not in new_index:
            path.unlink()
            removed += 1
            with_rows = list(path.parent.iterdir())
            if not with_rows:
                path.parent.rmdir()
    others = {k: v for k, v in index.items() if not k.startswith(f"{key}/")}
    others.update({f"{key}/{m}": d for m, d in new_index.items()})
    atomic_write_bytes(index_path, json.dumps(others, indent=1, sort_keys=True).encode("utf-8"))
    return {"written": written, "unchanged": unchanged, "removed": removed}


def has_fragments(dataset_dir: str | Path) -> bool:
    return Path(dataset_dir).is_dir() and any(Path(dataset_dir).glob("**/part-*.parquet"))


def row_count(dataset_dir: str | Path) -> int:
    """Rows in a dataset, from the Parquet footers only (no data is read)."""
    return sum(pq.ParquetFile(p).metadata.num_rows for p in Path(dataset_dir).glob("**/part-*.parquet"))


def _where_sql(
    *,
    since: str | None,
    until: str | None,
    date_column: str,
    where: Mapping[str, Iterable[object]] | None,
    partitioned: bool = True,
) -> tuple[str, list[object]]:
    ident = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
    for name in [date_column, *(where or {})]:
        if not ident.match(name):
            raise InputError(f"not a column name: {name!r}")
    conditions: list[str] = []
    params: list[object] = []
    if since:
        conditions += [f"{MONTH} >= ?"] if partitioned else []
        conditions.append(f"{date_column} >= ?")
        params += [since[:7], since] if partitioned else [since]
    if until:
        conditions += [f"({MONTH} <= ? OR {MONTH} = '{UNKNOWN_MONTH}')"] if partitioned else []
        conditions.append(f"{date_column} <= ?")
        params += [until[:7], until] if partitioned else [until]
    for column, values in (where or {}).items():
        values = list(values)
        conditions.append(f"{column} IN ({', '.join('?' for _ in values)})" if values else "FALSE")
        params += values
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


def parquet_sql(path: str | Path) -> str:
    """DuckDB's table expression for a processed table: a month-partitioned dataset directory (hive
    partitions, columns unified by name across fragments) or one Parquet file."""
    path = Path(path)
    quoted = path.as_posix().replace("'", "''")
    if path.is_dir():
        if not has_fragments(path):
            raise InputError(f"{path}: no Parquet fragments (nothing processed yet?)")
        return f"read_parquet('{quoted}/**/part-*.parquet', hive_partitioning = true, union_by_name = true)"
    if not path.exists():
        raise InputError(f"{path}: no such table (nothing processed yet?)")
    return f"read_parquet('{quoted}')"


def duckdb_view(
    con: object,
    table: str | Path,
    name: str,
    *,
    since: str | None = None,
    until: str | None = None,
    date_column: str = "date",
    where: Mapping[str, Iterable[object]] | None = None,
) -> None:
    """Create view `name` on a DuckDB connection: a dataset directory or a Parquet file, with the
    window filters applied.

    DuckDB reads only the columns a query over the view uses, prunes month directories and
    skips row groups by their statistics, and aggregates in bounded memory; aggregate
    queries return small frames (counts, one row per group).
    """
    table = Path(table)
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise InputError(f"not a view name: {name!r}")
    source = parquet_sql(table)
    clause, params = _where_sql(
        since=since, until=until, date_column=date_column, where=where, partitioned=table.is_dir()
    )
    # a view cannot hold parameters: inline them as SQL literals (quotes doubled)
    pieces = clause.split("?")
    literals = ["'" + str(v).replace("'", "''") + "'" for v in params]
    clause = "".join(p + (literals[i] if i < len(literals) else "") for i, p in enumerate(pieces))
    con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM {source}{clause}")  # type: ignore[attr-defined]
