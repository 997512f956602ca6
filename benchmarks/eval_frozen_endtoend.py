"""The labeller end to end on the frozen test split: documents through the whole extractor.

    python benchmarks/eval_frozen_endtoend.py [--topic ukraine_troops]

The frozen test events' documents become a gold set; a model is fitted on the training split only
(with the shipped model's C and temperature) and the documents are extracted with it, and again with
the cue rules alone. Both are scored like `stance-tracker evaluate` (statements matched by document
and the speaker's last name; stance and deployment on matched rows). Unlike `evaluate --labeller`,
the labels here rest on the extractor's attribution, dates and merges, as in a real run.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import tempfile
from pathlib import Path

from helpers.extract.corpus import finalize
from helpers.extract.document import extract_document
from helpers.extract.evaluate import score_dirs, summary_line
from helpers.extract.labeller.corpus import frozen_test_events, load_corpus
from helpers.extract.labeller.model import LabellerModel
from helpers.extract.labeller.store import TRAINING_ROOT, find_model
from helpers.extract.labeller.train import fit_final
from helpers.extract.labeller.training_examples import corpus_examples
from helpers.extract.rows import raw_frame
from helpers.extract.rules import Rules, compile_rules
from helpers.tables import write_table

GOLD_FIELDS = ("doc_id", "speaker", "speaker_role", "country", "date", "stance", "deployment", "quote")


def run(rules: Rules, docs: list[dict], out: Path) -> None:
    st, po = [], []
    for d in docs:
        s, p = extract_document(d, rules)
        st += s
        po += p
    result = finalize(raw_frame(st, "statements"), raw_frame(po, "polls"), topic=rules.topic.name)
    write_table(result.statements, out, "statements")
    write_table(result.polls, out, "polls")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--topic", default="ukraine_troops")
    args = ap.parse_args()
    rules = compile_rules(args.topic)
    shipped = find_model(args.topic)
    assert shipped is not None, "no shipped model to take C and the temperature from"
    corpus = load_corpus(TRAINING_ROOT / args.topic, args.topic)
    test = frozen_test_events(TRAINING_ROOT / args.topic, corpus.events)
    tmp = Path(tempfile.mkdtemp(prefix="frozen-e2e-"))
    gold = tmp / "gold"
    gold.mkdir()
    docs = [
        {k: v for k, v in d.items() if not k.startswith("_")}
        for d in corpus.docs.values()
        if d["event_id"] in test
    ]
    ids = {d["doc_id"] for d in docs}
    (gold / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    (gold / "statements.jsonl").write_text(
        "".join(
            json.dumps({k: s.get(k) for k in GOLD_FIELDS}) + "\n"
            for s in corpus.statements
            if s["doc_id"] in ids
        )
    )
    (gold / "polls.jsonl").write_text("")
    train = [e for e in corpus_examples(corpus, rules) if e.group not in test]
    meta = shipped.meta
    stance = fit_final(
        train,
        "stance",
        list(rules.topic.stance_labels.names),
        meta["C"]["stance"],
        meta["temperature"]["stance"],
    )
    deployment = None
    if rules.topic.deployment_labels is not None:
        deployment = fit_final(
            train,
            "deployment",
            list(rules.topic.deployment_labels.names),
            meta["C"]["deployment"],
            meta["temperature"]["deployment"],
        )
    held = LabellerModel(args.topic, stance, deployment, {"trained_on": "training split only"})
    print(
        f"{len(docs)} documents of {len(test)} frozen test events, "
        f"{sum(1 for s in corpus.statements if s['doc_id'] in ids)} gold rows"
    )
    for name, labeller in (("model (training split only)", held), ("cue rules alone", None)):
        out = tmp / name.split()[0]
        run(dataclasses.replace(rules, labeller=labeller), docs, out)
        print(f"{name}: {summary_line(score_dirs(gold, out))}")


if __name__ == "__main__":
    main()
