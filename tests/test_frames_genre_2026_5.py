"""Codebook 2026.5: the Russian error classes of train + dev and the wording of talks readouts.

Every sentence here was written for this test (none is taken from a corpus). Each class is
tested with the senses of its words that are not the frame.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.frames import detect_frames


def frames_of(text: str, language: str = "ru") -> set[str]:
    table = pd.DataFrame({"statement_id": ["s"], "sentence_id": ["s:0"], "text": [text], "language": [language]})
    return set(detect_frames(table)["frame"])


@pytest.mark.parametrize(("text", "frame"), [
    ("Вашингтон так и не выполнил взятые на себя обязательства.", "trust"),
    ("Министр указал на невыполнение обязательств западной стороной.", "trust"),
    ("Стороны осудили ракетные удары по жилым кварталам.", "security"),
    ("Обсуждалось прекращение взаимных ударов по энергетическим объектам.", "security"),
    ("Речь шла об укреплении обороноспособности союзного государства.", "security"),
    ("Заговорщики готовили свержение законной власти.", "security"),
    ("Посол привлёк внимание к нарушениям прав соотечественников в регионе.", "human_rights"),
    ("Министр осудил преследование канонической православной церкви.", "human_rights"),
    ("Наблюдатели сочли, что голосование прошло свободно и честно.", "human_rights"),
    ("Стороны договорились расширять культурные и молодёжные обмены.", "cooperation"),
    ("Собеседники высоко оценили добрые отношения между двумя народами.", "cooperation"),
    ("Сепаратисты добивались отделения провинции от страны.", "sovereignty"),
    ("Жители проголосовали на референдуме о будущем своего края.", "sovereignty"),
    ("Российская сторона выступила за реформу квот в МВФ.", "multilateralism"),
    ("Страна завершила переговоры о вступлении в ВТО.", "multilateralism"),
    ("Обсуждены вопросы глобальной энергетической безопасности.", "sustainable_development"),
    ("Россия продолжит поставки продовольствия нуждающимся странам.", "sustainable_development"),
    ("Россия решила списать долги ряда африканских государств.", "developing_countries"),
])
def test_readout_wording_carries_its_frame(text, frame):
    assert frame in frames_of(text)


@pytest.mark.parametrize(("text", "frame"), [
    ("Это серьёзный удар по репутации компании.", "security"),       # a figurative blow, in the singular
    ("Мяч после удара угодил в штангу.", "security"),
    ("Обсуждены вопросы энергетической безопасности региона.", "security"),  # development, not security
    ("Защита прав потребителей остаётся задачей ведомства.", "human_rights"),  # «защита прав» is not an entry
    ("Он растратил всё наследство, настоящий мот.", "multilateralism"),  # the ILO only in capitals
    ("Отделение банка открылось в центре города.", "sovereignty"),
    ("Цены на продовольственные товары выросли за месяц.", "sustainable_development"),
    ("Социальные обязательства перед ветеранами выполнены полностью.", "trust"),  # obligations, not promises
])
def test_other_senses_of_the_same_words_do_not(text, frame):
    assert frame not in frames_of(text)
