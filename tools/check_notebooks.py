"""Notebooks are committed without outputs (they are templates; executed copies live in reports/<run>/).

    python tools/check_notebooks.py            # exit 1 naming every notebook cell with outputs or a count
    python tools/check_notebooks.py --strip    # remove them in place (what `make strip-notebooks` runs)

Run by `make check` (part of `make test`), so a notebook saved after running it in JupyterLab fails CI
until it is stripped. Reads the JSON directly: no Jupyter needed, and stripping leaves every other byte
of the cell (source, tags, ids) as it was.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def dirty_cells(nb: dict) -> list[str]:
    """'cell N: outputs' / 'cell N: execution_count' for every code cell that carries a run's traces."""
    found = []
    for n, cell in enumerate(nb.get("cells", []), 1):
        if cell.get("cell_type") != "code":
            continue
        if cell.get("outputs"):
            found.append(f"cell {n}: outputs")
        if cell.get("execution_count") is not None:
            found.append(f"cell {n}: execution_count")
    return found


def strip(nb: dict) -> dict:
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    return nb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, help="notebooks (default: notebooks/*.ipynb)")
    ap.add_argument("--strip", action="store_true", help="remove outputs and execution counts in place")
    args = ap.parse_args(argv)
    paths = args.paths or sorted(NOTEBOOKS.glob("*.ipynb"))
    problems = []
    for path in paths:
        try:
            nb = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            problems.append(f"{path}: cannot read notebook JSON ({exc})")
            continue
        dirty = dirty_cells(nb)
        if dirty and args.strip:
            # nbformat's layout (indent 1, key order kept, trailing newline) so a strip is a minimal diff
            path.write_text(json.dumps(strip(nb), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"stripped {path} ({len(dirty)} traces)")
        elif dirty:
            problems.extend(f"{path}: {d}" for d in dirty)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print("notebooks must be committed without outputs: run `make strip-notebooks`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
