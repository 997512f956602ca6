"""Attribution failure types of issue 12: each test is one generic mechanism, with a case that
must give a row and one that must not (sentences invented for the tests)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.extract import extract_documents
from helpers.extract.attribution import quote_spans
from helpers.extract.sentences import split_sentences


def statement_rows(text: str, topic: str = "ukraine_troops", published: str = "2025-03-05") -> pd.DataFrame:
    """The statement rows extracted from one document holding `text`."""
    docs = pd.DataFrame(
        [{"doc_id": "d", "url": None, "outlet": "Test", "published": published, "title": "", "text": text}]
    )
    rows, _ = extract_documents(docs, topic)
    return rows


def speakers(text: str, topic: str = "ukraine_troops", published: str = "2025-03-05") -> list[str]:
    rows = statement_rows(text, topic, published)
    return sorted(rows["speaker"].tolist()) if len(rows) else []


def test_round_up_lines_give_one_row_per_country():
    text = (
        "Leaders reacted to the plan for a reassurance force in Ukraine.\n\n"
        "Spain: Prime Minister Pedro Sánchez called the idea of sending troops to Ukraine premature.\n"
        "Italy: Prime Minister Giorgia Meloni said Italian soldiers would not go to Ukraine."
    )
    assert speakers(text) == ["Giorgia Meloni", "Pedro Sánchez"]


def test_relative_clause_between_name_and_verb_and_relative_clause_speech():
    assert speakers(
        "Polish Prime Minister Donald Tusk, who has argued against a European force in Ukraine, "
        "said on Monday that Poland would not send troops."
    ) == ["Donald Tusk"]
    assert speakers(
        "Vassily Nebenzia, who had warned on February 10 that peacekeepers in Ukraine without a UN "
        "mandate would be legitimate targets, repeated the point on Tuesday."
    ) == ["Vassily Nebenzia"]


def test_nested_attribution_keeps_the_position_told_inside_a_quotation():
    text = (
        '"Keir Starmer has been clear that British troops could help secure a peace deal in Ukraine," '
        "a Downing Street spokesman said."
    )
    assert speakers(text) == ["Keir Starmer"]


def test_a_person_named_inside_a_quotation_is_not_the_speaker():
    text = '"I think Mark Rutte will agree that troops in Ukraine need a mandate," Giorgia Meloni said.'
    assert speakers(text) == ["Giorgia Meloni"]


def test_according_to_at_the_end_of_a_sentence():
    assert speakers(
        "Britain is ready to put troops on the ground in Ukraine, according to Prime Minister Keir Starmer."
    ) == ["Keir Starmer"]


def test_surname_alone_after_the_first_full_mention():
    text = (
        "Estonia's prime minister, Kristen Michal, met reporters. Michal added that Estonia could send a "
        "company of troops to Ukraine."
    )
    assert speakers(text) == ["Kristen Michal"]


def test_words_glued_to_a_name_at_sentence_start_and_titles_before_it():
    assert speakers(
        "Though Justice Minister Anna Kowalczyk said troops could go to Ukraine, the cabinet disagreed."
    ) == ["Anna Kowalczyk"]
    assert speakers("Supreme Court Justice Frank Nervo said he would not comment.", topic="all") == [
        "Frank Nervo"
    ]


def test_pronouns_follow_a_compatible_gender():
    text = (
        "Kaja Kallas met Mark Rutte in Brussels. She said European troops in Ukraine were an option. "
        "He said NATO would not send troops to Ukraine."
    )
    assert speakers(text) == ["Kaja Kallas", "Mark Rutte"]


@pytest.mark.parametrize(
    "text",
    [
        "EDITOR'S NOTE: Troops to Ukraine remain a contested idea, said the report.",
        "South Korea said it would not send troops to Ukraine.",
        "The Commission on Presidential Debates said troops to Ukraine would not be discussed.",
        "Labor Day said troops would go to Ukraine.",
    ],
)
def test_section_labels_places_and_bodies_are_not_speakers(text):
    assert speakers(text) == []


def test_modal_verbs_are_frames_only_for_an_act():
    assert (
        speakers("Chancellor Olaf Scholz could be looking at sending troops to Ukraine after the election.")
        == []
    )
    assert speakers("Chancellor Olaf Scholz could send troops to Ukraine after a ceasefire.") == [
        "Olaf Scholz"
    ]
    assert speakers("Friedrich Merz will travel to Kyiv on Monday.", topic="all") == []


def test_a_person_only_mentioned_in_reported_words_gets_no_row():
    text = "Chancellor Friedrich Merz admitted that Prime Minister Viktor Orbán might not accept troops in Ukraine."
    assert speakers(text) == ["Friedrich Merz"]
    text = (
        "Italy will not send soldiers to Ukraine, Foreign Minister Antonio Tajani said, after French "
        "President Emmanuel Macron floated sending ground troops to Ukraine."
    )
    assert speakers(text) == ["Antonio Tajani", "Emmanuel Macron"]


def test_coordinated_speakers_both_speak():
    assert speakers(
        "British Prime Minister Keir Starmer and French President Emmanuel Macron said a reassurance "
        "force would deploy to Ukraine after a ceasefire."
    ) == ["Emmanuel Macron", "Keir Starmer"]


def test_a_quote_signed_with_a_dash_is_the_signers():
    assert speakers("“Nobody should send troops to Ukraine now.” ― Maria Lopez", topic="all") == [
        "Maria Lopez"
    ]


def test_hard_line_breaks_inside_sentences_are_joined():
    text = (
        "Defence Minister Hanno Pevkur said\non Monday that Estonia was ready to send troops\nto Ukraine as "
        "part of a reassurance force."
    )
    assert speakers(text) == ["Hanno Pevkur"]
    assert len(split_sentences("One line.\n\nAnother paragraph.")) == 2
    wire = (
        "LONDON, Aug 17 - British Prime Minister Keir Starmer and French\n"
        "President Emmanuel Macron said on Sunday that the coalition stood\n"
        "ready to deploy a reassurance force to Ukraine once the fighting\n"
        "has stopped, two days before talks in Washington."
    )
    assert speakers(wire) == ["Emmanuel Macron", "Keir Starmer"]


def test_a_scraped_gap_gives_no_row_but_headline_abbreviations_do():
    assert (
        speakers("Polish Defence Minister said on Monday that Poland would not send troops to Ukraine.") == []
    )
    assert (
        speakers("Poland's defence minister said on Monday that Poland would not send troops to Ukraine.")
        != []
    )
    assert speakers("German FM doesn't rule out deploying troops to Ukraine.", published="2024-12-04") == [
        "Annalena Baerbock"
    ]


def test_topic_free_mode_keeps_every_attributed_statement_with_its_type():
    docs = pd.DataFrame(
        [
            {
                "doc_id": "d",
                "url": None,
                "outlet": "T",
                "published": "2025-03-05",
                "title": "",
                "text": "Maria Lopez said the budget was late. Lopez added that taxes would rise. "
                "Officials said nothing.",
            }
        ]
    )
    rows, _ = extract_documents(docs, "all")
    assert rows["speaker"].tolist() == ["Maria Lopez", "Maria Lopez"]  # one row per statement
    assert set(rows["speaker_type"]) == {"person"}
    assert extract_documents(docs, "ukraine_troops")[0].empty  # off the topic question: no rows


def test_quote_spans_pair_curly_and_straight_quotes():
    s = '“A,” he said, "B" and “C'
    assert [s[a:b] for a, b in quote_spans(s)] == ["A,", "B", "C"]


def test_a_lower_case_title_between_verb_and_name():
    assert speakers(
        '"Nobody here wants troops in Ukraine," said Virginia delegate Beau Correll.', topic="all"
    ) == ["Beau Correll"]


def test_two_apostrophes_as_quotation_marks():
    from helpers.extract.sentences import normalise_quote_marks

    text = "''We will not send troops to Ukraine,'' said Maria Lopez."
    assert len(normalise_quote_marks(text)) == len(text) and "''" not in normalise_quote_marks(text)
    assert speakers(text, topic="all") == ["Maria Lopez"]


@pytest.mark.parametrize(
    "text,name",
    [
        ('"Nobody wants that," said Representative Charles B. Rangel of New York.', "Charles B. Rangel"),
        ('"This is a waste of time," said Del. Stacey Plaskett.', "Stacey Plaskett"),
        (
            '"They would just go get them," Rep. Jim Jordan (R-Ohio), an oversight panel member, said.',
            "Jim Jordan",
        ),
        (
            '"It is an invasion," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said.',
            "Scott Pruitt",
        ),
        (
            '"People say it does not matter," said Charlie King, a prominent New York Democrat.',
            "Charlie King",
        ),
    ],
)
def test_titles_tags_and_appositives_around_the_name(text, name):
    assert speakers(text, topic="all") == [name]


def test_a_name_after_a_reporting_verb_is_reported_content():
    assert speakers("He said Mayor Bill Smith would come.", topic="all") == []


def test_gender_from_the_actors_table_when_it_has_one():
    from helpers.extract.gender import DocumentGenders

    class Table:
        def gender_of(self, name, day=None):
            return {"Alex Stubb": "m", "Kaja Kallas": "f"}.get(name)

    g = DocumentGenders.read("Alex Stubb met Kaja Kallas.", Table())
    assert (g.of("Alex Stubb", None), g.of("Kaja Kallas", None), g.of("Qwzx Doe", None)) == ("m", "f", None)
    assert DocumentGenders.read("Ms. Doe spoke.", object()).of("Sam Doe", None) == "f"  # the document first


@pytest.mark.parametrize(
    "text, name",
    [
        ("Senator John Cornyn of Texas said the chamber would vote on the bill.", "John Cornyn"),
        ("Rep. Tom Cole of Oklahoma, an ally of the leadership, said the vote was close.", "Tom Cole"),
        ('"This is fantastic," said Robert Antonacci of the New York delegation.', "Robert Antonacci"),
        (
            "Representative Michele Bachmann, Republican of Minnesota, told reporters the deal was weak.",
            "Michele Bachmann",
        ),
        ("Rep. Chris Collins, R-NY, says participants outlined a scenario.", "Chris Collins"),
        ("James B. Comey Jr., the director of the bureau, said the plan would fail.", "James B. Comey"),
        (
            "Woodrow Benford, 58, who lives outside Minneapolis, says he knew little about the race.",
            "Woodrow Benford",
        ),
        (
            "Olaf Scholz, chancellor until May, said in December that the debate was not an issue.",
            "Olaf Scholz",
        ),
    ],
)
def test_origin_age_suffix_and_short_appositives_between_name_and_verb(text, name):
    assert speakers(text, topic="all") == [name]


def test_of_after_a_capitalised_phrase_that_is_no_name_is_still_a_thing():
    assert speakers("Federal Bureau of Prisons said the inmate was moved.", topic="all") == []


def test_a_surname_the_document_introduces_with_a_given_name_anywhere():
    # the full name only in a title-case headline line, where it is not read as a speaker
    text = (
        "Hillary Clinton Goes After Donald Trump As The New Mitt Romney.\n\n"
        "Clinton noted that her rival had not paid federal income taxes."
    )
    assert "Hillary Clinton" in speakers(text, topic="all")
    # two people of one surname: the surname alone names neither
    text = "Bill Clinton And Hillary Clinton Go To Lunch.\n\nClinton noted that taxes were high."
    assert speakers(text, topic="all") == []


def test_round_up_line_with_a_colon_after_the_speaker():
    text = (
        "Leaders reacted to the plan for a reassurance force in Ukraine.\n\n"
        "- German Chancellor Olaf Scholz: discussing German peacekeepers in Ukraine now is premature."
    )
    assert speakers(text) == ["Olaf Scholz"]
    # a title-case headline with a colon is not a round-up line
    assert (
        speakers("Elizabeth Warren Hammers Wells Fargo Boss: You Should Be Investigated Now.", topic="all")
        == []
    )


def test_a_quotation_with_its_own_unresolved_reporting_clause_is_not_the_previous_speaker():
    text = (
        'Keir Starmer said the plan was sound.\n\n"That is a legitimate concern," Sarandon, 69, told '
        "reporters."
    )
    rows = extract_documents(
        pd.DataFrame(
            [
                {
                    "doc_id": "d",
                    "url": None,
                    "outlet": "T",
                    "published": "2025-03-05",
                    "title": "",
                    "text": text,
                }
            ]
        ),
        "all",
    )[0]
    assert not any("legitimate concern" in s for s in rows["sentence"])


def test_he_said_after_a_paragraph_of_quotes_goes_to_the_last_speaker():
    text = (
        'Keir Starmer said the plan was sound. "We will go," he said.\n\n"It matters." "It is time." '
        '"We are ready." "It is done."\n\n"I have no doubt," he said.'
    )
    rows = extract_documents(
        pd.DataFrame(
            [
                {
                    "doc_id": "d",
                    "url": None,
                    "outlet": "T",
                    "published": "2025-03-05",
                    "title": "",
                    "text": text,
                }
            ]
        ),
        "all",
    )[0]
    assert any("no doubt" in s for s in rows.loc[rows["speaker"] == "Keir Starmer", "sentence"])


def test_plural_speech_verb_after_coordinated_speakers():
    assert speakers(
        "Ben Carson and Mike Huckabee say they are no longer accepting speaking invitations.", topic="all"
    ) == ["Ben Carson", "Mike Huckabee"]


def test_a_place_after_a_preposition_is_no_antecedent_for_he():
    text = 'Michelle Tanzer, a lawyer, met developers in Boca Raton last week.\n\n"It is changing," she said.'
    rows = extract_documents(
        pd.DataFrame(
            [
                {
                    "doc_id": "d",
                    "url": None,
                    "outlet": "T",
                    "published": "2025-03-05",
                    "title": "",
                    "text": text,
                }
            ]
        ),
        "all",
    )[0]
    assert "Boca Raton" not in set(rows["speaker"])


def test_a_country_named_in_several_words_is_no_speaker():
    assert (
        speakers("The government of Costa Rica has also agreed to host up to 200 people.", topic="all") == []
    )
    assert speakers("Costa Rica said it would host 200 people.", topic="all") == []


def test_said_before_a_name_with_a_long_role_after_it():
    """`..., said X, <role>`: what follows the name is the appositive's comma, not the role's tail;
    a possessor or a long lower-case title may stand between the verb and the name."""
    assert speakers(
        '"Guarantees only work with a good venture," said Melba Ortega Febo, the president and '
        "chairwoman of the development bank.",
        topic="all",
    ) == ["Melba Ortega Febo"]
    assert speakers(
        '"This is an attack on the process," said Warner\'s top foreign policy aide Jake Sullman.',
        topic="all",
    ) == ["Jake Sullman"]
    assert speakers("The debates will not change the race, noted NBC's Dante Chinelli.", topic="all") == [
        "Dante Chinelli"
    ]
    # the name is the subject of what was said, not its speaker
    assert "Mark Warner" not in speakers("Aides said Mark Warner would lose the vote.", topic="all")


def test_a_surname_that_is_a_common_word_after_a_known_given_name():
    assert speakers(
        "British Prime Minister Theresa May said this week that the country would leave by March.",
        topic="all",
    ) == ["Theresa May"]
    assert speakers("In May the council said the budget would be cut.", topic="all") == []


def test_positions_reported_without_a_classic_speech_verb():
    """`X, like Y, has encouraged ...`, `X likened ...`, `X's view is that ...`, `in X's words`,
    `X, the chief executive of Y, forcefully told ...`."""
    assert speakers(
        "Democratic candidate Hillary Rodham, like Obama, has encouraged allies to spend more on defense.",
        topic="all",
    ) == ["Hillary Rodham"]
    assert speakers(
        'Another critic, Laurence H. Tribble, likened the rules to "burning the charter."', topic="all"
    ) == ["Laurence H. Tribble"]
    assert speakers("Senator Mark Warner's view is that the plan would cost billions.", topic="all") == [
        "Mark Warner"
    ]
    assert speakers("In Mark Warner's words, the plan is a disaster.", topic="all") == ["Mark Warner"]
    assert speakers(
        "Marc H. Morrow, the chief executive of the National Urban League, forcefully told a young "
        "woman that not voting is not an option.",
        topic="all",
    ) == ["Marc H. Morrow"]
    # a possessive that owns a thing, not a position, is no statement
    assert speakers("Mark Warner's house is that one on the corner.", topic="all") == []


def test_a_name_qualifying_a_noun_is_no_antecedent_for_a_pronoun():
    text = (
        "Michelle F. Tanner, a Boca Raton lawyer who represents resort owners, has helped clubs adapt.\n\n"
        '"The old model is gone," she said.'
    )
    assert "Boca Raton" not in speakers(text, topic="all")
    text = (
        "Anna Belling worked on the Bear Stearns trading floor for six years.\n\n"
        '"I felt embarrassed sometimes, but not unsafe," she said.'
    )
    assert speakers(text, topic="all") == ["Anna Belling"]


def test_a_name_inside_the_subjects_appositive_only_describes_it():
    # the appositive names a place, a firm or another person; its opener speaks
    assert speakers(
        "Doug Usher, director of research at Widmeyer Communications, said the firm expected peacekeepers "
        "in Ukraine within a year.",
        topic="all",
    ) == ["Doug Usher"]
    assert speakers(
        "Parker Eaton, a voter who backed Bill Clinton twice, said troops should not go to Ukraine.",
        topic="all",
    ) == ["Parker Eaton"]
    assert speakers(
        "Madis Roll, the president's security adviser, said Estonia was ready to send troops to Ukraine."
    ) == ["Madis Roll"]
    # no name opens the appositive: the name inside it is the subject
    assert speakers("The group's founder, Bill Clinton, said peacekeepers should go.", topic="all") == [
        "Bill Clinton"
    ]
    # the earlier name is an object, not a subject: the later one still speaks
    assert speakers(
        "After meeting Emmanuel Macron, Olaf Scholz, the German leader, said no troops would go to Ukraine."
    ) == ["Olaf Scholz"]


def test_joint_subjects_with_possessors_or_a_group_all_speak():
    assert speakers(
        "France's Emmanuel Macron and Britain's Keir Starmer have publicly backed European troops for Ukraine."
    ) == ["Emmanuel Macron", "Keir Starmer"]
    assert speakers(
        "NATO Secretary General Jens Stoltenberg and leaders of other member states have said they are "
        "not considering sending troops to Ukraine."
    ) == ["Jens Stoltenberg"]
    # a name and a group that do not share a reporting verb: no row
    assert speakers("Jens Stoltenberg and other officials attended talks on troops for Ukraine.") == []


def test_a_given_name_outside_the_hand_list_makes_a_person_before_a_place():
    # "Joel" comes from the census lists: "Joel Pollak of Breitbart" is a person from somewhere,
    # where an unknown "Xqvo Pollak of Breitbart" stays a capitalised run of unknown kind
    assert speakers(
        "As Joel Pollak of Breitbart observed, peacekeepers in Ukraine would need a mandate.", topic="all"
    ) == ["Joel Pollak"]
    assert (
        speakers(
            "As Xqvo Pollak of Breitbart observed, peacekeepers in Ukraine would need a mandate.", topic="all"
        )
        == []
    )


def test_a_round_up_item_carries_the_topic_of_its_lead():
    # the items name neither the personnel nor the place, and hold no word pointing back
    text = (
        "Macron's refusal to rule out sending Western troops to Ukraine drew replies from allies. "
        "Here is where governments stood:\n\n"
        "- Sweden: Prime Minister Ulf Kristersson said Sweden was not ready for now.\n"
        "- Slovakia: Prime Minister Robert Fico said on Monday Slovakia would stay out.\n"
        "- Spain: Government spokeswoman Pilar Alegría said Madrid did not agree.\n"
        "\nSeparately, Prime Minister Mette Frederiksen said Denmark would not stay out of the talks."
    )
    assert speakers(text) == ["Emmanuel Macron", "Pilar Alegría", "Robert Fico", "Ulf Kristersson"]
    # the same lines under an off-topic lead carry nothing
    off = text.replace("sending Western troops to Ukraine", "raising fishing quotas")
    assert speakers(off) == []


def test_a_debate_word_that_says_what_it_is_about_does_not_point_back():
    text = (
        "Prime Minister Ulf Kristersson said on Tuesday troops for Ukraine were not on the agenda. "
        "Prime Minister Mette Frederiksen said the question of fishing quotas was settled."
    )
    assert speakers(text) == ["Ulf Kristersson"]
    assert speakers(text.replace("the question of fishing quotas", "the question")) == [
        "Mette Frederiksen",
        "Ulf Kristersson",
    ]


def test_a_relative_clause_of_speech_after_an_object_gives_its_person_a_row():
    assert speakers(
        "The minister was responding to French President Emmanuel Macron, who on Monday did not rule "
        "out Western ground troops in Ukraine."
    ) == ["Emmanuel Macron"]
    assert speakers(
        "The remark echoed Jean-Luc Mélenchon, who also condemned the idea of troops in Ukraine."
    ) == ["Jean-Luc Mélenchon"]
    # a relative clause that reports no speech leaves the person merely mentioned
    assert speakers("The talks echoed Jean-Luc Mélenchon, who also visited troops in Ukraine.") == []


def test_the_answer_to_an_on_topic_question_takes_its_topic():
    text = "Does Russia get a veto over troops in Ukraine? Keir Starmer and Emmanuel Macron say no."
    assert speakers(text) == ["Emmanuel Macron", "Keir Starmer"]
    # the same sentence after a statement, not a question, is about nothing named
    assert speakers(text.replace("?", ".", 1).replace("Does Russia get", "Russia gets")) == []


def test_outlets_with_diacritics_demonyms_and_suffixes_are_not_names():
    assert speakers(
        "Germany will not send instructors to Ukraine, Defence Minister Boris Pistorius said, "
        "according to Süddeutsche Zeitung."
    ) == ["Boris Pistorius"]
    assert speakers("A TOP Russian official warned against peacekeepers on the ground in Ukraine.") == []
    assert speakers(
        "General Charles Q. Brown Jr, chairman of the Joint Chiefs of Staff, said NATO trainers would "
        "eventually be sent to Ukraine."
    ) == ["Charles Q. Brown"]


def test_a_long_description_between_subject_and_verb_keeps_the_subject():
    assert speakers(
        'Peacekeepers in Ukraine "are a step in the right direction," Anne Richards, assistant secretary '
        "for population, refugees, and migration, said on the same call.",
        topic="all",
    ) == ["Anne Richards"]
    assert speakers(
        '"We need troops in Ukraine," Texas delegate Bill Eastland, wearing a cowboy hat and "Ted Cruz" '
        "pins, said matter-of-factly.",
        topic="all",
    ) == ["Bill Eastland"]
    # a quotation left open inside the description is a clause break: no speaker is guessed
    assert (
        speakers(
            'Bill Eastland, wearing a hat and pins that read "no troops in Ukraine, said the talks failed.',
            topic="all",
        )
        == []
    )


def test_a_descriptor_between_the_verb_and_the_name():
    assert speakers(
        '"Troops in Ukraine would put Americans at risk," said Cruz constituent Dan Golvach when asked.',
        topic="all",
    ) == ["Dan Golvach"]
    # a verb form before the name is not a description of it
    assert speakers('"Troops in Ukraine are needed," said reporters covering Dan Golvach.', topic="all") == []


def test_a_pronoun_after_a_newly_introduced_subject_is_that_subject():
    text = (
        '"Troops in Ukraine would be a mistake," Barack Obama said in his speech that night.\n\n'
        "Obama consultant Cornell Belcher, a pollster, picked up a similar thread at the time. "
        '"Peacekeepers in Ukraine are what voters want," he said.'
    )
    assert speakers(text, topic="all") == ["Barack Obama", "Cornell Belcher"]
    # the person the sentence before only mentions (not its subject) does not take the quote
    text = (
        '"Troops in Ukraine would be a mistake," Barack Obama said in his speech that night.\n\n'
        "The crowd in Des Moines cheered for Cornell Belcher at the time. "
        '"Peacekeepers in Ukraine are what voters want," he said.'
    )
    assert speakers(text, topic="all") == ["Barack Obama", "Barack Obama"]  # one row per statement


def test_inverted_attributions_with_long_descriptions_and_other_verbs():
    cases = {
        '"Peacekeepers in Ukraine are a gamble," said Montclair State University political scientist '
        "Brigid Harrison.": "Brigid Harrison",
        '"Troops in Ukraine are a key question," said UC-AFT President Bob Samuels, who backed Sanders.': (
            "Bob Samuels"
        ),
        '"Troops in Ukraine? Not now," said former Pennsylvania Gov. and Democratic National Committee '
        "Chairman Ed Rendell.": "Ed Rendell",
        '"Send troops to Ukraine?" asked Sen. Barbara Mikulski of Maryland, who wants a commission.': (
            "Barbara Mikulski"
        ),
        # a mistyped closing mark still closes the quotation
        '"Peacekeepers in Ukraine are unusual,“ said Larry Noble, an attorney.': "Larry Noble",
    }
    for text, name in cases.items():
        assert speakers(text, topic="all") == [name], text
    # "A warned B": no comma or quotation before the verb, so B is not described as a speaker
    assert speakers("Vladimir Putin warned NATO chief Mark Rutte about troops in Ukraine.", topic="all") == [
        "Vladimir Putin"
    ]


def test_a_given_name_that_is_also_a_word_counts_only_after_a_title():
    assert speakers(
        "Former Arizona Governor Jan Brewer, an early supporter of Trump, said troops should stay out of "
        "Ukraine.",
        topic="all",
    ) == ["Jan Brewer"]
    assert speakers("Asked about it, Prof. Will Doyle said troops were needed in Ukraine.", topic="all") == [
        "Will Doyle"
    ]
    # without a title before it, a sentence-initial "Will" is the modal
    assert speakers("Will Doyle send troops to Ukraine, reporters said.", topic="all") == []


def test_the_topic_in_a_clause_with_its_own_subject_is_not_the_speakers():
    assert (
        speakers(
            "Donald Trump has promised to end the war quickly, and people close to his team have floated ideas "
            "that would leave Europeans policing any ceasefire line in Ukraine with troops."
        )
        == []
    )
    # after a bare semicolon the speaker's reported words go on
    assert speakers(
        "Olaf Scholz said the plan held nothing new; sending troops to Ukraine was a decision the "
        "allies had failed to take."
    ) == ["Olaf Scholz"]
    # the speaker's own clause on the topic keeps its row whatever follows
    assert speakers(
        "Olaf Scholz said no German troops would go to Ukraine, and his spokesman has repeated it since."
    ) == ["Olaf Scholz"]


def test_an_office_before_a_given_name_is_not_part_of_the_name():
    assert speakers(
        '"Troops in Ukraine would be reckless," New York City Public Advocate Trish James said.', topic="all"
    ) == ["Trish James"]
    # a middle name that is not a given name keeps the full name
    assert speakers("President John Fitzgerald Kennedy said troops would go to Ukraine.", topic="all") == [
        "John Fitzgerald Kennedy"
    ]


def test_a_second_verb_of_the_same_subject_and_a_description_with_commas():
    assert speakers(
        "Gary Emineth, a former state party chairman, became a delegate and said troops should stay out of "
        "Ukraine.",
        topic="all",
    ) == ["Gary Emineth"]
    assert speakers(
        "Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union and a supporter "
        "of Mr. Trump, said troops should stay out of Ukraine.",
        topic="all",
    ) == ["Paul Porter"]


def test_a_surname_alone_is_first_the_person_the_document_introduced():
    # the actors table holds a "Francken" one edit away; the document introduced Al Franken
    text = (
        "Comedian Sarah Silverman was joined on stage by Minnesota Sen. Al Franken.\n\n"
        '"Troops in Ukraine would be a mistake," Franken said.'
    )
    assert speakers(text, topic="all") == ["Al Franken"]
    # a surname that is also an ordinary word ("West") once the document introduced the person
    text = (
        "Marty West, an education professor at Harvard, called it significant.\n\n"
        '"This is the first rollback of troops in Ukraine," West said.'
    )
    assert set(speakers(text, topic="all")) == {"Marty West"}
    # but never "the West", and not before anyone of that name was introduced
    assert speakers('"Troops in Ukraine are needed," the West said.', topic="all") == []
    assert speakers('"Troops in Ukraine are needed," West said.', topic="all") == []


def test_descriptions_between_verb_and_name_with_office_words_and_a_comma():
    assert speakers(
        '"They are unloading on troops in Ukraine," said Oversight ranking Democrat Elijah Cummings (D-Md.).',
        topic="all",
    ) == ["Elijah Cummings"]
    assert speakers(
        '"We are treating troops in Ukraine as one long day," said Rubio\'s deputy campaign manager, Rich '
        "Beeson, who oversaw the ground game.",
        topic="all",
    ) == ["Rich Beeson"]
    # a comma before the name without a title before it is no appositive: "said on Monday, X"
    assert (
        speakers('"Troops in Ukraine are ready," he said on Monday, Rich Beeson nodding.', topic="all") == []
    )


def test_dash_appositives_particles_and_statements_after_an_appositive():
    assert speakers(
        'John McCain -- the senator from Arizona -- said troops in Ukraine "offered no changes."', topic="all"
    ) == ["John McCain"]
    assert speakers(
        '"We had called him about the troops in Ukraine," his nephew Michery el Soheil added.', topic="all"
    ) == ["Michery el Soheil"]
    assert speakers(
        "Tracy Martin, Trayvon's father, issued a statement Thursday, saying troops in Ukraine were no answer.",
        topic="all",
    ) == ["Tracy Martin"]
    # an adverb that is not in -ly after an appositive
    assert speakers(
        "French President Emmanuel Macron, in an interview with The Economist, again refused to exclude "
        "troops if Ukraine's front lines collapsed."
    ) == ["Emmanuel Macron"]


def test_positions_restated_or_pressed_for_are_statements():
    assert speakers(
        "Italy's Giorgia Meloni reaffirmed that Italy does not intend to send soldiers to Ukraine."
    ) == ["Giorgia Meloni"]
    assert speakers("Emmanuel Macron is pushing for a European peacekeeping force in Ukraine.") == [
        "Emmanuel Macron"
    ]
    assert speakers("Macron has been the main advocate of a European troop presence in Ukraine.") == [
        "Emmanuel Macron"
    ]
    # someone who only attended is no speaker
    assert speakers("Emmanuel Macron attended a meeting on a European force in Ukraine.") == []


def test_every_item_of_a_list_of_subjects_speaks():
    assert speakers(
        "Britain's Keir Starmer, France's Emmanuel Macron and Germany's Friedrich Merz said on Sunday that "
        "they were ready to deploy a reassurance force to Ukraine."
    ) == ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer"]
    assert speakers(
        "EU foreign policy chief Kaja Kallas, Finnish President Alexander Stubb and Dutch Foreign Minister "
        "Caspar Veldkamp have described the peacekeeping concept for Ukraine as still at an early stage."
    ) == ["Alexander Stubb", "Caspar Veldkamp", "Kaja Kallas"]
    # a name that is the object of a preposition before the list does not speak
    assert speakers("After talks with Donald Tusk, Macron and Merz said troops could go to Ukraine.") == [
        "Emmanuel Macron",
        "Friedrich Merz",
    ]


def test_a_prose_round_up_one_country_to_a_sentence_carries_the_topic():
    text = (
        "Talk of guarantees for Ukraine is everywhere.\n\n"
        "NATO's Mark Rutte said it was too early to predict the outcome of talks on deploying foreign troops "
        "to Ukraine. Canada's Mark Carney called the situation fluid. Denmark's Troels Lund Poulsen says no "
        "specific commitments have been made.\n\n"
        "The summit ended. Leaders dined. Trade was discussed.\n\n"
        "Germany's Boris Pistorius said the budget was sound."
    )
    got = speakers(text)
    assert {"Mark Rutte", "Mark Carney", "Troels Lund Poulsen"} <= set(got)
    # the run ends more than two sentences after its last item
    assert "Boris Pistorius" not in got
    # without an on-topic country-led sentence first, a country-led sentence is not carried
    assert speakers(
        "Emmanuel Macron said troops could go to Ukraine.\n\nMeanwhile, the economy slowed.\n\n"
        "Denmark's Mette Frederiksen says the budget is sound. Canada's Mark Carney called the talks fluid."
    ) == ["Emmanuel Macron"]


def test_topic_words_in_context_count_right_after_an_on_topic_sentence():
    text = (
        "Emmanuel Macron said on Monday that European troops could go to Ukraine after a ceasefire. "
        "Antonio Tajani said any Italian deployment would require a UN mandate."
    )
    assert speakers(text) == ["Antonio Tajani", "Emmanuel Macron"]
    # the same words far from the topic, or in a document that never names the place, do not count
    far = (
        "Emmanuel Macron said on Monday that European troops could go to Ukraine after a ceasefire. "
        "The summit ended. Leaders dined. Talks went on about trade. "
        "Antonio Tajani said any Italian deployment would require a UN mandate."
    )
    assert speakers(far) == ["Emmanuel Macron"]


def test_a_participle_after_but_or_while_stays_with_the_speaker():
    assert speakers(
        "- Denmark: Mette Frederiksen said her government has an open mind, while warning that it will be "
        "difficult for European soldiers to guard every centimetre of Ukraine."
    ) == ["Mette Frederiksen"]


def test_a_misspelt_surname_is_the_person_the_document_introduced():
    text = (
        "State Senate President Steve Sweeney met contractors in Edison on Monday.\n\n"
        '"Troops in Ukraine put people out of business," Sweeny said after an event.'
    )
    assert set(speakers(text, topic="all")) == {"Steve Sweeney"}
    # two introduced people one edit away: no guess, and no row for the unknown surname
    text = (
        "Steve Sweeney and Anna Sweeny met on Monday.\n\n"
        '"Troops in Ukraine put people out of business," Sweney said after an event.'
    )
    assert speakers(text, topic="all") == []


def test_objects_of_prepositions_and_plans_talked_about_are_only_mentioned():
    # a person right after a preposition is not the subject of the verb after them...
    assert (
        speakers(
            "Western leaders meeting in Brussels with Ukrainian President Volodymyr Zelensky will discuss a "
            "European peacekeeping mission in Ukraine, according to anonymous sources."
        )
        == []
    )
    # ...though a relative clause makes them speak
    assert speakers(
        "Albanese joined a call chaired by British Prime Minister Keir Starmer, who said planning for a "
        "peacekeeping force in Ukraine would move to an operational phase."
    ) == ["Keir Starmer"]
    # "X's video call" is no proposal; "call for" is
    assert (
        speakers("Stubb joined Keir Starmer's video call on the coalition of the willing for Ukraine.") == []
    )
    assert speakers("Keir Starmer's call for a coalition of the willing for Ukraine was welcomed.") == [
        "Keir Starmer"
    ]
    # the owner of a plan another speaker talks about keeps a row: the proposer supports it
    assert speakers(
        "Volodymyr Zelensky said he appreciated Macron's peacekeeping initiative for Ukraine."
    ) == [
        "Emmanuel Macron",
        "Volodymyr Zelensky",
    ]
    # "expected to attend" is no statement
    assert (
        speakers(
            "Leaders of the coalition of the willing for Ukraine meet today, with U.S. envoy Steve Witkoff "
            "expected to attend part of the meeting."
        )
        == []
    )


def test_he_never_points_to_a_name_with_no_given_name_title_or_table_row():
    text = (
        'The remarks came in an interview with Sirius XM\'s "Breitbart News Daily."\n\n'
        'Troops in Ukraine were a "good thing," he remarked.'
    )
    assert speakers(text, topic="all") == []
    # a person named with a given name is still the antecedent
    text = (
        'The interview with Marty Weston aired on Monday. "Troops in Ukraine are a good thing," he remarked.'
    )
    assert speakers(text, topic="all") == ["Marty Weston"]


def test_one_past_tense_verb_and_a_colon_open_the_subjects_quote_not_an_objects():
    assert speakers(
        'Governor Ada Lind objected: "No state can send troops to Ukraine on its own."', topic="all"
    ) == ["Ada Lind"]
    # the person before the colon is the object of another verb: nobody is the speaker
    assert (
        speakers(
            'The delegation stuck to its line after meeting envoy Tom Barrack: "Troops will not go to Ukraine."',
            topic="all",
        )
        == []
    )


def test_a_participle_or_second_verb_after_a_clause_is_the_subjects_not_the_objects():
    assert speakers(
        "Senator Ada Lind answered questions in Dover on Friday, stating that troops should stay home.",
        topic="all",
    ) == ["Ada Lind"]
    assert speakers(
        "Ada Lind defeated businessman Carl Berger in the primary, stating that the vote was fair.",
        topic="all",
    ) == ["Ada Lind"]
    assert speakers(
        "Senator Tom Reed used to back the mission, but now said it would fail.", topic="all"
    ) == ["Tom Reed"]
    # "with Ada Lind" is an object: the later verb is not hers
    assert speakers(
        "Walking home, Carl Berger reminisced about campaigning with Ada Lind, and said the mission would fail.",
        topic="all",
    ) == ["Carl Berger"]


def test_inverted_verb_then_a_determined_description_then_the_name():
    assert speakers(
        '"We are worried," said a former adviser to the defence ministry, Petra Holm.', topic="all"
    ) == ["Petra Holm"]
    assert speakers('"We are worried," said another reader, Petra Holm.', topic="all") == ["Petra Holm"]
    # a name not right after the description's comma is not its subject
    assert speakers('"We are worried," said a diplomat, and Petra Holm nodded.', topic="all") == []


def test_names_that_are_also_words_after_a_reporting_verb_or_a_middle_name():
    assert speakers('"It is costly," said Will Barker, a professor of economics.', topic="all") == [
        "Will Barker"
    ]
    assert speakers(
        "The tool helped, a spokeswoman, Anna Richardson White, said on Saturday.", topic="all"
    ) == ["Anna Richardson White"]
    assert speakers("Will Barker win the vote? Staff at the White House said nothing.", topic="all") == []


def test_a_nickname_in_quotation_marks_inside_a_name():
    assert speakers('"We will win," said Juan "Chico" Alvarez, a union leader.', topic="all") == [
        "Juan Alvarez"
    ]
    assert speakers('In Paris "Never" Again posters were hung, officials said.', topic="all") == []


def test_he_or_she_after_a_sentence_whose_subject_is_described_then_named():
    text = (
        "One voter, retiree Jane Holt, waited outside with Senator Ada Lind.\n\n"
        '"It is too cold for a rally," she said.'
    )
    assert speakers(text, topic="all") == ["Jane Holt"]


def test_a_mixed_quote_opening_on_the_verb_and_a_passive_reporting_verb():
    assert speakers(
        'Senator Ada Lind "has been clear that no troops will go to Ukraine," her spokeswoman Mia Berg said.',
        topic="all",
    ) == ["Ada Lind", "Mia Berg"]
    assert speakers(
        "The coalition idea was first put forward by Prime Minister Ada Lind at a summit.", topic="all"
    ) == ["Ada Lind"]
    # a passive verb that is not reporting ("signed by") and an agent behind a clause word
    assert speakers("The bill was signed by Governor Ada Lind on Monday.", topic="all") == []
    assert speakers("The plan was announced by officials who met Ada Lind.", topic="all") == []


def test_a_colon_after_a_short_verb_phrase_of_the_subject():
    assert speakers(
        'Senator Ada Lind delivered a blunt message to Kyiv: "No troops will go."', topic="all"
    ) == ["Ada Lind"]
    # the phrase before the colon runs over a comma to another subject: not the first person's
    assert (
        speakers(
            'Noting that only Senator Ada Lind voted with Democrats, the chairman added: "That is the problem."',
            topic="all",
        )
        == []
    )


def test_words_that_look_like_frames_but_name_money_shares_nouns_or_titles():
    # money raised and poll shares held are no statements; "raised the possibility" is
    assert speakers("Senator Ted Cruz raised $11.9 million in February.", topic="all") == []
    assert speakers("Clinton received 38 percent, while Senator Ada Lind held 33 percent.", topic="all") == []
    assert speakers("Ted Cruz raised the possibility of sending troops.", topic="all") == ["Ted Cruz"]
    assert speakers("Senator Ada Lind has raised $2.7 million from donors.", topic="all") == []
    assert speakers("Senator Ada Lind held a commanding lead in the polls.", topic="all") == []
    assert speakers("Senator Ada Lind continues to trail by 300 delegates.", topic="all") == []
    assert speakers('Senator Ada Lind continued, "We will win."', topic="all") == ["Ada Lind"]
    # "in hopes of": a noun after a preposition, not the verb "hopes"
    assert (
        speakers(
            "The candidate spoke briefly with chief executive Irene Rosen in hopes of persuading her.",
            topic="all",
        )
        == []
    )
    # a title alone names nobody; an organisation word makes an organisation
    assert speakers("But, the former CEO of the company added, it is not the way to win.", topic="all") == []
    rows = statement_rows("The U.S. Geological Survey said it detected an earthquake.", topic="all")
    assert "person" not in rows["speaker_type"].tolist()


def test_a_clause_of_its_own_or_a_party_tag_before_the_appositive():
    # "A and his wife B, son C and D had been traveling, wrote X": X wrote it, B did not
    assert speakers(
        "Salim Haddad and his wife Sara Nasser, son Karim and his wife Rana had been traveling together, "
        "wrote film director Omar Haddad on Facebook.",
        topic="all",
    ) == ["Omar Haddad"]
    # a person in the appositive after a party tag describes the subject
    assert speakers(
        "Sen. Roy Blunt (R-Mo.), facing a stiff challenge from Secretary of State Jason Kander, noted the plan.",
        topic="all",
    ) == ["Roy Blunt"]
    # a relative clause closing an appositive title: "X, a chancellor who ..., said"
    assert speakers(
        "Olaf Scholz, a chancellor who has been criticised at home, said troops would not go.", topic="all"
    ) == ["Olaf Scholz"]


def test_a_document_that_uses_the_debates_own_terms_is_about_its_place():
    # a round-up that never writes the country's name, but speaks of peacekeepers
    text = (
        "Saturday: Keir Starmer said the coalition was ready, with troops on the ground if necessary.\n\n"
        "Sunday: Dmitry Medvedev wrote that NATO peacekeepers would mean war."
    )
    assert speakers(text) == ["Dmitry Medvedev", "Keir Starmer"]
    # without such a term, troops with no place are not the topic
    assert speakers("Saturday: Keir Starmer said troops on the ground had done well in the exercise.") == []


def test_spaced_initials_an_ambiguous_given_name_before_a_description_and_a_medium_phrase():
    assert speakers('"It is costly," said J. J. White, a firefighter.', topic="all") == ["J. J. White"]
    assert speakers("The U.S. Army said it was ready.", topic="all") == []
    assert speakers(
        "April Mellody, a spokeswoman for the convention, said in a statement that the team was ready.",
        topic="all",
    ) == ["April Mellody"]
    assert speakers("In April the plan was dropped.", topic="all") == []
    assert speakers(
        "Ben Carson proposed a new agency, while Jeb Bush in a Medium post said he would appoint judges.",
        topic="all",
    ) == ["Ben Carson", "Jeb Bush"]


def test_a_verb_between_a_comma_and_a_name_is_inverted():
    # "... to Mr. Y, said X": X speaks, Y (the object of "to") does not
    assert speakers(
        'Ada Lind would do well to begin "building bridges" to Mr. Tom Reed, said David Axel, a strategist.',
        topic="all",
    ) == ["David Axel"]


def test_a_reporting_verb_in_a_title_case_headline_ends_the_name():
    assert speakers("Senator Ada Lind Says Troops Will Not Go To Ukraine", topic="all") == ["Ada Lind"]
    # a headline "X: '...'" opened by a curly single quotation mark
    assert speakers("Ada Lind: ‘Of Course’ Troops Will Not Go To Ukraine", topic="all") == ["Ada Lind"]
    assert speakers("The memo said: ‘Nothing’ was known about troops.", topic="all") == []
    # one capitalised word before the verb is no name
    assert speakers("The Ada Calls Museum opened on Monday.", topic="all") == []


def test_a_second_verb_after_an_object_is_the_subjects_and_never_a_prepositions_object():
    assert speakers(
        "Senator Ada Lind has cast the plan as reckless and accused its authors of haste.", topic="all"
    ) == ["Ada Lind"]
    assert speakers("Critics of Senator Ada Lind met on Monday and accused her of haste.", topic="all") == []


def test_along_with_joins_a_speaker_and_a_later_verb_is_never_the_objects():
    assert speakers(
        "Senator Ada Lind, along with Governor Tom Reed, said the plan would fail.", topic="all"
    ) == ["Ada Lind", "Tom Reed"]
    # "met Y ... and said": Y is the object of "met"; the subject said it
    assert speakers(
        "Senator Ada Lind met Governor Tom Reed on Monday and said the plan would fail.", topic="all"
    ) == ["Ada Lind"]


def test_an_aside_after_the_appositive_and_a_relative_clause_closed_by_a_dash():
    assert speakers(
        "Tom Reed, the chairman of the county party in Ohio, for example, said the plan would fail.",
        topic="all",
    ) == ["Tom Reed"]
    assert speakers(
        "A former presidential candidate -- Ada Lind, who lost the 2008 race -- said the plan would fail.",
        topic="all",
    ) == ["Ada Lind"]
    # a person inside the dashes who is only the object of the clause does not speak
    assert (
        speakers("The senator -- who met Ada Lind on Monday -- said the plan would fail.", topic="all") == []
    )


def test_saying_after_before_or_while_is_the_subjects_not_the_objects():
    assert speakers(
        'On Tuesday, Senator Ada Lind deflected questions about Tom Reed before saying, "It is time to stop."',
        topic="all",
    ) == ["Ada Lind"]
    assert speakers(
        "Sen. Ada Lind, R-Ill., who faces a tough race in her home state, withdrew her endorsement of "
        "Tom Reed, saying he lacks the temperament for the job.",
        topic="all",
    ) == ["Ada Lind"]


def test_two_names_before_a_headline_colon_both_speak():
    assert speakers(
        'POLLS WERE NOT WRONG - Ada Lind and Tom Reed: "The polls failed to predict the result, but not '
        'because they were wrong."',
        topic="all",
    ) == ["Ada Lind", "Tom Reed"]
    assert (
        speakers('A meeting of Ada Lind and Tom Reed: "Nothing" came of it, the paper said.', topic="all")
        == []
    )


def test_a_place_after_in_or_a_name_modifying_a_noun_is_not_a_subject():
    assert (
        speakers(
            "Authorities in North Lindmark, the state next to Belgium, announced tighter controls on Tuesday.",
            topic="all",
        )
        == []
    )
    assert (
        speakers(
            "Their show of force in crucial Rust Belt states underscored how important the trade stance was.",
            topic="all",
        )
        == []
    )
    assert speakers("In Lindmark, Ada Lind announced that she would run.", topic="all") == ["Ada Lind"]


def test_an_alias_marker_a_contraction_and_an_outlet_led_by_an_article_are_no_names():
    assert speakers("Tom Reed, AKA Danger Mouse, said the album was done.", topic="all") == ["Tom Reed"]
    assert (
        speakers(
            "Ada Lind was returning to Cairo to see her father, according to Le Courrier Picard.", topic="all"
        )
        == []
    )
    # two words led by an article may be a surname: the person the document introduced (a row each)
    assert speakers(
        "Marine Le Pen said the plan was reckless. Le Pen added that voters would judge it.", topic="all"
    ) == ["Marine Le Pen", "Marine Le Pen"]


def test_a_contraction_of_i_is_never_part_of_a_name():
    from helpers.extract.mentions import find_mentions
    from helpers.extract.rules import compile_rules

    names = [
        m.name
        for m in find_mentions(
            "Other than Tom Reed I’ve chaired more hearings.", compile_rules("all"), "2025-03-05", {}
        )
    ]
    assert names == ["Tom Reed"]


def test_an_ing_verb_right_after_a_name_or_after_the_subjects_clause():
    # "with X calling": the -ing verb right after the name is that name's
    assert speakers(
        "Rivals went further, with former Governor Tom Reed calling the plan a disgrace.", topic="all"
    ) == ["Tom Reed"]
    assert speakers(
        "Senator Ada Lind sent out an appeal after the vote, asking supporters to oppose the plan.",
        topic="all",
    ) == ["Ada Lind"]
    assert speakers("Ada Lind went with the odds, pointing out that the plan would fail.", topic="all") == [
        "Ada Lind"
    ]
    # words between the name and the -ing verb: the object does not speak ("a prize for telling")
    assert (
        speakers("Critics who awarded Ada Lind a prize for telling the truth met on Monday.", topic="all")
        == []
    )
    assert (
        speakers("Critics who praised Ada Lind on Monday while calling for a vote were loud.", topic="all")
        == []
    )


def test_a_signed_post_and_an_institution_named_with_for_and_and():
    assert speakers("The hat says it all, people — Ada Lind (@adalind) September 1, 2016", topic="all") == [
        "Ada Lind"
    ]
    assert speakers("The hat says it all, people — Ada Lind, September 1, 2016", topic="all") == []
    # a team's account is no person
    assert (
        speakers("The hat says it all, people — Twitchy Team (@TwitchyTeam) June 28, 2016", topic="all") == []
    )
    assert speakers(
        '"The design would work," experts Ada Lind and Tom Reed of the Institute for Science and '
        "International Security wrote in September.",
        topic="all",
    ) == ["Ada Lind", "Tom Reed"]
    assert (
        speakers(
            "Alabama beat Clemson to take the National Championship in a game many are calling a classic.",
            topic="all",
        )
        == []
    )


def test_a_relative_clause_after_the_appositive_keeps_the_verb_with_the_head():
    text = (
        "Jan Novak, head of the National Security Bureau, which advises President Petr Pavel, ruled out "
        "Czech troops in Ukraine."
    )
    assert speakers(text) == ["Jan Novak"]
    # a pronoun clause between commas is an attribution, not a description of the name before it
    text = (
        "Former NATO commander Tom Reed said Europe had to be ready. Only Donald Trump, he argued, could "
        "send troops to Ukraine if he returned to the White House."
    )
    assert speakers(text) == ["Tom Reed"]


def test_a_refusal_to_comment_a_trip_and_an_outlet_named_by_its_kind_are_no_statements():
    assert (
        speakers(
            "Kremlin spokesman Dmitry Peskov declined on Thursday to comment on reports about European "
            "peacekeepers in Ukraine."
        )
        == []
    )
    assert (
        speakers(
            "Kremlin spokesman Dmitry Peskov refused to say whether Russia would accept European peacekeepers in Ukraine."
        )
        == []
    )
    assert speakers(
        "Kremlin spokesman Dmitry Peskov declined to rule out talks on European peacekeepers in Ukraine."
    ) == ["Dmitry Peskov"]
    assert speakers(
        "British troops for a force in Ukraine are ready, John Healey said, as Donald Trump and Vladimir "
        "Putin prepared to meet in Alaska."
    ) == ["John Healey"]
    text = (
        '"I see no point in Finland sending troops to Ukraine now," Alexander Stubb said, according to the '
        'newspaper Helsingin Sanomat. At the same time, he said, "the door should be left open for sending '
        'troops later."'
    )
    assert speakers(text) == ["Alexander Stubb"]
    assert speakers(
        "Greek Prime Minister Kyriakos Mitsotakis also distanced himself from sending troops to Ukraine."
    ) == ["Kyriakos Mitsotakis"]


def test_a_middle_word_of_a_table_name_later_alone_is_that_person():
    text = (
        "Foreign Minister Lars Løkke Rasmussen said Denmark was ready to send soldiers to Ukraine.\n\n"
        '"It is important that Europe sends the right signals," Løkke told broadcaster DR about the troops.'
    )
    # one row: "Løkke" is not a second person "Lars Løkke"
    assert speakers(text) == ["Lars Løkke Rasmussen"]


def test_heralded_advocated_and_a_progressive_pledge_are_positions():
    assert speakers('Chancellor Ada Lind heralded the deal as a "breakthrough."', topic="all") == ["Ada Lind"]
    assert speakers("Senator Ada Lind is pledging to take her campaign to the floor.", topic="all") == [
        "Ada Lind"
    ]
    assert speakers(
        "The plan costs half of what the Treasury secretary, Tom H. Reed, has advocated.", topic="all"
    ) == ["Tom H. Reed"]
    # "advocates" before a noun is a noun: no frame
    assert speakers("The Ada Lind advocates group met on Monday.", topic="all") == []


def test_former_officials_speaking_now_give_no_row_unless_the_table_holds_them():
    # codebook: "Former officials speaking now ...: no row"
    assert (
        speakers(
            "Retired Lieutenant General Tom Reed, a former commander of the army in Europe, argues that "
            "Europe could send troops to Ukraine without Washington."
        )
        == []
    )
    assert (
        speakers("Lord Reed, a former head of the army, said Britain could not lead a force in Ukraine.")
        == []
    )
    # a current office-holder described by a past office keeps the row
    assert speakers(
        "Ursula von der Leyen, a former German defence minister, said Europe must be ready to send troops to Ukraine."
    ) == ["Ursula von der Leyen"]
    assert speakers("General Tom Reed said Britain could lead a force of troops in Ukraine.") == ["Tom Reed"]
    # the topic-free mode keeps every speaker
    assert speakers("Lord Reed, a former head of the army, said the plan would fail.", topic="all") == [
        "Reed"
    ]
    # nor does their "he said" later in the document
    assert (
        speakers(
            "Retired General Tom Reed, a former commander of the army, spoke on Monday about troops in Ukraine. "
            '"Europe should stop being afraid," he said of sending troops to Ukraine.'
        )
        == []
    )


def test_the_person_someone_works_for_is_not_the_speaker():
    # "an adviser to the president said": the unnamed adviser speaks, not the president
    assert (
        speakers(
            "President Jane Roe met her cabinet on Monday. Estonia is considering sending troops to "
            "Ukraine, an adviser to the president said."
        )
        == []
    )
    assert speakers("Estonia could send troops to Ukraine, a spokesman to Jane Roe said.") == []
    # the person themselves still speaks
    assert speakers("Estonia could send troops to Ukraine, Jane Roe said.") == ["Jane Roe"]
    assert speakers("Speaking to Jane Roe, John Doe said Estonia could send troops to Ukraine.") == [
        "John Doe"
    ]


def test_a_common_word_glued_before_a_surname_is_no_part_of_the_name():
    # a title-case headline glues a descriptor to the surname; the body introduces the person
    text = (
        "Republican Donor Halvorsen and the Senator May Be Aligning.\n\n"
        "The casino owner Sheldon Halvorsen, a major donor, met the senator on Monday. "
        "Halvorsen said much of the discussion was about trade."
    )
    assert speakers(text, topic="all") == ["Sheldon Halvorsen"]
    # "Neither X nor Y": the conjunction opens the sentence, it is not a given name
    text = (
        "Neither Maria Lindqvist nor her rivals showed an appetite for a fight. "
        '"I cannot believe how civil it has been," Ms. Lindqvist said.'
    )
    assert speakers(text, topic="all") == ["Maria Lindqvist"]
    # a given name is kept, and so is a name particle ("de Blasio")
    text = "Bill de Blasio spoke on Monday. De Blasio said the move was made by the police."
    assert set(speakers(text, topic="all")) == {"Bill de Blasio"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an aide whose mention starts at its own title is the subject, not the employer before it
        (
            "Senator Mitch Holloway has blocked the nominees. Holloway spokesman Don Stewart would not say "
            "when the Senate will vote. \u201cI don\u2019t have any new announcements yet,\u201d he said.",
            "Don Stewart",
        ),
        # across sentences a pronoun keeps to the subjects named before over the objects
        (
            "Mayor Marty Walsh, a former labor leader, had close ties to Vice President Joe Biden. "
            "But on Sunday he finally gave Hillary Clinton a ringing endorsement. "
            '"We need someone who is battle tested," he said.',
            "Marty Walsh",
        ),
    ],
)
def test_a_pronoun_points_to_the_subject_before_not_to_an_employer_or_an_object(text: str, speaker: str):
    assert speakers(text, topic="all") == [speaker]


def test_a_name_after_a_round_up_label_dash_is_the_subject_a_pronoun_points_to():
    text = (
        "SPAIN — Prime Minister Pedro Alvarez was blunt. Asked whether Spain would back a peacekeeping "
        'mission, the prime minister replied: "We do not see the deployment of Spanish troops on Ukrainian '
        'soil." He reminded reporters that Madrid had signed a security agreement with Kyiv.\n\n'
        "GERMANY — Defence Minister Klaus Brenner has drawn a line around timing.\n"
        "In an interview, he said there would be no German soldiers on Ukrainian soil while the war goes on."
    )
    rows = statement_rows(text, "ukraine_troops", "2025-03-05").set_index("speaker")
    # the German paragraph's "he" is Brenner, not the Spanish speaker of the paragraph before
    assert sorted(rows.index) == ["Klaus Brenner", "Pedro Alvarez"]
    assert "German soldiers" in rows.loc["Klaus Brenner", "sentence"]


def test_analysts_and_experts_give_no_row_in_topic_mode():
    # codebook: rows are for named officials; the description may come a sentence before the quote
    text = (
        "Jane Roe, a senior research fellow at the Centre for Strategy in Vilnius, argued in a commentary "
        "that the size of the force matters less than its presence. "
        '"A smaller force of troops in Ukraine would not undermine the mission," she said.'
    )
    assert speakers(text) == []
    assert speakers("Military analyst John Doe said Britain could send troops to Ukraine.") == []
    # an official keeps the row, and the topic-free mode keeps every person
    assert speakers("Defence Minister John Doe said Britain could send troops to Ukraine.") == ["John Doe"]
    assert speakers("Military analyst John Doe said the plan would fail.", topic="all") == ["John Doe"]


def test_positions_kept_or_long_held_without_a_reporting_verb():
    assert speakers("Prime Minister Jane Roe has kept an open mind about Danish troops in Ukraine.") == [
        "Jane Roe"
    ]
    assert speakers("President John Doe has long pushed for Europeans to deploy troops to Ukraine.") == [
        "John Doe"
    ]
    assert speakers("Kremlin spokesman John Doe joined the criticism of the idea of troops in Ukraine.") == [
        "John Doe"
    ]
    # "kept" or "long" alone is no position
    assert speakers("General John Doe kept the troops in Ukraine waiting for hours.") == []
    assert speakers("Jane Roe has long lived near the barracks of the troops in Ukraine.") == []


def test_a_possessive_before_a_statement_noun_reports_the_owners_position():
    assert speakers(
        "The ministry sought to clarify President Jean Dupont's refusal to exclude sending troops to Ukraine."
    ) == ["Jean Dupont"]
    assert speakers(
        "The clarification followed President Jean Dupont's remarks about sending ground troops to Ukraine."
    ) == ["Jean Dupont"]
    # a visit or a trip is no statement
    assert speakers("President Jean Dupont's visit to the troops in Ukraine lasted a day.") == []


def test_leading_a_plan_or_opening_the_door_is_a_position():
    assert speakers("President Jean Dupont has led the push for a force of European troops in Ukraine.") == [
        "Jean Dupont"
    ]
    assert speakers("President Jean Dupont opened the door in February to Western troops in Ukraine.") == [
        "Jean Dupont"
    ]
    # leading something else, or a door opened for someone, is no position
    assert speakers("General Jean Dupont led the troops in Ukraine through the winter.") == []
    assert speakers("Jean Dupont opened the door of the barracks for the troops in Ukraine.") == []


def test_every_name_in_a_list_after_a_passive_agent_or_an_inverted_verb_speaks():
    assert speakers(
        "The joint statement backed a force of European troops in Ukraine. It was signed by Prime Minister "
        "Jane Roe, President John Doe and Chancellor Jean Dupont."
    ) == ["Jane Roe", "Jean Dupont", "John Doe"]
    assert speakers(
        "Sending troops to Ukraine was rejected by Prime Minister Jane Roe and President John Doe."
    ) == ["Jane Roe", "John Doe"]
    # signing a bill is an act, not words; a name after an appositive is not a list item
    assert (
        speakers("The bill on troops for Ukraine was signed by Governor Jane Roe and Mayor John Doe.") == []
    )
    assert speakers(
        '"Troops will not go to Ukraine," said Jane Roe, a spokeswoman for the parent company, Acme Holdings.',
        topic="all",
    ) == ["Jane Roe"]


def test_a_leaders_office_speaks_in_the_leaders_name_a_spokesman_does_not():
    assert speakers("Prime Minister Jane Roe's office said Italy would not send soldiers to Ukraine.") == [
        "Jane Roe"
    ]
    assert speakers(
        "Prime Minister Jane Roe met the president on Monday. Her office said on Thursday that Italy does "
        "not plan to send soldiers to Ukraine."
    ) == ["Jane Roe"]
    assert (
        speakers("Prime Minister Jane Roe's spokesman said Italy would not send soldiers to Ukraine.") == []
    )
    assert speakers("Prime Minister Jane Roe's office was near the barracks of the troops in Ukraine.") == []


def test_positions_spoken_for_made_conditional_or_pressed_ahead_with():
    assert speakers("President John Doe has spoken in favour of sending European troops to Ukraine.") == [
        "John Doe"
    ]
    assert speakers(
        "Chancellor Jean Dupont has tied any German contribution to a force in Ukraine to a U.S. backstop."
    ) == ["Jean Dupont"]
    assert speakers(
        'Jane Roe and John Doe have been building a "coalition of the willing" to send troops to Ukraine.'
    ) == ["Jane Roe", "John Doe"]
    assert speakers("Jane Roe is pressing ahead with plans for a European force in Ukraine.") == ["Jane Roe"]
    # tying a knot or building a road is no position
    assert speakers("General Jean Dupont tied the boats to the pier for the troops in Ukraine.") == []
    assert speakers("Jane Roe is building a road for the troops in Ukraine.") == []


def test_relative_and_appositive_shapes_before_a_position():
    assert speakers(
        "His view matches that of President John Doe, the commander-in-chief, who has said many times "
        "that no soldier will go to Ukraine."
    ) == ["John Doe"]
    assert speakers(
        "President John Doe, a critic of aid to Kyiv, has for his part said that Bulgaria must not send "
        "soldiers to Ukraine."
    ) == ["John Doe"]
    assert speakers(
        "The pledge puts her at odds with President Jean Dupont, who caused a stir in February by refusing "
        "to rule out sending Western troops to Ukraine."
    ) == ["Jean Dupont"]
    # the relative clause holds no position; a person inside a reported clause after an aside only
    # stands in what was reported
    assert (
        speakers("She met President Jean Dupont, the host, who has a house near the troops in Ukraine.") == []
    )
    assert speakers(
        "President John Doe told reporters that he saw no problem with European troops in Ukraine and "
        "that, in his view, Jean Dupont would accept them."
    ) == ["John Doe"]


def test_a_state_named_by_its_form_is_no_speaker():
    assert speakers("Instead, the Grand Duchy intends to send drones rather than troops to Ukraine.") == []
    assert speakers(
        "Instead, Prime Minister Jane Roe intends to send drones rather than troops to Ukraine."
    ) == ["Jane Roe"]


def test_the_subject_of_a_relative_clause_on_a_plan_is_its_proposer():
    assert speakers(
        "Moscow has rejected the plan for troops in Ukraine that Jane Roe and John Doe have put forward."
    ) == ["Jane Roe", "John Doe"]
    assert speakers(
        "Critics attacked the troop offer for Ukraine that Prime Minister Jane Roe made this week."
    ) == ["Jane Roe"]
    # a clause of its own before the person, or no plan noun: only mentioned
    assert (
        speakers("Critics attacked the troop plan for Ukraine that critics say Jane Roe made this week.")
        == []
    )
    assert speakers("The troops in Ukraine that Prime Minister Jane Roe visited were tired.") == []


def test_scorn_allowances_and_cases_made_are_positions_a_lead_maintained_is_not():
    assert speakers(
        'Vice President John Doe this week derided the idea of troops in Ukraine as "a pose".'
    ) == ["John Doe"]
    assert speakers("Chancellor Jean Dupont allows for German troops in Ukraine after a peace deal.") == [
        "Jean Dupont"
    ]
    assert speakers(
        "President Jean Dupont made a similar case for European troops in Ukraine on Monday."
    ) == ["Jean Dupont"]
    assert speakers(
        "Chancellor Jean Dupont still considers talk of troops in Ukraine premature, his spokesman John Doe said."
    ) == ["Jean Dupont", "John Doe"]
    assert (
        speakers("Senator Jane Roe still maintains a lead in the polls on troops for Ukraine.", topic="all")
        == []
    )


def test_a_clause_of_its_own_after_a_semicolon_or_a_conjunction_keeps_its_subject():
    assert speakers(
        "The envoys split over troops in Ukraine: John Doe sketched British and French zones; Jean Dupont "
        "mocked the idea of troops in Ukraine."
    ) == ["Jean Dupont", "John Doe"]
    assert speakers(
        "Prime Minister Jane Roe calls European troops in Ukraine the least effective option and Chancellor "
        "John Doe has called the debate about troops in Ukraine highly inappropriate."
    ) == ["Jane Roe", "John Doe"]
    # inside the reported clause (after "that") the person is only what was reported
    assert speakers(
        "Prime Minister Jane Roe said that the plan for troops in Ukraine was weak and John Doe would oppose it."
    ) == ["Jane Roe"]


def test_a_pronoun_after_a_subordinator_is_its_own_sentences_subject():
    text = (
        '"Let us not limit ourselves," President John Doe said of troops in Ukraine.\n\n'
        "President Jean Dupont caused a stir last week when he said that sending troops to Ukraine should "
        "not be excluded."
    )
    assert speakers(text) == ["Jean Dupont", "John Doe"]
    # after a reporting verb the subject's words are about someone else: the pronoun keeps to them
    text = (
        "President Jean Dupont spoke about troops in Ukraine. Jane Roe says she knew little about "
        "troops in Ukraine before he announced the plan to send troops to Ukraine."
    )
    assert "Jean Dupont" in speakers(text, topic="all")


def test_a_clause_that_points_back_to_the_topic_keeps_its_speaker_beside_an_on_topic_clause():
    text = (
        "Talk of European troops in Ukraine is everywhere.\n\n"
        "In Europe, Prime Minister Jane Roe has called the debate very premature, and Minister John Doe has "
        "said discussing peacekeepers is premature."
    )
    assert speakers(text) == ["Jane Roe", "John Doe"]
    # a clause about something else does not point back
    text = (
        "Talk of European troops in Ukraine is everywhere.\n\n"
        "Prime Minister Jane Roe has promised to cut taxes quickly, and Minister John Doe has said "
        "discussing peacekeepers is premature."
    )
    assert speakers(text) == ["John Doe"]


def test_plural_plans_and_a_countrys_part_point_back_to_the_topic():
    lead = "Leaders discussed sending European troops to Ukraine after a ceasefire. "
    assert speakers(
        lead + "Foreign Minister John Doe has said Moscow is not satisfied with the proposals."
    ) == ["John Doe"]
    assert speakers(
        lead + "Secretary General Jane Roe said European involvement would depend on the deal."
    ) == ["Jane Roe"]
    assert speakers(lead + "Secretary General Jane Roe said the economy would depend on the deal.") == []


_FILLER = (
    "The city council met on Tuesday to discuss the budget for schools and roads. "
    "Officials said the new bridge would open next spring after long delays. "
    "Local traders complained about parking fees in the old town. "
)


def test_a_noun_that_points_back_reaches_further_only_in_an_article_that_keeps_to_the_topic():
    dense = (
        "President Jean Dupont is pushing for a European peacekeeping force in Ukraine after a ceasefire. "
        "He took the idea to Warsaw on Thursday. Who has said no? "
        "Prime Minister John Doe said on Thursday that Poland was not planning such actions. "
        "Minister Jane Roe said on Friday that British troops could go to Ukraine after a peace deal."
    )
    assert speakers(dense) == ["Jane Roe", "Jean Dupont", "John Doe"]
    # the same paragraph inside a long article about other things: the thread is lost
    sparse = _FILLER * 4 + dense + " " + _FILLER * 4
    assert "John Doe" not in speakers(sparse)


def test_both_of_a_pair_and_a_proposal_any_noun_names():
    assert speakers(
        "Prime Minister Jane Roe and President John Doe also signed the statement on troops for Ukraine, "
        "though both have said their countries will not contribute soldiers."
    ) == ["Jane Roe", "John Doe"]
    assert speakers(
        "President Jean Dupont rejected the idea of American soldiers in Ukraine for demining, tasks that "
        "Foreign Minister Jane Roe had floated earlier in the day."
    ) == ["Jane Roe", "Jean Dupont"]
    # "both" with no pair before it, and a noun whose relative clause holds no proposal
    assert speakers("Both have said troops will not go to Ukraine.") == []
    assert speakers("The troops that Minister Jane Roe inspected will not go to Ukraine.") == []


def test_a_debate_started_a_plan_championed_and_pressure_on_others_are_positions():
    assert speakers(
        "President Jean Dupont, who started the debate on troops for Ukraine in December, convened the meeting."
    ) == ["Jean Dupont"]
    assert speakers("President Jean Dupont has championed a European presence of troops in Ukraine.") == [
        "Jean Dupont"
    ]
    assert speakers(
        "President John Doe is pressing Europeans to monitor any peace deal in Ukraine with troops."
    ) == ["John Doe"]
    assert speakers(
        "Minister Jane Roe went further on Feb. 19: no neighbour should send troops to Ukraine."
    ) == ["Jane Roe"]
    # pressing a button to open a door, a debate about something else
    assert speakers("General John Doe is pressing the button to open the gate for troops in Ukraine.") == []


def test_a_body_named_with_an_acronym_and_a_think_tank_head_give_no_row():
    lead = "Leaders discussed sending British troops to Ukraine after a ceasefire. "
    assert speakers(lead + "Reform UK has questioned whether the army has the troops for Ukraine.") == []
    assert (
        speakers(
            lead
            + "Jane Roe, co-director of the Network for Strategic Analysis, said troops for Ukraine were a bluff."
        )
        == []
    )
    assert speakers(
        lead + "Defence Minister Jane Roe has questioned whether the army has the troops for Ukraine."
    ) == ["Jane Roe"]


def test_a_signed_peace_stands_for_the_place_in_copy_that_never_names_it():
    assert speakers(
        '"It may be necessary to deploy European forces," President Jean Dupont said. "They would be there once '
        'peace is signed."'
    ) == ["Jean Dupont"]
    # European forces with no place and no peace: another debate
    assert speakers('"It may be necessary to deploy European forces," President Jean Dupont said.') == []


def test_an_inverted_verb_may_name_a_list_of_speakers():
    assert speakers(
        '"We will not send troops to Ukraine," said Prime Minister Jane Roe and Defence Minister John Doe.'
    ) == ["Jane Roe", "John Doe"]
    # no comma or quotation mark before the verb: the names are what was said
    assert speakers(
        "President Jean Dupont said Jane Roe and John Doe were wrong about troops in Ukraine."
    ) == ["Jean Dupont"]


def test_a_list_whose_items_carry_titles_after_an_introduction_naming_others():
    text = (
        "The statement backing European troops in Ukraine was signed by Jane Roe, French President Jean Dupont and "
        "European Commission President Anna Berg, together with the leaders of Denmark and Finland."
    )
    assert speakers(text) == ["Anna Berg", "Jane Roe", "Jean Dupont"]
    text = (
        "In a joint statement after talks in Berlin with envoys John Doe and Paul Kent, Chancellor Jane Roe, "
        "President Jean Dupont and Prime Minister Anna Berg backed a force of European troops in Ukraine."
    )
    # the envoys before the list are where the talks were held, not signatories
    assert speakers(text) == ["Anna Berg", "Jane Roe", "Jean Dupont"]


def test_a_government_or_camp_of_a_person_speaks_as_an_institution():
    assert (
        speakers(
            "The government of Prime Minister Jane Roe has said Polish soldiers will not be stationed in Ukraine."
        )
        == []
    )
    assert speakers("Prime Minister Jane Roe has said Polish soldiers will not be stationed in Ukraine.") == [
        "Jane Roe"
    ]


def test_security_guarantees_alone_are_the_topic_only_near_it():
    assert (
        speakers(
            "Prime Minister Jane Roe said the strongest security guarantee for Ukraine is a strong Ukrainian army."
        )
        == []
    )
    assert speakers(
        "Leaders discussed sending European troops to Ukraine after a ceasefire. Prime Minister Jane Roe said "
        "her country would decide on its contribution to security guarantees for Ukraine with parliament."
    ) == ["Jane Roe"]


def test_security_guarantees_count_only_right_after_an_on_topic_sentence():
    on_topic = "Leaders discussed sending European troops to Ukraine after a ceasefire."
    guarantee = "Prime Minister Jane Roe said any security guarantees for Ukraine would need legally binding documents."
    filler = "Prime Minister Tom Kent spoke about energy prices. Talks on trade went on into the night."
    assert speakers(f"{on_topic} {guarantee}") == ["Jane Roe"]
    # two sentences on other subjects between: the phrase is the talks' treaty side, not the topic
    assert speakers(f"{on_topic} {filler} {guarantee}") == []


def test_a_european_given_name_before_of_and_a_firm_is_a_person():
    text = '"Troops in Ukraine would change the market," said an analyst. Holger Schmieding of Berenberg said that a deployment of European troops in Ukraine was not priced in.'
    assert speakers(text, topic="all") == ["Holger Schmieding"]
    # the head of a longer name joined by "of" is still a body
    assert speakers("Federal Bureau of Prisons said that inmates would be moved.", topic="all") == []


def test_a_proposal_expected_of_a_leader_is_his_in_topic_mode_only():
    text = "French President Jean Dupont is expected to raise a peacekeeping mission for Ukraine at the EU summit, Radio Liberty reported."
    assert speakers(text) == ["Jean Dupont"]
    # the topic-free mode keeps what was said, not what others expect to be said
    assert speakers(text, topic="all") == []
    # being expected somewhere is no proposal
    assert (
        speakers(
            "French President Jean Dupont is expected to attend the summit, where a peacekeeping mission for Ukraine is on the agenda."
        )
        == []
    )


def test_the_names_joined_in_a_statement_sign_it():
    text = (
        "On Sunday, Chancellor Jane Roe joined Prime Minister Anna Berg and President Jean Dupont in a statement "
        "declaring their readiness to deploy a reassurance force in Ukraine once hostilities had ceased."
    )
    assert speakers(text) == ["Anna Berg", "Jane Roe", "Jean Dupont"]
    # joined in a city or on a call: the others are only mentioned
    assert (
        speakers(
            "On Sunday, Chancellor Jane Roe joined Prime Minister Anna Berg and President Jean Dupont in Kyiv, where a "
            "reassurance force for Ukraine was on the agenda."
        )
        == []
    )


def test_a_list_whose_members_all_spoke():
    text = (
        "Jane Roe, Anna Berg and Jean Dupont have all commented on the plan for a European force in Ukraine."
    )
    assert speakers(text) == ["Anna Berg", "Jane Roe", "Jean Dupont"]
    assert speakers("Jane Roe, Anna Berg and Jean Dupont have all visited Ukraine.") == []


def test_context_does_not_carry_into_a_neighbouring_subject():
    lead = "Prime Minister Anna Berg said European troops could go to Ukraine after a ceasefire."
    # the alliance's door, a sanctions package, land: the next sentence has a subject of its own
    for other in (
        "Defence Secretary Jane Roe said that NATO membership for Ukraine was not a realistic outcome.",
        "Foreign Minister Jane Roe said that a package of measures against Russia was being prepared.",
        "Foreign Minister Jane Roe said that Ukraine must not be pushed into territorial concessions.",
    ):
        assert speakers(f"{lead} {other}") == ["Anna Berg"], other
    # the same sentence on the question keeps its row
    assert speakers(f"{lead} Defence Secretary Jane Roe said that was premature.") == [
        "Anna Berg",
        "Jane Roe",
    ]


def test_as_stated_by_and_in_the_words_of_name_the_speaker():
    assert speakers(
        "Moscow's position, as stated by Foreign Ministry spokeswoman Jane Roe, remains that NATO troops in "
        "Ukraine are unacceptable."
    ) == ["Jane Roe"]
    assert speakers("NATO troops in Ukraine are a red line, in the words of Foreign Minister Jane Roe.") == [
        "Jane Roe"
    ]
    # the one told is no speaker
    assert (
        speakers(
            "Moscow's position, as stated by the ministry to Ambassador Jane Roe, is that NATO troops in Ukraine are unacceptable."
        )
        == []
    )


def test_a_speaker_reporting_their_own_leaders_position_states_it_too():
    quoted = (
        '"From the very outset, our Prime Minister has made clear that Australia will play its part in a '
        'force for Ukraine," Defence Minister Richard Marles told the House of Representatives.'
    )
    assert speakers(quoted) == ["Anthony Albanese", "Richard Marles"]
    reported = (
        "White House press secretary Karoline Leavitt said on Tuesday that the president would not have "
        "American soldiers on the ground in Ukraine."
    )
    assert speakers(reported) == ["Donald Trump", "Karoline Leavitt"]
    # the leader only mentioned, or a speaker whose country is unknown: no leader's row
    assert speakers(
        '"Our Prime Minister met the troops bound for the force in Ukraine," Defence Minister Richard Marles said.'
    ) == ["Richard Marles"]
    assert speakers('"The president has been clear that no troops will go to Ukraine," said Jane Roe.') == [
        "Jane Roe"
    ]


def test_an_occasion_used_to_state_a_position():
    assert speakers(
        "Prime Minister Jane Roe used a joint news conference on Tuesday to push back against a plan for "
        "European troops in Ukraine."
    ) == ["Jane Roe"]
    # a trip made to meet someone states nothing
    assert (
        speakers("Prime Minister Jane Roe flew to Kyiv on Tuesday to meet commanders of a force for Ukraine.")
        == []
    )


def test_a_position_said_to_be_unchanged_is_the_possessors():
    assert speakers(
        "Secretary General Jane Roe's position is unchanged: no plans to send alliance troops to Ukraine."
    ) == ["Jane Roe"]
    # a possessive on something that is no position
    assert (
        speakers(
            "Secretary General Jane Roe's plane is unchanged: it flies to Kyiv, far from any troops for Ukraine."
        )
        == []
    )


def test_training_and_operations_named_by_their_place_are_the_topic():
    assert speakers(
        "Defence Minister Jane Roe said training on Ukrainian soil was not an option for Germany."
    ) == ["Jane Roe"]
    assert speakers(
        "President Jean Dupont said Western ground operations in Ukraine might be necessary one day."
    ) == ["Jean Dupont"]
    # the same words about another place
    assert speakers("Defence Minister Jane Roe said ground operations in Gaza would go on for months.") == []


def test_background_positions_in_other_words():
    # a passive that rejects or sets out, an exclusion, a push with an adverb, work on a proposal
    assert speakers(
        "President Jean Dupont went to Warsaw to discuss sending peacekeepers to Ukraine, but was shot down by "
        "Prime Minister Jane Roe."
    ) == ["Jane Roe"]
    assert speakers("President Jean Dupont also excluded the deployment of American troops in Ukraine.") == [
        "Jean Dupont"
    ]
    assert speakers(
        "Prime Minister Jane Roe has worked with Jean Dupont on a proposal for a reassurance force in Ukraine."
    ) == ["Jane Roe"]
    assert speakers(
        "Troops for Ukraine were debated. President Jean Dupont, who is pushing hardest for a European force in "
        "Ukraine, spoke on Monday."
    ) == ["Jean Dupont"]
    # excluded from something is not excluding it
    assert speakers("Prime Minister Jane Roe was excluded from the talks on troops for Ukraine.") == []


def test_personnel_placed_in_another_country_are_not_the_topic():
    lead = "The war in Ukraine goes on."
    assert (
        speakers(
            f"{lead} Shadow defence secretary Jane Roe called the remark disrespectful to soldiers who died in Iraq."
        )
        == []
    )
    assert speakers(f"{lead} Defence Minister Jane Roe said French soldiers would not go there.") == [
        "Jane Roe"
    ]


def test_a_relative_clause_that_says_the_speaker_heads_an_association():
    assert (
        speakers(
            "Colonel Jane Roe, who chairs the association of serving soldiers, told Reuters that Britain would "
            "need 10,000 troops in Ukraine."
        )
        == []
    )
    # chairing a coalition of states is an office
    assert speakers(
        "Prime Minister Jane Roe, who chairs the coalition of the willing, told Reuters that Britain would "
        "send troops to Ukraine."
    ) == ["Jane Roe"]


def test_the_european_given_name_list_adds_names_and_no_ordinary_words():
    from helpers.extract import lexicon

    intl = lexicon.table("given_names_intl.tsv")
    # it adds to the census and hand lists, never repeats or overrides them
    assert not set(intl) & (
        set(lexicon.table("given_names_census.tsv")) | set(lexicon.table("given_names.tsv"))
    )
    # no word of the lists that keep a capitalised word out of names
    for name in ("function_words.txt", "titles.txt", "non_person_heads.txt", "given_names_ambiguous.txt"):
        assert not set(intl) & lexicon.words(name), name
    assert {"holger", "slawomir", "jaroslav"} <= set(lexicon.given_names())
    assert set(intl.values()) <= {"m", "f", "?"}


def test_an_explainers_question_passes_the_topic_to_its_answer():
    text = (
        "Britain and France want troops in Ukraine. Kremlin spokesman Jan Novak has called NATO contingents "
        "unacceptable.\n\nDoes Russia get a veto? Prime Minister Jane Roe and President Jean Dupont say no."
    )
    assert speakers(text) == ["Jan Novak", "Jane Roe", "Jean Dupont"]
    # a question far from the topic's last sentence starts a subject of its own
    far = (
        "Britain and France want troops in Ukraine. Prices rose in March. Wages fell in April. Will taxes "
        "rise? Prime Minister Jane Roe says no."
    )
    assert speakers(far) == []


def test_a_pronoun_after_although_is_its_own_sentences_subject():
    text = (
        "President Jean Dupont said on Thursday that he backed a truce.\n\n"
        "Last month, after a meeting on Ukraine that he joined remotely, Foreign Minister Jacques Martin told "
        "the broadcaster RTP that asking whether Portugal would send troops made no sense, although he said "
        "Ukraine's security would have to be guaranteed by European states."
    )
    assert speakers(text) == ["Jacques Martin"]
    # a person named between the subject's reporting verb and the pronoun keeps the pronoun
    # from the subject ("A told B ..., although he said" may be B's)
    assert (
        _own_subject_of_although(
            "Jane Roe told Jean Dupont that troops would go, although he said they should not."
        )
        is None
    )


def _own_subject_of_although(sentence: str):
    from helpers.extract.attribution import find_mentions
    from helpers.extract.document import _own_sentence_subject
    from helpers.extract.rules import compile_rules

    rules = compile_rules("ukraine_troops")
    mentions = find_mentions(sentence, rules, "2025-03-05", {})
    pronoun = next(m for m in mentions if m.kind == "pronoun")
    return _own_sentence_subject(sentence, mentions, pronoun)


def test_a_second_verb_after_another_subjects_reporting_verb_is_that_subjects():
    assert speakers(
        "On May 27, after meeting NATO Secretary General Tomas Lindqvist in Sofia, Prime Minister Jane Roe said "
        "that sending troops to Ukraine had never been discussed and called the claim disinformation."
    ) == ["Jane Roe"]
    # a parenthetical reporting verb does not end the subject's clause
    assert speakers(
        "Italy's Prime Minister Jane Roe also joined the call, her office said, and told partners that "
        "Italian participation in a ground force in Ukraine was not foreseen."
    ) == ["Jane Roe"]


def test_a_movement_of_a_former_leader_speaks_as_an_institution():
    assert (
        speakers(
            "- Opposition: The ANO movement of Tomas Lindqvist and the Freedom party said they were strongly "
            "against sending Czech soldiers to Ukraine, and accused the government of preparing the ground for it."
        )
        == []
    )
    # "former" may stand between the body and the name (a table person keeps no row either)
    assert (
        speakers(
            "- Opposition: The ANO movement of former prime minister Andrej Babiš said they were strongly "
            "against sending Czech soldiers to Ukraine, and accused the government of preparing the ground for it."
        )
        == []
    )
    assert speakers(
        "- Opposition: ANO leader Tomas Lindqvist said he was strongly against sending Czech soldiers to Ukraine."
    ) == ["Tomas Lindqvist"]


def test_the_subject_of_a_condition_says_nothing():
    assert (
        speakers(
            "Several governments are asking what role they might play in Ukraine if President Jean Dupont "
            "pushes for a rapid ceasefire and calls for peacekeepers."
        )
        == []
    )
    assert speakers(
        "\"If Jean Dupont says, 'Here is my plan,' then others will send troops to Ukraine,\" "
        "Defence Minister Jane Roe said."
    ) == ["Jane Roe"]
    assert speakers("President Jean Dupont called for peacekeepers in Ukraine.") == ["Jean Dupont"]


def test_a_table_person_who_has_left_office_is_a_former_official():
    text = (
        "Dmytro Kuleba, who left the foreign ministry in September, has said Ukraine could be waiting for "
        "years and has backed the idea of a peacekeeping mission in the meantime."
    )
    assert speakers(text, published="2024-12-01") == []
    # while in office, the same words give a row
    assert speakers(text.replace("in September", "in the spring"), published="2024-03-01") == [
        "Dmytro Kuleba"
    ]


def test_training_at_home_is_not_a_deployment():
    lead = "Allies debate sending trainers to Ukraine.\n\n"
    assert (
        speakers(
            lead + "Latvia already trains Ukrainian soldiers on its own territory, Defence Minister Jane Roe "
            "said in December."
        )
        == []
    )
    assert speakers(
        lead
        + "Defence Minister Jane Roe said Latvia would train Ukrainian soldiers inside Ukraine this year."
    ) == ["Jane Roe"]


def test_a_pronoun_after_a_role_word_subject_is_the_last_speaker_of_that_role():
    text = (
        "PARIS — Foreign Minister Jean Dupont said on Tuesday that jets would fly soon, but declined to say "
        'whether French soldiers could be sent to Ukraine. "They will be ready," he said.\n\n'
        "The exact number of jets has not been made public. Defence Minister Jacques Martin and his "
        "Ukrainian counterpart, Tomas Lindqvist, have discussed the handover.\n\nPressed on whether French troops "
        "might be deployed to Ukraine after a ceasefire, the minister did not answer. He said instead that "
        "Europe would have to play a major part in guaranteeing the peace, without saying whether it would "
        "involve soldiers."
    )
    assert speakers(text) == ["Jean Dupont"]


def test_a_scholars_affiliation_after_the_name_marks_a_non_official():
    assert (
        speakers(
            "Military experts say the numbers are daunting. Tomas Lindqvist of the Bundeswehr University in Munich "
            'estimates that a force in Ukraine would need 20,000 soldiers. "They would not fight," he told Bild.'
        )
        == []
    )
    assert speakers(
        "Tomas Lindqvist of the Defence Committee estimates that a force in Ukraine would need 20,000 soldiers, "
        "he told Bild."
    ) == ["Tomas Lindqvist"]


def test_an_appositive_with_a_bracketed_acronym_goes_on_after_the_title():
    assert speakers(
        "Tomas Lindqvist, the leader of the Alliance for the Union of Romanians (AUR) and a member of parliament, "
        'said before the talks that "no Romanian soldier should be sent to Ukraine," according to Digi24.'
    ) == ["Tomas Lindqvist"]
    # a clause of its own after the title is no description: its verb is not the name's
    assert speakers(
        "Tomas Lindqvist, the leader of the party, in a statement that Prime Minister Jane Roe has said "
        "troops would go to Ukraine, refused."
    ) != ["Tomas Lindqvist"]


def test_a_remark_named_in_a_whose_clause_is_its_owners():
    assert speakers(
        "Prime Minister Jane Roe's words about strategic ambiguity echo those of President Jean Dupont, whose "
        "remark in February that Western troops in Ukraine could not be excluded caused a stir."
    ) == ["Jane Roe", "Jean Dupont"]
    # a person whose visit, not whose remark, is named says nothing
    assert speakers(
        "Prime Minister Jane Roe said troops could go to Ukraine, a week after President Jean Dupont, whose "
        "visit in February to Kyiv was brief, met her."
    ) == ["Jane Roe"]


def test_a_pronoun_after_a_subordinator_is_the_only_person_named_before_it():
    lead = "Defence Minister Jacques Martin said on Monday that Greek troops would not go to Ukraine.\n\n"
    assert speakers(
        lead + "His comments repeated the position Prime Minister Tomas Lindqvist set out in Paris in March, "
        "when he said Sweden was not among the countries ready to send troops to Ukraine."
    ) == ["Jacques Martin", "Tomas Lindqvist"]
    # after a pronoun subject, the person named inside its clause is not the second pronoun
    assert speakers(
        lead + "He acknowledged that Prime Minister Tomas Lindqvist might reject the idea, and he repeated "
        "that the country itself would not contribute ground troops to Ukraine."
    ) == ["Jacques Martin"]


def test_a_bare_pronoun_after_personnel_placed_elsewhere_does_not_carry_the_topic():
    lead = "NATO chief Jean Dupont said allied forces should not be on the ground in Ukraine.\n\n"
    assert speakers(
        lead + "Latvia already trains Ukrainian soldiers on its own territory. Defence Minister Jane Roe "
        "agreed in December that Latvia would take in recruits this year."
    ) == ["Jean Dupont"]
    # a noun that points back still names the topic ("the coalition")
    assert speakers(
        lead + "Latvia already trains Ukrainian soldiers on its own territory. Defence Minister Jane Roe "
        "said Latvia had made no commitment to the coalition itself."
    ) == ["Jane Roe", "Jean Dupont"]


def test_forces_on_the_ground_of_the_place_and_keeping_the_peace_there_are_the_topic():
    assert speakers(
        "The alliance's forces should not be on the ground or in the skies of Ukraine, NATO chief Jean "
        "Dupont said on May 27."
    ) == ["Jean Dupont"]
    assert speakers(
        "Foreign Minister Jane Roe said Canada wants a role in keeping the peace in Ukraine once the war is over."
    ) == ["Jane Roe"]
    # forces on the ground elsewhere, or keeping the peace at home, are not
    assert speakers("Foreign Minister Jane Roe said the forces on the ground in Mali were tired.") == []
    assert speakers("Foreign Minister Jane Roe said police were keeping the peace in the capital.") == []


def test_signatories_hold_what_the_next_sentence_says_their_statement_holds():
    signed = (
        "The statement issued in Berlin on Monday night was signed by Chancellor Jean Dupont and Prime "
        "Minister Jane Roe, together with the leaders of Denmark and Finland."
    )
    content = (
        'It calls for a European-led "multinational force Ukraine", made up of contributions from nations.'
    )
    assert speakers(f"{signed} {content}") == ["Jane Roe", "Jean Dupont"]
    # the content in another paragraph, or a next sentence that is not the statement's, gives no row
    assert speakers(f"{signed}\n\n{content}") == []
    assert speakers(f"{signed} Officials said a multinational force for Ukraine was discussed.") == []


def test_attending_after_a_modal_is_no_frame():
    assert (
        speakers(
            "Australia's military representative to NATO, Air Marshal Tomas Lindqvist, will attend Tuesday's "
            "meeting in Paris, where sending peacekeepers to Ukraine is expected to be on the table."
        )
        == []
    )
    assert speakers("Defence Minister Tomas Lindqvist will send peacekeepers to Ukraine.") == [
        "Tomas Lindqvist"
    ]


def test_being_among_the_few_to_welcome_a_proposal_is_a_position():
    lead = 'President Jean Dupont said sending troops to Ukraine could not be ruled out. "Nothing is off the table."\n\n'
    assert speakers(lead + "Foreign Minister Jane Roe was among the few to welcome it.") == [
        "Jane Roe",
        "Jean Dupont",
    ]
    assert speakers(lead + "Foreign Minister Jane Roe was among the few to attend it.") == ["Jean Dupont"]


def test_a_plan_named_by_its_owner_points_back():
    lead = (
        "President Jean Dupont said sending troops to Ukraine could not be ruled out.\n\nMarkets were calm. "
    )
    assert speakers(
        lead + "Prime Minister Jane Roe, by contrast, said Prague did not support Dupont's idea."
    ) == [
        "Jane Roe",
        "Jean Dupont",
    ]
    # a lower-case possessor is no person's plan ("the alliance's plan")
    assert speakers(lead + "Prime Minister Jane Roe said Prague did not support the alliance's budget.") == [
        "Jean Dupont"
    ]


def test_a_party_leader_named_by_an_acronym_is_not_the_head_of_government():
    text = (
        "VIENNA - Tomas Lindqvist, leader of the opposition Freedom Party (FPÖ), came out on Saturday against "
        "any Austrian part in a peace mission in Ukraine. No Austrian soldiers to Ukraine, Lindqvist wrote on "
        "Facebook.\n\nLindqvist also took aim at Chancellor Christian Stocker, who has proposed Vienna as a venue for "
        "peace talks. The FPÖ leader called that idea pitiful."
    )
    assert speakers(text) == ["Tomas Lindqvist"]


def test_hyphenated_words_inside_the_topics_phrases():
    assert speakers(
        "Kremlin spokesman Jean Dupont said Moscow would not accept a NATO-backed force in Ukraine."
    ) == ["Jean Dupont"]
    assert speakers(
        "Chief Cabinet Secretary Jane Roe said Tokyo was not considering sending members of its Self-Defense "
        "Forces to Ukraine."
    ) == ["Jane Roe"]


def test_an_object_whose_own_words_are_off_the_topic_of_the_clause_before():
    assert (
        speakers(
            "He was reacting to a claim by Prime Minister Jean Dupont that members were considering sending "
            "soldiers to Ukraine, and to the response of President Jane Roe, who said the only road to peace was "
            "not to give way to the aggressor."
        )
        == []
    )
    # her own words on the topic keep her row
    assert speakers(
        "He was reacting to a claim by Prime Minister Jean Dupont that members were considering sending "
        "soldiers to Ukraine, and to the response of President Jane Roe, who said no soldiers would go to Ukraine."
    ) == ["Jane Roe"]
