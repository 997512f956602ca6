"""The documents table (docs/data.md, "documents"): one row per article, deduplicated.

The six contract columns are required; the collector's provenance, the dedup sources and the WARC
reader's record columns are optional and tagged with a group, so each writer's column list is read
off this one model (the collector writes contract + provenance + sources, the WARC reader all).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from helpers.schemas.fields import DATE_ERROR, columns_of, extra, is_real_date, string

__all__ = [
    "DOCUMENTS",
    "DOCUMENT_COLUMNS",
    "DOCUMENT_PROVENANCE_COLUMNS",
    "COLLECTED_DOCUMENT_COLUMNS",
    "WARC_DOCUMENT_COLUMNS",
    "Documents",
]

PROVENANCE = "provenance"
SOURCES = "sources"
WARC = "warc"


class Documents(pa.DataFrameModel):
    """Articles as every stage after collection reads them."""

    doc_id: Series[object] = string(nullable=False, unique=True, str_length={"min_value": 1})
    url: Series[object] = string()
    outlet: Series[object] = string()
    published: Series[object] = string()
    title: Series[object] = string()
    text: Series[object] = string(nullable=False, str_length={"min_value": 1})
    # provenance: how the text was obtained (collector, WARC reader)
    sha256: Series[Any] | None = extra(PROVENANCE)
    source_kind: Series[Any] | None = extra(PROVENANCE)
    raw_path: Series[Any] | None = extra(PROVENANCE)
    fetched_at: Series[Any] | None = extra(PROVENANCE)
    authors: Series[Any] | None = extra(PROVENANCE)
    language: Series[Any] | None = extra(PROVENANCE)
    date_source: Series[Any] | None = extra(PROVENANCE)
    charset: Series[Any] | None = extra(WARC)
    charset_note: Series[Any] | None = extra(WARC)
    sources: Series[Any] | None = extra(SOURCES)
    n_sources: Series[Any] | None = extra(SOURCES)
    warc_file: Series[Any] | None = extra(WARC)
    warc_record_id: Series[Any] | None = extra(WARC)
    warc_offset: Series[Any] | None = extra(WARC)
    warc_target_uri: Series[Any] | None = extra(WARC)
    warc_date: Series[Any] | None = extra(WARC)

    class Config:
        name = "documents"
        strict = False

    @pa.check("published", name="iso_date", error=DATE_ERROR)
    def _published_is_a_date(cls, values: pd.Series) -> pd.Series:
        return is_real_date(values)


DOCUMENT_COLUMNS = columns_of(Documents, required=True)
DOCUMENT_PROVENANCE_COLUMNS = columns_of(Documents, group=PROVENANCE)
# documents as the collector writes them: the contract, provenance, and the dedup's sources
COLLECTED_DOCUMENT_COLUMNS = [
    *DOCUMENT_COLUMNS,
    *DOCUMENT_PROVENANCE_COLUMNS,
    *columns_of(Documents, group=SOURCES),
]
# documents as the WARC reader writes them: every column, in the model's order
WARC_DOCUMENT_COLUMNS = columns_of(Documents)
DOCUMENTS = Documents  # the model; `.validate(frame)` or `.to_schema()`
