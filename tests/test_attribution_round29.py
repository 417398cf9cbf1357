"""News copy (attribution round 29): a speaker named in the sentence but not read, as short invented articles (people
invented, countries and bodies real) that round 28's code gets wrong, with the ordinary copy each rule must leave alone."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_a_surname_that_is_also_a_town_is_a_surname_after_a_first_name():
    # pymorphy3 reads «Воронов», «Арсеньев», «Ефремова» first as towns (wire10, wire12, wire14, wire16)
    for sentence, name in (("Министр иностранных дел России Геннадий Воронов подчеркнул, что Москва и Каир одинаково "
                            "смотрят на урегулирование.", "Геннадий Воронов"),
                           ("Научный сотрудник Института востоковедения РАН Дмитрий Арсеньев считает, что Москва рискует "
                            "упустить момент.", "Дмитрий Арсеньев"),
                           ("Об этом в четверг заявила официальный представитель МИД России Марина Ефремова.",
                            "Марина Ефремова")):
        body = f"Переговоры прошли в столице.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] == name, sentence


def test_a_town_after_no_first_name_or_a_name_that_does_not_speak_is_left_alone():
    for sentence in ("Делегация во главе с Геннадием Вороновым прибыла в Каир.",
                     "Визит Геннадия Воронова в Каир завершился подписанием меморандума.",
                     "Ранее министр Геннадий Воронов посетил Арсеньев.",
                     "Напомним, что Марина Ефремова возглавляет департамент с 2022 года.",
                     "Доклад Дмитрия Арсеньева показывает, что торговля выросла."):
        body = f"Переговоры прошли в столице.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] is None, sentence
