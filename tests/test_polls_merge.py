"""Merging imported polls with polls found in the news: one row per poll, conflicts flagged."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from conftest import poll_row
from helpers.polls import build_merged_table, import_polls, merge_polls
from helpers.polls.merge import same_pollster
from helpers.tables import read_table, write_table

FIXTURES = Path(__file__).parent / "fixtures" / "polls"


def news_poll(**overrides) -> dict:
    """A poll row as extraction writes it to processed/polls.parquet (the shared conftest row)."""
    return poll_row(**overrides)


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> pd.DataFrame:
    data = tmp_path_factory.mktemp("data")
    return import_polls([FIXTURES / "encyclopedia_page.html"], data_dir=data, merge=False).imported


def test_imported_poll_and_the_same_poll_in_the_news_become_one_row_with_two_sources(imported):
    merged = merge_polls(pd.DataFrame([news_poll()]), imported)
    assert len(merged) == len(imported)  # the news poll joined its imported twin
    row = merged[merged["source_kinds"] == "import,news"]
    assert len(row) == 1
    row = row.iloc[0]
    assert row["n_sources"] == 2 and row["pollster"] == "Forsa" and row["share_support"] == 46
    assert row["doc_id"] == "doc-forsa" and json.loads(row["doc_ids"]) == ["doc-forsa"]
    kinds = sorted(s["source_kind"] for s in json.loads(row["sources"]))
    assert kinds == ["import", "news"]
    assert not row["has_conflict"]
    assert row["fieldwork_start"] == "2025-03-04"  # from the release; the news row had none


def test_near_miss_with_a_different_pollster_stays_two_rows(imported):
    merged = merge_polls(pd.DataFrame([news_poll(pollster="Allensbach")]), imported)
    assert len(merged) == len(imported) + 1
    assert set(merged["source_kinds"]) == {"import", "news"}


def test_news_poll_far_from_the_fieldwork_dates_stays_apart(imported):
    merged = merge_polls(pd.DataFrame([news_poll(date="2025-04-20", published="2025-04-20")]), imported)
    assert len(merged) == len(imported) + 1


def test_small_disagreement_is_merged_but_flagged_with_both_values(imported):
    merged = merge_polls(pd.DataFrame([news_poll(share_oppose=45.0)]), imported)
    row = merged[merged["source_kinds"] == "import,news"].iloc[0]
    assert row["has_conflict"]
    assert "share_oppose: 44" in row["conflicts"] and "45 (news Example News)" in row["conflicts"]
    values = sorted(s["share_oppose"] for s in json.loads(row["sources"]))
    assert values == [44.0, 45.0]


def test_larger_disagreement_is_kept_apart_and_flagged_as_possible_duplicate(imported):
    merged = merge_polls(pd.DataFrame([news_poll(share_support=49.0)]), imported)
    assert len(merged) == len(imported) + 1
    news = merged[merged["source_kinds"] == "news"].iloc[0]
    assert news["possible_duplicate_of"] and "3 points apart" in news["possible_duplicate_of"]
    twin = merged[merged["poll_id"] == news["possible_duplicate_of"].split(" ")[0]].iloc[0]
    assert twin["pollster"] == "Forsa" and news["poll_id"] in twin["possible_duplicate_of"]


def test_two_questions_of_one_poll_are_never_merged_with_each_other(imported):
    forsa = imported[(imported["pollster"] == "Forsa") & (imported["fieldwork_start"] == "2025-03-04")]
    assert forsa["question_id"].nunique() == 2
    merged = merge_polls(None, imported)
    assert len(merged) == len(imported)
    assert merged["possible_duplicate_of"].isna().all()


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Forsa for RTL", "Forsa", True),
        ("Infratest dimap", "infratest-dimap", True),
        ("YouGov", "Ipsos", False),
        ("Voxmeter", "Epinion", False),
        (None, "Forsa", False),
    ],
)
def test_pollster_names_are_compared_without_client_and_punctuation(a, b, same):
    assert same_pollster({"pollster": a}, {"pollster": b}) is same


def test_build_merged_table_reads_both_tables_and_writes_the_merged_one(tmp_path):
    import_polls([FIXTURES / "encyclopedia_page.html"], data_dir=tmp_path, merge=False)
    bad = news_poll(
        poll_id="news-poll-2",
        doc_id="doc-2",
        pollster="Civey",
        share_support=70.0,
        share_oppose=40.0,
        fieldwork_end="2025-05-01",
        date="2025-04-01",
    )
    write_table(pd.DataFrame([news_poll(), bad]), tmp_path / "processed", "polls")
    merged = build_merged_table(tmp_path)
    on_disk = read_table(tmp_path / "processed" / "polls_merged.parquet")
    assert len(merged) == len(on_disk) == 7
    assert (merged["source_kinds"] == "import,news").sum() == 1
    quarantine = pd.read_csv(tmp_path / "processed" / "quarantine" / "polls_merged.csv")
    assert list(quarantine["poll_id"]) == ["news-poll-2"]
    assert "exceeds 100" in quarantine.iloc[0]["reason"]


def test_build_merged_table_with_no_polls_writes_an_empty_table(tmp_path):
    merged = build_merged_table(tmp_path)
    assert merged.empty and (tmp_path / "processed" / "polls_merged.parquet").exists()


def test_poll_extracted_from_a_news_document_merges_with_the_release(imported):
    extract = pytest.importorskip("helpers.extract")
    docs = pd.DataFrame(
        [
            {
                "doc_id": "news-1",
                "url": "https://news.example/forsa",
                "outlet": "Example News",
                "published": "2025-03-06",
                "title": "Germans split on sending soldiers to secure a Ukraine ceasefire, poll shows",
                "text": "Some 46% of Germans would support German soldiers taking part in a force to secure "
                "a ceasefire in Ukraine, while 44% are against, according to a Forsa poll for RTL published "
                "on Thursday.",
            }
        ]
    )
    _, polls = extract.extract_documents(docs)
    if polls.empty:
        pytest.skip("the news extractor found no poll in the sentence (extraction recall, not merging)")
    polls = polls.assign(poll_id=[f"np-{i}" for i in range(len(polls))])
    merged = merge_polls(polls, imported)
    row = merged[merged["source_kinds"] == "import,news"]
    assert len(row) == 1 and row.iloc[0]["n_sources"] == 2
