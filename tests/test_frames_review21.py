"""Codebook 2026.21: the read-only review of rounds 20-21 (2026.19/2026.20), its narrowings and recall additions pinned down.

The review wrote 173 probe sentences in 40 statements with the new entries' words in other senses (national councils,
news agencies, bilateral treaties, sport, shops, schools, domestic stipends) and found 88 other-sense hits; 2026.21
narrowed the entries with ``exclude`` / ``requires`` and widened two statement conditions. Every other-sense sentence
here is one of the review's probes (the fixes were shaped on them, so these are in-sample). ``FALSE_HITS`` are single
sentences and ``FALSE_IN_STATEMENT`` statements whose condition is met (the body is named in full first): each gave its
frame on 2026.20 (read from git, so a group cannot pass because it never fired) and must not on 2026.21. ``HELD_UP`` are
the senses the entries are for, which must still code. ``RECALL`` are statements whose short name codes only on 2026.21.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.frames import detect_frames
from frame_check import codebook_at, frames_of, hits_of

BEFORE = "eca59fe189e5726498d4f0b37a3f1e35320fab2b"  # main with codebook 2026.20


def statement(*texts: str, language: str = "ru") -> pd.DataFrame:
    return pd.DataFrame({"statement_id": "doc", "sentence_id": [f"doc:{i:05d}" for i in range(len(texts))],
                         "text": list(texts), "language": language})


def last_sentence_frames(texts: tuple[str, ...], language: str, codebook=None) -> set[str]:
    """The frames of the statement's last sentence, read with the whole statement (``statement_id`` set)."""
    table = statement(*texts, language=language)
    hits = detect_frames(table, codebook)
    return set(hits.loc[hits["sentence_id"] == table["sentence_id"].iloc[-1], "frame"])


# (fix number in the review, sentence, the frame 2026.20 gave it)
FALSE_HITS = [
    # 4: «Агентство по …» is another agency (the 2026.19 sentence route: an IAEA word in the sentence)
    (4, "Агентство по страхованию вкладов выплатит гарантированное возмещение вкладчикам банка.", "multilateralism"),
    # 9: a supplier contract, a lease, a deadlock, demolition under a contract
    (9, "Компания объявила о выходе из договора с поставщиком из-за срыва сроков.", "trust"),
    (9, "Арендатор вправе выйти из договора в одностороннем порядке.", "trust"),
    (9, "Стороны ищут выход из тупика путём соглашения о прекращении огня.", "trust"),
    (9, "Футболист вышел из соглашения с клубом по обоюдному согласию.", "trust"),
    (9, "Демонтаж старых киосков по договору с мэрией завершится к осени.", "trust"),
    # 10: double standards: an expert on travel, a doctor, an instruction
    (10, "Туроператоры предлагают те же столицы, что и в прошлом году, говорит эксперт.", "trust"),
    (10, "В других ситуациях врач может настаивать на госпитализации.", "trust"),
    # 11: «характеристики», «обязательственных», alimony, shared construction
    (11, "Избирательные характеристики фильтра зависят от частоты.", "trust"),
    (11, "Иск содержит отказ от обязательственных требований к ответчику.", "trust"),
    # 12: an olympiad, a sports team and tourists from overseas, shop sellers and social networks
    (12, "Участники олимпиады решали задачи без внешних подсказок.", "sovereignty"),
    (12, "Команда из-за океана прилетела на турнир в Казань.", "sovereignty"),
    (12, "Туристы из-за океана активно бронируют туры, несмотря на давление курса доллара.", "sovereignty"),
    (12, "Соцсети навязывают подросткам модели поведения.", "sovereignty"),
    (12, "Врач не навязывает пациенту рецепты народной медицины.", "sovereignty"),
    # 13: school-leavers, a footballer, regions' spending
    (13, "Выпускники школ должны определить своё будущее до конца лета.", "sovereignty"),
    (13, "Полузащитнику предстоит определить свою судьбу в клубе в ближайшее время.", "sovereignty"),
    (13, "Регионы смогут самостоятельно определять приоритеты расходов на дороги.", "sovereignty"),
    # 14: domestic stipends and quotas
    (14, "Государство повысит стипендии студентам-отличникам с сентября.", "cooperation"),
    (14, "Республика Татарстан учредила именные стипендии для аспирантов.", "cooperation"),
    (14, "Государство увеличит квоту на целевое обучение врачей.", "cooperation"),
    # 15: African students at a party, a dance teacher
    (15, "Африканские студенты устроили праздник в общежитии университета.", "developing_countries"),
    (15, "Африканский специалист по современному танцу провёл мастер-класс в Перми.", "developing_countries"),
    # 16: a holding, card payments, SMM marketing, a conference's keynote speaker, a fashion format
    (16, "Международная структура холдинга включает дочерние компании на Кипре.", "multilateralism"),
    (16, "Банк подключился к международному механизму расчётов по картам.", "multilateralism"),
    (16, "Специалист по СММ отвечает за страницы компании в соцсетях.", "multilateralism"),
    (16, "Специальный докладчик конференции выступил с лекцией о новых материалах.", "multilateralism"),
    (16, "Московский формат моды собрал дизайнеров из регионов.", "multilateralism"),
]

# (fix number, sentence, entry): the entry's hit is gone, but the sentence keeps its frame through older entries
# (ru.уклоняться_от of 2026.18, ru.выполнение_обязательств), which the review did not ask to narrow
ENTRY_GONE = [
    (11, "Отец уклоняется от выполнения обязательств по уплате алиментов.", "ru.уклоняться_от_выполнени_x"),
    (11, "Застройщик уклоняется от выполнения договора долевого участия.", "ru.уклоняться_от_выполнени_x"),
]

# (fix number, statement: the body named in full first, then the short name in another sense; language; frame 2026.20
# gave the last sentence)
FALSE_IN_STATEMENT = [
    (1, ("Совет Безопасности ООН провёл в среду заседание по ситуации на Украине.",
         "Совет Республики Беларусь также поддержал документ."), "ru", "multilateralism"),
    (1, ("Генеральный секретарь ООН выразил обеспокоенность ростом напряжённости.",
         "Совет ректоров вузов Москвы поддержал инициативу."), "ru", "multilateralism"),
    # the presidential human-rights council no longer meets the condition («совет по правам человека» needs «ООН»)
    (1, ("Совет по правам человека при Президенте провёл заседание в Кремле.",
         "Члены Совета посетили следственный изолятор в Твери."), "ru", "multilateralism"),
    (2, ("ООН призвала стороны обеспечить безопасный проход для мирных жителей.",
         "Организация питания эвакуированных легла на местные власти."), "ru", "multilateralism"),
    (2, ("На заседании Генеральной Ассамблеи ООН Россия вновь внесла резолюцию.",
         "Организация освобождения Палестины поддержала российскую инициативу."), "ru", "multilateralism"),
    (3, ("Обзорная конференция по ДНЯО завершилась без принятия итогового документа.",
         "Конференция партии «Единая Россия» назначена на июнь."), "ru", "multilateralism"),
    (4, ("МАГАТЭ опубликовало новый доклад по иранской ядерной программе.",
         "Агентство Reuters утверждает, что инспекторы обнаружили следы урана."), "ru", "multilateralism"),
    (4, ("Генеральный директор МАГАТЭ Рафаэль Гросси посетил Запорожскую АЭС.",
         "Агентство национальной безопасности США вело прослушку европейских лидеров."), "ru", "multilateralism"),
    (5, ("Россия привержена Договору о нераспространении ядерного оружия.",
         "Договор с подрядчиком на строительство энергоблока подписан в марте."), "ru", "multilateralism"),
    (6, ("Kenya has cooperated with the International Criminal Court from the outset.",
         "Court hearings in the Nairobi case will resume on Monday."), "en", "multilateralism"),
    (7, ("We value the verification role of the International Atomic Energy Agency.",
         "Russia's Federal Atomic Energy Agency supplied fuel for the Bushehr plant."), "en", "multilateralism"),
    (8, ("The International Criminal Tribunal for Rwanda has completed its mandate.",
         "The Employment Tribunal ruled in favour of the workers."), "en", "multilateralism"),
]

# senses the narrowed entries are for (sentence, frame); all code on 2026.20 and 2026.21
HELD_UP = [
    ("Россия была вынуждена выйти из Договора об обычных вооружённых силах в Европе.", "trust"),
    ("Последовательный демонтаж договоров в сфере контроля над вооружениями недопустим.", "trust"),
    ("В других ситуациях западные коллеги требуют немедленного расследования.", "trust"),
    ("Расследования западных стран носят избирательный характер.", "trust"),
    ("Отказ Киева от обязательств по Минским соглашениям стал очевиден.", "trust"),
    ("Венесуэльцы сами, без внешних подсказок, должны решать свои дела.", "sovereignty"),
    ("Окрики из-за океана не изменят нашу политику.", "sovereignty"),
    ("Палестинский народ вправе сам определить свою судьбу.", "sovereignty"),
    ("Каждое государство вправе самостоятельно определять пути своего развития.", "sovereignty"),
    ("Россия выделяет Вьетнаму около тысячи государственных стипендий ежегодно.", "cooperation"),
    ("Мы продолжим подготовку африканских специалистов в российских вузах.", "developing_countries"),
]

HELD_UP_IN_STATEMENT = [
    (("Россия председательствует в Арктическом совете в 2021–2023 годах.",
      "В работе Совета участвуют восемь арктических государств."), "ru"),
    (("Российская делегация выступила на 55-й сессии СПЧ ООН.",
      "Совет всё больше превращается в инструмент политического давления."), "ru"),
    (("МАГАТЭ опубликовало новый доклад по иранской ядерной программе.",
      "Агентство продолжит мониторинг на иранских объектах в соответствии с соглашением о гарантиях."), "ru"),
    (("Россия привержена Договору о нераспространении ядерного оружия.",
      "Договор остаётся краеугольным камнем режима нераспространения."), "ru"),
    (("Kenya has cooperated with the International Criminal Court from the outset.",
      "We call on the Court to respect the sovereignty of African States."), "en"),
]

# recall: (addition, statement: the body named in full or by an acronym the condition now knows, then the short name)
RECALL = [
    ("Организация тюркских государств", ("Саммит Организации тюркских государств прошёл в Астане.",
                                         "Организация расширяет сотрудничество в сфере транспорта.")),
    ("the OECD in full", ("Россия приостановила процесс присоединения к Организации экономического сотрудничества и развития.",
                          "Организация опубликовала прогноз роста мировой экономики.")),
    ("ОАГ", ("Генеральный секретарь ОАГ выступил с заявлением по ситуации в Венесуэле.",
             "Организация не должна превращаться в инструмент давления на суверенные государства.")),
    ("ЮНКТАД", ("Доклад ЮНКТАД о мировых инвестициях опубликован в Женеве.",
                "Конференция отмечает снижение потоков прямых инвестиций в наименее развитые страны.")),
    ("конференция ООН", ("Конференция ООН по торговле и развитию опубликовала доклад об инвестициях.",
                         "Конференция призывает списать долги беднейших стран.")),
    ("CICA by its Russian name", ("Казахстан выступил инициатором Совещания по взаимодействию и мерам доверия в Азии.",
                                  "Конференция объединяет двадцать восемь государств континента.")),
]


@pytest.fixture(scope="module")
def before():
    return codebook_at(BEFORE, "2026.20")


@pytest.mark.parametrize("fix, text, frame", FALSE_HITS)
def test_review21_false_hits_gone(fix, text, frame):
    assert frame not in frames_of(text, "ru")


def test_review21_false_hits_coded_before(before):
    missed = [text for _, text, frame in FALSE_HITS if frame not in frames_of(text, "ru", before)]
    assert missed == []


@pytest.mark.parametrize("fix, text, entry", ENTRY_GONE)
def test_review21_entry_hit_gone(fix, text, entry):
    assert entry not in set(hits_of(text, "ru")["entry"])


def test_review21_entry_hit_before(before):
    assert all(entry in set(hits_of(text, "ru", before)["entry"]) for _, text, entry in ENTRY_GONE)


@pytest.mark.parametrize("fix, texts, language, frame", FALSE_IN_STATEMENT)
def test_review21_false_hits_in_statement_gone(fix, texts, language, frame):
    assert frame not in last_sentence_frames(texts, language)


def test_review21_false_hits_in_statement_coded_before(before):
    missed = [texts[-1] for _, texts, language, frame in FALSE_IN_STATEMENT
              if frame not in last_sentence_frames(texts, language, before)]
    assert missed == []


def test_review21_every_fix_has_a_case():
    assert {fix for fix, *_ in FALSE_HITS} | {fix for fix, *_ in FALSE_IN_STATEMENT} == set(range(1, 17))


@pytest.mark.parametrize("text, frame", HELD_UP)
def test_review21_held_up(text, frame):
    assert frame in frames_of(text, "ru")


@pytest.mark.parametrize("texts, language", HELD_UP_IN_STATEMENT)
def test_review21_short_names_held_up(texts, language):
    assert "multilateralism" in last_sentence_frames(texts, language)


@pytest.mark.parametrize("addition, texts", RECALL)
def test_review21_recall(addition, texts):
    assert "multilateralism" in last_sentence_frames(texts, "ru")


def test_review21_recall_is_new(before):
    coded = [addition for addition, texts in RECALL if "multilateralism" in last_sentence_frames(texts, "ru", before)]
    assert coded == []


def test_review21_recall_needs_the_statement():
    # the short name alone still needs the body named in the statement
    assert all("multilateralism" not in frames_of(texts[-1], "ru") for _, texts in RECALL)


def test_conference_on_disarmament_has_its_own_entry(before):
    # «Конференция по разоружению» is coded by its own sentence-level entry, in any case; 2026.20 coded only the capitalised
    # form, through the short-name route
    text = "Российская делегация выступила на Конференции по разоружению в Женеве."
    assert "ru.конференция_по_разоружению" in set(hits_of(text, "ru")["entry"])
    lower = "Россия выступает за возобновление работы на конференции по разоружению."
    assert "multilateralism" in frames_of(lower, "ru")
    assert "multilateralism" not in frames_of(lower, "ru", before)
