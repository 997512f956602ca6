"""The labeller's reliability (calibration) and confusion plots, as SVG files a reader can open.

A reliability plot puts each confidence bin's mean predicted confidence against the share of its
rows that were right; a calibrated model sits on the diagonal. Drawn with Altair (the project's
chart library) and saved through vl-convert, offline.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import altair as alt
import pandas as pd

from helpers.extract.labeller.metrics import confusion, reliability
from helpers.extract.labeller.training import DimensionResult, TrainingRun


def reliability_chart(conf: list[float], correct: list[bool], title: str) -> alt.LayerChart:
    bins, ece = reliability(conf, correct)
    frame = pd.DataFrame([{"confidence": b.confidence, "accuracy": b.accuracy, "rows": b.n} for b in bins])
    diagonal = pd.DataFrame({"confidence": [0.0, 1.0], "accuracy": [0.0, 1.0]})
    unit = alt.Scale(domain=[0, 1])
    line = (
        alt.Chart(diagonal)
        .mark_line(strokeDash=[4, 4], color="#999999")
        .encode(x=alt.X("confidence:Q", scale=unit), y=alt.Y("accuracy:Q", scale=unit))
    )
    points = (
        alt.Chart(frame)
        .mark_line(point=True, color="#0072B2")
        .encode(
            x=alt.X("confidence:Q", title="mean predicted confidence", scale=unit),
            y=alt.Y("accuracy:Q", title="share right", scale=unit),
            tooltip=["confidence:Q", "accuracy:Q", "rows:Q"],
        )
    )
    size = (
        alt.Chart(frame)
        .mark_circle(color="#0072B2", opacity=0.3)
        .encode(x="confidence:Q", y="accuracy:Q", size=alt.Size("rows:Q", title="rows"))
    )
    return (line + points + size).properties(title=f"{title} (ECE {ece:.3f})", width=300, height=300)


def confusion_chart(gold: list[str], pred: list[str], labels: list[str], title: str) -> alt.LayerChart:
    m = confusion(gold, pred, labels)
    frame = pd.DataFrame(
        [
            {"gold": g, "predicted": p, "rows": m[i][j]}
            for i, g in enumerate(labels)
            for j, p in enumerate(labels)
        ]
    )
    base = alt.Chart(frame).encode(x=alt.X("predicted:N", sort=labels), y=alt.Y("gold:N", sort=labels))
    heat = base.mark_rect().encode(color=alt.Color("rows:Q", scale=alt.Scale(scheme="blues")))
    text = base.mark_text().encode(text="rows:Q")
    return (heat + text).properties(title=title, width=260, height=260)


def write_figures(run: TrainingRun, folder: str | Path) -> list[Path]:
    """reliability_<kind>_{cv,test}.svg and confusion_<kind>_{cv,test}.svg for each dimension."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, r in run.dims.items():
        for split, gold, pred, conf in _splits(r):
            if not gold:
                continue
            name = f"{run.topic} {kind}, {'grouped CV' if split == 'cv' else 'frozen test'}"
            rel = reliability_chart(
                conf, [g == p for g, p in zip(gold, pred, strict=True)], f"Reliability: {name}"
            )
            con = confusion_chart(gold, pred, r.classes, f"Confusion: {name}")
            for chart, stem in ((rel, "reliability"), (con, "confusion")):
                path = folder / f"{stem}_{run.topic}_{kind}_{split}.svg"
                chart.save(str(path))
                written.append(path)
    return written


def _splits(r: DimensionResult) -> Iterator[tuple[str, list[str], list[str], list[float]]]:
    pred, conf = r.cv.predicted(r.temperature)
    yield "cv", r.cv.gold, pred, conf
    yield "test", r.test_gold, r.test_pred, r.test_conf
