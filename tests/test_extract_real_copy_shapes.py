"""Attribution shapes read in real scraped copy (issue 12, twelfth round): each test is one generic
mechanism, with a case that must give a row and one that must not (sentences invented for the
tests)."""

from __future__ import annotations

import pytest

from conftest import speakers_in

pytestmark = pytest.mark.unit

LEAD = (
    "French President Emmanuel Macron said on Monday that sending troops to Ukraine could not be ruled out. "
)


def speakers(text: str, topic: str = "ukraine_troops") -> list[str]:
    return speakers_in(text, topic, published="2024-02-28")


def test_an_adverb_between_auxiliary_and_negation_keeps_the_frame():
    text = "Britain and France are considering sending peacekeepers to Ukraine. Swedish Prime Minister Ulf Kristersson has also not ruled out the possibility."
    assert speakers(text) == ["Ulf Kristersson"]
    # no position: a comment not given
    assert speakers(LEAD + "Swedish Prime Minister Ulf Kristersson has also not commented.") == [
        "Emmanuel Macron"
    ]


def test_a_reporting_verb_after_a_verb_of_haste():
    assert speakers(
        "France's defence minister rushed to clarify that any troops sent to Ukraine would not fight."
    ) == ["Sébastien Lecornu"]
    assert speakers(
        "The German foreign minister was quick to point out that no troops would be sent to Ukraine."
    ) == ["Annalena Baerbock"]
    # a trip, not words
    assert speakers(
        LEAD + "The German foreign minister rushed to Paris for talks on troops for Ukraine."
    ) == ["Emmanuel Macron"]


def test_a_colon_and_a_quotation_after_a_copula_or_an_irregular_past():
    assert speakers(
        LEAD + "Marine Le Pen took to X on Tuesday to state: “Sending troops to Ukraine is madness.”"
    ) == [
        "Emmanuel Macron",
        "Marine Le Pen",
    ]
    assert speakers(
        LEAD + "Italian Prime Minister Giorgia Meloni was blunt: “No Italian soldiers will go to Ukraine.”"
    ) == [
        "Emmanuel Macron",
        "Giorgia Meloni",
    ]
    # the quotation is the relative clause's speaker's, not the subject's
    assert speakers(
        LEAD
        + "Meloni met Polish Prime Minister Donald Tusk, who told her: “No Polish troops will go to Ukraine.”"
    ) == ["Donald Tusk", "Emmanuel Macron"]


def test_a_participle_of_speech_after_by():
    assert speakers(
        "Macron had stirred controversy last month by suggesting that troops could be sent to Ukraine."
    ) == ["Emmanuel Macron"]
    # "by" and a noun is no way of speaking
    assert speakers(LEAD + "Donald Tusk won the vote on troops for Ukraine by a wide margin.") == [
        "Emmanuel Macron"
    ]


def test_what_a_person_said_named_by_its_author_after_by():
    assert speakers(
        "The warnings followed comments by Polish Foreign Minister Radosław Sikorski about sending troops to Ukraine."
    ) == ["Radosław Sikorski"]
    # comments without what they were about report no position
    assert speakers(
        "“Troops for Ukraine are not on the cards,” Swedish Prime Minister Ulf Kristersson said, "
        "reacting to comments by French President Emmanuel Macron."
    ) == ["Ulf Kristersson"]


def test_two_offices_sharing_one_plural_head():
    assert speakers(
        LEAD
        + "France's defence and foreign ministers rushed to clarify that any troops sent to Ukraine would not fight."
    ) == ["Emmanuel Macron", "Stéphane Séjourné", "Sébastien Lecornu"]
    assert speakers("The German and Polish foreign ministers said troops would not be sent to Ukraine.") == [
        "Annalena Baerbock",
        "Radosław Sikorski",
    ]
    # a plural office alone names nobody
    assert speakers("European foreign ministers said troops would not be sent to Ukraine.") == []


def test_people_listed_under_a_lead_that_states_their_position():
    items = "\n\n  • Swedish Prime Minister Ulf Kristersson,\n  • Czech Prime Minister Petr Fiala,\n  • Polish Prime Minister Donald Tusk.\n"
    text = LEAD + "The following officials ruled out sending troops to Ukraine:" + items
    assert speakers(text) == ["Donald Tusk", "Emmanuel Macron", "Petr Fiala", "Ulf Kristersson"]
    # a lead with no position (attending) lists no speakers
    text = LEAD + "The following officials attended the Paris meeting on troops for Ukraine:" + items
    assert speakers(text) == ["Emmanuel Macron"]
    # an item that says more than a name and a title is not a bare name
    text = (
        LEAD
        + "The following officials ruled out sending troops to Ukraine:\n\n  • Ulf Kristersson, who met Fiala in Prague on Monday,\n"
    )
    assert speakers(text) == ["Emmanuel Macron"]


@pytest.mark.parametrize(
    "neighbour",
    [
        "Secretary-General Mark Rutte said it was a path to NATO that could not be reversed.",
        "House Speaker Mike Johnson said he would put a $60 billion request to a vote.",
    ],
)
def test_the_alliance_door_and_money_do_not_carry_the_topic_over(neighbour: str):
    # a sentence on the debate's neighbours (the alliance's door, aid money) is off the topic,
    # however close it stands to a sentence on the troops
    assert speakers(LEAD + neighbour) == ["Emmanuel Macron"]
    # a sentence with no subject of its own still takes the topic of the sentence before
    speaker = neighbour.split(" said ")[0].split()[-2:]
    assert speakers(LEAD + " ".join(speaker) + " said he supported the idea.") == sorted(
        ["Emmanuel Macron", " ".join(speaker)]
    )
