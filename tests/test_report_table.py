"""The report people read: the statements table, what is new since the last run, per-country summary.

Two report-only runs into one reports folder: "before" with part of the fixture data, "after" with
all of it plus synthetic statements (more than one page). The "after" report is opened in headless
chromium from file:// with outside requests blocked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from fixture_tables import (
    XSS_QUOTE,
    polls_frame,
    statements_frame,
    synthetic_statements,
    write_processed,
)
from offline_browser import chromium_available, launch_browser, offline_page

from helpers.report import changes, sections, statements_table
from helpers.report.run import run_report

N_SYNTHETIC = 60


def after_statements() -> pd.DataFrame:
    """The fixture rows (hostile one included) and synthetic ones; confidences some low, some missing."""
    synthetic = synthetic_statements(N_SYNTHETIC)
    synthetic["statement_id"] = [f"syn-{i:04d}" for i in range(len(synthetic))]
    frame = pd.concat([statements_frame(), synthetic], ignore_index=True)
    frame["stance_confidence"] = [
        0.45 if i % 7 == 0 else (None if i % 5 == 0 else 0.9) for i in range(len(frame))
    ]
    frame["deployment_confidence"] = 0.8
    frame["n_sources"] = [3 if i == 1 else 1 for i in range(len(frame))]
    return frame


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> tuple[Path, Path, pd.DataFrame]:
    base = tmp_path_factory.mktemp("table")
    reports = base / "reports"
    before = statements_frame()
    before = before[before["statement_id"].isin(["st-0000", "st-0001", "st-0002", "st-0003"])]
    data = write_processed(base / "before", before, polls_frame().head(2))
    first = run_report(
        {"data_dir": str(data)}, out_dir=reports, run_id="before", notebooks=("03_report.ipynb",)
    )
    assert first.ok, first.manifest.get("failure")
    after = after_statements()
    data = write_processed(base / "after", after, polls_frame())
    second = run_report(
        {"data_dir": str(data)}, out_dir=reports, run_id="after", notebooks=("03_report.ipynb",)
    )
    assert second.ok, second.manifest.get("failure")
    return first.html, second.html, after


pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def test_table_rows_mark_missing_and_low_confidence_and_link_only_http():
    rows = statements_table.table_rows(after_statements())
    assert len(rows) == len(after_statements())
    assert rows["stance_confidence"].isna().sum() > 0 and (rows["stance_confidence"] < 0.6).sum() > 0
    hostile = rows[rows["quote"].str.contains("onerror")].iloc[0]
    assert hostile["url"] == ""  # a javascript: URL is never a link
    old = statements_frame()  # an older table: no confidence columns at all
    assert statements_table.table_rows(old)["stance_confidence"].isna().all()


def test_readable_title_for_untitled_documents():
    title = sections.readable_title(
        "Reuters",
        "Denmark is in principle prepared to send troops to a mission "
        "once a ceasefire holds, the minister said.",
    )
    assert title.startswith("Reuters: Denmark is in principle prepared") and title.endswith("…")
    assert sections.readable_title("BBC", None, "https://www.bbc.co.uk/news/x") == "BBC · www.bbc.co.uk"


def test_untitled_sources_get_outlet_and_first_words(tmp_path):
    statements = statements_frame()
    data = write_processed(tmp_path / "data", statements)
    docs_path = data / "processed" / "documents.parquet"
    docs = pd.read_parquet(docs_path)
    docs.loc[docs["doc_id"] == "d1", ["title", "text"]] = [
        None,
        "Macron says nothing should be excluded in Paris",
    ]
    docs.to_parquet(docs_path)
    page = sections.sources_table(sections.load_report_data(data_dir=data), out_dir=tmp_path / "run")
    assert "Le Monde: Macron says nothing should be excluded in Paris" in page
    assert ">d1</a>" not in page
    listed = pd.read_csv(tmp_path / "run" / "data" / "sources.csv").set_index("doc_id")
    assert listed.loc["d1", "title"] == "Le Monde: Macron says nothing should be excluded in Paris"
    assert listed["title"].notna().all()


def test_second_run_lists_what_is_new_since_the_first(runs):
    _before, after_html, after = runs
    page = after_html.read_text(encoding="utf-8")
    section = page[page.index('id="changes-section"') : page.index('id="countries-section"')]
    new = len(after) - 4
    assert "Compared with run <b>before</b>" in section
    assert f"{new:,} new statements" in section and "1 new poll" in section
    assert "Latest stance changed" in section
    previous = changes.previous_run(after_html.parent.parent, "after")
    assert previous is not None and previous.run_id == "before" and len(previous.statements) == 4
    found = changes.compare(after, polls_frame(), previous)
    assert len(found.new_statements) == new and list(found.new_polls["poll_id"]) == ["p3"]
    assert (found.moved["stance"] != found.moved["stance_before"]).all() and len(found.moved)


def test_first_run_says_there_is_nothing_to_compare_with(runs):
    before_html, _after, _rows = runs
    assert "nothing to compare with yet" in before_html.read_text(encoding="utf-8")


def test_country_summary_says_how_a_stance_moved():
    summary = changes.country_summary(statements_frame())
    germany = summary[summary["country"] == "DE"].iloc[0]
    assert (germany["stance"], germany["previous"], germany["moved_on"], germany["n"]) == (
        "neutral",
        "conditional",
        "2025-04-01",
        3,
    )
    html = changes.country_summary_section(summary)
    assert "javascript:" not in html and "<b>Outlet</b>" not in html


TABLE = "document.querySelector('#statements-table.dataTable') !== null"


def _api(page, script: str):
    """Run `script` with `api` (the statements table's DataTables API) and return its value."""
    key = json.dumps(statements_table.itables_ready_key())
    return page.evaluate(f"""async () => {{
        const m = await window[{key}];
        const api = m.jQuery('#statements-table').DataTable();
        {script}
    }}""")


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="Debian chromium not installed")
def test_statements_table_offline_sort_filter_search_link_and_no_script_runs(runs):
    _before, after_html, after = runs
    with launch_browser() as browser, offline_page(browser, width=1300) as (page, log):
        page.goto(after_html.as_uri())
        page.wait_for_function(TABLE, timeout=30_000)
        # every statement is in the table, newest first, one page at a time
        ids = _api(page, "return api.column(api.columns().count() - 1).data().toArray();")
        assert sorted(ids) == sorted(after["statement_id"])
        assert page.locator("#statements-table tbody tr").count() == statements_table.PAGE_LENGTH
        assert f"of {len(after)} entries" in page.inner_text("#statements-section .dt-info")
        shown = page.locator("#statements-table tbody tr td:first-child").all_inner_texts()
        assert shown == sorted(shown, reverse=True) and shown[0] == max(after["date"])
        # sort by keyboard: the date header's sort button (tab stop); Enter cycles desc -> unsorted -> asc
        button = page.locator("#statements-table thead th[data-dt-column='0'] .dt-column-order")
        assert button.get_attribute("tabindex") == "0" and button.get_attribute("role") == "button"
        th = "#statements-table thead th[data-dt-column='0']"
        for _ in range(3):  # DataTables sorts in a timeout: wait for each press to take effect
            before = page.get_attribute(th, "aria-sort")
            button.focus()
            page.keyboard.press("Enter")
            page.wait_for_function(
                "([sel, old]) => document.querySelector(sel).getAttribute('aria-sort') !== old",
                arg=[th, before],
            )
            if page.get_attribute(th, "aria-sort") == "ascending":
                break
        assert (
            page.get_attribute("#statements-table thead th[data-dt-column='0']", "aria-sort") == "ascending"
        )
        shown = page.locator("#statements-table tbody tr td:first-child").all_inner_texts()
        assert shown[0] == min(after["date"]) and shown == sorted(shown)
        # search every column: one speaker
        box = page.locator("#statements-section .dt-search input")
        box.fill("Meloni")
        page.wait_for_function("document.querySelectorAll('#statements-table tbody tr').length === 1")
        assert "Giorgia Meloni" in page.inner_text("#statements-table tbody")
        box.fill("")
        # filter by country, stance and date with the boxes under the columns
        footer = page.locator("#statements-table tfoot input")
        headers = page.locator("#statements-table thead th").all_inner_texts()
        col = {h.strip(): i for i, h in enumerate(headers)}
        dated = after[after["date"].str.startswith("2025")]
        country, stance = dated.groupby(["country", "stance"]).size().idxmax()  # a combination with rows
        country_text = {
            "DK": "Denmark",
            "DE": "Germany",
            "FR": "France",
            "GB": "United Kingdom",
            "PL": "Poland",
            "SE": "Sweden",
            "IT": "Italy",
            "ES": "Spain",
            "NL": "Netherlands",
            "EE": "Estonia",
            "US": "United States",
            "NATO": "NATO",
        }[country]
        for name, value in (("country", country_text), ("stance", stance), ("date", "2025")):
            footer.nth(col[name]).fill(value)
            footer.nth(col[name]).press("Enter")  # the filter applies on key up
        expected = dated[(dated["country"] == country) & (dated["stance"] == stance)]
        n = _api(page, "return api.rows({search: 'applied'}).count();")
        assert n == len(expected) > 0
        for text in page.locator("#statements-table tbody tr").all_inner_texts():
            assert country_text in text and stance in text and "2025-" in text
        for name in ("country", "stance", "date"):
            footer.nth(col[name]).fill("")
            footer.nth(col[name]).press("Enter")
        # colour chips match the charts' stance colours; confidence: low marked, missing shown as —
        chip = page.locator("#statements-table tbody .chip").first
        assert chip.get_attribute("style").startswith("background:#")
        _api(page, "api.page.len(100).draw(); return 0;")
        assert page.locator("#statements-table .conf-low").count() > 0
        assert page.locator("#statements-table .conf-missing").count() > 0
        # the hostile row shows its markup as text; nothing it carries ran
        box.fill("onerror")
        page.wait_for_function("document.querySelectorAll('#statements-table tbody tr').length === 1")
        assert 'onerror="window.__xss=3"' in page.inner_text("#statements-table tbody")
        assert page.evaluate("window.__xss") is None
        assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
        assert page.evaluate(
            "[...document.querySelectorAll('a[href]')].every(a => !a.href.startsWith('javascript:'))"
        )
        box.fill("")
        # a click on a timeline point shows that statement's row
        page.wait_for_selector("#chart-timeline[data-rendered='true']")
        point = page.locator("#chart-timeline .mark-symbol path").nth(5)
        point.scroll_into_view_if_needed()
        box_ = point.bounding_box()
        page.mouse.click(box_["x"] + box_["width"] / 2, box_["y"] + box_["height"] / 2)
        page.wait_for_function("document.getElementById('statements-table').hasAttribute('data-picked')")
        picked = page.get_attribute("#statements-table", "data-picked")
        assert picked in set(after["statement_id"])
        row = page.locator("#statements-table tbody tr.picked")
        assert row.count() == 1
        expected_row = after[after["statement_id"] == picked].iloc[0]
        assert expected_row["date"] in row.inner_text()
        # charts: labelled images with a data table as their text alternative
        assert page.locator(".stance-chart[role='img'][aria-label]").count() == 5
        assert page.locator("details.chart-data table").count() == 5
        assert page.locator("#statements-table caption").count() == 1
    assert log.console_errors == [] and log.page_errors == []
    assert log.blocked == [], f"requests tried to leave file://: {log.blocked}"
    assert XSS_QUOTE not in after_html.read_text(encoding="utf-8")


def test_aggregated_reports_compare_polls_only_and_say_what_is_not_computed():
    previous = changes.PreviousRun(
        run_id="last-week",
        finished_at="2025-04-01",
        statements=statements_frame()[changes.SEEN_COLUMNS],
        poll_ids={"p1"},
    )
    found = changes.compare(None, polls_frame(), previous)
    assert not found.statements_known and found.new_statements.empty and len(found.new_polls) == 2
    page = changes.changes_section(found)
    assert "not compared" in page and "0 new statements" not in page and "2 new polls" in page
    latest = pd.DataFrame(
        {
            "country": ["DK"],
            "country_name": ["Denmark"],
            "stance": ["support"],
            "speaker": ["A"],
            "date": ["2025-01-02"],
            "n": [5000],
        }
    )
    html = changes.country_summary_section(changes.summary_from_latest(latest))
    assert "not computed (aggregated report)" in html and "Denmark" in html
