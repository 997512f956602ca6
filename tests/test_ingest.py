"""The bundled corpus becomes one document per distinct teaser line, with manifest provenance."""

import json
from pathlib import Path

import pytest

from helpers.collect import ingest_feed
from helpers.schemas import validate_or_quarantine
from helpers.tables import InputError

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT / "src" / "helpers" / "resources" / "seed" / "feed.txt"
MANIFEST = ROOT / "src" / "helpers" / "resources" / "seed" / "manifest.csv"
SHARED_SEED = ROOT.parent / "shared" / "seed"


def test_each_distinct_line_is_one_document_and_duplicates_list_both_sources() -> None:
    docs = ingest_feed(FEED, MANIFEST)
    non_empty = [line for line in FEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(non_empty) == 24
    assert len(docs) == len(set(non_empty)) == 23
    dup = docs.set_index("doc_id").loc["seed-03"]
    assert dup["n_sources"] == 2
    assert [s["line"] for s in json.loads(dup["sources"])] == [3, 4]
    assert "seed-04" not in set(docs["doc_id"])


def test_documents_carry_manifest_dates_and_validate() -> None:
    docs = ingest_feed(FEED, MANIFEST).set_index("doc_id")
    assert docs.loc["seed-05", "published"] == "2025-03-11"
    assert docs.loc["seed-07", "published"] is None  # the manifest leaves it empty: never guessed
    valid, bad = validate_or_quarantine(docs.reset_index(), "documents")
    assert len(valid) == 23 and bad.empty


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="../shared not present")
def test_bundled_raw_is_byte_identical_and_matches_shared_doc_ids() -> None:
    assert FEED.read_bytes() == (SHARED_SEED / "feed.txt").read_bytes()
    assert MANIFEST.read_bytes() == (SHARED_SEED / "manifest.csv").read_bytes()
    shared = [
        json.loads(line) for line in (SHARED_SEED / "docs.jsonl").read_text().splitlines() if line.strip()
    ]
    ours = ingest_feed(FEED, MANIFEST).set_index("doc_id")
    for doc in shared:
        if doc["doc_id"] in ours.index:
            assert ours.loc[doc["doc_id"], "text"] == doc["text"]
            assert ours.loc[doc["doc_id"], "published"] == doc["published"]


def test_a_feed_line_without_manifest_row_is_an_error_naming_the_line(tmp_path: Path) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text("\nfirst teaser\nsecond teaser\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("line,url,outlet,published\n2,https://a.example/1,A,2025-01-01\n", encoding="utf-8")
    with pytest.raises(InputError, match="no row for line 3"):
        ingest_feed(feed, manifest)


def test_a_feed_that_is_not_utf8_is_an_error_naming_the_file(tmp_path: Path) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_bytes(b"\ncaf\xe9 teaser\n")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("line,url,outlet,published\n2,,A,2025-01-01\n", encoding="utf-8")
    with pytest.raises(InputError, match="feed.txt: not UTF-8"):
        ingest_feed(feed, manifest)
