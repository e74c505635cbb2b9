"""Named specifics (sourcelens.analyzers.names): runs of capitals, trimmed and keyed."""

from __future__ import annotations

import pytest

from sourcelens import api
from sourcelens.analyzers import names

from conftest import PEER


def found(text: str, known=()) -> list[tuple[str, str, int]]:
    return [(text[s:e], code, words) for s, e, code, words in names.find_names(text, 0, len(text), known)]


def test_linking_words_join_a_name_and_are_not_counted_as_its_words():
    assert found("The Bank of Korea raised rates, said Ludwig van Beethoven.") == [
        ("Bank of Korea", "SP060", 2), ("Ludwig van Beethoven", "SP060", 2)]


def test_a_sentence_opening_word_is_a_name_only_when_known_from_elsewhere():
    assert found("Pyongyang said no.") == []
    assert found("Pyongyang said no.", {"pyongyang"}) == [("Pyongyang", "SP060", 1)]


def test_acronyms_initialisms_and_stoplist_words():
    # "on Monday": a day is on the stoplist; "U.S." and "NATO" are acronyms (SP061)
    assert found("Ministers from NATO and the U.S. met in Brussels on Monday.") == [
        ("NATO", "SP061", 1), ("U.S.", "SP061", 1), ("Brussels", "SP060", 1)]


def test_handles_hashtags_and_possessives():
    assert found("Thanks @user for the #MeToo link, and Korea's view.") == [
        ("@user", "SP062", 1), ("#MeToo", "SP062", 1), ("Korea", "SP060", 1)]


def test_capitals_inside_words_and_codes_are_not_names():
    assert found("In iPhone news, e.g. the x-Ray, Mr. Smith spoke.") == [("Smith", "SP060", 1)]


def test_acronyms_in_a_shouted_sentence_are_not_names():
    assert found("NOW NATO IS OK, SAYS USA") == []
    assert found("Now NATO is fine, says the USA") == [("NATO", "SP061", 1), ("USA", "SP061", 1)]


def test_sentence_names_keeps_the_opening_word_apart_with_its_key():
    text = "Seoul and Washington met."
    assert names.sentence_names(text, 0, len(text)) == (
        [(10, 20, "SP060", 1)], (("seoul", (0, 5, "SP060", 1)),), {"washington"})
    listed, opening, _ = names.sentence_names(text, 0, len(text))
    assert names.with_known_openers(listed, opening, {"seoul"})[0] == (0, 5, "SP060", 1)
    assert names.with_known_openers(listed, opening, set()) == listed


def test_the_first_word_of_a_quotation_is_an_opener_too():
    text = 'Critics said: "Seoul knows." Then "Washington" replied.'
    listed, openers, _ = names.sentence_names(text, 0, len(text))
    assert [text[s:e] for s, e, _, _ in listed] == ["Washington"]  # quoted whole: a name
    assert [key for key, _ in openers] == ["critics", "seoul"]
    assert names.with_known_openers(listed, openers, {"seoul"}) == [(15, 20, "SP060", 1), listed[0]]
    assert found('He said, "Maybe we should."') == []


def test_a_single_word_after_a_colon_is_an_opener():
    # what follows a colon often starts a sentence of its own: "Take" is no name there
    assert found("To borrow, do this: Take out loans from Seoul.") == [("Seoul", "SP060", 1)]
    assert found("Three states vote: Ohio, Utah and Maine.") == [("Utah", "SP060", 1), ("Maine", "SP060", 1)]
    assert found("Three states vote: Ohio, Utah and Maine.", {"ohio"})[0] == ("Ohio", "SP060", 1)
    assert found("Her pick: Hillary Clinton.") == [("Hillary Clinton", "SP060", 2)]  # a run of two


def test_today_ends_a_title_but_alone_stays_on_the_stoplist():
    assert found("A reporter for USA Today met Stein.") == [("USA Today", "SP060", 2), ("Stein", "SP060", 1)]
    assert found("Then Today we met Stein.") == [("Stein", "SP060", 1)]


@pytest.mark.parametrize("text, expected", [
    ("He joined Citizens for Tax Justice.", [("Citizens for Tax Justice", "SP060", 3)]),
    ("Then the U.S. Court of Appeals for the Sixth Circuit ruled.",
     [("U.S. Court of Appeals for the Sixth Circuit", "SP060", 5)]),
    ("Then Ted Cruz for the GOP met Ohio for Texas.",   # "for" between other names parts them
     [("Ted Cruz", "SP060", 2), ("GOP", "SP061", 1), ("Ohio", "SP060", 1), ("Texas", "SP060", 1)]),
])
def test_an_organisation_name_goes_on_after_for(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Then CNN's Anderson Cooper asked.", [("CNN", "SP061", 1), ("Anderson Cooper", "SP060", 2)]),
    ("Then Hillary Clinton’s State Department acted.",
     [("Hillary Clinton", "SP060", 2), ("State Department", "SP060", 2)]),
    ("He visited the People's Republic of China.", [("People's Republic of China", "SP060", 3)]),
    ("They met on New Year's Eve at St. Anselm's College.",
     [("New Year's Eve", "SP060", 3), ("St. Anselm's College", "SP060", 3)]),
])
def test_a_possessive_parts_two_names_unless_it_is_part_of_one(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He studied at the University of California at Berkeley.",
     [("University of California at Berkeley", "SP060", 3)]),
    ("Then the State University of New York at New Paltz hired her.",
     [("State University of New York at New Paltz", "SP060", 6)]),
    ("Then Trump spoke at Mar-a-Lago.", [("Trump", "SP060", 1), ("Mar-a-Lago", "SP060", 1)]),
    ("She left the Institute of Politics at Rutgers University.",   # "at" between other names parts them
     [("Institute of Politics", "SP060", 2), ("Rutgers University", "SP060", 2)]),
])
def test_a_university_name_goes_on_after_at(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Then anti-Trump protesters met pro-Clinton donors.", [("Trump", "SP060", 1), ("Clinton", "SP060", 1)]),
    ("Then Florida-based donors and Republican-controlled states spoke.",
     [("Florida", "SP060", 1), ("Republican", "SP060", 1)]),
    ("It was a God-given talent, like an x-Ray.", []),       # "God" is on the stoplist
    ("Then Ban Ki-moon spoke.", [("Ban Ki-moon", "SP060", 2)]),
])
def test_names_joined_to_lower_case_words_by_a_hyphen(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Then the Republican-controlled Senate voted.", [("Republican", "SP060", 1), ("Senate", "SP060", 1)]),
    ("Said the Texas-based strategist Matt Mackowiak.", [("Texas", "SP060", 1), ("Matt Mackowiak", "SP060", 2)]),
    ("Then Texas-based Matt Mackowiak and Trump-led Republicans spoke.",
     [("Texas", "SP060", 1), ("Matt Mackowiak", "SP060", 2), ("Trump", "SP060", 1), ("Republicans", "SP060", 1)]),
])
def test_an_adjective_made_from_a_name_parts_two_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Supporters of Sanders rallied.", [("Sanders", "SP060", 1)]),
    ("Members of the Congressional Black Caucus met.", [("Congressional Black Caucus", "SP060", 3)]),
    ("Half of Vermont Democrats agree.", [("Vermont Democrats", "SP060", 2)]),
    ("Thousands of Oromos fled.", [("Oromos", "SP060", 1)]),
    # a singular head is a name's own ("Statue of Liberty"), and mid-sentence nothing is cut
    ("Statue of Liberty stands.", [("Statue of Liberty", "SP060", 2)]),
    ("Secretary of State John Kerry said.", [("Secretary of State John Kerry", "SP060", 4)]),
    ("Then Friends of the Earth said so.", [("Friends of the Earth", "SP060", 2)]),
])
def test_a_group_opening_the_sentence_is_not_part_of_the_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He flew to St. Louis and St. Paul.", [("St. Louis", "SP060", 2), ("St. Paul", "SP060", 2)]),
    ("We climbed Mt. Everest near Ft. Worth.", [("Mt. Everest", "SP060", 2), ("Ft. Worth", "SP060", 2)]),
    ("Then Port St. Lucie voted.", [("Port St. Lucie", "SP060", 3)]),
    ("St. Louis voted.", [("St. Louis", "SP060", 2)]),           # two words: a name at the start too
    ("He met Sen. Warren and Mr. Smith.", [("Warren", "SP060", 1), ("Smith", "SP060", 1)]),  # titles part
    ("She lives on Main St. in Boston.", [("Main", "SP060", 1), ("Boston", "SP060", 1)]),
])
def test_saint_mount_and_fort_begin_a_place_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, name, words", [
    ("Then Donald J. Trump spoke.", "Donald J. Trump", 3),
    ("Then John F. Kennedy Jr. spoke.", "John F. Kennedy Jr", 4),
    ("We chose Plan B. Then we left.", "Plan B", 2),
])
def test_middle_initials_join_the_name(text, name, words):
    assert found(text) == [(name, "SP060", words)]


def test_known_names_of_the_sample_are_its_mid_sentence_names():
    doc = api.load(PEER)
    known = names.known_names(doc, doc.body_sentences)
    assert {"clinton", "congress", "korea", "trump"} <= known
    assert "but" not in known and "the" not in known


def test_a_headline_in_capitals_is_not_a_name_but_title_case_still_is():
    # in a shouted sentence capitals say nothing: a run holding a word in capitals is dropped
    assert found("Then: FIREWORKS FLY IN FIRST DEMOCRATIC DEBATE") == []
    assert found("Then Fireworks fly in first Democratic debate") == [
        ("Fireworks", "SP060", 1), ("Democratic", "SP060", 1)]
    assert found("WAR ON THE BORDER, says Hillary Clinton") == [("Hillary Clinton", "SP060", 2)]


def test_abbreviated_months_titles_party_labels_and_curly_contractions_are_not_names():
    assert found("Cory Booker (D-N.J.) and Tim Scott (R-S.C.) met Rep. Don Beyer (D-Va.), and Sen. Ted Cruz.") == [
        ("Cory Booker", "SP060", 2), ("Tim Scott", "SP060", 2), ("Don Beyer", "SP060", 2), ("Ted Cruz", "SP060", 2)]
    assert found("It has raised money since Jan. 1, 2015, and I\u2019m sure of it.") == []


def test_a_markup_attribute_left_in_the_text_names_nothing():
    # numbers in such attributes are no figures either (test_figures)
    assert found('He wrote <tweet author="LindseyGrahamSC" id="1">Thanks to Boston</tweet>.') == [
        ("Boston", "SP060", 1)]
    assert found('He wrote <tweet author="@SpeakerRyan">Thanks</tweet>.') == []
