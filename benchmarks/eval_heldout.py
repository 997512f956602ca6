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

Scoring uses the package's scorer (helpers.extract.evaluate, what `stance-tracker evaluate` prints;
tests/test_evaluate_scorer.py checks it equals ../shared/eval/score.py); `--scorer PATH` scores with
another score.py of the same interface instead. Review overrides are never applied: the figures are
the extractor's own. A statement the extractor merged across documents (one row listing several
`doc_ids`) is scored in each of its documents. `--ci N` adds 95% bootstrap intervals over documents.

Usage:
    .venv/bin/python benchmarks/eval_heldout.py [--only text|pages] [--details] [--ci N] [--json] [--keep DIR]
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

import pandas as pd

from helpers.extract import evaluate as package_scorer
from helpers.extract.evaluate import per_document

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "data" / "gold" / "heldout"

# tools/heldout_pipeline.py (serve -> collect -> extract, page gold by doc_id) is shared with the tests
sys.path.insert(0, str(ROOT / "tools"))
from heldout_pipeline import (  # noqa: E402
    PAGES,
    cli,
    published_date,
    read_manifest,
    run_pages_pipeline,
    write_page_gold,
)

# ---------------------------------------------------------------- scoring


def load_scorer(path: Path | None) -> ModuleType:
    """The package's scorer, or the score.py at `path` (same functions: read_jsonl, read_csv, score_*)."""
    if path is None:
        return package_scorer
    if not path.exists():
        raise SystemExit(f"--scorer {path}: no such file")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def score(gold_dir: Path, pred_dir: Path, scorer: ModuleType, scratch: Path) -> dict:
    """{"statements": ..., "polls": ...} per document (merged statements counted in each of theirs)."""
    pred_dir = per_document(pred_dir, scratch)
    st = scorer.score_statements(
        scorer.read_jsonl(gold_dir / "statements.jsonl"), scorer.read_csv(pred_dir / "statements.csv")
    )
    st.pop("labels", None)  # the package's per-class tables: not part of the summary
    po = scorer.score_polls(
        scorer.read_jsonl(gold_dir / "polls.jsonl"), scorer.read_csv(pred_dir / "polls.csv")
    )
    return {"statements": st, "polls": po}


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


def eval_text(work: Path, scorer: ModuleType) -> dict:
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


def eval_pages(work: Path, scorer: ModuleType) -> dict:
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


def eval_combined(work: Path, scorer: ModuleType) -> dict:
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
    ap.add_argument("--scorer", type=Path, help="score with this score.py (e.g. ../shared/eval/score.py)")
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
    results: dict = {"scorer": str(args.scorer) if args.scorer else "helpers.extract.evaluate"}
    try:
        if args.only in (None, "text"):
            results["text"] = eval_text(work, scorer)
        if args.only in (None, "pages"):
            results["pages"] = eval_pages(work, scorer)
        if args.only is None:
            results["combined"] = eval_combined(work, scorer)
        if args.ci:
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
