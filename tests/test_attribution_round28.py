"""News copy (attribution round 28): speech left to the narrator, as short invented articles (people invented,
countries and bodies real) that round 27's code gets wrong, with the ordinary copy each rule must leave alone."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_when_and_where_a_named_russian_subject_spoke_comes_off_the_name():
    # a time, a place, a visit or a meeting between the full name and its verb (wire8, wire13, wire14)
    for sentence, name in (("Министр финансов Эфиопии Мулугета Вондимагегн в среду в Аддис-Абебе назвал договоренность "
                            "«важным шагом».", "Мулугета Вондимагегн"),
                           ("Посол по особым поручениям МИД России Андрей Лапшин во время недавнего визита в Тирасполь "
                            "указал, что Москва выступает за диалог.", "Андрей Лапшин"),
                           ("Министр энергетики Молдовы Виорел Кожокару после встречи заявил, что Кишинев готов помочь.",
                            "Виорел Кожокару")):
        body = f"Переговоры прошли в столице.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] == name, sentence


def test_a_name_in_an_oblique_case_or_a_name_that_does_not_speak_is_left_alone():
    for sentence in ("Встреча с министром Иваном Петровым в Москве прошла спокойно.",
                     "Президент Иван Петров в среду подписал указ о назначении.",
                     "Посла Ивана Петрова в МИД вызвали для вручения ноты.",
                     "Дело Ивана Петрова в суде назвали политическим.",
                     "Сторонники Ивана Петрова на митинге заявили, что не признают итоги.",
                     "Министр встретился с Анной Ивановой в Москве и заявил, что сотрудничество продолжится."):
        body = f"Переговоры прошли в столице.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] is None, sentence
    # the lawyer of a person named in the genitive is not that person
    body = "Переговоры прошли в столице.\n\nАдвокат Анны Ивановой в суде заявил, что обвинения беспочвенны.\n"
    assert gold_speakers(body, "ru")[1] != "Анна Иванова"


def test_one_long_office_joined_by_and_is_one_title_before_the_name():
    body = ("Talks were held in Amman.\n\nDeputy Prime Minister and Minister of Foreign Affairs and Expatriates Nasser "
            "Obeidat on Sunday said that access was vital.\n")
    assert gold_speakers(body, "en")[1] == "Nasser Obeidat"
    # two people named as one subject still speak as the first named
    for sentence in ("Senator Anna Berg and Prime Minister Tom Hale said the talks were useful.",
                     "Minister of Finance Paul Olsen and Foreign Minister Ida Lund said the deal was close."):
        body = f"Talks were held in Amman.\n\n{sentence}\n"
        assert gold_speakers(body, "en")[1] in {"Anna Berg", "Paul Olsen"}, sentence
