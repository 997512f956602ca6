"""The labeller's figures as text: what `stance-tracker train` and `evaluate --labeller` print."""

from __future__ import annotations

from collections import Counter

from helpers.extract.labeller.metrics import (
    accuracy,
    bootstrap_interval,
    confusion,
    format_confusion,
    format_reliability,
    format_table,
    macro_f1,
    per_class,
    reliability,
)
from helpers.extract.labeller.training import DimensionResult, TrainingRun


def _block(
    title: str,
    gold: list[str],
    pred: list[str],
    conf: list[float],
    groups: list[str],
    classes: list[str],
    rule: list[str],
) -> list[str]:
    lo, hi = bootstrap_interval(gold, pred, classes, groups)
    alo, ahi = bootstrap_interval(gold, pred, classes, groups, metric="accuracy")
    lines = [
        f"{title}: {len(gold)} rows from {len(set(groups))} events",
        f"  macro-F1 {macro_f1(gold, pred, classes):.3f} [95% CI {lo:.3f}-{hi:.3f}]   "
        f"accuracy {accuracy(gold, pred):.3f} [{alo:.3f}-{ahi:.3f}]   (intervals resample events)",
    ]
    if rule and any(rule):
        lines.append(
            f"  cue rules alone on the same rows: macro-F1 {macro_f1(gold, rule, classes):.3f}, "
            f"accuracy {accuracy(gold, rule):.3f}"
        )
    lines.append(format_table(per_class(gold, pred, classes)))
    lines.append(format_confusion(confusion(gold, pred, classes), classes))
    bins, ece = reliability(conf, [g == p for g, p in zip(gold, pred, strict=True)])
    lines.append(format_reliability(bins, ece))
    return lines


def format_dimension(r: DimensionResult) -> str:
    cv_pred, cv_conf = r.cv.predicted(r.temperature)
    grid = ", ".join(f"C={c:g}: {f:.3f}" for c, f in r.c_grid.items())
    lines = [
        f"== {r.kind} ({', '.join(r.classes)}); C={r.C:g} chosen by grouped CV ({grid}); "
        f"temperature {r.temperature:.2f}"
    ]
    lines += _block(
        f"grouped {r.folds}-fold cross-validation by event (train split, originals only)",
        r.cv.gold,
        cv_pred,
        cv_conf,
        r.cv.groups,
        r.classes,
        r.cv_rule,
    )
    if r.test_gold:
        lines += _block(
            "frozen test split (never tuned on)",
            r.test_gold,
            r.test_pred,
            r.test_conf,
            r.test_groups,
            r.classes,
            r.test_rule,
        )
        cv_f1, test_f1 = (
            macro_f1(r.cv.gold, cv_pred, r.classes),
            macro_f1(r.test_gold, r.test_pred, r.classes),
        )
        lines.append(f"  grouped-CV minus frozen-test macro-F1: {cv_f1 - test_f1:+.3f}")
        hard = Counter(h for h in r.test_hard if h)
        if hard:
            lines.append("  frozen test by hard case (accuracy, n):")
            for h, n in sorted(hard.items()):
                idx = [i for i, x in enumerate(r.test_hard) if x == h]
                acc = sum(1 for i in idx if r.test_gold[i] == r.test_pred[i]) / len(idx)
                lines.append(f"    {h:<22} {acc:.2f}  {n}")
    return "\n".join(lines)


def format_run(run: TrainingRun) -> str:
    head = (
        f"labeller for topic {run.topic}: {len(run.corpus.docs)} documents, {len(run.corpus.events)} events, "
        f"{run.n_original} original rows + {run.n_augmented} augmented rewrites"
        + (f" + {run.n_reviewed} reviewed rows" if run.n_reviewed else "")
        + f"; frozen test: {len(run.test_events)} events"
    )
    return "\n\n".join([head] + [format_dimension(r) for r in run.dims.values()])
