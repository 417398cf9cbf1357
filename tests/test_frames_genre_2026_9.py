"""Codebook 2026.9: Russian official wording for cooperation, trust, security and development (round 9), and
the round's precision fixes.

Every sentence here was written for this test (none is taken from a corpus). Each class is
tested with the senses of its words that are not the frame.
"""

from __future__ import annotations

import pytest

from frame_check import frames_of


@pytest.mark.parametrize(("text", "frame"), [
    # cooperation: mutual interests, solidarity, assistance given with a qualifier
    ("Стороны обсудили вопросы, представляющие взаимный интерес.", "cooperation"),
    ("Мы действуем с учётом взаимных интересов.", "cooperation"),
    ("Отмечена солидарная позиция двух стран в ООН.", "cooperation"),
    ("Важно оказание всесторонней помощи пострадавшим районам.", "cooperation"),
    ("Вы лично оказывали нам содействие в этом вопросе.", "cooperation"),
    ("Стороны рассчитывают на любое возможное содействие партнёров.", "cooperation"),
    # trust: agreements and commitments kept, good faith, reliable relations
    ("Министр заверил, что сторона выполнит все достигнутые договорённости.", "trust"),
    ("Мы выполнили свои обязательства полностью.", "trust"),
    ("Подтверждена приверженность соблюдению взятых на себя в рамках соглашения обязательств.", "trust"),
    ("В качестве жеста доброй воли пленные будут освобождены.", "trust"),
    ("Укрепляется политическое взаимодоверие двух стран.", "trust"),
    ("Нас связывают надёжные отношения.", "trust"),
    # security: attacks, nuclear forces, the memory of the war against Nazism
    ("Противник пытался атаковать приграничные сёла.", "security"),
    ("Модернизация стратегических ядерных сил продолжается.", "security"),
    ("Мы не допустим возрождения нацизма.", "security"),
    ("Нацистские преступники должны понести наказание.", "security"),
    ("Фашизм был разгромлен нашими дедами.", "security"),
    ("Сталинградская битва изменила ход войны.", "security"),
    ("Мы помним подвиг жителей блокадного Ленинграда.", "security"),
    ("Они честно защищали Родину.", "security"),
    # development: import substitution, housing built
    ("Импортозамещение в станкостроении идёт по плану.", "sustainable_development"),
    ("В этом году введено в эксплуатацию сорок жилых домов.", "sustainable_development"),
])
def test_russian_round_9_patterns_carry_their_frame(text, frame):
    assert frame in frames_of(text, "ru")


@pytest.mark.parametrize(("text", "frame"), [
    ("Обязательства по кредиту банк продлил.", "trust"),                        # an obligation not kept or broken
    ("Нужно исполнить все социальные обязательства перед военными.", "trust"),  # social obligations are policy
    ("Проблема представляет интерес для учёных.", "cooperation"),             # interest, not mutual interests
    ("Нам нужен безопасный транспорт.", "security"),                          # a safe thing (dropped this round)
    ("Суд назначил наказание в виде лишения свободы.", "human_rights"),        # imprisonment
    ("Страна отмечает День свободы.", "human_rights"),                        # a holiday
    ("С докладом выступил министр по развитию Дальнего Востока.", "sustainable_development"),  # an office title
    ("Обсуждено развитие Вооружённых Сил.", "sustainable_development"),        # military build-up is security
    ("Подтверждён настрой на поступательное развитие российско-катарского сотрудничества.", "sustainable_development"),
    ("Создана межведомственная рабочая группа.", "cooperation"),
    ("Грант выдал Фонд содействия инновациям.", "cooperation"),                # a fund's name              # a group at home, not between States
])
def test_russian_other_senses_do_not(text, frame):
    assert frame not in frames_of(text, "ru")


def test_russian_freedom_as_a_right_stays_human_rights():
    assert "human_rights" in frames_of("Народ борется за свободу слова и за свободу.", "ru")


def test_developing_the_armed_forces_is_still_security():
    assert "security" in frames_of("Обсуждено развитие Вооружённых Сил.", "ru")


@pytest.mark.parametrize("text", [
    "All countries, developed or developing, must cut emissions.",
    "The gap between developed and developing economies widens.",
    "Richer States must shoulder their share.",
    "Access to the Green Climate Fund is too slow for us.",
    "Technical and capacity gaps remain in our ministries.",
])
def test_english_developing_country_wording(text):
    assert "developing_countries" in frames_of(text, "en")


@pytest.mark.parametrize("text", [
    "The economy is developing fast.",        # a verb, not the developing/developed divide
    "Richer soils give better harvests.",     # richer, but not States
])
def test_english_developing_country_lookalikes_do_not(text):
    assert "developing_countries" not in frames_of(text, "en")
