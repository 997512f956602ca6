"""Collection throughput against the loopback fixture server: pages/s (politeness off) and peak memory.

    python benchmarks/collect_throughput.py --pages 1000 --workers 8

The server (tools/local_web.py) runs in its own process so it does not share the collector's GIL.
Reported: the first run (fetch + capture + parse + dedup + topic filter + write) and a second run
over the same URLs (everything cached: nothing fetched, parses come from the cache), with the
collector's peak resident memory (ru_maxrss) after each.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--data-dir", type=Path, default=None, help="default: a fresh temporary folder")
    args = ap.parse_args(argv)

    from helpers.collect import collect_documents

    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tools" / "local_web.py")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        base = server.stdout.readline().strip()
        urls = [f"{base}/gen/{n}.html" for n in range(args.pages)]
        data = args.data_dir or Path(tempfile.mkdtemp(prefix="collect-bench-"))
        rss0 = peak_rss_mb()
        for label in ("first run (fetch + parse)", "second run (all cached)"):
            t0 = time.perf_counter()
            result = collect_documents(
                data_dir=data, urls=urls, delay=0, workers=args.workers, respect_robots=False, progress=False
            )
            dt = time.perf_counter() - t0
            s = result.summary
            print(
                f"{label}: {args.pages} pages in {dt:.1f} s = {args.pages / dt:.0f} pages/s "
                f"(fetched {s['fetched']}, cached {s['cached']}, failed {s['failed']}, kept {s['kept']}); "
                f"peak RSS {peak_rss_mb():.0f} MB (at start {rss0:.0f} MB)"
            )
            print(
                f"  seconds: fetch {s.get('seconds_fetch')}, parse {s.get('seconds_parse')}, "
                f"dedup+filter {s.get('seconds_dedup_filter')}"
            )
        raw_mb = sum(p.stat().st_size for p in (data / "raw").rglob("*") if p.is_file()) / 1e6
        print(f"raw captures: {raw_mb:.1f} MB in {data / 'raw'}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"largest child process (fixture server or a parse worker) peak RSS: {children:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
