# ruff: noqa: E501  (long lines are documentation of the data files)
"""Rebuild the held-out gold sets from these sources: `python build_all.py` (from this folder).

text_docs.py   held-out text documents + gold rows (dates written relative to publication via `wd`)
page_specs.py  held-out article pages: metadata, body paragraphs, gold rows
build_pages.py renders page_specs into realistic HTML (boilerplate, meta tags, JSON-LD) + manifest + URL-keyed gold
"""

import subprocess
import sys
from pathlib import Path

import common
import text_docs

HERE = Path(__file__).resolve().parent
common.write(text_docs.D, HERE.parent)
subprocess.run(
    [sys.executable, str(HERE / "build_pages.py"), str(HERE.parents[1] / "pages")], check=True, cwd=HERE
)
