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
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from helpers.extract.labeller.lexicon import polarity
from helpers.extract.labeller.scopes import Marked, mark_scopes, tokenize

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


def _masker(x: LabelInput) -> Callable[[list[str]], list[str]]:
    """Replace the speaker's name words by one placeholder token (a speaker's usual position must not
    decide the label of what they said this time)."""
    names = {w for w in tokenize(x.speaker) if len(w) > 2 and w.isalpha()}
    if not names:
        return lambda toks: toks
    return lambda toks: ["<speaker>" if t in names else t for t in toks]


def _scoped(m: Marked) -> str:
    tag = ("N" if m.negated else "") + ("C" if m.conditional else "") + ("Q" if m.question else "")
    return f"{tag}:{m.word}" if tag else m.word


_EMPTY = _STOP | frozenset(".,;:!?")


def _ngrams(prefix: str, toks: list[str], counts: Counter[str], n_max: int) -> None:
    """1..n_max-grams, leaving out those made only of stop words and punctuation."""
    empty = [t in _EMPTY for t in toks]
    for n in range(1, n_max + 1):
        grams = [
            prefix + " ".join(toks[i : i + n]) for i in range(len(toks) - n + 1) if not all(empty[i : i + n])
        ]
        counts.update(grams)


def stance_features(
    x: LabelInput, *, scopes: bool = True, lexicon: bool = True, rules: bool = True, context: bool = True
) -> dict[str, float]:
    """The stance features of one statement; the switches exist for ablation (benchmarks)."""
    counts: Counter[str] = Counter()
    own = " . ".join(s for s in x.segments if s)
    marked, events = mark_scopes(own)
    mask = _masker(x)
    words = mask([m.word for m in marked])
    scoped = [t for t, w in zip([_scoped(m) for m in marked], words, strict=True) if w != "<speaker>"]
    _ngrams("w=", words, counts, 3)
    if scopes:
        _ngrams("s=", [t for t in scoped if ":" in t], counts, 2)  # scoped words and pairs
    for m in marked if lexicon else []:
        pol = polarity(m.word)
        if pol:
            flipped = {"pos": "neg", "neg": "pos"}[pol] if m.negated else pol
            counts[f"lex={flipped}"] += 1
    for name, n in events.items() if scopes else []:
        counts[f"event={name}"] += min(n, 3)
    own_set = set(words)
    for sent in x.sentences if context else []:
        for tok in mask(tokenize(sent)):
            if tok not in own_set and tok not in _STOP and tok.isalpha():
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
    for tok in tokenize(x.title):
        if tok not in _STOP and tok.isalpha():
            counts["t=" + tok] = 1
    if x.rule_deployment:
        counts["rule=" + x.rule_deployment] = 1
    if x.document_deployment:
        counts["doc=" + x.document_deployment] = 1
    out = _normalise(counts)
    if x.text and with_document:
        out.update(document_words(x.text))
    return out


@lru_cache(maxsize=512)
def document_words(text: str) -> dict[str, float]:
    """A document's weighted word features, once per document (every speaker in it shares them)."""
    doc: Counter[str] = Counter()
    _ngrams("d=", tokenize(text), doc, 1)
    return {k: v * DOCUMENT_WEIGHT for k, v in _normalise(doc).items()}


def _normalise(counts: Counter[str]) -> dict[str, float]:
    """log-scaled counts, L2-normalised: long articles do not outweigh teasers."""
    vals = {k: 1.0 + math.log(v) for k, v in counts.items() if v > 0}
    norm = math.sqrt(sum(v * v for v in vals.values())) or 1.0
    return {k: v / norm for k, v in vals.items()}
