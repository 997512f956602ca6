"""A polite crawl of a local test web: crawl time against the politeness floor.

    python benchmarks/collect_politeness.py                      # the issue's case: 300 pages, 20 hosts, 1 s, 4 workers
    python benchmarks/collect_politeness.py --pages 60 --hosts 8 --delay 0.2 --slow-delay 0.5   # quick

The test web (tools/local_web.py, run in its own process, 127.0.0.1 only) has one server per
host; pages are spread like a news crawl (one host with a quarter of them, a long tail), and
among the mid-sized hosts two are slow (`--slow-delay` s per page), one answers 500 once per
page, one always 503 and one is down (connection refused). The collector runs with the given
politeness delay, workers and retries (backoff 1 s, doubled). The floor is the shortest crawl
politeness allows (`local_web.politeness_floor`: per host, one request at a time, `delay`
apart, robots.txt and every retry included; and the workers' busy time). Reported: fetch time,
ratio to the floor (target <= 1.5), requests made vs needed, failures recorded. The run stops
by itself: every request count is bounded (pages x (retries + 1) + one robots.txt per host).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))  # tools/local_web.py: the local test web the tests use too

from local_web import TROUBLE_ROLES, closed_port_url, politeness_floor, web_plan  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument(
        "--delay", type=float, default=1.0, help="politeness: seconds between requests to one host"
    )
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--retries", type=int, default=3)
    ap.add_argument("--backoff", type=float, default=1.0)
    ap.add_argument("--slow-delay", type=float, default=2.5, help="seconds a slow host takes per page")
    args = ap.parse_args(argv)

    from helpers.collect import collect_documents

    plan = web_plan(args.pages, args.hosts)
    slow = ",".join(str(i) for i, h in enumerate(plan) if h.role == "slow")
    server = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "tools" / "local_web.py"),
            "--hosts",
            str(len(plan)),
            "--slow",
            slow,
            "--slow-delay",
            str(args.slow_delay),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        bases = server.stdout.readline().split()
        urls: list[str] = []
        first = 0
        for host, base in zip(plan, bases, strict=True):
            if host.role == "down":
                base = closed_port_url()
            urls += [base + path for path in host.paths(first)]
            first += host.pages
        floor, per_role = politeness_floor(
            plan,
            delay=args.delay,
            retries=args.retries,
            backoff=args.backoff,
            workers=args.workers,
            slow_delay=args.slow_delay,
        )
        data = Path(tempfile.mkdtemp(prefix="collect-polite-"))
        started = time.perf_counter()
        result = collect_documents(
            data_dir=data,
            urls=urls,
            delay=args.delay,
            workers=args.workers,
            retries=args.retries,
            backoff=args.backoff,
            progress=False,
        )
        total = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    s = result.summary
    fetch = float(s.get("seconds_fetch") or total)
    roles = {r: sum(1 for h in plan if h.role == r) for r in ("fast", *dict.fromkeys(TROUBLE_ROLES))}
    needed = sum(
        1 + h.pages * (1 + {"flaky": 1, "failing": args.retries, "down": args.retries}.get(h.role, 0))
        for h in plan
    )
    print(
        f"{args.pages} pages on {len(plan)} hosts ({', '.join(f'{n} {r}' for r, n in roles.items())}); "
        f"largest host {max(h.pages for h in plan)} pages; delay {args.delay} s, {args.workers} workers, "
        f"retries {args.retries} (backoff {args.backoff} s), slow hosts {args.slow_delay} s/page"
    )
    print(
        f"politeness floor {floor:.1f} s (worst host per role: "
        + ", ".join(f"{r} {v:.1f}" for r, v in per_role.items())
        + ")"
    )
    print(
        f"fetch {fetch:.1f} s = {fetch / floor:.2f} x floor; whole collect run {total:.1f} s "
        f"(parse {s.get('seconds_parse')}, dedup+filter {s.get('seconds_dedup_filter')})"
    )
    print(
        f"requests {s.get('requests')} (needed {needed}), retries queued {s.get('retries_queued')}, "
        f"fetched {s['fetched']}, failed {s['failed']} ({s.get('failed_by_reason')}), kept {s['kept']}, "
        f"slow hosts seen {len(s.get('slow_hosts', []))}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
