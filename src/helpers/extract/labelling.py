"""Stance and deployment labels for one document's speakers: the single place that decides them.

Why one entry point: attribution (who spoke, which words are theirs) and labelling (what those
words say about the topic question) are separate steps. The document step gathers each speaker's
own words into a `SpeakerEvidence` and calls `label_rows` once per document; nothing else in
`extract/` sets `stance`, `deployment`, their cues or their confidences. The labeller behind this
face (cue rules today, a trained model next) can change without touching attribution.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from helpers.extract.deployment import classify_deployment, document_deployment, with_document_context
from helpers.extract.rules import Rules
from helpers.extract.stance import classify_stance


@dataclass
class SpeakerEvidence:
    """Everything the labeller may read about one speaker in one document.

    `segments` are the speaker's own words with their reporting clause (the part of a sentence
    attributed to them when a sentence has several speakers, else the whole sentence), in
    document order; `sentences` the full sentences they come from; `contexts` the text the
    deployment is read from (a sentence joined with the one before when it continues it).
    `forced` holds a stance an attribution frame implies (`expressed concern about X's plan`).
    """

    speaker: str
    segments: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    forced: list[tuple[str, str] | None] = field(default_factory=list)
    title: str = ""
    text: str = ""


def label_rows(rows: list[dict[str, Any]], evidence: list[SpeakerEvidence], rules: Rules) -> None:
    """Set `stance`, `stance_cue`, `stance_confidence`, `deployment`, `deployment_cue` and
    `deployment_confidence` on each row in place; `rows[i]` belongs to `evidence[i]`."""
    doc_dep = document_deployment(evidence[0].title + "\n" + evidence[0].text, rules) if evidence else None
    for row, ev in zip(rows, evidence, strict=True):
        best = None
        for seg, forced in zip(ev.segments, ev.forced or [None] * len(ev.segments), strict=False):
            res = classify_stance(seg, rules, forced=forced)
            if best is None or _RANK.get(res.stance, 9) < _RANK.get(best.stance, 9):
                best = res
        if best is not None:
            row["stance"], row["stance_cue"] = best.stance, best.cue
        dep, cue = classify_deployment(" ".join(ev.contexts), rules)
        dep, cue = with_document_context(dep, cue or "", " ".join(ev.contexts), doc_dep, rules)
        row["deployment"], row["deployment_cue"] = dep, cue or None
        row.setdefault("stance_confidence", None)
        row.setdefault("deployment_confidence", None)


_RANK = {"conditional": 0, "support": 1, "oppose": 2, "neutral": 3}
