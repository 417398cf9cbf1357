"""Codebook round 29, English side (issue #17): recall in General Debate speech, a State named independent
("independent countries", "a free and independent country", "newly independent") for sovereignty, and development
partners for cooperation.

Every sentence here was written for this test in the register of UN General Debate statements (none is taken from a
gold file or a corpus). ``test_round29_en_is_new`` runs the coded sentences through main's codebook at the commit this
round started from and expects the frame to be missing there, so the group cannot pass without this round's change.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of

BEFORE = "88ddf9242bda1cfff5b425b5659b554dfcb4a8c3"  # main when round 29 started: codebook 2026.28

NEW = [
    # sovereignty: independence of a State said through "independent country / countries" or "newly independent"
    ("As small independent countries, we depend on the rules of the Charter.", "sovereignty"),
    ("Our nation will remain a free and independent country.", "sovereignty"),
    ("We celebrate thirty years as an independent island country.", "sovereignty"),
    ("The newly independent republic joined the Organization within a month.", "sovereignty"),
    # cooperation: development partners are partners (the rules: partnership, partners)
    ("We thank our development partners for their steadfast support.", "cooperation"),
    ("Development partners must deliver on their pledges to the islands.", "cooperation"),
]

# the same words in other senses, which must not code the frame
OTHER_SENSES = [
    ("The independent panel will report to the Assembly next year.", "sovereignty"),
    ("An independent inquiry into the country's elections is under way.", "sovereignty"),
    ("The development of our country is our first priority.", "cooperation"),
]


@pytest.mark.parametrize(("text", "frame"), NEW)
def test_round29_en_wording_codes_its_frame(text, frame):
    assert frame in frames_of(text, "en")


def test_round29_en_is_new():
    old = codebook_at(BEFORE, "2026.28")
    already = [(text, frame) for text, frame in NEW if frame in frames_of(text, "en", old)]
    assert already == []


@pytest.mark.parametrize(("text", "frame"), OTHER_SENSES)
def test_round29_en_other_senses_do_not_code(text, frame):
    assert frame not in frames_of(text, "en")
