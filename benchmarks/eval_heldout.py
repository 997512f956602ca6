#!/usr/bin/env python3
"""Score the extractor on held-out news it was never tuned on: text documents and real article pages.

Two evaluations, both black-box through the `stance-tracker` CLI:

text   `stance-tracker extract --docs data/gold/heldout/docs.jsonl --out TMP` scored against
       data/gold/heldout/{statements,polls}.jsonl.
pages  data/gold/pages/*.html served on 127.0.0.1, `stance-tracker collect --urls LIST --no-robots`
       then `stance-tracker extract`; the page gold is keyed by URL, so each gold row is mapped to the
       doc_id the collector assigned (matched on the URL path of the document's url, final URL,
       canonical URL or any of its sources) before scoring. Pages the collector lost keep their gold
       rows under a placeholder doc_id, so they count as misses. Also reports collection figures:
       pages kept, publication-date accuracy and how much of the body text was captured.

combined  both sets pooled.

Scoring uses the shared scorer (`../shared/eval/score.py`, override with --scorer); without it,
`stance-tracker evaluate --pred` (same figures). Review overrides are never applied: the figures are
the extractor's own. A statement the extractor merged across documents (one row listing several
`doc_ids`) is scored in each of its documents. `--ci N` adds 95% bootstrap intervals over documents.

Usage:
    .venv/bin/python benchmarks/eval_heldout.py [--only text|pages] [--details] [--ci N] [--json] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import html
import http.server
import importlib.util
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import ModuleType
from urllib.parse import urlparse

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "data" / "gold" / "heldout"
PAGES = ROOT / "data" / "gold" / "pages"
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"
MISSING_DOC = "missing:"


# ---------------------------------------------------------------- running the CLI


def cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run `stance-tracker ARGS` with this interpreter; a failure raises with its stderr."""
    proc = subprocess.run(
        [sys.executable, "-m", "helpers", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
    if proc.returncode not in (0, 3):  # 3 = completed, some items failed (reported separately)
        raise RuntimeError(
            f"stance-tracker {' '.join(args)} exited {proc.returncode}:\n{proc.stderr[-3000:]}"
        )
    return proc


# ---------------------------------------------------------------- scoring


def load_scorer(path: Path) -> ModuleType | None:
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def per_document(pred_dir: Path, out: Path) -> Path:
    """Predictions with cross-document duplicates spread back to every document they came from.

    The extractor merges one statement reported by several outlets into one row listing its `doc_ids`;
    the scorer matches by (doc_id, speaker), so without this a correct merge would count as misses.
    """
    out.mkdir(parents=True, exist_ok=True)
    for name in ("statements.csv", "polls.csv"):
        src = pred_dir / name
        if not src.exists():
            continue
        frame = pd.read_csv(src, dtype=str, keep_default_na=False)
        if "doc_ids" in frame.columns and len(frame):
            rows = []
            for _, row in frame.iterrows():
                rows.append(row)
                try:
                    others = [d for d in json.loads(row["doc_ids"] or "[]") if d and d != row["doc_id"]]
                except ValueError:
                    others = []
                for doc_id in others:
                    copy = row.copy()
                    copy["doc_id"] = doc_id
                    rows.append(copy)
            frame = pd.DataFrame(rows)
        frame.to_csv(out / name, index=False)
    return out


def score(gold_dir: Path, pred_dir: Path, scorer: ModuleType | None, scratch: Path) -> dict:
    """{"statements": ..., "polls": ...} as the shared scorer computes them, per document."""
    pred_dir = per_document(pred_dir, scratch)
    if scorer is not None:
        st = scorer.score_statements(
            scorer.read_jsonl(gold_dir / "statements.jsonl"), scorer.read_csv(pred_dir / "statements.csv")
        )
        po = scorer.score_polls(
            scorer.read_jsonl(gold_dir / "polls.jsonl"), scorer.read_csv(pred_dir / "polls.csv")
        )
        return {"statements": st, "polls": po}
    proc = cli("evaluate", "--gold", str(gold_dir), "--pred", str(pred_dir), "--json")
    return json.loads(proc.stdout)


def summary_line(name: str, res: dict) -> str:
    st, po = res["statements"], res["polls"]
    return (
        f"{name}: attribution F1={st['f1']:.3f} (P={st['precision']:.3f} R={st['recall']:.3f}, "
        f"gold={st['gold']} pred={st['pred']} matched={st['matched']}) country={st['country_acc']:.3f} "
        f"date={st['date_acc']:.3f} stance_acc={st['stance_acc']:.3f} "
        f"stance_macroF1={st['stance_macro_f1']:.3f} deployment={st['deployment_acc']:.3f} | "
        f"polls F1={po['f1']:.3f} (P={po['precision']:.3f} R={po['recall']:.3f}, gold={po['gold']} "
        f"pred={po['pred']}) pollster={po['pollster_acc']:.3f} date={po['date_acc']:.3f}"
    )


# ---------------------------------------------------------------- text set


def eval_text(work: Path, scorer: ModuleType | None) -> dict:
    pred = work / "text_pred"
    t0 = time.perf_counter()
    cli(
        "extract",
        "--docs",
        str(HELDOUT / "docs.jsonl"),
        "--out",
        str(pred),
        "--data-dir",
        str(work / "text_data"),
        "--no-overrides",
        "--no-cache",
    )
    res = score(HELDOUT, pred, scorer, work / "text_scored")
    res["seconds"] = round(time.perf_counter() - t0, 2)
    return res


# ---------------------------------------------------------------- pages


def read_manifest(pages_dir: Path = PAGES) -> list[dict]:
    with (pages_dir / "manifest.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def url_path(url: str) -> str:
    return urlparse(str(url)).path.rstrip("/") or "/"


class _PageHandler(http.server.BaseHTTPRequestHandler):
    """Serves each page at the URL path of its real address (so canonical and served URL share a path)."""

    routes: dict[str, Path] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        path = self.routes.get(url_path(self.path.split("?")[0]))
        if path is None:
            self.send_error(404)
            return
        body = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve_pages(pages: list[dict], pages_dir: Path = PAGES) -> Iterator[str]:
    """A 127.0.0.1 server for `pages`; yields its base URL."""
    routes = {url_path(p["url"]): pages_dir / p["file"] for p in pages}
    handler = type("Handler", (_PageHandler,), {"routes": routes})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def read_documents(data_dir: Path) -> pd.DataFrame:
    processed = data_dir / "processed"
    if (processed / "documents.parquet").exists():
        return pd.read_parquet(processed / "documents.parquet")
    if (processed / "documents.csv").exists():
        return pd.read_csv(processed / "documents.csv", dtype=str)
    return pd.DataFrame(columns=["doc_id", "url", "text", "published"])


def _doc_urls(row: pd.Series) -> set[str]:
    urls = {
        str(row.get(c))
        for c in ("url", "final_url", "canonical_url", "requested_url")
        if pd.notna(row.get(c))
    }
    raw = row.get("sources")
    if isinstance(raw, str) and raw.strip().startswith("["):
        with suppress(ValueError):
            urls.update(str(s.get("url")) for s in json.loads(raw) if isinstance(s, dict) and s.get("url"))
    return {u for u in urls if u and u != "None"}


def map_pages_to_docs(pages: list[dict], documents: pd.DataFrame) -> dict[str, str]:
    """{page url: collected doc_id}, matched on URL path (served and canonical URLs share it)."""
    by_path: dict[str, str] = {}
    for _, row in documents.iterrows():
        for u in _doc_urls(row):
            by_path.setdefault(url_path(u), str(row["doc_id"]))
    return {p["url"]: by_path[url_path(p["url"])] for p in pages if url_path(p["url"]) in by_path}


def write_page_gold(
    pages: list[dict], url_to_doc: dict[str, str], out: Path, pages_dir: Path = PAGES
) -> None:
    """The URL-keyed page gold rewritten with doc_ids, in the seed's gold format."""
    wanted = {p["url"] for p in pages}
    out.mkdir(parents=True, exist_ok=True)
    for name in ("statements.jsonl", "polls.jsonl"):
        with (
            (pages_dir / name).open(encoding="utf-8") as src,
            (out / name).open("w", encoding="utf-8") as dst,
        ):
            for line in src:
                if not line.strip():
                    continue
                row = json.loads(line)
                if row["url"] not in wanted:
                    continue
                row["doc_id"] = url_to_doc.get(row["url"], MISSING_DOC + row["url"])
                dst.write(json.dumps(row, ensure_ascii=False) + "\n")


def page_paragraphs(path: Path) -> list[str]:
    """The article paragraphs of a page as written (<p> inside the article body containers)."""
    text = path.read_text(encoding="utf-8")
    body = re.search(
        r'<div class="(?:article-body|story-body__inner|entry-content|text)">|<section class="article-body"',
        text,
    )
    if body is None:
        return []
    rest = text[body.end() :]
    ends = [
        rest.find(m)
        for m in (
            "<aside",
            '<div class="col-side"',
            '<div class="tags"',
            '<div class="comments"',
            "</article>",
        )
    ]
    chunk = rest[: min((e for e in ends if e >= 0), default=len(rest))]
    paras = [
        html.unescape(re.sub(r"<[^>]+>", "", p)).strip()
        for p in re.findall(r"<p[^>]*>(.*?)</p>", chunk, re.S)
    ]
    return [p for p in paras if p and not p.startswith("Read also")]


def published_date(path: Path) -> str:
    """The page's own publication date (article:published_time, local date as printed on the page)."""
    found = re.search(
        r'property="article:published_time" content="(\d{4}-\d{2}-\d{2})', path.read_text(encoding="utf-8")
    )
    return found.group(1) if found else ""


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(str(text))).replace("\u2019", "'").strip().lower()


def collection_figures(
    pages: list[dict], url_to_doc: dict[str, str], documents: pd.DataFrame, pages_dir: Path = PAGES
) -> dict:
    """How well the collector captured the pages: kept, publication date, body text, boilerplate."""
    docs = documents.set_index(documents["doc_id"].astype(str)) if len(documents) else documents
    date_ok = para_hit = para_total = leaks = 0
    wrong_dates = []
    for p in pages:
        doc_id = url_to_doc.get(p["url"])
        paras = page_paragraphs(pages_dir / p["file"])
        para_total += len(paras)
        if doc_id is None:
            continue
        doc = docs.loc[doc_id]
        want = published_date(pages_dir / p["file"])
        got = str(doc.get("published") or "")[:10]
        if got == want:
            date_ok += 1
        else:
            wrong_dates.append(f"{p['file']}: page {want}, collected {got or 'none'}")
        text = _norm(doc.get("text") or "")
        para_hit += sum(_norm(x) in text for x in paras)
        leaks += any(s in text for s in ("most read", "sign up for our morning briefing", "cookie"))
    kept = len(url_to_doc)
    return {
        "pages": len(pages),
        "kept": kept,
        "published_date_acc": date_ok / kept if kept else 0.0,
        "body_paragraph_recall": para_hit / para_total if para_total else 0.0,
        "pages_with_boilerplate": leaks,
        "wrong_dates": wrong_dates,
    }


def run_pages_pipeline(pages: list[dict], work: Path) -> tuple[Path, pd.DataFrame, dict[str, str]]:
    """Serve, collect and extract `pages` under `work`; returns (data dir, documents, {page url: doc_id})."""
    data = work / "pages_data"
    with serve_pages(pages) as base:
        urls = work / "urls.txt"
        urls.write_text("".join(f"{base}{url_path(p['url'])}\n" for p in pages), encoding="utf-8")
        cli(
            "collect",
            "--urls",
            str(urls),
            "--data-dir",
            str(data),
            "--no-robots",
            "--no-seed",
            "--no-progress",
            "--delay",
            "0",
            "--retries",
            "0",
        )
    documents = read_documents(data)
    cli("extract", "--data-dir", str(data), "--no-overrides", "--no-cache")
    return data, documents, map_pages_to_docs(pages, documents)


def eval_pages(work: Path, scorer: ModuleType | None) -> dict:
    pages = read_manifest()
    t0 = time.perf_counter()
    data, documents, url_to_doc = run_pages_pipeline(pages, work)
    gold = work / "pages_gold"
    write_page_gold(pages, url_to_doc, gold)
    res = score(gold, data / "processed", scorer, work / "pages_scored")
    res["collection"] = collection_figures(pages, url_to_doc, documents)
    res["seconds"] = round(time.perf_counter() - t0, 2)
    return res


def bootstrap(gold_dir: Path, pred_dir: Path, scorer: ModuleType, reps: int = 1000, seed: int = 0) -> dict:
    """95% intervals by resampling documents with replacement: the sets are small, say how small."""
    gold_st, pred_st = (
        scorer.read_jsonl(gold_dir / "statements.jsonl"),
        scorer.read_csv(pred_dir / "statements.csv"),
    )
    gold_po, pred_po = scorer.read_jsonl(gold_dir / "polls.jsonl"), scorer.read_csv(pred_dir / "polls.csv")
    docs = sorted({r["doc_id"] for r in gold_st + gold_po} | {r["doc_id"] for r in pred_st + pred_po})

    def by_doc(rows: list[dict]) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {}
        for r in rows:
            out.setdefault(r["doc_id"], []).append(r)
        return out

    groups = [by_doc(x) for x in (gold_st, pred_st, gold_po, pred_po)]
    rng = random.Random(seed)
    keys = ("f1", "country_acc", "date_acc", "stance_macro_f1", "deployment_acc")
    draws: dict[str, list[float]] = {k: [] for k in (*keys, "polls_f1")}
    for _ in range(reps):
        sample = [rng.choice(docs) for _ in docs]
        picked = [
            [{**r, "doc_id": f"{d}#{i}"} for i, d in enumerate(sample) for r in g.get(d, [])] for g in groups
        ]
        if not picked[0]:
            continue
        st = scorer.score_statements(picked[0], picked[1])
        for k in keys:
            draws[k].append(st[k])
        if picked[2]:
            draws["polls_f1"].append(scorer.score_polls(picked[2], picked[3])["f1"])
    ci = {}
    for k, vals in draws.items():
        vals.sort()
        if vals:
            ci[k] = (vals[int(0.025 * (len(vals) - 1))], vals[int(0.975 * (len(vals) - 1))])
    return ci


def eval_combined(work: Path, scorer: ModuleType | None) -> dict:
    """Both sets pooled (doc_ids never collide: text ids are `ho-NN`, pages get the collector's ids)."""
    gold, pred = work / "combined_gold", work / "combined_pred"
    gold.mkdir(exist_ok=True)
    pred.mkdir(exist_ok=True)
    sources = {
        "gold": (HELDOUT, work / "pages_gold"),
        "pred": (work / "text_pred", work / "pages_data" / "processed"),
    }
    for name in ("statements.jsonl", "polls.jsonl"):
        lines = [
            line for d in sources["gold"] for line in (d / name).read_text(encoding="utf-8").splitlines()
        ]
        (gold / name).write_text("".join(line + "\n" for line in lines if line.strip()), encoding="utf-8")
    for name in ("statements.csv", "polls.csv"):
        frames = [
            pd.read_csv(d / name, dtype=str, keep_default_na=False)
            for d in sources["pred"]
            if (d / name).exists()
        ]
        pd.concat(frames, ignore_index=True).to_csv(pred / name, index=False)
    return score(gold, pred, scorer, work / "combined_scored")


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=("text", "pages"))
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="the shared score.py")
    ap.add_argument("--keep", type=Path, help="keep predictions and collected data here")
    ap.add_argument("--json", action="store_true", help="print all results as one JSON object")
    ap.add_argument("--details", action="store_true", help="also list missed/spurious/wrong-stance keys")
    ap.add_argument(
        "--ci", type=int, default=0, metavar="N", help="bootstrap 95%% intervals with N resamples"
    )
    args = ap.parse_args(argv)

    scorer = load_scorer(args.scorer)
    work = args.keep or Path(tempfile.mkdtemp(prefix="eval_heldout_"))
    if args.keep and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"scorer": str(args.scorer) if scorer else "stance-tracker evaluate"}
    try:
        if args.only in (None, "text"):
            results["text"] = eval_text(work, scorer)
        if args.only in (None, "pages"):
            results["pages"] = eval_pages(work, scorer)
        if args.only is None:
            results["combined"] = eval_combined(work, scorer)
        if args.ci and scorer is not None:
            dirs = {
                "text": (HELDOUT, work / "text_scored"),
                "pages": (work / "pages_gold", work / "pages_scored"),
                "combined": (work / "combined_gold", work / "combined_scored"),
            }
            for name in results.keys() & dirs.keys():
                results[name]["ci95"] = bootstrap(*dirs[name], scorer, reps=args.ci)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False, default=str))
        return 0
    for name in ("text", "pages", "combined"):
        if name not in results:
            continue
        res = results[name]
        if args.details:
            for key in ("missed", "spurious", "wrong_stance"):
                for item in res["statements"][key]:
                    print(f"  {name} {key}: {item}")
        if name == "pages":
            c = res["collection"]
            print(
                f"pages collection: kept {c['kept']}/{c['pages']} "
                f"published_date_acc={c['published_date_acc']:.3f} "
                f"body_paragraph_recall={c['body_paragraph_recall']:.3f} "
                f"pages_with_boilerplate={c['pages_with_boilerplate']}"
            )
            for item in c["wrong_dates"]:
                print(f"  wrong date: {item}")
        print(summary_line(f"{name} ({res['seconds']}s)" if "seconds" in res else name, res))
        if "ci95" in res:
            print(
                f"  {name} 95% bootstrap intervals over documents: "
                + ", ".join(f"{k} [{lo:.2f}, {hi:.2f}]" for k, (lo, hi) in res["ci95"].items())
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
