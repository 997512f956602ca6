"""The trained labeller: scopes, features, the JSON model, training by event, the review loop."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from helpers.explore.queue import review_queue
from helpers.extract.labeller.corpus import frozen_test_events, load_corpus, validate_part
from helpers.extract.labeller.explain import readable
from helpers.extract.labeller.features import LabelInput, stance_features
from helpers.extract.labeller.metrics import confusion, macro_f1, reliability
from helpers.extract.labeller.model import LinearModel, load_model
from helpers.extract.labeller.scopes import mark_scopes, tokenize
from helpers.extract.labeller.training import train_topic
from helpers.extract.labeller.training_examples import corpus_examples
from helpers.extract.labelling import SpeakerEvidence, label_rows
from helpers.extract.rules import compile_rules
from helpers.tables import InputError

# ------------------------------------------------------------------ scopes


def test_negation_scope_runs_to_the_end_of_the_clause_only() -> None:
    marked, events = mark_scopes("We will not send troops, but we could train soldiers.")
    scoped = {m.word: m.negated for m in marked}
    assert scoped["send"] and scoped["troops"]
    assert not scoped["train"] and not scoped["soldiers"]
    assert events["negation"] == 1


def test_condition_opens_its_own_scope_and_ends_a_negation() -> None:
    marked, events = mark_scopes("We will not deploy unless there is a ceasefire.")
    by_word = {m.word: m for m in marked}
    assert by_word["deploy"].negated and not by_word["deploy"].conditional
    assert by_word["ceasefire"].conditional and not by_word["ceasefire"].negated
    assert events["condition"] == 1


def test_a_question_answered_no_is_marked_rhetorical() -> None:
    marked, events = mark_scopes("Would training soldiers inside the country be escalation? Of course not.")
    assert events.get("rhetorical_no") == 1
    assert next(m for m in marked if m.word == "escalation").question


def test_contractions_split_into_their_negation() -> None:
    assert tokenize("We won't and can't; they don't.") == [
        "we",
        "will",
        "not",
        "and",
        "can",
        "not",
        ";",
        "they",
        "do",
        "not",
        ".",
    ]


# ------------------------------------------------------------------ features and model


def test_features_separate_the_speakers_words_from_the_rest_of_the_sentence() -> None:
    x = LabelInput(
        segments=["X said Germany would not send soldiers"],
        sentences=["Opposition MPs attacked the plan, X said Germany would not send soldiers"],
    )
    f = stance_features(x)
    assert "s=N:send" in f and "ctx=attacked" in f and "w=attacked" not in f
    assert abs(sum(v * v for v in f.values()) - 1.0) < 1e-9


def test_model_round_trips_through_json_and_explains_its_label(tmp_path: Path) -> None:
    m = LinearModel(
        ["a", "b"], {"w=yes": 0, "w=no": 1}, [[2.0, -1.0], [-2.0, 1.0]], [0.0, 0.0], temperature=2.0
    )
    p = m.proba({"w=yes": 1.0})
    assert abs(sum(p) - 1) < 1e-9 and p[0] > p[1]
    # temperature flattens: the same scores at T=1 are more confident
    assert LinearModel(m.classes, m.vocabulary, m.coef, m.intercept, 1.0).proba({"w=yes": 1.0})[0] > p[0]
    again = LinearModel.from_json(json.loads(json.dumps(m.to_json())))
    assert again.proba({"w=yes": 1.0}) == pytest.approx(p)
    assert m.explain({"w=yes": 1.0, "w=no": 0.1}, "a")[0][0] == "w=yes"
    assert readable("s=N:send") == "not…send"


def test_a_broken_model_file_is_bad_input_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "m.json"
    bad.write_text("{not json")
    with pytest.raises(InputError, match="m.json"):
        load_model(bad)


def test_metrics() -> None:
    gold, pred = ["a", "a", "b", "b"], ["a", "b", "b", "b"]
    assert confusion(gold, pred, ["a", "b"]) == [[1, 1], [0, 2]]
    assert macro_f1(gold, pred, ["a", "b"]) == pytest.approx((2 / 3 + 0.8) / 2)
    bins, ece = reliability([0.9, 0.9, 0.6, 0.6], [True, True, True, False])
    assert len(bins) == 2 and ece == pytest.approx(0.5 * 0.1 + 0.5 * 0.1)


# ------------------------------------------------------------------ a small corpus written for the tests

POSITIONS = {
    "support": [
        "{n} said {c} was ready to send soldiers to Ukraine",
        "{n} said troops for Ukraine should not be ruled out",
    ],
    "oppose": [
        "{n} said {c} would never send soldiers to Ukraine",
        "{n} ruled out sending troops to Ukraine",
    ],
    "conditional": [
        "{n} said {c} would send troops to Ukraine only if there is a ceasefire",
        "{n} said soldiers could go to Ukraine once a peace deal is signed",
    ],
    "neutral": [
        "{n} said it was too early to talk about troops in Ukraine",
        "{n} said no decision on troops for Ukraine had been taken",
    ],
}
PEOPLE = [
    ("Olaf Scholz", "Germany", "DE"),
    ("Emmanuel Macron", "France", "FR"),
    ("Donald Tusk", "Poland", "PL"),
    ("Giorgia Meloni", "Italy", "IT"),
    ("Mette Frederiksen", "Denmark", "DK"),
    ("Petr Fiala", "Czechia", "CZ"),
]


def write_corpus(root: Path, topic: str = "ukraine_troops", events: int = 24) -> Path:
    part = root / topic / "part-x"
    part.mkdir(parents=True)
    docs, rows = [], []
    labels = list(POSITIONS)
    for i in range(events):
        stance = labels[i % 4]
        name, country, code = PEOPLE[i % len(PEOPLE)]
        sent = POSITIONS[stance][i % 2].format(n=name, c=country) + "."
        doc_id = f"t-{i:03d}"
        docs.append(
            {
                "doc_id": doc_id,
                "event_id": f"2025-01-{i + 1:02d}-event",
                "url": f"https://example.org/{i}",
                "outlet": "Example",
                "published": "2025-02-01",
                "title": "Troops for Ukraine",
                "text": sent + " The talks go on.",
                "source_urls": [f"https://example.org/{i}"],
                "style": "wire",
            }
        )
        rows.append(
            {
                "doc_id": doc_id,
                "speaker": name,
                "speaker_role": "",
                "country": code,
                "date": "2025-02-01",
                "stance": stance,
                "deployment": ("combat_troops", "peacekeepers", "trainers")[i % 3],
                "quote": None,
                "evidence": [sent],
                "rewrites": [
                    {"style": "wire", "text": POSITIONS[stance][(i + 1) % 2].format(n=name, c=country)}
                ],
            }
        )
    (part / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    (part / "statements.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return root


def test_validation_names_file_line_and_problem(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    part = root / "ukraine_troops" / "part-x"
    lines = (part / "statements.jsonl").read_text().splitlines()
    bad = json.loads(lines[0])
    bad["stance"], bad["evidence"] = "maybe", ["words that are not in the text"]
    lines[0] = json.dumps(bad)
    (part / "statements.jsonl").write_text("\n".join(lines) + "\n")
    topic = compile_rules().topic
    problems = validate_part(part, topic.stance_labels.names, topic.deployment_labels.names)
    assert any("statements.jsonl:1" in p and "stance 'maybe'" in p for p in problems)
    assert any("evidence not found verbatim" in p for p in problems)


def test_frozen_split_is_stable_and_only_grows(tmp_path: Path) -> None:
    events = {f"ev-{i}" for i in range(50)}
    first = frozen_test_events(tmp_path, events)
    assert 0 < len(first) < 25
    again = frozen_test_events(tmp_path, events | {f"new-{i}" for i in range(20)})
    assert first <= again  # no event left the test split
    assert frozen_test_events(tmp_path, events) == again & events | (again - events)


def test_rewrites_share_their_originals_group(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    examples = corpus_examples(load_corpus(root / "ukraine_troops"), compile_rules())
    originals = {e.key: e.group for e in examples if not e.augmented}
    for e in examples:
        if e.augmented:
            assert e.group == originals[e.key.rsplit("|", 1)[0]]


def test_training_learns_a_labelled_corpus_and_the_model_labels_rows(tmp_path: Path) -> None:
    root = write_corpus(tmp_path, events=40)
    rules = compile_rules()
    run = train_topic(rules, training_root=root, folds=4)
    stance = run.dims["stance"]
    assert not set(stance.cv.groups) & run.test_events  # the frozen test never enters CV
    # two rewrites' worth (one each here) plus the writer's evidence for rows the extractor also finds
    assert run.n_original == 40 and run.n_augmented >= 40
    assert macro_f1(stance.cv.gold, stance.cv.predicted()[0], stance.classes) > 0.6
    path = tmp_path / "data" / "models" / "ukraine_troops.labeller.json"
    checksum = run.model.save(path)
    model = load_model(path)
    assert model.checksum == checksum
    rules_with = compile_rules.__wrapped__("ukraine_troops", tmp_path / "data")
    assert rules_with.labeller is not None and rules_with.fingerprint != rules.fingerprint
    rows = [{"extractor_version": "1.0.0+abc"}, {"extractor_version": "1.0.0+abc"}]
    evidence = [
        SpeakerEvidence(
            "Karl Nehammer", ["Karl Nehammer said Austria would never send soldiers to Ukraine."]
        ),
        SpeakerEvidence(
            "Karl Nehammer", ["Karl Nehammer said Austria was ready to send soldiers to Ukraine."]
        ),
    ]
    for ev in evidence:
        ev.sentences = ev.contexts = list(ev.segments)
    label_rows(rows, evidence, rules_with)
    assert [r["stance"] for r in rows] == ["oppose", "support"]
    assert all(0 < r["stance_confidence"] <= 1 and 0 < r["deployment_confidence"] <= 1 for r in rows)
    assert all(r["stance_cue"].startswith(r["stance"] + ": ") for r in rows)
    assert all(r["extractor_version"].endswith("+model." + checksum) for r in rows)


def test_train_command_writes_the_model_where_runs_on_that_folder_find_it(tmp_path: Path, capsys) -> None:
    from helpers.cli import main

    root = write_corpus(tmp_path / "training", events=24)
    data = tmp_path / "data"
    figures = tmp_path / "figures"
    assert (
        main(
            [
                "train",
                "--training",
                str(root),
                "--data-dir",
                str(data),
                "--folds",
                "3",
                "--figures",
                str(figures),
            ]
        )
        == 0
    )
    svg = (figures / "reliability_ukraine_troops_stance_cv.svg").read_text()
    assert svg.startswith("<svg") and "ECE" in svg
    out = capsys.readouterr().out
    assert "grouped 3-fold cross-validation by event" in out and "frozen test split" in out
    assert "gold \\ predicted" in out and "expected calibration error" in out
    assert (data / "models" / "ukraine_troops.labeller.json").exists()


# ------------------------------------------------------------------ review queue


def test_review_queue_puts_the_least_confident_unreviewed_rows_first() -> None:
    table = pd.DataFrame(
        {
            "statement_id": ["a", "b", "c", "d", "e"],
            "date": ["2025-01-01"] * 5,
            "stance_confidence": [0.9, 0.4, 0.35, None, 0.6],
            "deployment_confidence": [0.8, 0.95, 0.9, None, 0.3],
            "reviewed": [False, False, True, False, False],
        }
    )
    assert list(review_queue(table, 10)["statement_id"]) == ["e", "b", "a", "d"]
