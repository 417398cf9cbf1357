"""Codebook round 29, Russian side (issue #17): misfires of older Russian entries in real Kremlin and news text —
office titles (a health minister, «генерал армии»), commemoration (the Unknown Soldier), martial arts, a figurative
hostage, and the development of relations between States read as development.

Every sentence here was written for this test in the register of Kremlin readouts and news (none is taken from a gold
file or a corpus). ``test_round29_ru_misfires_fired_on_main`` runs each misfire through the codebook at the commit this
round started from and expects the frame there, so the tests cannot pass without this round's change; each misfire is
paired with a sentence in which the same entry still codes its frame.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of

BEFORE = "88ddf9242bda1cfff5b425b5659b554dfcb4a8c3"  # main when round 29 started: codebook 2026.28

MISFIRES = [
    # an office title is no development; health care as a goal still is
    ("Министр здравоохранения Чили прокомментировал состояние пострадавших.",
     "Мы продолжим модернизацию первичного звена здравоохранения.", "sustainable_development"),
    ("Программа разработана совместно с министерством здравоохранения республики.",
     "Мы продолжим модернизацию первичного звена здравоохранения.", "sustainable_development"),
    # relations between States developed are relations, not development
    ("Лидеры обсудили вопросы дальнейшего развития межгосударственных отношений.",
     "Главное внимание уделим развитию малых городов.", "sustainable_development"),
    # a military rank as a title, the Unknown Soldier as commemoration, martial arts as sport
    ("Президент передал приветствие генералу армии в отставке.",
     "Армия противника отступила к границе.", "security"),
    ("Делегация возложила цветы к Могиле Неизвестного Солдата.",
     "Солдаты продолжают выполнять боевые задачи.", "security"),
    ("Он с юности занимается боевыми искусствами.",
     "Солдаты продолжают выполнять боевые задачи.", "security"),
    # a figurative hostage: people made or becoming hostages of politics; hostages taken still code
    ("Правительство сделало заложниками своих граждан.",
     "Боевики удерживают заложников в здании школы.", "security"),
    ("Жители региона оказались заложниками политических амбиций.",
     "Боевики удерживают заложников в здании школы.", "security"),
    ("Гуманитарная помощь не должна становиться заложником разногласий.",
     "Боевики удерживают заложников в здании школы.", "security"),
    ("Они остаются заложниками своих собственных обещаний.",
     "Боевики удерживают заложников в здании школы.", "security"),
]


@pytest.mark.parametrize(("misfire", "coded", "frame"), MISFIRES)
def test_round29_ru_misfires_do_not_code(misfire, coded, frame):
    assert frame not in frames_of(misfire, "ru")
    assert frame in frames_of(coded, "ru")


def test_round29_ru_misfires_fired_on_main():
    old = codebook_at(BEFORE, "2026.28")
    silent = [misfire for misfire, _, frame in MISFIRES if frame not in frames_of(misfire, "ru", old)]
    assert silent == []
