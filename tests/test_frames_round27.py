"""Codebook round 27, Russian side (issue #17): rights of civilians and of people, displacement, languages narrowed,
the UN's committees by their short name and six more UN acronyms; four misfires of older human-rights entries
(«бесчеловечный» acts, the colonial yoke, the principles of humanitarian aid, a "democratic" format or world order).

Every sentence here was written for this test in the register of Russian MFA and Permanent Mission statements (none is
taken from a gold file or a corpus). ``test_round27_is_new`` runs the coded sentences through main's codebook (at the
commit this round started from) and expects the frame to be missing; ``test_round27_misfires_fired_on_main`` expects
the misfires to code there, so neither group can pass without this round's change.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.frames import detect_frames
from frame_check import codebook_at, frames_of

BEFORE = "450a1f777edbbafa8ab63c25cb7f1724ee61b562"  # main when round 27 started: codebook 2026.26

NEW = [
    # human rights: protection of civilians, children and women (humanitarian law protecting civilians)
    ("Мандат на защиту гражданского населения нельзя толковать расширительно.", "human_rights"),
    ("Тема защиты гражданских лиц остаётся в повестке дня.", "human_rights"),
    ("Резолюция принималась для защиты мирного населения.", "human_rights"),
    ("Поддерживаем работу миссии по защите мирных жителей.", "human_rights"),
    ("Ответственность за защиту детей лежит на правительствах.", "human_rights"),
    ("Курс включает вопросы защиты женщин в зонах конфликтов.", "human_rights"),
    # human rights: rights named as «право на ...», socio-economic rights
    ("Санкции подрывают право на здоровье миллионов людей.", "human_rights"),
    ("Мы последовательно отстаиваем право на развитие.", "human_rights"),
    ("Блокада нарушает право на питание.", "human_rights"),
    ("Меры ударяют по социально-экономическим правам населения.", "human_rights"),
    # human rights: people forced to leave their homes
    ("Тысячи людей были вынуждены покинуть свои дома.", "human_rights"),
    ("Жители вновь покидают свои дома.", "human_rights"),
    ("Обсуждено положение лиц, вынужденно покинувших страну.", "human_rights"),
    # human rights: the use of Russian or of minority languages narrowed
    ("Продолжается сужение сферы использования русского языка в образовании.", "human_rights"),
    ("Комитет выразил обеспокоенность сужением сферы применения языков меньшинств.", "human_rights"),
    # multilateralism: UN bodies by acronym
    ("Россия наращивает сотрудничество с ЮНИДО.", "multilateralism"),
    ("Поддерживаем МИНУСМА в её непростой работе.", "multilateralism"),
    ("Мы развиваем взаимодействие с УКГВ.", "multilateralism"),
    ("ПФВУ должен оставаться площадкой для обмена опытом.", "multilateralism"),
    ("Поддерживаем реформу руководящих органов ВМО.", "multilateralism"),
    ("МСЭ должен играть ведущую роль в этой сфере.", "multilateralism"),
]

# a UN committee by its short name, in a statement that names the UN; the same sentence where the statement does not
COMMITTEE_STATEMENT = "Выступление на заседании Генеральной Ассамблеи ООН."
COMMITTEE = [
    "Комитет не должен превращаться в механизм давления.",
    "Будем и впредь вносить вклад в работу Комитета.",
    "Желаем успехов в руководстве Комитетом.",
]

# each misfire of an older entry, with the sense that still codes human rights
MISFIRES = [
    ("Мы осудили бесчеловечный террористический акт.",
     "Заключённые жалуются на бесчеловечное обращение.", "human_rights"),
    ("Россия поддерживала народы Африки в борьбе за освобождение от колониального гнёта.",
     "Народ устал от коммунистического гнёта.", "human_rights"),
    ("Помощь оказывается на основе принципов гуманности и нейтральности.",
     "Мы ко всем пленным относимся гуманно.", "human_rights"),
    ("Это подлинно демократичный формат для всех государств.",
     "Выборы прошли в полном соответствии с нормами демократии.", "human_rights"),
    ("Выступаем за демократизацию международных отношений.",
     "Выборы прошли в полном соответствии с нормами демократии.", "human_rights"),
]


def statement_frames(sentences: list[str], codebook=None) -> list[set[str]]:
    """The frames of each sentence, read as one statement (for ``requires_in_statement``)."""
    table = pd.DataFrame({"statement_id": ["s"] * len(sentences), "sentence_id": [f"s:{i}" for i in range(len(sentences))],
                          "text": sentences, "language": ["ru"] * len(sentences)})
    hits = detect_frames(table, codebook)
    return [set(hits[hits["sentence_id"] == f"s:{i}"]["frame"]) for i in range(len(sentences))]


@pytest.mark.parametrize(("text", "frame"), NEW)
def test_round27_wording_codes_its_frame(text, frame):
    assert frame in frames_of(text, "ru")


def test_round27_is_new():
    old = codebook_at(BEFORE, "2026.26")
    already = [(text, frame) for text, frame in NEW if frame in frames_of(text, "ru", old)]
    assert already == []


@pytest.mark.parametrize("text", COMMITTEE)
def test_round27_committee_codes_where_the_statement_names_the_un(text):
    assert "multilateralism" in statement_frames([COMMITTEE_STATEMENT, text])[1]
    assert "multilateralism" not in frames_of(text, "ru")


def test_round27_committee_is_new():
    old = codebook_at(BEFORE, "2026.26")
    assert [text for text in COMMITTEE if "multilateralism" in statement_frames([COMMITTEE_STATEMENT, text], old)[1]] == []


@pytest.mark.parametrize("other_sense", [
    "Следственный комитет возбудил уголовное дело.",
    "Слово представителю Комитета семей воинов Отечества.",
    "Законопроект поддержал профильный комитет Государственной думы.",
])
def test_round27_committee_other_senses_do_not_code(other_sense):
    assert "multilateralism" not in statement_frames([COMMITTEE_STATEMENT, other_sense])[1]


@pytest.mark.parametrize("other_sense", [
    "Россия последовательно защищает свои интересы.",  # no protection of people named
    "Мы обсудили использование русского языка в науке.",  # the language used, not narrowed
    "Делегация покинула зал заседаний.",  # leaving a room, not one's home
])
def test_round27_other_senses_do_not_code(other_sense):
    assert "human_rights" not in frames_of(other_sense, "ru")


@pytest.mark.parametrize(("misfire", "coded", "frame"), MISFIRES)
def test_round27_misfires_do_not_code(misfire, coded, frame):
    assert frame not in frames_of(misfire, "ru")
    assert frame in frames_of(coded, "ru")


def test_round27_misfires_fired_on_main():
    old = codebook_at(BEFORE, "2026.26")
    silent = [misfire for misfire, _, frame in MISFIRES if frame not in frames_of(misfire, "ru", old)]
    assert silent == []
