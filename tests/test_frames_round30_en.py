"""Codebook round 30, English side (issue #17): two General Debate misfires narrowed. Health security is not the
security frame (the coding rules put food, energy and water security under development, and coders leave health
security out of security too), and an organisation named for development (the Southern African Development
Community, the OECD, NEPAD, TICAD) is not the sustainable development frame.

The round's second pass narrows four more: a development bank is an organisation, and the development of weapons
(missiles, nuclear weapons, weapons of mass destruction) is not development as a goal; a threat of climate change,
of natural disasters or to the environment is development's, not security's; and legal assistance to victims, a
national food assistance programme and a United Nations assistance mission named are not one country helping another.

Every sentence here was written for this test in the register of UN General Debate statements (none is taken from a
gold file or a corpus). ``test_round30_en_misfired_before`` runs the misfires through main's codebook at the commit
this round started from and expects the frame there, so the group cannot pass without this round's change;
``test_round30_en_second_pass_misfired_before`` does the same for the second pass's misfires against the first
pass's commit.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of

BEFORE = "d04fafa91d6c5452d51c531ab989ea410605d24f"  # main when round 30 started: codebook 2026.29
FIRST_PASS = "c023601fcec53a8b735d22f9787e61fe8cac653d"  # round 30 first pass: codebook 2026.30

MISFIRES = [
    # security: health security is a health goal, not a threat to people or States
    ("We must strengthen global health security before the next pandemic.", "security"),
    ("Our plan sets four priorities, among them health security and digital transformation.", "security"),
    # sustainable development: the name of an organisation, not development as a goal
    ("We count on the support of the Southern African Development Community.", "sustainable_development"),
    ("The Organisation for Economic Cooperation and Development has reviewed our tax rules.", "sustainable_development"),
    ("Japan will host the next Tokyo International Conference on African Development.", "sustainable_development"),
]

SECOND_PASS_MISFIRES = [
    # sustainable development: a development bank is an organisation; weapons development is no development goal
    ("We thank the Asian Development Bank for its loan to our ports authority.", "sustainable_development"),
    ("Multilateral development banks must review their lending rules.", "sustainable_development"),
    ("The missile development programme of that regime alarms the whole region.", "sustainable_development"),
    ("We condemn the development of nuclear weapons in defiance of the Council.", "sustainable_development"),
    ("Treaties must stop the development and spread of chemical weapons.", "sustainable_development"),
    # security: a threat of climate change, natural disasters or to the environment is not a threat of violence
    ("Our islands live with the threat of climate change every day.", "security"),
    ("The threat of natural disasters hangs over every small island State.", "security"),
    ("Plastic in our lagoons is an environmental threat we cannot ignore.", "security"),
    # cooperation: help at home and a mission named are not one country assisting another
    ("Victims of hate crimes will receive free legal assistance from the State.", "cooperation"),
    ("Our national food assistance programme now reaches every rural district.", "cooperation"),
    ("We support the United Nations Assistance Mission in Afghanistan.", "cooperation"),
]

# the same words in the senses that still code
STILL_CODED = [
    ("Terrorism remains the gravest threat to our security.", "security"),
    ("Health security and the security of our borders go hand in hand.", "security"),
    ("Sustainable development in Southern Africa needs investment in infrastructure.", "sustainable_development"),
    ("The development of our country is our first priority.", "sustainable_development"),
    ("The development of our infrastructure is financed by our own budget.", "sustainable_development"),
    ("Nuclear weapons remain the gravest threat to humanity.", "security"),
    ("Terrorism is a threat to every State represented in this Hall.", "security"),
    ("We thank our neighbours for their assistance after the hurricane.", "cooperation"),
    ("Japan provided food assistance to the refugees in our camps.", "cooperation"),
]


@pytest.mark.parametrize(("text", "frame"), MISFIRES)
def test_round30_en_misfire_is_gone(text, frame):
    assert frame not in frames_of(text, "en")


def test_round30_en_misfired_before():
    old = codebook_at(BEFORE, "2026.29")
    missing = [(text, frame) for text, frame in MISFIRES if frame not in frames_of(text, "en", old)]
    assert missing == []


@pytest.mark.parametrize(("text", "frame"), SECOND_PASS_MISFIRES)
def test_round30_en_second_pass_misfire_is_gone(text, frame):
    assert frame not in frames_of(text, "en")


def test_round30_en_second_pass_misfired_before():
    old = codebook_at(FIRST_PASS, "2026.30")
    missing = [(text, frame) for text, frame in SECOND_PASS_MISFIRES if frame not in frames_of(text, "en", old)]
    assert missing == []


@pytest.mark.parametrize(("text", "frame"), STILL_CODED)
def test_round30_en_other_senses_still_code(text, frame):
    assert frame in frames_of(text, "en")
