"""The training corpus (and reviewed statements) as labelled examples: each statement read as the
extractor hands it to the labeller and as its writer's evidence, both through `label_input`.

Why a module of its own: reading a corpus document as the extractor does runs the extractor,
which itself labels through `examples.label_input`; keeping this training-side code apart keeps
the import graph one-way (extract.document → labelling → examples, and training → here → document).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from helpers.extract.deployment import document_deployment
from helpers.extract.document import extract_document
from helpers.extract.labeller.corpus import Corpus, Example
from helpers.extract.labeller.examples import label_input, sentences_holding
from helpers.extract.labeller.features import LabelInput
from helpers.extract.labelling import captured_evidence
from helpers.extract.normalize import speaker_key
from helpers.extract.rules import Rules


def extractor_views(corpus: Corpus, rules: Rules) -> dict[tuple[str, str], LabelInput]:
    """Each corpus statement as the extractor hands it to the labeller: the document is run
    through attribution (cue rules label, no model), and each row the extractor finds is matched to
    its gold row by document and the speaker's last name (the scorer's rule)."""
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
        sentences = sentences_holding(text, evidence)
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
