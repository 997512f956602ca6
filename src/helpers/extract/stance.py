"""Stance toward the topic question from written cues (docs/codebook.md), with the deciding cue.

Why cues and not a model: every label can be traced to the words that decided it (the
`stance_cue` column), a reviewer can disagree with a cue, and the cue list is topic
configuration. Cues are tried in order and each match hides its words from later cues, so
"does not rule out" (support) is never also read as "rule out" (oppose).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.extract.rules import Rules

# The cue engine's own polarity vocabulary: the same four verdicts for every topic, which a topic maps
# onto its stance labels with `labels.stance.from_cues` (the default topic's labels share the names).
CUE_SUPPORT, CUE_OPPOSE, CUE_CONDITIONAL, CUE_NEUTRAL = "support", "oppose", "conditional", "neutral"
POLAR = (CUE_SUPPORT, CUE_OPPOSE)

_NEGATED = re.compile(r"\b(?:not|n't|never|no longer|nor|neither)\s+(?:\w+\s+)?$", re.I)
_CONTRAST = re.compile(r"\b(?:but|however|nevertheless|nonetheless)\b|,\s*yet\b", re.I)
# a poll figure's clause ("61% of Danes opposed ...") is the public's view, not the speaker's
_POLL_CLAUSE = re.compile(r"\b\d{1,3}(?:[.,]\d)?\s?(?:%|percent\b|per cent\b)[^,;.]*", re.I)


_CLAUSE_BREAK = re.compile(
    r"[;:–—]\s*|,\s+(?=(?:adding|and|but|while|whereas|which|saying)\b)|\s+(?:and|while|whereas) that\s+"
)


def _in_subject_clauses(text: str, found: list[tuple[int, str, str]], rules: Rules) -> list:
    """When support and oppose cues disagree, keep the polar cues of the clauses that name the
    personnel (`Europe must avoid another World War, X said, adding that soldiers could be part of
    a force`): a cue in a clause about something else does not decide."""
    polar = {f[1] for f in found if f[1] in POLAR}
    if len(polar) < 2:
        return found
    bounds = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    spans = [
        (a, b)
        for a, b in zip(bounds, bounds[1:], strict=False)
        if rules.subject.search(text, a, b) is not None
    ]
    keep = [f for f in found if f[1] not in POLAR or any(a <= f[0] < b for a, b in spans)]
    return keep if any(f[1] in POLAR for f in keep) else found


@dataclass(frozen=True)
class StanceResult:
    stance: str
    cue: str  # "label: matched words" (+ "; condition: words")


def classify_stance(text: str, rules: Rules, forced: tuple[str, str] | None = None) -> StanceResult:
    """Label `text`, memoised per topic: syndicated copies repeat the same sentences."""
    key = (rules.fingerprint, text, forced)
    hit = _MEMO.get(key)
    if hit is None:
        if len(_MEMO) > 50_000:
            _MEMO.clear()
        hit = _MEMO[key] = _classify(text, rules, forced)
    return hit


_MEMO: dict[tuple, StanceResult] = {}


def _classify(text: str, rules: Rules, forced: tuple[str, str] | None = None) -> StanceResult:
    """Label `text` (the speaker's part of a sentence); `forced` = (label, cue) decided by attribution."""
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = [m.span() for m in _POLL_CLAUSE.finditer(text)]
    for cue in rules.cues:
        for m in cue.rx.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue  # hidden by an earlier cue ("does not rule out" before "rule out")
            label, words = cue.label, m.group(0)
            if label == CUE_SUPPORT and _NEGATED.search(text[max(0, a - 25) : a]):
                # "is not considering sending", "would not accept": a negated support cue opposes
                label, words = CUE_OPPOSE, text[max(0, a - 25) : a].split()[-1] + " " + words
            found.append((a, label, words))
            taken.append((a, b))
    found.sort()
    found = _in_subject_clauses(text, found, rules)
    # "A, but B": when the text turns, the cues after the last turn decide
    turns = [m.end() for m in _CONTRAST.finditer(text)]
    if turns:
        after = [f for f in found if f[0] >= turns[-1] and f[1] in POLAR]
        # only when the turn is still about the personnel ("..., but could offer its airspace" is not)
        if after and rules.subject.search(text[turns[-1] :]):
            found = after + [f for f in found if f[1] not in POLAR]
    cond = rules.condition.search(text) if rules.condition is not None else None
    polar = [f for f in found if f[1] in POLAR]
    if forced is not None:
        polar = [(-1, forced[0], forced[1])] + polar
    if polar:
        _, label, words = polar[0]
        if cond and label == CUE_SUPPORT:
            return StanceResult(CUE_CONDITIONAL, f"{CUE_SUPPORT}: {words}; condition: {cond.group(0)}")
        if cond and label == CUE_OPPOSE and cond.group(0).lower().startswith(("unless", "until", "before")):
            return StanceResult(CUE_CONDITIONAL, f"{CUE_OPPOSE} unless: {cond.group(0)}")
        return StanceResult(label, f"{label}: {words}")
    if cond:
        return StanceResult(CUE_CONDITIONAL, f"condition: {cond.group(0)}")
    neutral = [f for f in found if f[1] == CUE_NEUTRAL]
    if neutral:
        return StanceResult(CUE_NEUTRAL, f"{CUE_NEUTRAL}: {neutral[0][2]}")
    return StanceResult(CUE_NEUTRAL, "no cue")
