"""Sentence-level attribution, fifth round (issue #18): shapes of wire and agency copy the
development set lacks. Each test is one class of the genre, on sentences the team wrote (the
people, outlets and states named are invented or used only as settings)."""

from __future__ import annotations

import pandas as pd

from analysis.attribution.cases import _nominative
from analysis.attribution.mentions import mention_before
from analysis.corpus.news import article_sentences


def speakers(body: str, language: str) -> list:
    """Each sentence's speaker as the gold writes it: a name, ``[role]`` for an unnamed person, or None."""
    table = article_sentences(body, {"doc_id": "w", "language": language})
    return [(None if pd.isna(role) or role == "narrator" else f"[{role}]") if pd.isna(name) else name
            for name, role in zip(table["speaker"], table["role"])]


def test_a_foreign_first_name_pymorphy_only_guesses_stays_with_the_surname():
    assert mention_before("Глава МИД Литвы Дайнюс Каспарас").name == "Дайнюс Каспарас"
    assert mention_before("министр иностранных дел Латвии Янис Озолс").name == "Янис Озолс"
    assert mention_before("Алёхиной Александр Подрабинёк").name == "Александр Подрабинёк"  # still two names
    body = "Литовский министр иностранных дел Дайнюс Каспарас заявил, что Вильнюс поддержит санкции.\n"
    assert speakers(body, "ru") == ["Дайнюс Каспарас"]


def test_a_foreign_masculine_first_name_in_an_oblique_case_goes_to_the_nominative():
    assert _nominative("Пеэтера Тамма") == "Пеэтер Тамм"
    assert _nominative("Тоомасом Вахером") == "Тоомас Вахер"
    assert _nominative("Марии Захаровой") == "Мария Захарова"  # a known feminine name declines by the dictionary
    body = "По словам главы МИД Эстонии Тоомаса Вахера, сотрудничество будет продолжено.\n"
    assert speakers(body, "ru") == ["Тоомас Вахер"]


def test_an_outlet_relaying_words_gives_them_to_the_person_relayed():
    body = ("Глава МИД Литвы Дайнюс Каспарас выступил в Вильнюсе.\n\n"
            "Агентство «Балтийский курьер» передаёт слова министра обороны Эстонии Пеэтера Тамма о том, что учения"
            " продолжатся.\n\n"
            "Министр Анна Сомова прибыла в Ригу.\n\n"
            "Агентство Nordpress приводит слова министра, которая считает, что визит пройдёт успешно.\n")
    assert speakers(body, "ru") == ["Дайнюс Каспарас", "Пеэтер Тамм", None, "Анна Сомова"]
