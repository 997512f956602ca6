"""Polls in news text, read a document at a time (invented sentences in the shapes real copy uses)."""

from __future__ import annotations

import pytest

from helpers.extract.polls_figures import find_shares
from helpers.extract.polls_text import find_document_polls
from helpers.extract.rules import compile_rules
from helpers.extract.sentences import split_sentences


@pytest.fixture(scope="module")
def rules():
    return compile_rules()


def polls(text: str, rules, published: str = "2025-03-14") -> list[dict]:
    return find_document_polls(split_sentences(text), rules, published)


def shares(row: dict) -> tuple:
    return (row["country"], row["share_support"], row["share_oppose"], row["share_dont_know"])


def test_a_poll_spread_over_clauses_and_sentences(rules):
    (p,) = polls(
        "Most Norwegians would back a Norwegian role in a peace force for Ukraine. A new survey found 48% back "  # noqa: E501
        "Norwegian soldiers joining such a force, with 31% opposed. Another 21 percent were undecided. The poll "  # noqa: E501
        "was carried out by Acme Research for the Daily Example and published on Tuesday.",
        rules,
    )
    assert shares(p) == ("NO", 48.0, 31.0, 21.0)
    assert p["pollster"] == "Acme Research for Daily Example"
    assert p["date"] == "2025-03-11"
    assert p["sentence_index"] == 1 and "Another 21 percent" in p["sentence"]


def test_share_roles_come_from_the_words_around_each_number(rules):
    cases = {
        "According to a survey for the agency, 55% of respondents said Austria should take part in a peacekeeping "  # noqa: E501
        "mission in Ukraine.": ("AT", 55.0, None, None),
        "In a poll of Belgians on sending troops to Ukraine, the institute put support at 41 per cent and "
        "opposition at 39 per cent.": ("BE", 41.0, 39.0, None),
        "Twice as many Slovaks would oppose sending soldiers to Ukraine (58%) as would back it (29%), a poll "
        "found.": ("SK", 29.0, 58.0, None),
        "Sending Irish troops to Ukraine as peacekeepers is backed by 44.5% of those polled, a survey shows; "
        "38.5% said it should not happen.": ("IE", 44.5, 38.5, None),
        "Asked whether Latvia should send soldiers to Ukraine, 35 percent of respondents agreed, 52 percent "
        "disagreed and 13 percent could not say, the SKDS poll shows.": ("LV", 35.0, 52.0, 13.0),
    }
    for text, expected in cases.items():
        (p,) = polls(text, rules)
        assert shares(p) == expected, text


def test_a_hedged_fraction_with_its_number_is_the_number(rules):
    (p,) = polls(
        "Only about one in four Czechs, 24 percent, support sending troops to Ukraine, a STEM poll shows.",
        rules,
    )  # noqa: E501
    assert shares(p) == ("CZ", 24.0, None, None)
    assert [m.value for m in find_shares("Two-thirds (67%) back it")] == [67.0]


@pytest.mark.parametrize(
    "text",
    [
        "Nearly half of Germans back sending troops to Ukraine, a poll found.",
        "Roughly a quarter of Finns would send soldiers to Ukraine, according to a survey; around 40 percent "
        "were against.",
        "More than half of Britons support a peacekeeping force in Ukraine, the YouGov poll found.",
    ],
)
def test_vague_words_are_never_a_share(rules, text):
    assert polls(text, rules) == []


def test_pollster_named_in_the_next_sentence(rules):
    (p,) = polls(
        "Some 37 per cent of Swedes say Sweden should contribute soldiers to a peacekeeping force in Ukraine. "  # noqa: E501
        "Forty-one per cent disagree. The figures come from Novus, which polled 1,050 people for Sveriges Radio.",  # noqa: E501
        rules,
    )
    assert shares(p) == ("SE", 37.0, 41.0, None)
    assert p["pollster"] == "Novus for Sveriges Radio" and p["sample_size"] == 1050


def test_two_countries_in_one_paragraph_and_pairs_without_role_words(rules):
    rows = polls(
        "Across Europe more people oppose than support sending their own troops to Ukraine, a YouGov survey "
        "shows. In Spain the split is 45% against and 30% in favour, in Portugal 40% to 35% and in Greece "
        "60% to 20%. Belgians are divided, with 41% saying no and 39% yes.",
        rules,
    )
    assert sorted(shares(r) for r in rows) == [
        ("BE", 39.0, 41.0, None), ("ES", 30.0, 45.0, None), ("GR", 20.0, 60.0, None), ("PT", 35.0, 40.0, None),  # noqa: E501
    ]  # fmt: skip
    assert {r["pollster"] for r in rows} == {"YouGov"}


def test_subgroups_and_other_questions_are_not_rows(rules):
    rows = polls(
        "A Forsa poll for RTL found 47 percent of Germans in favour of Bundeswehr soldiers joining a "
        "ceasefire force in Ukraine and 45 percent against. In the eastern states 60 percent were against, and "  # noqa: E501
        "among Green voters 70 percent were in favour. Some 58 percent backed more military aid for Kyiv, and "  # noqa: E501
        "61 percent supported Ukraine joining the EU.",
        rules,
    )
    assert [shares(r) for r in rows] == [("DE", 47.0, 45.0, None)]


def test_several_polls_in_one_paragraph(rules):
    rows = polls(
        "Support has slipped. In January, a CBOS poll found 22% of Poles in favour of sending troops to "
        "Ukraine and 70% against; in March, IBRiS put support at 18% and opposition at 74%.",
        rules,
    )
    assert [shares(r)[:3] for r in rows] == [("PL", 22.0, 70.0), ("PL", 18.0, 74.0)]
    assert rows[0]["pollster"] == "CBOS" and rows[1]["pollster"] == "IBRiS"


def test_a_poll_with_only_an_opposition_share_is_no_row(rules):
    assert polls("In Bulgaria, 81% object to sending soldiers to Ukraine, an ECFR survey found.", rules) == []


def test_sample_margin_fieldwork_and_parts_of_a_figure(rules):
    (p,) = polls(
        "Almost three quarters of Lithuanians (72.4%) support allied troops being sent to Ukraine, a Vilmorus "  # noqa: E501
        "survey shows. Of them, 40.1% fully support it and 32.3% rather support it. In total 18.2% are "
        "against and 9.4% found it hard to answer. Vilmorus interviewed 1,001 adults from March 3 to 12; the "
        "margin of error is 3.1 percentage points.",
        rules,
    )
    assert shares(p) == ("LT", 72.4, 18.2, 9.4)
    assert (p["sample_size"], p["margin_of_error"]) == (1001.0, 3.1)
    assert (p["fieldwork_start"], p["fieldwork_end"]) == ("2025-03-03", "2025-03-12")


def test_client_is_kept_apart_as_well(rules):
    (p,) = polls(
        "A CSA poll for Europe 1 found 23% of French people in favour of sending troops to Ukraine.", rules
    )  # noqa: E501
    assert (p["pollster"], p["client"]) == ("CSA for Europe 1", "Europe 1")


def test_choice_from_a_list_dash_brackets_and_by_a_to_b(rules):
    (p,) = polls(
        "Asked which kinds of help Croatia should give Ukraine, with several answers allowed, 11% of Croats "
        "picked sending Croatian soldiers, a Promocija plus poll found.",
        rules,
    )
    assert shares(p) == ("HR", 11.0, None, None)
    (p,) = polls(
        "A clear majority of Greeks – 70.5 per cent – do not want Greek soldiers sent to Ukraine, a Pulse RC "
        "poll shows; 18.5 per cent would agree.",
        rules,
    )
    assert shares(p) == ("GR", 18.5, 70.5, None)
    rows = polls(
        "Would voters back their own soldiers in a peace force in Ukraine? YouGov asked in two countries. "
        "Spaniards were in favour by 50% to 30%. Italians were against, by 45% to 36%.",
        rules,
    )
    assert sorted(shares(r)[:3] for r in rows) == [("ES", 50.0, 30.0), ("IT", 36.0, 45.0)]


def test_commissioned_by_names_the_client(rules):
    (p,) = polls(
        "A Vilmorus survey commissioned by the BNS news agency found 15% of Lithuanians in favour of sending "
        "troops to Ukraine and 56% against.",
        rules,
    )
    assert p["pollster"] == "Vilmorus for BNS"


@pytest.mark.parametrize(
    "words",
    [
        "told Acme Research, polling for the Daily Example, that",
        "said in answer to Acme Research, polling for the Daily Example:",
        "said, according to Acme Research, in a poll for the Daily Example:",
        "told Acme Research in a new survey for the Daily Example that",
        "answered Acme Research, in an online survey commissioned by the Daily Example:",
        "said in an Acme Research poll commissioned by the Daily Example:",
        "said in an Acme Research survey carried out for the Daily Example:",
        "said in a poll by Acme Research for the Daily Example:",
        "told Acme Research, which polled 1,000 adults on behalf of the Daily Example, that",
    ],
)
def test_a_firm_keeps_its_client_whatever_the_commissioning_phrase(rules, words):
    """Firm, a commissioning phrase, client: the client is kept in every way copy says it (the firm
    is not in the lexicon's pollster list, so only the words around it can name it)."""
    (p,) = polls(f"Danes {words} 48% back sending Danish soldiers to Ukraine and 31% are opposed.", rules)
    assert p["pollster"] == "Acme Research for Daily Example"
    assert p["client"] == "Daily Example"


def test_an_opinion_panel_is_a_poll(rules):
    (p,) = polls(
        "The Dutch are split on sending Dutch soldiers to Ukraine as peacekeepers: 45% for, 39% against, "
        "according to the broadcaster's opinion panel.",
        rules,
    )
    assert shares(p) == ("NL", 45.0, 39.0, None)


def test_people_a_topic_excludes_are_not_read_as_the_polled_population(rules, tmp_path):
    """`polls.exclude_poll_countries` is topic data: the bundled topic never takes Russians for the
    polled population; a topic that does not set it does."""
    import dataclasses

    from helpers.topics import load_topic

    text = (
        "Russians watched closely. A new survey found 48% back sending soldiers to Ukraine as "
        "peacekeepers, with 31% opposed."
    )
    assert rules.topic.excluded_poll_countries == {"RU"}
    assert [p["country"] for p in polls(text, rules)] == [None]
    plain = tmp_path / "plain.yml"
    plain.write_text("extends: ukraine_troops\npolls:\n  exclude_poll_countries: []\n", encoding="utf-8")
    unset = dataclasses.replace(rules, topic=load_topic(plain))
    assert unset.topic.excluded_poll_countries == frozenset()
    assert [p["country"] for p in polls(text, unset)] == ["RU"]
    assert load_topic("all").excluded_poll_countries == frozenset()  # not set: nothing excluded
