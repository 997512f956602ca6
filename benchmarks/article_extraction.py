"""Run the collector's parser on the article-extraction benchmark; write {id: text} and print ms/page.

    python benchmarks/article_extraction.py ../shared/benchmarks/article-extraction --out /tmp/pred.json
    python ../shared/benchmarks/article-extraction/score.py /tmp/pred.json

It calls exactly `helpers.collect.parse.parse_article` (the one parser the collector, the WARC
reader and this runner share) on each page's bytes with the page's URL; the time is that call only
(gunzip and file reading are outside it). One warm-up page is parsed first so imports are not timed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bench_dir", type=Path, help="folder with ground-truth.json and html/<id>.html.gz")
    ap.add_argument("--out", type=Path, required=True, help="where to write {page id: extracted text}")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (quick checks)")
    args = ap.parse_args(argv)

    from helpers.collect.parse import parse_article

    truth_path = args.bench_dir / "ground-truth.json"
    if not truth_path.exists():
        print(f"{truth_path}: not found (is {args.bench_dir} the benchmark folder?)", file=sys.stderr)
        return 2
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    ids = sorted(truth)[: args.limit or None]
    pages = {i: gzip.decompress((args.bench_dir / "html" / f"{i}.html.gz").read_bytes()) for i in ids}
    parse_article(pages[ids[0]], truth[ids[0]].get("url"))  # warm-up: imports, lazy singletons

    out: dict[str, str] = {}
    times: list[float] = []
    dated = 0
    for i in ids:
        t0 = time.perf_counter()
        art = parse_article(pages[i], truth[i].get("url"))
        times.append((time.perf_counter() - t0) * 1000)
        out[i] = art.text
        dated += art.published is not None
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"pages: {len(ids)}")
    print(
        f"ms/page: median {statistics.median(times):.1f}, mean {statistics.fmean(times):.1f}, "
        f"p90 {sorted(times)[int(0.9 * (len(times) - 1))]:.1f}, max {max(times):.1f}"
    )
    print(f"pages with a publication date: {dated}/{len(ids)}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
