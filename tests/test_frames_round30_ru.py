"""Codebook round 30, Russian side (issue #17): human rights said without the word «права человека» (information
and views kept out, detention without charge, child soldiers, forced displacement, a human shield, the OSCE human
dimension, rights protected or respected), trust said as claims that do not stand scrutiny, unfounded accusations,
decisions left on paper, sovereignty as the decision that belongs to the people concerned, and cooperation as
debts written off and grain supplied to other countries.

Every sentence here was written for this test in the register of MFA and Permanent Mission statements (none is taken
from a gold file or a corpus). ``test_round30_ru_is_new`` runs the coded sentences through the codebook at the commit
this round started from and expects the frame to be missing there, so the group cannot pass without this round's
change; ``test_round30_ru_other_senses_do_not_code`` pairs each narrowed entry's other sense with a coded sentence.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of, hits_of

BEFORE = "d04fafa91d6c5452d51c531ab989ea410605d24f"  # main when round 30 started: codebook 2026.29

NEW = [
    # human rights: information and views kept out
    ("Журналистов наказывают лишь за то, что они предлагают альтернативную точку зрения.", "human_rights"),
    ("Власти ограничивают доступ к информации под надуманными предлогами.", "human_rights"),
    ("Решения о запретах принимают цензоры из министерства.", "human_rights"),
    ("Накануне голосования были отключены неугодные телеканалы.", "human_rights"),
    ("Давление на инакомыслящих только усиливается.", "human_rights"),
    # human rights: detention
    ("Задержанных годами держат без предъявления обвинений.", "human_rights"),
    ("Наблюдатели посетили места лишения свободы в трёх регионах.", "human_rights"),
    # human rights: children in armed conflict, displacement, a human shield
    ("Необходимо положить конец вербовке детей-солдат.", "human_rights"),
    ("Бывшие дети-солдаты нуждаются в реабилитации.", "human_rights"),
    ("Число грубых нарушений в отношении детей растёт.", "human_rights"),
    ("Конфликт привёл к вынужденному перемещению миллионов людей.", "human_rights"),
    ("Боевики используют жителей в качестве живого щита.", "human_rights"),
    # human rights: the OSCE human dimension; rights protected or respected
    ("Мы поднимаем эти вопросы в человеческом измерении ОБСЕ.", "human_rights"),
    ("Эти меры не имеют ничего общего с защитой прав трудящихся.", "human_rights"),
    ("Рассчитываем на уважение прав наших граждан за рубежом.", "human_rights"),
    # trust: claims that do not stand scrutiny, relations that stood the test of time
    ("Эти утверждения не выдерживают никакой критики.", "trust"),
    ("Представленные «доказательства» не выдерживают элементарной проверки.", "trust"),
    ("Наши отношения не раз выдержали проверку временем.", "trust"),
    # trust: accusations without evidence, decisions left on paper, facts ignored by delegations
    ("Нам вновь предъявляют бездоказательные обвинения.", "trust"),
    ("Безосновательные обвинения в наш адрес звучат всё чаще.", "trust"),
    ("Многие решения саммита остались на бумаге.", "trust"),
    ("Некоторые делегации предпочитают не замечать этих фактов.", "trust"),
    # sovereignty: the decision belongs to the people concerned; a protectorate
    ("Эти вопросы должны решаться самими сирийцами.", "sovereignty"),
    ("Ведущая роль должна принадлежать самим афганцам.", "sovereignty"),
    ("Пора перейти к передаче полной ответственности местным властям.", "sovereignty"),
    ("Режим внешнего протектората давно себя изжил.", "sovereignty"),
    # cooperation: debts written off to other countries, grain supplied to Africa
    ("Мы списали африканским государствам долги на крупную сумму.", "cooperation"),
    ("Российские поставки зерна в Африку будут расти.", "cooperation"),
]

ROUND30 = {"ru.альтернативн_x_точк_x_зрени_x", "ru.доступ_к_информации", "ru.цензор_x", "ru.неугодн_x_телеканал_x",
           "ru.инакомысл_x", "ru.без_предъявлени_x_обвинени_x", "ru.мест_x_лишени_x_свобод_x", "ru.детей_солдат",
           "ru.дети_солдат", "ru.нарушени_x_в_отношении_детей", "ru.вынужденн_x_перемещени_x", "ru.живой_щит",
           "ru.человеческ_x_измерени_x", "ru.защит_x_eq_прав", "ru.уважени_x_eq_прав", "ru.выдерж_x_критик_x",
           "ru.выдерж_x_проверк_x", "ru.бездоказательн_x", "ru.безосновательн_x_обвинени_x",
           "ru.оста_x_на_бумаге", "ru.предпочитать_не_замечать", "ru.eq_самими_решать", "ru.принадлежать_eq_самим",
           "ru.передач_x_полн_x_ответственност_x", "ru.протекторат_x",
           "ru.списа_x_долг_x_странам", "ru.поставк_x_зерн_x_нуждающимся"}


@pytest.mark.parametrize(("text", "frame"), NEW)
def test_round30_ru_wording_codes_its_frame(text, frame):
    assert frame in frames_of(text, "ru")


@pytest.mark.parametrize(("text", "frame"), NEW)
def test_round30_ru_wording_is_found_by_a_round30_entry(text, frame):
    # without git history (test_round30_ru_is_new skips) this still checks that an entry of this round codes it
    hits = hits_of(text, "ru")
    assert set(hits[hits["frame"] == frame]["entry"]) & ROUND30


def test_round30_ru_is_new():
    old = codebook_at(BEFORE, "2026.29")
    already = [(text, frame) for text, frame in NEW if frame in frames_of(text, "ru", old)]
    assert already == []


@pytest.mark.parametrize(("other_sense", "coded", "frame"), [
    # «самими» codes sovereignty only with a decision word
    ("Такая реакция была ожидаема самими организаторами.",
     "Эти вопросы должны решаться самими сирийцами.", "sovereignty"),
    # property, shareholders', investors' and consumers' rights protected are no human rights
    ("Закон усиливает защиту прав акционеров.",
     "Эти меры не имеют ничего общего с защитой прав трудящихся.", "human_rights"),
    ("Правительство обещает защиту прав иностранных инвесторов.",
     "Эти меры не имеют ничего общего с защитой прав трудящихся.", "human_rights"),
    ("Необходима надёжная защита прав собственности.",
     "Эти меры не имеют ничего общего с защитой прав трудящихся.", "human_rights"),
    # a region's debts written off and grain sold on world markets are no assistance to other countries
    ("Правительство спишет регионам долги по бюджетным кредитам.",
     "Мы списали африканским государствам долги на крупную сумму.", "cooperation"),
    ("Экспортёры нарастили поставки зерна на мировые рынки.",
     "Российские поставки зерна в Африку будут расти.", "cooperation"),
    # putting an agreement on paper is no decision left on paper
    ("Осталось положить эти решения на бумагу.",
     "Многие решения саммита остались на бумаге.", "trust"),
])
def test_round30_ru_other_senses_do_not_code(other_sense, coded, frame):
    assert frame not in frames_of(other_sense, "ru")
    assert frame in frames_of(coded, "ru")
