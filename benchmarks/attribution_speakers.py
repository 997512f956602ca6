#!/usr/bin/env python3
"""Speakers per document, topic mode: who the extractor names against who a gold folder names.

Why: `stance-tracker evaluate --gold` matches statements (speaker and date together), which hides
whether a miss is a lost speaker or a wrong date. This counts only the set of speakers per
document (the maintainers' attribution figure on real articles is of this kind), over any
folders holding `docs.jsonl` and `statements.jsonl`: the labeller corpus parts (the rules were
tuned on them from this stop on, so they flatter) or a held-out gold set. Names match by
`evaluate.speaker_key`, or when one name's key is a word of the other ("Macron" / "Emmanuel
Macron"). Prints P/R/F1 with a 95% bootstrap interval over documents.

    .venv/bin/python benchmarks/attribution_speakers.py data/training/ukraine_troops/part-* \
        --without-events data/training/ukraine_troops/frozen_test_events.txt
    .venv/bin/python benchmarks/attribution_speakers.py data/gold/attribution_real [--show 20]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from helpers.extract import extract_documents  # noqa: E402
from helpers.extract.evaluate import fold, speaker_key  # noqa: E402

DOC_COLUMNS = ["doc_id", "url", "outlet", "published", "title", "text"]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def speaker_sets(rows: list[dict]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for r in rows:
        if r.get("speaker"):
            out[r["doc_id"]].setdefault(speaker_key(r["speaker"]), r["speaker"])
    return out


def sentences_of(rows: list[dict]) -> dict[tuple[str, str], str]:
    """(document, speaker) -> a sentence to show: the gold row's evidence or the extracted sentence."""
    out: dict[tuple[str, str], str] = {}
    for r in rows:
        ev = r.get("evidence") or r.get("sentence") or ""
        out.setdefault(
            (r["doc_id"], r.get("speaker") or ""), ev[0] if isinstance(ev, list) and ev else str(ev)
        )
    return out


def per_document(gold: dict[str, str], pred: dict[str, str]) -> tuple[int, int, int, list, list]:
    """(tp, fp, fn, false names, missed names) of one document."""
    matched_gold, matched_pred = set(gold) & set(pred), set(gold) & set(pred)
    for pk in set(pred) - matched_pred:
        for gk in set(gold) - matched_gold:
            if pk in fold(gold[gk]).split() or gk in fold(pred[pk]).split():
                matched_gold.add(gk)
                matched_pred.add(pk)
                break
    fps = [pred[k] for k in set(pred) - matched_pred]
    fns = [gold[k] for k in set(gold) - matched_gold]
    return len(matched_gold), len(fps), len(fns), fps, fns


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--topic", default="ukraine_troops")
    ap.add_argument(
        "--without-events",
        type=Path,
        help="leave out documents of the events listed in this file (the labeller's frozen test split)",
    )
    ap.add_argument(
        "--show", type=int, default=0, help="print N false and N missed speakers with their documents"
    )
    args = ap.parse_args()
    docs = pd.concat([pd.DataFrame(read_jsonl(f / "docs.jsonl")) for f in args.folders], ignore_index=True)
    gold_rows = [r for f in args.folders for r in read_jsonl(f / "statements.jsonl")]
    if args.without_events:
        lines = args.without_events.read_text(encoding="utf-8").splitlines()
        # "event_id<TAB>split" lines (the split named "test" is left out) or bare event ids
        frozen = {
            ln.split("\t")[0].strip()
            for ln in lines
            if ln.strip() and not ln.startswith("#") and ln.split("\t")[-1].strip() in ("test", ln.strip())
        }
        docs = docs[~docs.get("event_id", pd.Series(index=docs.index, dtype=object)).isin(frozen)]
        gold_rows = [r for r in gold_rows if r["doc_id"] in set(docs["doc_id"])]
    for c in DOC_COLUMNS:
        if c not in docs.columns:
            docs[c] = None
    rows, _ = extract_documents(docs[DOC_COLUMNS], args.topic)
    gold, pred = speaker_sets(gold_rows), speaker_sets(rows.to_dict("records"))
    counts, fps, fns = [], [], []
    for doc_id in docs["doc_id"]:
        tp, fp, fn, f_names, m_names = per_document(gold.get(doc_id, {}), pred.get(doc_id, {}))
        counts.append((tp, fp, fn))
        fps += [(doc_id, n) for n in f_names]
        fns += [(doc_id, n) for n in m_names]
    tp, fp, fn = (sum(c[i] for c in counts) for i in range(3))
    p, r, f1 = prf(tp, fp, fn)
    rng = random.Random(0)
    boot = sorted(
        prf(*(sum(c[i] for c in sample) for i in range(3)))[2]
        for sample in ([rng.choice(counts) for _ in counts] for _ in range(1000))
    )
    print(
        f"{len(docs)} documents, {tp + fn} gold / {tp + fp} predicted speakers: "
        f"P={p:.3f} R={r:.3f} F1={f1:.3f} [95% CI {boot[25]:.3f}-{boot[974]:.3f}]"
    )
    said = sentences_of(gold_rows) | sentences_of(rows.to_dict("records"))
    for label, items in (("false", fps), ("missed", fns)):
        for doc_id, name in rng.sample(items, min(args.show, len(items))):
            print(f"  {label}: {doc_id} {name}: {said.get((doc_id, name), '')[:300]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
