"""Codebook round 26 (issue #17), English developing countries: Africa's development said through its economy.

The misses of the frame on General Debate text name Africa in a sentence about its industrialization, food
insecurity, Agenda 2063, an economic crisis or structure, the development goals or "the development of" the
continent, or name African countries beside a development, economic, food, poverty or training word, with no
financing word that ``en.africa_x_finance`` needed until 2026.25. Regional bodies named for Africa and the Horn or
North of Africa as a place stay out.

Every sentence here was written for this test in the register of UN General Debate statements (none is taken from a
gold file or a corpus). ``test_round26_is_new`` runs the coded sentences through main's codebook at the commit this
round started from and expects the frame to be missing there, so no sentence passes on an older entry.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of, hits_of

BEFORE = "a396ee2c2e4e47a689436172a8f046bb309541df"  # main when round 26 started: codebook 2026.25

NEW = [
    # Africa with its development said through its economy (en.africa_x_finance's wider list)
    "Africa must accelerate its industrialization to create jobs for its young people.",
    "Agenda 2063 sets out the Africa our peoples want.",
    "The economic crisis has struck Africa harder than any other region.",
    "Africa's economic structures still depend on the export of raw commodities.",
    "At the present pace the development goals will not be met in much of Africa.",
    "The world must stand by the development of the African continent.",
    "Millions of families in the Sahel and across Africa face food insecurity this year.",
    # African countries beside a development, economic, food, poverty or training word
    "Many African countries still cannot grow enough food for their people.",
    "Poverty has deepened in several African countries since the pandemic.",
    "Our academy now offers training to officials from African countries.",
]

ROUND26 = {"en.africa_x_finance", "en.african_countries_x_development"}


@pytest.mark.parametrize("text", NEW)
def test_round26_wording_codes_developing_countries(text):
    assert "developing_countries" in frames_of(text, "en")


@pytest.mark.parametrize("text", NEW)
def test_round26_wording_is_found_by_a_round26_entry(text):
    # without git history (test_round26_is_new skips) this still checks that a round-26 entry codes the sentence
    hits = hits_of(text, "en")
    assert set(hits[hits["frame"] == "developing_countries"]["entry"]) & ROUND26


def test_round26_is_new():
    old = codebook_at(BEFORE, "2026.25")
    already = [text for text in NEW if "developing_countries" in frames_of(text, "en", old)]
    assert already == []


@pytest.mark.parametrize(("other_sense", "coded"), [
    # a regional body named for Africa is an institution, not Africa's development
    ("The Economic Commission for Africa held a conference on economic development in Addis Ababa.",
     "Africa's economic structures still depend on the export of raw commodities."),
    ("The Economic Community of West African States met on the economic crisis in the region.",
     "The economic crisis has struck Africa harder than any other region."),
    # the Horn and the North of Africa named as a place where there is news, not a development need
    ("Developments in the Horn of Africa threaten the development goals of the whole region.",
     "At the present pace the development goals will not be met in much of Africa."),
    ("Stability in North Africa is a condition of economic development for the Mediterranean.",
     "The world must stand by the development of the African continent."),
    # African countries named without a development word: troops, votes
    ("African countries have sent troops to the mission.",
     "Many African countries still cannot grow enough food for their people."),
    ("African countries voted with one voice on the reform of the Council.",
     "Poverty has deepened in several African countries since the pandemic."),
])
def test_round26_other_senses_do_not_code(other_sense, coded):
    assert "developing_countries" not in frames_of(other_sense, "en")
    assert "developing_countries" in frames_of(coded, "en")
