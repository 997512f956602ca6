"""Extraction: documents -> statements (who said what, when, stance, deployment) and polls.

A thin face. The steps live in modules of their own, in a reader's order: `sentences` ->
`attribution` -> `dates` -> `relevance` -> `labelling` -> `rows`, run per document by
`document.extract_document`; `corpus` holds the corpus-wide step (`finalize`: ids, dedup,
overrides, validation) and `extract_corpus` (cache + per-document extraction + finalize).
See docs/extract-modules.md for who owns which module.
"""

from __future__ import annotations

from helpers.extract.corpus import ExtractResult, extract_corpus, extract_documents, extract_many, finalize
from helpers.extract.document import extract_document
from helpers.extract.rows import POLL_COLUMNS, STATEMENT_COLUMNS, raw_frame
from helpers.extract.version import EXTRACTOR_VERSION

__all__ = [
    "EXTRACTOR_VERSION",
    "POLL_COLUMNS",
    "STATEMENT_COLUMNS",
    "ExtractResult",
    "extract_corpus",
    "extract_document",
    "extract_documents",
    "extract_many",
    "finalize",
    "raw_frame",
]
