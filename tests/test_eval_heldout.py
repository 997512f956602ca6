"""End to end on held-out article pages: serve -> `stance-tracker collect` -> `stance-tracker extract`.

Protects the path the held-out evaluation measures (benchmarks/eval_heldout.py runs it through
tools/heldout_pipeline.py, which this test imports; tests never import benchmarks): real-looking pages
fetched over HTTP from 127.0.0.1 must come out as statement rows that keep their provenance, and the
URL-keyed page gold must map onto the doc_ids the collector assigns. No quality thresholds here: the
figures are reported in docs/evaluation.md.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import heldout_pipeline as ev
import pandas as pd
import pytest

from helpers.extract.evaluate import per_document

ROOT = Path(__file__).resolve().parents[1]
PAGES_DIR = ROOT / "data" / "gold" / "pages"
# Pages whose gold speakers are named plainly with a title (the plumbing, not the hard cases).
SELECTED = (
    "err-pevkur-reassurance-force.html",
    "notesfrompoland-tusk-duda-ibris.html",
    "ansa-meloni-tajani-un-mission.html",
    "moscowtimes-kremlin-peacekeepers.html",
)


def _surname(name: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return folded.lower().split()[-1] if folded.split() else ""


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    pages = [p for p in ev.read_manifest() if p["file"] in SELECTED]
    assert len(pages) == len(SELECTED), "held-out page manifest is missing selected pages"
    data, documents, url_to_doc = ev.run_pages_pipeline(pages, tmp_path_factory.mktemp("heldout_pages"))
    statements = pd.read_csv(data / "processed" / "statements.csv", dtype=str, keep_default_na=False)
    gold = [
        json.loads(line)
        for line in (PAGES_DIR / "statements.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    gold = [g for g in gold if g["url"] in {p["url"] for p in pages}]
    return pages, documents, url_to_doc, statements, gold


def test_every_served_page_becomes_one_document_mapped_by_url(pipeline):
    pages, documents, url_to_doc, _, _ = pipeline
    assert set(url_to_doc) == {p["url"] for p in pages}
    assert len(set(url_to_doc.values())) == len(pages)
    published = documents.set_index(documents["doc_id"].astype(str))["published"].astype(str).str[:10]
    for p in pages:
        assert published[url_to_doc[p["url"]]] == ev.published_date(PAGES_DIR / p["file"])


def test_statement_rows_for_pages_keep_provenance(pipeline):
    pages, documents, url_to_doc, statements, _ = pipeline
    page_docs = set(url_to_doc.values())
    rows = statements[statements["doc_id"].isin(page_docs)]
    assert len(rows), "no statement rows came out of the held-out pages"
    texts = documents.set_index(documents["doc_id"].astype(str))["text"].map(_squash)
    for _, row in rows.iterrows():
        for column in ("doc_id", "url", "outlet", "sentence"):
            assert row[column].strip(), f"{row['doc_id']} {row['speaker']}: empty {column}"
        assert _squash(row["sentence"]) in texts[row["doc_id"]], f"sentence not found in {row['doc_id']}"
        assert "127.0.0.1" in row["url"] or row["url"] in {p["url"] for p in pages}


def test_each_page_yields_a_row_for_one_of_its_gold_speakers(pipeline):
    pages, _, url_to_doc, statements, gold = pipeline
    for p in pages:
        doc_id = url_to_doc[p["url"]]
        speakers = {
            _surname(s) for s in statements.loc[statements["doc_id"] == doc_id, "speaker"] if s.strip()
        }
        wanted = {_surname(g["speaker"]) for g in gold if g["url"] == p["url"]}
        assert speakers & wanted, f"{p['file']}: none of the gold speakers {sorted(wanted)} has a row"


def test_page_gold_is_rewritten_with_collected_doc_ids(pipeline, tmp_path):
    pages, _, url_to_doc, _, gold = pipeline
    ev.write_page_gold(pages, url_to_doc, tmp_path)
    rows = [
        json.loads(line) for line in (tmp_path / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(rows) == len(gold)
    assert {r["doc_id"] for r in rows} <= set(url_to_doc.values())
    missing = {p["url"]: "" for p in pages[:1]}
    ev.write_page_gold(pages, {u: d for u, d in url_to_doc.items() if u not in missing}, tmp_path)
    lost = [
        json.loads(line) for line in (tmp_path / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert any(r["doc_id"].startswith(ev.MISSING_DOC) for r in lost), (
        "a lost page's gold must still count as missed"
    )


def test_merged_cross_document_statement_is_scored_in_every_source_document(tmp_path):
    pred = tmp_path / "pred"
    pred.mkdir()
    pd.DataFrame(
        [
            {"doc_id": "a", "speaker": "Olaf Scholz", "stance": "oppose", "doc_ids": '["a", "b"]'},
            {"doc_id": "c", "speaker": "Kaja Kallas", "stance": "support", "doc_ids": '["c"]'},
        ]
    ).to_csv(pred / "statements.csv", index=False)
    out = per_document(pred, tmp_path / "scored")
    rows = pd.read_csv(out / "statements.csv", dtype=str)
    assert sorted(zip(rows["doc_id"], rows["speaker"], strict=True)) == [
        ("a", "Olaf Scholz"),
        ("b", "Olaf Scholz"),
        ("c", "Kaja Kallas"),
    ]
