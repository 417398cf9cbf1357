"""Codebook 2026.12 (round 14): Russian genre vocabulary by parity with the English entries and the coding rules.

Every sentence here was written for this test in the register of Russian MFA, UN-mission and Kremlin statements
(none is taken from a corpus). The first group codes a frame only since 2026.12; the exclusion and other-sense
cases are tested beside the sense of the same words that must still code, so a widened or dropped exclusion fails.
"""

from __future__ import annotations

import pytest

from frame_check import frames_of


@pytest.mark.parametrize(("text", "frame"), [
    ("Россия неизменно выступает за строгое соблюдение Устава во всей его полноте.", "multilateralism"),
    ("Мы вместе отстаиваем более справедливое мироустройство.", "multilateralism"),
    ("Страны ЭКОВАС и СЕЛАК поддержали эту инициативу.", "multilateralism"),
    ("Договор о нераспространении остаётся краеугольным камнем режима.", "multilateralism"),
    ("Стороны расширяют торговые связи на основе взаимной выгоды.", "cooperation"),
    ("Киев вновь нарушил достигнутые договорённости о прекращении огня.", "trust"),
    ("Данные нашей стране обещания так и остались на бумаге.", "trust"),
    ("Задолженность государств к югу от Сахары продолжает расти.", "developing_countries"),
    ("Мы не признаём экстерриториальное применение национального законодательства.", "sovereignty"),
    ("Никто не вправе навязывать свою волю другим народам.", "sovereignty"),
    ("Этнические чистки и апартеид не имеют никакого оправдания.", "human_rights"),
    ("В районе обнаружены миномёты и кассетные боеприпасы.", "security"),
    ("Засуха и опустынивание сокращают урожаи в регионе.", "sustainable_development"),
    ("Пандемия изменила мировую торговлю.", "sustainable_development"),
])
def test_round14_vocabulary_codes_its_frame(text, frame):
    assert frame in frames_of(text, "ru")


def test_economic_security_is_development_not_security():
    # The coding rules: economic and social security are development, not the security frame.
    found = frames_of("Обеспечение экономической безопасности остаётся приоритетом правительства.", "ru")
    assert "sustainable_development" in found and "security" not in found
    assert "security" in frames_of("Обеспечение безопасности границ остаётся приоритетом.", "ru")


def test_foreign_intervention_is_sovereignty_but_market_interventions_are_not():
    assert "sovereignty" in frames_of("Иностранная интервенция разрушила государственные институты страны.", "ru")
    assert "sovereignty" not in frames_of("Правительство провело закупочные интервенции на рынке зерна.", "ru")


def test_permanent_members_of_the_council_at_home_are_not_multilateralism():
    assert "multilateralism" in frames_of("Как постоянный член, Россия несёт особую ответственность.", "ru")
    assert "multilateralism" not in frames_of(
        "Президент провёл оперативное совещание с постоянными членами Совета безопасности.", "ru")


def test_dictatorship_of_law_is_not_human_rights():
    assert "human_rights" in frames_of("Страна пережила годы военной диктатуры.", "ru")
    assert "human_rights" not in frames_of("Мы будем добиваться диктатуры закона во всех регионах.", "ru")


def test_rocket_and_space_industry_is_not_security():
    assert "security" in frames_of("Ракетные удары наносятся по жилым кварталам.", "ru")
    assert "security" not in frames_of("Ракетно-космическая отрасль получила новые заказы.", "ru")


def test_textbooks_are_not_social_benefits():
    assert "sustainable_development" in frames_of("Единое пособие получают миллионы граждан.", "ru")
    assert "sustainable_development" not in frames_of("Издательство выпустило учебное пособие по истории.", "ru")


@pytest.mark.parametrize(("coded", "other_sense", "frame"), [
    ("Политическое преследование оппозиции недопустимо.", "Судебное преследование директора продолжается.",
     "human_rights"),
    ("Государства-члены обратились в Секретариат с просьбой о докладе.",
     "Секретариат Совета Безопасности Российской Федерации подготовил доклад.", "multilateralism"),
    ("Силы ПВО нейтрализовали беспилотники над городом.", "Правительство нейтрализовало последствия санкций.",
     "security"),
    ("Единое пособие получают миллионы граждан.", "Вышло методическое пособие для учителей.",
     "sustainable_development"),
])
def test_review_other_senses_of_new_entries_do_not_code_the_frame(coded, other_sense, frame):
    """After a read-only review: prosecution, Russia's own Security Council's secretariat, neutralising an economic
    effect and a teachers' handbook are other senses of the new entries."""
    assert frame in frames_of(coded, "ru")
    assert frame not in frames_of(other_sense, "ru")
