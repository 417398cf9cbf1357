"""Codebook 2026.22 (round 22): Russian wording families for developing countries, trust, cooperation and
development, and the precision of sovereignty.

Every sentence was written for this test in the register of Russian MFA, UN-mission and Kremlin statements (none is
taken from a corpus or a gold set). Each test pairs a paraphrase that codes the frame only since 2026.22 with a sense
of the same words that must not, so every test fails on the codebook before this round.
"""

from __future__ import annotations

from frame_check import frames_of


def test_technical_cooperation_is_developing_countries_but_military_technical_is_not():
    text = "Россия своевременно вносит взнос в Фонд технического сотрудничества."
    assert "developing_countries" in frames_of(text, "ru")
    assert "developing_countries" not in frames_of("Военно-техническое сотрудничество двух стран расширяется.", "ru")


def test_development_aid_by_its_russian_names():
    assert "developing_countries" in frames_of("Доля официальной помощи развитию остаётся ниже обещанной.", "ru")
    assert "developing_countries" in frames_of("Наша страна наращивает содействие международному развитию.", "ru")
    assert "developing_countries" not in frames_of("Банк оказывает помощь в развитии малого бизнеса.", "ru")


def test_the_poorest_and_low_income_countries_but_not_poor_households():
    assert "developing_countries" in frames_of("Кризис сильнее всего бьёт по беднейшим государствам.", "ru")
    assert "developing_countries" in frames_of("Скидки для стран с низким доходом нельзя ужесточать.", "ru")
    assert "developing_countries" not in frames_of("Пособие получат беднейшие семьи региона.", "ru")


def test_debt_for_development_and_donors_but_not_blood_donors():
    assert "developing_countries" in frames_of("Реализуем программы «долг в обмен на развитие».", "ru")
    assert "developing_countries" in frames_of("Донорам пора выполнить взятые обязательства.", "ru")
    assert "developing_countries" not in frames_of("Доноры крови получат дополнительные обязательства клиники.", "ru")


def test_national_cadres_trained_but_not_staff_for_an_industry():
    assert "developing_countries" in frames_of("Мы помогали молодым государствам готовить национальные кадры.", "ru")
    assert "developing_countries" not in frames_of("Колледж готовит кадры для металлургии.", "ru")


def test_lecturing_others_is_trust_but_an_instructive_example_is_not():
    assert "trust" in frames_of("Нам опять читают нотации о свободе слова.", "ru")
    assert "trust" in frames_of("Эти государства любят поучать других.", "ru")
    assert "trust" in frames_of("В Брюсселе так любят рассуждать о ценностях.", "ru")
    assert "trust" in frames_of("Странно слышать подобные призывы из Вашингтона.", "ru")
    assert "trust" in frames_of("Об этом праве громче всех говорили именно они.", "ru")
    assert "trust" not in frames_of("Это поучительный пример для всех регионов.", "ru")


def test_professed_commitment_against_deeds_but_not_a_reaffirmed_commitment():
    assert "trust" in frames_of("Как это сочетается с декларируемой приверженностью праву на развитие?", "ru")
    assert "trust" not in frames_of("Подтверждаем приверженность целям и принципам Устава.", "ru")


def test_good_and_bad_terrorists_but_not_the_worst_or_bad_weather():
    assert "trust" in frames_of("Нельзя делить террористов на «хороших» и «плохих».", "ru")
    assert "trust" not in frames_of("Худшие террористы были задержаны.", "ru")
    assert "trust" not in frames_of("Плохая погода задержала рейс.", "ru")


def test_accusations_without_evidence_but_not_a_release_without_evidence():
    assert "trust" in frames_of("Обвинения против России вновь выдвинуты без доказательств.", "ru")
    assert "trust" not in frames_of("Его отпустили без доказательств вины.", "ru")


def test_mutual_settlements_and_national_currencies_but_not_an_exchange_rate():
    assert "cooperation" in frames_of("Стороны расширяют использование национальных валют во взаимных расчётах.", "ru")
    assert "cooperation" not in frames_of("Национальная валюта укрепилась к доллару.", "ru")


def test_trilateral_and_flagship_projects_and_an_industrial_zone_but_not_a_flagship_store():
    assert "cooperation" in frames_of("Готовы содействовать трёхсторонним проектам в энергетике.", "ru")
    assert "cooperation" in frames_of("Продвигается реализация флагманских проектов двустороннего сотрудничества.", "ru")
    assert "cooperation" in frames_of("Обсудили создание российской промышленной зоны в Египте.", "ru")
    assert "cooperation" not in frames_of("Компания открыла флагманский магазин в центре города.", "ru")


def test_soviet_and_russian_universities_but_not_a_ranking():
    found = frames_of("Тысячи инженеров из Анголы учились в советских и российских вузах.", "ru")
    assert {"cooperation", "sustainable_development"} <= found
    assert "cooperation" not in frames_of("Российские вузы поднялись в рейтинге.", "ru")


def test_sharing_experience_and_contacts_in_a_field_but_not_contacts_with_the_press():
    assert "cooperation" in frames_of("Мы готовы делиться своим опытом с партнёрами.", "ru")
    assert "cooperation" in frames_of("Министерства активизируют контакты в области культуры.", "ru")
    assert "cooperation" not in frames_of("Пресс-служба ограничила контакты с журналистами.", "ru")


def test_cooperation_in_education_is_development_but_not_formation():
    assert "sustainable_development" in frames_of("Стороны высоко оценили сотрудничество в сфере образования.", "ru")
    assert "sustainable_development" in frames_of("Увеличим число стипендий для иностранных студентов.", "ru")
    assert "sustainable_development" not in frames_of("Сотрудничество привело к образованию совместной компании.", "ru")


def test_sovereign_assets_and_russian_sanctions_wording_are_not_sovereignty():
    assert "sovereignty" not in frames_of("Блокирование суверенных активов подрывает доверие к системе.", "ru")
    assert "sovereignty" not in frames_of("Односторонние санкции бьют по уязвимым слоям.", "ru")
    assert "sovereignty" not in frames_of("Диалог строится на основе взаимного уважения.", "ru")
    assert "sovereignty" in frames_of("Каждый народ имеет суверенное право выбирать свой путь.", "ru")
