"""Codebook 2026.18: the read-only review of rounds 18-19 (2026.16/2026.17), its Russian narrowings pinned down.

The review wrote probe sentences with the new Russian entries' words in other senses (sport, business, contracts, schools,
notaries, everyday speech) and found that most drew a hit; 2026.18 narrowed those entries with ``requires`` / ``exclude``
and dropped «Организация / Организации» with a capital. Every sentence here is one of the review's probe sentences.
``FALSE_HITS`` gave its frame on 2026.17 (``test_review19_false_hits_coded_before`` reads that codebook from git, so the
group cannot pass because the sentence never fired) and must not on 2026.18; ``HELD_UP`` are the senses the entries are
for, which must still code after the narrowings.
"""

from __future__ import annotations

import pytest

from frame_check import codebook_at, frames_of

BEFORE = "abf64d8c0a5467fec2021c28e6c1fc0240adcc46"  # the last commit with codebook 2026.17

FALSE_HITS = [
    # multilateralism: the sentence-initial common noun «Организация / Организации», a board's chairmanship
    ("Организация гуманитарных поставок заняла две недели.", "multilateralism"),
    # («Организация питания в школах…» is pinned in test_frames_round18.py)
    ("Организации малого бизнеса получат налоговые льготы.", "multilateralism"),
    ("Председательство в совете директоров Газпрома перешло к новому кандидату.", "multilateralism"),
    # cooperation: free aid and study quotas at home
    ("Фонд оказал безвозмездную помощь многодетным семьям Тверской области.", "cooperation"),
    ("Университет увеличил квоты для студентов-целевиков из Якутии.", "cooperation"),
    # trust: leases, notaries, sport, tenants; «избирательно» as the sentence-initial adverb
    ("Арендатор нарушил договор аренды и был выселен.", "trust"),
    ("Избирательно проверять декларации чиновников нельзя, заявили в прокуратуре.", "trust"),
    ("Заверение документов у нотариуса подорожало.", "trust"),
    ("Болельщики предпочитают не замечать ошибки своей команды.", "trust"),
    ("Решение тренера шло вразрез с соглашением игроков.", "trust"),
    ("Действия управляющей компании противоречат её обязательствам перед жильцами.", "trust"),
    ("Нападающий уклонялся от ударов соперника весь раунд.", "trust"),
    ("Сборная не оправдала надежд болельщиков на чемпионате.", "trust"),
    # sovereignty: a footballer's stance, civil servants' rights, market domination, banks, a clerk, sport votes,
    # a student's path, building materials
    ("Футболист занял независимую позицию в споре с клубом.", "sovereignty"),
    ("Право каждого государственного служащего на отпуск закреплено законом.", "sovereignty"),
    ("Доминирование Манчестер Сити в лиге продолжается.", "sovereignty"),
    ("Банки в стране навязывают заёмщикам страховку.", "sovereignty"),
    ("Подчинённое положение клерка в банке не мешало ему спорить с начальником.", "sovereignty"),
    ("Тренер поставил под сомнение результаты голосования болельщиков за лучшего игрока.", "sovereignty"),
    ("Каждый студент должен определять свой путь в профессии.", "sovereignty"),
    ("Компания вывозит ресурсы для ремонта дорог в Якутию.", "sovereignty"),
    # human rights: a team punished, a Kazan college abbreviated УПО, media as a source, a journalist's story, pupils
    ("Тренер применил коллективное наказание к команде после поражения.", "human_rights"),
    ("УПО в Казани открыло новый учебный корпус.", "human_rights"),
    ("По данным СМИ, запрет на продажу алкоголя в регионе продлён.", "human_rights"),
    ("Журналист рассказал о давлении на бизнес со стороны налоговой.", "human_rights"),
]

HELD_UP = [
    ("Председательство Казахстана в ШОС завершилось саммитом в Астане.", "multilateralism"),
    ("Россия оказала безвозмездную помощь Кубе и другим странам региона.", "cooperation"),
    ("Вашингтон грубо нарушил Договор о РСМД.", "trust"),
    ("Западные страны применяют нормы международного права избирательно.", "trust"),
    ("Вопреки заверениям Вашингтона, войска НАТО продвинулись на восток.", "trust"),
    ("Запад предпочитает не замечать преступления киевского режима.", "trust"),
    ("Действия Киева идут вразрез с Минскими соглашениями.", "trust"),
    ("Действия Вашингтона противоречат его международным обязательствам.", "trust"),
    ("Вашингтон игнорирует договорённости с Москвой.", "trust"),
    ("Киев уклоняется от переговоров.", "trust"),
    ("Международный суд не оправдал надежд государств.", "trust"),
    ("Индия занимает независимую позицию на международной арене.", "sovereignty"),
    ("Право каждого государства выбирать свой путь развития неотъемлемо.", "sovereignty"),
    ("Доминирование США в мире подходит к концу.", "sovereignty"),
    ("Попытки Запада навязать свою волю суверенным государствам обречены.", "sovereignty"),
    ("Каждая страна самостоятельно определяет свою политику.", "sovereignty"),
    ("Каждый народ вправе определять свой путь.", "sovereignty"),
    ("Запад ставит под сомнение итоги выборов в Венесуэле.", "sovereignty"),
    ("Американские военные незаконно вывозят сирийскую нефть.", "sovereignty"),
    ("Незаконное военное присутствие США в Сирии должно прекратиться.", "sovereignty"),
    ("Коллективное наказание жителей Газы недопустимо.", "human_rights"),
    ("В ходе УПО Россия получила 300 рекомендаций.", "human_rights"),
    ("СМИ в Латвии подвергаются давлению и цензуре.", "human_rights"),
    ("Журналисты подвергаются преследованию на Украине.", "human_rights"),
    ("Русскоязычное население лишено права на образование на родном языке.", "human_rights"),
]


@pytest.mark.parametrize(("text", "frame"), FALSE_HITS)
def test_review19_false_hits_do_not_code(text, frame):
    assert frame not in frames_of(text, "ru")


def test_review19_false_hits_coded_before():
    # Each false hit above did get its frame from codebook 2026.17, so the narrowing is what removed it.
    old = codebook_at(BEFORE, "2026.17")
    missing = [(text, frame) for text, frame in FALSE_HITS if frame not in frames_of(text, "ru", old)]
    assert missing == []


@pytest.mark.parametrize(("text", "frame"), HELD_UP)
def test_review19_held_up_senses_still_code(text, frame):
    assert frame in frames_of(text, "ru")
