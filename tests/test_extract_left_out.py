"""What a sentence leaves out, where a name stands and whose document it is (issue 12, fourteenth
round): each test is one generic mechanism, with a case that must give a row and one that must not
(sentences invented for the tests)."""

from __future__ import annotations

import pytest

from conftest import speakers_in

pytestmark = pytest.mark.unit

LEAD = "Britain and France said on Monday they were ready to send troops to Ukraine after a ceasefire. "


def speakers(text: str, topic: str = "ukraine_troops") -> list[str]:
    return speakers_in(text, topic)


def test_a_subject_the_narrator_says_was_left_out_makes_no_statement():
    left_out = (
        "President Anna Berg reaffirmed her country's support for Ukraine, without going into the question of troops.",
        "President Anna Berg spoke about trade and did not address the question of soldiers in Ukraine.",
        "President Anna Berg made no mention of troops for Ukraine in her speech.",
    )
    for sentence in left_out:
        assert speakers(LEAD + sentence) == [], sentence
    # the same words inside the speaker's quotation report her own talks; a left-out subject that is
    # not the topic leaves the topic's words to count
    assert speakers(
        LEAD
        + '"We did not address the question of sending soldiers to Ukraine today," President Anna Berg said.'
    ) == ["Anna Berg"]
    assert speakers(
        LEAD + "President Anna Berg did not mention trade, but said soldiers could be sent to Ukraine."
    ) == ["Anna Berg"]
    # after a closed curly quotation the narrator speaks again
    assert (
        speakers(
            LEAD + "“We stand with Ukraine,” said Anna Berg, who did not address the question of troops."
        )
        == []
    )


def test_a_name_after_a_place_preposition_is_where_not_who():
    text = '"This is the place that Anna Berg, even in the debate in Las Vegas, said was a success."'
    assert "Las Vegas" not in speakers(text, "all")
    # a possessive after "in" still speaks
    assert speakers('In Anna Berg\'s words, "the plan is a success," she said.', "all") == ["Anna Berg"]
    assert speakers("Speaking in Geneva, Anna Berg said the plan was a success.", "all") == ["Anna Berg"]


def test_the_author_of_a_document_something_is_according_to_is_its_source():
    for shape in (
        "according to calculations by Anna Berg of the Institute of Technology",
        "according to a lawsuit filed in Manhattan by Anna Berg, a former minister",
        "according to a 2013 study by economists Anna Berg and Karl Vogt",
        "according to documents from Anna Berg",
    ):
        assert speakers(f"A living wage is about $12 an hour, {shape}.", "all")[:1] == ["Anna Berg"], shape
    # an agent inside the description, or a clause, is not the document's author
    assert (
        speakers("The plan fails, according to a report by the committee chaired by Anna Berg.", "all") == []
    )
    assert speakers("The plan fails, according to a report by officials who met Anna Berg.", "all") == []


def test_a_party_tag_between_name_and_colon_keeps_the_speaker():
    assert speakers('Rep. Ada Lind (R-S.C.): "I have not heard anyone cite that figure."', "all") == [
        "Ada Lind"
    ]
    assert speakers(
        'Senate Leader Ada Lind, R-Ky., delivered a blunt message to Tom Reed: "It is time to stop."', "all"
    ) == ["Ada Lind"]
    # the tag's comma still opens a relative clause, and a colon after an object's tag is not the subject's
    assert speakers(
        "Sen. Ada Lind, R-Ill., who faces a tough race, withdrew her endorsement of Tom Reed, saying he lacks "
        "the temperament.",
        "all",
    ) == ["Ada Lind"]
    assert speakers('Ada Lind met Rep. Tom Reed (R-S.C.) on Monday: "a good meeting".', "all") != ["Tom Reed"]
    # and an appositive after the tag still stands between the name and its verb
    assert speakers(
        "Sen. Ada Lind, R-S.C., a long-shot presidential candidate, said the plan is overselling its successes.",
        "all",
    ) == ["Ada Lind"]


def test_as_x_puts_it_in_the_present_is_a_frame():
    assert speakers('As the columnist Ada Lind puts it, "Senate Republicans are unmoved."', "all") == [
        "Ada Lind"
    ]
    assert speakers('As The Post\'s Ada Lind puts it, "Senate Republicans are unmoved."', "all") == [
        "Ada Lind"
    ]
    # "puts it" of a thing set aside is no speech
    assert speakers("Ada Lind puts it aside every morning.", "all") == []


def test_put_it_of_a_thing_set_aside_is_no_speech():
    assert speakers("Ada Lind put it to reporters bluntly: the plan is dead.", "all") == ["Ada Lind"]
    assert speakers('As Ada Lind put it in a statement, the network is "a different view".', "all") == [
        "Ada Lind"
    ]
    assert speakers("Ada Lind put it on hold until the spring.", "all") == []
    assert speakers("Ada Lind put it to a vote on Monday.", "all") == []
