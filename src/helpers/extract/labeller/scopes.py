"""Tokens marked with the scope they stand in: negation, condition, question, modality.

Why scopes and not word lists: "does not rule out", "will not send", "None of the neighbouring
states should join" and "if there is a ceasefire" turn the meaning of the words that follow them.
Marking every token inside such a scope (up to the end of its clause) lets a linear model learn
that `send` under negation weighs against, whatever the verb or the noun is, instead of a rule
that names each phrase. The scope words themselves are general English, kept in
`resources/lexicon/en/scopes.yml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import NamedTuple

import yaml

from helpers.paths import resource_path

LEXICON_DIR = resource_path("lexicon", "en")

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[?!.,;:()\"“”]|[–—-]{1,2}")
_CONTRACTIONS = {
    "won't": ["will", "not"],
    "can't": ["can", "not"],
    "cannot": ["can", "not"],
    "shan't": ["shall", "not"],
    "ain't": ["is", "not"],
}
_QUOTE_MARKS = frozenset('"“”')


@dataclass(frozen=True)
class ScopeWords:
    """The general-English words that open or close a scope."""

    negators: frozenset[str]
    conditions: frozenset[str]
    condition_phrases: tuple[tuple[str, ...], ...]
    modals: frozenset[str]
    contrasts: frozenset[str]
    clause_breaks: frozenset[str]
    answers_negative: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=4)
def load_scope_words(path: str | None = None) -> ScopeWords:
    source = LEXICON_DIR / "scopes.yml" if path is None else Path(path)
    cfg = yaml.safe_load(source.read_text(encoding="utf-8"))
    return ScopeWords(
        negators=frozenset(cfg["negators"]),
        conditions=frozenset(w for w in cfg["conditions"] if " " not in w),
        condition_phrases=tuple(tuple(w.split()) for w in cfg["conditions"] if " " in w),
        modals=frozenset(cfg["modals"]),
        contrasts=frozenset(cfg["contrasts"]),
        clause_breaks=frozenset(cfg["clause_breaks"]),
        answers_negative=tuple(tuple(a.split()) for a in cfg["answers_negative"]),
    )


def _token_words(tok: str) -> tuple[str, ...]:
    """What one raw token becomes: `won't` -> (will, not), a quote mark -> (), `1990` -> (0,)."""
    if tok in _CONTRACTIONS:
        return tuple(_CONTRACTIONS[tok])
    if tok.endswith("n't"):
        return (tok[:-3], "not")
    if tok in _QUOTE_MARKS or tok in ("(", ")"):
        return ()
    if tok[0].isdigit():
        return ("0",)
    return (tok,)


# raw token -> its words: the per-token rules above run once per distinct token, not once per use
# (bounded: cleared when it grows past a large vocabulary)
_TOKEN_WORDS: dict[str, tuple[str, ...]] = {}
_TOKEN_WORDS_MAX = 200_000


def _learn(tok: str) -> tuple[str, ...]:
    if len(_TOKEN_WORDS) >= _TOKEN_WORDS_MAX:
        _TOKEN_WORDS.clear()
    words = _TOKEN_WORDS[tok] = _token_words(tok)
    return words


def tokenize(text: str) -> list[str]:
    """Lower-case word and punctuation tokens; `don't` -> `do not`, digits -> `0`."""
    toks = _TOKEN.findall(text.lower().replace("’", "'"))
    mapped = list(map(_TOKEN_WORDS.get, toks))  # one C-level pass; a new token is learnt once below
    if None in mapped:
        mapped = [m if m is not None else _learn(t) for m, t in zip(mapped, toks, strict=True)]
    return list(chain.from_iterable(mapped))  # type: ignore[arg-type]


class Marked(NamedTuple):
    """One token and the scopes it stands in (a named tuple: built once per token, so it must be cheap)."""

    word: str
    negated: bool
    conditional: bool
    modal: bool
    question: bool


@lru_cache(maxsize=4)
def _phrases_from(words: ScopeWords) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Condition phrases by their first word (looked up once per token, not tried one by one)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in words.condition_phrases:
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _starts(tokens: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(tokens[i : i + len(phrase)]) == phrase


# bits of a token's scope code (see `scope_codes`)
NEGATED, CONDITIONAL, MODAL, QUESTION = 1, 2, 4, 8


def mark_scopes(text: str, words: ScopeWords | None = None) -> tuple[list[Marked], dict[str, int]]:
    """Tokens with their scopes, plus counts of scope events (`rhetorical_no`: a question answered
    with a negative, "Would that be escalation? Of course not.")."""
    tokens, codes, events = scope_codes(text, words)
    marked = [
        Marked(tok, bool(c & NEGATED), bool(c & CONDITIONAL), bool(c & MODAL), bool(c & QUESTION))
        for tok, c in zip(tokens, codes, strict=True)
    ]
    return marked, events


def scope_codes(text: str, words: ScopeWords | None = None) -> tuple[list[str], list[int], dict[str, int]]:
    """`mark_scopes` as plain lists: the tokens, one int per token (NEGATED | CONDITIONAL | MODAL |
    QUESTION bits) and the scope events. The labeller reads these: no object per token."""
    words = words or load_scope_words()
    tokens = tokenize(text)
    # which sentence-like chunks are questions: a token is in a question when the next of
    # . ! ? after it is a question mark
    in_question = [0] * len(tokens)
    start = 0
    events: dict[str, int] = {}
    for i, tok in enumerate(tokens):
        if tok in ".!?":
            if tok == "?":
                for j in range(start, i):
                    in_question[j] = QUESTION
                rest = tokens[i + 1 : i + 6]
                if any(_starts(rest, 0, a) for a in words.answers_negative):
                    events["rhetorical_no"] = events.get("rhetorical_no", 0) + 1
            start = i + 1
    out: list[int] = []
    append = out.append
    neg = cond = modal = 0
    phrases = _phrases_from(words)
    breaks = words.clause_breaks | words.contrasts
    conditions, modals, negators = words.conditions, words.modals, words.negators
    n_tokens = len(tokens)
    i = 0
    while i < n_tokens:
        tok = tokens[i]
        if tok in breaks:
            neg = cond = modal = 0
            append(in_question[i])
            i += 1
            continue
        starting = phrases.get(tok)
        phrase = next((p for p in starting if _starts(tokens, i, p)), None) if starting else None
        if phrase is not None:
            cond, neg = CONDITIONAL, 0  # a condition opens a clause of its own
            events["condition"] = events.get("condition", 0) + 1
            for k in range(len(phrase)):
                append(CONDITIONAL | modal | in_question[i + k])
            i += len(phrase)
            continue
        if tok in conditions:
            cond, neg = CONDITIONAL, 0
            events["condition"] = events.get("condition", 0) + 1
        if tok in modals:
            modal = MODAL
            events["modal"] = events.get("modal", 0) + 1
        append(neg | cond | modal | in_question[i])
        if tok in negators:
            neg = 0 if tok in ("not", "never") and neg else NEGATED
            events["negation"] = events.get("negation", 0) + 1
        i += 1
    return tokens, out, events
