"""kremlin.ru documents as official speech: only the President's words, kinds and counterparts."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus.kremlin import counterpart_country, document_kind, president_statements


@pytest.mark.parametrize(("title", "kind"), [
    ("Обращение Президента Российской Федерации", "address"),
    ("Вступительное слово на совещании с членами Правительства", "address"),
    ("Поздравление российским женщинам с 8 Марта", "greeting"),
    ("Интервью французской газете «Фигаро»", "interview"),
    ("Ответы на вопросы журналистов", "interview"),
    ("Переговоры с Президентом Венесуэлы Николасом Мадуро", "talks"),
    ("Встреча с Президентом Белоруссии Александром Лукашенко", "talks"),
    ("Совещание с постоянными членами Совета Безопасности", "meeting"),
    ("Встреча с губернатором Тверской области Игорем Руденей", "meeting"),
    ("Спуск на воду атомного подводного крейсера «Пермь»", "other"),
])
def test_kind_of_document_from_the_title(title, kind):
    assert document_kind(title) == kind


@pytest.mark.parametrize(("title", "iso3"), [
    ("Телефонный разговор с Президентом США Дональдом Трампом", "USA"),
    ("Интервью китайскому информационному агентству Синьхуа", "CHN"),
    ("Совместная пресс-конференция с Президентом Франции Жаком Шираком", "FRA"),
    ("Интервью немецкой телекомпании АРД", "DEU"),
    ("Российско-бисайские переговоры", "GNB"),
    ("Встреча с губернатором Курской области", None),
])
def test_counterpart_country_from_the_title(title, iso3):
    assert counterpart_country(title) == iso3


def test_only_the_presidents_words_are_kept_and_the_rest_counted():
    statements = pd.DataFrame({
        "statement_id": ["a", "b", "c"],
        "speaker": ["Владимир Путин", None, None],
        "title": ["Обращение Президента", "Интервью телеканалу ОРТ", "Владимир Путин прибыл в Грозный"],
        "text": [
            "Уважаемые граждане России!\nСегодня я обращаюсь к вам.",
            "С.Доренко: Как Вам в новом кабинете?\nВ.Путин: Нет. Объём работы примерно такой же.\n"
            "Это продолжение его ответа.\nС.Доренко: А отдых?\nВ.Путин: Отдыхать некогда.",
            "В аэропорту и. о. Президента сообщил журналистам о планах.",
        ],
    }).astype({"statement_id": "string", "speaker": "string", "title": "string", "text": "string"})
    kept, left_out = president_statements(statements)
    assert kept["statement_id"].tolist() == ["a", "b"]
    assert kept.loc[0, "text"] == "Уважаемые граждане России!\nСегодня я обращаюсь к вам."
    interview = kept.loc[1, "text"]
    assert interview == "Нет. Объём работы примерно такой же.\nЭто продолжение его ответа.\nОтдыхать некогда."
    assert "Доренко" not in interview and "кабинете" not in interview
    assert kept["doc_kind"].tolist() == ["address", "interview"]
    assert kept["speaker"].eq("Владимир Путин").all()
    assert left_out["statement_id"].tolist() == ["c"] and "readout" in left_out.loc[0, "reason"]


def test_turns_inside_a_line_are_not_the_presidents_words():
    # kremlin.ru's texts are whitespace-normalised: a guest's interpreted turn, a journalist's question or a
    # guest's full-name label often starts inside the President's line (team-written text, people invented)
    statements = pd.DataFrame({
        "statement_id": ["d"], "speaker": [None], "title": ["Встреча с Президентом Веланда"],
        "text": ["В.Путин: Добро пожаловать в Москву! Жоао Сантуш (как переведено) : Спасибо, рад приехать. "
                 "В.Путин: Обсудим торговлю. Вопрос: Когда следующий визит? В.Путин: Скоро. "
                 "Самуил Гордон: Спасибо Вам. В.Путин: Вам спасибо."],
    }).astype("string")
    kept, _ = president_statements(statements)
    assert kept.loc[0, "text"].split("\n") == ["Добро пожаловать в Москву!", "Обсудим торговлю.", "Скоро.",
                                               "Вам спасибо."]
