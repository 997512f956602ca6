"""Page furniture in scraped text (link lists, one-link lines, reader comments) gives no rows,
while the article's own sentences, and prose that merely follows such a block, still do
(sentences invented for the tests)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.extract import extract_documents
from helpers.extract.furniture import blank_furniture, furniture_spans

pytestmark = pytest.mark.unit

BODY = (
    "Estonian Defence Minister Hanno Pevkur said on Monday that Estonia was ready to contribute "
    "soldiers to a reassurance force in Ukraine.\n\n"
)


def speakers(text: str) -> list[str]:
    docs = pd.DataFrame(
        [{"doc_id": "d", "url": None, "outlet": "Test", "published": "2025-03-05", "title": "", "text": text}]
    )
    rows, _ = extract_documents(docs, "ukraine_troops")
    return sorted(rows["speaker"].tolist()) if len(rows) else []


def test_a_list_of_links_under_a_label_gives_no_rows():
    text = (
        BODY + "Read also\n"
        "- Macron says European troops could be sent to Ukraine after a ceasefire\n"
        "- Meloni rules out Italian soldiers in Ukraine\n\n"
        "Italian Prime Minister Giorgia Meloni said on Tuesday that Italy would not send soldiers to Ukraine.\n"
    )
    # the list's headlines are links; the paragraph after the list is the article again
    assert speakers(text) == ["Giorgia Meloni", "Hanno Pevkur"]


def test_one_link_lines_give_no_rows_but_a_live_blog_label_does():
    text = (
        BODY + "RELATED: Tusk says Poland will not send troops to Ukraine\n\n"
        "Read more: Sanchez: Spain open to a peacekeeping mission in Ukraine\n\n"
        "LATEST: Swedish Prime Minister Ulf Kristersson said Sweden could send troops to Ukraine.\n"
    )
    assert speakers(text) == ["Hanno Pevkur", "Ulf Kristersson"]


def test_reader_comments_at_the_end_give_no_rows():
    text = BODY + "Comments (2)\nJohn Smith\nScholz says no troops will go to Ukraine, and he is right.\n"
    assert speakers(text) == ["Hanno Pevkur"]


def test_a_comments_counter_near_the_top_is_not_the_comments():
    text = (
        "Comments (12)\n"
        + BODY
        + "Finnish President Alexander Stubb said peacekeepers could go to Ukraine.\n"
    )
    assert speakers(text) == ["Alexander Stubb", "Hanno Pevkur"]


def test_blanking_keeps_every_offset():
    text = BODY + "See also:\n• Minister says no\n\nThe debate goes on."
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    assert blanked.count("\n") == text.count("\n")
    assert blanked.startswith(BODY) and blanked.endswith("The debate goes on.")
    assert "Minister says no" not in blanked
    assert furniture_spans("No line breaks here. Read more: nothing.") == []
