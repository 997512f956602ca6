"""Statement dates on full article pages read through the collector's parser.

Why: on multi-paragraph pages (lead-ins, second verbs, pluperfect, `last <weekday>`, dated
events, off-topic paragraphs) dates went wrong far more often than on teasers. Each page in
tests/fixtures/dated_articles/ is hand-written (new wording, real 2024-2025 events) with the
date the codebook gives each speaker's statement in expected.json.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from helpers.collect.parse import parse_article
from helpers.extract import extract_corpus
from helpers.extract.sentences import split_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "dated_articles"
EXPECTED = {
    k: v for k, v in json.loads((FIXTURES / "expected.json").read_text()).items() if not k.startswith("_")
}


def _fold(name: str) -> str:
    """Accent-folded name, so `Store` in expected.json finds `Jonas Gahr Støre`."""
    return (
        unicodedata.normalize("NFKD", name.replace("ø", "o").replace("Ø", "O"))
        .encode("ascii", "ignore")
        .decode()
    )


def _document(name: str) -> dict:
    meta = EXPECTED[name]
    parsed = parse_article((FIXTURES / name).read_bytes(), url=meta["url"])
    return {
        "doc_id": name.removesuffix(".html"),
        "url": meta["url"],
        "outlet": meta["url"].split("/")[2],
        "published": parsed.published,
        "title": parsed.title,
        "text": parsed.text,
    }


@pytest.fixture(scope="module")
def statements() -> pd.DataFrame:
    # one page at a time: cross-document dedup may rightly merge the same remark reported by two pages
    frames = [extract_corpus(pd.DataFrame([_document(name)])).statements for name in EXPECTED]
    return pd.concat(frames, ignore_index=True)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_parser_keeps_paragraphs_and_publication_date(name: str) -> None:
    doc = _document(name)
    assert doc["published"] == EXPECTED[name]["published"]
    text = doc["text"]
    assert text.count("\n") >= 4, "paragraph breaks must survive into the document text"
    assert "All rights reserved" not in text and "Newsletters" not in text  # boilerplate dropped
    # no sentence spans a paragraph break
    assert all("\n" not in s.text for s in split_sentences(text))


def test_split_sentences_numbers_paragraphs() -> None:
    sents = split_sentences("A met B on Monday. He left.\nX said so. Y agreed.\n\nZ spoke.")
    assert [s.paragraph for s in sents] == [0, 0, 1, 1, 2]


@pytest.mark.parametrize(
    ("name", "speaker"), [(n, s) for n in sorted(EXPECTED) for s in sorted(EXPECTED[n]["dates"])]
)
def test_statement_date_on_article_page(statements: pd.DataFrame, name: str, speaker: str) -> None:
    meta = EXPECTED[name]
    rows = statements[
        statements["doc_ids"]
        .fillna(statements["doc_id"])
        .astype(str)
        .str.contains(name.removesuffix(".html"))
        & statements["speaker"].map(_fold).str.contains(_fold(speaker), regex=False)
    ]
    assert len(rows) == 1, f"{name}: expected one statement by {speaker}, got {len(rows)}"
    row = rows.iloc[0]
    assert row["date"] == meta["dates"][speaker], (
        f"{name}: {speaker} dated {row['date']} ({row.get('date_source')}), expected "
        f"{meta['dates'][speaker]} because: {meta['why'][speaker]}\n{row['sentence']}"
    )
