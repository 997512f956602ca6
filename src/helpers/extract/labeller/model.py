"""A linear classifier stored as plain JSON: vocabulary, weights, calibration temperature.

Why not a pickle: a JSON model opens with any Python and any scikit-learn version (pickles break
across versions and can run code when loaded), diffs in review, and its checksum is stable, so it
can go into `extractor_version` and the run manifest. scikit-learn fits it (labeller.train);
prediction is a sparse dot product here, cheap enough for thousands of statements per second.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from itertools import compress, repeat
from pathlib import Path
from typing import Any

import numpy as np

from helpers.tables import InputError


def softmax(scores: list[float] | np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Class probabilities from scores divided by the calibration temperature."""
    s = np.asarray(scores, dtype=float) / temperature
    e = np.exp(s - s.max())
    return e / e.sum()


@dataclass
class Prepared:
    """Features matched to a model's vocabulary, with their contribution to each class's score."""

    names: list[str]
    idx: np.ndarray
    vals: np.ndarray
    contrib: np.ndarray
    cols: np.ndarray | None = None  # the model's weights of these features, one row per class
    # label index -> this part's strongest features for it: a document's shared part is explained
    # once per label, not once per speaker
    tops: dict[int, list[tuple[str, float]]] = field(default_factory=dict)


@dataclass
class LinearModel:
    """Multinomial logistic regression over named features, with temperature calibration."""

    classes: list[str]
    vocabulary: dict[str, int]
    coef: list[list[float]]  # one row per class
    intercept: list[float]
    temperature: float = 1.0
    _matrix: np.ndarray | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def matrix(self) -> np.ndarray:
        """The weights as an array (built once): prediction is one gather and one dot product."""
        if self._matrix is None:
            self._matrix = np.asarray(self.coef, dtype=float).reshape(len(self.classes), -1)
        return self._matrix

    def _known(self, features: dict[str, float]) -> tuple[list[str], np.ndarray, np.ndarray]:
        """The features the model knows, in the order given (which fixes the summation order)."""
        js = list(map(self.vocabulary.get, features, repeat(-1)))  # one C-level pass over the names
        keep = [j >= 0 for j in js]
        names = list(compress(features, keep))
        idx = np.fromiter(compress(js, keep), dtype=np.intp, count=len(names))
        vals = np.fromiter(compress(features.values(), keep), dtype=float, count=len(names))
        return names, idx, vals

    def prepare(self, features: dict[str, float]) -> Prepared:
        """A feature set looked up once: a document's shared features serve all its speakers."""
        names, idx, vals = self._known(features)
        if not len(idx):
            return Prepared(names, idx, vals, np.zeros(len(self.classes)))
        cols = self.matrix[:, idx]
        return Prepared(names, idx, vals, cols @ vals, cols)

    def scores(self, features: dict[str, float]) -> list[float]:
        return self.scores_of([self.prepare(features)])

    def scores_of(self, parts: list[Prepared]) -> list[float]:
        out = np.asarray(self.intercept, dtype=float) + sum(p.contrib for p in parts)
        return [float(v) for v in out]

    def predict_parts(self, parts: list[Prepared]) -> tuple[str, float]:
        """(label, calibrated probability) from prepared feature sets."""
        p = softmax(self.scores_of(parts), self.temperature)
        k = int(np.argmax(p))
        return self.classes[k], float(p[k])

    def predict_many(self, rows: list[list[Prepared]]) -> list[tuple[str, float]]:
        """`predict_parts` for all of a document's statements in one numpy pass (the same
        element-wise arithmetic, row by row, so the same floats)."""
        if not rows:
            return []
        intercept = np.asarray(self.intercept, dtype=float)
        scores = np.stack([intercept + sum(p.contrib for p in parts) for parts in rows]) / self.temperature
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        best = p.argmax(axis=1)
        return [(self.classes[int(k)], float(p[i, k])) for i, k in enumerate(best)]

    def explain_parts(self, parts: list[Prepared], label: str, top: int = 3) -> list[tuple[str, float]]:
        c = self.classes.index(label)
        n = len(self.classes)
        found: list[tuple[str, float]] = []
        for part in parts:
            if not len(part.idx):
                continue
            key = c * 1000 + top
            if key not in part.tops:
                cols = part.cols if part.cols is not None else self.matrix[:, part.idx]
                mean_other = (cols.sum(axis=0) - cols[c]) / max(n - 1, 1)
                w = part.vals * (cols[c] - mean_other)
                part.tops[key] = [(part.names[int(i)], float(w[i])) for i in np.argsort(-w)[:top] if w[i] > 0]
            found += part.tops[key]
        found.sort(key=lambda t: -t[1])
        return found[:top]

    def proba(self, features: dict[str, float]) -> list[float]:
        """Calibrated class probabilities."""
        return [float(v) for v in softmax(self.scores(features), self.temperature)]

    def predict(self, features: dict[str, float]) -> tuple[str, float]:
        return self.predict_parts([self.prepare(features)])

    def explain(self, features: dict[str, float], label: str, top: int = 3) -> list[tuple[str, float]]:
        """The features that weighed most for `label` against the other classes, strongest first."""
        return self.explain_parts([self.prepare(features)], label, top)

    def to_json(self) -> dict[str, Any]:
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return {
            "format": "stance-tracker linear model 1",
            "classes": self.classes,
            "features": names,
            "coef": [[round(v, 6) for v in row] for row in self.coef],
            "intercept": [round(v, 6) for v in self.intercept],
            "temperature": round(self.temperature, 6),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        return cls(
            classes=list(data["classes"]),
            vocabulary={name: i for i, name in enumerate(data["features"])},
            coef=[list(map(float, row)) for row in data["coef"]],
            intercept=list(map(float, data["intercept"])),
            temperature=float(data.get("temperature", 1.0)),
        )


@dataclass
class LabellerModel:
    """The stance model and (for topics with a deployment dimension) the deployment model."""

    topic: str
    stance: LinearModel
    deployment: LinearModel | None
    meta: dict[str, Any]
    checksum: str = ""

    def save(self, path: str | Path) -> str:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        body = {
            "topic": self.topic,
            "meta": self.meta,
            "stance": self.stance.to_json(),
            "deployment": self.deployment.to_json() if self.deployment else None,
        }
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(text + "\n", encoding="utf-8")
        tmp.replace(path)
        self.checksum = hashlib.sha256((text + "\n").encode("utf-8")).hexdigest()[:12]
        return self.checksum


def load_model(path: str | Path) -> LabellerModel:
    """Read a model file; a broken one is bad input naming the file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
        data = json.loads(raw)
        model = LabellerModel(
            topic=str(data["topic"]),
            stance=LinearModel.from_json(data["stance"]),
            deployment=LinearModel.from_json(data["deployment"]) if data.get("deployment") else None,
            meta=dict(data.get("meta") or {}),
        )
    except FileNotFoundError as err:
        raise InputError(f"{path}: labeller model not found (run `stance-tracker train`)") from err
    except (ValueError, KeyError, TypeError) as err:
        raise InputError(f"{path}: not a labeller model file ({err})") from err
    model.checksum = hashlib.sha256(raw).hexdigest()[:12]
    return model
