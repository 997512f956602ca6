"""Speaker evidence from the extractor into model input (`label_input`), and the cue rules'
verdict the model reads as one feature. Training examples are built from the same function
(`labeller/training_examples.py`), so training and running read a statement the same way."""

from __future__ import annotations

from typing import Any

from helpers.extract.deployment import classify_deployment, document_deployment
from helpers.extract.labeller.features import LabelInput
from helpers.extract.rules import Rules
from helpers.extract.sentences import split_sentences
from helpers.extract.stance import (
    CUE_CONDITIONAL,
    CUE_NEUTRAL,
    CUE_OPPOSE,
    CUE_SUPPORT,
    StanceResult,
    classify_stance,
)

# how informative a rule verdict is when a speaker has several segments: any position beats none
_RULE_RANK = {CUE_CONDITIONAL: 0, CUE_SUPPORT: 1, CUE_OPPOSE: 1, CUE_NEUTRAL: 3}


def best_rule_result(
    segments: list[str], rules: Rules, forced: list[Any] | None = None
) -> StanceResult | None:
    """The cue rules' most informative verdict over a speaker's segments (first one on ties)."""
    best, best_rank = None, 99
    for i, seg in enumerate(segments):
        f = forced[i] if forced and i < len(forced) else None
        res = classify_stance(seg, rules, forced=f)
        rank = _RULE_RANK.get(res.stance, 2)
        if rank < best_rank:
            best, best_rank = res, rank
    return best


def rule_stance(segments: list[str], rules: Rules, forced: list[Any] | None = None) -> str | None:
    best = best_rule_result(segments, rules, forced)
    return best.stance if best is not None else None


def label_input(
    segments: list[str],
    sentences: list[str],
    contexts: list[str],
    title: str,
    text: str,
    rules: Rules,
    forced: list[Any] | None = None,
    doc_dep: tuple[str, str] | None | str = "",
    speaker: str = "",
) -> LabelInput:
    """Model input with the cue rules' verdicts attached as features."""
    if doc_dep == "":
        doc_dep = document_deployment(title + "\n" + text, rules)
    return LabelInput(
        segments=segments,
        sentences=sentences,
        contexts=contexts or sentences or segments,
        title=title,
        text=text,
        rule_stance=rule_stance(segments, rules, forced),
        rule_deployment=classify_deployment(" ".join(contexts or sentences or segments), rules)[0],
        document_deployment=doc_dep[0] if isinstance(doc_dep, tuple) else None,
        speaker=speaker,
    )


def sentences_holding(text: str, evidence: list[str]) -> list[str]:
    """The whole sentences of `text` that contain each evidence span (in document order)."""
    sents = split_sentences(text)
    out: list[str] = []
    for ev in evidence:
        at = text.find(ev)
        if at < 0:
            continue
        end = at + len(ev)
        for s in sents:
            if s.end > at and s.start < end and s.text not in out:
                out.append(s.text)
    return out or list(evidence)
