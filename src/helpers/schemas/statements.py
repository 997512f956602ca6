"""The statements table (docs/data.md, "statements"): who said what, when.

The fourteen contract columns are required; what extraction adds (cues, confidences, dedup
sources, review marks ...) is optional, so tables written before a column existed stay valid.
`stance` and `deployment` are checked against a topic's label sets (helpers.labels): the model
carries the default topic's, `statements_schema(topic)` another topic's.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from helpers import labels as topic_labels
from helpers.schemas import rules
from helpers.schemas.fields import (
    COUNTRY_ERROR,
    DATE_ERROR,
    columns_of,
    extra,
    is_country,
    is_real_date,
    string,
)
from helpers.topics import Topic

__all__ = [
    "DEPLOYMENTS",
    "SPEAKER_TYPES",
    "STANCES",
    "STATEMENTS",
    "STATEMENT_COLUMNS",
    "STATEMENT_TABLE_COLUMNS",
    "Statements",
    "statements_schema",
]

# The default topic's labels (resources/topics/<default>.yml); other topics: statements_schema(topic).
STANCES: tuple[str, ...] = topic_labels.stance_labels().names
_DEFAULT_DEPLOYMENTS = topic_labels.deployment_labels()
DEPLOYMENTS: tuple[str, ...] = _DEFAULT_DEPLOYMENTS.names if _DEFAULT_DEPLOYMENTS is not None else ()
# who a row's speaker is: a named person; an organisation or an unnamed source only in the
# topic-free mode (`extract --topic all`, docs/extraction.md)
SPEAKER_TYPES = ("person", "organisation", "unnamed")


def _label_field(names: tuple[str, ...]) -> Any:
    return pa.Field(nullable=False, isin=names) if names else pa.Field(nullable=True)


def _probability() -> Any:
    """A calibrated probability in [0, 1], empty when the labeller gives none (optional column)."""
    return pa.Field(nullable=True, required=False, coerce=True, in_range={"min_value": 0, "max_value": 1})


class Statements(pa.DataFrameModel):
    """One row per speaker per document (after cross-document dedup, per statement)."""

    statement_id: Series[object] = string(nullable=False, unique=True)
    doc_id: Series[object] = string(nullable=False)
    date: Series[object] = string(nullable=False)
    speaker: Series[object] = string()
    speaker_role: Series[object] = string()
    country: Series[object] = string()
    stance: Series[object] = _label_field(STANCES)
    deployment: Series[object] = _label_field(DEPLOYMENTS)
    quote: Series[object] = string()
    reported_by: Series[object] = string()
    sentence: Series[object] = string(nullable=False, str_length={"min_value": 1})
    url: Series[object] = string()
    outlet: Series[object] = string()
    published: Series[object] = string()
    # what extraction adds, in the order the extract step writes them
    stance_cue: Series[Any] | None = extra()
    deployment_cue: Series[Any] | None = extra()
    date_source: Series[Any] | None = extra()
    attribution: Series[Any] | None = extra()
    role_key: Series[Any] | None = extra()
    speaker_in_table: Series[Any] | None = extra()
    speaker_type: Series[object] | None = pa.Field(nullable=True, required=False, isin=SPEAKER_TYPES)
    relevance: Series[Any] | None = extra()
    sentence_index: Series[Any] | None = extra()
    n_mentions: Series[Any] | None = extra()
    n_sources: Series[Any] | None = extra()
    sources: Series[Any] | None = extra()
    doc_ids: Series[Any] | None = extra()
    stance_confidence: Series[float] | None = _probability()
    deployment_confidence: Series[float] | None = _probability()
    extractor_version: Series[Any] | None = extra()
    reviewed: Series[Any] | None = extra()
    review_note: Series[Any] | None = extra()

    class Config:
        name = "statements"
        strict = False

    @pa.check("date", "published", name="iso_date", error=DATE_ERROR)
    def _dates_are_real(cls, values: pd.Series) -> pd.Series:
        return is_real_date(values)

    @pa.check("country", name="country_code", error=COUNTRY_ERROR)
    def _country_is_a_code(cls, values: pd.Series) -> pd.Series:
        return is_country(values)

    _date_not_after_publication = rules.STATEMENT_NOT_AFTER_PUBLICATION.model_check()


STATEMENT_COLUMNS = columns_of(Statements, required=True)
# the statements table as extraction writes it: the contract, then what extraction adds
STATEMENT_TABLE_COLUMNS = columns_of(Statements)
STATEMENTS = Statements  # the model; `.validate(frame)` or `.to_schema()` (built on first use)


@cache
def _default_schema() -> pa.DataFrameSchema:
    return Statements.to_schema()


def statements_schema(topic: Topic | None = None) -> pa.DataFrameSchema:
    """The statements schema with the topic's labels: `stance` must be one of its stance labels;
    `deployment` one of its deployment labels, or null when the topic has no deployment dimension.
    The model's schema is built once, on first use (pandera imports dask when it builds one)."""
    schema = _default_schema()
    if topic is None:
        return schema
    stances = topic_labels.stance_labels(topic).names
    deployments = topic_labels.deployment_labels(topic)
    deployment: dict[str, Any] = (
        {"nullable": True, "checks": []}
        if deployments is None
        else {"nullable": False, "checks": [pa.Check.isin(deployments.names)]}
    )
    return schema.update_columns(
        {"stance": {"nullable": False, "checks": [pa.Check.isin(stances)]}, "deployment": deployment}
    )
