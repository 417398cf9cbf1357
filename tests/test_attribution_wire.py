"""Sentence-level attribution on more wire-copy shapes (issue #18, third round): each test is one
error class of the genre, on sentences the team wrote (the people and agencies are invented)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.attribution.identity import same_person
from analysis.attribution.mentions import mention_before
from analysis.corpus.news import article_sentences
from attribution_check import speakers


def test_a_title_with_an_of_complement_before_the_name():
    mention = mention_before("Secretary of Defense Laura Brenner")
    assert (mention.name, mention.role) == ("Laura Brenner", "Secretary of Defense")
    assert mention_before("the representative of Brazil").name is None  # still a title's complement
    body = ("OSLO (Northwind News) - Minister of Foreign Affairs Tomas Varga spoke to reporters.\n\n"
            '"Nothing will change," Varga told the press on Tuesday. "We disagree often. That is normal."\n')
    assert speakers(body, "en") == ["Tomas Varga"] * 4


def test_a_title_after_the_name_is_not_part_of_the_name():
    body = ("Clara Ossei, the Health Minister paid tribute to the nurses.\n\n"
            "The Health Minister said the hospitals would stay open.\n")
    assert speakers(body, "en") == ["Clara Ossei", "Clara Ossei"]
    assert mention_before("Martin Luther King").name == "Martin Luther King"  # no "the": a name


def test_according_to_a_title_then_the_name_in_apposition():
    body = "According to the Riverside mayor, Dana Holt, on Sunday, the bridge would reopen in May.\n"
    assert speakers(body, "en") == ["Dana Holt"]


def test_institutions_as_subjects_in_russian_agency_copy():
    body = ("Переговоры продолжатся, заявили в МИД Эстландии.\n\n"
            "В Кремле считают, что диалог возможен.\n\n"
            "В министерстве обороны предполагают, что учения продлятся неделю.\n\n"
            "Об этом сообщает газета «Северный курьер» со ссылкой на источники. Издание отмечает, что решения нет.\n\n"
            "По утверждению издания, встреча пройдёт в Осло.\n\n"
            "Переговоры сорваны, сообщает Morning Ledger со ссылкой на Evening Star.\n")
    assert speakers(body, "ru") == ["МИД Эстландии", "Кремль", "министерство обороны", "газета «Северный курьер»",
                                    "газета «Северный курьер»", "газета «Северный курьер»", "Morning Ledger"]


def test_a_state_holding_a_view_is_not_a_new_speaker_but_its_bodies_are():
    body = "Президент Иван Петров заявил, что переговоры важны. Вьетнам твёрдо убеждён, что диалог возможен.\n"
    assert speakers(body, "ru") == ["Иван Петров", "Иван Петров"]
    assert speakers("The Kremlin believes the sanctions are illegal.\n", "en") == ["Kremlin"]


def test_a_generic_institution_finds_its_own_kind_not_the_last_institution():
    body = ("The foreign ministry said talks would continue.\n\n"
            "The United Nations said aid deliveries had resumed.\n\n"
            "Russia's Defence Ministry said the drills would last a week.\n\n"
            '"We will respond," the ministry said.\n\n'
            "The government has said it will not negotiate.\n")
    assert speakers(body, "en") == ["foreign ministry", "United Nations", "Russia's Defence Ministry",
                                    "Russia's Defence Ministry", "government"]


def test_a_person_named_after_a_preposition_in_narration_is_known_later():
    body = ("The envoy often disagreed with Laura Brenner, who leads the delegation.\n\n"
            '"Nothing will change," Brenner told reporters on Tuesday. "We disagree often. That is normal."\n\n'
            "The High Commissioner for Human Rights did not comment.\n")
    assert speakers(body, "en") == [None, "Laura Brenner", "Laura Brenner", "Laura Brenner", None]


def test_a_possessive_name_in_narration_is_the_person():
    body = ("The president asked for adviser Tom Hale's resignation.\n\n"
            "Hale said he had offered to resign.\n")
    assert speakers(body, "en") == [None, "Tom Hale"]


def test_a_speech_verb_far_from_its_subject():
    body = ("Премьер-министр Иван Петров провёл заседание правительства.\n\n"
            "В понедельник Петров уволил министра финансов Олега Сомова, а во вторник объявил о новых мерах.\n\n"
            "В ответ Олег Сомов опубликовал статью, где жёстко ответил премьеру.\n")
    assert speakers(body, "ru") == [None, "Иван Петров", "Олег Сомов"]
    body = "Minister Ana Lopez visited the port on Monday and later told reporters that exports would rise.\n"
    assert speakers(body, "en") == ["Ana Lopez"]


def test_a_colon_lead_in_gives_the_block_quotation_to_its_author():
    body = ("Позже Иван Петров оставил в своём микроблоге запись:\n"
            "Звонил коллега. Спросил, почему я молчу.\n\n"
            "Заседание продлилось три часа.\n")
    assert speakers(body, "ru") == ["Иван Петров"] * 3 + [None]
    body = ("Ana Lopez posted a message on social media:\n"
            "The door to dialogue remains open.\n\n"
            "Lopez later wrote:\n"
            "On 3 May, founder Tom Hale agreed to the terms.\n")
    assert speakers(body, "en") == ["Ana Lopez", "Ana Lopez", "Ana Lopez", None]  # a date and another person: narration


def test_a_title_in_another_clause_is_not_the_next_persons():
    body = ("Экс-президент Иван Петров дал интервью в Москве.\n\n"
            "Новой советницей экс-президента стала 40-летняя Анна Сомова из Риги.\n\n"
            "В частности экс-президент рассказал, что не собирается возвращаться в политику.\n")
    assert speakers(body, "ru") == [None, None, "Иван Петров"]


def test_a_described_title_finds_the_holder_whose_role_it_describes():
    body = ("Ruritania's Foreign Secretary Marta Ilves said the talks would continue.\n\n"
            "The foreign minister said a new round could start in May.\n\n"
            "The defence minister said the exercises would go ahead.\n")
    table = article_sentences(body, {"doc_id": "w", "language": "en"})
    assert table["speaker"].tolist()[:2] == ["Marta Ilves", "Marta Ilves"]
    assert pd.isna(table["speaker"].iloc[2]) and table["role"].iloc[2] == "defence minister"  # someone else, unnamed


def test_an_indefinite_source_is_someone_new_even_in_the_lede():
    body = ("Tom Hale, the trade minister, died on Sunday in Oslo. He had been ill for months, "
            "according to a family spokesperson.\n\n"
            "He is credited with drafting the Northland Transitional Constitution.\n")
    table = article_sentences(body, {"doc_id": "w", "language": "en"})
    assert pd.isna(table["speaker"].iloc[1]) and table["role"].iloc[1] == "a family spokesperson"


def test_groups_and_bodies_as_subjects_in_english_wire_copy():
    body = ("The Northern Front movement claimed responsibility for the attacks.\n\n"
            "Crowds fled when officers arrived, according to county police.\n\n"
            "On Friday, the Defence Ministry released a statement saying two fighters had been killed.\n\n"
            "Rescuers found a letter saying the owner had left.\n")
    assert speakers(body, "en") == ["Northern Front movement", "county police", "Defence Ministry", None]


@pytest.mark.parametrize("verb", ["testified", "complained", "joked", "threatened", "hinted"])
def test_more_english_wire_verbs(verb):
    assert speakers(f"Ambassador Jane Doe {verb} that the talks were over.\n", "en") == ["Jane Doe"]


@pytest.mark.parametrize("verb", ["посоветовал", "парировал", "отреагировал", "объяснил"])
def test_more_russian_wire_verbs(verb):
    assert speakers(f"Министр Иван Петров {verb}, что переговоры закончены.\n", "ru") == ["Иван Петров"]


def test_an_inverted_agency_credit():
    assert speakers("Переговоры продолжатся в Осло, передает агентство «Северный ветер».\n", "ru") == [
        "агентство «Северный ветер»"]


def test_a_tass_style_lede_belongs_to_the_person_named_next():
    body = ("МОСКВА, 12 марта. /Северный ветер/. Кремль не видит оснований для пересмотра позиции. "
            "Об этом журналистам заявил пресс-секретарь президента Олег Сомов.\n\n"
            "В МИД в ответ на это отметили, что ждут конкретных предложений.\n")
    table = article_sentences(body, {"doc_id": "w", "language": "ru"})
    assert table["speaker"].tolist()[-3:] == ["Олег Сомов", "Олег Сомов", "МИД"]
    assert table["mode"].tolist()[-3] == "continued"


def test_an_anonymous_source_in_a_body_is_an_unnamed_speaker():
    body = ("Глава МИД Иван Петров провёл переговоры в Осло.\n\n"
            "Как сообщил агентству источник в федеральном правительстве, следующая встреча пройдёт в мае.\n\n"
            "Собеседник агентства уточнил, что дата пока не согласована.\n")
    table = article_sentences(body, {"doc_id": "w", "language": "ru"})
    assert table["role"].tolist()[1:] == ["источник в федеральном правительстве"] * 2
    assert table["speaker"].iloc[1:].isna().all()  # unnamed, and not the minister named before
    body = "Minister Ana Lopez met the envoy.\n\nA source close to the talks said no deal was reached.\n"
    table = article_sentences(body, {"doc_id": "w", "language": "en"})
    assert pd.isna(table["speaker"].iloc[1]) and table["role"].iloc[1] == "a source"


def test_the_reporters_background_does_not_continue_a_report():
    body = ("Министр Иван Петров заявил, что переговоры продолжатся. Решение будет принято в мае. "
            "Напомним, что переговоры были прерваны осенью. Накануне парламент отказался одобрить соглашение.\n")
    assert speakers(body, "ru") == ["Иван Петров", "Иван Петров", None, None]


def test_a_passive_speech_verb_is_not_its_subjects_speech():
    body = ("The missing man, activist Tom Hale, 49, was quickly reported missing.\n\n"
            "Minister Ana Lopez was told that the talks had failed.\n\n"
            "Minister Ana Lopez was quoted as saying the talks would resume.\n")
    assert speakers(body, "en") == [None, None, "Ana Lopez"]


def test_russian_bodies_named_after_v_with_a_plural_verb():
    body = ("В Белом доме отметили, что визит не планируется.\n\n"
            "В Нордланд-Ярде предполагают, что он уже вернулся.\n\n"
            "Церемония подписания в Осло и итоги встречи подтверждают готовность сторон.\n\n"
            "Итоги голосования в Осло подтверждают готовность сторон.\n")
    assert speakers(body, "ru") == ["Белый дом", "Нордланд-Ярд", None, None]


def test_two_russian_names_side_by_side_in_different_cases():
    body = ("Суд оставил в силе приговор Марии Ивановой Александр Ветров назвал решение позорным.\n\n"
            "Защитники Ивановой подали жалобу.\n\n"
            "Иванова, в свою очередь, подчеркнула, что не признает вины.\n\n"
            "Однако Песков настаивает на другой версии.\n")
    found = speakers(body, "ru")
    assert found[:2] == ["Александр Ветров", None] and same_person(found[2], "Мария Иванова")  # not Ветров
    assert speakers(body, "ru")[3] == "Песков"  # a surname that is also a plural noun («песков»)


def test_reuters_style_anonymity_negation_and_honorifics():
    body = ("WASHINGTON (Northwind News) - U.S. Secretary of State Laura Brenner on Tuesday slammed the decision.\n\n"
            '"This is a reckless step," the official, who declined to be named, said.\n\n'
            "In an interview, Brenner said the United States would respond.\n\n"
            "The spokesman, Mr. Tom Hale, said the embassy would remain open.\n\n"
            "The State Department did not say how many diplomats were affected.\n")
    table = article_sentences(body, {"doc_id": "w", "language": "en"})
    found = [None if pd.isna(s) else s for s in table["speaker"]]
    assert found == ["Laura Brenner", None, "Laura Brenner", "Tom Hale", None]
    assert table["role"].iloc[1] == "anonymous official"  # someone else, unnamed


def test_a_quotation_over_several_paragraphs_belongs_to_its_closing_attribution():
    body = ("Protesters gathered outside the embassy on Monday.\n\n"
            '"We will not be intimidated. We have options.\n\n'
            '"And we will use them if needed," Foreign Minister Laura Brenner said.\n')
    assert speakers(body, "en") == [None] + ["Laura Brenner"] * 3


def test_the_person_cited_not_the_outlet_citing():
    body = ("Президент Эстландии Иван Петров встретился с журналистами.\n\n"
            "«Мы готовы к диалогу», — цитирует президента агентство «Северный ветер».\n\n"
            "«Это важный шаг», — цитирует Ивана Петрова ТАСС.\n\n"
            "«Это шаг вперёд», — цитирует ТАСС.\n")
    assert speakers(body, "ru") == [None, "Иван Петров", "Иван Петров", "ТАСС"]


def test_an_office_named_in_other_words_finds_its_holder():
    body = ("Министр иностранных дел Иван Петров провёл переговоры в Осло.\n\n"
            "— Мы открыты для предложений, — добавил глава МИД.\n")
    assert speakers(body, "ru") == [None, "Иван Петров"]
    body = "Foreign Minister Ana Lopez arrived in Oslo.\n\nThe top diplomat said talks would resume.\n"
    assert speakers(body, "en") == [None, "Ana Lopez"]


def test_a_generic_outlet_word_finds_the_outlet_not_the_last_body():
    body = ("Об этом сообщает Morning Ledger со ссылкой на источники.\n\n"
            "В полиции заявили, что расследование продолжается.\n\n"
            "Издание отмечает, что имя подозреваемого не раскрывается.\n")
    assert speakers(body, "ru") == ["Morning Ledger", "полиция", "Morning Ledger"]
    body = "Police said two men were held.\n\nTalks collapsed, the Daily Courier reported.\n"
    assert speakers(body, "en") == ["Police", "Daily Courier"]


def test_a_capital_speaking_keeps_its_name():
    assert speakers("Киев заявил, что готов к обмену.\n\nВ Киеве заявили, что ждут ответа.\n", "ru") == ["Киев", "Киев"]


def test_a_body_opening_the_sentence_owns_a_later_speech_verb():
    body = ("The Northland Press Agency reported an attack on two oil facilities.\n\n"
            "The agency did not mention casualties, but said exports were continuing.\n")
    assert speakers(body, "en") == ["Northland Press Agency"] * 2


def test_they_said_after_a_group_that_opens_the_sentence():
    body = ("State prosecutors charged the suspect with murder, they said on Sunday.\n\n"
            "Two men were arrested, they said.\n")
    table = article_sentences(body, {"doc_id": "w", "language": "en"})
    assert table["role"].tolist() == ["State prosecutors", "narrator"]


def test_a_negated_russian_speech_verb_is_no_speech():
    body = ("Газета «Северный курьер» сообщила о встрече.\n\n"
            "Имя собеседника министра издание не называет. Вместе с тем в сети появились слухи.\n")
    assert speakers(body, "ru") == ["Газета «Северный курьер»", None, None]


def test_an_adverbial_after_a_place_is_no_appositive_of_a_speaker():
    body = "A gunman shot shoppers in El Paso, Texas, with the death toll rising to 22 on Monday, reported officials.\n"
    assert speakers(body, "en") == [None]  # not "Texas"
