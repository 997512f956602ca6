"""Write notebooks 01_collect and 02_extract (thin: parameters, one call, a look at the result).

Kept as a script so the notebooks' source is reviewable in diffs; re-run after editing.
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

NB_DIR = Path(__file__).resolve().parents[1] / "notebooks"
KERNEL = {"name": "stance-tracker", "display_name": "Stance Tracker (.venv)", "language": "python"}


def notebook(cells: list) -> nbformat.NotebookNode:
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = KERNEL
    nb.metadata["language_info"] = {"name": "python"}
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:02d}"
    return nb


def params(src: str) -> nbformat.NotebookNode:
    cell = new_code_cell(src)
    cell.metadata["tags"] = ["parameters"]
    return cell


collect = notebook([
    new_markdown_cell(
        "# 01 · Collect\n\nBuilds `processed/documents` from the bundled corpus (default), a documents file, "
        "URL lists, RSS/Atom feeds, section pages, saved HTML or WARC archives, and imports poll tables. "
        "Raw captures stay in `raw/` untouched; see `docs/collection.md`."
    ),
    params(
        'data_dir = "data"  # holds raw/, processed/, overrides/\n'
        'topic = "ukraine_troops"  # config/topics/<topic>.yml\n'
        'docs = ""  # a documents file (.jsonl/.csv/.parquet) to use instead of collecting\n'
        'urls = ""  # a file of article URLs (txt or CSV)\n'
        "feeds = []  # RSS/Atom feed URLs\n"
        "sections = []  # section/tag page URLs\n"
        "html_dirs = []  # folders of saved HTML pages\n"
        "warc = []  # WARC/WARC.gz paths or globs\n"
        "text_feeds = []  # [feed.txt, manifest.csv] pairs: plain-text feeds like the bundled corpus\n"
        'polls_import = ["data/polls/curated/*.csv"]  # poll tables (CSV/XLSX/HTML, globs) to import; [] for none\n'
        "refresh = False  # re-fetch pages already captured\n"
        'engine = "local"  # local, or dask (WARC files on a dask.distributed cluster)\n'
        'scheduler = ""  # dask scheduler address; empty: a LocalCluster'
    ),
    new_code_cell(
        "from helpers.stages import collect_stage\n\n"
        "summary = collect_stage(\n"
        "    data_dir=data_dir, topic=topic, docs=docs, urls=urls, feeds=feeds, sections=sections,\n"
        "    html_dirs=html_dirs, warc=warc, text_feeds=text_feeds, polls_import=polls_import, refresh=refresh,\n"
        "    engine=engine, scheduler=scheduler,\n"
        ")\nsummary"
    ),
    new_code_cell(
        "import pandas as pd\n\nfrom helpers.paths import DataLayout\n\n"
        "documents = pd.read_parquet(DataLayout.at(data_dir).documents)\n"
        'documents[["doc_id", "published", "outlet", "title", "text"]].head(10)'
    ),
])

extract = notebook([
    new_markdown_cell(
        "# 02 · Extract\n\nTurns `processed/documents` into the statements and polls tables (see `docs/codebook.md` "
        "and `docs/data.md`), applies review corrections from `overrides/statements.csv`, and merges news polls "
        "with imported poll tables."
    ),
    params(
        'data_dir = "data"\ntopic = "ukraine_troops"\n'
        'engine = "local"  # local, or dask (extraction mapped over partitions on dask.distributed)\n'
        'scheduler = ""  # dask scheduler address; empty: a LocalCluster'
    ),
    new_code_cell(
        "from helpers.stages import extract_stage\n\n"
        "summary = extract_stage(data_dir=data_dir, topic=topic, engine=engine, scheduler=scheduler)\nsummary"
    ),
    new_code_cell(
        "import pandas as pd\n\nfrom helpers.paths import DataLayout\n\n"
        "statements = pd.read_parquet(DataLayout.at(data_dir).statements)\n"
        'statements[["date", "speaker", "country", "stance", "deployment", "stance_cue", "sentence"]]'
    ),
])

if __name__ == "__main__":
    NB_DIR.mkdir(exist_ok=True)
    nbformat.write(collect, NB_DIR / "01_collect.ipynb")
    nbformat.write(extract, NB_DIR / "02_extract.ipynb")
    print("wrote", NB_DIR / "01_collect.ipynb", NB_DIR / "02_extract.ipynb")
