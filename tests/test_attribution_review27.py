"""Review of attribution round 27: the new back-references reached too far. A closing ", it said." or «Там лишь …»
went to the body that spoke two sentences back, over a narration sentence that introduced another "it" or «там» (a
report, a law, a city, a hospital); '"…," the statement said.' went to a body over someone else's joint statement and
was given mode ``reported`` for a sentence that is all quote; a staff frame took a medium for a body («Как уточнили в
СМИ», «в эфире телеканала», «в интервью изданию собеседники на рынке»). Short invented articles (people invented)."""

from __future__ import annotations

from analysis.corpus.news import article_sentences
from attribution_check import gold_speakers


def test_a_closing_it_over_narration_that_names_another_thing_is_narration():
    for between, closing in (
            ("A central bank report released on Friday was more cautious.", "Inflation will peak in the summer, it said."),
            ("The law, approved in March, caps rents in big cities.", "Landlords face fines of up to 10,000 euros, it says."),
            ("Latvia closed its border crossing on Tuesday.", "The move was a response to provocations, it said.")):
        body = f"Lithuania's Economy Ministry said exports rose by 4% last year. {between} {closing}\n"
        assert gold_speakers(body, "en")[2] is None, between
    # the body of the sentence just before: still that body (round 27)
    body = "Lithuania's Economy Ministry said exports rose by 4% last year. Growth will slow in 2026, it added.\n"
    assert gold_speakers(body, "en") == ["Lithuania's Economy Ministry"] * 2


def test_tam_lish_over_a_place_is_narration():
    body = ("МЧС Киргизии сообщило о сходе селя в Иссык-Кульской области. Раненых доставили в районную больницу "
            "Каракола. Там лишь сообщили, что трое в тяжелом состоянии.\n")
    assert gold_speakers(body, "ru")[2] is None
    body = ("МИД Молдавии выразил протест послу России. Вечером делегация министерства прибыла в Бельцы. Там лишь "
            "сказали, что встреча носит рабочий характер.\n")
    assert gold_speakers(body, "ru")[2] is None


def test_a_quoted_statement_over_a_joint_statement_is_narration_and_a_whole_quote_is_direct():
    body = ("Ecuador's Foreign Ministry said in a statement it had summoned Colombia's envoy. On Tuesday Brazil and "
            "Argentina issued a joint statement on the row. \"Dialogue is the only way forward,\" the statement said.\n")
    assert gold_speakers(body, "en")[2] is None
    body = ("Ecuador's Foreign Ministry said in a statement it had summoned Colombia's envoy. "
            "\"Our patience has limits,\" the statement said.\n")
    table = article_sentences(body, {"doc_id": "w", "language": "en"})
    assert list(table["speaker"]) == ["Ecuador's Foreign Ministry"] * 2
    assert table["mode"].iloc[1] == "direct"


def test_a_staff_frame_with_a_medium_is_narration_unless_a_body_follows():
    for sentence in ("Как уточнили в СМИ, очереди на заправках растут.",
                     "Как рассказали в эфире радиостанции «Азаттык» жители села, воды нет неделю.",
                     "Как отметили в беседе с журналистами участники рынка, спрос упал.",
                     "Как пояснили в интервью агентству собеседники на бирже, сделки заморожены."):
        body = f"Министерство экономики Киргизии объявило о росте цен на топливо. {sentence}\n"
        assert gold_speakers(body, "ru")[1] is None, sentence
    # a body after the medium's further «в»: the body (round 27's «в ответе на запрос … в ЦБ»)
    # and the body after the outlet that was told (not «ТАСС»)
    for sentence in ("Как уточнили в ответе на запрос агентства в министерстве, рост продлится до осени.",
                     "Как пояснили в комментарии ТАСС в министерстве, рост продлится до осени."):
        body = f"Министерство экономики Киргизии объявило о росте цен на топливо. {sentence}\n"
        assert gold_speakers(body, "ru")[1] == "Министерство экономики Киргизии", sentence
