"""Report parameters, HTML export and page sections, without executing notebooks (fast)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from fixture_tables import XSS_QUOTE, XSS_TITLE, write_processed

from helpers.cli import main
from helpers.cli.report import build_config, register
from helpers.paths import PROJECT_ROOT
from helpers.report import params as P
from helpers.report import sections
from helpers.report.html import notebook_to_html
from helpers.report.run import error_page, write_index
from helpers.tables import InputError

NOTEBOOKS = [
    PROJECT_ROOT / "notebooks" / n for n in ("01_collect.ipynb", "02_extract.ipynb", "03_report.ipynb")
]


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    return parser.parse_args(["report", *argv])


def test_last_window_resolves_to_concrete_dates():
    assert P.parse_last("30d", today=date(2025, 3, 31)) == ("2025-03-01", "2025-03-31")
    assert P.parse_last("2w", today=date(2025, 3, 31)) == ("2025-03-17", "2025-03-31")
    with pytest.raises(InputError, match="30d"):
        P.parse_last("thirty days")


def test_cli_parameters_refuse_conflicting_or_malformed_windows():
    config = build_config(_args("--since", "2025-01-01", "--countries", "dk, fr", "--format", "svg"))
    assert config.since == "2025-01-01" and config.countries == "DK,FR"
    assert config.export_format == "svg"
    with pytest.raises(InputError, match="--last cannot be combined"):
        build_config(_args("--last", "30d", "--since", "2025-01-01"))
    with pytest.raises(InputError, match="after"):
        build_config(_args("--since", "2025-02-01", "--until", "2025-01-01"))
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        build_config(_args("--since", "01/02/2025"))


def test_unknown_parameter_is_refused_with_the_valid_names():
    with pytest.raises(InputError) as err:
        P.check_parameter_names({"data_dir": "data", "contries": "DK"}, NOTEBOOKS)
    message = str(err.value)
    assert "'contries'" in message
    for name in ("countries", "since", "until", "topic", "docs", "title"):
        assert name in message


def test_cli_exits_2_on_unknown_parameter_before_running_anything(tmp_path, capsys):
    code = main(["report", "--out", str(tmp_path / "r"), "-p", "contries=DK", "--data-dir", str(tmp_path)])
    assert code == 2
    assert "contries" in capsys.readouterr().err
    assert not (tmp_path / "r").exists()


def test_each_notebook_gets_only_the_parameters_it_declares():
    split = P.split_parameters({"data_dir": "d", "topic": "t", "title": "x", "docs": "f.jsonl"}, NOTEBOOKS)
    assert split[NOTEBOOKS[1]] == {"data_dir": "d", "topic": "t"}
    assert split[NOTEBOOKS[2]]["title"] == "x" and "title" not in split[NOTEBOOKS[0]]


def test_default_run_id_is_stable_for_the_same_parameters():
    a = P.default_run_id({"topic": "t", "since": "2025-01-01"}, today=date(2025, 5, 1))
    b = P.default_run_id({"since": "2025-01-01", "topic": "t"}, today=date(2025, 5, 1))
    c = P.default_run_id({"topic": "t", "since": "2025-02-01"}, today=date(2025, 5, 1))
    assert a == b != c and a.startswith("2025-05-01-")
    with pytest.raises(InputError):
        P.check_run_id("../escape")


def test_report_data_filters_window_and_countries(tmp_path):
    write_processed(tmp_path)
    data = sections.load_report_data(data_dir=tmp_path, since="2025-01-01", countries="DE,dk")
    rows = data.statements()
    assert set(rows["country"]) == {"DE", "DK"}
    assert rows["date"].min() >= "2025-01-01"
    assert set(data.polls["country"]) == {"DK"}
    with pytest.raises(InputError, match="statements"):
        sections.load_report_data(data_dir=tmp_path / "empty")


def test_sources_table_escapes_scraped_text_and_refuses_javascript_links(tmp_path):
    write_processed(tmp_path)
    page = sections.sources_table(sections.load_report_data(data_dir=tmp_path))
    assert XSS_TITLE not in page and "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    assert "javascript:" not in page
    assert 'href="https://example.org/fr-1"' in page


def _notebook_with_outputs() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("secret_code_here = 1")
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stderr", text="a warning nobody should see"),
        nbformat.v4.new_output("display_data", data={"text/html": "<p id='kept'>kept</p>"}),
    ]
    nb.cells = [
        cell,
        nbformat.v4.new_markdown_cell("removed-markdown-cell", metadata={"tags": ["remove-cell"]}),
    ]
    return nb


def test_html_export_has_no_code_no_stream_output_and_no_cdn_scripts():
    page = notebook_to_html(_notebook_with_outputs(), title="T")
    assert "id='kept'" in page or 'id="kept"' in page
    assert (
        "secret_code_here" not in page
        and "a warning nobody" not in page
        and "removed-markdown-cell" not in page
    )
    assert "<script src=" not in page
    for cdn in ("cdnjs", "unpkg", "jsdelivr", "require.min.js", "mathjax"):
        assert cdn not in page.lower()


def test_page_start_embeds_vega_once_and_escapes_title(tmp_path):
    write_processed(tmp_path)
    data = sections.load_report_data(data_dir=tmp_path)
    page = sections.page_start(data, title="<b>T</b>", parameters={"countries": XSS_QUOTE})
    assert page.count("vegaEmbed") >= 1 and page.count("// Vega, Vega-Lite and vega-embed, inlined") == 1
    assert "&lt;b&gt;T&lt;/b&gt;" in page and "<img src=x" not in page
    assert sections.headline_numbers(data)["statements"] == 9


def test_error_page_and_index_escape_and_name_the_failure(tmp_path):
    page = error_page(
        "r1",
        {
            "notebook": "03_report.ipynb",
            "cell": 4,
            "exec_count": 3,
            "source": "<x>",
            "ename": "ValueError",
            "evalue": "<script>bad</script>",
            "traceback": "",
        },
    )
    assert "03_report.ipynb" in page and "cell 4" in page and "<script>bad" not in page
    run = tmp_path / "r1"
    run.mkdir()
    (run / "manifest.json").write_text(
        json.dumps({"status": "failed", "title": "<i>t</i>", "parameters": {}})
    )
    index = write_index(tmp_path).read_text()
    assert 'href="r1/error.html"' in index and "&lt;i&gt;t&lt;/i&gt;" in index


def test_report_notebook_is_committed_without_outputs():
    nb = nbformat.read(str(Path(PROJECT_ROOT / "notebooks" / "03_report.ipynb")), as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    assert nb.metadata.kernelspec.name == "stance-tracker"


@pytest.mark.parametrize("fmt,magic", [("svg", b"<svg"), ("png", b"\x89PNG"), ("pdf", b"%PDF")])
def test_static_export_writes_real_files(tmp_path, fmt, magic):
    from fixture_tables import statements_frame

    from helpers import charts

    path = sections.export_static(
        charts.stance_balance_by_month(statements_frame()), "balance", tmp_path, fmt
    )
    assert path == tmp_path / "charts" / f"balance.{fmt}"
    assert magic in path.read_bytes()[:200]


def test_static_export_refuses_unknown_format(tmp_path):
    from helpers import charts

    with pytest.raises(InputError, match="png, svg or pdf"):
        sections.export_static(charts.stance_map(pd.DataFrame()), "m", tmp_path, "gif")


def test_sources_table_caps_rows_but_the_csv_lists_every_document(tmp_path):
    write_processed(tmp_path / "d")
    data = sections.load_report_data(data_dir=tmp_path / "d")
    page = sections.sources_table(data, out_dir=tmp_path / "run", max_rows=3)
    assert page.count("<tr>") == 1 + 3  # header + the 3 most cited
    assert "3 most cited shown" in page
    assert 'href="https://example.org/dk-1"' in page  # d6 is cited 3 times (statement + polls)
    full = pd.read_csv(tmp_path / "run" / "data" / "sources.csv")
    assert len(full) == 9
