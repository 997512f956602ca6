"""Features of one statement for the stance and deployment models.

Stance is read from the speaker's own words only (their segment of the sentence: quote plus
reporting clause), with every token marked by the scope it stands in (negation, condition,
question, modality). Words of the same sentence outside the speaker's segment (another actor's
clause, the journalist's framing) enter under their own prefix, so a cue in someone else's
clause or a condition in the framing weighs only as much as the data says. The cue rules'
verdict enters as one more feature; the model decides. Deployment is read from the speaker's
sentences, the headline and what the document is mostly about.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat

from helpers.extract.labeller.lexicon import polarity, vader_valence
from helpers.extract.labeller.scopes import (
    CONDITIONAL,
    MODAL,
    NEGATED,
    QUESTION,
    Marked,
    scope_codes,
    tokenize,
)

# the stop words that carry no stance on their own; negators and modals are NOT here
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "and",
        "or",
        "for",
        "with",
        "at",
        "by",
        "from",
        "as",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "which",
        "who",
        "whom",
        "whose",
        "said",
        "says",
        "told",
    ]
)


@dataclass
class LabelInput:
    """What the labeller reads about one statement (see labelling.SpeakerEvidence)."""

    segments: list[str]
    sentences: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    title: str = ""
    text: str = ""
    rule_stance: str | None = None
    rule_deployment: str | None = None
    document_deployment: str | None = None
    speaker: str = (
        ""  # the speaker's name: its words are masked, so the model learns what is said, not who says it
    )


@lru_cache(maxsize=4096)
def _speaker_words(speaker: str) -> frozenset[str]:
    """The speaker's name words, each replaced by one placeholder token (a speaker's usual position
    must not decide the label of what they said this time)."""
    return frozenset(w for w in tokenize(speaker) if len(w) > 2 and w.isalpha())


def _masker(x: LabelInput) -> Callable[[list[str]], list[str]]:
    """Replace the speaker's name words by one placeholder token."""
    names = _speaker_words(x.speaker)
    if not names:
        return lambda toks: toks
    return lambda toks: ["<speaker>" if t in names else t for t in toks]


def _scoped(m: Marked) -> str:
    tag = ("N" if m.negated else "") + ("C" if m.conditional else "") + ("Q" if m.question else "")
    return f"{tag}:{m.word}" if tag else m.word


_EMPTY = _STOP | frozenset(".,;:!?")


def _ngrams(prefix: str, toks: list[str], counts: Counter[str], n_max: int) -> None:
    """1..n_max-grams, leaving out those made only of stop words and punctuation.

    All grams go into `counts` in one update, unigrams first, then bigrams, ...: the same
    insertion order as one update per n (the order fixes the summation order of the scores)."""
    empty = [t in _EMPTY for t in toks]
    grams = [prefix + t for t, e in zip(toks, empty, strict=True) if not e]
    if n_max >= 2:
        grams += [
            f"{prefix}{a} {b}"
            for a, b, ea, eb in zip(toks, toks[1:], empty, empty[1:], strict=False)
            if not (ea and eb)
        ]
    if n_max >= 3:
        grams += [
            f"{prefix}{a} {b} {c}"
            for a, b, c, ea, eb, ec in zip(
                toks, toks[1:], toks[2:], empty, empty[1:], empty[2:], strict=False
            )
            if not (ea and eb and ec)
        ]
    for n in range(4, n_max + 1):
        grams += [
            prefix + " ".join(toks[i : i + n]) for i in range(len(toks) - n + 1) if not all(empty[i : i + n])
        ]
    counts.update(grams)


# a token's scope code (scopes.scope_codes) -> the prefix `_scoped` gives a word in that scope
# (modality does not mark a word)
_SCOPE_PREFIX = tuple(
    _scoped(Marked("", bool(c & NEGATED), bool(c & CONDITIONAL), bool(c & MODAL), bool(c & QUESTION)))
    for c in range(16)
)
_FLIP = {"pos": "neg", "neg": "pos"}


@lru_cache(maxsize=1)
def _polarities() -> dict[str, str]:
    """word -> 'pos' / 'neg' for every VADER word `polarity` does not call neutral (one dict lookup
    per token instead of a function call)."""
    return {w: p for w in vader_valence() if (p := polarity(w))}


@lru_cache(maxsize=1024)
def _marked_words(
    own: str,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str | None, ...], tuple[tuple[str, int], ...]]:
    """A speaker's joined words read once: (words, scoped words, VADER polarity after negation,
    scope events). Cached by text: the same segment (a wire copy, a training example's views)
    is marked once."""
    words, codes, events = scope_codes(own)
    scoped = tuple(map(operator.add, map(_SCOPE_PREFIX.__getitem__, codes), words))
    pols = list(map(_polarities().get, words))
    for i, pol in enumerate(pols):
        if pol is not None and codes[i] & NEGATED:
            pols[i] = _FLIP[pol]
    return tuple(words), scoped, tuple(pols), tuple(events.items())


@lru_cache(maxsize=512)
def _plain_words(text: str) -> tuple[str, ...]:
    """tokenize(), cached: a sentence shared by several speakers of a document is read once."""
    return tuple(tokenize(text))


def stance_features(
    x: LabelInput, *, scopes: bool = True, lexicon: bool = True, rules: bool = True, context: bool = True
) -> dict[str, float]:
    """The stance features of one statement; the switches exist for ablation (benchmarks)."""
    counts: Counter[str] = Counter()
    own = " . ".join(s for s in x.segments if s)
    plain, scoped_all, pols, events = _marked_words(own)
    names = _speaker_words(x.speaker)
    if names:
        words = ["<speaker>" if t in names else t for t in plain]
        scoped = [t for t, w in zip(scoped_all, words, strict=True) if w != "<speaker>"]
    else:
        words, scoped = list(plain), list(scoped_all)
    _ngrams("w=", words, counts, 3)
    if scopes:
        _ngrams("s=", [t for t in scoped if ":" in t], counts, 2)  # scoped words and pairs
    for pol in pols if lexicon else ():
        if pol:
            counts[f"lex={pol}"] += 1
    for name, n in events if scopes else ():
        counts[f"event={name}"] += min(n, 3)
    if context and x.sentences:
        # each distinct word once, in order of first use; a name word (masked to `<speaker>`,
        # which is not alphabetic) never enters
        skip = set(words) | _STOP | names
        seen = dict.fromkeys(chain.from_iterable(map(_plain_words, x.sentences)))
        for tok in seen:
            if tok not in skip and tok.isalpha():
                counts["ctx=" + tok] = 1
    if x.rule_stance and rules:
        counts["rule=" + x.rule_stance] = 1
    counts["len=" + str(min(int(math.log2(1 + len(words))), 6))] = 1
    return _normalise(counts)


# how much the whole document's words weigh against the speaker's own sentences (grouped CV on the
# training split: 0.816 -> 0.837 deployment macro-F1 with the document's words at half weight)
DOCUMENT_WEIGHT = 0.5


def deployment_features(x: LabelInput, with_document: bool = True) -> dict[str, float]:
    """The speaker's sentences, the headline, the rules' verdicts and (at half weight) the words of
    the whole document: what kind of force a statement means is often said only by its article
    (a "coalition force" in a story about monitoring a ceasefire)."""
    counts: Counter[str] = Counter()
    ctx = " . ".join(x.contexts or x.sentences or x.segments)
    _ngrams("c=", _masker(x)(tokenize(ctx)), counts, 2)
    for feature in _title_features(x.title):
        counts[feature] = 1
    if x.rule_deployment:
        counts["rule=" + x.rule_deployment] = 1
    if x.document_deployment:
        counts["doc=" + x.document_deployment] = 1
    out = _normalise(counts)
    if x.text and with_document:
        out.update(document_words(x.text))
    return out


@lru_cache(maxsize=512)
def _title_features(title: str) -> tuple[str, ...]:
    """The headline's words as features (every speaker of a document shares its headline)."""
    return tuple(dict.fromkeys("t=" + tok for tok in tokenize(title) if tok not in _STOP and tok.isalpha()))


@lru_cache(maxsize=512)
def document_words(text: str) -> dict[str, float]:
    """A document's weighted word features, once per document (every speaker in it shares them)."""
    doc: Counter[str] = Counter()
    _ngrams("d=", tokenize(text), doc, 1)
    weighted = _normalise(doc)
    return dict(zip(weighted, map(operator.mul, weighted.values(), repeat(DOCUMENT_WEIGHT)), strict=True))


# 1 + log(n) for the small counts nearly every feature has (the same floats math.log gives)
_LOG1P = {n: 1.0 + math.log(n) for n in range(1, 64)}


def _normalise(counts: Counter[str]) -> dict[str, float]:
    """log-scaled counts, L2-normalised: long articles do not outweigh teasers."""
    try:  # nearly always: every count is a small positive integer, looked up in one C-level pass
        logs = list(map(_LOG1P.__getitem__, counts.values()))
        keys: list[str] = list(counts)
    except KeyError:
        kept = {k: 1.0 + math.log(v) for k, v in counts.items() if v > 0}
        keys, logs = list(kept), list(kept.values())
    norm = math.sqrt(sum(map(operator.mul, logs, logs))) or 1.0
    return dict(zip(keys, map(operator.truediv, logs, repeat(norm)), strict=True))
