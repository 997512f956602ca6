"""The smaller persisted tables: review overrides, the actors table, collection failures, the ledger.

Each is a model like the big tables, so its column list is read off the model (`columns_of`) by
the module that writes it instead of being typed out again there.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from helpers.schemas.fields import (
    COUNTRY_ERROR,
    DATE_ERROR,
    columns_of,
    extra,
    is_country,
    is_real_date,
    string,
)

__all__ = [
    "ACTORS",
    "ACTOR_COLUMNS",
    "COLLECT_FAILURE_COLUMNS",
    "LEDGER_COLUMNS",
    "OPTIONAL_ACTOR_COLUMNS",
    "OVERRIDABLE_FIELDS",
    "OVERRIDES",
    "OVERRIDE_COLUMNS",
    "OVERRIDE_REQUIRED_COLUMNS",
    "WARC_FAILURE_COLUMNS",
    "Actors",
    "CollectFailures",
    "Ledger",
    "Overrides",
    "WarcFailures",
]

# the statement fields a reviewer may correct; `irrelevant` = "true" drops the statement
OVERRIDABLE_FIELDS = ("stance", "deployment", "speaker", "speaker_role", "country", "date", "irrelevant")
ACTOR_GENDERS = ("m", "f", "")


class Overrides(pa.DataFrameModel):
    """overrides/statements.csv: one row per corrected field, an append-only log (helpers.overrides)."""

    override_id: Series[object] = string(nullable=False)
    change_id: Series[object] | None = string(required=False)  # added later: older logs lack it
    statement_id: Series[object] = string(nullable=False)
    field: Series[object] = string(nullable=False)
    value: Series[object] = string()
    previous: Series[object] | None = string(required=False)  # added later: older logs lack it
    note: Series[object] = string()
    author: Series[object] = string()
    created_at: Series[object] = string()

    class Config:
        name = "overrides"
        strict = False

    @pa.check("statement_id", name="statement_id_given", error="empty statement_id")
    def _statement_id_given(cls, values: pd.Series) -> pd.Series:
        return values.astype(str).str.strip() != ""

    @pa.check("field", name="overridable", error=f"unknown field (allowed: {', '.join(OVERRIDABLE_FIELDS)})")
    def _field_is_overridable(cls, values: pd.Series) -> pd.Series:
        return values.isin(OVERRIDABLE_FIELDS)


class Actors(pa.DataFrameModel):
    """reference/actors.csv (the data dir's own, else the bundled one): who held which office, for which country, when."""

    person: Series[object] = string(nullable=False, str_length={"min_value": 1})
    aliases: Series[object] = string()
    country: Series[object] = string(nullable=False)
    role: Series[object] = string(nullable=False)
    role_title: Series[object] = string()
    valid_from: Series[object] = string(nullable=False)
    valid_to: Series[object] = string()  # empty: still in office
    gender: Series[object] | None = string(required=False, group="optional")
    confidence: Series[object] | None = string(required=False, group="optional")
    source: Series[object] | None = string(required=False, group="optional")

    class Config:
        name = "actors"
        strict = False

    @pa.check("valid_from", "valid_to", name="iso_date", error=DATE_ERROR)
    def _dates_are_real(cls, values: pd.Series) -> pd.Series:
        return is_real_date(values)

    @pa.check("country", name="country_code", error=COUNTRY_ERROR)
    def _country_is_a_code(cls, values: pd.Series) -> pd.Series:
        return is_country(values)

    @pa.check("gender", name="gender", error=f"gender is not one of {ACTOR_GENDERS}")
    def _gender_is_known(cls, values: pd.Series) -> pd.Series:
        return values.isna() | values.isin(ACTOR_GENDERS)


class CollectFailures(pa.DataFrameModel):
    """processed/collect_failures.csv: every URL or WARC record that could not be collected."""

    url: Series[Any] = extra(required=True)
    reason: Series[Any] = extra(required=True)
    status: Series[Any] = extra(required=True)
    role: Series[Any] = extra(required=True)
    source: Series[Any] = extra(required=True)
    attempts: Series[Any] = extra(required=True)
    fetched_at: Series[Any] = extra(required=True)

    class Config:
        name = "collect_failures"


class WarcFailures(pa.DataFrameModel):
    """The WARC reader's failed records (truncated or corrupt), before they join collect_failures."""

    file: Series[Any] = extra(required=True)
    offset: Series[Any] = extra(required=True)
    reason: Series[Any] = extra(required=True)
    warc_record_id: Series[Any] = extra(required=True)
    warc_target_uri: Series[Any] = extra(required=True)

    class Config:
        name = "warc_failures"


class Ledger(pa.DataFrameModel):
    """The ledger beside partitioned datasets (helpers.storage): which inputs are done."""

    file: Series[Any] = extra(required=True)
    sha256: Series[Any] = extra(required=True)
    bytes: Series[Any] = extra(required=True)
    key: Series[Any] = extra(required=True)
    processed_at: Series[Any] = extra(required=True)
    records: Series[Any] = extra(required=True)
    kept: Series[Any] = extra(required=True)
    failed: Series[Any] = extra(required=True)
    seconds: Series[Any] = extra(required=True)
    engine: Series[Any] = extra(required=True)
    counts: Series[Any] = extra(required=True)

    class Config:
        name = "ledger"


OVERRIDE_COLUMNS = columns_of(Overrides)
OVERRIDE_REQUIRED_COLUMNS = tuple(columns_of(Overrides, required=True))
ACTOR_COLUMNS = tuple(columns_of(Actors, required=True))
OPTIONAL_ACTOR_COLUMNS = tuple(columns_of(Actors, group="optional"))
COLLECT_FAILURE_COLUMNS = columns_of(CollectFailures)
WARC_FAILURE_COLUMNS = columns_of(WarcFailures)
LEDGER_COLUMNS = columns_of(Ledger)
OVERRIDES = Overrides
ACTORS = Actors
