"""What a reviewer's time buys: correct the k least-confident rows, retrain, re-label; against
correcting rows in random order.

    python benchmarks/review_simulation.py [--topic ukraine_troops] [--out docs/figures]

The pool is the frozen test split's original rows (the model never trained on them). The first
model is trained on the training split. For each k, the k rows a reviewer would see first
(least stance confidence first, or a random order, mean of 3 seeds) get their gold label, join
the training data as reviewed examples, the model is retrained and the rest of the pool
re-labelled; accuracy counts reviewed rows as right. Prints a table and writes
review_simulation.csv and review_simulation.svg (accuracy against k, both orders).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import altair as alt
import pandas as pd

from helpers.extract.labeller.corpus import Example, frozen_test_events, load_corpus
from helpers.extract.labeller.features import stance_features
from helpers.extract.labeller.store import TRAINING_ROOT
from helpers.extract.labeller.train import fit_linear
from helpers.extract.labeller.training_examples import corpus_examples
from helpers.extract.rules import compile_rules


def pool_accuracy(
    train: list[Example], pool: list[Example], reviewed: set[int], classes: list[str], C: float
) -> float:
    extra = [pool[i] for i in reviewed]
    model = fit_linear(
        [stance_features(e.x) for e in train + extra], [e.stance for e in train + extra], classes, C
    )
    right = sum(
        1 for i, e in enumerate(pool) if i in reviewed or model.predict(stance_features(e.x))[0] == e.stance
    )
    return right / len(pool)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--topic", default="ukraine_troops")
    ap.add_argument("--C", type=float, default=2.0)
    ap.add_argument("--steps", type=int, nargs="*", default=[0, 10, 20, 40, 60, 80, 120])
    ap.add_argument("--out", default="docs/figures")
    args = ap.parse_args()
    rules = compile_rules(args.topic)
    classes = list(rules.topic.stance_labels.names)
    corpus = load_corpus(TRAINING_ROOT / args.topic, args.topic)
    test = frozen_test_events(TRAINING_ROOT / args.topic, corpus.events)
    examples = corpus_examples(corpus, rules)
    train = [e for e in examples if e.group not in test]
    pool = [e for e in examples if e.group in test and not e.augmented]
    first = fit_linear([stance_features(e.x) for e in train], [e.stance for e in train], classes, args.C)
    conf = [max(first.proba(stance_features(e.x))) for e in pool]
    by_confidence = sorted(range(len(pool)), key=conf.__getitem__)
    rows = []
    steps = [k for k in args.steps if k <= len(pool)]
    for k in steps:
        least = pool_accuracy(train, pool, set(by_confidence[:k]), classes, args.C)
        rand = []
        for seed in range(3):
            order = list(range(len(pool)))
            random.Random(seed).shuffle(order)
            rand.append(pool_accuracy(train, pool, set(order[:k]), classes, args.C))
        rows.append({"k": k, "least confident first": least, "random order": sum(rand) / len(rand)})
        print(f"k={k:4d}  least-confident-first {least:.3f}   random {sum(rand) / len(rand):.3f}")
    frame = pd.DataFrame(rows)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    frame.to_csv(out / "review_simulation.csv", index=False)
    long = frame.melt("k", var_name="order", value_name="accuracy")
    chart = (
        alt.Chart(long, title=f"Stance accuracy on {len(pool)} unseen rows after reviewing k of them")
        .mark_line(point=True)
        .encode(
            x=alt.X("k:Q", title="rows reviewed (k)"),
            y=alt.Y(
                "accuracy:Q", scale=alt.Scale(zero=False), title="accuracy (reviewed rows count as right)"
            ),
            color=alt.Color("order:N", scale=alt.Scale(range=["#0072B2", "#D55E00"])),
        )
        .properties(width=420, height=260)
    )
    chart.save(str(out / "review_simulation.svg"))
    print(f"wrote {out / 'review_simulation.csv'} and {out / 'review_simulation.svg'}")


if __name__ == "__main__":
    main()
