"""Fit the labeller: logistic regression over named features, grouped by event.

Why logistic regression: with a few thousand rows a linear model over scoped n-grams is as good
as anything that can be trained here without downloaded weights, it trains in seconds on one
core, its probabilities can be calibrated with one temperature, and every label can be explained
by the features that weighed most. Regularisation strength is chosen by grouped cross-validation
(no event on both sides), and the temperature is fitted on out-of-fold predictions, so the
confidence a row gets means what it says on rows the model has not seen.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from helpers.extract.labeller.corpus import Example
from helpers.extract.labeller.features import LabelInput, deployment_features, stance_features
from helpers.extract.labeller.metrics import macro_f1
from helpers.extract.labeller.model import LinearModel, softmax

FeatureFn = Callable[[LabelInput], dict[str, float]]
C_GRID = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0)


def target_of(kind: str) -> Callable[[Example], str | None]:
    return (lambda e: e.stance) if kind == "stance" else (lambda e: e.deployment)


def features_of(kind: str) -> FeatureFn:
    return stance_features if kind == "stance" else deployment_features


def fit_linear(
    feats: Sequence[dict[str, float]], y: Sequence[str], classes: list[str], C: float, min_count: int = 2
) -> LinearModel:
    """One multinomial logistic regression; features seen fewer than `min_count` times are dropped."""
    counts: dict[str, int] = {}
    for f in feats:
        for name in f:
            counts[name] = counts.get(name, 0) + 1
    kept = [{k: v for k, v in f.items() if counts[k] >= min_count} for f in feats]
    vec = DictVectorizer(sort=True)
    X = vec.fit_transform(kept)
    if len(set(y)) < 2:  # one label only: the model always says it (with certainty before calibration)
        only = classes.index(y[0])
        return LinearModel(
            list(classes),
            {n: int(j) for n, j in vec.vocabulary_.items()},
            [[0.0] * X.shape[1] for _ in classes],
            [0.0 if k == only else -30.0 for k in range(len(classes))],
        )
    clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    clf.fit(X, list(y))
    coef = np.zeros((len(classes), X.shape[1]))
    intercept = np.full(len(classes), -30.0)  # a label absent from training is never predicted
    for i, c in enumerate(clf.classes_):
        k = classes.index(c)
        if len(clf.classes_) == 2:  # binary: sklearn keeps one row
            sign = 1.0 if i == 1 else -1.0
            coef[k], intercept[k] = sign * clf.coef_[0] / 2, sign * clf.intercept_[0] / 2
        else:
            coef[k], intercept[k] = clf.coef_[i], clf.intercept_[i]
    return LinearModel(
        classes=list(classes),
        vocabulary={name: int(j) for name, j in vec.vocabulary_.items()},
        coef=coef.tolist(),
        intercept=intercept.tolist(),
    )


@dataclass
class OutOfFold:
    """Out-of-fold predictions for every example (scores before calibration)."""

    keys: list[str]
    groups: list[str]
    gold: list[str]
    scores: list[list[float]]
    augmented: list[bool]
    classes: list[str]

    def predicted(self, temperature: float = 1.0) -> tuple[list[str], list[float]]:
        labels, confs = [], []
        for s in self.scores:
            p = softmax(s, temperature)
            k = int(np.argmax(p))
            labels.append(self.classes[k])
            confs.append(float(p[k]))
        return labels, confs


def grouped_oof(
    examples: list[Example],
    kind: str,
    classes: list[str],
    C: float,
    folds: int = 5,
    feature_fn: FeatureFn | None = None,
    train_filter: Callable[[Example], bool] | None = None,
    feats: list[dict[str, float]] | None = None,
    group_of: Callable[[Example], str] | None = None,
) -> OutOfFold:
    """Grouped k-fold by event: rewrites sit with their original; only originals are scored.
    `train_filter` drops examples from the training folds only (e.g. rewrites, for ablation)."""
    target = target_of(kind)
    rows = [e for e in examples if target(e) is not None]
    if feats is None:
        feats = [(feature_fn or features_of(kind))(e.x) for e in rows]
    y = [str(target(e)) for e in rows]
    groups = [(group_of or (lambda e: e.group))(e) for e in rows]
    n_groups = len(set(groups))
    oof = OutOfFold([], [], [], [], [], classes)
    for train_idx, test_idx in GroupKFold(n_splits=min(folds, n_groups)).split(feats, y, groups):
        if train_filter is not None:
            train_idx = [i for i in train_idx if train_filter(rows[i])]
        model = fit_linear([feats[i] for i in train_idx], [y[i] for i in train_idx], classes, C)
        for i in test_idx:
            if rows[i].augmented:
                continue
            oof.keys.append(rows[i].key)
            oof.groups.append(groups[i])
            oof.gold.append(y[i])
            oof.scores.append(model.scores(feats[i]))
            oof.augmented.append(False)
    return oof


def fit_temperature(oof: OutOfFold) -> float:
    """The temperature that minimises the negative log-likelihood of out-of-fold predictions."""
    idx = [oof.classes.index(g) for g in oof.gold]
    best_t, best_nll = 1.0, math.inf
    for t in np.exp(np.linspace(math.log(0.2), math.log(5.0), 81)):
        nll = -sum(math.log(max(softmax(s, t)[k], 1e-12)) for s, k in zip(oof.scores, idx, strict=True))
        if nll < best_nll:
            best_t, best_nll = float(t), nll
    return best_t


def choose_c(
    examples: list[Example], kind: str, classes: list[str], folds: int = 5
) -> tuple[float, dict[float, float], OutOfFold]:
    """The regularisation strength with the best grouped-CV macro-F1 (ties: the smaller C), and
    that C's out-of-fold predictions. The CV figure reported for the chosen C is therefore
    slightly optimistic (C was picked on it); the frozen test split is the unbiased figure."""

    figures = {}
    oofs = {}
    target = target_of(kind)
    feats = [features_of(kind)(e.x) for e in examples if target(e) is not None]
    for C in C_GRID:
        oofs[C] = grouped_oof(examples, kind, classes, C, folds, feats=feats)
        figures[C] = macro_f1(oofs[C].gold, oofs[C].predicted()[0], classes)
    best = max(C_GRID, key=lambda c: (round(figures[c], 4), -c))
    return best, figures, oofs[best]


def fit_final(
    examples: list[Example], kind: str, classes: list[str], C: float, temperature: float
) -> LinearModel:
    target = target_of(kind)
    rows = [e for e in examples if target(e) is not None]
    model = fit_linear([features_of(kind)(e.x) for e in rows], [str(target(e)) for e in rows], classes, C)
    model.temperature = temperature
    return model
