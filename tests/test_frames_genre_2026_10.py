"""Codebook 2026.10: the English security words' other senses (round 10's precision fixes) and the round's
rare genre wording for sovereignty, human rights, developing countries and Russian security and cooperation.

Every sentence here was written for this test (none is taken from a corpus). Each class is tested with
the sense of its words that is not the frame, so a widened or dropped exclusion fails here.
"""

from __future__ import annotations

import pytest

from frame_check import frames_of


@pytest.mark.parametrize("text", [
    "Our exports fell to their lowest level since the Second World War.",
    "After the Second World War, the country rebuilt its railways.",
    "Trade wars hurt the poorest exporters first.",
    "Food insecurity is rising across the region.",
    "Climate change is an existential threat to our islands.",
    "The new medicine lowers the risk of death for patients.",
    "We want de-risking, not decoupling.",
    "Political stability has returned to our country.",
    "Ours is a peace-loving people.",
    "Dialogue builds social peace at home.",
    "The Organization received the Nobel Peace Prize.",
])
def test_english_security_words_in_other_senses_do_not_code_security(text):
    assert "security" not in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "The Second World War broke out.",                        # the war itself
    "Millions died in the Second World War.",
    "Terrorism remains a grave threat to our region.",
    "The risk of a nuclear confrontation is growing.",
    "Stability in the Sahel depends on an end to the fighting.",
    "The war in Ukraine must end.",
])
def test_english_security_keeps_wars_threats_and_stability(text):
    assert "security" in frames_of(text, "en")


def test_the_african_union_peace_and_security_council_is_an_institution_not_security():
    assert "security" not in frames_of("The African Union Peace and Security Council met on Monday.", "en")


@pytest.mark.parametrize(("text", "frame"), [
    ("We seek the peaceful reunification of our nation.", "sovereignty"),
    ("The inviolability of borders is a principle we will defend.", "sovereignty"),
    ("We reject all external pressure on our choices.", "sovereignty"),
    ("We preserve our right to make our own decisions.", "sovereignty"),
    ("Each country must find a path suited to its national conditions.", "sovereignty"),
    ("The people lived for decades under a dictatorship.", "human_rights"),
    ("The government has opened the political space to the opposition.", "human_rights"),
    ("The civilian population of the city is besieged.", "human_rights"),
    ("Those responsible for the massacre must be held accountable.", "human_rights"),
    ("Our islands did not cause the historical emissions that warm the planet.", "developing_countries"),
    ("Despite our negligible emissions, we bear the cost.", "developing_countries"),
    ("Clean water is scarce in the impoverished regions of the world.", "developing_countries"),
    ("We owe help to those in economically disadvantaged positions.", "developing_countries"),
    ("The summit discussed development in Africa.", "developing_countries"),
    ("A new finance facility will help the most exposed.", "developing_countries"),
])
def test_english_round_10_wording_carries_its_frame(text, frame):
    assert frame in frames_of(text, "en")


@pytest.mark.parametrize(("text", "frame"), [
    ("Он погиб в бою под Курском.", "security"),
    ("Мы чтим подвиг воинов-десантников.", "security"),
    ("Эти злодеяния будут расследованы.", "security"),
    ("Мошенники похищают деньги граждан через интернет.", "security"),
    ("Наш долг – защищать Россию.", "security"),
    ("Они честно защищали своё Отечество.", "security"),
    ("Мы высоко ценим Вашу поддержку.", "cooperation"),
    ("Мы вывели наши отношения на качественно новый уровень.", "cooperation"),
    ("Партнёрство двух стран носит стратегический характер.", "cooperation"),
    ("Наши отношения не подвержены влиянию извне.", "sovereignty"),
    ("Жители жалуются на вывоз отходов.", "sustainable_development"),
    ("Очистка сточных вод в городе завершена.", "sustainable_development"),
])
def test_russian_round_10_wording_carries_its_frame(text, frame):
    assert frame in frames_of(text, "ru")


@pytest.mark.parametrize(("text", "frame"), [
    ("Отход от прежней линии был ошибкой.", "sustainable_development"),   # a departure, not waste
    ("Характер у него стратегический.", "cooperation"),                    # a person's character
])
def test_russian_round_10_lookalikes_do_not(text, frame):
    assert frame not in frames_of(text, "ru")


@pytest.mark.parametrize(("text", "frame"), [
    ("Environmental protection must go hand in hand with growth.", "cooperation"),      # a correlation, not partners
    ("It is resolute in its efforts.", "multilateralism"),                               # resolute, not a resolution
    ("The successful resolution of these problems needs unity.", "multilateralism"),    # solving, not a UN text
    ("It is our collective responsibility to act.", "multilateralism"),                 # responsibility, not response
    ("We ensure criminal accountability for the worst violations.", "security"),        # justice, not crime
    ("Biodiversity loss threatens our health.", "security"),                             # a threatening trend
    ("We call for the lifting of the embargo against our neighbour.", "sovereignty"),   # coders code it cooperation or none
    ("We oppose the politicization of the pandemic.", "trust"),
])
def test_english_round_10_precision_fixes(text, frame):
    assert frame not in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "The nations must work hand in hand with one another.",
    "The Security Council adopted resolution 2231.",
    "A collective response to the pandemic is needed.",
    "Organized criminal groups smuggle arms across the border.",
])
def test_english_round_10_precision_fixes_keep_the_frame_sense(text):
    assert frames_of(text, "en") & {"cooperation", "multilateralism", "security"}


@pytest.mark.parametrize("text", [
    "We must leave the planet better than we found it.",
    "The virus has claimed countless lives.",
    "The coronavirus outbreak led to a recession.",
    "The era of global warming has ended.",
    "Forest fires and wildfires burn every summer.",
    "Cancer and diabetes take too many of our people.",
    "Our policies stimulate job creation.",
    "The loss of natural capital hurts our farmers.",
])
def test_english_round_10_development_wording(text):
    assert "sustainable_development" in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "Small islands struggle to survive in an increasingly hostile world.",   # an attitude, not fighting
    "They acted out of hostility towards the elected Government.",
    "We have expanded social safety nets to every district.",
    "Europe must secure its energy safety.",
    "The pandemic is a public health threat to every nation.",
])
def test_english_round_10_security_lookalikes_do_not(text):
    assert "security" not in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "The hostilities resumed along the border.",
    "All hostile acts must stop while the talks go on.",
    "Nuclear safety at the occupied plant is at risk of attack.",
])
def test_english_round_10_security_keeps_fighting_and_hostile_acts(text):
    assert "security" in frames_of(text, "en")


@pytest.mark.parametrize(("text", "frame"), [
    ("We work with the P5+1 on the nuclear file.", "multilateralism"),
    ("Agenda 2063 sets out the continent's aspirations.", "multilateralism"),
    ("Shared global problems need shared global solutions.", "cooperation"),
    ("A shared approach will take us further.", "cooperation"),
    ("We are implementing shared initiatives in the region.", "cooperation"),
    ("We look forward to working closely with the members.", "cooperation"),
])
def test_english_round_10_wording_for_multilateralism_and_cooperation(text, frame):
    assert frame in frames_of(text, "en")


def test_inviolability_is_sovereignty_only_for_borders_and_territory():
    assert "sovereignty" in frames_of("The inviolability of those borders is a pillar of the world order.", "en")
    assert "sovereignty" not in frames_of("We ensure the inviolability of private property.", "en")
