"""The four notebooks, as code: written to notebooks/ (tools/make_notebooks.py) and built afresh
by the report runner for every run, so a run never depends on a checkout's notebooks/ folder.

Each notebook is thin: one `parameters` cell, calls into `helpers`, a look at the result. The
parameters cells are derived from `RunConfig` (its defaults and help texts), so an option is
declared once; only what the runner injects (run id, run folder, time) and the review notebook's
own settings are declared here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from helpers.runconfig import COLLECT, EXPLORE, EXTRACT, REPORT, RunConfig

KERNEL = {"name": "stance-tracker", "display_name": "Stance Tracker (.venv)", "language": "python"}
# Parameters that are not run options: filled in by the report runner, or the review notebook's own.
OWN_PARAMETERS: dict[str, tuple[tuple[str, Any, str], ...]] = {
    REPORT: (
        ("out_dir", "", "the run folder: CSVs (data/) and static charts (charts/) are written here"),
        ("run_id", "", "shown in the report header"),
        ("generated_at", "", "shown in the report header"),
    ),
    EXPLORE: (
        ("author", "", "your name in the corrections log (empty: STANCE_TRACKER_AUTHOR or your login name)"),
        ("page_size", 25, "table rows per page"),
        ("max_rows", 100_000, "read at most this many statements (the newest); a note says when capped"),
    ),
}
RUN_NOTEBOOKS = (COLLECT, EXTRACT, REPORT)  # what `stance-tracker report` executes, in order

if TYPE_CHECKING:
    import nbformat


def literal(value: Any) -> str:
    """A parameter value as Python source (double-quoted strings, lists for tuples)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int) and value >= 10_000:
        return f"{value:_}"
    if isinstance(value, tuple | list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    return repr(value)


def parameters_source(name: str) -> str:
    """The `parameters` cell of notebook `name`: RunConfig's fields for it, then its own."""
    defaults = RunConfig()
    rows = [(f, getattr(defaults, f), RunConfig.help_for(f)) for f in RunConfig.notebook_fields(name)]
    rows += list(OWN_PARAMETERS.get(name, ()))
    return "\n".join(f"{field} = {literal(value)}  # {help_}" for field, value, help_ in rows)


def parameter_names(name: str) -> tuple[str, ...]:
    return RunConfig.notebook_fields(name) + tuple(p[0] for p in OWN_PARAMETERS.get(name, ()))


def parameters_cell(name: str) -> nbformat.NotebookNode:
    return code(parameters_source(name), tags=["parameters"])


def markdown(source: str, tags: list[str] | None = None) -> nbformat.NotebookNode:
    from nbformat.v4 import new_markdown_cell  # nbformat loads jsonschema (~1 s): only when building

    cell = new_markdown_cell(source.rstrip("\n"))
    if tags:
        cell.metadata["tags"] = tags
    return cell


def code(source: str, tags: list[str] | None = None) -> nbformat.NotebookNode:
    from nbformat.v4 import new_code_cell  # nbformat loads jsonschema (~1 s): only when building

    cell = new_code_cell(source.rstrip("\n"))
    if tags:
        cell.metadata["tags"] = tags
    return cell


def notebook(*cells: nbformat.NotebookNode) -> nbformat.NotebookNode:
    from nbformat.v4 import new_notebook  # nbformat loads jsonschema (~1 s): only when building

    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = KERNEL
    nb.metadata["language_info"] = {"name": "python"}
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:02d}"
    return nb


def config_call(name: str) -> str:
    """`config = RunConfig.from_params(...)` over a notebook's run options: the cell that checks them."""
    names = RunConfig.notebook_fields(name)
    return "config = RunConfig.from_params(\n" + "".join(f"    {n}={n},\n" for n in names) + ")"


def collect_notebook() -> nbformat.NotebookNode:
    """01_collect: processed/documents and the imported poll tables."""
    return notebook(
        markdown(
            "# 01 · Collect\n\nBuilds `processed/documents` from the bundled corpus (default), a documents file, "
            "URL lists, RSS/Atom feeds, section pages, saved HTML or WARC archives, and imports poll tables. "
            "Raw captures stay in `raw/` untouched; see `docs/collection.md`."
        ),
        parameters_cell(COLLECT),
        code(
            f"from helpers.pipeline import RunConfig, collect_stage\n\n{config_call(COLLECT)}\ncollect_stage(config)"
        ),
        code(
            "import pandas as pd\n\nfrom helpers.paths import DataLayout\n\n"
            "documents = pd.read_parquet(DataLayout.at(data_dir).documents)\n"
            'documents[["doc_id", "published", "outlet", "title", "text"]].head(10)'
        ),
    )


def extract_notebook() -> nbformat.NotebookNode:
    """02_extract: the statements and polls tables."""
    return notebook(
        markdown(
            "# 02 · Extract\n\nTurns `processed/documents` into the statements and polls tables (see "
            "`docs/codebook.md` and `docs/data.md`), applies review corrections from `overrides/statements.csv`, "
            "and merges news polls with imported poll tables."
        ),
        parameters_cell(EXTRACT),
        code(
            f"from helpers.pipeline import RunConfig, extract_stage\n\n{config_call(EXTRACT)}\nextract_stage(config)"
        ),
        code(
            "import pandas as pd\n\nfrom helpers.paths import DataLayout\n\n"
            "statements = pd.read_parquet(DataLayout.at(data_dir).statements)\n"
            'statements[["date", "speaker", "country", "stance", "deployment", "stance_cue", "sentence"]]'
        ),
    )


def report_notebook() -> nbformat.NotebookNode:
    """03_report: the report a run renders (headline numbers, charts, methodology, sources)."""
    return notebook(
        markdown(
            """\
# 03 · Report

Reads the processed tables of `data_dir` (statements, polls, documents), filters them to the window and countries, and shows the report: headline numbers, charts, methodology and sources. `stance-tracker report` runs this after 01_collect and 02_extract and renders it as one offline HTML file without code cells (see `docs/report.md`).
""",
            tags=["remove-cell"],
        ),
        parameters_cell(REPORT),
        code(
            """\
from IPython.display import HTML, display

from helpers import charts
from helpers.report import sections
from helpers.topics import load_topic

topic_config = load_topic(topic)
data = sections.load_report_data(data_dir=data_dir, since=since, until=until, countries=countries,
                                  topic=topic_config)
report_title = title or topic_config.title
parameters = {"topic": topic, "since": since, "until": until, "countries": countries, "docs": docs,
              "data_dir": data_dir}
display(HTML(sections.page_start(data, title=report_title, parameters=parameters,
                                 generated_at=generated_at, run_id=run_id)))
"""
        ),
        code(
            """\
# What is new since the newest earlier run in the same reports folder, and where each country stands.
display(HTML(sections.whats_new_html(data, out_dir, run_id, topic_config)))
"""
        ),
        code(
            """\
# Each section returns the chart and the table behind it. Every chart reads through helpers.query
# (DuckDB over the processed Parquet), so millions of statements are never loaded (docs/scale.md);
# above 3,000 dated statements the timeline shows counts.
timeline_chart, timeline_table = sections.timeline(data)
display(HTML(sections.chart_section(
    timeline_chart, name="timeline", heading="Who said what, when",
    caption="Each point is a statement by a named official, placed by the day it was made and the country "
            "the speaker speaks for. Colour is the stance"
            + (", shape the kind of deployment discussed" if topic_config.deployment_labels else "")
            + ". Hover for the speaker, role, quote and outlet; click a point to show its row in the "
            "statements table."
    if "n" not in timeline_table.columns else
    "Too many statements to show one by one: each circle counts the statements of one period, country "
    "and stance (its area is the count). Hover for the most frequent speakers and the deployments named.",
    data=timeline_table, out_dir=out_dir, export_format=export_format)))
"""
        ),
        code(
            """\
# Every statement as a sortable, filterable, searchable table (itables, offline); a click on a
# timeline point shows its row here. Aggregated reports (millions of rows) list the newest rows only.
from helpers.report import statements_table

table_rows, table_total, table_note = sections.table_statements(data)
display(HTML(statements_table.statements_section(table_rows, topic_config, total=table_total, note=table_note)))
"""
        ),
        code(
            """\
balance_chart, balance_data = sections.balance(data)
display(HTML(sections.chart_section(
    balance_chart, name="balance", heading="Balance of stances by month",
    caption="Statements per month by stance. A month with many statements reflects news attention, "
            "not a change of policy; compare the shares within each bar.",
    data=balance_data, out_dir=out_dir, export_format=export_format)))
"""
        ),
        code(
            """\
matrix_chart, matrix_data = sections.matrix(data)
display(HTML(sections.chart_section(
    matrix_chart, name="matrix", heading="Who moved: latest stance by country and quarter",
    caption="Each cell is the stance of a country's latest statement in that quarter. An outlined cell "
            "differs from the country's previous quarter with a statement.",
    data=matrix_data, out_dir=out_dir, export_format=export_format)))
"""
        ),
        code(
            """\
map_chart, map_data = sections.latest_map(data)
display(HTML(sections.chart_section(
    map_chart, name="map", heading="Latest stance by country",
    caption="Each country is coloured by its latest statement in this window; pale grey: no statement. "
            "Boundaries: Natural Earth 1:110m (public domain).",
    data=map_data, out_dir=out_dir, export_format=export_format)))
"""
        ),
        code(
            """\
polls = data.polls
display(HTML(sections.chart_section(
    charts.polls_over_time(polls), name="polls", heading="What the polls say",
    caption=charts.polls_caption(polls), data=polls, out_dir=out_dir, export_format=export_format)))
"""
        ),
        code(
            """\
display(HTML(sections.methodology(data, topic_config.title)))
display(HTML(sections.sources_table(data, out_dir=out_dir)))
"""
        ),
    )


def explore_notebook() -> nbformat.NotebookNode:
    """04_explore: the review dashboard (not run by the report runner)."""
    return notebook(
        markdown(
            """\
# 04 · Explore and review

Slice the statements that `02_extract` produced, read the sentence behind any point, and correct what the extractor got wrong.

- **Filter** with the country list (ctrl/shift-click for several; none selected = all), the stance and deployment toggles, the date slider and the speaker/outlet search boxes. Counts, charts and table follow.
- **Drill down** by clicking a point in the first chart or a row of the table: the sentence in its article, the quote, who said it and every source it was reported in.
- **Review**: change stance, deployment, speaker, role, country or date, or tick *not relevant*, add a note and *Save correction*. Corrections go to `overrides/statements.csv` in the data dir, with your name and the time; *Undo my last change* takes back your newest one. Extraction applies the log on every run, so re-run `02_extract` (or `stance-tracker extract`) and the report to see them there.

Charts are drawn with `alt.JupyterChart` (an anywidget with the Vega libraries inlined), which JupyterLab 4 renders without internet access; see `docs/explore.md`.
"""
        ),
        parameters_cell(EXPLORE),
        code(
            """\
from helpers.explore import open_dashboard

dashboard = open_dashboard(
    data_dir, author=author, page_size=page_size, topic=topic,
    since=since, until=until, countries=countries, max_rows=max_rows,
)
dashboard
"""
        ),
        markdown(
            """\
## Corrections so far

Newest first. `previous` is the value the reviewer saw; rows saved together share a `change_id`. Re-run this cell after saving.
"""
        ),
        code(
            """\
from helpers.explore.data import corrections_log

corrections_log(data_dir).head(20)
"""
        ),
    )


BUILDERS = {
    COLLECT: collect_notebook,
    EXTRACT: extract_notebook,
    REPORT: report_notebook,
    EXPLORE: explore_notebook,
}


def write_notebooks(folder: str | Path, names: tuple[str, ...] = tuple(BUILDERS)) -> list[Path]:
    """Write the notebooks (without outputs) into `folder`; returns their paths in `names` order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    import nbformat  # loads jsonschema (~1 s): only when writing

    for name in names:
        path = folder / f"{name}.ipynb"
        nbformat.write(BUILDERS[name](), path)
        paths.append(path)
    return paths
