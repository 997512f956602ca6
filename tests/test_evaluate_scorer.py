"""The package's scorer (helpers.extract.evaluate, `stance-tracker evaluate`) gives the shared scorer's
figures: attribution P/R/F1, country, date, stance accuracy and macro-F1, deployment, polls P/R/F1,
pollster and date. Checked on a gold set against predictions with every kind of error in them, without
running the extractor (the end-to-end comparison on the seed is in test_extract_pipeline.py)."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from helpers.extract.evaluate import per_document, score_dirs

ROOT = Path(__file__).resolve().parents[1]
SHARED_SCORER = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = ROOT / "data" / "gold" / "dev"


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write_csv(path: Path, rows: list[dict]) -> None:
    fields = list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def _predictions(out: Path) -> Path:
    """Gold rows with misses, spurious speakers, wrong labels, countries and dates, an accented and a
    duplicated speaker, and polls off by more and less than half a point."""
    out.mkdir()
    statements = []
    for i, g in enumerate(_read_jsonl(GOLD / "statements.jsonl")):
        if i % 7 == 0:
            continue  # missed
        row = dict(g)
        if i % 5 == 0:
            row["stance"] = {"support": "oppose", "oppose": "neutral"}.get(row["stance"], "support")
        if i % 6 == 0:
            row["country"] = "XX"
        if i % 4 == 0:
            row["date"] = "2023-01-01"
        if i % 9 == 0:
            row["deployment"] = "other"
        if i % 8 == 0:
            statements.append({**row, "stance": "neutral"})  # a neutral duplicate of the same speaker
        if i % 11 == 0:
            statements.append({**row, "speaker": "Somebody Else"})  # spurious
        statements.append(row)
    _write_csv(out / "statements.csv", statements)
    polls = []
    for i, g in enumerate(_read_jsonl(GOLD / "polls.jsonl")):
        polls.append(
            {**g, "share_support": g["share_support"] + (0.4 if i % 2 else 2.0), "pollster": "Other"}
        )
    _write_csv(out / "polls.csv", polls)
    return out


def _shared_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="../shared is not present")
def test_package_scorer_gives_the_shared_scorers_figures(tmp_path: Path) -> None:
    pred = _predictions(tmp_path / "pred")
    ours = score_dirs(GOLD, pred)
    ours["statements"].pop("labels")  # ours adds per-class figures and confusion matrices
    shared = _shared_scorer()
    theirs = {
        "statements": shared.score_statements(
            shared.read_jsonl(GOLD / "statements.jsonl"), shared.read_csv(pred / "statements.csv")
        ),
        "polls": shared.score_polls(
            shared.read_jsonl(GOLD / "polls.jsonl"), shared.read_csv(pred / "polls.csv")
        ),
    }
    assert ours == theirs
    st = ours["statements"]
    # the predictions really contain each kind of error, so equality covers every figure
    assert 0 < st["recall"] < 1 and 0 < st["precision"] < 1 and st["missed"] and st["spurious"]
    for key in ("country_acc", "date_acc", "stance_acc", "deployment_acc", "stance_macro_f1"):
        assert 0 < st[key] < 1, key
    assert 0 < ours["polls"]["f1"] < 1 and ours["polls"]["pollster_acc"] == 0


def test_merged_statement_is_scored_in_every_document_it_lists(tmp_path: Path) -> None:
    pred = tmp_path / "pred"
    pred.mkdir()
    _write_csv(
        pred / "statements.csv",
        [
            {"doc_id": "a", "speaker": "Olaf Scholz", "stance": "oppose", "doc_ids": '["a", "b"]'},
            {"doc_id": "c", "speaker": "Kaja Kallas", "stance": "support", "doc_ids": "not json"},
        ],
    )
    out = per_document(pred, tmp_path / "scored")
    with (out / "statements.csv").open(encoding="utf-8") as fh:
        rows = [(r["doc_id"], r["speaker"]) for r in csv.DictReader(fh)]
    assert rows == [("a", "Olaf Scholz"), ("b", "Olaf Scholz"), ("c", "Kaja Kallas")]
