"""All four notebooks run top to bottom under papermill with their default parameters on the bundled corpus."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import papermill as pm
import pytest

from helpers.paths import DataLayout
from helpers.report.notebooks import BUILDERS
from helpers.report.run import ensure_kernel
from helpers.schemas import validate_or_quarantine

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ["01_collect", "02_extract", "03_report", "04_explore"]
CHARTS = ["timeline", "balance", "matrix", "map", "polls"]

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_committed_without_outputs_with_one_parameters_cell(name: str) -> None:
    nb = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{name}: {len(tagged)} cells tagged parameters"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name} has outputs"
    assert nb.metadata["kernelspec"]["name"] == "stance-tracker"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_notebook_is_the_one_the_package_builds(name: str) -> None:
    """The runner builds its notebooks from helpers.report.notebooks; notebooks/ must be that copy
    (regenerate with tools/make_notebooks.py)."""
    committed = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    built = BUILDERS[name]()
    assert [(c.cell_type, c.source, c.metadata) for c in committed.cells] == [
        (c.cell_type, c.source, c.metadata) for c in built.cells
    ], f"notebooks/{name}.ipynb is stale: run tools/make_notebooks.py"


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder holding only the bundled corpus; each notebook runs there with NO parameters."""
    work = tmp_path_factory.mktemp("defaults")
    shutil.copytree(ROOT / "src" / "helpers" / "resources" / "seed", work / "data" / "raw" / "seed")
    kernel = ensure_kernel()
    for name in NOTEBOOKS:
        pm.execute_notebook(
            str(ROOT / "notebooks" / f"{name}.ipynb"),
            str(work / f"{name}.out.ipynb"),
            kernel_name=kernel,
            cwd=str(work),
            progress_bar=False,
        )
    return work


@pytest.mark.parametrize(
    ("table", "path"), [("documents", "documents"), ("statements", "statements"), ("polls", "polls")]
)
def test_default_run_writes_valid_non_empty_tables(executed: Path, table: str, path: str) -> None:
    layout = DataLayout.at(executed / "data")
    frame = pd.read_parquet(getattr(layout, path))
    assert len(frame) > 0
    _good, bad = validate_or_quarantine(frame, table)
    assert bad.empty, bad[["reason"]].to_string()
    assert (layout.processed / f"{path}.csv").exists()


def test_default_run_keeps_provenance_on_every_statement(executed: Path) -> None:
    statements = pd.read_parquet(DataLayout.at(executed / "data").statements)
    documents = pd.read_parquet(DataLayout.at(executed / "data").documents)
    assert set(statements["doc_id"]) <= set(documents["doc_id"])
    assert statements["sentence"].str.len().min() > 0
    for row in statements.itertuples():
        text = documents.set_index("doc_id").loc[row.doc_id, "text"]
        assert row.sentence.strip()[:40] in text


def test_report_notebook_renders_to_html_with_every_chart(executed: Path) -> None:
    from helpers.report.html import notebook_to_html

    page = notebook_to_html(executed / "03_report.out.ipynb", title="test")
    for chart in CHARTS:
        assert f'id="chart-{chart}"' in page and f'id="chart-{chart}-spec"' in page, chart
    assert "<script src=" not in page  # everything inlined: opens offline


def test_explore_notebook_built_its_dashboard(executed: Path) -> None:
    nb = nbformat.read(executed / "04_explore.out.ipynb", as_version=4)
    outputs = json.dumps([c.get("outputs", []) for c in nb.cells])
    assert "application/vnd.jupyter.widget-view+json" in outputs
    assert "error" not in {o.get("output_type") for c in nb.cells for o in c.get("outputs", [])}
