"""Codebook 2026.14 (round 16): English wording of developing countries (and the weak frames) that the codebook missed.

Every sentence here was written for this test in the register of UN General Debate statements (none is taken from a
gold file or a corpus). Each sentence of the first group is coded only since 2026.14 (``test_round16_is_new`` runs it
through codebook 2026.13 from git and expects no hit for its frame, so the group cannot pass by an older entry); the
other-sense cases pair the sense that coders did not code, or that the hits read in context did not carry, with the
sense that codes, so a widened or dropped condition fails.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of, hits_of

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


def test_round16_is_new():
    # Each sentence above is found only by this round's entries: 2026.13 does not give it the frame.
    old = codebook_at(BEFORE, "2026.13")
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
    # the promises of development or of the Charter are hopes, not commitments kept (2026.15 review: 5 of 14 context
    # hits were "the promises of"); the plural is tested because the entry matches only the plural
    ("The 2030 Agenda must deliver on the promises of the Charter for all peoples.",
     "Donors have yet to deliver on their promises to the island States.", "trust"),
    # a speaker honoured to take the floor keeps no promise
    ("I am honoured to renew our commitment to the Charter.",
     "The pledges made in Paris have never been honoured.", "trust"),
])
def test_round16_other_senses_do_not_code(other_sense, coded, frame):
    assert frame not in frames_of(other_sense, "en")
    assert frame in frames_of(coded, "en")


ROUND16 = {"en.africa_x_finance", "en.continent_x_finance", "en.aid_for_trade", "en.market_access",
           "en.access_for_our_products", "en.access_to_their_markets", "en.trade_preferences", "en.system_of_preferences",
           "en.preference_systems", "en.preferences_system", "en.wealthier_countries", "en.emerging_countries",
           "en.deliver_on_commitment_x", "en.deliver_on_pledge_x", "en.deliver_on_promises", "en.deliver_on_agreement_x",
           "en.honoured_x", "en.honored_x", "en.same_yardstick", "en.eq_mayotte", "en.agreed_borders",
           "en.internationally_agreed_borders", "en.secure_and_agreed_borders", "en.within_agreed_borders",
           "en.combined_effort_x", "en.join_our_strength_x", "en.unite_in_action", "en.unity_in_action"}


@pytest.mark.parametrize(("text", "frame"), NEW + [
    ("The pledges made in Monterrey have been honored only in part.", "trust"),
    ("The international community must show unity in action against terrorism.", "cooperation"),
    ("Israel must withdraw to secure and agreed borders.", "sovereignty"),
])
def test_round16_wording_is_found_by_a_round16_entry(text, frame):
    # Without git history (test_round16_is_new skips), this still checks that each sentence codes through one of this
    # round's entries and not only through an older one.
    hits = hits_of(text, "en")
    assert set(hits[hits["frame"] == frame]["entry"]) & ROUND16


@pytest.mark.parametrize(("near_miss", "coded", "frame"), [
    # 2026.15 review of round 16: each narrowing pairs the misfire it removes with the sense that still codes.
    # Africa: an African Union mission, standby force or court is an institution; a financial crisis, resilience in the
    # face of terrorism are no development finance
    ("Financing for AMISOM, the African Union Mission in Somalia, must come from assessed contributions.",
     "Africa needs predictable financing to close its infrastructure gap.", "developing_countries"),
    ("The African Union must secure predictable financing for its peace support operations.",
     "African countries need increased financial support to implement the 2030 Agenda.", "developing_countries"),
    ("The African Court on Human and Peoples' Rights needs stable financing.",
     "Financial flows to Africa have fallen for three years.", "developing_countries"),
    ("The global financial crisis began in New York, not in Africa.",
     "Africa's economic recovery depends on fair access to capital.", "developing_countries"),
    ("The resilience of the people of North Africa in the face of terrorism is admirable.",
     "We must help build resilience in Africa against future pandemics.", "developing_countries"),
    # the continent: a debt of gratitude is no debt burden
    ("The continent owes a debt of gratitude to Nelson Mandela.",
     "Debt service absorbs a fifth of the continent's export earnings.", "developing_countries"),
    # deliver: nothing between "deliver" and "on" but an adverb
    ("The minister delivered a lecture on the commitments of the Rio Summit.",
     "The North has yet to deliver on the commitments made in Copenhagen.", "trust"),
    ("The Secretary-General delivered his report on the agreements reached in Doha.",
     "We must fully deliver on the agreements reached in Doha.", "trust"),
    # honoured: a guest is honoured, a pledge "honoured by all parties" is kept
    ("Honoured guests, the agreement we sign today opens a new chapter.",
     "The commitments must be honoured by all parties without exception.", "trust"),
    ("We are honoured by the presence of the parties to the agreement.",
     "The pledges made in Monterrey have been honored only in part.", "trust"),
    # agreed borders: the noun phrase, not the verb
    ("The ministers agreed borders would reopen to trade on Monday.",
     "Both peoples must live within mutually agreed borders.", "sovereignty"),
    # Mayotte: the Comoros' claim, not a cyclone or a migrant route
    ("Cyclone Chido devastated Mayotte and the north of Mozambique.",
     "The Comorian island of Mayotte must return to the archipelago.", "sovereignty"),
    # owing a great debt to someone is gratitude
    ("We owe a great debt to the peacekeepers who gave their lives.",
     "Our external creditors hold most of our debt.", "developing_countries"),
    ("Humanity owes an enormous debt to the founders of this Organization.",
     "Our external creditors hold most of our debt.", "developing_countries"),
    # market access and systems of preferences only in trade talk
    ("Washington and Tokyo reached a deal on market access for American beef.",
     "Our farmers need better market access in the North.", "developing_countries"),
    ("The electoral commission adopted a system of preferences for ranking the candidates.",
     "We were removed from the generalized system of preferences last year.", "developing_countries"),
    # the same yardstick as a comparison is no single standard
    ("By the same yardstick, our growth rate outpaced that of our neighbours.",
     "The Council must apply the same yardstick to every crisis.", "trust"),
    # the newly emerging States of the 1990s are not the South's emerging countries
    ("The newly emerging countries of Central and Eastern Europe seek membership of NATO.",
     "Emerging countries now drive most of the growth of the world economy.", "developing_countries"),
])
def test_round16_review_near_misses_do_not_code(near_miss, coded, frame):
    assert frame not in frames_of(near_miss, "en")
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
