"""Codebook round 28, English side (issue #17): eight misfires of older English entries in General Debate speech
(sovereignty: "our own future", "mutual respect" for diversity, the 2021 theme's "rights of people"; trust: the
verb "obstruct"; cooperation: a coordinator's title, a body's coordinating role, diplomatic or normalised
relations; human rights: empowerment of anyone but women; security: "dangerously" as an intensifier).

Every sentence here was written for this test in the register of UN General Debate statements (none is taken from a
gold file or a corpus). ``test_round28_en_misfires_fired_on_main`` runs the misfires through main's codebook at the
commit this round started from and expects each to code there, so the group cannot pass without this round's change;
each misfire is paired with the sense of the same entry that still codes.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of

BEFORE = "b13c2814be0a8ffaa30aad7b5a63e3a89d9c2eb8"  # main when round 28 started: codebook 2026.27

# each misfire of an older entry, with the sense that still codes the frame
MISFIRES = [
    # sovereignty: a people deciding its own future codes; "our own future" as a generation's stake does not
    ("The future of our youth is our own future.",
     "The people of the territory must be free to decide their own future.", "sovereignty"),
    # sovereignty: mutual respect among equal States codes; respect for diversity or between partners does not
    ("Tolerance and mutual respect are the values of our multicultural society.",
     "Relations among States must rest on equality and mutual respect.", "sovereignty"),
    # sovereignty: the right of peoples to self-determination codes; the theme's "respect the rights of people" does not
    ("This session asks us to respect the rights of people and revitalize the United Nations.",
     "We uphold the right of peoples to decide their political status.", "sovereignty"),
    # trust: obstruction as bad faith codes; the verb "obstruct" for a hindrance does not
    ("Floods obstructing our roads have cut off the northern districts.",
     "The obstruction of the talks by one party is a breach of good faith.", "trust"),
    ("A single veto can obstruct the work of the Council for years.",
     "The obstruction of the talks by one party is a breach of good faith.", "trust"),
    # cooperation: coordinated action codes; a coordinator's title, a body's coordinating role, a national committee do not
    ("The Special Coordinator briefed the Council last month.",
     "We must coordinate our efforts against the pandemic.", "cooperation"),
    ("We support the coordinating role of the World Health Organization.",
     "We must coordinate our efforts against the pandemic.", "cooperation"),
    ("A national emergency coordination committee was set up in March.",
     "We must coordinate our efforts against the pandemic.", "cooperation"),
    # cooperation: deepening relations with partners codes; establishing or normalising relations does not
    ("We have established diplomatic relations with eleven States this year.",
     "We are deepening our relations with the countries of the Caribbean.", "cooperation"),
    ("Our efforts to normalize relations with our neighbour have stalled.",
     "We are deepening our relations with the countries of the Caribbean.", "cooperation"),
    # human rights: the empowerment of women codes; a youth empowerment fund does not
    ("A youth empowerment fund will open next year.",
     "The empowerment of women and girls is a national priority.", "human_rights"),
    # security: a dangerous conflict codes; "dangerously" as an intensifier does not
    ("Our pledges lag dangerously behind our words.",
     "The dangerous escalation of the conflict threatens the region.", "security"),
]


@pytest.mark.parametrize(("misfire", "coded", "frame"), MISFIRES)
def test_round28_en_misfires_do_not_code(misfire, coded, frame):
    assert frame not in frames_of(misfire, "en")
    assert frame in frames_of(coded, "en")


def test_round28_en_misfires_fired_on_main():
    old = codebook_at(BEFORE, "2026.27")
    silent = [misfire for misfire, _, frame in MISFIRES if frame not in frames_of(misfire, "en", old)]
    assert silent == []
