"""Notebook 04_explore runs headless under papermill, on real extracted data and on an empty data dir."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import papermill as pm
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "04_explore.ipynb"

pytestmark = pytest.mark.slow


def prepare_data_dir(root: Path) -> Path:
    """A data dir holding the bundled corpus, collected and extracted by the real pipeline."""
    pytest.importorskip("helpers.extract", reason="extraction is not built in this checkout")
    from helpers.pipeline import RunConfig, collect_stage, extract_stage

    data = root / "data"
    shutil.copytree(ROOT / "src" / "helpers" / "resources" / "seed", data / "raw" / "seed")
    collect_stage(RunConfig(data_dir=str(data)))
    summary = extract_stage(RunConfig(data_dir=str(data)))
    assert summary["statements"] > 0, summary
    return data


def run(tmp_path: Path, **parameters: object) -> nbformat.NotebookNode:
    out = tmp_path / "04_explore.out.ipynb"
    pm.execute_notebook(str(NOTEBOOK), str(out), parameters=parameters, cwd=str(tmp_path), progress_bar=False)
    return nbformat.read(out, as_version=4)


def outputs_text(nb: nbformat.NotebookNode) -> str:
    return json.dumps([cell.get("outputs", []) for cell in nb.cells])


def test_notebook_is_committed_without_outputs_and_has_one_parameters_cell() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    assert 'data_dir = "data"' in tagged[0].source
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    assert set(pm.inspect_notebook(str(NOTEBOOK))) == {
        "data_dir",
        "topic",
        "author",
        "page_size",
        "since",
        "until",
        "countries",
        "max_rows",
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return prepare_data_dir(tmp_path_factory.mktemp("explore"))


def test_notebook_builds_the_dashboard_over_extracted_statements(tmp_path: Path, extracted: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(extracted, data)
    nb = run(tmp_path, data_dir=str(data))
    text = outputs_text(nb)
    assert "application/vnd.jupyter.widget-view+json" in text
    assert "Nothing to explore yet" not in text
    assert "error" not in {o.get("output_type") for c in nb.cells for o in c.get("outputs", [])}


def test_notebook_without_tables_says_which_step_to_run(tmp_path: Path) -> None:
    nb = run(tmp_path, data_dir=str(tmp_path / "empty"))
    text = outputs_text(nb)
    assert "Nothing to explore yet" in text
    assert "02_extract" in text and "stance-tracker extract" in text


def test_correction_saved_in_the_dashboard_reaches_tables_and_charts_after_re_extraction(
    tmp_path: Path, extracted: Path
) -> None:
    from helpers.charts import stance_timeline
    from helpers.explore import open_dashboard
    from helpers.pipeline import RunConfig, extract_stage
    from helpers.tables import read_table

    data = tmp_path / "data"
    shutil.copytree(extracted, data)
    board = open_dashboard(data, author="reviewer", live_charts=False)
    before = read_table(data / "processed" / "statements.parquet")
    target = before.iloc[0]
    new_stance = next(s for s in ("oppose", "support") if s != target["stance"])
    board.rows.value = target["statement_id"]
    board.f_stance.value = new_stance
    board.f_note.value = "checked against the article"
    assert board.save_correction()
    gone = before.iloc[1]["statement_id"]
    board.rows.value = gone
    board.f_irrelevant.value = True
    assert board.save_correction()

    extract_stage(RunConfig(data_dir=str(data)))
    after = read_table(data / "processed" / "statements.parquet").set_index("statement_id")
    assert after.loc[target["statement_id"], "stance"] == new_stance
    assert bool(after.loc[target["statement_id"], "reviewed"]) is True
    assert after.loc[target["statement_id"], "review_note"] == "checked against the article"
    assert gone not in after.index and len(after) == len(before) - 1
    spec = stance_timeline(after.reset_index(), title="t").to_dict()
    points = [
        d for values in spec["datasets"].values() for d in values if d.get("speaker") == target["speaker"]
    ]
    assert any(p["stance"] == new_stance for p in points)
