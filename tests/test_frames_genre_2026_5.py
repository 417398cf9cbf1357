"""Codebook 2026.5: the Russian error classes of train + dev and the wording of talks readouts.

Every sentence here was written for this test (none is taken from a corpus). Each class is
tested with the senses of its words that are not the frame.
"""

from __future__ import annotations

import pytest

from frame_check import frames_of


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
    ("Киев саботирует выполнение мирного плана.", "trust"),
    ("Обсуждены перспективы военно-технического сотрудничества.", "security"),
    ("Стороны обеспокоены развёртыванием систем противоракетной обороны.", "security"),
    ("Министр указал на опасную милитаризацию региона.", "security"),
    ("Стороны подтвердили приверженность договору о ДНЯО.", "security"),
    ("Предприятия ОПК нарастили выпуск продукции.", "security"),
    # 2026.16: African States code only with an aid, supply, development or debt word (relations alone: pool 0 of 5
    # sole hits coded; tests/test_frames_round18.py)
    ("Россия расширяет помощь африканским государствам.", "developing_countries"),
    ("Обсуждены интересы стран Африки и Латинской Америки.", "developing_countries"),
    ("Задержанных подвергали бесчеловечному обращению.", "human_rights"),
    ("Важно обеспечить верховенство права в стране.", "human_rights"),
    ("Журналистов подвергают политическому преследованию.", "human_rights"),
    ("Объём взаимной торговли вырос на треть.", "cooperation"),
    ("Города давно связывают побратимские отношения.", "cooperation"),
    ("Стороны перешли к расчётам в национальных валютах.", "cooperation"),
    ("Край уверенно развивается, растут доходы людей.", "sustainable_development"),
    ("В регионе откроется новый индустриальный парк.", "sustainable_development"),
    ("Обсуждены пути сохранения мира и стабильности в регионе.", "security"),
    ("Народы вправе сами определять своё будущее.", "sovereignty"),
    ("В посёлках наладили водоснабжение и подачу питьевой воды.", "sustainable_development"),
    ("Россия готова оказать содействие партнёрам в подготовке специалистов.", "cooperation"),
])
def test_readout_wording_carries_its_frame(text, frame):
    assert frame in frames_of(text, "ru")


@pytest.mark.parametrize(("text", "frame"), [
    ("Это серьёзный удар по репутации компании.", "security"),       # a figurative blow, in the singular
    ("Мяч после удара угодил в штангу.", "security"),
    ("Обсуждены вопросы энергетической безопасности региона.", "security"),  # development, not security
    ("Защита прав потребителей остаётся задачей ведомства.", "human_rights"),  # «защита прав» is not an entry
    ("Он растратил всё наследство, настоящий мот.", "multilateralism"),  # the ILO only in capitals
    ("Отделение банка открылось в центре города.", "sovereignty"),
    ("Цены на продовольственные товары выросли за месяц.", "sustainable_development"),
    ("Социальные обязательства перед ветеранами выполнены полностью.", "trust"),  # obligations, not promises
    ("В области культуры развиваются отношения двух стран.", "sustainable_development"),  # relations develop
    ("Ребёнок быстро развивается.", "sustainable_development"),  # no region, economy or branch named
    ("Сотрудничество в области энергетики успешно развивается.", "sustainable_development"),  # «в области»
    ("Слово предоставляется директору Федеральной службы безопасности.", "security"),  # an office title
    ("Его назначили спецпредставителем по вопросам международного сотрудничества.", "cooperation"),  # a title
    ("Стороны договорились о сотрудничестве в области мирного атома.", "security"),  # civilian nuclear energy
    ("Обсуждено развитие связей между университетами.", "sustainable_development"),  # ties that develop
])
def test_other_senses_of_the_same_words_do_not(text, frame):
    assert frame not in frames_of(text, "ru")


@pytest.mark.parametrize(("text", "frame"), [
    ("Nobody may redraw internationally recognized State borders by force.", "sovereignty"),
    ("Peacekeepers must protect civilians in the camps.", "human_rights"),
    ("Forced labour and child marriage persist in the region.", "human_rights"),
])
def test_english_additions_of_2026_5(text, frame):
    assert frame in frames_of(text, "en")
