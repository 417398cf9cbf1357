"""Codebook 2026.6: English genre wording for sovereignty, developing countries and multilateralism.

Every sentence here was written for this test (none is taken from a corpus). Each class is
tested with the senses of its words that are not the frame.
"""

from __future__ import annotations

import pytest

from frame_check import frames_of


@pytest.mark.parametrize(("text", "frame"), [
    ("The settlers must leave the occupied territories of our neighbour.", "sovereignty"),
    ("No people will give up its occupied lands in exchange for promises.", "sovereignty"),
    ("All foreign troops must leave the island without delay.", "sovereignty"),
    ("The presence of foreign forces was never agreed by the host Government.", "sovereignty"),
    ("We have delimited our maritime boundaries by arbitration.", "sovereignty"),
    ("Territorial disputes should go to the International Court of Justice.", "sovereignty"),
    ("Laws with extraterritorial reach violate the rights of third States.", "sovereignty"),
    ("Each nation has the right to choose its own political system.", "sovereignty"),
    ("Our people will remain the masters of their own destiny.", "sovereignty"),
    ("We reject any return to spheres of influence in Europe.", "sovereignty"),
    ("Recognizing the right to exist of every State in the region is the basis of peace.", "sovereignty"),
    ("The juridical equality of States is a cornerstone of the Charter.", "sovereignty"),
    ("The refugees long for an independent State of their own.", "sovereignty"),
    ("The long road to statehood has not ended for that people.", "sovereignty"),
    ("Every people must be free to run its own affairs.", "sovereignty"),
    ("Fishing fleets keep entering our territorial waters unannounced.", "sovereignty"),
    # 2026.24: unilateral economic (coercive) measures are sanctions, not sovereignty (tests/test_frames_genre_vocabulary.py).
    ("No foreign military presence was ever invited here.", "sovereignty"),
    ("Two new permanent members from Africa would make the organ more legitimate.", "multilateralism"),
    ("The non-permanent seats should be shared more fairly among regions.", "multilateralism"),
    ("Reform of international institutions cannot wait another decade.", "multilateralism"),
    ("This institution was founded on the ashes of a world war.", "multilateralism"),
    ("My delegation thanks this body for its confidence.", "multilateralism"),
    ("The world body must regain the confidence of the peoples it serves.", "multilateralism"),
    ("We welcome the newest member of the family of nations.", "multilateralism"),
    ("Small States depend on the international rule of law above all.", "multilateralism"),
    ("A more representative international financial system is overdue.", "multilateralism"),
    ("Unilateralism only weakens the answers we owe our citizens.", "multilateralism"),
    ("What we lack is not ideas but the collective will to act.", "multilateralism"),
    ("The outcome document sets out clear commitments.", "multilateralism"),
    ("The Millennium Declaration set targets that we have yet to reach.", "multilateralism"),
    ("Leaders at the Forum agreed on a regional plan for fisheries.", "multilateralism"),
    ("The Alliance of Small Island States speaks with one voice on climate.", "multilateralism"),
    ("The Bretton Woods institutions must give borrowers a greater voice.", "multilateralism"),
    ("The world is moving towards a multipolar order.", "multilateralism"),
    ("We must build the institutional capacity of our ministries.", "developing_countries"),
    ("The promises of the Monterrey Consensus remain unfulfilled.", "developing_countries"),
    ("The Istanbul Programme of Action must be carried out in full.", "developing_countries"),
    ("The Samoa Pathway calls for durable partnerships.", "developing_countries"),
    ("Our graduation has cost us access to concessional loans.", "developing_countries"),
    ("Falling commodity prices have erased a decade of export earnings.", "developing_countries"),
    ("Countries that completed the HIPC process still struggle to grow.", "developing_countries"),
    ("The countries of the South ask for a fairer say in the institutions.", "developing_countries"),
    ("The divide between North and South keeps widening.", "developing_countries"),
    ("Rich countries spend more on farm subsidies than on help to others.", "developing_countries"),
    ("What wealthy countries decide shapes our harvests.", "developing_countries"),
    ("Our small economy is exposed to external shocks of every kind.", "developing_countries"),
])
def test_genre_wording_carries_its_frame(text, frame):
    assert frame in frames_of(text, "en")


@pytest.mark.parametrize(("text", "frame"), [
    ("Women now occupied half of the seats in our cabinet.", "sovereignty"),       # occupied, not occupied territory
    ("The arms embargo on the warring parties must be enforced.", "sovereignty"),  # an arms embargo is security
    ("We need a permanent ceasefire and a permanent solution.", "multilateralism"),
    ("Our institutions at home have passed the test of two elections.", "multilateralism"),  # national institutions
    ("This body of evidence points to a pattern of abuse.", "multilateralism"),
    ("The World Economic Forum met in the mountains again.", "multilateralism"),   # a private foundation
    ("The company acted unilaterally and closed the plant.", "multilateralism"),   # only the noun is the frame
    ("The Forum island countries shared a meal.", "sovereignty"),
    ("Trade within the Commonwealth of Independent States grew last year.", "sovereignty"),  # the CIS by name
    ("Talks between North and South Korea resumed in the spring.", "developing_countries"),  # the two Koreas
    ("The countries of the South Pacific met in Apia.", "developing_countries"),
])
def test_other_senses_of_the_same_words_do_not(text, frame):
    assert frame not in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "Губернатор доложил о ходе газификации сельских посёлков.",
    "За год в области построили шесть новых детских садов.",
    "Программа капитального ремонта охватит двести многоквартирных домов.",
    "Отдельно обсуждалась занятость населения в моногородах.",
    "В районах откроются новые фельдшерско-акушерские пункты.",
])
def test_russian_national_programme_wording_is_development(text):
    assert "sustainable_development" in frames_of(text, "ru")


@pytest.mark.parametrize("text", [
    "Машина прошла ремонт в местной мастерской.",          # a repair that is not a capital repair of housing
    "Из-за занятости министр не смог приехать.",           # «занятость» as a busy schedule
    "Детский смех доносился со двора.",                    # «детский» without «сад»
])
def test_russian_other_senses_are_not_development(text):
    assert "sustainable_development" not in frames_of(text, "ru")
