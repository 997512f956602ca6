"""Readable explanations: the model features that weighed most, written as the words they are.

`s=N:send` (the word "send" inside a negation) reads `not…send`; `w=rule out` reads `rule out`;
`rule=oppose` reads `cue rules: oppose`; `lex=neg` reads `negative words (VADER)`.
"""

from __future__ import annotations

_SCOPES = {"N": "not…", "C": "if…", "Q": "?…"}


def readable(feature: str) -> str:
    kind, _, value = feature.partition("=")
    if kind in ("w", "c"):
        return value
    if kind == "s":
        parts = []
        for tok in value.split():
            tag, _, word = tok.partition(":")
            parts.append("".join(_SCOPES.get(t, "") for t in tag) + word if word else tok)
        return " ".join(parts)
    if kind == "rule":
        return f"cue rules: {value}"
    if kind == "doc":
        return f"document about: {value}"
    if kind == "t":
        return f"headline: {value}"
    if kind == "d":
        return f"article: {value}"
    if kind == "lex":
        return f"{value} words (VADER)"
    if kind == "event":
        return {
            "rhetorical_no": "question answered no",
            "condition": "a condition",
            "modal": "modal verb",
            "negation": "a negation",
        }.get(value, value)
    if kind == "ctx":
        return f"sentence: {value}"
    return feature


def describe(label: str, weights: list[tuple[str, float]]) -> str:
    """`label: words · words · words` in the codebook's cue format."""
    words = [readable(name) for name, _ in weights]
    return f"{label}: " + " · ".join(words) if words else f"{label}: (prior)"
