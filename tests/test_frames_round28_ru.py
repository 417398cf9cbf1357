"""Codebook round 28, Russian side (issue #17): trust said as hypocrisy («охотно рассуждают») and an institution's
authority, sovereignty as a process led «самими» the people concerned or rules imposed «извне», UN and
intergovernmental bodies and instruments by name, and cooperation as humanitarian cargo, common markets and Russian
companies in projects.

Every sentence here was written for this test in the register of Russian official statements (none is taken from a
gold file or a corpus). ``test_round28_ru_is_new`` runs the coded sentences through main's codebook at the commit this
round started from (codebook 2026.27) and expects the frame to be missing there.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.frames import detect_frames
from frame_check import codebook_at, frames_of, hits_of

BEFORE = "b13c2814be0a8ffaa30aad7b5a63e3a89d9c2eb8"  # main when round 28 started: codebook 2026.27

NEW = [
    # trust: lecturing others while keeping silent at home (hypocrisy by paraphrase)
    ("Те, кто охотно рассуждает о свободе слова, молчат о преследовании журналистов у себя дома.", "trust"),
    ("Страны, охотно выступающие в роли наставников, сами нарушают эти нормы.", "trust"),
    # trust: the authority (credibility) of an institution damaged, kept or strengthened
    ("Подобная политизация наносит ущерб авторитету организации.", "trust"),
    ("Только так можно сохранить авторитет Суда.", "trust"),
    # sovereignty: the people concerned lead and decide, nothing is imposed from outside
    ("Примирение возможно только под руководством самих сирийцев.", "sovereignty"),
    ("Каждая страна вправе сама определять свои приоритеты.", "sovereignty"),
    ("Никакие сроки не должны навязываться извне.", "sovereignty"),
    # multilateralism: intergovernmental bodies and instruments by name, the genre's UN formulas
    ("Арктический совет доказал свою эффективность.", "multilateralism"),
    ("Призываем как можно скорее ратифицировать Договор о всеобъемлющем запрещении ядерных испытаний.", "multilateralism"),
    ("Универсальный периодический обзор остаётся самым эффективным механизмом.", "multilateralism"),
    ("Обсуждена повестка Всемирной ассамблеи здравоохранения.", "multilateralism"),
    ("Позвольте приветствовать участников сегмента высокого уровня.", "multilateralism"),
    ("Прошу распространить текст выступления в качестве официального документа.", "multilateralism"),
    # cooperation: humanitarian cargo sent abroad, common markets, Russian companies in projects
    ("Самолёты доставили гуманитарный груз в пострадавшую страну.", "cooperation"),
    ("Уже сформирован общий рынок электроэнергии.", "cooperation"),
    ("Российские компании готовы участвовать в проектах в энергетике.", "cooperation"),
]

ROUND28 = {"ru.охотно_поучать", "ru.авторитет_организации", "ru.под_руководством_самих", "ru.сам_определять",
           "ru.извне_навязанное", "ru.арктический_совет", "ru.всеобъемлющ_x_запрещени_x_ядерн_x_испытани_x",
           "ru.механизм_упо", "ru.всемирная_ассамблея_здравоохранения", "ru.сегмент_высокого_уровня",
           "ru.в_качестве_официального_документа", "ru.исполнительный_совет", "ru.гуманитарный_груз",
           "ru.общий_рынок", "ru.российские_компании_в_проектах"}

# the other senses each new entry keeps out, with the frame they must not code
OTHER_SENSES = [
    ("Мы охотно ответим на ваши вопросы.", "trust"),  # willingness, no lecturing
    ("Он пользовался большим авторитетом в республике.", "trust"),  # a person's standing
    ("Гуманитарный груз доставлен в приграничный район.", "cooperation"),  # aid at home
    ("Эта проблема заброшена к нам извне.", "sovereignty"),  # from outside, nothing imposed
    ("Пусть жители сами решают, что строить.", "sovereignty"),  # people deciding at home
]

# «Исполнительный совет» is a UN-system body only where the statement names one
EXECUTIVE_COUNCIL = "Просим проинформировать Исполнительный совет о нашем решении."


def frames_in_statement(texts: list[str], codebook=None) -> list[set[str]]:
    """The frames of each sentence of one statement (the statement-level conditions settle across its sentences)."""
    table = pd.DataFrame({"statement_id": ["s"] * len(texts), "sentence_id": [f"s:{i}" for i in range(len(texts))],
                          "text": texts, "language": ["ru"] * len(texts)})
    hits = detect_frames(table, codebook)
    return [set(hits[hits["sentence_id"] == f"s:{i}"]["frame"]) for i in range(len(texts))]


@pytest.mark.parametrize(("text", "frame"), NEW)
def test_round28_ru_wording_codes_its_frame(text, frame):
    assert frame in frames_of(text, "ru")


@pytest.mark.parametrize(("text", "frame"), NEW)
def test_round28_ru_wording_is_found_by_a_round28_entry(text, frame):
    # without git history (test_round28_ru_is_new skips) this still checks that a round-28 entry codes the sentence
    hits = hits_of(text, "ru")
    assert set(hits[hits["frame"] == frame]["entry"]) & ROUND28


def test_round28_ru_is_new():
    old = codebook_at(BEFORE, "2026.27")
    already = [(text, frame) for text, frame in NEW if frame in frames_of(text, "ru", old)]
    assert already == []


@pytest.mark.parametrize(("text", "frame"), OTHER_SENSES)
def test_round28_ru_other_senses_do_not_code(text, frame):
    assert frame not in frames_of(text, "ru")


def test_round28_ru_executive_council_needs_a_un_body_in_the_statement():
    assert "multilateralism" in frames_in_statement(["Доклад ОЗХО опубликован.", EXECUTIVE_COUNCIL])[1]
    assert "multilateralism" not in frames_in_statement(["Компания отчиталась за год.", EXECUTIVE_COUNCIL])[1]
    old = codebook_at(BEFORE, "2026.27")
    assert "multilateralism" not in frames_in_statement(["Доклад ОЗХО опубликован.", EXECUTIVE_COUNCIL], old)[1]
