"""Finding the processed tables for the dashboard, or saying plainly which step to run first."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.paths import DataLayout, find_project_root
from helpers.tables import InputError, read_table

EXPLORE_MAX_ROWS = 100_000  # statements held by the dashboard (widgets filter in pandas)
# what the dashboard shows (filters, table, drill-down, review form) when it reads a large dataset
EXPLORE_COLUMNS = ["statement_id", "doc_id", "date", "speaker", "speaker_role", "country", "stance",
                   "deployment",
                   "quote", "sentence", "url", "outlet", "published", "stance_cue", "deployment_cue",
                   "reported_by", "sources", "n_sources", "doc_ids", "reviewed", "review_note"]


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


def load_explore_data(data_dir: str | Path = "data", *, since: str = "", until: str = "",
                      countries: str | list[str] = "", max_rows: int = EXPLORE_MAX_ROWS) -> ExploreData:
    """Statements (required) and documents (optional, for context) of one data dir.

    Only the window (since/until/countries) is read: from the month-partitioned dataset when
    there is one (filters pushed down to partitions and row groups), else from the flat table.
    More than `max_rows` statements in the window: the most recent `max_rows` are kept (whole
    months read newest first, only the columns the dashboard shows) and `note` says so.
    """
    from helpers import storage
    from helpers.report.sections import _window, count_window, parse_countries, statements_dataset

    layout = DataLayout.at(resolve_data_dir(data_dir))
    dataset = statements_dataset(layout)
    if dataset is None and not layout.statements.exists():
        raise InputError(
            f"{layout.statements}: no statements table yet. Run notebooks 01_collect and 02_extract "
            f"(or `stance-tracker collect --data-dir {layout.root}` then `stance-tracker extract "
            f"--data-dir {layout.root}`) first."
        )
    wanted = parse_countries(countries)
    where = {"country": wanted} if wanted else None
    note = ""
    if dataset is None:
        statements = _window(read_table(layout.statements), since, until, wanted)
        total = len(statements)
        if total > max_rows:
            statements = statements.sort_values("date", ascending=False, kind="stable").head(max_rows)
    else:
        total = count_window(dataset, since, until, wanted)
        if total <= max_rows and layout.statements.exists():  # the small path, as before the datasets
            statements = _window(read_table(layout.statements), since, until, wanted)
        elif total <= max_rows:
            statements = storage.read_dataset(dataset, since=since or None, until=until or None, where=where)
        else:
            statements = _latest_rows(dataset, since, until, where, max_rows)
    if total > len(statements):
        dates = statements["date"].astype(str)
        note = (f"Showing the {len(statements):,} most recent of {total:,} statements in this window "
                f"({dates.min()} to {dates.max()}). To explore other ones, narrow the window: "
                f"open_dashboard(data_dir, since=..., until=..., countries=...) (or raise max_rows).")
    statements = statements.reset_index(drop=True)
    documents = None
    if layout.documents.exists():
        if not note:
            documents = read_table(layout.documents)
        else:  # only the documents of the statements shown
            ids = statements["doc_id"].dropna().astype(str).unique().tolist()
            documents = pd.read_parquet(layout.documents, filters=[("doc_id", "in", ids)]) if ids else None
    return ExploreData(layout, statements, documents, note)


def _latest_rows(dataset: Path, since: str, until: str, where: dict | None, max_rows: int) -> pd.DataFrame:
    """The `max_rows` most recent statements of the window, reading whole months newest first."""
    from helpers import storage

    months = storage.count_by(dataset, ["month"], since=since or None, until=until or None, where=where)
    months = months[months["month"] != storage.UNKNOWN_MONTH].sort_values("month", ascending=False)
    first = months["month"].iloc[-1] if len(months) else None
    running = 0
    for month, n in zip(months["month"], months["n"], strict=True):
        running += int(n)
        first = month
        if running >= max_rows:
            break
    start = max(since, f"{first}-01") if since and first else (f"{first}-01" if first else since)
    names = set(pa_schema_names(dataset))
    frame = storage.read_dataset(dataset, columns=[c for c in EXPLORE_COLUMNS if c in names],
                                 since=start or None, until=until or None, where=where)
    return frame.sort_values(["date", "statement_id"], ascending=False, kind="stable").head(max_rows)


def pa_schema_names(dataset: Path) -> list[str]:
    import pyarrow.parquet as pq

    return sorted({n for p in dataset.glob("**/part-*.parquet") for n in pq.read_schema(p).names})


def open_dashboard(data_dir: str | Path = "data", **options: Any) -> Any:
    """The dashboard for `data_dir`, or a plain HTML message naming what is missing (never a traceback;
    plain output rather than a widget so it also reads in an executed notebook saved by papermill).

    `since`, `until`, `countries` and `max_rows` choose the window read (see `load_explore_data`);
    `topic` (a name, file or Topic) whose labels the filters and the review form offer;
    when rows were capped, a note above the dashboard says which ones are shown."""
    from IPython.display import HTML

    from helpers.explore.dashboard import build_dashboard

    window = {k: options.pop(k) for k in ("since", "until", "countries", "max_rows") if k in options}
    if isinstance(options.get("topic"), str | Path):  # a topic name or file: its labels drive the widgets
        from helpers.topics import load_topic

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
        import ipywidgets as w

        note = w.HTML(f"<div class='explore-capped' style='background:#fff4d6;padding:.4em .7em'>"
                      f"<b>Capped:</b> {html.escape(data.note)}</div>")
        board.widget.children = (note, *board.widget.children)
        board.note = data.note  # type: ignore[attr-defined]
    return board


def corrections_log(data_dir: str | Path = "data") -> pd.DataFrame:
    """The review corrections of a data dir, newest first (who changed what, when, from what)."""
    from helpers.overrides import load_overrides

    layout = DataLayout.at(resolve_data_dir(data_dir))
    log = load_overrides(layout.overrides)
    return log.iloc[::-1].reset_index(drop=True)
