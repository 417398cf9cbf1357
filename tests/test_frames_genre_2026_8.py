"""Codebook 2026.8: genre patterns that carry a frame without its classic keyword (round 8).

Every sentence here was written for this test (none is taken from a corpus). Each class is
tested with the senses of its words that are not the frame.
"""

from __future__ import annotations

import pytest

from frame_check import frames_of


@pytest.mark.parametrize(("text", "frame"), [
    # development named by what it concerns: the pandemic by name, oceans and the planet, energy, social protection
    ("COVID-19 closed our schools for a year.", "sustainable_development"),
    ("We must protect our oceans from overfishing.", "sustainable_development"),
    ("The Ocean Conference will meet in Nice.", "sustainable_development"),
    ("We are the guardians of this blue planet.", "sustainable_development"),
    ("Our children expect us to protect the planet.", "sustainable_development"),
    ("Our islands import all their energy.", "sustainable_development"),
    ("Social safety nets now reach every district.", "sustainable_development"),
    ("No one should be left behind.", "sustainable_development"),
    ("Help must reach those furthest behind first.", "sustainable_development"),
    ("A fifth of our land is now protected areas.", "sustainable_development"),
    ("Marine conservation is a national priority.", "sustainable_development"),
    ("Access to medicines is unequal.", "sustainable_development"),
    ("We live in harmony with Mother Earth.", "sustainable_development"),
    ("Pollution of our rivers has fallen.", "sustainable_development"),
    ("Economic activity slowed in the second quarter.", "sustainable_development"),
    # cooperation as solidarity: standing with, not alone, joined efforts, shared experience
    ("We stand firmly with the people of the islands.", "cooperation"),
    ("We know that we are not alone.", "cooperation"),
    ("We cannot do it alone.", "cooperation"),
    ("Let us join our efforts against the disease.", "cooperation"),
    ("Only united efforts can stop the traffickers.", "cooperation"),
    ("We are ready to share our experience with other countries.", "cooperation"),
    # trust: agreements kept or broken, words and deeds
    ("They sabotaged the agreements from the first day.", "trust"),
    ("There is a gap between words and deeds.", "trust"),
    ("Donors must make good on their pledges.", "trust"),
    ("Both parties must faithfully implement the accord.", "trust"),
    ("We insist on strict adherence to the signed agreements.", "trust"),
    # developing countries: the finance of poorer economies
    ("Debt service leaves us no fiscal space.", "developing_countries"),
    ("Twenty countries are in debt distress.", "developing_countries"),
    ("Remittances are larger than all the aid we receive.", "developing_countries"),
    ("Illicit financial flows drain the continent.", "developing_countries"),
    ("Our technical and financial partners suspended their support.", "developing_countries"),
    ("Aid should come without political strings.", "developing_countries"),
    # sovereignty: an invasion of a State
    ("The invasion of our country was condemned.", "sovereignty"),
    # human rights: the rule of law at home, abuses, justice and equal opportunity, displacement
    ("We have strengthened the rule of law and the courts.", "human_rights"),
    ("The abuses committed against civilians must be investigated.", "human_rights"),
    ("Our judicial system must be reformed.", "human_rights"),
    ("Equal opportunities for all are in our Constitution.", "human_rights"),
    ("Thousands were forced to leave their homes.", "human_rights"),
])
def test_english_genre_patterns_carry_their_frame(text, frame):
    assert frame in frames_of(text, "en")


@pytest.mark.parametrize(("text", "frame"), [
    ("The International Atomic Energy Agency inspected the site.", "sustainable_development"),
    ("Nuclear energy for peaceful purposes is a right.", "sustainable_development"),
    ("He is a conservative politician.", "sustainable_development"),       # not conservation
    ("The Pacific Ocean is vast.", "sustainable_development"),             # the ocean as a place
    ("The international rule of law binds every State.", "human_rights"),  # international law: multilateralism
    ("Drug abuses are rising among the young.", "human_rights"),
    ("Saboteurs blew up the bridge.", "trust"),                            # sabotage with no agreement
    ("He left the room alone.", "cooperation"),
])
def test_english_other_senses_do_not(text, frame):
    assert frame not in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "Сегодня в области пятьдесят врачей на десять тысяч населения.",
    "Доступность медицинской помощи в сёлах выросла.",
    "Диспансеризацию прошли два миллиона человек.",
    "В регионе построят новый госпиталь.",
    "Подготовлены новые учебники по истории.",
    "Строительство кампуса завершат к двадцать шестому году.",
    "Педагогические вузы получили новые места.",
    "Растёт интерес молодёжи к получению образования.",
    "Единовременная выплата придёт в декабре.",
    "Малое и среднее предпринимательство выросло вдвое.",
    "Поддержка малого и среднего бизнеса продолжится.",
    "Пассажиропоток аэропорта вырос на треть.",
    "Центр поддержки участников СВО открылся в Москве.",
    "Поддержка ветеранов остаётся приоритетом.",
    "Программа поддержки семей работает третий год.",
])
def test_russian_social_sector_wording_is_development(text):
    assert "sustainable_development" in frames_of(text, "ru")


@pytest.mark.parametrize("text", [
    "Поддержка участников конференции была единодушной.",  # participants of a meeting, not of the operation
    "Выплатить долг компания не смогла.",                   # the verb, not a social payment
])
def test_russian_other_senses_are_not_development(text):
    assert "sustainable_development" not in frames_of(text, "ru")


@pytest.mark.parametrize("text", [
    "Мы рады тому, как развиваются наши отношения.",
    "Наши отношения успешно развиваются.",
    "Между нашими странами прочные отношения.",
    "Заседание межправкомиссии пройдёт в Казани.",
    "Кооперационные связи предприятий восстановлены.",
])
def test_russian_readout_relations_are_cooperation(text):
    assert "cooperation" in frames_of(text, "ru")


@pytest.mark.parametrize(("text", "frame"), [
    ("Обсуждены перспективы развития российско-катарского сотрудничества.", "sustainable_development"),
    ("Речь шла о развитии двусторонних связей.", "sustainable_development"),
    ("Лидеры обсудили развитие диалога по Украине.", "sustainable_development"),
    ("Будут подписаны двусторонние межправительственные документы.", "multilateralism"),
    ("Заседание межправительственной комиссии прошло в Дохе.", "multilateralism"),
    ("Эти меры подрывают свободу торговли.", "human_rights"),
    ("Заложники вышли на свободу.", "human_rights"),
])
def test_russian_readout_formulas_are_not_these_frames(text, frame):
    """Talks readouts: developing a bilateral relation is cooperation, a bilateral intergovernmental act is not multilateral."""
    assert frame not in frames_of(text, "ru")


def test_developing_the_russian_economy_stays_development():
    assert "sustainable_development" in frames_of("Нужна основа для уверенного развития российской экономики.", "ru")


def test_an_intergovernmental_commission_is_cooperation():
    assert "cooperation" in frames_of("Заседание межправительственной комиссии прошло в Дохе.", "ru")


def test_international_organisations_stay_multilateral():
    assert "multilateralism" in frames_of("Межправительственные организации должны быть услышаны.", "ru")


@pytest.mark.parametrize("text", [
    "The Paris Agreement must be implemented in full.",
    "We want a more just world order.",
    "Our hopes rest on COP28 in Dubai and on what COP delivers.",
    "A polycentric world is emerging.",
    "The political declaration on universal health coverage was adopted.",
    "The Beijing Declaration and Platform for Action remain our guide.",
    "The International Seabed Authority approved the regulations.",
    "We joined the COVAX Facility.",
])
def test_english_multilateral_agreements_and_order(text):
    """Conventions, outcome documents and the world order are multilateralism (the coding rules' list)."""
    assert "multilateralism" in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "The Dayton and Paris agreements ended the war.",   # peace accords, not the climate treaty
    "A cop directed the traffic.",
])
def test_english_multilateral_lookalikes_do_not(text):
    assert "multilateralism" not in frames_of(text, "en")
