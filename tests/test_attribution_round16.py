"""News copy (issue #18, round 16): wire and agency styles (the wire set's outlets): anonymous diplomats, ledes that
give a title before the name, "X says" headlines and stance verbs of wire copy. The texts are the team's own; the
people in them are invented, the countries real."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_diplomats_who_speak_in_english_wire_copy_are_unnamed_officials():
    body = ("BRUSSELS (Reuters) - Talks on the package stalled on Wednesday. "
            "Two diplomats familiar with the talks said the main snag was the list of banks.\n\n"
            "The ministers took no decision, but diplomats said a new draft was being circulated.\n")
    assert gold_speakers(body, "en") == [None, "[diplomats familiar with the talks]", "[diplomats]"]
    vague = "Дипломаты заявили, что переговоры продолжатся.\n"
    assert gold_speakers(vague, "ru") == [None]  # a bare Russian group stays vague (round 6)


def test_a_states_minister_in_the_lede_is_the_person_named_next_and_a_principals_spokesman_is_not():
    body = ("WARSAW (AP) — Poland's foreign minister has rejected criticism of the vote, saying his country would not "
            "be lectured.\n\n"
            "Speaking in Warsaw, Adam Wolny said the vote had been fair.\n")
    assert gold_speakers(body, "en") == ["Adam Wolny", "Adam Wolny"]
    relay = ("Kowal's spokesman said the talks would resume on Monday.\n\n"
             "Speaking in Warsaw, Adam Wolny said the vote had been fair.\n")
    assert gold_speakers(relay, "en")[0] == "[Kowal's spokesman]"


def test_a_headline_that_ends_in_its_quote_is_a_heading_so_the_lede_after_it_names_the_title():
    body = ("Poland minister: 'We will not be lectured on elections'\n\n"
            "Poland's foreign minister has rejected criticism of the vote, saying his country would not be lectured.\n\n"
            "Speaking in Warsaw, Adam Wolny said the vote had been fair.\n\n"
            "\"We will not be lectured.\"\n")
    assert gold_speakers(body, "en")[1:3] == ["Adam Wolny", "Adam Wolny"]
