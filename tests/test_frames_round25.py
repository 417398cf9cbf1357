"""Codebook 2026.25 (round 25): Russian kinds of wording for multilateralism, cooperation, developing countries and
the precision of trust.

Every sentence was written for this test in the register of Russian MFA, UN-mission and Kremlin statements (none is
taken from a corpus or a gold set). Each test pairs wording that codes the frame only since 2026.25, or no longer
codes it, with a sense of the same words that must come out the other way, so every test fails on codebook 2026.24.
"""

from __future__ import annotations

import pandas as pd

from analysis.frames import detect_frames
from frame_check import frames_of


def _statement_frames(sentences: list[str]) -> list[set[str]]:
    """The frames of each sentence of one Russian statement (statement-level conditions see all of them)."""
    table = pd.DataFrame({"statement_id": ["s"] * len(sentences),
                          "sentence_id": [f"s:{i}" for i in range(len(sentences))],
                          "text": sentences, "language": ["ru"] * len(sentences)})
    hits = detect_frames(table)
    return [set(hits.loc[hits["sentence_id"] == f"s:{i}", "frame"]) for i in range(len(sentences))]


def test_the_customs_union_is_multilateralism_and_cooperation_but_a_customs_post_is_not():
    found = frames_of("Казахстан подтвердил заинтересованность в углублении работы Таможенного союза.", "ru")
    assert {"multilateralism", "cooperation"} <= found
    found = frames_of("На таможенном посту задержали партию контрабандных сигарет.", "ru")
    assert not {"multilateralism", "cooperation"} & found


def test_the_single_economic_space_of_the_union_but_not_a_countrys_own():
    union = _statement_frames(["Лидеры обсудили работу Таможенного союза.",
                               "Следующий шаг — формирование Единого экономического пространства."])
    assert "multilateralism" in union[1]
    home = _statement_frames(["Мы ценим наших партнёров по СНГ.",
                              "Государство обязано защищать единое экономическое пространство страны."])
    assert "multilateralism" not in home[1]


def test_a_free_trade_zone_and_settlements_in_national_currencies_are_cooperation_but_free_trade_talk_is_not():
    assert "cooperation" in frames_of("Ведём переговоры о зоне свободной торговли с Индонезией.", "ru")
    assert "cooperation" in frames_of("Доля взаиморасчётов в национальных валютах превысила половину.", "ru")
    assert "cooperation" not in frames_of("Свободная торговля не должна страдать от произвола.", "ru")


def test_debt_relief_to_other_countries_is_developing_countries_but_debts_at_home_are_not():
    assert "developing_countries" in frames_of("Мы списали задолженность беднейших стран перед Россией.", "ru")
    assert "developing_countries" in frames_of("Займы не должны загонять заёмщиков в долговую ловушку.", "ru")
    assert "developing_countries" in frames_of("Предлагаем схемы конверсии долга в инвестиции.", "ru")
    assert "developing_countries" not in frames_of("Регионам списана задолженность по бюджетным кредитам.", "ru")
    assert "developing_countries" not in frames_of("Пенсионерам списали задолженность по коммунальным платежам.", "ru")


def test_politicisation_and_unfair_competition_are_not_trust_but_dishonest_partners_are():
    assert "trust" not in frames_of("Призываем избегать политизации работы ЮНЕСКО.", "ru")
    assert "trust" not in frames_of("Климатическая повестка не должна стать инструментом недобросовестной конкуренции.",
                                    "ru")
    assert "trust" in frames_of("Недобросовестные партнёры не раз подводили нас.", "ru")


def test_a_readouts_progress_in_agreements_is_not_trust_but_carrying_them_out_is():
    assert "trust" not in frames_of("Министры обсудили ход выполнения договорённостей, достигнутых на высшем уровне.", "ru")
    assert "trust" in frames_of("Добросовестное выполнение договорённостей — основа наших отношений.", "ru")
