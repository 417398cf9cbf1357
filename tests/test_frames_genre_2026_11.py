"""Codebook 2026.11: English possessives of exact-form entries, round 11's genre wording for multilateralism,
cooperation, trust and sovereignty, and the senses of "together" and "democracy" that are not the frame.

Every sentence here was written for this test (none is taken from a corpus). Each exclusion is tested beside
the sense of the same words that must still code, so a widened or dropped exclusion fails here.
"""

from __future__ import annotations

import pytest

from analysis.text import compile_pattern
from analysis.text.lemmas import word_form
from frame_check import frames_of, hits_of


@pytest.mark.parametrize("text", [
    "The UN’s agencies reached every district.",           # typographic apostrophe
    "The UN's agencies reached every district.",           # straight apostrophe
    "We support the Organization’s work for peace.",
    "ASEAN’s progress has been steady.",
    "The Council’s agenda is crowded with African files.",
])
def test_possessive_of_an_exact_form_entry_codes_multilateralism(text):
    assert "multilateralism" in frames_of(text, "en")


def test_possessive_hit_keeps_offsets_on_the_written_word():
    text = "We count on the UN’s agencies."
    hit = hits_of(text, "en").query("frame == 'multilateralism'").iloc[0]
    assert text[hit["start"]:hit["end"]].startswith("UN")


def test_possessive_keeps_the_exclusions_of_the_bare_form():
    # "national Assembly" is a parliament, with or without the possessive; the General Assembly still codes.
    assert "multilateralism" not in frames_of("The national Assembly’s vote was postponed.", "en")
    assert "multilateralism" in frames_of("The Assembly’s debate this year is about water.", "en")


def test_possessive_is_dropped_only_from_english_words():
    assert word_form("UN’s", "en").surface == "UN"
    assert word_form("women's", "en").lower == "women"
    assert word_form("'s", "en").surface == "'s"        # the ending alone is left as it is
    assert word_form("Сша's", "ru").surface == "Сша's"   # not a Russian rule


def test_an_exact_pattern_with_a_possessive_is_read_as_texts_are():
    assert compile_pattern("=UN's", "en") == compile_pattern("=UN", "en")


@pytest.mark.parametrize(("text", "frame"), [
    ("Global problems need collective solutions.", "multilateralism"),
    ("Our collective efforts ended the epidemic.", "multilateralism"),
    ("We raised the issue in all international forums.", "multilateralism"),
    ("A global alliance against the pandemic is what we need.", "multilateralism"),
    ("We thank our neighbours for their invaluable support.", "cooperation"),
    ("The Games were a symbol of global unity.", "cooperation"),
    ("Let me say it plainly: that claim is a lie.", "trust"),
    ("The review assessed compliance with the commitments made ten years ago.", "trust"),
    ("No region should live under foreign guardianship.", "sovereignty"),
    ("Armed groups violated our borders twice this year.", "sovereignty"),
])
def test_genre_wording_of_2026_11(text, frame):
    assert frame in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "Technology is bringing us closer together.",
    "The task was to stitch the country back together.",
    "The survivors are pulling themselves together.",
    "This session brings us together once more.",
])
def test_together_in_other_senses_is_not_cooperation(text):
    assert "cooperation" not in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "Our two nations stood together after the storm.",
    "Let us pull together to end the crisis.",
    "The region's States met together in Accra to build a common market.",
])
def test_together_as_working_together_still_codes_cooperation(text):
    assert "cooperation" in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "The democratization of the Security Council is long overdue.",
    "We call for democracy in international relations.",
    "The democratization of the United Nations must continue.",
    "Democratic Yemen suffered floods that year.",
])
def test_democracy_among_states_is_not_human_rights(text):
    assert "human_rights" not in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "Democracy and the rule of law are under attack in our region.",
    "The people voted in the first democratic elections in decades.",
    "We defend democracy at home.",
])
def test_democracy_of_people_still_codes_human_rights(text):
    assert "human_rights" in frames_of(text, "en")
