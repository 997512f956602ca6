"""Finding the processed tables for the dashboard, or saying plainly which step to run first."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.paths import DataLayout, find_project_root
from helpers.tables import InputError, read_table


@dataclass(frozen=True)
class ExploreData:
    layout: DataLayout
    statements: pd.DataFrame
    documents: pd.DataFrame | None


def resolve_data_dir(data_dir: str | Path) -> Path:
    """A relative data dir is taken from the working directory, else from the project root
    (JupyterLab starts kernels in notebooks/, papermill runs usually start in the root)."""
    path = Path(data_dir).expanduser()
    if path.is_absolute() or path.exists():
        return path
    candidate = find_project_root() / path
    return candidate if candidate.exists() else path


def load_explore_data(data_dir: str | Path = "data") -> ExploreData:
    """Statements (required) and documents (optional, for context) of one data dir."""
    layout = DataLayout.at(resolve_data_dir(data_dir))
    if not layout.statements.exists():
        raise InputError(
            f"{layout.statements}: no statements table yet. Run notebooks 01_collect and 02_extract "
            f"(or `stance-tracker collect --data-dir {layout.root}` then `stance-tracker extract "
            f"--data-dir {layout.root}`) first."
        )
    statements = read_table(layout.statements)
    documents = read_table(layout.documents) if layout.documents.exists() else None
    return ExploreData(layout, statements, documents)


def open_dashboard(data_dir: str | Path = "data", **options: Any) -> Any:
    """The dashboard for `data_dir`, or a plain HTML message naming what is missing (never a traceback;
    plain output rather than a widget so it also reads in an executed notebook saved by papermill)."""
    from IPython.display import HTML

    from helpers.explore.dashboard import build_dashboard

    try:
        data = load_explore_data(data_dir)
    except InputError as err:
        return HTML(
            f"<div class='explore-missing' style='color:#b00'><b>Nothing to explore yet.</b> "
            f"{html.escape(str(err))}</div>"
        )
    return build_dashboard(data.statements, data.documents, data.layout.overrides, **options)


def corrections_log(data_dir: str | Path = "data") -> pd.DataFrame:
    """The review corrections of a data dir, newest first (who changed what, when, from what)."""
    from helpers.overrides import load_overrides

    layout = DataLayout.at(resolve_data_dir(data_dir))
    log = load_overrides(layout.overrides)
    return log.iloc[::-1].reset_index(drop=True)
