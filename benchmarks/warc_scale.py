"""How fast and how big: WARC reading, the byte pre-filter, and Dask scaling (issue 7).

Builds synthetic CC-NEWS-like WARC.gz files (news pages of 50-150 KB from varied site
templates, ~2% on topic, plus non-200 and non-HTML records), then measures:

1. the byte pre-filter alone on page bytes already in memory (records/s, one core);
2. reading + pre-filter without parsing (records/s, one core, `--engine local`);
3. the full pipeline (read, pre-filter, parse kept pages) on a Dask LocalCluster with one
   worker, then two: records/s, kept pages/s, speed-up, peak memory per worker, output size;
4. optionally (`--compare-readers`) warcio against fastwarc on one file, iteration only;
5. optionally (`--statements N`) a month-partitioned statements dataset of N synthetic rows,
   aggregated by month x country x stance with `helpers.storage.count_by` (DuckDB) and read
   with a pushed-down filter: seconds and peak memory of this process.

Prints figures; asserts nothing. Usage (what docs/scale.md reports):

    .venv/bin/python benchmarks/warc_scale.py --records 200000 --files 8 --out /tmp/warc_scale
    .venv/bin/python benchmarks/warc_scale.py --records 20000 --files 4   # a quick look
    .venv/bin/python benchmarks/warc_scale.py --statements 10000000 --skip-warc

Generated files are reused when present with the same settings (delete --out to rebuild).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import statistics
import sys
import time
import zlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# --------------------------------------------------------------------------- page generator

COMMON = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "it",
    "as",
    "was",
    "with",
    "be",
    "by",
    "on",
    "not",
    "he",
    "i",
    "this",
    "are",
    "or",
    "his",
    "from",
    "at",
    "which",
    "but",
    "have",
    "an",
    "they",
    "you",
    "were",
    "her",
    "she",
    "there",
    "been",
    "one",
    "all",
    "we",
    "their",
    "has",
    "would",
    "when",
    "if",
    "so",
    "no",
    "will",
    "more",
    "about",
    "up",
    "out",
    "who",
    "them",
    "some",
    "could",
    "what",
    "its",
    "into",
    "than",
    "other",
    "time",
    "only",
    "new",
    "year",
    "people",
    "two",
    "first",
    "also",
    "after",
    "over",
    "most",
    "market",
    "city",
    "season",
    "club",
    "game",
    "team",
    "players",
    "coach",
    "league",
    "match",
    "final",
    "goal",
    "points",
    "win",
    "company",
    "shares",
    "price",
    "rate",
    "growth",
    "bank",
    "profit",
    "sales",
    "quarter",
    "investors",
    "economy",
    "energy",
    "weather",
    "storm",
    "rain",
    "school",
    "students",
    "council",
    "housing",
    "plan",
    "health",
    "hospital",
    "doctors",
    "patients",
    "film",
    "music",
    "festival",
    "album",
    "concert",
    "restaurant",
    "food",
    "chef",
    "travel",
    "airport",
    "flight",
    "police",
    "court",
    "judge",
    "trial",
    "report",
    "study",
    "research",
    "scientists",
    "climate",
    "water",
    "river",
    "park",
    "traffic",
    "road",
    "election",
    "voters",
    "campaign",
    "minister",
    "budget",
    "tax",
    "spending",
    "said",
    "says",
    "told",
    "added",
    "according",
    "week",
    "month",
    "day",
    "night",
]
PLACES_OFF = ["London", "Paris", "Madrid", "Chicago", "Toronto", "Sydney", "Lagos", "Mumbai", "Oslo", "Lyon"]
SPEAKERS = [
    ("French President Emmanuel Macron", "France"),
    ("British Prime Minister Keir Starmer", "Britain"),
    ("German Chancellor Friedrich Merz", "Germany"),
    ("Polish Prime Minister Donald Tusk", "Poland"),
    ("Italian Prime Minister Giorgia Meloni", "Italy"),
    ("Dutch Prime Minister Dick Schoof", "the Netherlands"),
    ("Estonian Prime Minister Kristen Michal", "Estonia"),
    ("Swedish Prime Minister Ulf Kristersson", "Sweden"),
]
STANCE_TEMPLATES = [
    "{who} said {country} was ready to send troops to Ukraine as part of a reassurance force "
    "after a ceasefire.",
    "{who} said on {day} that {country} would not deploy soldiers to Ukraine.",
    "{who} told reporters that peacekeepers could only go to Ukraine with a US security guarantee.",
    "{who} said the coalition of the willing would discuss sending military trainers to Kyiv.",
    "\u201cWe are prepared to put boots on the ground in Ukraine,\u201d {who} said.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _sentence(rng: random.Random, weights: list[float]) -> str:
    words = rng.choices(COMMON, weights=weights, k=rng.randint(8, 26))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(PLACES_OFF))
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


class PageFactory:
    """Pages from a few site templates; bodies drawn from a pool of generated paragraphs."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(seed)
        weights = [1 / (i + 1) for i in range(len(COMMON))]  # Zipf-like word frequencies
        self.rng = rng
        self.paragraphs = [
            "<p>" + " ".join(_sentence(rng, weights) for _ in range(rng.randint(2, 6))) + "</p>"
            for _ in range(4000)
        ]
        self.templates = [self._template(rng, i) for i in range(8)]

    @staticmethod
    def _template(rng: random.Random, i: int) -> tuple[str, str]:
        css = "".join(
            f".c{i}-{k}{{margin:{k % 7}px;padding:{k % 5}px;color:#{rng.randrange(16**6):06x}}}"
            for k in range(rng.randint(150, 400))
        )
        configs = [
            {"id": k, "ads": [rng.randrange(10**6) for _ in range(20)], "s": "x" * 40}
            for k in range(rng.randint(20, 60))
        ]
        scripts = "".join(f"<script>window.cfg{c['id']}={json.dumps(c)};</script>" for c in configs)
        nav = "".join(
            f'<li><a href="/section/{k}">{rng.choice(COMMON).title()} {k}</a></li>'
            for k in range(rng.randint(40, 120))
        )
        head = f'<!doctype html><html lang="en"><head><meta charset="utf-8"><style>{css}</style>{scripts}'
        foot = "</article><footer>" + nav[: len(nav) // 2] + "</footer></body></html>"
        return head, f"<body><header><ul>{nav}</ul></header>" + "{nav_extra}<article>", foot

    def page(self, n: int, size: int, kind: str, date: str) -> bytes:
        rng = self.rng
        head, top, foot = rng.choice(self.templates)
        title = f"Story {n}: " + " ".join(rng.choices(COMMON[60:], k=6))
        nav_extra = '<a href="/topics/ukraine">War in Ukraine: troops</a>' if kind == "nav" else ""
        meta = (
            f'<title>{title}</title><meta property="article:published_time" content="{date}T08:00:00Z">'
            f'<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{date}",'
            f'"headline":"{title}"}}</script></head>'
        )
        parts = [head, meta, top.replace("{nav_extra}", nav_extra), f"<h1>{title}</h1>"]
        if kind == "on":
            who, country = rng.choice(SPEAKERS)
            parts.append(
                "<p>"
                + rng.choice(STANCE_TEMPLATES).format(who=who, country=country, day=rng.choice(DAYS))
                + " The talks in Paris and Kyiv continued.</p>"
            )
        total = sum(map(len, parts)) + len(foot)
        while total < size:
            p = rng.choice(self.paragraphs)
            parts.append(p)
            total += len(p)
        parts.append(foot)
        return "".join(parts).encode("utf-8")


def _record_bytes(uri: str, status: str, ctype: str, body: bytes, date: str) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    rec = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": f"{date}T10:00:00Z"},
    )
    writer.write_record(rec)
    return buf.getvalue()


def build_file(
    path: Path, n_records: int, seed: int, on_share: float, min_kb: int, max_kb: int, level: int
) -> dict[str, int]:
    """One WARC.gz with one gzip member per record (as Common Crawl writes them)."""
    factory = PageFactory(seed)
    rng = factory.rng
    kinds = {"on": 0, "off": 0, "nav": 0, "non200": 0, "nonhtml": 0}
    raw = 0
    tmp = path.with_suffix(".part")
    with open(tmp, "wb") as fh:
        for i in range(n_records):
            month = rng.choice(["2025-01", "2025-02", "2025-03", "2025-04"])
            date = f"{month}-{rng.randint(1, 28):02d}"
            uri = f"https://www.outlet{rng.randrange(200)}.example/{month}/story-{seed}-{i}"
            r = rng.random()
            if r < 0.02:
                kind, status, ctype, body = (
                    "non200",
                    rng.choice(["301 Moved Permanently", "404 Not Found"]),
                    "text/html",
                    b"<html><body>moved</body></html>",
                )
            elif r < 0.05:
                kind, status, ctype = "nonhtml", "200 OK", rng.choice(["application/json", "image/jpeg"])
                body = os.urandom(rng.randint(2_000, 20_000))
            else:
                kind = "on" if r < 0.05 + on_share else ("nav" if r < 0.055 + on_share else "off")
                status, ctype = "200 OK", "text/html; charset=utf-8"
                body = factory.page(i, rng.randint(min_kb * 1000, max_kb * 1000), kind, date)
            kinds[kind] += 1
            rec = _record_bytes(uri, status, ctype, body, date)
            raw += len(rec)
            comp = zlib.compressobj(level, zlib.DEFLATED, 31)
            fh.write(comp.compress(rec) + comp.flush())
    tmp.rename(path)
    return {**kinds, "raw_bytes": raw, "records": n_records}


def build_corpus(
    out: Path, records: int, files: int, on_share: float, min_kb: int, max_kb: int, level: int
) -> list[Path]:
    settings = {
        "records": records,
        "files": files,
        "on_share": on_share,
        "min_kb": min_kb,
        "max_kb": max_kb,
        "level": level,
    }
    marker = out / "corpus.json"
    paths = [out / "warc" / f"SYNTH-NEWS-{i:05d}.warc.gz" for i in range(files)]
    if (
        marker.exists()
        and json.loads(marker.read_text()).get("settings") == settings
        and all(p.exists() for p in paths)
    ):
        print(f"reusing {files} files in {out / 'warc'}")
        return paths
    shutil.rmtree(out / "warc", ignore_errors=True)
    (out / "warc").mkdir(parents=True)
    per_file = [records // files + (1 if i < records % files else 0) for i in range(files)]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        stats = list(
            pool.map(
                build_file,
                paths,
                per_file,
                range(files),
                [on_share] * files,
                [min_kb] * files,
                [max_kb] * files,
                [level] * files,
            )
        )
    total = {k: sum(s[k] for s in stats) for k in stats[0]}
    marker.write_text(json.dumps({"settings": settings, "totals": total}, indent=1))
    size = sum(p.stat().st_size for p in paths)
    print(
        f"built {files} files, {records:,} records in {time.perf_counter() - started:.0f} s: "
        f"{total['raw_bytes'] / 1e9:.1f} GB uncompressed, {size / 1e9:.2f} GB gzipped; kinds {total}"
    )
    return paths


# --------------------------------------------------------------------------- measurements


def measure_prefilter_only(path: Path, repeats: int = 3) -> tuple[float, int]:
    """Records/s of BytePrefilter on page bodies already decompressed into memory."""
    from warcio.archiveiterator import ArchiveIterator

    from helpers.collect import BytePrefilter

    pre = BytePrefilter.from_topic("ukraine_troops")
    bodies = []
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh):
            bodies.append(rec.content_stream().read())
            if len(bodies) >= 3000:
                break
    rates = []
    for _ in range(repeats):
        t = time.perf_counter()
        for b in bodies:
            pre(b)
        rates.append(len(bodies) / (time.perf_counter() - t))
    return statistics.median(rates), len(bodies)


def measure_read_prefilter(paths: list[Path]) -> tuple[float, dict[str, int]]:
    """One core, local engine, no parsing: streaming + drop reasons + byte pre-filter."""
    from helpers.collect import process_warc_file

    counts: dict[str, int] = {}
    t = time.perf_counter()
    for p in paths:
        for k, v in process_warc_file(p, parse=False).counts.items():
            counts[k] = counts.get(k, 0) + v
    return counts["records"] / (time.perf_counter() - t), counts


def compare_readers(path: Path) -> dict[str, float]:
    """Records/s of bare iteration + body read: warcio vs fastwarc (when installed)."""
    from warcio.archiveiterator import ArchiveIterator

    out = {}
    t = time.perf_counter()
    n = 0
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh):
            rec.content_stream().read()
            n += 1
    out["warcio"] = n / (time.perf_counter() - t)
    try:
        from fastwarc.warc import ArchiveIterator as FastIterator
    except ImportError:
        return out
    t = time.perf_counter()
    n = 0
    with open(path, "rb") as fh:
        for rec in FastIterator(fh, parse_http=True):
            rec.reader.read()
            n += 1
    out["fastwarc"] = n / (time.perf_counter() - t)
    return out


def _worker_peak_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _client_mapper(client):  # type: ignore[no-untyped-def]
    """A `helpers.collect.FileMapper` on a Dask client: one task per file, results handled as they finish."""
    from distributed import as_completed

    def run(func, units, *, on_result):  # type: ignore[no-untyped-def]
        futures = [client.submit(func, unit, pure=False) for unit in units]
        index = {f.key: i for i, f in enumerate(futures)}
        for future in as_completed(futures):
            on_result(index[future.key], future.result())
            future.release()

    return run


def measure_dask(paths: list[Path], workers: int, data_dir: Path) -> dict[str, float]:
    """Full pipeline on a LocalCluster of `workers` single-threaded processes, stored to data_dir."""
    from distributed import Client, LocalCluster

    from helpers.collect import read_warc_documents

    shutil.rmtree(data_dir, ignore_errors=True)
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            memory_limit="1.5GiB",
            dashboard_address=":0",
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        t = time.perf_counter()
        # one file per worker first, then all (those are skipped as done): the peak memory after
        # one file and after all of them shows whether it grows with the number of files
        on_cluster = _client_mapper(client)
        read_warc_documents(
            [str(p) for p in paths[:workers]], map_files=on_cluster, engine="dask", data_dir=data_dir
        )
        peaks_first = client.run(_worker_peak_mb)
        result = read_warc_documents(
            [str(p) for p in paths], map_files=on_cluster, engine="dask", data_dir=data_dir
        )
        seconds = time.perf_counter() - t
        peaks = client.run(_worker_peak_mb)
    out_bytes = sum(f.stat().st_size for f in (data_dir / "processed" / "warc").rglob("*") if f.is_file())
    c = result.counts
    return {
        "workers": workers,
        "seconds": seconds,
        "records": c["records"],
        "kept": c["kept"],
        "documents": c["documents"],
        "failed": c["failed"],
        "records_per_s": c["records"] / seconds,
        "kept_per_s": c["kept"] / seconds,
        "peak_worker_mb": max(peaks.values()),
        "peak_worker_mb_first_file": max(peaks_first.values()),
        "output_mb": out_bytes / 1e6,
        "counts": c,
    }


def write_statements(n_rows: int, root: Path) -> int:
    """N synthetic statements in month partitions, written 1M rows at a time; returns bytes on disk."""
    import numpy as np
    import pandas as pd

    from helpers import storage

    shutil.rmtree(root, ignore_errors=True)
    rng = np.random.default_rng(7)
    countries = np.array(["FR", "DE", "GB", "PL", "IT", "NL", "EE", "SE", "US", "UA"])
    stances = np.array(["support", "conditional", "oppose", "neutral"])
    speakers = np.array([f"Speaker {k}" for k in range(500)])
    days = pd.date_range("2024-01-01", "2025-12-31").strftime("%Y-%m-%d").to_numpy()
    chunk = 1_000_000
    for i in range(0, n_rows, chunk):
        n = min(chunk, n_rows - i)
        frame = pd.DataFrame(
            {
                "statement_id": np.char.add("s", np.arange(i, i + n).astype(str)),
                "date": rng.choice(days, n),
                "country": rng.choice(countries, n),
                "stance": rng.choice(stances, n),
                "speaker": rng.choice(speakers, n),
                "sentence": "A sentence of typical length that somebody said about troops for Ukraine.",
            }
        )
        storage.write_fragment(frame, root, key=f"chunk{i // chunk:04d}", date_column="date")
    return sum(f.stat().st_size for f in root.rglob("*.parquet"))


def measure_statements(n_rows: int, out: Path) -> None:
    """Aggregate and filter a big statements dataset; the data is written by a child process so
    this process's peak memory is that of the reads alone."""
    from helpers import storage

    root = out / "statements"
    t = time.perf_counter()
    with ProcessPoolExecutor(max_workers=1) as pool:
        size = pool.submit(write_statements, n_rows, root).result()
    print(f"[5] wrote {n_rows:,} statements in {time.perf_counter() - t:.0f} s ({size / 1e6:.0f} MB Parquet)")
    timings = []
    for _ in range(3):
        t = time.perf_counter()
        counts = storage.count_by(root, ["month", "country", "stance"], since="2025-01-01")
        timings.append(time.perf_counter() - t)
    print(
        f"[5] count_by month x country x stance since 2025-01 (DuckDB): {statistics.median(timings):.2f} s "
        f"(median of 3), {len(counts)} groups, {int(counts.n.sum()):,} rows counted"
    )
    t = time.perf_counter()
    subset = storage.read_dataset(
        root,
        since="2025-03-01",
        until="2025-03-31",
        where={"country": ["FR"]},
        columns=["date", "speaker", "stance"],
    )
    print(
        f"[5] read_dataset March 2025, FR only (pyarrow, pushed down): {time.perf_counter() - t:.2f} s, "
        f"{len(subset):,} rows; peak RSS of this process (imports + both reads): {_worker_peak_mb():.0f} MB"
    )


def measure_one_core(paths: list[Path], gz_bytes: int, compare: bool) -> None:
    """Steps [1], [2] and [4]: what runs in this process, on one core."""
    rate, n = measure_prefilter_only(paths[0])
    print(
        f"[1] byte pre-filter alone, bodies in memory: {rate:,.0f} records/s on one core "
        f"(median of 3, {n} pages)"
    )
    if compare:
        for name, r in compare_readers(paths[0]).items():
            print(f"[4] {name}: {r:,.0f} records/s iterating {paths[0].name} (body read, no filter)")
    rate, counts = measure_read_prefilter(paths)
    print(
        f"[2] read + drop reasons + pre-filter, no parsing, one core: {rate:,.0f} records/s "
        f"({counts['records']:,} records, {gz_bytes / 1e9:.2f} GB gzipped; "
        f"{gz_bytes / 1e6 / (counts['records'] / rate):.0f} MB/s compressed); counts {counts}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=200_000)
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--on-share", type=float, default=0.02)
    ap.add_argument("--min-kb", type=int, default=50)
    ap.add_argument("--max-kb", type=int, default=150)
    ap.add_argument(
        "--level",
        type=int,
        default=1,
        help="gzip level of the generated files (1: fast to build; reading speed barely depends on it)",
    )
    ap.add_argument("--out", type=Path, default=Path("/tmp/warc_scale"))
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--only-dask", action="store_true", help="skip the one-core measurements [1], [2], [4]")
    ap.add_argument("--order", default="1,2", help="worker counts of the Dask runs, in this order")
    ap.add_argument("--compare-readers", action="store_true")
    ap.add_argument(
        "--statements", type=int, default=0, help="also time aggregates over N synthetic statements"
    )
    ap.add_argument("--skip-warc", action="store_true", help="only the --statements measurement")
    args = ap.parse_args(argv)

    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start "
        f"(shared machine: figures are depressed when others are busy)"
    )
    if args.statements:
        measure_statements(args.statements, args.out)
    if args.skip_warc:
        return 0
    paths = build_corpus(
        args.out, args.records, args.files, args.on_share, args.min_kb, args.max_kb, args.level
    )
    if not args.only_dask:
        measure_one_core(paths, sum(p.stat().st_size for p in paths), args.compare_readers)
    if args.skip_dask:
        return 0
    runs = {w: measure_dask(paths, w, args.out / f"data-{w}w") for w in map(int, args.order.split(","))}
    for run in runs.values():
        print(
            f"[3] dask, {run['workers']} worker(s), full pipeline: {run['seconds']:.0f} s, "
            f"{run['records_per_s']:,.0f} records/s, {run['kept_per_s']:.1f} kept pages/s, "
            f"{run['kept']:,} kept -> {run['documents']:,} documents, {run['failed']} failed, "
            f"peak RSS per worker {run['peak_worker_mb_first_file']:.0f} MB after its first file, "
            f"{run['peak_worker_mb']:.0f} MB after all; output {run['output_mb']:.1f} MB"
        )
    if 1 in runs and 2 in runs:
        print(
            f"[3] speed-up 2 workers vs 1: {runs[1]['seconds'] / runs[2]['seconds']:.2f}x; "
            f"load average now {os.getloadavg()[0]:.1f}"
        )
        # files_processed/files_skipped differ by design: each run first does one file per worker,
        # then the rest (the done ones are skipped); what must agree is what happened to the records
        same = {k: v for k, v in runs[1]["counts"].items() if not k.startswith("files_")}
        other = {k: v for k, v in runs[2]["counts"].items() if not k.startswith("files_")}
        if same != other:
            print("WARNING: record counts differ between the runs", same, other, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
