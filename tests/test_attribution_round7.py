"""Sentence-level attribution, seventh round (issue #18): classes that recurred across several articles of the
two held-out sets once they became development data. Each test is one class, on sentences the team wrote
(people, outlets and places are invented or only settings)."""

from __future__ import annotations

from analysis.attribution.cases import oblique_only
from attribution_check import gold_speakers


def test_a_speech_verb_and_a_colon_introduce_the_next_line_even_when_it_names_people():
    # the quotation on the next line speaks of a third person and gives figures: still the speaker's
    body = ("Посол Франции в Чили Жан Дюбуа заявил:\n"
            "Мы можем подтвердить, что задержан гражданин Франции Пьер Лоран, 34 лет.\n\n"
            "Следствие продолжается.\n")
    assert gold_speakers(body, "ru") == ["Жан Дюбуа", "Жан Дюбуа", None]
    body = ("The mayor, Anna Lenz, told reporters:\n"
            "Tom Berg's farm is gone, and 14 homes were lost.\n\n"
            "The river crested on Sunday.\n")
    assert gold_speakers(body, "en") == ["Anna Lenz", "Anna Lenz", None]


def test_after_a_blank_line_the_lead_in_does_not_vouch_for_background():
    # a long reported sentence ending «…, заявил X:» and, after a blank line, the reporter's dated background
    body = ("Решение по сервису примут регуляторы, заявил пресс-секретарь ведомства Олег Мальцев:\n\n"
            "В мае 2021 года сервис был включён в реестр. Ранее основатель сервиса Иван Петров согласился "
            "передать данные.\n")
    assert gold_speakers(body, "ru") == ["Олег Мальцев", None, None]


def test_a_foreign_name_pymorphy_guesses_as_a_plural_first_name_is_a_subject():
    # «Цзюнь», «Цзиньпин» read as plural oblique first names; a person's name is never a plural
    assert not oblique_only("Ли Цзюнь")
    assert oblique_only("Барака Обамы")  # a real oblique case stays one
    body = ("Министр торговли КНР Ли Цзюнь прибыл в Москву.\n\n"
            "Ли Цзюнь сказал, что товарооборот вырастет.\n\n"
            "Ли Цзюнь назвал переговоры «открытыми и полезными».\n")
    assert gold_speakers(body, "ru") == [None, "Ли Цзюнь", "Ли Цзюнь"]


def test_one_person_is_no_subject_of_a_russian_plural_verb():
    # an impersonal «как полагают» after a relative pronoun: nobody named speaks
    body = "Новым послом стал 60-летний Иван Сомов, который, как полагают, готовил реформу 2015 года.\n"
    assert gold_speakers(body, "ru") == [None]


def test_indicated_is_a_speech_verb_for_people_and_bodies_not_for_documents():
    body = ("Health Minister Anna Berg indicated on Monday that the vaccine would be free.\n\n"
            "The Harbour Authority further indicated no other vessels were involved.\n\n"
            "The storm centre's latest advisory indicated winds near 150 mph.\n")
    assert gold_speakers(body, "en") == ["Anna Berg", "Harbour Authority", None]


def test_an_indefinite_description_before_a_name_in_commas_is_that_person():
    body = ("Another witness, Maria Lenz, described a loud bang and thick smoke.\n\n"
            "A local resident, Tom Hale, said the river rose within an hour.\n")
    assert gold_speakers(body, "en") == ["Maria Lenz", "Tom Hale"]


def test_a_relative_pronoun_gives_the_quote_or_report_to_its_antecedent():
    body = ("The plan was drafted by Tom Hale, who said, \"It is long overdue.\"\n\n"
            "The bill was tabled by Senator Ana Ruiz who said the vote would be close.\n")
    assert gold_speakers(body, "en") == ["Tom Hale", "Ana Ruiz"]  # never "who" as a body


def test_a_name_with_a_possessive_appositive_is_the_subject():
    body = ("Tomas Rauch, Norland's governor, said he would resign in May.\n\n"
            "Tom Hale, Rauch's chief of staff, also said he would step down.\n")
    assert gold_speakers(body, "en") == ["Tomas Rauch", "Tom Hale"]


def test_a_document_word_inside_a_body_s_proper_name_is_the_body():
    body = ("The US Geological Survey reported the quake off Norland was of magnitude 6.1.\n\n"
            "The survey said most voters were undecided.\n")
    assert gold_speakers(body, "en") == ["US Geological Survey", None]


def test_a_full_name_followed_by_the_body_it_belongs_to_is_the_subject():
    body = ("Member of Parliament (MP) Tom Hale of the Green Party added, \"The vote was rushed.\"\n\n"
            "The Ministry of the Interior said the border would stay closed.\n")
    assert gold_speakers(body, "en") == ["Tom Hale", "Ministry of the Interior"]


def test_a_russian_subject_after_the_verb_closing_the_sentence_speaks():
    # object first, verb, then the subject in the nominative: «… поздравил президент X» (not «президента X»)
    body = ("Одним из первых Ивана Сомова с победой поздравил президент Литвы Олег Тамм.\n\n"
            "Соболезнования в связи с кончиной министра выразил премьер-министр Литвы Анна Берг.\n\n"
            "Президент Литвы Олег Тамм поздравил премьер-министра Ивана Сомова.\n")
    assert gold_speakers(body, "ru") == ["Олег Тамм", "Анна Берг", "Олег Тамм"]
