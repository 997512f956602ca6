"""Which stance features earn their place: grouped 5-fold CV by event on the training split.

    python benchmarks/labeller_ablation.py [--topic ukraine_troops] [--embeddings]

Variants: the full model; without scopes (negation/condition/question marking); without the VADER
lexicon; without the cue rules' verdict; without the sentence context outside the speaker's words;
plain bag of n-grams; without the rewrites in training; leave one writer's part out (train on the
other writers, test on one: how much the figure owes to a writer's habits); and (with --embeddings) plus wordllama's
averaged static embeddings. Prints macro-F1 and accuracy per variant (originals only are scored).
"""

from __future__ import annotations

import argparse
import time
from functools import partial

from helpers.extract.labeller.corpus import frozen_test_events, load_corpus
from helpers.extract.labeller.features import stance_features
from helpers.extract.labeller.metrics import accuracy, macro_f1
from helpers.extract.labeller.store import TRAINING_ROOT
from helpers.extract.labeller.train import grouped_oof
from helpers.extract.labeller.training_examples import corpus_examples
from helpers.extract.rules import compile_rules


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--topic", default="ukraine_troops")
    ap.add_argument("--C", type=float, default=2.0)
    ap.add_argument("--embeddings", action="store_true", help="also measure wordllama embeddings")
    ap.add_argument("--only", nargs="*", help="run only these variants (names as printed)")
    args = ap.parse_args()
    rules = compile_rules(args.topic)
    classes = list(rules.topic.stance_labels.names)
    corpus = load_corpus(TRAINING_ROOT / args.topic, args.topic)
    test = frozen_test_events(TRAINING_ROOT / args.topic, corpus.events)
    ex = [e for e in corpus_examples(corpus, rules) if e.group not in test]
    variants = {
        "full model": dict(feature_fn=stance_features),
        "no scopes": dict(feature_fn=partial(stance_features, scopes=False)),
        "no VADER lexicon": dict(feature_fn=partial(stance_features, lexicon=False)),
        "no cue-rule feature": dict(feature_fn=partial(stance_features, rules=False)),
        "no sentence context": dict(feature_fn=partial(stance_features, context=False)),
        "bag of n-grams only": dict(
            feature_fn=partial(stance_features, scopes=False, lexicon=False, rules=False, context=False)
        ),
        "no rewrites in training": dict(feature_fn=stance_features, train_filter=lambda e: not e.augmented),
        "leave one writer's part out": dict(feature_fn=stance_features, group_of=lambda e: e.part),
    }
    if args.embeddings:
        from helpers.extract.labeller.embeddings import embedding_features

        texts = {id(e.x): " ".join(e.x.segments) for e in ex}
        embs = dict(zip(texts, embedding_features(list(texts.values())), strict=True))

        def with_emb(x):  # type: ignore[no-untyped-def]
            return {**stance_features(x), **embs[id(x)]}

        def emb_only(x):  # type: ignore[no-untyped-def]
            return embs[id(x)]

        variants["full + wordllama embeddings"] = dict(feature_fn=with_emb)
        variants["wordllama embeddings only"] = dict(feature_fn=emb_only)
    print(
        f"{args.topic}: {sum(1 for e in ex if not e.augmented)} original rows, "
        f"{len({e.group for e in ex})} events (train split), C={args.C}"
    )
    for name, kw in variants.items():
        if args.only and name not in args.only:
            continue
        t0 = time.perf_counter()
        folds = len({e.part for e in ex}) if "group_of" in kw else 5
        oof = grouped_oof(ex, "stance", classes, args.C, folds, **kw)
        pred = oof.predicted()[0]
        print(
            f"  {name:<30} macro-F1 {macro_f1(oof.gold, pred, classes):.3f}  "
            f"accuracy {accuracy(oof.gold, pred):.3f}  ({time.perf_counter() - t0:.1f}s)"
        )


if __name__ == "__main__":
    main()
