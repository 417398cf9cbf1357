"""Codebook 2026.2 fixes for the diplomatic genre: abbreviations, formulas, datelines, the UN as a place, negation."""

from __future__ import annotations

import pytest

from analysis.errors import CodebookError
from analysis.frames.codebook import parse_codebook
from analysis.text.datelines import dateline_end
from frame_check import frames_of, hits_of


@pytest.mark.parametrize(("text", "language", "frame", "matched"), [
    ("The G77 and China tabled a draft on debt.", "en", "developing_countries", "G77"),
    ("Страны G77 выступили единым фронтом.", "ru", "developing_countries", "G77"),
    ("Проект резолюции внесён в ГА ООН.", "ru", "multilateralism", "ГА"),
    ("Вопрос рассмотрит СБ ООН.", "ru", "multilateralism", "СБ ООН"),
    ("Лидеры БРИКС обсудили расчёты в национальных валютах.", "ru", "multilateralism", "БРИКС"),
    ("Мы добьёмся выполнения ЦУР к 2030 году.", "ru", "sustainable_development", "ЦУР"),
])
def test_abbreviations_of_the_genre_are_read(text, language, frame, matched):
    hits = hits_of(text, language)
    assert matched in set(hits.loc[hits["frame"] == frame, "matched"])


def test_lower_case_ga_is_hectares_not_the_general_assembly():
    assert "multilateralism" not in frames_of("Засеяно 200 га пшеницы.", "ru")


@pytest.mark.parametrize(("text", "language"), [
    ("No country can tackle these challenges alone.", "en"),
    ("No single nation, however powerful, can meet this threat on its own.", "en"),
    ("Ни одна страна не может справиться с этим в одиночку.", "ru"),
])
def test_collective_action_formula_is_multilateralism(text, language):
    assert "multilateralism" in frames_of(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("He travelled alone to the capital.", "en"),
    ("Cuba knows it is not alone.", "en"),
    ("Он остался в одиночку.", "ru"),
])
def test_alone_without_the_formula_is_not(text, language):
    assert "multilateralism" not in frames_of(text, language)


@pytest.mark.parametrize(("text", "end"), [
    ("ООН, 23 сен – РИА Новости. Генсек заявил.", len("ООН, 23 сен – РИА Новости.")),
    ("НЬЮ-ЙОРК (ООН), 23 сентября. /ТАСС/. Текст.", len("НЬЮ-ЙОРК (ООН), 23 сентября. /ТАСС/.")),
    ("UNITED NATIONS, Sept 23 (Reuters) - The chief said", len("UNITED NATIONS, Sept 23 (Reuters) -")),
    ("GENEVA (Reuters) - The talks resumed.", len("GENEVA (Reuters) -")),
    ("The United Nations, in 2015, adopted the Agenda.", 0),
    ("In May, 12 countries joined the treaty.", 0),
])
def test_dateline_end(text, end):
    assert dateline_end(text) == end


def test_a_dateline_is_not_multilateralism_but_the_un_after_it_is():
    assert "multilateralism" not in frames_of("ООН, 23 сен – РИА Новости. Президент прибыл в Нью-Йорк.", "ru")
    hits = hits_of("ООН, 23 сен – РИА Новости. Генеральная Ассамблея ООН приняла резолюцию.", "ru")
    assert (hits.loc[hits["frame"] == "multilateralism", "start"] > len("ООН, 23 сен – РИА Новости.")).all()
    assert "multilateralism" in set(hits["frame"])


@pytest.mark.parametrize(("text", "language"), [
    ("Постоянный представитель России при ООН заявил журналистам о переговорах.", "ru"),
    ("The talks took place at UN headquarters in New York.", "en"),
    ("Путин провёл совещание с постоянными членами Совета Безопасности.", "ru"),
])
def test_the_un_as_a_place_or_a_posting_is_not_multilateralism(text, language):
    assert "multilateralism" not in frames_of(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("ООН должна сохранить центральную роль в мировых делах.", "ru"),
    ("The UN must remain at the centre of global governance.", "en"),
    ("Совет Безопасности ООН продлил мандат миссии.", "ru"),
])
def test_the_un_as_an_actor_still_is(text, language):
    assert "multilateralism" in frames_of(text, language)


def test_negated_frames_still_carry_the_frame():
    """The coding rules: "we do not accept interference" is sovereignty talk, "we do not trust them" trust."""
    assert "sovereignty" in frames_of("We do not accept interference in our internal affairs.", "en")
    hits = hits_of("Мы не доверяем их обещаниям.", "ru")
    trust = hits[hits["frame"] == "trust"]
    assert len(trust) and trust["negated"].all()


@pytest.mark.parametrize(("text", "language", "frame"), [
    ("Their lies and deception destroyed the agreement.", "en", "trust"),
    ("Это ложь и лицемерие.", "ru", "trust"),
    ("Climate change threatens small island States.", "en", "sustainable_development"),
    ("Refugees and migrants must be protected.", "en", "human_rights"),
    ("Боевики обстреляли позиции армии.", "ru", "security"),
    ("Respect for territorial integrity is not negotiable.", "en", "sovereignty"),
])
def test_genre_vocabulary(text, language, frame):
    assert frame in frames_of(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Peacekeepers were sent to the Democratic Republic of the Congo.", "en"),
    ("Делегация Корейской Народно-Демократической Республики прибыла в Москву.", "ru"),
])
def test_a_country_name_is_not_democracy_talk(text, language):
    assert "human_rights" not in frames_of(text, language)


def test_requires_must_be_a_list_of_patterns():
    body = {"version": "t", "frames": {"x": {"description": {"en": "x"}, "entries": {"en": [
        {"id": "a", "pattern": "alone", "requires": "no country"}]}}}}
    with pytest.raises(CodebookError, match=r"entries.en\[0\].*requires must be a list"):
        parse_codebook(body)
