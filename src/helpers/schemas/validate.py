"""Checking a table against its model at a stage boundary, and the quarantine.

`validate_or_quarantine` splits a frame into the rows that pass and the rows that fail; failing
rows go to a quarantine CSV with a reason naming the row and every column check or rule it broke,
so nothing is silently dropped. A table that lacks a required column is a contract error: the
whole table is wrong, not a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa

from helpers.schemas.documents import DOCUMENTS
from helpers.schemas.polls import IMPORTED_POLLS, MERGED_POLLS, POLLS
from helpers.schemas.records import ACTORS, OVERRIDES
from helpers.schemas.rules import RULES
from helpers.schemas.statements import STATEMENTS, statements_schema
from helpers.tables import InputError
from helpers.topics import Topic

__all__ = ["SCHEMAS", "ContractError", "schema_of", "validate_or_quarantine", "write_quarantine"]

# table name -> its model (a pandera DataFrameModel); `schema_of` builds the schema on first use
SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "documents": DOCUMENTS,
    "statements": STATEMENTS,
    "polls": POLLS,
    "polls_imported": IMPORTED_POLLS,
    "polls_merged": MERGED_POLLS,
    "overrides": OVERRIDES,
    "actors": ACTORS,
}


@cache
def schema_of(table: str) -> pa.DataFrameSchema:
    """The named table's schema, built once (`SCHEMAS`)."""
    return SCHEMAS[table].to_schema()


class ContractError(InputError):
    """A table is missing columns the data contract requires (bad input: the CLI exits 2)."""


def _object_columns(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """Text columns as plain Python objects with None for missing (pandas 3 defaults to `str`; an
    all-missing column may arrive as float NaN)."""
    out = frame.copy()
    for col in columns:
        if col in out.columns and (not pd.api.types.is_numeric_dtype(out[col]) or out[col].isna().all()):
            out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out


def _row_names(frame: pd.DataFrame, schema: pa.DataFrameSchema) -> list[str]:
    """How a reason names each row: its key (`poll_id p2`) where it has one, else `row N` (1 = first)."""
    keys = [str(c) for c, col in schema.columns.items() if col.unique and c in frame.columns]
    names = []
    for i, value in enumerate(frame[keys[0]] if keys else [None] * len(frame)):
        given = value is not None and not (isinstance(value, float) and pd.isna(value)) and str(value) != ""
        names.append(f"{keys[0]} {value}" if given else f"row {i + 1}")
    return names


def _reasons(err: pa.errors.SchemaErrors, frame: pd.DataFrame) -> tuple[dict[int, list[str]], list[str]]:
    """Per row index, what it broke (column checks with the value, rules with the values they read);
    and the problems of the table as a whole (e.g. a column of the wrong type)."""
    rule_of = {rule.error: rule for rule in RULES.values()}
    reasons: dict[int, list[str]] = {}
    table_wide: list[str] = []
    for case in err.failure_cases.itertuples(index=False):
        idx = getattr(case, "index", None)
        if case.schema_context == "DataFrameSchema":
            rule = rule_of.get(case.check)
            what = f"rule: {case.check}"
            if rule is not None and idx is not None and not pd.isna(idx):
                what = rule.reason({str(k): v for k, v in frame.loc[int(idx)].items()})
        else:
            what = f"{case.column}: {case.check} (value {case.failure_case!r})"
        if idx is None or pd.isna(idx):
            table_wide.append(what)
        elif what not in reasons.get(int(idx), []):
            reasons.setdefault(int(idx), []).append(what)
    return reasons, table_wide


def validate_or_quarantine(
    frame: pd.DataFrame,
    table: str,
    quarantine_dir: Path | None = None,
    *,
    source: str = "",
    topic: Topic | None = None,
    schema: pa.DataFrameSchema | None = None,
    row_names: Sequence[str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (valid rows, quarantined rows with `reason` and `quarantine_source` columns).

    `table` names the model (SCHEMAS); statements are checked against the `topic`'s labels
    (default: the default topic). Each reason starts with the row's name: `row_names[i]` when
    given (e.g. "poll.csv, row 13"), else its key or position, then every check and rule it broke.
    Row-level failures are appended to `quarantine_dir/<table>.csv` with the `source`.
    """
    if schema is None:
        schema = statements_schema(topic) if table == "statements" else schema_of(table)
    where = f" from {source}" if source else ""
    missing = [c for c, col in schema.columns.items() if col.required and c not in frame.columns]
    if missing:
        raise ContractError(f"{table} table{where} lacks columns: {missing}")
    text_cols = [
        str(c) for c, col in schema.columns.items() if str(col.dtype) == "object" and c in frame.columns
    ]
    frame = _object_columns(frame.reset_index(drop=True), text_cols)
    try:
        valid = schema.validate(frame, lazy=True)
        return valid, frame.iloc[0:0].assign(reason=pd.Series(dtype=object))
    except pa.errors.SchemaErrors as err:
        reasons, table_wide = _reasons(err, frame)
        if table_wide and not reasons:
            raise ContractError(f"{table} table{where}: {'; '.join(table_wide)}") from err
    names = list(row_names) if row_names is not None else _row_names(frame, schema)
    if len(names) != len(frame):
        raise ValueError(f"row_names names {len(names)} rows of a {len(frame)}-row {table} table")
    bad_index = sorted(reasons)
    bad = frame.loc[bad_index].copy()
    bad["reason"] = [f"{names[i]}: {'; '.join(reasons[i])}" for i in bad_index]
    bad["quarantine_source"] = source
    good: Any = frame.drop(index=bad_index)
    good = schema.validate(good, lazy=False) if len(good) else good
    if quarantine_dir is not None and len(bad):
        write_quarantine(bad, Path(quarantine_dir) / f"{table}.csv")
    return good.reset_index(drop=True), bad.reset_index(drop=True)


def write_quarantine(rows: pd.DataFrame, path: Path) -> None:
    """Append rows to a quarantine CSV (header written once)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = not path.exists() or path.stat().st_size == 0
    rows.to_csv(path, mode="a", header=header, index=False)
