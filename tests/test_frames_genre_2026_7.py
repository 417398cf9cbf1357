"""Codebook 2026.7: genre wording for recall (English sovereignty, multilateralism and developing
countries; Russian cooperation and development).

Every sentence here was written for this test (none is taken from a corpus). Each class is
tested with the senses of its words that are not the frame.
"""

from __future__ import annotations

import pytest

from frame_check import frames_of


@pytest.mark.parametrize(("text", "frame"), [
    ("Our people suffered a century of colonization and plunder.", "sovereignty"),
    ("The islands were colonised without the consent of their inhabitants.", "sovereignty"),
    ("No nation should live under foreign domination.", "sovereignty"),
    ("We greet the newly independent nations of the region.", "sovereignty"),
    ("The occupying forces must withdraw behind the line.", "sovereignty"),
    ("The occupiers have changed the names of our villages.", "sovereignty"),
    ("Small countries will not bow to the diktat of the strong.", "sovereignty"),
    ("Any attempt to dismember our country will fail.", "sovereignty"),
    ("The crisis must be solved without foreign intervention.", "sovereignty"),
    ("Peoples must be free to choose their own form of government.", "sovereignty"),
    ("My Government abides by the one-China policy.", "sovereignty"),
    ("The Chagos Archipelago was cut from our territory before independence.", "sovereignty"),
    ("We support a viable and contiguous State of Palestine.", "sovereignty"),
    ("Settlements in the occupied Palestinian territory are illegal.", "sovereignty"),
    ("The occupied Syrian Golan must be returned.", "sovereignty"),
    ("We reject every attempt by foreign Powers to choose our leaders.", "sovereignty"),
    ("All countries should abide by international rules on trade and investment.", "multilateralism"),
    ("The international legal framework on non-proliferation must be kept.", "multilateralism"),
    ("Only concerted action can stop the spread of the disease.", "multilateralism"),
    ("We want trade rules that are predictable and fair.", "multilateralism"),
    ("Africa must take part in international negotiations on climate.", "multilateralism"),
    ("The Universal Declaration of Human Rights turns seventy this year.", "multilateralism"),
    ("Every voice in this forum deserves to be heard.", "multilateralism"),
    ("The IMF and the WTO must listen to their smaller members.", "multilateralism"),
    ("SADC mediators met the parties in Pretoria.", "multilateralism"),
    ("The troops of MINUSMA work in a dangerous environment.", "multilateralism"),
    ("The Peacebuilding Commission should accompany countries after conflict.", "multilateralism"),
    ("The International Criminal Tribunal completed its last trial.", "multilateralism"),
    ("We look forward to adopting the global compact on refugees.", "multilateralism"),
    ("The Organisation must be given the resources its mandates require.", "multilateralism"),
    ("The League of Nations failed because the powerful walked away.", "multilateralism"),
    ("The Arab League sent observers to the border.", "multilateralism"),
    ("The Economic Community of West African States brokered the ceasefire.", "multilateralism"),
    ("We welcome the report of the High Commissioner for Refugees.", "multilateralism"),
    ("The high-level meeting on tuberculosis adopted a political declaration.", "multilateralism"),
    ("Poor nations cannot carry this burden alone.", "developing_countries"),
    ("The gap between rich nations and the rest keeps widening.", "developing_countries"),
    ("Our crushing indebtedness leaves nothing for schools.", "developing_countries"),
    ("Heavily indebted countries need a lasting way out.", "developing_countries"),
    ("Our farmers need access to markets on fair terms.", "developing_countries"),
    ("Agricultural subsidies in the North ruin our cotton growers.", "developing_countries"),
    ("The Almaty Programme of Action set out five priorities.", "developing_countries"),
    ("The Doha Development Round must finally be concluded.", "developing_countries"),
    ("Small economies like ours are the first to feel a crisis.", "developing_countries"),
    ("The most vulnerable States need adaptation finance now.", "developing_countries"),
    ("We still strive for a just economic order.", "developing_countries"),
    ("Disarmament should free a transfer of resources to development.", "developing_countries"),
    ("We have reached an agreement with our Paris Club creditors.", "developing_countries"),
])
def test_english_genre_wording_carries_its_frame(text, frame):
    assert frame in frames_of(text, "en")


@pytest.mark.parametrize(("text", "frame"), [
    ("We are deeply indebted to the outgoing President.", "developing_countries"),  # gratitude, not debt
    ("The world is in a vulnerable state of flux.", "developing_countries"),       # a state of things
    ("The observer force on the Golan Heights was rotated.", "sovereignty"),       # the Golan, not occupied
    ("The Independent National Electoral Commission published the results.", "sovereignty"),
    ("An employment tribunal ruled against the company.", "multilateralism"),      # a court at home
    ("The eu in this word is a diphthong.", "multilateralism"),                    # only the capitals name the Union
    ("The British High Commissioner visited the flooded districts.", "multilateralism"),  # a national envoy
])
def test_english_other_senses_do_not(text, frame):
    assert frame not in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "Мы намерены и дальше развивать отношения с этой страной.",
    "Стороны обсудили перспективы развития отношений.",
    "Уровень межгосударственных связей остаётся высоким.",
    "Экономические связи между нашими регионами восстанавливаются.",
    "Торговый оборот двух стран превысил пятьдесят миллиардов долларов.",
    "Объём торговли с Евросоюзом снизился.",
    "Внешнеэкономические связи области расширились.",
    "Благодарю за дружеский приём.",
])
def test_russian_relations_wording_is_cooperation(text):
    assert "cooperation" in frames_of(text, "ru")


def test_developing_relations_is_cooperation_not_development():
    found = frames_of("Речь идёт о развитии отношений с соседями.", "ru")
    assert "cooperation" in found and "sustainable_development" not in found


@pytest.mark.parametrize("text", [
    "Ожидаемая продолжительность жизни в регионе достигла семидесяти пяти лет.",
    "На побережье проектируют семнадцать очистных сооружений.",
    "Многодетные семьи получат земельные участки.",
    "Льготная ипотека остаётся главным инструментом.",
    "Семейную ипотеку продлят до двадцать пятого года.",
    "Аварийный фонд сократился вдвое.",
    "Осталось расселить жильцов аварийных и ветхих домов.",
    "На обновление систем ЖКХ потребуется четыре триллиона рублей.",
    "Качество коммунальных услуг улучшится для двадцати миллионов человек.",
    "Приём в колледжи превысил сто тысяч человек.",
    "Энергопереход требует новых технологий хранения энергии.",
    "Доля возобновляемых источников энергии выросла.",
    "Выбросы парниковых газов сократились на треть.",
])
def test_russian_national_programme_wording_is_development(text):
    assert "sustainable_development" in frames_of(text, "ru")


@pytest.mark.parametrize("text", [
    "Аварийная бригада выехала на место происшествия.",   # an emergency crew, not dilapidated housing
    "Ипотека – это кредит под залог недвижимости.",        # a mortgage as such, not a support programme
])
def test_russian_other_senses_are_not_development(text):
    assert "sustainable_development" not in frames_of(text, "ru")
