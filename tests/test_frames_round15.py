"""Codebook 2026.13 (round 15): English wording of ministerial speech that the coding rules code and the codebook missed.

Every sentence here was written for this test in the register of UN General Debate statements (none is taken from a
gold file or a corpus). Each sentence of the first group is coded only since 2026.13; the exclusion cases pair the
other sense of a word (which must not code) with the sense that still codes, so a widened or dropped exclusion fails.
"""

from __future__ import annotations

import pytest

from frame_check import frames_of


@pytest.mark.parametrize(("text", "frame"), [
    # trust: keeping or breaking promises and commitments (the rules: "keeping or breaking promises and agreements")
    ("Our Government will honour its obligations under the accord in full.", "trust"),
    ("The donors must respect the commitments they entered into in Monterrey.", "trust"),
    ("Industrialized nations have yet to meet their climate commitments.", "trust"),
    ("Leaders must uphold the promises they made to their citizens.", "trust"),
    ("We will fulfil our commitments to the letter.", "trust"),
    ("Too many pledges were never followed through on.", "trust"),
    ("Too few capitals follow through on their commitments.", "trust"),
    ("The obligations of the settlement remain unfulfilled to this day.", "trust"),
    ("The non-fulfilment of aid targets has hurt the poorest.", "trust"),
    ("The report rests on fabricated evidence.", "trust"),
    # sustainable development: living standards and social progress as goals, jobs, recovery, the environment
    ("The reform aims to raise the quality of life in every province.", "sustainable_development"),
    ("Our programme improves the living conditions of rural families.", "sustainable_development"),
    ("The Charter asks us to promote social progress and better standards of life.", "sustainable_development"),
    ("The plan will bring new job opportunities to the provinces.", "sustainable_development"),
    ("Small firms are the engine of new jobs in the region.", "sustainable_development"),
    ("A green and inclusive recovery is within reach.", "sustainable_development"),
    ("Schoolchildren planted two million trees last year.", "sustainable_development"),
    ("We are expanding our marine protected zones.", "sustainable_development"),
    ("A cholera outbreak struck the southern districts.", "sustainable_development"),
    # human rights: democracy, constitutional government and political freedoms
    ("The junta must restore constitutional order without delay.", "human_rights"),
    ("A free media is the sign of a healthy State.", "human_rights"),
    ("The arrests of the political opposition must stop.", "human_rights"),
    ("The crackdown on students has shocked the world.", "human_rights"),
    ("The Assembly will discuss children and armed conflict next week.", "human_rights"),
    # security: armed and police forces, aggressors, force, crime
    ("The national police patrol the border towns.", "security"),
    ("The army has withdrawn from the capital.", "security"),
    ("The international community must not reward the aggressor.", "security"),
    ("No territory may be acquired by force.", "security"),
    ("Gangs control several districts of the capital.", "security"),
    ("Guns drive the homicide rate in our cities.", "security"),
    ("Shopkeepers face extortion every week.", "security"),
    ("Three coups in three years have shaken the subregion.", "security"),
    # multilateralism: the UN's own meetings, programmes, funds, regional organizations, intergovernmental bodies
    ("This year's general debate has a fitting theme.", "multilateralism"),
    ("Regional organizations must play a larger role in mediation.", "multilateralism"),
    ("We are implementing the Programme of Action for landlocked countries.", "multilateralism"),
    ("The Green Climate Fund has approved our first project.", "multilateralism"),
    ("Despite its flaws, this organization remains indispensable.", "multilateralism"),
    ("We must revitalize the organization so that it serves all peoples.", "multilateralism"),
    ("The Special Rapporteur visited our country in May.", "multilateralism"),
    ("Both parties must respect international human rights law.", "multilateralism"),
    ("The AU has deployed observers to the region.", "multilateralism"),
    ("The UNCLOS regime governs activities on the seabed.", "multilateralism"),
    # developing countries: concessional terms, small and transit economies, countries in need
    ("Such projects need financing on concessionary terms.", "developing_countries"),
    ("Smaller economies depend on open markets.", "developing_countries"),
    ("We have shipped doses to countries in need.", "developing_countries"),
    ("Coffee growers deserve a fair price for their beans.", "developing_countries"),
    # sovereignty: a model of society imposed on States
    ("No Power has the right to impose its political model on others.", "sovereignty"),
    # cooperation: continued support given
    ("We are grateful for the continued support of Japan.", "cooperation"),
    # batch 2
    ("We stand firmly against protectionism in all its forms.", "multilateralism"),
    ("During your presidency, Sir, we hope to see progress on reform.", "multilateralism"),
    ("The socioeconomic gains of the past decade are at risk.", "sustainable_development"),
    ("Islamophobia and antisemitism have no place in our societies.", "human_rights"),
    ("The transition will end with a transfer of power to an elected Government.", "human_rights"),
    ("Neighbours delivered personal protective equipment in the first weeks.", "cooperation"),
    ("European integration remains our strategic goal.", "cooperation"),
    ("Our country has stood alongside the people of Haiti for decades.", "cooperation"),
    ("We are concerned by rising tensions in the Gulf.", "security"),
    ("We thank our neighbours for their technical support.", "developing_countries"),
    ("Island States need the transfer of marine technology.", "developing_countries"),
    ("All sides must respect the ceasefire agreements they signed.", "trust"),
])
def test_round15_wording_codes_its_frame(text, frame):
    assert frame in frames_of(text, "en")


def test_risk_alone_is_not_security():
    # 2026.13 drops "risk": coders code economic, health and climate risks as no threat; a risk of war still codes
    # through "war", a security risk through "security".
    assert "security" not in frames_of("Investors see fewer currency risks this year.", "en")
    assert "security" in frames_of("The risk of war in the region is growing.", "en")
    assert "security" in frames_of("These are serious security risks.", "en")


def test_under_threat_is_not_a_security_threat():
    assert "security" not in frames_of("Our coral reefs are under threat.", "en")
    assert "security" in frames_of("The terrorist threat is growing in the Sahel.", "en")
    assert "security" in frames_of("The threat of an armed attack is real.", "en")


def test_the_organization_of_an_event_is_not_multilateralism():
    assert "multilateralism" not in frames_of("The organization of the census took two years.", "en")
    assert "multilateralism" in frames_of("We must reform the organization so that it serves all peoples.", "en")


def test_asset_recovery_is_not_development():
    assert "sustainable_development" not in frames_of("Asset recovery helps fight corruption.", "en")
    assert "sustainable_development" in frames_of("The recovery of the tourism sector is slow.", "en")


@pytest.mark.parametrize(("other_sense", "coded", "frame"), [
    # 2026.13 batch 2: the other senses that coders did not code, beside the sense that still codes
    ("The map is reproduced in annex II of the report.", "The annexation of the peninsula is illegal.", "sovereignty"),
    ("We welcome the resolution of our differences with our neighbour.",
     "The Assembly adopted resolution 70/1 by consensus.", "multilateralism"),
    ("Peacekeeping needs sustainable and predictable financing.", "We are building sustainable cities.",
     "sustainable_development"),
    ("We propose a clearing-house for conflict information.", "Affordable housing is our priority.",
     "sustainable_development"),
    ("Mobilizing climate financing is our priority.", "Debt relief for the poorest countries is overdue.",
     "developing_countries"),
])
def test_round15_other_senses_do_not_code(other_sense, coded, frame):
    assert frame not in frames_of(other_sense, "en")
    assert frame in frames_of(coded, "en")


def test_social_tensions_are_not_security():
    assert "security" not in frames_of("Social tensions in the cities worry the Government.", "en")
    assert "security" in frames_of("Tensions in the region are rising.", "en")


@pytest.mark.parametrize(("other_sense", "coded", "frame"), [
    # The read-only review of 2026.13 (probe sentences of its own, hit samples from speeches of 1989-2018): each new
    # entry's other sense, which the rules do not code, beside the sense that still codes.
    ("We demand the recovery of our occupied territories.", "A green and inclusive recovery is within reach.",
     "sustainable_development"),
    ("We wish the President a speedy recovery.", "The recovery of the tourism sector is slow.",
     "sustainable_development"),
    ("We reaffirm our continued support for the Secretary-General.",
     "We thank our partners for their continued support.", "cooperation"),
    ("The Government adopted a national plan of action against drought.",
     "The Plan of Action of the World Summit guides our work.", "multilateralism"),
    ("A good tree cannot bear bad fruit.", "Schoolchildren planted two million trees last year.",
     "sustainable_development"),
    ("The Organization is unable to meet its financial commitments.",
     "Industrialized nations have yet to meet their climate commitments.", "trust"),
    ("Our aspirations for a better life remain unfulfilled.",
     "The promises of the settlement remain unfulfilled to this day.", "trust"),
    ("With respect to our commitments, the report is silent.",
     "The donors must respect the commitments they entered into in Monterrey.", "trust"),
    ("The waters of the Ganges feed millions of farmers.", "Gangs control several districts of the capital.",
     "security"),
    ("We must follow through on the recommendations of the panel.",
     "Too many pledges were never followed through on.", "trust"),
    ("The transfer of power to the districts is under way.",
     "We salute the peaceful transfer of power in our neighbour.", "human_rights"),
    ("The crackdown on smugglers has cut the flow of contraband.",
     "The crackdown on peaceful protesters has shocked the world.", "human_rights"),
    ("The organization claimed responsibility for the bombing.",
     "We must revitalize the organization so that it serves all peoples.", "multilateralism"),
])
def test_round15_review_other_senses_do_not_code(other_sense, coded, frame):
    assert frame not in frames_of(other_sense, "en")
    assert frame in frames_of(coded, "en")


def test_annexing_land_is_sovereignty_but_an_annex_is_not():
    # The review: excluding "annex" also dropped the verb; a document's annex stays out, annexing land codes.
    assert "sovereignty" not in frames_of("The map is reproduced in annex II of the report.", "en")
    assert "sovereignty" in frames_of("They now plan to annex the valley.", "en")
    assert "sovereignty" in frames_of("The neighbouring State annexed the island in 1975.", "en")
