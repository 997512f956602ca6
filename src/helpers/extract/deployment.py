"""Which kind of deployment a statement is about (topic lexicon, first label in order wins)."""

from __future__ import annotations

from helpers.extract.rules import Rules


def classify_deployment(text: str, rules: Rules) -> tuple[str, str]:
    """(label, cue): the first label in the topic's order whose pattern occurs in `text`."""
    for label, rx in rules.deployment:
        m = rx.search(text) if rx is not None else None
        if m:
            return label, m.group(0)
    return rules.deployment_default, ""
