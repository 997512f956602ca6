"""Scheduled runs end to end: notebooks executed with papermill, HTML opened in headless chromium.

These execute notebooks, so they are few: two full runs on the bundled corpus (idempotence),
one report-only run on hostile fixture data (browser + XSS), one broken notebook.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from fixture_tables import XSS_QUOTE, XSS_TITLE, write_processed
from offline_browser import chromium_available, launch_browser, offline_page

from helpers.cli import main
from helpers.paths import PROJECT_ROOT
from helpers.report.run import run_report

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"


def _seed_data_dir(path: Path) -> Path:
    shutil.copytree(PROJECT_ROOT / "src" / "helpers" / "resources" / "seed", path / "raw" / "seed")
    return path


@pytest.fixture(scope="module")
def bundled_runs(tmp_path_factory) -> tuple[Path, Path]:
    """`stance-tracker report` with no window or filters on the bundled corpus, run twice."""
    base = tmp_path_factory.mktemp("bundled")
    data = _seed_data_dir(base / "data")
    out = base / "reports"
    for run_id in ("first", "second"):
        code = main(["report", "--data-dir", str(data), "--out", str(out), "--run-id", run_id])
        assert code == 0, (
            (out / run_id / "error.html").read_text() if (out / run_id / "error.html").exists() else ""
        )
    return out / "first", out / "second"


def test_default_run_on_bundled_corpus_writes_report_manifest_and_latest(bundled_runs):
    first, second = bundled_runs
    reports = first.parent
    for name in (
        "01_collect.ipynb",
        "02_extract.ipynb",
        "03_report.ipynb",
        "report.html",
        "parameters.json",
        "manifest.json",
        "run.log",
    ):
        assert (first / name).is_file(), name
    manifest = json.loads((first / "manifest.json").read_text())
    assert manifest["status"] == "ok" and manifest["git"]["commit"]
    # the labeller model that labelled the run is named with its checksum (issue 11: the review loop)
    assert manifest["extractor"]["labeller_checksum"] and manifest["extractor"]["extractor_version"]
    assert manifest["row_counts"]["statements"] > 0 and manifest["row_counts"]["documents"] > 0
    assert [n["notebook"] for n in manifest["notebooks"]] == [
        "01_collect.ipynb",
        "02_extract.ipynb",
        "03_report.ipynb",
    ]
    assert any(k.endswith("feed.txt") for k in manifest["inputs_before"])
    assert (reports / "latest").resolve() == second.resolve()
    index = (reports / "index.html").read_text()
    assert 'href="first/report.html"' in index and 'href="second/report.html"' in index
    page = (first / "report.html").read_text()
    assert page.count("// Vega, Vega-Lite and vega-embed, inlined") == 1
    assert "<script src=" not in page and "from helpers" not in page
    second_page = (second / "report.html").read_text()
    assert "Compared with run <b>first</b>" in second_page and "0 new statements" in second_page


def test_two_runs_with_the_same_inputs_give_the_same_data_files(bundled_runs):
    first, second = bundled_runs
    names = sorted(p.name for p in (first / "data").glob("*.csv"))
    assert names == [
        "balance.csv",
        "map.csv",
        "matrix.csv",
        "polls.csv",
        "polls_seen.csv",
        "sources.csv",
        "statements_seen.csv",
        "timeline.csv",
    ]  # *_seen: what the next run compares with
    for name in names:
        assert (first / "data" / name).read_bytes() == (second / "data" / name).read_bytes(), name
    m1, m2 = (json.loads((d / "manifest.json").read_text()) for d in (first, second))
    assert m1["inputs_before"] == m2["inputs_before"], (
        "inputs changed between the runs (shared checkout edited?)"
    )
    for key in ("outputs", "processed_checksums"):
        differ = sorted(k for k in m1[key] if m1[key][k] != m2[key].get(k))
        assert not differ, f"{key} differ between identical runs: {differ}"


def test_broken_notebook_gives_error_page_and_nonzero_exit(tmp_path, capsys):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    for name in ("01_collect.ipynb", "02_extract.ipynb", "03_report.ipynb"):
        shutil.copy(PROJECT_ROOT / "notebooks" / name, notebooks / name)
    nb = nbformat.read(str(notebooks / "01_collect.ipynb"), as_version=4)
    nb.cells.insert(2, nbformat.v4.new_code_cell("raise RuntimeError('collector exploded')"))
    nbformat.write(nb, str(notebooks / "01_collect.ipynb"))
    out = tmp_path / "reports"
    code = main(
        [
            "report",
            "--notebooks",
            str(notebooks),
            "--data-dir",
            str(_seed_data_dir(tmp_path / "d")),
            "--out",
            str(out),
            "--run-id",
            "broken",
        ]
    )
    assert code == 1
    assert "01_collect.ipynb" in capsys.readouterr().err
    page = (out / "broken" / "error.html").read_text()
    assert "01_collect.ipynb" in page and "collector exploded" in page and "cell 3" in page
    assert not (out / "broken" / "report.html").exists()
    assert not (out / "latest").exists()  # latest keeps pointing at the last good run
    manifest = json.loads((out / "broken" / "manifest.json").read_text())
    assert manifest["status"] == "failed" and manifest["failure"]["notebook"] == "01_collect.ipynb"
    assert 'href="broken/error.html"' in (out / "index.html").read_text()


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> Path:
    """Report notebook only, on fixture tables that carry <script>/<img onerror> in title, quote, URL."""
    base = tmp_path_factory.mktemp("hostile")
    data = write_processed(base / "data")
    result = run_report(
        {"data_dir": str(data), "title": "Offline test <report>"},
        out_dir=base / "reports",
        run_id="hostile",
        notebooks=("03_report.ipynb",),
        title="Offline test",
    )
    assert result.ok, result.manifest.get("failure")
    return result.html


def test_hostile_text_is_escaped_in_the_html_source(hostile_report):
    page = hostile_report.read_text()
    assert XSS_TITLE not in page and XSS_QUOTE not in page
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="Debian chromium not installed")
def test_report_opens_offline_with_every_chart_drawn_and_tooltips(hostile_report):
    ARTIFACTS.mkdir(exist_ok=True)
    with launch_browser() as browser, offline_page(browser) as (page, log):
        page.goto(hostile_report.as_uri())
        page.wait_for_function(
            "document.querySelectorAll('.stance-chart').length > 0 && "
            "document.querySelectorAll('.stance-chart[data-rendered=\"false\"]').length === 0",
            timeout=30_000,
        )
        charts = page.query_selector_all(".stance-chart")
        assert len(charts) == 5
        for chart in charts:
            assert chart.get_attribute("data-rendered") == "true", chart.get_attribute("id")
            marks = chart.query_selector_all("svg .role-mark path, svg .role-mark text, canvas")
            assert marks, f"{chart.get_attribute('id')} has no marks"
        point = page.query_selector("#chart-timeline .mark-symbol path")
        point.scroll_into_view_if_needed()  # the timeline sits below the "new since" and country sections
        box = point.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        tooltip = page.wait_for_selector("#vg-tooltip-element.visible", timeout=5_000)
        text = tooltip.inner_text()
        assert "speaker" in text and re.search(r"\b20\d\d-\d\d-\d\d\b", text), text  # ISO day, not epoch ms
        page.screenshot(path=str(ARTIFACTS / "report_offline.png"), full_page=True)
        # Hostile strings are shown as text, and nothing they carry ran.
        assert "window.__xss=1" in page.inner_text("table.sources")
        assert page.evaluate("window.__xss") is None
        assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
        assert page.evaluate(
            "[...document.querySelectorAll('a[href]')].every(a => !a.href.startsWith('javascript:'))"
        )
    assert log.console_errors == [] and log.page_errors == []
    assert log.blocked == [], f"requests tried to leave file://: {log.blocked}"
    assert log.dialogs == []
    assert all(u.startswith(("file:", "data:", "blob:", "about:")) for u in log.requests)


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="Debian chromium not installed")
def test_hostile_tooltip_text_is_not_markup(hostile_report):
    with launch_browser() as browser, offline_page(browser) as (page, log):
        page.goto(hostile_report.as_uri())
        page.wait_for_selector("#chart-timeline[data-rendered='true']", timeout=30_000)
        for point in page.query_selector_all("#chart-timeline .mark-symbol path"):
            point.scroll_into_view_if_needed()
            box = point.bounding_box()
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.wait_for_timeout(150)
            text = (
                page.inner_text("#vg-tooltip-element") if page.query_selector("#vg-tooltip-element") else ""
            )
            if "onerror" in text:
                break
        else:
            pytest.fail("no tooltip showed the hostile quote")
        assert page.evaluate("window.__xss") is None
        assert page.evaluate("document.querySelectorAll('#vg-tooltip-element img').length") == 0
    assert log.console_errors == [] and log.page_errors == []
