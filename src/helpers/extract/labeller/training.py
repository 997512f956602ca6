"""Train a topic's labeller from its corpus and reviewed rows, and measure it honestly.

Steps: load the corpus (`data/training/<topic>/`), add reviewed statements of a data folder as
labelled examples, keep the frozen test events out, choose C and the calibration temperature by
grouped cross-validation on the rest, measure once on the frozen test split, then fit the model
that ships on every example (train + test + reviewed): the figures describe models fitted on
less data than the shipped one, never on the rows they are measured on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from helpers.extract.labeller.corpus import Corpus, Example, frozen_test_events, load_corpus
from helpers.extract.labeller.examples import label_input
from helpers.extract.labeller.model import LabellerModel, LinearModel
from helpers.extract.labeller.store import TRAINING_ROOT
from helpers.extract.labeller.train import (
    OutOfFold,
    choose_c,
    features_of,
    fit_final,
    fit_temperature,
    target_of,
)
from helpers.extract.labeller.training_examples import corpus_examples
from helpers.extract.rules import Rules
from helpers.overrides import load_overrides
from helpers.tables import InputError


@dataclass
class DimensionResult:
    """What training found for one dimension (stance or deployment)."""

    kind: str
    classes: list[str]
    C: float
    c_grid: dict[float, float]
    temperature: float
    cv: OutOfFold
    folds: int = 5
    test_keys: list[str] = field(default_factory=list)
    test_groups: list[str] = field(default_factory=list)
    test_gold: list[str] = field(default_factory=list)
    test_pred: list[str] = field(default_factory=list)
    test_conf: list[float] = field(default_factory=list)
    test_rule: list[str] = field(default_factory=list)
    cv_rule: list[str] = field(default_factory=list)
    test_hard: list[str | None] = field(default_factory=list)


@dataclass
class TrainingRun:
    topic: str
    corpus: Corpus
    n_original: int
    n_augmented: int
    n_reviewed: int
    test_events: set[str]
    dims: dict[str, DimensionResult]
    model: LabellerModel | None = None


def reviewed_examples(data_dir: str | Path, rules: Rules) -> list[Example]:
    """Reviewed statements of a data folder as labelled examples: a reviewer's stance or deployment
    correction is a label; the statement's sentence and quote are the text."""
    import pandas as pd

    data_dir = Path(data_dir)
    log = load_overrides(data_dir / "overrides" / "statements.csv")
    if log.empty:
        return []
    stmts = None
    for cand in (data_dir / "processed" / "statements.parquet", data_dir / "processed" / "statements.csv"):
        if cand.exists():
            stmts = pd.read_parquet(cand) if cand.suffix == ".parquet" else pd.read_csv(cand, dtype=str)
            break
    if stmts is None:
        raise InputError(
            f"{data_dir / 'processed'}: reviewed rows need the extracted statements (run extract first)"
        )
    latest: dict[str, dict[str, str]] = {}
    for entry in log.itertuples(index=False):
        latest.setdefault(str(entry.statement_id), {})[str(entry.field)] = str(entry.value)
    by_id = stmts.set_index("statement_id", drop=False)
    stance_names = set(rules.topic.stance_labels.names)
    out = []
    for sid, fields in latest.items():
        if sid not in by_id.index or fields.get("irrelevant") == "true":
            continue
        found = by_id.loc[sid]
        row: pd.Series = found.iloc[0] if isinstance(found, pd.DataFrame) else found
        stance = fields.get("stance") or str(row.get("stance") or "")
        deployment = fields.get("deployment") or (
            str(row.get("deployment")) if row.get("deployment") else None
        )
        if stance not in stance_names:
            continue
        sentence = str(row.get("sentence") or "")
        x = label_input(
            [sentence], [sentence], [sentence], "", sentence, rules, speaker=str(row.get("speaker") or "")
        )
        out.append(Example(f"review|{sid}", f"review:{sid}", stance, deployment, x, False, None, "review"))
    return out


def corpus_checksum(topic_dir: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(topic_dir.rglob("*.jsonl")) + sorted(topic_dir.glob("*.txt")):
        h.update(p.relative_to(topic_dir).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def train_topic(
    rules: Rules,
    *,
    data_dir: str | Path | None = None,
    training_root: str | Path = TRAINING_ROOT,
    folds: int = 5,
    measure: bool = True,
) -> TrainingRun:
    topic = rules.topic
    topic_dir = Path(training_root) / topic.name
    corpus = load_corpus(topic_dir, topic.name)
    if not corpus.statements:
        raise InputError(f"{topic_dir}: no training statements for topic {topic.name!r}")
    examples = corpus_examples(corpus, rules)
    reviewed = reviewed_examples(data_dir, rules) if data_dir is not None else []
    test_events = frozen_test_events(topic_dir, corpus.events)
    train_ex = [e for e in examples if e.group not in test_events] + reviewed
    test_ex = [e for e in examples if e.group in test_events and not e.augmented]
    dims: dict[str, DimensionResult] = {}
    kinds = [("stance", list(topic.stance_labels.names))]
    if topic.deployment_labels is not None:
        kinds.append(("deployment", list(topic.deployment_labels.names)))
    for kind, classes in kinds:
        target = target_of(kind)
        C, grid, oof = choose_c(train_ex, kind, classes, folds)
        temperature = fit_temperature(oof)
        res = DimensionResult(kind, classes, C, grid, temperature, oof, folds)
        from_cues = ((topic.config.get("labels") or {}).get("stance") or {}).get("from_cues") or {}

        def rule_label(e: Example, kind: str = kind, from_cues: dict = from_cues) -> str:
            raw = (e.x.rule_stance if kind == "stance" else e.x.rule_deployment) or ""
            return from_cues.get(raw, raw) if kind == "stance" else raw

        rule_of = {e.key: rule_label(e) for e in train_ex}
        res.cv_rule = [rule_of.get(k, "") for k in oof.keys]
        if measure and test_ex:
            held = fit_final(train_ex, kind, classes, C, temperature)
            feats = features_of(kind)
            for e in test_ex:
                if target(e) is None:
                    continue
                label, conf = held.predict(feats(e.x))
                res.test_keys.append(e.key)
                res.test_groups.append(e.group)
                res.test_gold.append(str(target(e)))
                res.test_pred.append(label)
                res.test_conf.append(conf)
                res.test_rule.append(rule_label(e))
                res.test_hard.append(e.hard_case)
        dims[kind] = res
    run = TrainingRun(
        topic=topic.name,
        corpus=corpus,
        n_original=sum(1 for e in examples if not e.augmented),
        n_augmented=sum(1 for e in examples if e.augmented),
        n_reviewed=len(reviewed),
        test_events=test_events,
        dims=dims,
    )
    everything = examples + reviewed
    models: dict[str, LinearModel] = {
        kind: fit_final(everything, kind, r.classes, r.C, r.temperature) for kind, r in dims.items()
    }
    run.model = LabellerModel(
        topic=topic.name,
        stance=models["stance"],
        deployment=models.get("deployment"),
        meta={
            "corpus_checksum": corpus_checksum(topic_dir),
            "documents": len(corpus.docs),
            "events": len(corpus.events),
            "original_rows": run.n_original,
            "augmented_rows": run.n_augmented,
            "reviewed_rows": run.n_reviewed,
            "C": {k: r.C for k, r in dims.items()},
            "temperature": {k: r.temperature for k, r in dims.items()},
        },
    )
    return run
