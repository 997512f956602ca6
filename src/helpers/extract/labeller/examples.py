"""Turn corpus rows (and reviewed statements) into labelled examples, and speaker evidence
from the extractor into model input: both go through `label_input`, so training and running
read a statement the same way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers.extract.deployment import classify_deployment, document_deployment
from helpers.extract.labeller.corpus import Corpus, Example
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


def _sentences_holding(text: str, evidence: list[str]) -> list[str]:
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


def extractor_views(corpus: Corpus, rules: Rules) -> dict[tuple[str, str], LabelInput]:
    """Each corpus statement as the extractor hands it to the labeller: the document is run
    through attribution (cue rules label, no model), and each row the extractor finds is matched to
    its gold row by document and the speaker's last name (the scorer's rule)."""
    import dataclasses

    from helpers.extract.document import extract_document
    from helpers.extract.labelling import captured_evidence
    from helpers.extract.normalize import speaker_key

    plain = dataclasses.replace(rules, labeller=None)
    views: dict[tuple[str, str], LabelInput] = {}
    for doc_id, doc in corpus.docs.items():
        with captured_evidence() as store:
            extract_document({k: v for k, v in doc.items() if not k.startswith("_")}, plain)
        for row, ev in store:
            key = (doc_id, speaker_key(row.get("speaker")))
            if key[1] and key not in views:
                views[key] = label_input(
                    ev.segments,
                    ev.sentences,
                    ev.contexts,
                    ev.title,
                    ev.text,
                    rules,
                    ev.forced,
                    speaker=ev.speaker,
                )
    return views


def corpus_examples(
    corpus: Corpus, rules: Rules, with_rewrites: bool = True, with_extractor_views: bool = True
) -> list[Example]:
    """Labelled examples. A statement the extractor finds is read as the extractor hands it over
    (the original example, so cross-validation scores production-like input) and as the writer's
    evidence (one more augmented view); one it misses is read from the writer's evidence."""
    from helpers.extract.normalize import speaker_key

    views = extractor_views(corpus, rules) if with_extractor_views else {}
    examples: list[Example] = []
    doc_deps: dict[str, Any] = {}
    for s in corpus.statements:
        doc = corpus.docs[str(s["doc_id"])]
        title, text = str(doc.get("title") or ""), str(doc.get("text") or "")
        if s["doc_id"] not in doc_deps:
            doc_deps[s["doc_id"]] = document_deployment(title + "\n" + text, rules)
        evidence = s["evidence"] if isinstance(s["evidence"], list) else [s["evidence"]]
        evidence = [e for e in evidence if e]
        sentences = _sentences_holding(text, evidence)
        group = str(doc["event_id"])
        key = f"{s['doc_id']}|{s['speaker']}"
        x = label_input(
            evidence,
            sentences,
            sentences,
            title,
            text,
            rules,
            doc_dep=doc_deps[s["doc_id"]],
            speaker=str(s["speaker"]),
        )
        part = Path(str(doc.get("_where", "")).rsplit(":", 1)[0]).parent.name
        view = views.get((str(s["doc_id"]), speaker_key(str(s["speaker"]))))
        if view is not None:
            examples.append(
                Example(
                    key, group, s["stance"], s.get("deployment"), view, False, s.get("hard_case"), part=part
                )
            )
            examples.append(
                Example(
                    f"{key}|evidence",
                    group,
                    s["stance"],
                    s.get("deployment"),
                    x,
                    True,
                    s.get("hard_case"),
                    part=part,
                )
            )
        else:
            examples.append(
                Example(key, group, s["stance"], s.get("deployment"), x, False, s.get("hard_case"), part=part)
            )
        if not with_rewrites:
            continue
        for n, rw in enumerate(s.get("rewrites") or []):
            seg = str(rw.get("text") or "")
            if not seg:
                continue
            xr = label_input(
                [seg],
                [seg],
                [seg],
                title,
                text,
                rules,
                doc_dep=doc_deps[s["doc_id"]],
                speaker=str(s["speaker"]),
            )
            examples.append(
                Example(
                    f"{key}|rewrite-{n}",
                    group,
                    s["stance"],
                    s.get("deployment"),
                    xr,
                    True,
                    s.get("hard_case"),
                    part=part,
                )
            )
    return examples
