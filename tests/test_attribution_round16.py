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
