"""Sentence-level attribution, eighth round (issue #18): error classes of wire and agency copy found on the
development sets (dev, the old test split and the three held-out sets, all read before this round). Each test
is one class, on sentences the team wrote (people, outlets and places are invented or only settings)."""

from __future__ import annotations

from analysis.corpus.news import article_sentences
from analysis.countries import country_in
from attribution_check import gold_speakers


def test_a_verb_form_after_a_determiner_or_number_is_a_noun_or_adjective():
    # "states", "claims", "pledged" used as nouns and adjectives are no speech
    body = ("Senator Anna Berg had the most pledged delegates after the vote.\n\n"
            "Former Governor Tom Hale won pluralities in ten states.\n\n"
            "Ana Lopez mediated in several Middle Eastern disputes as an envoy.\n\n"
            "Ana Lopez said the talks would resume.\n")
    assert gold_speakers(body, "en") == [None, None, None, "Ana Lopez"]


def test_a_passive_with_an_adverb_is_no_speech():
    body = ("Mayor Tom Hale left office in 2019.\n\n"
            "He was also praised by rival parties.\n\n"
            "He was later accused of fraud.\n")
    assert gold_speakers(body, "en") == [None, None, None]


def test_declaring_a_national_emergency_is_an_act():
    body = "On Friday, President Anna Berg declared a national emergency over the floods.\n"
    assert gold_speakers(body, "en") == [None]


def test_continued_is_speech_only_with_words_after_it():
    body = ("Prime Minister Tom Hale arrived in Leeds on Monday.\n\n"
            'Hale continued, "I hope the matter is resolved. It is not much to ask."\n\n'
            "He continued by noting that the talks were far from over.\n\n"
            "Hale continued his tour of the region on Tuesday.\n")
    assert gold_speakers(body, "en") == [None, "Tom Hale", "Tom Hale", "Tom Hale", None]
    body = ('Governor Carrie Lim arrived at noon. "Our citizens have been hurt," Lim continued in the statement. '
            '"Roads have been blocked. Families are under stress."\n')
    assert gold_speakers(body, "en") == [None, "Carrie Lim", "Carrie Lim", "Carrie Lim"]


def test_a_name_at_a_body_is_the_subject():
    body = ('Dr. Steven Wolf at Saint Mary said, "We received a mass casualty alert. '
            'We are ready to receive patients."\n')
    assert gold_speakers(body, "en") == ["Steven Wolf", "Steven Wolf"]


def test_a_possessive_description_before_a_name_in_commas_is_that_person():
    body = ("The driver fled the scene.\n\n"
            "Dunn's mother, Charlotte Reyes, said on TV that the family could not forgive her.\n\n"
            'Reyes told the Daily Post, "All we need is for her to come back. We are broken."\n\n'
            "His lawyer, Ana Ruiz, said he would appeal.\n")
    assert gold_speakers(body, "en") == [None, "Charlotte Reyes", "Charlotte Reyes", "Charlotte Reyes", "Ana Ruiz"]


def test_a_readout_impersonal_passive_is_the_sides_joint_account():
    # one line, as kremlin.ru prints a readout: the president's greeting, then the sides' account
    body = ("Состоялся телефонный разговор Владимира Путина с Наследным принцем Норландии Яном Бергом. Президент России "
            "поздравил собеседника с национальным праздником. Подчёркнута значимость двустороннего сотрудничества. "
            "Акцентирована приверженность сторон взятым обязательствам. С обеих сторон констатирован высокий "
            "уровень отношений.\n")
    speakers = gold_speakers(body, "ru")
    assert speakers[1] is not None and speakers[2:] == [None, None, None]


def test_a_verdict_and_a_plea_for_asylum_are_no_speech():
    body = ("Суд Рима признал бывшего министра Италии Марио Конти виновным в уклонении от налогов.\n\n"
            "Иван Петров обратился за политическим убежищем к властям трёх стран.\n\n"
            "Министр Иван Петров признал, что ошибки были.\n")
    assert gold_speakers(body, "ru") == [None, None, "Иван Петров"]


def test_a_lawyer_speaking_for_a_client_is_an_unnamed_speaker():
    body = "Адвокат обвиняемого заявил, что его подзащитный не признаёт себя виновным.\n"
    assert gold_speakers(body, "ru") == ["[адвокат обвиняемого]"]


def test_an_outlet_or_body_named_like_a_person_is_an_institution():
    # a media word before the name, a body's head word in it, or a major outlet's name
    body = ("On Monday, state news agency Tolan reported that the border was closed.\n\n"
            "Al Jazeera reported that the minister had resigned.\n\n"
            "Amnesty International has called for an inquiry.\n\n"
            "Ohio Highway Patrol said the road was closed.\n\n"
            'Broadcaster Piers Lowe commented, "This is a disgrace."\n')
    table = article_sentences(body, {"doc_id": "w", "language": "en"})
    assert list(table["speaker"]) == ["Tolan", "Al Jazeera", "Amnesty International", "Ohio Highway Patrol", "Piers Lowe"]
    assert list(table["speaker_kind"]) == ["institution"] * 4 + ["person"]  # a presenter is no outlet


def test_a_statement_speaks_for_its_issuer_while_nobody_else_speaks():
    body = ("МИД Литвы опубликовал комментарий по поводу решения суда. В нём сказано, что суд превысил "
            "полномочия. В комментарии также отмечается, что решение будет обжаловано.\n")
    assert gold_speakers(body, "ru") == ["МИД Литвы"] * 3
    body = ("The Foreign Ministry issued a statement on Monday. The statement also said the ambassador had been "
            "summoned.\n\n"
            "Prime Minister Tom Hale told reporters the talks were over. The statement said nothing of sanctions.\n")
    table = article_sentences(body, {"doc_id": "w", "language": "en"})
    assert list(table["speaker"])[:3] == ["Foreign Ministry", "Foreign Ministry", "Tom Hale"]
    assert table["speaker"].isna().iloc[3]  # someone else has spoken since: the statement is no longer theirs


def test_a_body_named_with_its_acronym_in_brackets_is_an_institution():
    body = ("Transport for Leeds (TfL) told passengers to take another route.\n\n"
            "The Norland Geological Survey (NGS) reported a magnitude of 5.8.\n\n"
            "Senator Tom Hale (D-Ohio) said the bill would pass.\n")
    table = article_sentences(body, {"doc_id": "w", "language": "en"})
    assert list(table["speaker"]) == ["Transport for Leeds", "Norland Geological Survey", "Tom Hale"]
    assert list(table["speaker_kind"]) == ["institution", "institution", "person"]


def test_a_colon_lead_in_without_a_speech_verb_gives_the_next_line_to_its_person():
    # a label line of a description and a name; an outlet relaying a pronoun's account; a plural «по утверждениям»
    body = ("Фермеры недовольны решением властей.\n\n"
            "Владелец крупной фермы Педро Алонсо:\n"
            "Мы просто шокированы. Придётся менять все планы на 2025 год.\n\n"
            "На допросе Олег Сомов заявил, что ничего не помнит.\n\n"
            "Агентство «Норд» приводит его рассказ об аварии:\n"
            "Я ехал по проспекту. Машина справа стартанула быстрее.\n\n"
            "После аварии, по утверждениям Олега, он сбежал от страха:\n"
            "Да я и сейчас волнуюсь.\n")
    assert gold_speakers(body, "ru") == [None, "Педро Алонсо", "Педро Алонсо", "Педро Алонсо", "Олег Сомов",
                                         "Олег Сомов", "Олег Сомов", "Олег Сомов", "Олег Сомов", "Олег Сомов"]


def test_a_readout_keeps_the_two_presidents_apart_by_country():
    # «Соединённых Штатов» names the United States in any case; «упомянул» is speech
    assert country_in("Президентом Соединённых Штатов Америки") == "USA"
    assert country_in("Соединённое Королевство") != "USA"
    body = ("Состоялся телефонный разговор Владимира Путина с Президентом Соединённых Штатов Америки Дональдом Трампом. "
            "Президент Соединённых Штатов заверил, что договорённости будут выполнены. Владимир Путин, со своей стороны, "
            "упомянул о необходимости устранения первопричин конфликта. Президент России пригласил Президента США "
            "посетить Москву.\n")
    assert gold_speakers(body, "ru") == [None, "Дональд Трамп", "Владимир Путин", "Владимир Путин"]
