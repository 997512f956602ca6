"""Report size and time-to-first-chart in headless chromium, for 100 and 10,000 statements.

Target (issue 5): under 5 MB and under 3 s to the first drawn chart for 10,000 statements.
Runs notebook 03_report on synthetic processed tables (tests/test_report_fixtures.py), then
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
sys.path.insert(0, str(ROOT / "tests"))

from browser import launch_browser, offline_page  # noqa: E402
from test_report_fixtures import synthetic_statements, write_processed  # noqa: E402

from helpers.report.run import run_report  # noqa: E402

FIRST = "document.querySelector('.stance-chart[data-rendered=\"true\"]') !== null"
ALL = ("document.querySelectorAll('.stance-chart').length > 0 && "
       "document.querySelectorAll('.stance-chart[data-rendered=\"false\"]').length === 0")


def time_loads(html: Path, loads: int) -> tuple[list[float], list[float], list[str]]:
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
                problems += log.console_errors + log.page_errors + log.blocked
    return firsts, alls, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 10_000])
    parser.add_argument("--loads", type=int, default=3)
    args = parser.parse_args()
    print(f"{'statements':>10} {'html MB':>8} {'run s':>6} {'first chart s (median)':>23} "
          f"{'all charts s (median)':>22}  problems")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            data = write_processed(Path(tmp) / "data", synthetic_statements(n))
            started = time.perf_counter()
            result = run_report({"data_dir": str(data)}, out_dir=Path(tmp) / "reports", run_id=f"bench-{n}",
                                notebooks=("03_report.ipynb",))
            run_s = time.perf_counter() - started
            if not result.ok:
                print(f"{n:>10} run failed: {result.manifest.get('failure')}")
                return 1
            size_mb = result.html.stat().st_size / 1e6
            firsts, alls, problems = time_loads(result.html, args.loads)
            print(f"{n:>10} {size_mb:>8.2f} {run_s:>6.1f} {statistics.median(firsts):>23.2f} "
                  f"{statistics.median(alls):>22.2f}  {len(problems)} {problems[:2] if problems else ''}")
            print(f"{'':>10} loads: first {[round(x, 2) for x in firsts]}, all {[round(x, 2) for x in alls]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
