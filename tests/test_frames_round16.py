"""Codebook 2026.14 (round 16): English wording of developing countries (and the weak frames) that the codebook missed.

Every sentence here was written for this test in the register of UN General Debate statements (none is taken from a
gold file or a corpus). Each sentence of the first group is coded only since 2026.14 (``test_round16_is_new`` runs it
through codebook 2026.13 from git and expects no hit for its frame, so the group cannot pass by an older entry); the
other-sense cases pair the sense that coders did not code, or that the hits read in context did not carry, with the
sense that codes, so a widened or dropped condition fails.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from analysis.frames.codebook import parse_codebook
from frame_check import frames_of

BEFORE = "a4abd164fdc16b75d2f94767e5faf97060fadb71"  # the last commit with codebook 2026.13

NEW = [
    # developing countries: Africa or "the continent" in a financing, investment or recovery sentence
    ("Investment in Africa's young entrepreneurs must double this decade.", "developing_countries"),
    ("African entrepreneurs need patient financing, not short-term loans.", "developing_countries"),
    ("Africa's recovery from the pandemic has been slower than anywhere else.", "developing_countries"),
    ("Vaccines reached Africa months after they reached the North.", "developing_countries"),
    ("A share of the new SDRs should be channelled to Africa.", "developing_countries"),
    ("The continent carries a heavy deficit in its trade balance.", "developing_countries"),
    ("Private investment still bypasses much of the continent.", "developing_countries"),
    # developing countries: trade terms for poorer countries and the rich-poor divide
    ("Aid for trade helps our exporters meet foreign standards.", "developing_countries"),
    ("Our farmers need better market access in the North.", "developing_countries"),
    ("We ask our partners to widen access for our products.", "developing_countries"),
    ("The industrialized nations should open access to their markets for our textiles.", "developing_countries"),
    ("The erosion of trade preferences hurts our sugar growers.", "developing_countries"),
    ("We were removed from the generalized system of preferences last year.", "developing_countries"),
    ("We were excluded from several preference systems once our income rose.", "developing_countries"),
    ("Wealthier countries must carry a larger share of the burden.", "developing_countries"),
    ("Emerging countries now drive most of the growth of the world economy.", "developing_countries"),
    # trust: commitments delivered on or honoured, one yardstick for all (the rules: keeping or breaking promises and
    # agreements, double standards)
    ("Donors must deliver on their pledges to the island States.", "trust"),
    ("The North has yet to deliver on the commitments made in Copenhagen.", "trust"),
    ("We must all deliver on the Paris Agreement.", "trust"),
    ("The pledges made in Paris have never been honoured.", "trust"),
    ("The Council must apply the same yardstick to every crisis.", "trust"),
    # sovereignty: a claim to a territory, borders agreed between States
    ("The Comorian island of Mayotte must return to the archipelago.", "sovereignty"),
    ("Both peoples must live within mutually agreed borders.", "sovereignty"),
    # cooperation: efforts and strengths combined or joined
    ("Only our combined efforts can stop the epidemic.", "cooperation"),
    ("Let us join our strengths to rebuild the region.", "cooperation"),
    ("Nations must unite in action against piracy.", "cooperation"),
]


@pytest.mark.parametrize(("text", "frame"), NEW)
def test_round16_wording_codes_its_frame(text, frame):
    assert frame in frames_of(text, "en")


def _codebook_2026_13():
    repo = Path(__file__).resolve().parent.parent
    try:
        text = subprocess.run(["git", "show", f"{BEFORE}:analysis/frames/codebook.yaml"], cwd=repo, check=True,
                              capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("codebook 2026.13 is read from git history, which this checkout does not have")
    import yaml

    book = parse_codebook(yaml.safe_load(text), source="codebook 2026.13")
    assert book.version == "2026.13"
    return book


def test_round16_is_new():
    # Each sentence above is found only by this round's entries: 2026.13 does not give it the frame.
    old = _codebook_2026_13()
    already = [(text, frame) for text, frame in NEW if frame in frames_of(text, "en", old)]
    assert already == []


@pytest.mark.parametrize(("other_sense", "coded", "frame"), [
    # Africa without a financing word in the sentence: conflict, unity, events (coders: 4 of 6 "African countries",
    # 0 of 4 "African continent" alone; "Africa" alone 26 of 132 new hits)
    ("The violence in the Great Lakes region of Africa worries us deeply.",
     "Investment in Africa's young entrepreneurs must double this decade.", "developing_countries"),
    ("African unity remains the dream of our founders.",
     "African entrepreneurs need patient financing, not short-term loans.", "developing_countries"),
    # the country and the republic are not the continent
    ("South Africa attracted record investment last year.",
     "Private investment still bypasses much of the continent.", "developing_countries"),
    ("The Central African Republic needs financing for its elections.",
     "A share of the new SDRs should be channelled to Africa.", "developing_countries"),
    # the continent without a financing word
    ("The continent has seen too many coups in recent years.",
     "The continent carries a heavy deficit in its trade balance.", "developing_countries"),
    # "preferred system" is no trade preference
    ("Democracy is the preferred system of government of our people.",
     "We were excluded from several preference systems once our income rose.", "developing_countries"),
    # becoming an emerging country is a national goal; emerging countries as a group are the South
    ("Our goal is to become an emerging country by 2035.",
     "Emerging countries now drive most of the growth of the world economy.", "developing_countries"),
    # the promise of a better world is a hope, not a commitment kept (read in context: "deliver on the promise of")
    ("The new agenda can deliver on its promise of prosperity for all.",
     "Donors must deliver on their pledges to the island States.", "trust"),
    # a speaker honoured to take the floor keeps no promise
    ("I am honoured to renew our commitment to the Charter.",
     "The pledges made in Paris have never been honoured.", "trust"),
])
def test_round16_other_senses_do_not_code(other_sense, coded, frame):
    assert frame not in frames_of(other_sense, "en")
    assert frame in frames_of(coded, "en")


def test_loss_and_damage_is_development_not_developing_countries():
    # 2026.14 drops "loss and damage" from developing countries (0 of 5 sole hits on the pool coded so; the coders code
    # climate funds as development, as they did "climate finance" in 2026.13); it stays a development entry.
    found = frames_of("The loss and damage fund must be capitalized without delay.", "en")
    assert "developing_countries" not in found
    assert "sustainable_development" in found


def test_a_debt_owed_to_a_people_is_no_debt_burden():
    assert "developing_countries" not in frames_of("Humankind owes a debt to the ancient cities of our land.", "en")
    assert "developing_countries" in frames_of("Our external creditors hold most of our debt.", "en")
