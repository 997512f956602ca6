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
from pathlib import Path

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


def tokenize(text: str) -> list[str]:
    """Lower-case word and punctuation tokens; `don't` -> `do not`, digits -> `0`."""
    out: list[str] = []
    for tok in _TOKEN.findall(text.lower().replace("’", "'")):
        if tok in _CONTRACTIONS:
            out.extend(_CONTRACTIONS[tok])
        elif tok.endswith("n't"):
            out.extend([tok[:-3], "not"])
        elif tok in _QUOTE_MARKS or tok in ("(", ")"):
            continue
        elif tok[0].isdigit():
            out.append("0")
        else:
            out.append(tok)
    return out


@dataclass(frozen=True)
class Marked:
    """One token and the scopes it stands in."""

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


def mark_scopes(text: str, words: ScopeWords | None = None) -> tuple[list[Marked], dict[str, int]]:
    """Tokens with their scopes, plus counts of scope events (`rhetorical_no`: a question answered
    with a negative, "Would that be escalation? Of course not.")."""
    words = words or load_scope_words()
    tokens = tokenize(text)
    # which sentence-like chunks are questions: a token is in a question when the next of
    # . ! ? after it is a question mark
    in_question = [False] * len(tokens)
    start = 0
    events: dict[str, int] = {}
    for i, tok in enumerate(tokens):
        if tok in ".!?":
            if tok == "?":
                for j in range(start, i):
                    in_question[j] = True
                rest = tokens[i + 1 : i + 6]
                if any(_starts(rest, 0, a) for a in words.answers_negative):
                    events["rhetorical_no"] = events.get("rhetorical_no", 0) + 1
            start = i + 1
    out: list[Marked] = []
    neg = cond = modal = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in words.clause_breaks or tok in words.contrasts:
            neg = cond = modal = False
            out.append(Marked(tok, False, False, False, in_question[i]))
            i += 1
            continue
        phrase = next((p for p in _phrases_from(words).get(tok, ()) if _starts(tokens, i, p)), None)
        if phrase is not None:
            cond, neg = True, False  # a condition opens a clause of its own
            events["condition"] = events.get("condition", 0) + 1
            for k in range(len(phrase)):
                out.append(Marked(tokens[i + k], neg, True, modal, in_question[i + k]))
            i += len(phrase)
            continue
        if tok in words.conditions:
            cond, neg = True, False
            events["condition"] = events.get("condition", 0) + 1
        if tok in words.modals:
            modal = True
            events["modal"] = events.get("modal", 0) + 1
        out.append(Marked(tok, neg, cond, modal, in_question[i]))
        if tok in words.negators:
            neg = not neg if tok in ("not", "never") and neg else True
            events["negation"] = events.get("negation", 0) + 1
        i += 1
    return out, events
