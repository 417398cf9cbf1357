"""Codebook 2026.19 (round 20): Russian families of implicit multilateralism, trust, sovereignty, cooperation and
developing-countries wording, each supported by coded sentences of two or more documents of the development pool (or a
member of a family the codebook already codes), written as the general pattern with ``requires`` / ``exclude`` where the
words have other senses.

Every sentence here was written for this test in the register of Russian official statements (none is taken from a gold
file or a corpus). Each family has one sentence of the genre that codes its frame and one sentence with the same words in
another sense that must not; ``test_round20_is_new`` runs the genre sentences through codebook 2026.18 from git and
expects no hit for their frame, so no family can pass by an older entry.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of

BEFORE = "cd26b1be1ce98af1cb0e88c5cdab6c81880793b7"  # the last commit with codebook 2026.18

# (family, genre sentence that codes, other-sense sentence that does not, frame)
FAMILIES = [
    # the CIS by its capitalised short name; the common noun «содружество» is not an organisation
    ("cis_short_name", "Мы поддерживаем усилия по укреплению Содружества.",
     "Между двумя театрами давно сложилось творческое содружество.", "multilateralism"),
    # the IAEA as «Агентство» with an IAEA word in the sentence; a news agency or the ASI is not
    ("iaea_back_reference", "Инспекторы Агентства продолжат проверку иранских объектов.",
     "Агентство стратегических инициатив представило доклад о поддержке предпринимателей.", "multilateralism"),
    # international bodies by a generic noun; a building site is not
    ("international_bodies_generic", "Россия продолжит отстаивать эту позицию на международных площадках.",
     "На строительной площадке нового моста работают двести человек.", "multilateralism"),
    # named bodies and formats of multilateral diplomacy; a special correspondent or a new bank is not
    ("named_bodies", "Благодарим Специального докладчика за представленный доклад.",
     "Новый банк открыл отделение в Казани.", "multilateralism"),
    # treaties abandoned (withdrawal, destruction); a lease terminated is no treaty
    ("treaties_abandoned", "Вашингтон в одностороннем порядке вышел из Договора о ракетах средней и меньшей дальности.",
     "Арендатор досрочно вышел из договора аренды помещения.", "trust"),
    # double standards: the same capitals that demand elsewhere; the regional capitals in a ranking are not
    ("double_standards_same_capitals", "Те же столицы, которые вчера требовали соблюдения гуманитарного права, сегодня молчат.",
     "Те же столицы регионов вновь вошли в рейтинг комфортных городов.", "trust"),
    ("double_standards_other_situations", "В других ситуациях западные делегации требуют немедленной реакции.",
     "В других ситуациях врач может назначить иное лечение.", "trust"),
    # selectivity; a polling station is not
    ("selectivity", "Такой избирательный подход к международным нормам недопустим.",
     "Избирательный участок откроется в восемь утра.", "trust"),
    # obligations renounced or evaded; homework evaded is not
    ("obligations_renounced", "Киев по-прежнему уклоняется от выполнения политических положений Комплекса мер.",
     "Ученик уклоняется от выполнения домашних заданий.", "trust"),
    # decisions prompted or imposed from outside; guests from overseas are not
    ("outside_prompting", "Народ Боливии способен решать свои проблемы без внешних подсказок.",
     "К нам на фестиваль приехали гости из-за океана.", "sovereignty"),
    ("outside_imposed_models", "Мы никому не навязываем своих моделей развития.",
     "Реклама навязывает покупателям ненужные товары.", "sovereignty"),
    # a people decides its own future; a student's timetable or pupils' role in a school project is not
    ("people_decides", "Урегулирование должно идти при ведущей роли самих ливийцев.",
     "Учителя отметили ведущую роль самих школьников в проекте.", "sovereignty"),
    ("people_decides_future", "Сирийцы сами должны определить своё будущее.",
     "Выпускнику предстоит самостоятельно определять расписание занятий.", "sovereignty"),
    # scholarships and study places for foreign students; a stipend at home is not
    ("foreign_students", "Россия выделяет Монголии пятьсот государственных стипендий ежегодно.",
     "Студентам с отличными оценками повысили стипендию с сентября.", "cooperation"),
    # Africans trained in Russia (capacity building); American students are not developing countries
    ("africans_trained", "В российских вузах сегодня учатся тысячи африканских студентов.",
     "В российских вузах сегодня учатся тысячи американских студентов.", "developing_countries"),
]


@pytest.mark.parametrize(("family", "genre", "other_sense", "frame"), FAMILIES, ids=[f[0] for f in FAMILIES])
def test_round20_family_codes_its_genre_sense(family, genre, other_sense, frame):
    assert frame in frames_of(genre, "ru")


@pytest.mark.parametrize(("family", "genre", "other_sense", "frame"), FAMILIES, ids=[f[0] for f in FAMILIES])
def test_round20_family_leaves_the_other_sense(family, genre, other_sense, frame):
    assert frame not in frames_of(other_sense, "ru")


def test_round20_is_new():
    # Each genre sentence above is found only by this round's entries: 2026.18 does not give it the frame.
    old = codebook_at(BEFORE, "2026.18")
    already = [family for family, genre, _, frame in FAMILIES if frame in frames_of(genre, "ru", old)]
    assert already == []
