"""News copy (review of attribution round 24): the reviewer's probe sentences (people invented, countries, bodies and
outlets real) that round 24 broke, one rule each: "emergency" as a declared act, «департамент» as a body's head, the
long-name window and the neuter «как сообщало X» frame; with the copy each fix must leave alone."""

from __future__ import annotations

import pytest
from attribution_check import gold_speakers

from analysis.corpus.news import article_sentences

# (language, one-sentence article, the speaker as the gold writes it): right after round 23, wrong after round 24; a
# named speaker is a person unless listed in INSTITUTIONS
BROKEN_BY_ROUND_24 = [
    # "emergency" is an act only as what something is declared to be ("declared the drought an emergency")
    ("en", "Governor Lena Harte called for emergency federal aid after the floods destroyed 300 homes.", "Lena Harte"),
    ("en", "Foreign Minister Ana Ruiz called for an emergency meeting of the UN Security Council.", "Ana Ruiz"),
    ("en", "The union declared its support for emergency workers striking in Lyon.", "union"),
    ("en", "Opposition leader Rina Patel called for an end to the emergency powers.", "Rina Patel"),
    ("en", "Mayor Oleh Tkach called on Kyiv to declare an emergency in the region.", "Oleh Tkach"),
    ("en", "The European Union calls for emergency talks between the two sides.", "European Union"),
    ("en", "Doctors' union chief Alma Ruiz declared herself ready to join emergency talks with the ministry.",
     "Alma Ruiz"),
    ("en", 'Activist Nora Keane called the new law a "climate emergency" waiting to happen.', "Nora Keane"),
    ("en", "Lawmaker Ines Paredes called for the emergency to be lifted before the vote.", "Ines Paredes"),
    # a département (a place) is no body: its residents and farmers are a vague group
    ("ru", "Жители департамента Антьокия рассказали, что вода поднялась за одну ночь.", None),
    ("ru", "Фермеры департамента Эндр и Луара заявили, что урожай погиб.", None),
    ("ru", "Жители перуанского департамента Пуно рассказали, что уровень озера Титикака упал.", None),
    # a long body name governed by a preposition or a document before it
    ("en", "A report by the Ministry of Health and Social Affairs of Sweden and the Public Health Agency said infections "
           "rose in May.", None),
    ("ru", "Совместный доклад группы независимых экспертов министерства экономики и финансов Франции и министерства "
           "экономики Германии и Италии утверждает, что рост замедлится.", None),
    # a neuter subject can be a person («доверенное лицо», «первое лицо»)
    ("ru", "Как заявило доверенное лицо кандидата Иван Крутов, подписи собраны.", "Иван Крутов"),
    ("ru", "Как отметило первое лицо республики Иван Крутов, бюджет будет сбалансирован.", "Иван Крутов"),
]


def _kinds(body: str, language: str) -> list:
    table = article_sentences(body, {"doc_id": "w", "language": language})
    return list(zip(table["speaker"], table["speaker_kind"]))


INSTITUTIONS = {"union", "European Union"}


@pytest.mark.parametrize(("language", "sentence", "speaker"), BROKEN_BY_ROUND_24)
def test_the_copy_round_24_broke_has_its_round_23_speaker_again(language, sentence, speaker):
    assert gold_speakers(sentence + "\n", language) == [speaker]
    kind = None if speaker is None else "institution" if speaker in INSTITUTIONS else "person"
    assert [kind for _, kind in _kinds(sentence + "\n", language)] == [kind]  # «Иван Крутов» is no outlet


def test_a_person_named_after_a_neuter_frame_stays_a_person():
    body = "Как заявило руководство клуба в лице президента Ивана Крутова, тренер останется.\n"
    table = article_sentences(body, {"doc_id": "w", "language": "ru"})
    assert table["speaker_kind"].tolist() == ["person"]
    assert table["speaker"].tolist()[0].startswith("Иван")


def test_declaring_something_an_emergency_stays_an_act():
    for body in ('The health ministry declared the cholera outbreak a "national emergency" on Monday.\n',
                 "The government declared the drought an emergency.\n",
                 "The governor declared a drought emergency in three counties.\n",
                 "The council has declared a climate emergency.\n",
                 "Prime Minister Ravi Nair declared a state of emergency in Kerala.\n"):
        assert gold_speakers(body, "en") == [None], body
    assert gold_speakers("Opposition leader Tomas Rivas called the situation an emergency and demanded that the "
                         "minister resign.\n", "en") == ["Tomas Rivas"]
    assert gold_speakers("Dr Musa Bello, who heads the emergency department, declared that the hospital was full.\n",
                         "en") == ["Musa Bello"]


def test_a_ministry_department_and_a_departement_keep_their_round_24_answers():
    assert _kinds("В департаменте здравоохранения Москвы заявили, что вакцины хватит всем.\n",
                  "ru") == [("департамент здравоохранения Москвы", "institution")]
    assert _kinds("Работы завершат к декабрю, сообщили в департаменте транспорта Москвы.\n",
                  "ru") == [("департамент транспорта Москвы", "institution")]
    assert _kinds("Департамент ЖКХ Москвы сообщил, что отопление включат в понедельник.\n",
                  "ru") == [("Департамент ЖКХ Москвы", "institution")]  # an abbreviation is no place name
    for body, speaker in (("Директор департамента образования Москвы Иван Крутов заявил, что школы откроются по "
                           "графику.\n", "Иван Крутов"),
                          ("Документы передали в департамент строительства, сообщил Иван Крутов.\n", "Иван Крутов"),
                          ("В департамент направили запрос, но ответа пока нет.\n", None),
                          ("В департаменте Па-де-Кале объявили режим ЧС.\n", None),
                          ("Сотрудник департамента, попросивший не называть его имени, рассказал, что проверка "
                           "продлится месяц.\n", "[сотрудник департамента]")):
        assert gold_speakers(body, "ru") == [speaker], body


def test_long_body_names_and_the_titles_they_carry_keep_their_answers():
    for body, speaker in (("Minister of Foreign Affairs and Trade Aroha Tane said on Monday that talks with Fiji would "
                           "resume in March.\n", "Aroha Tane"),
                          ("Department of Health Secretary Ramon Dizon said the measles outbreak in Mindanao was under "
                           "control.\n", "Ramon Dizon"),
                          ("Office of Management and Budget Director Kara Lind told reporters the plan would save $2 "
                           "billion a year.\n", "Kara Lind"),
                          ("Bank of Japan Governor Kenji Mori said the bank would keep rates unchanged for now.\n",
                           "Kenji Mori"),
                          ("Ministry of Foreign Affairs Spokesperson Lin Mei said China firmly opposed the arms sale.\n",
                           "Lin Mei"),
                          ("A survey by the Bank of England and the Office for National Statistics said firms expected "
                           "prices to rise.\n", None),
                          ("A study by the Institute for Health Metrics and Evaluation of the University of Washington "
                           "said deaths fell.\n", None)):
        assert gold_speakers(body, "en") == [speaker], body
    assert _kinds("The Ministry of Energy and Mines on Thursday said fuel prices in Guatemala would rise by 4%.\n",
                  "en") == [("Ministry of Energy and Mines", "institution")]
    assert gold_speakers("Доклад министерства экономики и финансов Франции и Германии показал, что инфляция "
                         "замедлилась.\n", "ru") == [None]
    assert gold_speakers("Заместитель министра труда и социальной защиты Казахстана Айгуль Серикова заявила, что "
                         "пособия проиндексируют.\n", "ru") == ["Айгуль Серикова"]


def test_outlets_after_a_neuter_frame_stay_bodies_and_named_people_stay_people():
    for body, speaker, kind in (("Как сообщало ТАСС, в Кабуле прогремели два взрыва.\n", "ТАСС", "institution"),
                                ("Как сообщало РИА Новости, в Ереване прошла акция протеста.\n", "РИА Новости",
                                 "institution"),
                                ("Как сообщало Интерфакс, в Москве задержали двух чиновников.\n", "Интерфакс",
                                 "institution"),
                                ("Как сообщал Reuters, переговоры зашли в тупик.\n", "Reuters", "institution"),
                                ("Как сообщало министерство обороны Литвы, учения завершились в пятницу.\n",
                                 "министерство обороны Литвы", "institution"),
                                ("Как сообщала Мария Белова, школа закрыта на карантин.\n", "Мария Белова", "person")):
        assert _kinds(body, "ru") == [(speaker, kind)], body
