"""Corpus-level extraction: ids, dedup, overrides, quarantine, cache, CLI, evaluation, retargeting."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import helpers.extract.corpus as extract  # where the per-document loop and the version are looked up
from conftest import text_documents as docs
from helpers.cli import main
from helpers.extract import extract_corpus, extract_documents, finalize
from helpers.extract.evaluate import score_dirs
from helpers.overrides import add_override
from helpers.schemas import POLL_COLUMNS, STATEMENT_COLUMNS
from helpers.tables import read_table

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "gold" / "seed"
DEV = ROOT / "data" / "gold" / "dev"
SHARED = ROOT.parent / "shared"


WIRE = '"We will not send troops to Ukraine," Polish Prime Minister Donald Tusk said on Monday.'


def test_statement_ids_are_stable_across_runs_and_input_order():
    corpus = docs(
        ("a", "Reuters", "2025-02-18", WIRE),
        (
            "b",
            "AP",
            "2025-02-18",
            "Sending peacekeepers to Ukraine is not on the table, Giorgia Meloni said.",
        ),
    )
    first = extract_corpus(corpus).statements
    second = extract_corpus(corpus.iloc[::-1].reset_index(drop=True)).statements
    assert set(first["statement_id"]) == set(second["statement_id"])
    assert (
        first.sort_values("statement_id")
        .reset_index(drop=True)
        .equals(second.sort_values("statement_id").reset_index(drop=True))
    )


def test_same_statement_from_several_outlets_becomes_one_row_listing_sources():
    corpus = docs(
        ("a", "Reuters", "2025-02-18", WIRE),
        ("b", "AP", "2025-02-18", WIRE),
        ("c", "Politico", "2025-02-19", "Tusk: " + WIRE),
    )
    st = extract_corpus(corpus).statements
    assert len(st) == 1
    row = st.iloc[0]
    assert row["n_sources"] == 3 and json.loads(row["doc_ids"]) == ["a", "b", "c"]
    assert {s["outlet"] for s in json.loads(row["sources"])} == {"Reuters", "AP", "Politico"}


def test_different_statements_by_one_speaker_are_not_merged():
    corpus = docs(
        ("a", "Reuters", "2025-02-18", WIRE),
        (
            "b",
            "AP",
            "2025-03-20",
            "Poland could send instructors to Ukraine after a ceasefire, Donald Tusk said.",
        ),
    )
    assert len(extract_corpus(corpus).statements) == 2


def test_review_overrides_survive_re_extraction(tmp_path):
    corpus = docs(
        ("a", "Reuters", "2025-02-18", WIRE),
        (
            "b",
            "AP",
            "2025-02-18",
            "Sending peacekeepers to Ukraine is not on the table, Giorgia Meloni said.",
        ),
    )
    first = extract_corpus(corpus).statements
    tusk = first.loc[first["speaker"] == "Donald Tusk", "statement_id"].item()
    meloni = first.loc[first["speaker"] == "Giorgia Meloni", "statement_id"].item()
    log = tmp_path / "overrides" / "statements.csv"
    add_override(log, tusk, "stance", "conditional", note="reviewed against the interview")
    add_override(log, meloni, "irrelevant", "true")
    again = extract_corpus(corpus, overrides_path=log).statements
    assert again["speaker"].tolist() == ["Donald Tusk"]
    assert again["stance"].item() == "conditional" and bool(again["reviewed"].item())


def test_rows_that_break_the_contract_are_quarantined_with_a_reason(tmp_path):
    corpus = docs(("a", "Reuters", None, WIRE.replace(" on Monday", "")))
    result = extract_corpus(corpus, quarantine_dir=tmp_path)
    assert result.statements.empty
    bad = pd.read_csv(tmp_path / "statements.csv")
    assert bad["speaker"].tolist() == ["Donald Tusk"] and "date" in bad["reason"].item()


def test_rerun_over_unchanged_documents_does_no_extraction_work(tmp_path, monkeypatch):
    corpus = docs(("a", "Reuters", "2025-02-18", WIRE), ("b", "AP", "2025-02-19", "Nothing to see here."))
    first = extract_corpus(corpus, cache_dir=tmp_path)
    calls = []
    real = extract.extract_document
    monkeypatch.setattr(extract, "extract_document", lambda *a, **k: calls.append(1) or real(*a, **k))
    second = extract_corpus(corpus, cache_dir=tmp_path)
    assert calls == [] and second.stats["cache_hits"] == 2
    assert first.statements.equals(second.statements)
    changed = corpus.copy()
    changed.loc[1, "text"] = "Meloni said Italy would not send troops to Ukraine."
    third = extract_corpus(changed, cache_dir=tmp_path)
    assert len(calls) == 1 and third.stats["extracted"] == 1
    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", "test-bump")
    extract_corpus(changed, cache_dir=tmp_path)
    assert len(calls) == 3  # a new extractor version re-extracts everything


def test_partitioned_extraction_equals_whole_corpus_extraction():
    corpus = read_table(SEED / "docs.jsonl")
    whole = extract_documents(corpus)
    parts = [extract_documents(corpus.iloc[i : i + 5]) for i in range(0, len(corpus), 5)]
    st = pd.concat([p[0] for p in parts], ignore_index=True)
    po = pd.concat([p[1] for p in parts], ignore_index=True)
    a = finalize(*whole).statements
    b = finalize(st, po).statements
    assert a.equals(b)


def test_cli_extract_writes_contract_tables(tmp_path):
    out = tmp_path / "out"
    assert (
        main(["extract", "--docs", str(SEED / "docs.jsonl"), "--out", str(out), "--data-dir", str(tmp_path)])
        == 0
    )
    st = pd.read_csv(out / "statements.csv")
    po = pd.read_parquet(out / "polls.parquet")
    assert set(STATEMENT_COLUMNS) <= set(st.columns) and {"stance_cue", "n_sources", "sources"} <= set(
        st.columns
    )
    assert set(POLL_COLUMNS) <= set(po.columns)
    assert pd.read_parquet(out / "statements.parquet")["statement_id"].tolist() == st["statement_id"].tolist()
    assert st["doc_id"].notna().all() and st["sentence"].notna().all() and st["outlet"].notna().all()


def test_cli_extract_defaults_to_the_data_dir(tmp_path):
    processed = tmp_path / "processed"
    processed.mkdir()
    read_table(SEED / "docs.jsonl").to_parquet(processed / "documents.parquet")
    assert main(["extract", "--data-dir", str(tmp_path)]) == 0
    assert (processed / "statements.parquet").exists() and (processed / "polls.csv").exists()
    assert (tmp_path / "cache" / "extract.sqlite").exists()


def test_cli_extract_without_documents_names_the_missing_file(tmp_path, capsys):
    assert main(["extract", "--data-dir", str(tmp_path)]) == 2
    assert "documents.parquet" in capsys.readouterr().err


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is not present")
def test_evaluate_figures_equal_the_shared_scorer(tmp_path, capsys):
    pred = tmp_path / "pred"
    assert (
        main(
            [
                "evaluate",
                "--gold",
                str(SHARED / "seed" / "gold"),
                "--docs",
                str(SHARED / "seed" / "docs.jsonl"),
                "--out",
                str(pred),
                "--json",
            ]
        )
        == 0
    )
    ours = json.loads(capsys.readouterr().out)
    # ours adds per-class figures and confusion matrices; every figure the shared scorer prints is equal
    labels = ours["statements"].pop("labels")
    assert set(labels) == {"stance", "deployment"} and labels["stance"]["confusion"]
    theirs = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            "--gold",
            str(SHARED / "seed" / "gold"),
            "--pred",
            str(pred),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ours == json.loads(theirs.stdout)


@pytest.mark.parametrize("gold", [SEED, DEV])
def test_scores_on_bundled_gold_sets_stay_above_targets(gold, tmp_path):
    pred = tmp_path / "pred"
    assert main(["evaluate", "--gold", str(gold), "--out", str(pred)]) == 0
    scores = score_dirs(gold, pred)
    st, po = scores["statements"], scores["polls"]
    assert st["f1"] >= 0.9 and st["country_acc"] >= 0.95 and st["date_acc"] >= 0.9
    assert st["stance_macro_f1"] >= 0.8 and st["deployment_acc"] >= 0.85 and po["f1"] >= 0.9


def test_second_topic_retargets_without_code():
    corpus = docs(
        (
            "a",
            "Reuters",
            "2024-07-11",
            "Ukraine's path to NATO membership is irreversible, NATO Secretary General Jens Stoltenberg said on "  # noqa: E501
            "Wednesday. Sending peacekeepers to Ukraine is not on the table, German Chancellor Olaf Scholz said.",  # noqa: E501
        )
    )
    nato = extract_corpus(corpus, topic="ukraine_nato_membership").statements
    troops = extract_corpus(corpus).statements
    # the cue rules' verdict in the topic's own label names when its file declares them (issue 11)
    from helpers.topics import load_topic

    to_topic = ((load_topic("ukraine_nato_membership").config.get("labels") or {}).get("stance") or {}).get(
        "from_cues"
    ) or {}
    assert nato[["speaker", "stance"]].values.tolist() == [
        ["Jens Stoltenberg", to_topic.get("support", "support")]
    ]
    assert troops["speaker"].tolist() == ["Olaf Scholz"]
    # the troops model says neutral for "not on the table" (read like "not on the agenda"); the cue rules,
    # one of its features, say oppose
    assert troops["stance"].iloc[0] in load_topic("ukraine_troops").stance_labels.names
    import dataclasses

    from helpers.extract.document import extract_document
    from helpers.extract.rules import compile_rules

    rows, _ = extract_document(corpus.iloc[0].to_dict(), dataclasses.replace(compile_rules(), labeller=None))
    assert [(r["speaker"], r["stance"]) for r in rows] == [("Olaf Scholz", "oppose")]


def test_a_topic_that_extends_another_labels_with_the_merged_config(tmp_path):
    """`extends:` gives the child every section it does not set, its labels' `from_cues` included: the
    cue rules' verdict lands on the parent's label names for a child with no model of its own."""
    child = tmp_path / "nato_child.yml"
    child.write_text(
        "name: nato_child\nextends: ukraine_nato_membership\nkeywords:\n  place: [Ukraine]\n  subject: [NATO]\n",
        encoding="utf-8",
    )
    corpus = docs(
        (
            "a",
            "Reuters",
            "2024-07-11",
            "Ukraine's path to NATO membership is irreversible, NATO Secretary General Jens Stoltenberg said on "  # noqa: E501
            "Wednesday.",
        )
    )
    rows = extract_corpus(corpus, topic=str(child)).statements
    assert rows[["speaker", "stance"]].values.tolist() == [["Jens Stoltenberg", "for_membership"]]


def test_cli_dask_engine_maps_documents_then_finalizes_like_local(tmp_path, monkeypatch):
    """`--engine dask` hands the per-document step to helpers.pipeline.engine and finalizes the same way."""
    import helpers.pipeline.engine

    seen = {"n": 0}

    def fake_map_units(func, units, *, engine, scheduler, **kwargs):  # the cluster, run here
        seen.update(topic=kwargs["topic"], scheduler=scheduler)
        seen["n"] += sum(len(u) for u in units)
        return [func(u, **kwargs) for u in units]

    monkeypatch.setattr(helpers.pipeline.engine, "PARTITION_SIZE", 4)
    monkeypatch.setattr(helpers.pipeline.engine, "map_units", fake_map_units)
    args = ["extract", "--docs", str(SEED / "docs.jsonl"), "--data-dir", str(tmp_path)]
    assert (
        main([*args, "--out", str(tmp_path / "dask"), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"])
        == 0
    )
    assert main([*args, "--out", str(tmp_path / "local"), "--no-cache"]) == 0
    assert seen == {"topic": "ukraine_troops", "scheduler": "tcp://127.0.0.1:1", "n": 24}
    dask_rows = pd.read_csv(tmp_path / "dask" / "statements.csv")
    local_rows = pd.read_csv(tmp_path / "local" / "statements.csv")
    assert dask_rows.equals(local_rows)


def test_finalize_validates_against_the_topics_own_label_sets(tmp_path):
    """A topic file that declares `labels:` (issue 11) is validated against them: its own stance
    names pass, other names are quarantined, and `deployment: null` means no deployment."""
    import yaml

    from helpers.topics import topic_path

    base = yaml.safe_load(topic_path("ukraine_nato_membership").read_text(encoding="utf-8"))
    base["labels"] = {
        "stance": {"values": [{"name": "for_membership"}, {"name": "no_position"}]},
        "deployment": None,
    }
    path = tmp_path / "membership_labels.yml"
    path.write_text(yaml.safe_dump(base), encoding="utf-8")
    from helpers.extract import raw_frame

    raw = raw_frame(
        [
            {
                "doc_id": "a",
                "date": "2024-07-10",
                "speaker": "Jens Stoltenberg",
                "stance": "for_membership",
                "deployment": None,
                "sentence": "NATO membership is irreversible, Stoltenberg said.",
                "published": "2024-07-11",
                "sentence_index": 0,
            },
            {
                "doc_id": "a",
                "date": "2024-07-10",
                "speaker": "Olaf Scholz",
                "stance": "support",
                "deployment": None,
                "sentence": "Scholz said yes.",
                "published": "2024-07-11",
                "sentence_index": 1,
            },
        ],
        "statements",
    )
    polls = raw_frame([], "polls")
    res = finalize(raw, polls, topic=str(path))
    assert res.statements["speaker"].tolist() == ["Jens Stoltenberg"]
    assert res.quarantined["statements"]["speaker"].tolist() == ["Olaf Scholz"]
    assert finalize(raw, polls).statements.empty  # the default schema knows no such labels
