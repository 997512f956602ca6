"""Notebooks are committed without outputs or execution counts (tools/check_notebooks.py, run by `make check`)."""

from __future__ import annotations

import json
from pathlib import Path

import check_notebooks  # tools/, on pytest's pythonpath
import pytest


def _notebook(path: Path, *, outputs: bool) -> Path:
    cell = {
        "cell_type": "code",
        "id": "c1",
        "metadata": {"tags": ["parameters"]},
        "source": ["x = 1\n", "x"],
        "execution_count": 3 if outputs else None,
        "outputs": [
            {
                "output_type": "execute_result",
                "data": {"text/plain": ["1"]},
                "metadata": {},
                "execution_count": 3,
            }
        ]
        if outputs
        else [],
    }
    nb = {"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path.write_text(json.dumps(nb, indent=1) + "\n", encoding="utf-8")
    return path


def test_committed_notebooks_carry_no_outputs(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_notebooks.main([]) == 0, capsys.readouterr().err


def test_a_run_notebook_fails_the_check_naming_the_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _notebook(tmp_path / "run.ipynb", outputs=True)
    assert check_notebooks.main([str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: cell 1: outputs" in err and f"{path}: cell 1: execution_count" in err


def test_strip_removes_outputs_and_keeps_source_and_tags(tmp_path: Path) -> None:
    path = _notebook(tmp_path / "run.ipynb", outputs=True)
    assert check_notebooks.main(["--strip", str(path)]) == 0
    cell = json.loads(path.read_text(encoding="utf-8"))["cells"][0]
    assert cell["outputs"] == [] and cell["execution_count"] is None
    assert cell["source"] == ["x = 1\n", "x"] and cell["metadata"]["tags"] == ["parameters"]
    assert check_notebooks.main([str(path)]) == 0
