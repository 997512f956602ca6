"""A report over millions of statements: time and peak memory of its one read path (helpers.query).

Builds a month-partitioned statements dataset of N synthetic rows (24 months, 40 countries,
2,000 speakers, a ~150-character sentence and a URL per row, 4 statements per document) plus
a documents table, the way `stance-tracker extract` stores them
(processed/statements_dataset/month=YYYY-MM/part-*.parquet), then measures, each in a fresh
process so the peak memory (VmHWM / ru_maxrss) is that step's alone:

1. `report`: everything notebooks/03_report computes from the statements (headline numbers,
   timeline, statements table, balance by month, country x quarter matrix, map, "where each
   country stands", sources table with its CSV) through helpers.report.sections, which read
   through helpers.query (DuckDB over the month-partitioned dataset);
2. `notebook` (with --notebook): the real 03_report notebook under papermill + the HTML
   rendering, as `stance-tracker report` runs it (the kernel's peak memory is reported);
3. `flat` (with --compare-rows M): the same queries over one flat statements.parquet holding the
   first M rows (a data dir without the partitioned dataset).

Prints figures; asserts nothing. What docs/scale.md reports:

    .venv/bin/python benchmarks/report_scale.py --rows 10000000 --out /tmp/report_scale --notebook \
        --compare-rows 1000000

The dataset is reused when present with the same row count (delete --out to rebuild).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

MONTHS = 24
COUNTRIES = [
    "FR",
    "DE",
    "GB",
    "PL",
    "IT",
    "ES",
    "NL",
    "BE",
    "DK",
    "SE",
    "FI",
    "NO",
    "EE",
    "LV",
    "LT",
    "CZ",
    "SK",
    "HU",
    "RO",
    "BG",
    "GR",
    "PT",
    "IE",
    "AT",
    "HR",
    "SI",
    "LU",
    "CA",
    "US",
    "TR",
    "UA",
    "RU",
    "CH",
    "IS",
    "MT",
    "CY",
    "AL",
    "EU",
    "NATO",
    "UN",
]
STANCES = ["support", "oppose", "conditional", "neutral"]
DEPLOYMENTS = ["peacekeepers", "trainers", "combat_troops", "reassurance_force", "other"]


def peak_mb() -> float:
    """This process's peak resident memory: VmHWM (ru_maxrss would include the parent's peak,
    which Linux carries over fork and exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(rows: int, data_dir: Path) -> None:
    """Write the synthetic dataset month by month (only one month's rows in memory at a time)."""
    import numpy as np
    import pandas as pd

    from helpers import storage
    from helpers.tables import atomic_write_bytes

    processed = data_dir / "processed"
    root = storage.dataset_dir(processed, "statements")
    marker = data_dir / "rows.json"
    if marker.exists() and json.loads(marker.read_text())["rows"] == rows:
        print(f"reusing {rows:,} statements in {root}")
        return
    t0 = time.perf_counter()
    rng = np.random.default_rng(2025)
    per_month = rows // MONTHS
    doc_frames = []
    written = 0
    for m in range(MONTHS):
        n = per_month if m < MONTHS - 1 else rows - written
        month = f"{2024 + m // 12}-{m % 12 + 1:02d}"
        ids = np.arange(written, written + n)
        days = rng.integers(1, 29, n)
        speakers = rng.integers(0, 2000, n)
        country = np.array(COUNTRIES)[rng.integers(0, len(COUNTRIES), n)]
        stance = np.array(STANCES)[rng.integers(0, len(STANCES), n)]
        deployment = np.array(DEPLOYMENTS)[rng.integers(0, len(DEPLOYMENTS), n)]
        doc = ids // 4
        frame = pd.DataFrame(
            {
                "statement_id": [f"st{i:09d}" for i in ids],
                "doc_id": [f"doc{d:08d}" for d in doc],
                "date": [f"{month}-{d:02d}" for d in days],
                "speaker": [f"Speaker Number{s}" for s in speakers],
                "speaker_role": [f"minister of defence ({s % 40})" for s in speakers],
                "country": country,
                "stance": stance,
                "deployment": deployment,
                "quote": None,
                "sentence": [
                    f"Speaker Number{s} said on day {d} that the country {c} would consider sending "
                    f"{dep} to Ukraine only after a ceasefire, statement {i}."
                    for s, d, c, dep, i in zip(speakers, days, country, deployment, ids, strict=True)
                ],
                "url": [f"https://news{d % 50}.example/2025/{d}/story" for d in doc],
                "outlet": [f"news{d % 50}.example" for d in doc],
                "published": [f"{month}-{d:02d}" for d in days],
            }
        )
        storage.write_fragment(frame, root, key=month, date_column="date")
        first = frame.drop_duplicates("doc_id")
        doc_frames.append(
            first[["doc_id", "published", "outlet", "url"]].assign(title="Leaders discuss troops")
        )
        written += n
    docs = pd.concat(doc_frames, ignore_index=True)
    docs.to_parquet(processed / "documents.parquet", index=False)
    atomic_write_bytes(marker, json.dumps({"rows": rows}).encode())
    size = sum(p.stat().st_size for p in root.glob("**/*.parquet"))
    print(
        f"built {rows:,} statements ({size / 1e6:.0f} MB Parquet in {MONTHS} month files) and "
        f"{len(docs):,} documents in {time.perf_counter() - t0:.0f} s"
    )


def step_report(data_dir: str, out: str) -> dict:
    """Everything 03_report computes from the statements, timed, in this (fresh) process."""
    t0 = time.perf_counter()
    from helpers.report import sections

    imported = time.perf_counter()
    base_mb = peak_mb()
    data = sections.load_report_data(data_dir=data_dir)
    loaded = time.perf_counter()
    numbers = sections.headline_numbers(data)
    timings = {}
    for name, fn in (
        ("timeline", sections.timeline),
        ("balance", sections.balance),
        ("matrix", sections.matrix),
        ("map", sections.latest_map),
    ):
        t = time.perf_counter()
        chart, table = fn(data)
        chart.to_json()
        timings[name] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    listed, _total, _note = sections.table_statements(data)
    timings["table"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    sections.whats_new_html(data, None, "bench")
    timings["countries"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    page = sections.sources_table(data, out_dir=out)
    timings["sources"] = round(time.perf_counter() - t, 2)
    return {
        "source": Path(data.inputs["statements"]).name,
        "listed": len(listed),
        "statements": numbers["statements"],
        "seconds": round(time.perf_counter() - imported, 2),
        "load_seconds": round(loaded - imported, 2),
        "import_seconds": round(imported - t0, 2),
        "parts": timings,
        "peak_mb": round(peak_mb()),
        "peak_after_imports_mb": round(base_mb),
        "sources_html_kb": len(page) // 1024,
    }


def step_notebook(data_dir: str, out: str) -> dict:
    """notebooks/03_report under papermill, rendered to HTML as `stance-tracker report` does."""
    import papermill as pm

    from helpers.report.html import notebook_to_html

    t0 = time.perf_counter()
    executed = Path(out) / "03_report.ipynb"
    executed.parent.mkdir(parents=True, exist_ok=True)
    pm.execute_notebook(
        "notebooks/03_report.ipynb",
        str(executed),
        kernel_name="stance-tracker",
        parameters={"data_dir": data_dir, "out_dir": out},
        progress_bar=False,
    )
    html = notebook_to_html(executed)
    (Path(out) / "report.html").write_text(html, encoding="utf-8")
    kernel_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "seconds": round(time.perf_counter() - t0, 1),
        "kernel_peak_mb": round(kernel_mb),
        "client_peak_mb": round(peak_mb()),
        "report_kb": len(html.encode()) // 1024,
    }


def run_child(step: str, *args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", step, *args], capture_output=True, text=True, check=False
    )
    if proc.returncode:
        sys.stderr.write(proc.stderr[-3000:])
        raise SystemExit(f"{step} failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def memory_copy(data_dir: Path, rows: int) -> Path:
    """A data dir whose flat statements.parquet holds the first `rows` rows (no partitioned dataset)."""
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    from helpers import storage

    target = data_dir.parent / f"memory_{rows}"
    flat = target / "processed" / "statements.parquet"
    if not flat.exists():
        flat.parent.mkdir(parents=True, exist_ok=True)
        dataset = ds.dataset(str(storage.dataset_dir(data_dir / "processed", "statements")), format="parquet")
        with pq.ParquetWriter(
            flat,
            dataset.schema.remove(dataset.schema.get_field_index("month"))
            if "month" in dataset.schema.names
            else dataset.schema,
        ) as writer:
            left = rows
            for batch in dataset.to_batches(columns=[n for n in dataset.schema.names if n != "month"]):
                if left <= 0:
                    break
                writer.write_batch(batch.slice(0, left))
                left -= len(batch)
        (target / "processed" / "documents.parquet").symlink_to(
            (data_dir / "processed" / "documents.parquet").resolve()
        )
    return target


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--out", default="/tmp/report_scale")
    parser.add_argument(
        "--notebook", action="store_true", help="also run notebooks/03_report under papermill"
    )
    parser.add_argument(
        "--compare-rows",
        type=int,
        default=0,
        help="the same queries over a flat statements.parquet of the first M rows",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of the report step (median shown)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, *rest = args.child
        result = step_report(*rest) if step == "report" else step_notebook(*rest)
        print(json.dumps(result))
        return
    out = Path(args.out)
    data_dir = out / f"data_{args.rows}"
    build(args.rows, data_dir)
    runs = [run_child("report", str(data_dir), str(out / f"run_dataset_{i}")) for i in range(args.repeat)]
    runs.sort(key=lambda r: r["seconds"])
    med = runs[len(runs) // 2]
    print(
        f"[1] report over {med['statements']:,} statements from {med['source']}: "
        f"median {med['seconds']} s of {[r['seconds'] for r in runs]} (parts {med['parts']}); "
        f"peak memory {max(r['peak_mb'] for r in runs)} MB for the whole process "
        f"({med['peak_after_imports_mb']} MB after imports)"
    )
    if args.compare_rows:
        small = memory_copy(data_dir, args.compare_rows)
        flat = run_child("report", str(small), str(out / "run_flat"))
        print(
            f"[3] the same queries over one flat {flat['source']} of {flat['statements']:,} statements: "
            f"{flat['seconds']} s (parts {flat['parts']}), peak {flat['peak_mb']} MB "
            f"({flat['peak_after_imports_mb']} MB after imports)"
        )
    if args.notebook:
        nb = run_child("notebook", str(data_dir), str(out / "run_notebook"))
        print(
            f"[2] notebooks/03_report (papermill + HTML) over {args.rows:,} statements: {nb['seconds']} s, "
            f"kernel peak {nb['kernel_peak_mb']} MB, report {nb['report_kb']} KB"
        )


if __name__ == "__main__":
    main()
