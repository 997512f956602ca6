"""Stance and deployment labels for one document's speakers: the single place that decides them.

Why one entry point: attribution (who spoke, which words are theirs) and labelling (what those
words say about the topic question) are separate steps. The document step gathers each speaker's
own words into a `SpeakerEvidence` and calls `label_rows` once per document; nothing else in
`extract/` sets `stance`, `deployment`, their cues or their confidences.

The labels come from the topic's trained model (`extract/labeller/`, docs/labeller.md) when one
exists; the cue rules are then features of that model, not the decision. A topic without a model
falls back to the cue rules, with no confidence. Every row keeps an explanation in `stance_cue`
(the words that weighed most) and calibrated probabilities in `stance_confidence` and
`deployment_confidence`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from helpers.extract.deployment import classify_deployment, document_deployment, with_document_context
from helpers.extract.labeller.examples import best_rule_result, label_input
from helpers.extract.labeller.explain import describe
from helpers.extract.labeller.features import deployment_features, document_words, stance_features
from helpers.extract.labeller.model import Prepared
from helpers.extract.rules import Rules


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


_CAPTURED: list[list[tuple[dict[str, Any], SpeakerEvidence]]] = []


@contextmanager
def captured_evidence() -> Iterator[list[tuple[dict[str, Any], SpeakerEvidence]]]:
    """Collect every (row, evidence) pair handed to the labeller while the block runs: training
    reads a statement exactly as a run hands it over (labeller.examples)."""
    store: list[tuple[dict[str, Any], SpeakerEvidence]] = []
    _CAPTURED.append(store)
    try:
        yield store
    finally:
        _CAPTURED.remove(store)


def label_rows(rows: list[dict[str, Any]], evidence: list[SpeakerEvidence], rules: Rules) -> None:
    """Set `stance`, `stance_cue`, `stance_confidence`, `deployment`, `deployment_cue` and
    `deployment_confidence` on each row in place; `rows[i]` belongs to `evidence[i]`."""
    if not rows:
        return
    for store in _CAPTURED:
        store.extend((dict(row), ev) for row, ev in zip(rows, evidence, strict=True))
    doc_dep = document_deployment(evidence[0].title + "\n" + evidence[0].text, rules)
    model = rules.labeller
    # the document's own words are the same for every speaker in it: looked up once
    doc_part = (
        model.deployment.prepare(document_words(evidence[0].text)) if model and model.deployment else None
    )
    if model is None:
        for row, ev in zip(rows, evidence, strict=True):
            _label_by_rules(row, ev, rules, doc_dep)
        return
    # features of every speaker first, then each model scores all of them in one pass
    sparts: list[list[Prepared]] = []
    dparts: list[list[Prepared]] = []
    for ev in evidence:
        x = label_input(
            ev.segments,
            ev.sentences,
            ev.contexts,
            ev.title,
            ev.text,
            rules,
            ev.forced,
            doc_dep,
            speaker=ev.speaker,
        )
        sparts.append([model.stance.prepare(stance_features(x))])
        if model.deployment is not None:
            parts = [model.deployment.prepare(deployment_features(x, with_document=False))]
            if doc_part is not None and ev.text == evidence[0].text:
                parts.append(doc_part)
            elif ev.text:
                parts.append(model.deployment.prepare(document_words(ev.text)))
            dparts.append(parts)
    stances = model.stance.predict_many(sparts)
    deps = model.deployment.predict_many(dparts) if model.deployment is not None else []
    for i, row in enumerate(rows):
        stance, conf = stances[i]
        row["stance"], row["stance_confidence"] = stance, round(conf, 4)
        row["stance_cue"] = describe(stance, model.stance.explain_parts(sparts[i], stance))
        if model.deployment is None:
            row["deployment"], row["deployment_cue"], row["deployment_confidence"] = None, None, None
        else:
            dep, dconf = deps[i]
            row["deployment"], row["deployment_confidence"] = dep, round(dconf, 4)
            row["deployment_cue"] = describe(dep, model.deployment.explain_parts(dparts[i], dep))
        version = str(row.get("extractor_version") or "")
        if model.checksum and model.checksum not in version:
            row["extractor_version"] = (
                f"{version}+model.{model.checksum}" if version else f"model.{model.checksum}"
            )


def _label_by_rules(row: dict[str, Any], ev: SpeakerEvidence, rules: Rules, doc_dep: Any) -> None:
    """The cue rules alone (a topic with no trained model): first informative cue wins. The cue
    engine speaks support / conditional / oppose / neutral; a topic with other labels maps them in
    `labels.stance.from_cues`."""
    res = best_rule_result(ev.segments, rules, ev.forced)
    to_topic = (rules.topic.config.get("labels") or {}).get("stance", {}).get("from_cues") or {}
    if res is not None:
        row["stance"], row["stance_cue"] = to_topic.get(res.stance, res.stance), res.cue
    row.setdefault("stance_confidence", None)
    row.setdefault("deployment_confidence", None)
    if rules.topic.deployment_labels is None:
        row["deployment"], row["deployment_cue"] = None, None
        return
    dep, cue = classify_deployment(" ".join(ev.contexts), rules)
    dep, cue = with_document_context(dep, cue or "", " ".join(ev.contexts), doc_dep, rules)
    row["deployment"], row["deployment_cue"] = dep, cue or None
