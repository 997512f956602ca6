"""Finding the processed tables for the dashboard (through helpers.query), or saying plainly which
step to run first."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ipywidgets as w
import pandas as pd
from IPython.display import HTML

from helpers import query
from helpers.explore.dashboard import build_dashboard
from helpers.overrides import load_overrides
from helpers.paths import DataLayout, find_project_root
from helpers.tables import InputError
from helpers.topics import load_topic

EXPLORE_MAX_ROWS = 100_000  # statements held by the dashboard (widgets filter in pandas)
# what the dashboard shows (filters, table, drill-down, review form) when it reads a capped window
EXPLORE_COLUMNS = [
    "statement_id",
    "doc_id",
    "date",
    "speaker",
    "speaker_role",
    "country",
    "stance",
    "deployment",
    "quote",
    "sentence",
    "url",
    "outlet",
    "published",
    "stance_cue",
    "deployment_cue",
    "reported_by",
    "sources",
    "n_sources",
    "doc_ids",
    "reviewed",
    "review_note",
]


@dataclass(frozen=True)
class ExploreData:
    layout: DataLayout
    statements: pd.DataFrame
    documents: pd.DataFrame | None
    note: str = ""  # set when the statements were capped: what is shown and how to see the rest


def resolve_data_dir(data_dir: str | Path) -> Path:
    """A relative data dir is taken from the working directory, else from the project root
    (JupyterLab starts kernels in notebooks/, papermill runs usually start in the root)."""
    path = Path(data_dir).expanduser()
    if path.is_absolute() or path.exists():
        return path
    candidate = find_project_root() / path
    return candidate if candidate.exists() else path


def load_explore_data(
    data_dir: str | Path = "data",
    *,
    since: str = "",
    until: str = "",
    countries: str | list[str] = "",
    max_rows: int = EXPLORE_MAX_ROWS,
) -> ExploreData:
    """Statements (required) and documents (optional, for context) of one data dir.

    Only the window (since/until/countries) is read (helpers.query: filters pushed down to the
    month partitions and row groups). More than `max_rows` statements in the window: the most
    recent `max_rows` are kept (only the columns the dashboard shows) and `note` says so.
    """
    layout = DataLayout.at(resolve_data_dir(data_dir))
    if query.statements_source(layout) is None:
        raise InputError(
            f"{layout.statements}: no statements table yet. Run notebooks 01_collect and 02_extract "
            f"(or `stance-tracker collect --data-dir {layout.root}` then `stance-tracker extract "
            f"--data-dir {layout.root}`) first."
        )
    window = query.open_window(layout.root, since=since, until=until, countries=countries)
    total = query.count_statements(window)
    note = ""
    if total <= max_rows:
        statements = query.statement_rows(window)
    else:
        statements = query.statement_rows(window, columns=EXPLORE_COLUMNS, limit=max_rows, newest_first=True)
        dates = statements["date"].astype(str)
        note = (
            f"Showing the {len(statements):,} most recent of {total:,} statements in this window "
            f"({dates.min()} to {dates.max()}). To explore other ones, narrow the window: "
            f"open_dashboard(data_dir, since=..., until=..., countries=...) (or raise max_rows)."
        )
    if not note:
        documents = query.documents(layout)
    else:  # only the documents of the statements shown
        ids = statements["doc_id"].dropna().astype(str).unique().tolist()
        documents = query.documents(layout, ids=ids) if ids else None
    return ExploreData(layout, statements.reset_index(drop=True), documents, note)


def open_dashboard(data_dir: str | Path = "data", **options: Any) -> Any:
    """The dashboard for `data_dir`, or a plain HTML message naming what is missing (never a traceback;
    plain output rather than a widget so it also reads in an executed notebook saved by papermill).

    `since`, `until`, `countries` and `max_rows` choose the window read (see `load_explore_data`);
    `topic` (a name, file or Topic) whose labels the filters and the review form offer;
    when rows were capped, a note above the dashboard says which ones are shown."""
    window = {k: options.pop(k) for k in ("since", "until", "countries", "max_rows") if k in options}
    if isinstance(options.get("topic"), str | Path):  # a topic name or file: its labels drive the widgets
        try:
            options["topic"] = load_topic(options["topic"])
        except InputError as err:
            return HTML(f"<div class='explore-missing' style='color:#b00'>{html.escape(str(err))}</div>")
    try:
        data = load_explore_data(data_dir, **window)
    except InputError as err:
        return HTML(
            f"<div class='explore-missing' style='color:#b00'><b>Nothing to explore yet.</b> "
            f"{html.escape(str(err))}</div>"
        )
    board = build_dashboard(data.statements, data.documents, data.layout.overrides, **options)
    if data.note:
        note = w.HTML(
            f"<div class='explore-capped' style='background:#fff4d6;padding:.4em .7em'>"
            f"<b>Capped:</b> {html.escape(data.note)}</div>"
        )
        board.widget.children = (note, *board.widget.children)
        board.note = data.note  # type: ignore[attr-defined]
    return board


def corrections_log(data_dir: str | Path = "data") -> pd.DataFrame:
    """The review corrections of a data dir, newest first (who changed what, when, from what)."""
    layout = DataLayout.at(resolve_data_dir(data_dir))
    log = load_overrides(layout.overrides)
    return log.iloc[::-1].reset_index(drop=True)
