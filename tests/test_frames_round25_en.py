"""Codebook round 25, English side (issue #17): rights named as "the right to ...", technology transferred, and six
misfires of older English entries (the disease AIDS, "I trust that", a middle-income country as a national goal,
the Southern African Development Community, property, maritime and drawing rights, a "dignified" future).

Every sentence here was written for this test in the register of UN General Debate statements (none is taken from a
gold file or a corpus). ``test_round25_en_is_new`` runs the coded sentences through main's codebook (at the commit
this round started from) and expects the frame to be missing; ``test_round25_en_misfires_fired_on_main`` expects the
misfires to code there, so neither group can pass without this round's change.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of, hits_of

BEFORE = "34cdc64a8d38be802c8e00a7442e20c5dda7edba"  # main when round 25 started: codebook 2026.24

NEW = [
    # human rights: a social or political right named as "the right to ..." (the rules: rights of people)
    ("Every child has the right to education, wherever she was born.", "human_rights"),
    ("Too many pupils in the camps are still denied their right to an education.", "human_rights"),
    ("The right to health cannot depend on a patent.", "human_rights"),
    ("Hunger in an age of plenty denies the right to food.", "human_rights"),
    ("Our constitution now recognizes the right to clean water.", "human_rights"),
    ("The law guarantees the right to adequate housing.", "human_rights"),
    ("Citizens abroad will at last have the right to vote.", "human_rights"),
    # developing countries: technology transferred by a verb, not only "the transfer of technology"
    ("Our partners must start transferring green technologies to the islands.", "developing_countries"),
    ("Industrialized nations pledged to transfer modern technology to poorer States.", "developing_countries"),
]

ROUND25 = {"en.right_to_education", "en.right_to_health", "en.right_to_food", "en.right_to_water",
           "en.right_to_housing", "en.right_to_vote", "en.transfer_x_technology"}

# each misfire of an older entry, with the sense that still codes the frame
MISFIRES = [
    # "aid" stems AIDS, the disease; "with the aid of" is "by means of"
    ("The Global Fund to Fight AIDS needs a full replenishment.",
     "Our aid to the Sahel doubled this year.", "cooperation"),
    ("Disputes can be settled with the aid of the Charter's instruments.",
     "Our aid to the Sahel doubled this year.", "cooperation"),
    # "I trust that" is certainty, like "I am confident that" (the rules); trust in someone still codes
    ("I trust that the Assembly will adopt the resolution by consensus.",
     "We must restore trust among Member States.", "trust"),
    ("We trust that the parties will refrain from unilateral steps.",
     "We must restore trust among Member States.", "trust"),
    # becoming a middle-income country is a national goal; middle-income countries as a group are the South
    ("Our plan aims to become a middle-income country by 2030.",
     "Debt relief must reach middle-income countries too.", "developing_countries"),
    ("The reforms will move us to a middle-income country within a decade.",
     "Debt relief must reach middle-income countries too.", "developing_countries"),
    # a regional organization's name is no development of Africa
    ("The Southern African Development Community sent observers to the elections.",
     "African development needs patient capital.", "developing_countries"),
    # property, maritime and drawing rights are no human rights
    ("We need a waiver of intellectual property rights on vaccines.",
     "The rights of migrant workers must be respected.", "human_rights"),
    ("Rising seas must not shrink our maritime rights.",
     "The rights of migrant workers must be respected.", "human_rights"),
    ("Special drawing rights should be rechannelled to the poorest.",
     "The rights of migrant workers must be respected.", "human_rights"),
    # a dignified future or participation is no human right; the dignified return of refugees is
    ("We want a prosperous and dignified future for our youth.",
     "We call for the safe and dignified return of the refugees.", "human_rights"),
]


@pytest.mark.parametrize(("text", "frame"), NEW)
def test_round25_en_wording_codes_its_frame(text, frame):
    assert frame in frames_of(text, "en")


@pytest.mark.parametrize(("text", "frame"), NEW)
def test_round25_en_wording_is_found_by_a_round25_entry(text, frame):
    # without git history (test_round25_en_is_new skips) this still checks that a round-25 entry codes the sentence
    hits = hits_of(text, "en")
    assert set(hits[hits["frame"] == frame]["entry"]) & ROUND25


def test_round25_en_is_new():
    old = codebook_at(BEFORE, "2026.24")
    already = [(text, frame) for text, frame in NEW if frame in frames_of(text, "en", old)]
    assert already == []


@pytest.mark.parametrize(("misfire", "coded", "frame"), MISFIRES)
def test_round25_en_misfires_do_not_code(misfire, coded, frame):
    assert frame not in frames_of(misfire, "en")
    assert frame in frames_of(coded, "en")


def test_round25_en_misfires_fired_on_main():
    old = codebook_at(BEFORE, "2026.24")
    silent = [misfire for misfire, _, frame in MISFIRES if frame not in frames_of(misfire, "en", old)]
    assert silent == []


@pytest.mark.parametrize(("other_sense", "coded", "frame"), [
    # military, sensitive and nuclear technology transferred are arms control, not development
    ("We have never transferred sensitive technologies to anyone.",
     "Our partners must start transferring green technologies to the islands.", "developing_countries"),
    ("The regime must monitor transfers of military technology.",
     "Industrialized nations pledged to transfer modern technology to poorer States.", "developing_countries"),
])
def test_round25_en_other_senses_do_not_code(other_sense, coded, frame):
    assert frame not in frames_of(other_sense, "en")
    assert frame in frames_of(coded, "en")
