"""A sentence that only points back ("This was stated by X") gives X the words of the sentence
before it (sentences invented for the tests)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.extract import extract_documents
from helpers.extract.back_reference import points_back

pytestmark = pytest.mark.unit


def rows(text: str) -> pd.DataFrame:
    docs = pd.DataFrame(
        [{"doc_id": "d", "url": None, "outlet": "Test", "published": "2025-03-05", "title": "", "text": text}]
    )
    return extract_documents(docs, "ukraine_troops")[0]


def test_the_speaker_named_after_a_position_holds_that_position():
    found = rows(
        "Latvia has no plans to send its troops to Ukraine as part of a peacekeeping force. "
        "This was stated by Latvian Foreign Minister Baiba Braze in an interview with LTV."
    )
    assert found["speaker"].tolist() == ["Baiba Braže"]
    assert found["stance"].tolist() == ["oppose"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("This was stated by Foreign Minister X in an interview.", True),
        ("It was announced by the minister on Monday.", True),
        ("He said this at a press conference in Riga.", True),
        ("X stated this, adding that nothing was decided.", True),
        ("He said this would be a mistake.", False),  # `this` opens the reported words
        ("This was a mistake, the minister said.", False),
        ("The plan was stated by officials to be final.", False),  # not a pointer to the sentence before
    ],
)
def test_what_points_back(sentence, expected):
    assert points_back(sentence) is expected
