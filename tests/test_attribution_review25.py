"""Review of attribution round 25: the probes round 25 broke (right on its base, wrong on the branch), each as a short
invented article with the speaker the annotation rules give, and copy the fixes must leave alone (the review's
"right on both" list)."""

from __future__ import annotations

import pytest

from attribution_check import gold_speakers

# R1: a date or a place before a Russian speech setting («на вопрос», «в ответ на запрос», «на условиях анонимности»,
# a channel) cut away the subject that follows the setting
SUBJECT_AFTER_A_SETTING = [
    ("11 марта на вопрос РИА Новости посол Ирана в Москве Реза Сабери ответил, что переговоры продолжатся.\n",
     "Реза Сабери"),
    ("В Женеве на вопрос Reuters представитель ВОЗ Анна Ковальчук ответила, что вакцин хватит до зимы.\n",
     "Анна Ковальчук"),
    ("В Брюсселе на условиях анонимности источник в Еврокомиссии сообщил, что пакет санкций отложен.\n",
     "[источник в Еврокомиссии]"),
    ("Вчера в Москве в ответ на запрос «Коммерсанта» пресс-секретарь компании Ирина Белова сообщила, что сделка "
     "закрыта.\n", "Ирина Белова"),
    ("Во Владивостоке в своем Telegram-канале губернатор Приморья Олег Ситников написал, что паром отменен.\n",
     "Олег Ситников"),
]


@pytest.mark.parametrize("body, speaker", SUBJECT_AFTER_A_SETTING, ids=["date", "place", "anonymity", "adverb-place",
                                                                         "channel"])
def test_a_subject_after_a_russian_speech_setting_stays_after_a_date_or_a_place(body, speaker):
    assert gold_speakers(body, "ru") == [speaker]


def test_a_speech_setting_still_comes_off_the_subject_before_it():
    assert gold_speakers("Депутат парламента Армении Анна Мкртчян на вопрос Sputnik Армения отметила, что закон "
                         "примут осенью.\n", "ru") == ["Анна Мкртчян"]
    assert gold_speakers("Представитель МЧС Айгуль Сеитова в ответ на запрос Tengrinews сообщила, что пожар "
                         "потушен.\n", "ru") == ["Айгуль Сеитова"]
    # a genitive complement of the setting is no subject
    assert gold_speakers("Суд на запрос адвоката Ивана Зорина ответа пока не дал.\n", "ru") == [None]
    assert gold_speakers("Вечером в Минске на вопрос журналистов президент Белоруссии Игорь Ракитин ответил, что "
                         "граница открыта.\n", "ru") == ["Игорь Ракитин"]


# R2: "the TITLE of/for PRINCIPAL" is the holder named before when the holder's office names that principal before
# its title or after it with one preposition between
NAMED_HOLDER_OF_A_PRINCIPAL = [
    ("Tom Ouma, a spokesman for Kenya's Ministry of Health, said the outbreak was under control.\n\n"
     "The spokesman for the ministry added that 40 new cases had been recorded.\n", "Tom Ouma"),
    ("Ana Wekesa, director of the Kenyan Red Cross, said the camps were overcrowded.\n\n"
     "The director of the Red Cross said more tents were on the way.\n", "Ana Wekesa"),
    ("Tom Ravu, Fiji's Permanent Representative to the United Nations, said the island states had been ignored.\n\n"
     "Later in the debate, the representative of Fiji said his Government would table a resolution.\n", "Tom Ravu"),
]


@pytest.mark.parametrize("body, holder", NAMED_HOLDER_OF_A_PRINCIPAL, ids=["possessive-inside", "adjective-inside",
                                                                         "possessive-before"])
def test_the_title_of_a_principal_is_the_holder_whose_office_names_it(body, holder):
    assert gold_speakers(body, "en") == [holder, holder]


def test_an_envoy_whose_office_names_the_country_in_a_second_complement_is_no_country_s_representative():
    body = ("Ines Marlow, Special Representative of the Secretary-General for Haiti, said the vote was a signal.\n\n"
            "In the debate, the representative of Haiti said his Government was committed to the transition.\n")
    assert gold_speakers(body, "en") == ["Ines Marlow", "[representative of Haiti]"]
    body = ("Lena Hartmann, the UN special envoy for Yemen, said the truce was holding. The envoy for Yemen added "
            "that prisoner exchanges would resume.\n")
    assert gold_speakers(body, "en") == ["Lena Hartmann", "Lena Hartmann"]


# R3: «офицер», «чиновник», «чиновница» after a quote describe an officer or an official, not a civilian who spoke
OFFICER_OR_OFFICIAL_AFTER_A_CIVILIAN = [
    ("Житель села Андрей Коваль рассказал, что очередь стояла с утра. «Проверка займет не больше часа», — сказал "
     "офицер.\n", ["Андрей Коваль", "[офицер]"]),
    ("Задержанный Павел Гринев заявил, что не знал о запрете. «Он был пьян и сопротивлялся», — сказал офицер.\n",
     ["Павел Гринев", "[офицер]"]),
    ("Активистка Мария Орлова заявила, что парк вырубают без разрешения. «Все документы у подрядчика в порядке», — "
     "сказала чиновница.\n", ["Мария Орлова", "[чиновница]"]),
    ("Рядовой Павел Гринев рассказал, что в казарме нет отопления. «Котел починят до конца недели», — сказал "
     "офицер.\n", ["Павел Гринев", "[офицер]"]),
]


@pytest.mark.parametrize("body, expected", OFFICER_OR_OFFICIAL_AFTER_A_CIVILIAN,
                         ids=["resident", "detainee", "activist", "private"])
def test_an_officer_or_an_official_after_a_civilian_is_someone_new(body, expected):
    found = gold_speakers(body, "ru")
    assert found[1] == expected[1] and expected[0] in found[0]  # («Рядовой Павел Гринев» on base too)


def test_an_officer_or_an_official_after_one_introduced_by_rank_or_post_is_that_person():
    assert gold_speakers("Командир батальона майор Андрей Коваль рассказал, что учения прошли без происшествий. "
                         "«Связь работала устойчиво», — сказал офицер.\n", "ru") == ["Андрей Коваль"] * 2
    assert gold_speakers("Глава районной администрации Ольга Смирнова подтвердила, что школу откроют в сентябре. "
                         "«Ремонт почти закончен», — рассказала чиновница.\n", "ru") == ["Ольга Смирнова"] * 2


# R5: a place's name with a particle set off after a place noun renames the place, not the title holder
@pytest.mark.parametrize("body, role", [
    ("The mayor of the port city, Rio de Janeiro, said the beaches would reopen on Monday.\n",
     "[mayor of the port city]"),
    ("The archbishop of the Spanish city, Santiago de Compostela, said the pilgrims were safe.\n",
     "[archbishop of the Spanish city]"),
], ids=["port-city", "spanish-city"])
def test_a_place_name_after_a_place_noun_is_no_person(body, role):
    assert gold_speakers(body, "en") == [role]


def test_a_person_with_a_particle_after_a_role_still_speaks():
    assert gold_speakers("The party's spokesperson on trade, Pieter van Rooyen, accused the government of drift.\n",
                         "en") == ["Pieter van Rooyen"]
    assert gold_speakers("The governor of the region, Vyacheslav Gladkov, said two people were hurt.\n",
                         "en") == ["Vyacheslav Gladkov"]
