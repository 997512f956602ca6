"""Write notebooks/*.ipynb from their definitions in helpers.report.notebooks.

The notebooks' source lives in the package (the report runner builds the same notebooks for
every run); this keeps a copy in notebooks/ for JupyterLab and for review in diffs. Re-run after
editing helpers/report/notebooks.py or RunConfig; tests/test_notebooks.py checks the copies match.
"""

from pathlib import Path

from helpers.report.notebooks import write_notebooks

NB_DIR = Path(__file__).resolve().parents[1] / "notebooks"

if __name__ == "__main__":
    for path in write_notebooks(NB_DIR):
        print("wrote", path)
