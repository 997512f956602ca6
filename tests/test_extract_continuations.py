"""A statement that continues the debate without naming it, and a speaker's current office (issue 12,
thirteenth round): each test is one generic mechanism, with a case that must give a row and one
that must not (sentences invented for the tests)."""

from __future__ import annotations

import pytest

from conftest import speakers_in

pytestmark = pytest.mark.unit

LEAD = (
    "French President Emmanuel Macron said on Monday that sending troops to Ukraine could not be ruled out. "
)
OFF_TOPIC = "The central bank kept interest rates on hold on Thursday, the statistics office said. "


def speakers(text: str) -> list[str]:
    return speakers_in(text, published="2024-02-28")


def test_a_verb_that_repeats_a_position_points_back_to_it():
    assert speakers(LEAD + "Karl Vogt, the deputy head of the council, echoed the call in his own post.") == [
        "Emmanuel Macron",
        "Karl Vogt",
    ]
    # after another subject, echoing a warning carries no troops
    assert (
        speakers(OFF_TOPIC + "Karl Vogt, the deputy head of the council, echoed the warning in his own post.")
        == []
    )


def test_ruling_anything_out_points_back_to_the_subject_at_hand():
    assert speakers(LEAD + "Prime Minister Anna Berg has refused to rule anything out either.") == [
        "Anna Berg",
        "Emmanuel Macron",
    ]
    assert speakers(OFF_TOPIC + "Its governor, Anna Berg, has refused to rule anything out.") == []


def test_an_adverb_of_time_between_auxiliary_and_participle_keeps_the_frame():
    text = "Britain and France are considering sending peacekeepers to Ukraine. "
    assert speakers(text + "Prime Minister Anna Berg has so far warned against sending troops.") == [
        "Anna Berg"
    ]
    assert speakers(text + "Prime Minister Anna Berg has thus far signalled openness to sending troops.") == [
        "Anna Berg"
    ]
    # no position: a comment not given, with or without the adverb
    assert speakers(text + "Prime Minister Anna Berg has so far refused to comment on sending troops.") == []
    assert speakers(text + "Prime Minister Anna Berg has refused to comment on sending troops.") == []


def test_a_former_official_who_holds_an_office_now_keeps_the_row():
    now = "Jonas Berglund, the former prime minister who now leads the largest opposition party, ruled out sending troops to Ukraine."
    assert speakers(now) == ["Jonas Berglund"]
    also = "Jonas Berglund, a former president who is now deputy chairman of the security council, ruled out sending troops to Ukraine."
    assert speakers(also) == ["Jonas Berglund"]
    # former, and nothing since: no row (codebook)
    assert speakers("Jonas Berglund, the former prime minister, ruled out sending troops to Ukraine.") == []
    # a job now that is no office
    consultant = "Jonas Berglund, a former minister who now works as a consultant, ruled out sending troops to Ukraine."
    assert speakers(consultant) == []


def test_an_owners_move_points_back():
    text = (
        LEAD
        + "Maria Lindqvist, who chairs the defence committee, praised the French president's move in remarks to a newspaper."
    )
    assert speakers(text) == ["Emmanuel Macron", "Maria Lindqvist"]
    transfer = (
        OFF_TOPIC + "Maria Lindqvist, who chairs the defence committee, praised the striker's move to Madrid."
    )
    assert speakers(transfer) == []


def test_a_former_holder_of_an_office_is_not_its_holder_that_day():
    quote = '"We should not rule out sending troops to Ukraine," '
    # the office's holder on the document's day (February 2024)
    assert speakers(quote + "the Estonian prime minister said on Monday.") == ["Kaja Kallas"]
    # a former holder is not who holds it that day: no row rather than the wrong person
    assert speakers(quote + "the former Estonian prime minister said on Monday.") == []
    assert speakers(quote + "the ex-prime minister of Estonia said on Monday.") == []


def test_a_surname_resolves_to_a_person_introduced_with_an_office_appositive():
    # a first name no list knows, and the office right after the name: "Volodin" later is that person
    text = (
        LEAD + "The first to answer was Vyacheslav Volodin, the speaker of the Duma. "
        '"Sending troops to Ukraine would end in disaster," Volodin wrote on Telegram.'
    )
    assert speakers(text) == ["Emmanuel Macron", "Vyacheslav Volodin"]
    # the appositive is a place's office, not the pair's: no person introduced, no row
    office = (
        LEAD + "Reporters waited at Bankova Gorod, the president's office, all day. "
        '"Sending troops to Ukraine would end in disaster," Gorod wrote on Telegram.'
    )
    assert speakers(office) == ["Emmanuel Macron"]


def test_a_name_coordinated_before_a_titled_name_speaks_too():
    text = "Donald Tusk and Conservative party leader Gabrielius Landsbergis said troops could be sent to Ukraine."
    assert speakers(text) == ["Donald Tusk", "Gabrielius Landsbergis"]
    # a clause of its own before "and": its subject is no coordinated speaker
    spoke = "Donald Tusk arrived first, and Conservative party leader Gabrielius Landsbergis said troops could be sent to Ukraine."
    assert speakers(spoke) == ["Gabrielius Landsbergis"]


def test_a_titled_name_after_a_preposition_is_a_pronouns_antecedent():
    lead = "Sending troops to Ukraine is back on the agenda in Prague. "
    text = (
        lead + "Just look at Senate Speaker Jan Novak. He said sending troops to Ukraine was not an option."
    )
    assert speakers(text) == ["Jan Novak"]
    # a place after a preposition is still no antecedent
    place = lead + "The talks were held at Novak Hall. He said sending troops to Ukraine was not an option."
    assert speakers(place) == []
