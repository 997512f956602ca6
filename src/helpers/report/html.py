"""Executed notebook -> one self-contained HTML file with no code cells that works offline.

nbconvert's `lab` template loads require.js, MathJax, mermaid and the widget manager from
CDNs; offline those requests fail (and break pages that rely on them). The template below
extends `lab` and empties those blocks. Only rich outputs are kept: code, prompts, stream
output (warnings, logs) and tracebacks stay in the executed notebook beside the HTML.
JupyterLab's own stylesheet (240 KB) is replaced by a few rules. The Vega libraries arrive once, inside the first output of notebook 03 (helpers.charts.embed).
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import nbformat

TEMPLATE_NAME = "stance_report.html.j2"
_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block notebook_css %}<style>
/* JupyterLab's 240 KB stylesheet is not needed: the report sections carry their own styles. */
body { margin: 0; background: #fff; }
.jp-Cell, .jp-OutputArea-output { margin: 0; padding: 0; }
.jp-OutputPrompt, .jp-InputPrompt { display: none; }
.jp-RenderedMarkdown { max-width: 1080px; margin: 0 auto; padding: 0 1rem;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
</style>{% endblock notebook_css %}
"""
_KEEP_MIME = ("text/html", "text/markdown", "image/svg+xml", "image/png", "image/jpeg", "text/plain")


def report_cells_only(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop stream/error outputs and cells tagged `remove-cell`; code inputs are hidden by the exporter."""
    nb = nbformat.from_dict(nb)  # a copy
    cells = []
    for cell in nb.cells:
        if "remove-cell" in cell.get("metadata", {}).get("tags", []):
            continue
        if cell.cell_type == "code":
            cell.outputs = [
                o
                for o in cell.outputs
                if o.get("output_type") in ("display_data", "execute_result")
                and any(m in o.get("data", {}) for m in _KEEP_MIME)
            ]
        cells.append(cell)
    nb.cells = cells
    nb.metadata.pop("widgets", None)
    return nb


def notebook_to_html(notebook: str | Path | nbformat.NotebookNode, *, title: str = "") -> str:
    """Render an executed notebook as report HTML (no inputs, no prompts, no CDN scripts)."""
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(notebook), as_version=4) if isinstance(notebook, str | Path) else notebook
    nb = report_cells_only(nb)
    if title:
        nb.metadata["title"] = title
    exporter = HTMLExporter(
        template_name="lab",
        template_file=TEMPLATE_NAME,
        extra_loaders=[jinja2.DictLoader({TEMPLATE_NAME: _TEMPLATE})],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
        sanitize_html=False,  # our outputs are built escaped (helpers.report.sections); scripts must run
    )
    body, _resources = exporter.from_notebook_node(nb)
    return body
