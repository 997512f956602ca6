"""Classification figures that do not flatter: per-class precision/recall/F1, macro-F1 with a
bootstrap interval, a confusion matrix, and reliability (calibration) bins with their ECE."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass
class ClassFigures:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


def per_class(gold: list[str], pred: list[str], labels: list[str]) -> list[ClassFigures]:
    out = []
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out.append(ClassFigures(lab, prec, rec, f1, tp + fn))
    return out


def macro_f1(gold: list[str], pred: list[str], labels: list[str]) -> float:
    """Mean F1 over the labels present in the gold (absent labels would add a meaningless 0)."""
    figs = [f for f in per_class(gold, pred, labels) if f.support > 0]
    return sum(f.f1 for f in figs) / len(figs) if figs else 0.0


def accuracy(gold: list[str], pred: list[str]) -> float:
    return sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold) if gold else 0.0


def bootstrap_interval(
    gold: list[str],
    pred: list[str],
    labels: list[str],
    groups: list[str],
    n: int = 500,
    seed: int = 7,
    metric: str = "macro_f1",
) -> tuple[float, float]:
    """95% interval resampling whole events (rows of one event are not independent)."""
    by_group: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        by_group.setdefault(g, []).append(i)
    keys = list(by_group)
    rng = random.Random(seed)
    vals = []
    for _ in range(n):
        idx = [i for k in (rng.choice(keys) for _ in keys) for i in by_group[k]]
        gold_s, pred_s = [gold[i] for i in idx], [pred[i] for i in idx]
        vals.append(macro_f1(gold_s, pred_s, labels) if metric == "macro_f1" else accuracy(gold_s, pred_s))
    vals.sort()
    return vals[int(0.025 * n)], vals[int(0.975 * n) - 1]


def confusion(gold: list[str], pred: list[str], labels: list[str]) -> list[list[int]]:
    """rows: gold label, columns: predicted label."""
    idx = {lab: i for i, lab in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred, strict=True):
        if g in idx and p in idx:
            m[idx[g]][idx[p]] += 1
    return m


@dataclass
class ReliabilityBin:
    low: float
    high: float
    n: int
    confidence: float
    accuracy: float


def reliability(
    confidences: list[float], correct: list[bool], n_bins: int = 10
) -> tuple[list[ReliabilityBin], float]:
    """Bins of predicted confidence against observed accuracy, and the expected calibration error."""
    bins = []
    ece = 0.0
    total = len(confidences)
    for b in range(n_bins):
        lo, hi = b / n_bins, (b + 1) / n_bins
        idx = [i for i, c in enumerate(confidences) if lo <= c < hi or (b == n_bins - 1 and c == 1.0)]
        if not idx:
            continue
        conf = sum(confidences[i] for i in idx) / len(idx)
        acc = sum(1 for i in idx if correct[i]) / len(idx)
        bins.append(ReliabilityBin(lo, hi, len(idx), conf, acc))
        ece += len(idx) / total * abs(conf - acc)
    return bins, ece


def format_table(figs: list[ClassFigures]) -> str:
    lines = [f"  {'label':<22} {'prec':>6} {'rec':>6} {'F1':>6} {'n':>5}"]
    lines += [f"  {f.label:<22} {f.precision:6.3f} {f.recall:6.3f} {f.f1:6.3f} {f.support:5d}" for f in figs]
    return "\n".join(lines)


def format_confusion(m: list[list[int]], labels: list[str]) -> str:
    short = [lab[:11] for lab in labels]
    lines = ["  gold \\ predicted " + " ".join(f"{s:>11}" for s in short)]
    lines += [f"  {short[i]:<17} " + " ".join(f"{v:>11d}" for v in row) for i, row in enumerate(m)]
    return "\n".join(lines)


def format_reliability(bins: list[ReliabilityBin], ece: float) -> str:
    lines = [f"  {'confidence':<12} {'n':>5} {'mean conf':>10} {'accuracy':>9}"]
    lines += [
        f"  {b.low:.1f}-{b.high:.1f}      {b.n:5d} {b.confidence:10.3f} {b.accuracy:9.3f}" for b in bins
    ]
    lines.append(f"  expected calibration error: {ece:.3f}")
    return "\n".join(lines)
