"""Shared test setup: the two tiers every test belongs to, and the row builders several test files need.

Tiers (markers registered in pyproject.toml):

- ``integration``: runs notebooks (papermill), subprocesses, a browser, Dask, HTTP servers, or takes
  more than about a second. Assigned below from an explicit list of modules and of single tests,
  plus every test already marked ``slow`` or ``browser``.
- ``unit``: everything else. ``make test-fast`` (``pytest -m unit``) runs this tier in under a minute;
  ``make test`` (what CI runs) runs both.

A new test module that starts servers, kernels, browsers or subprocesses belongs in
INTEGRATION_MODULES; a single slow test in an otherwise fast module, in INTEGRATION_TESTS
(tests/test_tiers.py keeps both lists pointing at tests that exist).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
import pytest

# module (file stem) -> why the whole module is integration
INTEGRATION_MODULES: dict[str, str] = {
    "test_cli": "runs stance-tracker in subprocesses",
    "test_collect_resume": "HTTP fixture servers, repeated collection runs",
    "test_collect_schedule": "HTTP fixture servers timing a polite crawl",
    "test_collect_web": "HTTP fixture servers",
    "test_engine": "a Dask cluster",
    "test_eval_heldout": "HTTP server + collect/extract subprocesses",
    "test_explore_notebook": "runs notebooks/04_explore under papermill",
    "test_gold_builders": "runs every gold builder in a subprocess",
    "test_jupyterlab_browser": "jupyter lab + headless chromium",
    "test_notebooks": "runs the notebooks under papermill",
    "test_report_run": "full report runs (papermill, HTML) and a browser",
    "test_report_scale": "partitioned datasets through DuckDB and the report sections (~7 s)",
    "test_report_table": "report runs (papermill) and a browser",
}

# "module::test name" (without parameters) -> why this single test is integration (each > ~1 s)
INTEGRATION_TESTS: dict[str, str] = {
    "test_labeller::test_training_learns_a_labelled_corpus_and_the_model_labels_rows": "trains a model (~5 s)",
    "test_labeller::test_train_command_writes_the_model_where_runs_on_that_folder_find_it": "trains (~5 s)",
    "test_overrides::test_concurrent_processes_lose_no_corrections": "spawns writer processes (~3 s)",
    "test_warc::test_prefilter_passes_every_text_the_topic_filter_keeps": "hypothesis search (~3 s)",
    "test_warc::test_prefilter_passes_every_page_whose_parsed_text_the_topic_filter_keeps": "hypothesis (~1.5 s)",
    "test_polls_curated::test_reimporting_the_same_file_writes_the_same_table": "two imports (~1.3 s)",
    "test_extract_pipeline::test_evaluate_figures_equal_the_shared_scorer": "runs ../shared's scorer in a subprocess",
}

_INTEGRATION_MARKERS = ("slow", "browser")


def is_integration(module: str, name: str, markers: Iterable[str]) -> bool:
    """The tier rule, kept apart from pytest so tests/test_tiers.py can check it."""
    return (
        module in INTEGRATION_MODULES
        or f"{module}::{name}" in INTEGRATION_TESTS
        or any(m in _INTEGRATION_MARKERS for m in markers)
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        module = item.path.stem
        name = getattr(item, "originalname", None) or item.name.split("[")[0]
        markers = {m.name for m in item.iter_markers()}
        tier = "integration" if is_integration(module, name, markers) else "unit"
        item.add_marker(getattr(pytest.mark, tier))


# ---------------------------------------------------------------------------------------- row builders
# One valid row per table, as extraction writes it; a test overrides only the fields it is about.
# Frames are built from dicts so a test names the columns it cares about and never a column position.

STATEMENT_ROW: dict[str, Any] = {
    "statement_id": "s1",
    "doc_id": "d1",
    "date": "2024-02-26",
    "speaker": "Emmanuel Macron",
    "speaker_role": "President",
    "country": "FR",
    "stance": "support",
    "deployment": "combat_troops",
    "quote": None,
    "reported_by": "Le Monde",
    "sentence": "French President Emmanuel Macron said sending Western troops could not be ruled out.",
    "url": "https://www.lemonde.fr/a",
    "outlet": "Le Monde",
    "published": "2024-02-27",
}

POLL_ROW: dict[str, Any] = {
    "poll_id": "news-poll-1",
    "doc_id": "doc-forsa",
    "date": "2025-03-06",
    "country": "DE",
    "pollster": "Forsa for RTL",
    "share_support": 46.0,
    "share_oppose": 44.0,
    "sample_size": None,
    "question": "German soldiers taking part in a force to secure a ceasefire",
    "reported_by": "Example News",
    "sentence": "Some 46% of Germans would support ...",
    "url": "https://news.example/forsa",
    "outlet": "Example News",
    "published": "2025-03-06",
    "fieldwork_start": None,
    "fieldwork_end": None,
    "population": "Germans",
    "share_dont_know": None,
    "margin_of_error": None,
    "question_id": None,
    "source_kind": "news",
    "sources": json.dumps(
        [{"url": "https://news.example/forsa", "outlet": "Example News", "published": "2025-03-06"}]
    ),
    "n_sources": 1,
}

DOCUMENT_ROW: dict[str, Any] = {
    "doc_id": "d1",
    "url": "https://www.lemonde.fr/a",
    "outlet": "Le Monde",
    "published": "2024-02-27",
    "title": None,
    "text": "French President Emmanuel Macron said sending Western troops could not be ruled out.",
}


def statement_row(**fields: Any) -> dict[str, Any]:
    """A statements row (the contract's columns) with `fields` replaced or added."""
    return {**STATEMENT_ROW, **fields}


def poll_row(**fields: Any) -> dict[str, Any]:
    """A polls row as extraction writes it to processed/polls with `fields` replaced or added."""
    return {**POLL_ROW, **fields}


def document_row(**fields: Any) -> dict[str, Any]:
    """A documents row (doc_id, url, outlet, published, title, text) with `fields` replaced or added."""
    return {**DOCUMENT_ROW, **fields}


def _frame(
    template: Mapping[str, Any], rows: Iterable[Mapping[str, Any]], key: str, prefix: str
) -> pd.DataFrame:
    filled = []
    for i, fields in enumerate(rows, 1):
        row = {**template, **fields}
        if key not in fields:  # distinct ids unless the test sets them (the contract keys are unique)
            row[key] = f"{prefix}{i}"
        filled.append(row)
    return pd.DataFrame(filled, columns=list(dict.fromkeys([*template, *(k for r in filled for k in r)])))


def statements_table(*rows: Mapping[str, Any]) -> pd.DataFrame:
    """Statements from partial rows: `statements_table({"speaker": "Olaf Scholz"}, {...})`; ids s1, s2, ..."""
    return _frame(STATEMENT_ROW, rows, "statement_id", "s")


def polls_table(*rows: Mapping[str, Any]) -> pd.DataFrame:
    """Polls from partial rows; ids p1, p2, ... unless given."""
    return _frame(POLL_ROW, rows, "poll_id", "p")


def documents_table(*rows: Mapping[str, Any]) -> pd.DataFrame:
    """Documents from partial rows; ids d1, d2, ... unless given."""
    return _frame(DOCUMENT_ROW, rows, "doc_id", "d")


def text_documents(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    """Documents from (doc_id, outlet, published, text) tuples, the shape extraction tests write inline."""
    return documents_table(
        *(
            {"doc_id": d, "url": f"https://{o.lower()}.example/{d}", "outlet": o, "published": p, "text": t}
            for d, o, p, t in rows
        )
    )


def speakers_in(text: str, topic: str = "ukraine_troops", published: str = "2025-03-01") -> list[str]:
    """The distinct speakers extraction finds in one document holding `text` (the attribution tests'
    question: who speaks, not how many rows each gets)."""
    from helpers.extract import extract_documents  # here, so tests that build no rows import no extractor

    docs = pd.DataFrame(
        [{"doc_id": "d", "url": None, "outlet": "Test", "published": published, "title": "", "text": text}]
    )
    rows, _ = extract_documents(docs, topic)
    return sorted(set(rows["speaker"])) if len(rows) else []
