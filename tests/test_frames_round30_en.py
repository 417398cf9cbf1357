"""Codebook round 30, English side (issue #17): two General Debate misfires narrowed. Health security is not the
security frame (the coding rules put food, energy and water security under development, and coders leave health
security out of security too), and an organisation named for development (the Southern African Development
Community, the OECD, NEPAD, TICAD) is not the sustainable development frame.

Every sentence here was written for this test in the register of UN General Debate statements (none is taken from a
gold file or a corpus). ``test_round30_en_misfired_before`` runs the misfires through main's codebook at the commit
this round started from and expects the frame there, so the group cannot pass without this round's change.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of

BEFORE = "d04fafa91d6c5452d51c531ab989ea410605d24f"  # main when round 30 started: codebook 2026.29

MISFIRES = [
    # security: health security is a health goal, not a threat to people or States
    ("We must strengthen global health security before the next pandemic.", "security"),
    ("Our plan sets four priorities, among them health security and digital transformation.", "security"),
    # sustainable development: the name of an organisation, not development as a goal
    ("We count on the support of the Southern African Development Community.", "sustainable_development"),
    ("The Organisation for Economic Cooperation and Development has reviewed our tax rules.", "sustainable_development"),
    ("Japan will host the next Tokyo International Conference on African Development.", "sustainable_development"),
]

# the same words in the senses that still code
STILL_CODED = [
    ("Terrorism remains the gravest threat to our security.", "security"),
    ("Health security and the security of our borders go hand in hand.", "security"),
    ("Sustainable development in Southern Africa needs investment in infrastructure.", "sustainable_development"),
    ("The development of our country is our first priority.", "sustainable_development"),
]


@pytest.mark.parametrize(("text", "frame"), MISFIRES)
def test_round30_en_misfire_is_gone(text, frame):
    assert frame not in frames_of(text, "en")


def test_round30_en_misfired_before():
    old = codebook_at(BEFORE, "2026.29")
    missing = [(text, frame) for text, frame in MISFIRES if frame not in frames_of(text, "en", old)]
    assert missing == []


@pytest.mark.parametrize(("text", "frame"), STILL_CODED)
def test_round30_en_other_senses_still_code(text, frame):
    assert frame in frames_of(text, "en")
