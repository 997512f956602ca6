"""Scoring extracted statements and polls against a gold set, the same way as ../shared/eval/score.py.

Why a reimplementation: the project must run without ../shared; a test checks that these
figures equal score.py's on the seed when ../shared is present.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.extract.labeller.metrics import (
    ClassFigures,
    ReliabilityBin,
    confusion,
    format_confusion,
    format_reliability,
    format_table,
    per_class,
    reliability,
)
from helpers.tables import InputError


def fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").lower().strip()


def speaker_key(name: str | None) -> str:
    words = fold(name).replace(".", " ").split()
    return re.sub(r"[iy]+$", "y", words[-1]) if words else ""


def clean(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text.lower() in {"nan", "none", "null", "nat"} else text


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def read_jsonl(path: Path) -> list[dict]:
    """Gold rows; a line that is not JSON is an error naming the file and line."""

    rows = []
    try:
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise InputError(f"{path}, line {lineno}: not valid JSON ({err.msg})") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 at byte {err.start}") from err
    return rows


def read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _collapse(rows: list[dict]) -> dict[tuple[str, str], dict]:
    keyed: dict[tuple[str, str], dict] = {}
    for row in rows:
        key = (clean(row.get("doc_id")), speaker_key(clean(row.get("speaker"))))
        if not key[1]:
            continue
        best = keyed.get(key)
        if best is None or (clean(best.get("stance")) == "neutral" and clean(row.get("stance")) != "neutral"):
            keyed[key] = row
    return keyed


def score_statements(gold_rows: list[dict], pred_rows: list[dict]) -> dict[str, Any]:
    gold = {(g["doc_id"], speaker_key(g["speaker"])): g for g in gold_rows}
    pred = _collapse(pred_rows)
    matched = [k for k in gold if k in pred]
    p, r, f = prf(len(matched), len(pred), len(gold))
    out: dict[str, Any] = {
        "gold": len(gold),
        "pred": len(pred),
        "matched": len(matched),
        "precision": p,
        "recall": r,
        "f1": f,
    }
    for fld in ("country", "date", "stance", "deployment"):
        hits = sum(
            clean(pred[k].get(fld)).lower()[:10] == clean(gold[k].get(fld)).lower()[:10] for k in matched
        )
        out[f"{fld}_acc"] = hits / len(matched) if matched else 0.0
    f1s = []
    labels = sorted(
        {gold[k]["stance"] for k in matched} | {clean(pred[k].get("stance")) for k in matched} - {""}
    )
    for label in labels:
        tp = sum(clean(pred[k].get("stance")) == label and gold[k]["stance"] == label for k in matched)
        npred = sum(clean(pred[k].get("stance")) == label for k in matched)
        ngold = sum(gold[k]["stance"] == label for k in matched)
        if ngold or npred:
            f1s.append(prf(tp, npred, ngold)[2])
    out["stance_macro_f1"] = sum(f1s) / len(f1s) if f1s else 0.0
    out["labels"] = _label_figures(gold, pred, matched)
    out["missed"] = sorted(f"{d}:{s}" for d, s in gold if (d, s) not in pred)
    out["spurious"] = sorted(f"{d}:{s}" for d, s in pred if (d, s) not in gold)
    out["wrong_stance"] = sorted(
        f"{k[0]}:{k[1]} gold={gold[k]['stance']} pred={clean(pred[k].get('stance'))}"
        for k in matched
        if clean(pred[k].get("stance")) != gold[k]["stance"]
    )
    return out


def _label_figures(gold: dict, pred: dict, matched: list) -> dict[str, Any]:
    """Per-class precision/recall/F1, the confusion matrix and (when the predictions carry
    confidences) reliability bins, for stance and deployment on the matched statements."""

    out: dict[str, Any] = {}
    for fld in ("stance", "deployment"):
        g = [clean(gold[k].get(fld)) for k in matched]
        p = [clean(pred[k].get(fld)) for k in matched]
        labels = sorted(set(g) | set(p) - {""})
        entry: dict[str, Any] = {
            "labels": labels,
            "per_class": [vars(f) for f in per_class(g, p, labels)],
            "confusion": confusion(g, p, labels),
        }
        conf = [_to_float(pred[k].get(f"{fld}_confidence")) for k in matched]
        if matched and all(c is not None for c in conf):
            bins, ece = reliability(
                [float(c) for c in conf if c is not None], [a == b for a, b in zip(g, p, strict=True)]
            )
            entry["reliability"] = [vars(b) for b in bins]
            entry["ece"] = ece
        out[fld] = entry
    return out


def label_report_lines(result: dict[str, Any]) -> list[str]:
    """The per-class tables, confusion matrices and reliability bins as text."""

    lines: list[str] = []
    for fld, entry in (result["statements"].get("labels") or {}).items():
        if not entry["labels"]:
            continue
        lines.append(f"{fld} on matched statements:")
        lines.append(format_table([ClassFigures(**f) for f in entry["per_class"]]))
        lines.append(format_confusion(entry["confusion"], entry["labels"]))
        if "reliability" in entry:
            lines.append(
                format_reliability([ReliabilityBin(**b) for b in entry["reliability"]], entry["ece"])
            )
    return lines


def _to_float(value: Any) -> float | None:
    try:
        return float(clean(value).rstrip("%"))
    except ValueError:
        return None


def score_polls(gold_rows: list[dict], pred_rows: list[dict]) -> dict[str, Any]:
    used: set[int] = set()
    matches = []
    for g in gold_rows:
        for i, p in enumerate(pred_rows):
            if i in used or clean(p.get("doc_id")) != g["doc_id"]:
                continue
            if clean(p.get("country")).upper() != (g.get("country") or "").upper():
                continue
            share = _to_float(p.get("share_support"))
            if share is not None and abs(share - float(g["share_support"])) <= 0.5:
                used.add(i)
                matches.append((g, p))
                break
    pr, rc, f = prf(len(matches), len(pred_rows), len(gold_rows))
    hits = 0
    for g, p in matches:
        a, b = fold(g.get("pollster")), fold(clean(p.get("pollster")))
        hits += bool(a and b and (a in b or b in a))
    date_hits = sum(clean(p.get("date"))[:10] == (g.get("date") or "") for g, p in matches)
    n = len(matches)
    return {
        "gold": len(gold_rows),
        "pred": len(pred_rows),
        "matched": n,
        "precision": pr,
        "recall": rc,
        "f1": f,
        "pollster_acc": hits / n if n else 0.0,
        "date_acc": date_hits / n if n else 0.0,
    }


def score_dirs(gold_dir: Path, pred_dir: Path) -> dict[str, Any]:
    """Score PRED_DIR/statements.csv + polls.csv against GOLD_DIR/*.jsonl."""
    return {
        "statements": score_statements(
            read_jsonl(gold_dir / "statements.jsonl"), read_csv(pred_dir / "statements.csv")
        ),
        "polls": score_polls(read_jsonl(gold_dir / "polls.jsonl"), read_csv(pred_dir / "polls.csv")),
    }


def summary_line(result: dict[str, Any]) -> str:
    st, po = result["statements"], result["polls"]
    return (
        f"statements F1={st['f1']:.3f} (P={st['precision']:.3f} R={st['recall']:.3f}) "
        f"country={st['country_acc']:.3f} date={st['date_acc']:.3f} "
        f"stance_acc={st['stance_acc']:.3f} stance_macroF1={st['stance_macro_f1']:.3f} "
        f"deployment={st['deployment_acc']:.3f} | polls F1={po['f1']:.3f} "
        f"pollster={po['pollster_acc']:.3f} date={po['date_acc']:.3f}"
    )


def report_lines(result: dict[str, Any]) -> list[str]:
    lines = [
        f"{name}: {item}"
        for name in ("missed", "spurious", "wrong_stance")
        for item in result["statements"][name]
    ]
    return lines + label_report_lines(result) + [summary_line(result)]


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
