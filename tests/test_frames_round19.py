"""Codebook 2026.17 (round 19): families of Russian official wording for trust, human rights and sovereignty, each
supported by coded sentences of more than one document of the pool or a member of a family already in the codebook.

Every sentence here was written for this test in the register of Russian official statements (none is taken from a gold
file or a corpus). Each sentence of ``NEW`` is coded only since 2026.17 (``test_round19_is_new`` runs it through codebook
2026.16 from git and expects no hit for its frame, so the group cannot pass by an older entry); the other-sense cases pair
a sense that the entry's condition leaves out with the sense that codes, so a widened or dropped condition fails.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of

BEFORE = "060ae653da5b88027a08d9dd89f1b64b7247c1c5"  # the last commit with codebook 2026.16

NEW = [
    # trust: assurances given (and broken), double standards as "preferring not to notice", acting against obligations
    # and agreements, ignoring a treaty, evading, hopes not justified, a reliable supplier
    ("Все прежние заверения западных партнёров оказались пустыми.", "ru", "trust"),
    ("Никаким уверениям Киева мы больше не придаём значения.", "ru", "trust"),
    ("Наши оппоненты предпочитают не замечать преступлений своих подопечных.", "ru", "trust"),
    ("Столица ЕС предпочитает этого не замечать.", "ru", "trust"),
    ("Новый закон идёт вразрез с договорённостями, достигнутыми в Стамбуле.", "ru", "trust"),
    ("Эти шаги прямо противоречат международным обязательствам Эстонии.", "ru", "trust"),
    ("Склады тяжёлой техники созданы в нарушение линий отвода, оговорённых договорённостями.", "ru", "trust"),
    ("Администрация продолжает игнорировать положения двустороннего соглашения.", "ru", "trust"),
    # 2026.18: «Лондон уклоняется от ответа на наши вопросы» moved to the other senses: evading an answer is no
    # obligation or agreement evaded (CODING_RULES: trust is keeping or breaking promises and agreements)
    ("Лондон вновь уклоняется от переговоров по этому вопросу.", "ru", "trust"),
    ("Трибунал так и не оправдал возложенных на него надежд.", "ru", "trust"),
    ("Наша страна зарекомендовала себя как надёжный поставщик энергоресурсов.", "ru", "trust"),
    # human rights: the UPR, an inclusive government, elections observed and turnout, pressure on the media and
    # journalists, rights of the Russian-speaking population, forced assimilation, statelessness
    ("Россия успешно прошла очередной цикл универсального периодического обзора.", "ru", "human_rights"),
    ("Роль УПО в Совете должна только возрастать.", "ru", "human_rights"),
    ("Ключевым условием остаётся создание инклюзивного правительства в Кабуле.", "ru", "human_rights"),
    ("Голосование прошло организованно, явка избирателей превысила 70 процентов.", "ru", "human_rights"),
    ("Наши эксперты побывали на избирательных участках в столице.", "ru", "human_rights"),
    ("Наблюдатели СНГ не выявили серьёзных отклонений в ходе выборов.", "ru", "human_rights"),
    ("Мы последовательно выступаем за свободу СМИ.", "ru", "human_rights"),
    ("Власти Молдавии ввели новые ограничения для российских СМИ.", "ru", "human_rights"),
    ("Продолжается давление на независимые средства массовой информации.", "ru", "human_rights"),
    ("Журналистов преследуют за их профессиональную деятельность.", "ru", "human_rights"),
    ("Закрываются последние русскоязычные школы.", "ru", "human_rights"),
    ("Курс на принудительную ассимиляцию продолжается.", "ru", "human_rights"),
    ("Проблема безгражданства в регионе по-прежнему не решена.", "ru", "human_rights"),
    # sovereignty: outside pressure on internal politics, elections' results put in doubt, one's own path, a State's
    # resources taken out, an unlawful presence
    ("Недопустимы попытки дестабилизации внутриполитической обстановки в Грузии.", "ru", "sovereignty"),
    ("Ряд столиц поспешил поставить под сомнение итоги выборов в Сербии.", "ru", "sovereignty"),
    ("Народ Никарагуа сам определяет свой путь.", "ru", "sovereignty"),
    ("Продолжается незаконный вывоз нефти с сирийских месторождений.", "ru", "sovereignty"),
    ("Оккупанты вывозят зерно и природные ресурсы региона.", "ru", "sovereignty"),
    ("Незаконное иностранное присутствие в Сирии должно быть прекращено.", "ru", "sovereignty"),
]


@pytest.mark.parametrize(("text", "language", "frame"), NEW)
def test_round19_wording_codes_its_frame(text, language, frame):
    assert frame in frames_of(text, language)


def test_round19_is_new():
    # Each sentence above is found only by this round's entries: 2026.16 does not give it the frame.
    old = codebook_at(BEFORE, "2026.16")
    already = [(text, frame) for text, language, frame in NEW if frame in frames_of(text, language, old)]
    assert already == []


@pytest.mark.parametrize(("other_sense", "coded", "frame"), [
    # breaking traffic rules is no agreement broken; ignoring advice is no treaty ignored
    ("Водитель проехал перекрёсток в нарушение правил.",
     "Склады тяжёлой техники созданы в нарушение линий отвода, оговорённых договорённостями.", "trust"),
    ("Он игнорировал советы врачей.",
     "Администрация продолжает игнорировать положения двустороннего соглашения.", "trust"),
    # tax evasion, or evading an answer (2026.18: also a capital's), is no evading of talks or obligations
    ("Он годами уклонялся от уплаты налогов.",
     "Лондон вновь уклоняется от переговоров по этому вопросу.", "trust"),
    ("Лондон вновь уклоняется от ответа на наши прямые вопросы.",
     "Лондон вновь уклоняется от переговоров по этому вопросу.", "trust"),
    # «вразрез с» an opinion is no obligation broken
    ("Это решение идёт вразрез с мнением экспертов.",
     "Новый закон идёт вразрез с договорённостями, достигнутыми в Стамбуле.", "trust"),
    # reliability of a system or supplies is a thing, not an actor (2026.17 narrowing of «надёжность»)
    ("Нужно повысить надёжность энергоснабжения городов.",
     "Мы ценим надёжность наших партнёров.", "trust"),
    # observers without elections (military observers), the media without pressure, journalists thanked,
    # a Russian-language website: no human rights by these entries
    ("Военные наблюдатели прибыли в район учений.",
     "Наблюдатели СНГ не выявили серьёзных отклонений в ходе выборов.", "human_rights"),
    ("СМИ широко освещали визит министра.",
     "Власти Молдавии ввели новые ограничения для российских СМИ.", "human_rights"),
    ("Благодарю журналистов за интерес к нашей работе.",
     "Журналистов преследуют за их профессиональную деятельность.", "human_rights"),
    ("Открыта русскоязычная версия сайта форума.",
     "Закрываются последние русскоязычные школы.", "human_rights"),
    # doubts about a report, internal politics without outside pressure, taking out garbage: no sovereignty
    ("Эксперты поставили под сомнение выводы доклада.",
     "Ряд столиц поспешил поставить под сомнение итоги выборов в Сербии.", "sovereignty"),
    ("Внутриполитическая повестка в стране насыщенная.",
     "Недопустимы попытки дестабилизации внутриполитической обстановки в Грузии.", "sovereignty"),
    ("Организован вывоз мусора из посёлка.",
     "Продолжается незаконный вывоз нефти с сирийских месторождений.", "sovereignty"),
])
def test_round19_other_senses_do_not_code(other_sense, coded, frame):
    assert frame not in frames_of(other_sense, "ru")
    assert frame in frames_of(coded, "ru")
