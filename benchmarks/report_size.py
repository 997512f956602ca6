"""Report size, time-to-first-chart and statements-table search time in headless chromium,
for 100 and 10,000 statements.

Targets (issues 5 and 16): under 5 MB, under 3 s to the first drawn chart and a search in the
statements table answering in under 200 ms, for 10,000 statements. A search is timed from typing
a word into the table's search box to the table redrawn (DataTables' `draw` event), for a word
that matches many rows and one that matches a single row.
Runs notebook 03_report on synthetic processed tables (tools/fixture_tables.py), then
opens the HTML from file:// with the network blocked and times, per load, the first chart
and all charts becoming drawn (median of --loads loads).

    .venv/bin/python benchmarks/report_size.py [--sizes 100 10000] [--loads 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))  # the headless browser and fixture tables the tests use too

from fixture_tables import synthetic_statements, write_processed  # noqa: E402
from offline_browser import launch_browser, offline_page  # noqa: E402

from helpers.report.run import run_report  # noqa: E402

TABLE_READY = "document.querySelector('#statements-table.dataTable') !== null"
# Type `word` into the search box as a reader would (an input event) and time until the redraw.
SEARCH = """async (word) => {
  const m = await window[%s];
  const api = m.jQuery('#statements-table').DataTable();
  const box = document.querySelector('#statements-section .dt-search input');
  const done = new Promise(resolve => api.one('draw', () => resolve(performance.now())));
  const start = performance.now();
  box.value = word;
  box.dispatchEvent(new Event('input', {bubbles: true}));
  const end = await done;
  const shown = api.rows({search: 'applied'}).count();
  box.value = '';
  box.dispatchEvent(new Event('input', {bubbles: true}));
  return [end - start, shown];
}"""
FIRST = "document.querySelector('.stance-chart[data-rendered=\"true\"]') !== null"
ALL = (
    "document.querySelectorAll('.stance-chart').length > 0 && "
    "document.querySelectorAll('.stance-chart[data-rendered=\"false\"]').length === 0"
)


def time_loads(
    html: Path, loads: int, searches: dict[str, list[float]] | None = None
) -> tuple[list[float], list[float], list[str]]:
    """Per load: seconds to the first and to all charts drawn; with `searches`, also the table's
    search times and the time to the statements table ready (ms), appended to it."""
    import json

    from helpers.report.statements_table import itables_ready_key

    firsts, alls, problems = [], [], []
    with launch_browser() as browser:
        for _ in range(loads):
            with offline_page(browser) as (page, log):
                start = time.perf_counter()
                page.goto(html.as_uri(), wait_until="commit")
                page.wait_for_function(FIRST, timeout=60_000, polling=10)
                firsts.append(time.perf_counter() - start)
                page.wait_for_function(ALL, timeout=60_000, polling=10)
                alls.append(time.perf_counter() - start)
                if searches is not None:
                    page.wait_for_function(TABLE_READY, timeout=60_000, polling=10)
                    searches.setdefault("statements table ready (since load start)", []).append(
                        1000 * (time.perf_counter() - start)
                    )
                    for word in SEARCH_WORDS:
                        ms, shown = page.evaluate(SEARCH % json.dumps(itables_ready_key()), word)
                        searches.setdefault(f"search {word!r} ({shown} rows)", []).append(ms)
                problems += log.console_errors + log.page_errors + log.blocked
    return firsts, alls, problems


SEARCH_WORDS = ("Speaker 42", "number 4242 about")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 10_000])
    parser.add_argument("--loads", type=int, default=3)
    args = parser.parse_args()
    print(
        f"{'statements':>10} {'html MB':>8} {'run s':>6} {'first chart s (median)':>23} "
        f"{'all charts s (median)':>22}  problems"
    )
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            data = write_processed(Path(tmp) / "data", synthetic_statements(n))
            started = time.perf_counter()
            result = run_report(
                {"data_dir": str(data)},
                out_dir=Path(tmp) / "reports",
                run_id=f"bench-{n}",
                notebooks=("03_report.ipynb",),
            )
            run_s = time.perf_counter() - started
            if not result.ok:
                print(f"{n:>10} run failed: {result.manifest.get('failure')}")
                return 1
            size_mb = result.html.stat().st_size / 1e6
            searches: dict[str, list[float]] = {}
            firsts, alls, problems = time_loads(result.html, args.loads, searches)
            print(
                f"{n:>10} {size_mb:>8.2f} {run_s:>6.1f} {statistics.median(firsts):>23.2f} "
                f"{statistics.median(alls):>22.2f}  {len(problems)} {problems[:2] if problems else ''}"
            )
            print(f"{'':>10} loads: first {[round(x, 2) for x in firsts]}, all {[round(x, 2) for x in alls]}")
            for word, times in searches.items():
                print(
                    f"{'':>10} {word}: median {statistics.median(times):.0f} ms, "
                    f"all {[round(t) for t in times]}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
