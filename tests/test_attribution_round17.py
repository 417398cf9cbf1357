"""News copy (issue #18, round 17): other outlets' styles (the wire sets' Russian agency and paper copy): an outlet's
earlier report, outlets told between the verb and the speaker, bodies with a locative and the outlet they told. The
texts are the team's own; the people in them are invented, the countries real."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_an_outlets_earlier_report_in_the_past_tense_is_the_outlets():
    body = ("Польша выслала двух дипломатов.\n\n"
            "Как сообщало Baltic Wire, ранее аналогичные меры приняли Литва и Эстония.\n")
    assert gold_speakers(body, "ru") == [None, "Baltic Wire"]


def test_a_located_body_speaks_past_the_outlet_it_told():
    told = "В МИД Чехии «Вестнику» подтвердили, что консультации ведутся.\n"
    assert gold_speakers(told, "ru") == ["МИД Чехии"]
    reporter = "В посольстве Чехии в Польше корреспонденту ИА Вестник назвали решение ошибкой.\n"
    assert gold_speakers(reporter, "ru") == ["посольство Чехии в Польше"]
    agency = "В МИД Чехии ТАСС подтвердили, что консультации ведутся.\n"
    assert gold_speakers(agency, "ru") == ["МИД Чехии"]
    named = "В компании «Роснефть» подтвердили, что консультации ведутся.\n"  # the quoted body's own name stays
    assert gold_speakers(named, "ru") == ["компания «Роснефть»"]


def test_an_outlet_told_around_the_speakers_title_after_an_inverted_verb_is_not_the_speaker():
    before = ("Встреча прошла в Праге.\n\n"
              "«Позиции пока расходятся», — пояснил Vestnik.cz доцент кафедры истории Петр Новак.\n")
    assert gold_speakers(before, "ru") == [None, "Петр Новак"]
    setting = "Чехия и Польша подпишут соглашение, рассказал в интервью Vestnik посол Чехии в Польше Петр Новак.\n"
    assert gold_speakers(setting, "ru") == ["Петр Новак"]
    after = ("Сенатор Петр Новак приветствовал соглашение.\n\n"
             "«Это важный шаг», — заявил сенатор «Вестнику».\n")
    assert gold_speakers(after, "ru") == ["Петр Новак", "Петр Новак"]
