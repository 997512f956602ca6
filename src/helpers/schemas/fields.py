"""What the table models share: the kinds of column, the date and country checks, and `columns_of`.

Why here: a column is declared once, in its table's model (documents.py, statements.py, polls.py,
records.py); the column lists other modules import are read off the models with `columns_of`, so a
list can never drift from what is checked. Models are turned into pandera schemas only when a
table is validated (`validate.schema_of`): pandera imports dask when it builds one. Text columns are plain Python objects (`object`): tables
are read with ids kept as strings and `validate_or_quarantine` turns pandas' `str` columns into
objects before checking.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pycountry

from helpers.paths import lexicon_path

__all__ = ["BODIES", "COUNTRY_CODES", "ISO_DATE", "columns_of", "is_country", "is_real_date"]


def _body_codes() -> tuple[str, ...]:
    """The codes of the international bodies the lexicon lists beside states (a `country` value
    may name one: a statement by an alliance's secretary general)."""
    path = lexicon_path("international_bodies.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(sorted({ln.split("\t")[1].strip() for ln in lines if ln.strip() and not ln.startswith("#")}))


BODIES = _body_codes()
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
COUNTRY_CODES = frozenset(c.alpha_2 for c in pycountry.countries) | frozenset(BODIES)

DATE_ERROR = "not an ISO YYYY-MM-DD date"
COUNTRY_ERROR = f"not an ISO 3166-1 alpha-2 code nor {'/'.join(BODIES)}"


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value))


def is_real_date(values: pd.Series) -> pd.Series:
    """ISO YYYY-MM-DD that names a real calendar day (2025-02-30 fails); missing passes."""

    def ok(value: object) -> bool:
        if _missing(value):
            return True
        if not isinstance(value, str) or not re.match(ISO_DATE, value):
            return False
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
        return True

    return values.map(ok).astype(bool)


def is_country(values: pd.Series) -> pd.Series:
    """An ISO 3166-1 alpha-2 code or an international body's code; missing passes (nullability is the column's)."""
    return (values.isna() | values.isin(COUNTRY_CODES)).astype(bool)


def string(*, nullable: bool = True, required: bool = True, group: str = "", **checks: Any) -> Any:
    """A text column (null allowed unless said otherwise); `group` tags it for `columns_of`."""
    return pa.Field(
        nullable=nullable, required=required, metadata={"group": group} if group else None, **checks
    )


def number(*, required: bool = True, group: str = "", **checks: Any) -> Any:
    """A float column, coerced (CSV cells arrive as text), null allowed."""
    return pa.Field(
        nullable=True, required=required, coerce=True, metadata={"group": group} if group else None, **checks
    )


def extra(group: str = "", *, required: bool = False) -> Any:
    """A column of any type (optional unless said otherwise): written by a stage, carried along,
    not checked beyond its presence."""
    return pa.Field(nullable=True, required=required, metadata={"group": group} if group else None)


def columns_of(
    model: type[pa.DataFrameModel], *, required: bool | None = None, group: str | None = None
) -> list[str]:
    """The model's column names in declaration order (base models first).

    `required=True` keeps the contract's required columns, `False` the optional ones; `group`
    keeps the columns declared with that group tag. Read off the model's fields, not its built
    schema: building a schema makes pandera import dask, which no column list should cost.

    >>> from helpers.schemas.documents import Documents
    >>> columns_of(Documents, required=True)
    ['doc_id', 'url', 'outlet', 'published', 'title', 'text']
    """
    out = []
    for annotation, field in model.__fields__.values():
        is_required = not annotation.optional and field.required is not False
        if required is not None and is_required != required:
            continue
        if group is not None and (field.metadata or {}).get("group") != group:
            continue
        out.append(str(field.name))
    return out
