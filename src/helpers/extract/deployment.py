"""Which kind of deployment a statement is about (topic lexicon, first label in order wins).

A statement whose own words only match the topic's default label (a generic word for the
personnel) takes the kind of deployment its document is about: `document_deployment` reads that
once per document and `with_document_context` applies it. Cues that name a label only through
the situation (the topic's `deployment.weak_patterns`) also yield to the document's label. The
topic's `deployment.default_explicit_patterns` keep a statement on the default label whatever
the document is about, and its `deployment.side_labels` are never what a whole document is about.
"""

from __future__ import annotations

from helpers.extract.rules import Rules


def classify_deployment(text: str, rules: Rules) -> tuple[str, str]:
    """(label, cue): the first label in the topic's order whose pattern occurs in `text`."""
    for label, rx in rules.deployment:
        m = rx.search(text) if rx is not None else None
        if m:
            return label, m.group(0)
    return rules.deployment_default, ""


def _is_weak(label: str, cue: str, rules: Rules) -> bool:
    return any(lab == label and rx.fullmatch(cue) for lab, rx in rules.deployment_weak)


def document_deployment(text: str, rules: Rules) -> tuple[str, str] | None:
    """(label, cue) of the kind of force a document is mostly about, or None.

    Counts each specific label's matches in the whole text (weak cues count half; the default
    label and the topic's side labels are left out); ties go to the topic's order.
    """
    best: tuple[float, str, str] | None = None
    for label, rx in rules.deployment:
        if rx is None or label == rules.deployment_default or label in rules.deployment_side:
            continue
        score, first = 0.0, ""
        for m in rx.finditer(text):
            score += 0.5 if _is_weak(label, m.group(0), rules) else 1.0
            first = first or m.group(0)
        if score and (best is None or score > best[0]):
            best = (score, label, first)
    return (best[1], f"document: {best[2]}") if best else None


def with_document_context(
    label: str, cue: str, context: str, doc_label: tuple[str, str] | None, rules: Rules
) -> tuple[str, str]:
    """The statement's own label unless it is generic (the default, or a weak situational cue)
    and the document is about a specific force."""
    if doc_label is None or doc_label[0] == label:
        return label, cue
    explicit = rules.deployment_default_explicit
    if label == rules.deployment_default and not (explicit is not None and explicit.search(context)):
        return doc_label
    if _is_weak(label, cue, rules) and doc_label[0] != rules.deployment_default:
        # only a stronger cue of the document may override a weak one, and only towards the
        # deployment the whole document is about
        return doc_label if not _any_strong(context, label, rules) else (label, cue)
    return label, cue


def _any_strong(context: str, label: str, rules: Rules) -> bool:
    """Does the statement's own text carry a non-weak cue of `label`?"""
    for lab, rx in rules.deployment:
        if lab == label:
            return any(not _is_weak(label, m.group(0), rules) for m in rx.finditer(context))
    return False
