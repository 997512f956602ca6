"""The data contract (docs/data.md), enforced at every stage boundary.

One pandera schema per table. `validate_or_quarantine` splits a frame into the rows that
pass and the rows that fail; failures go to a quarantine CSV with the reason, so nothing
is silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from helpers import labels as topic_labels
from helpers.tables import InputError
from helpers.topics import Topic

# The default topic's labels (config/topics/<default>.yml); other topics: statements_schema(topic).
STANCES: tuple[str, ...] = topic_labels.stance_labels().names
_DEFAULT_DEPLOYMENTS = topic_labels.deployment_labels()
DEPLOYMENTS: tuple[str, ...] = _DEFAULT_DEPLOYMENTS.names if _DEFAULT_DEPLOYMENTS is not None else ()
BODIES = ("EU", "NATO", "UN")
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


def _iso_alpha2_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries)


COUNTRY_CODES = _iso_alpha2_codes() | frozenset(BODIES)

_COUNTRY_CHECK = pa.Check(
    lambda s: s.isna() | s.isin(COUNTRY_CODES), error="not an ISO 3166-1 alpha-2 code nor EU/NATO/UN"
)

DOCUMENT_COLUMNS = ["doc_id", "url", "outlet", "published", "title", "text"]
STATEMENT_COLUMNS = [
    "statement_id", "doc_id", "date", "speaker", "speaker_role", "country", "stance",
    "deployment", "quote", "reported_by", "sentence", "url", "outlet", "published",
]
# Documents as the collector and the WARC reader write them: the contract plus provenance.
DOCUMENT_PROVENANCE_COLUMNS = [
    "sha256", "source_kind", "raw_path", "fetched_at", "authors", "language", "date_source",
]
COLLECTED_DOCUMENT_COLUMNS = [*DOCUMENT_COLUMNS, *DOCUMENT_PROVENANCE_COLUMNS, "sources", "n_sources"]
POLL_COLUMNS = [
    "poll_id", "doc_id", "date", "country", "pollster", "share_support", "share_oppose",
    "sample_size", "question", "reported_by", "sentence", "url",
]
# The polls table in full (docs/data.md): the contract's columns plus fieldwork, population and provenance,
# in the order the imported and the merged tables share.
POLL_DETAIL_COLUMNS = [
    "poll_id", "doc_id", "date", "country", "pollster", "client", "share_support", "share_oppose",
    "share_dont_know", "sample_size", "margin_of_error", "question", "question_id", "population",
    "fieldwork_start", "fieldwork_end", "published", "reported_by", "sentence", "url", "outlet", "source_kind",
]


def _is_real_date(values: pd.Series) -> pd.Series:
    """ISO YYYY-MM-DD that names a real calendar day (2025-02-30 fails)."""

    def ok(v: object) -> bool:
        if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA:
            return True
        if not isinstance(v, str) or not re.match(ISO_DATE, v):
            return False
        try:
            date.fromisoformat(v)
        except ValueError:
            return False
        return True

    return values.map(ok).astype(bool)


def _date_column(nullable: bool) -> pa.Column:
    return pa.Column(
        object, nullable=nullable, coerce=False,
        checks=pa.Check(_is_real_date, element_wise=False, error="not an ISO YYYY-MM-DD date"),
    )


def _text(nullable: bool = True) -> pa.Column:
    return pa.Column(object, nullable=nullable)


# who a statement row's speaker is: a named person; an organisation or an unnamed source only
# in the topic-free mode (`extract --topic all`, docs/extraction.md)
SPEAKER_TYPES = ("person", "organisation", "unnamed")


def _probability() -> pa.Column:
    """A calibrated probability in [0, 1], empty when the labeller gives none (optional column)."""
    return pa.Column(float, nullable=True, required=False, coerce=True, checks=pa.Check.in_range(0, 1))


DOCUMENTS = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(object, nullable=False, unique=True,
                            checks=pa.Check.str_length(min_value=1)),
        "url": _text(),
        "outlet": _text(),
        "published": _date_column(nullable=True),
        "title": _text(),
        "text": pa.Column(object, nullable=False, checks=pa.Check.str_length(min_value=1)),
    },
    strict=False,
    name="documents",
)


def statements_schema(topic: Topic | None = None) -> pa.DataFrameSchema:
    """The statements schema with the topic's labels: `stance` must be one of its stance labels;
    `deployment` one of its deployment labels, or null when the topic has no deployment dimension."""
    stances = topic_labels.stance_labels(topic).names
    deployments = topic_labels.deployment_labels(topic)
    deployment = (pa.Column(object, nullable=True) if deployments is None else
                  pa.Column(object, nullable=False, checks=pa.Check.isin(deployments.names)))
    return pa.DataFrameSchema(
        {
            "statement_id": pa.Column(object, nullable=False, unique=True),
            "doc_id": pa.Column(object, nullable=False),
            "date": _date_column(nullable=False),
            "speaker": _text(),
            "speaker_role": _text(),
            "country": pa.Column(object, nullable=True, checks=_COUNTRY_CHECK),
            "stance": pa.Column(object, nullable=False, checks=pa.Check.isin(stances)),
            "deployment": deployment,
            "quote": _text(),
            "reported_by": _text(),
            "sentence": pa.Column(object, nullable=False, checks=pa.Check.str_length(min_value=1)),
            "url": _text(),
            "outlet": _text(),
            "published": _date_column(nullable=True),
            # added by issues 11/12, optional so that older tables stay valid
            "speaker_type": pa.Column(object, nullable=True, required=False, checks=pa.Check.isin(SPEAKER_TYPES)),
            "stance_confidence": _probability(),
            "deployment_confidence": _probability(),
        },
        checks=[
            pa.Check(
                lambda df: (df["published"].isna()) | (df["date"].astype(str) <= df["published"].astype(str)),
                error="statement date is after the publication date",
            ),
        ],
        strict=False,
        name="statements",
    )


STATEMENTS = statements_schema()

POLLS = pa.DataFrameSchema(
    {
        "poll_id": pa.Column(object, nullable=False, unique=True),
        "doc_id": _text(),
        "date": _date_column(nullable=False),
        "country": pa.Column(object, nullable=True, checks=_COUNTRY_CHECK),
        "pollster": _text(),
        "share_support": pa.Column(float, nullable=True, coerce=True, checks=pa.Check.in_range(0, 100)),
        "share_oppose": pa.Column(float, nullable=True, coerce=True, checks=pa.Check.in_range(0, 100)),
        "sample_size": pa.Column(float, nullable=True, coerce=True, checks=pa.Check.gt(0)),
        "question": _text(),
        "reported_by": _text(),
        "sentence": _text(),
        "url": _text(),
    },
    checks=[
        pa.Check(
            lambda df: df["share_support"].fillna(0) + df["share_oppose"].fillna(0) <= 101,
            error="support + oppose exceeds 100",
        ),
        pa.Check(
            lambda df: df["share_support"].notna() | df["share_oppose"].notna(),
            error="a poll row needs a share in favour or against",
        ),
    ],
    strict=False,
    name="polls",
)

SCHEMAS = {"documents": DOCUMENTS, "statements": STATEMENTS, "polls": POLLS}


class ContractError(InputError):
    """A table is missing columns the data contract requires (bad input: the CLI exits 2)."""


def _object_columns(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """Text columns as plain Python objects with None for missing (pandas 3 defaults to `str`)."""
    out = frame.copy()
    for col in columns:
        if col in out.columns and not pd.api.types.is_numeric_dtype(out[col]):
            out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out


def validate_or_quarantine(
    frame: pd.DataFrame, table: str, quarantine_dir: Path | None = None, *, source: str = "",
    topic: Topic | None = None,
    schema: pa.DataFrameSchema | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (valid rows, quarantined rows with a `reason` column).

    Missing columns are a contract error (raised: the whole table is wrong, not a row).
    Row-level failures are written to `quarantine_dir/<table>.csv` (appended) with the
    reason and the `source` they came from. Statements are checked against the `topic`'s labels
    (default: the default topic).
    """
    if schema is None:
        schema = statements_schema(topic) if table == "statements" and topic is not None else SCHEMAS[table]
    missing = [c for c, col in schema.columns.items() if col.required and c not in frame.columns]
    if missing:
        raise ContractError(f"{table} table{f' from {source}' if source else ''} lacks columns: {missing}")
    text_cols = [
        c for c, col in schema.columns.items()
        if (col.dtype is None or str(col.dtype) == "object") and c in frame.columns
    ]
    frame = _object_columns(frame.reset_index(drop=True), text_cols)
    try:
        valid = schema.validate(frame, lazy=True)
        return valid, frame.iloc[0:0].assign(reason=pd.Series(dtype=object))
    except pa.errors.SchemaErrors as err:
        reasons: dict[int, list[str]] = {}
        table_wide: list[str] = []
        for case in err.failure_cases.itertuples(index=False):
            idx = getattr(case, "index", None)
            if case.schema_context == "DataFrameSchema":
                what = f"row: {case.check}"  # a check across columns: one reason per row
            else:
                what = f"{case.column}: {case.check} (value {case.failure_case!r})"
            if idx is None or pd.isna(idx):
                table_wide.append(what)
            elif what not in reasons.get(int(idx), []):
                reasons.setdefault(int(idx), []).append(what)
        if table_wide and not reasons:
            raise ContractError(f"{table} table{f' from {source}' if source else ''}: {'; '.join(table_wide)}") from err
        bad_index = sorted(reasons)
        bad = frame.loc[bad_index].copy()
        bad["reason"] = ["; ".join(reasons[i]) for i in bad_index]
        bad["quarantine_source"] = source
        good = frame.drop(index=bad_index)
        good = schema.validate(good, lazy=False) if len(good) else good
        if quarantine_dir is not None and len(bad):
            write_quarantine(bad, Path(quarantine_dir) / f"{table}.csv")
        return good.reset_index(drop=True), bad.reset_index(drop=True)


def write_quarantine(rows: pd.DataFrame, path: Path) -> None:
    """Append rows to a quarantine CSV (header written once)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = not path.exists() or path.stat().st_size == 0
    rows.to_csv(path, mode="a", header=header, index=False)
