"""The three polls tables (docs/data.md "polls", docs/polls.md): one poll row, three tables.

`PollRow` declares a poll's columns and rules once: the twelve contract columns required, the
fieldwork, population and provenance columns optional. Each table adds its own columns:
- `Polls`: polls read from news text (processed/polls, written by `extract`);
- `ImportedPolls`: rows of pollster releases and poll-list pages (processed/polls_imported),
  which must name their country;
- `MergedPolls`: one row per poll, all sources merged (processed/polls_merged).
Rules (shares within 0..100 and adding up to at most 100, fieldwork start <= end <= publication,
margin of error within 0..50) are checked here and nowhere else.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from helpers.schemas import rules
from helpers.schemas.fields import (
    COUNTRY_ERROR,
    DATE_ERROR,
    columns_of,
    extra,
    is_country,
    is_real_date,
    number,
    string,
)

__all__ = [
    "IMPORTED_POLLS",
    "IMPORTED_POLL_COLUMNS",
    "MERGED_POLLS",
    "MERGED_POLL_COLUMNS",
    "POLLS",
    "POLL_COLUMNS",
    "POLL_DETAIL_COLUMNS",
    "POLL_TABLE_COLUMNS",
    "ImportedPolls",
    "MergedPolls",
    "PollRow",
    "Polls",
]

SHARE_RANGE = {"min_value": 0, "max_value": 100}  # percentages


class PollRow(pa.DataFrameModel):
    """A poll's own columns and rules, shared by the three polls tables."""

    poll_id: Series[object] = string(nullable=False, unique=True)
    doc_id: Series[object] = string()
    date: Series[object] = string(nullable=False)
    country: Series[object] = string()
    pollster: Series[object] = string()
    client: Series[object] | None = string(required=False)
    share_support: Series[float] = number(in_range=SHARE_RANGE)
    share_oppose: Series[float] = number(in_range=SHARE_RANGE)
    sample_size: Series[float] = number(gt=0)
    question: Series[object] = string()
    reported_by: Series[object] = string()
    sentence: Series[object] = string()
    url: Series[object] = string()
    outlet: Series[object] | None = string(required=False)
    published: Series[object] | None = string(required=False)
    fieldwork_start: Series[object] | None = string(required=False)
    fieldwork_end: Series[object] | None = string(required=False)
    population: Series[object] | None = string(required=False)
    share_dont_know: Series[float] | None = number(required=False, in_range=SHARE_RANGE)
    margin_of_error: Series[float] | None = number(required=False, gt=0, le=50)
    question_id: Series[object] | None = string(required=False)
    source_kind: Series[object] | None = string(required=False)

    class Config:
        name = "polls"
        strict = False

    @pa.check("date", "published", "fieldwork_start", "fieldwork_end", name="iso_date", error=DATE_ERROR)
    def _dates_are_real(cls, values: pd.Series) -> pd.Series:
        return is_real_date(values)

    @pa.check("country", name="country_code", error=COUNTRY_ERROR)
    def _country_is_a_code(cls, values: pd.Series) -> pd.Series:
        return is_country(values)

    _has_share = rules.POLL_HAS_SHARE.model_check()
    _shares_total = rules.POLL_SHARES_TOTAL.model_check()
    _fieldwork_order = rules.FIELDWORK_ORDER.model_check()
    _fieldwork_before_publication = rules.FIELDWORK_BEFORE_PUBLICATION.model_check()


class Polls(PollRow):
    """Polls read from news text, a row per poll and document (processed/polls)."""

    sources: Series[Any] | None = extra()
    n_sources: Series[Any] | None = extra()
    sentence_index: Series[Any] | None = extra()
    extractor_version: Series[Any] | None = extra()

    class Config:
        name = "polls"


class ImportedPolls(PollRow):
    """Rows of imported poll tables, each naming the file, sheet, table and row it came from."""

    source_file: Series[Any] | None = extra()
    source_sha256: Series[Any] | None = extra()
    source_sheet: Series[Any] | None = extra()
    source_table: Series[Any] | None = extra()
    source_row: Series[Any] | None = extra()
    source_url: Series[Any] | None = extra()
    mapping: Series[Any] | None = extra()
    imported_at: Series[Any] | None = extra()
    sources: Series[Any] | None = extra()
    n_sources: Series[Any] | None = extra()

    class Config:
        name = "polls_imported"

    _country_known = rules.POLL_COUNTRY_KNOWN.model_check()


class MergedPolls(PollRow):
    """One row per poll: its member rows, their sources and where they disagree."""

    source_kinds: Series[Any] | None = extra()
    member_poll_ids: Series[Any] | None = extra()
    doc_ids: Series[Any] | None = extra()
    sources: Series[Any] | None = extra()
    n_sources: Series[Any] | None = extra()
    has_conflict: Series[Any] | None = extra()
    conflicts: Series[Any] | None = extra()
    possible_duplicate_of: Series[Any] | None = extra()
    source_file: Series[Any] | None = extra()
    source_sheet: Series[Any] | None = extra()
    source_table: Series[Any] | None = extra()
    source_row: Series[Any] | None = extra()
    source_url: Series[Any] | None = extra()

    class Config:
        name = "polls_merged"


POLL_COLUMNS = columns_of(PollRow, required=True)
# a poll in full: the contract's columns plus fieldwork, population and provenance
POLL_DETAIL_COLUMNS = columns_of(PollRow)
POLL_TABLE_COLUMNS = columns_of(Polls)
IMPORTED_POLL_COLUMNS = columns_of(ImportedPolls)
MERGED_POLL_COLUMNS = columns_of(MergedPolls)
# the models; `.validate(frame)` or `.to_schema()` (built on first use)
POLLS = Polls
IMPORTED_POLLS = ImportedPolls
MERGED_POLLS = MergedPolls
