"""News articles: statements attributed to the officials they quote or report."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import load_corpus

SEED_DOC = "baotintuc-2025-10-26-hanoi-convention"
MINISTER, BRANDOLINO, MEBARKI = "Лыонг Там Куанг", "Джон Брандолино", "Фаузия Бумайза Мебарки"


@pytest.fixture(scope="module")
def seed(seed_path):
    return load_corpus(seed_path)


def row(statements: pd.DataFrame, starts: str) -> pd.Series:
    found = statements[statements["text"].str.startswith(starts)]
    assert len(found) == 1, f"{starts!r} matched {len(found)} statements"
    return found.iloc[0]


def test_seed_names_the_three_officials_with_roles(seed):
    s = seed.statements
    assert seed.report.rejected == [] and seed.report.accepted == len(s)
    assert set(s["speaker"].dropna()) == {MINISTER, BRANDOLINO, MEBARKI}
    roles = s.dropna(subset=["speaker"]).groupby("speaker")["role"].first()
    assert roles[MINISTER] == "министр"
    assert roles[BRANDOLINO].startswith("директор Департамента по вопросам международных договоров")
    assert roles[MEBARKI].startswith("председатель Переговорного комитета")
    orgs = s.dropna(subset=["speaker"]).groupby("speaker")["organization"].first()
    assert orgs[BRANDOLINO] == "УНП ООН" and pd.isna(orgs[MINISTER])
    assert s["statement_id"].is_unique and s["statement_id"].iloc[0] == f"{SEED_DOC}:000"
    assert (s["language"] == "ru").all() and (s["date"] == pd.Timestamp("2025-10-26")).all()


def test_seed_statement_by_statement(seed):
    s = seed.statements
    expected = [  # (opening words, speaker, mode)
        ("Три консенсусных результата", None, "narration"),
        ("Министр Лыонг Там Куанг заявил, что", MINISTER, "reported"),
        ("Наряду с церемонией подписания", MINISTER, "continued"),
        ("От имени партии и государства", MINISTER, "reported"),
        ("В ходе церемонии подписания и Саммита", MINISTER, "reported"),
        ("Прежде всего, Ханойская конвенция", MINISTER, "continued"),
        ("Далее, присутствие", MINISTER, "continued"),
        ("Наконец, принятие Конвенции", MINISTER, "continued"),
        ("Ради безопасного", MINISTER, "reported"),
        ("Последовательно проводя", MINISTER, "direct"),
        ("Вьетнам твёрдо убеждён", MINISTER, "continued"),
        ("Вместе к следующему рубежу", None, "narration"),
        ("Выступая на заключительном заседании", BRANDOLINO, "reported"),
        ("Процесс переговоров был признан", BRANDOLINO, "continued"),
        ("По словам Джона Брандолино", BRANDOLINO, "reported"),
        ("Главный посыл обсуждений", BRANDOLINO, "continued"),
        ("Переговоры по Конвенции — это только начало", BRANDOLINO, "direct"),
        ("В своем заключительном слове посол", MEBARKI, "reported"),
        ("Source: https://baotintuc.vn", None, "narration"),
    ]
    assert len(s) == len(expected)
    for (start, speaker, mode), statement in zip(expected, s.itertuples()):
        assert statement.text.startswith(start), (start, statement.text[:60])
        assert (statement.speaker if isinstance(statement.speaker, str) else None) == speaker, start
        assert statement.mode == mode, start
        if speaker is None:
            assert statement.role == "narrator" and statement.organization.startswith("Báo Tin tức")


def test_seed_direct_quotes_hold_only_the_quoted_words(seed):
    s = seed.statements
    quote = row(s, "Последовательно проводя")
    assert quote.text.endswith("в области предотвращения и борьбы с киберпреступностью")
    assert "«" not in quote.text and "подчеркнул" not in quote.text
    assert quote.attribution.startswith("подчеркнул министр Лыонг Там Куанг")
    second = row(s, "Переговоры по Конвенции")
    assert second.text.endswith("вступления Конвенции в силу") and "Теперь задача стран" in second.text
    assert "г-н Джон Брандолино отметил" in second.attribution


EN_ARTICLE = """---
format: news
doc_id: en-wire
language: en
publisher: Example Wire
date: 2024-03-01
---
Talks end in Geneva

Foreign Minister Anna Keller said that the agreement was a turning point for the region. The text will be opened for signature in June.
"We have waited a decade for this moment," Keller told reporters.
Maria Lopez, director of the Treaty Division at the United Nations Office on Drugs and Crime (UNODC), stressed that implementation would take years.
According to Lopez, funding remains the main obstacle.
The minister added: "No country can fight cybercrime alone."
Delegates left the hall shortly after noon.
"This is only the beginning," said Ms. Lopez.
"""

RU_ARTICLE = """---
format: news
doc_id: ru-wire
language: ru
publisher: Тестовое агентство
---
Итоги переговоров

Министр иностранных дел Норвегии Ларс Хансен заявил, что соглашение откроет новые возможности.
— Мы готовы к сотрудничеству, — сказал Хансен.
По словам Хансена, работа продолжится осенью.
Заседание завершилось вечером.
Во-первых, стороны договорились о графике встреч.
Генеральный секретарь Ирина Петрова, глава Секретариата Совещания (СС), отметила: «Это важный день для всех нас».
Она также подчеркнула, что решение было принято единогласно.
"""


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory):
    folder = tmp_path_factory.mktemp("news")
    (folder / "en.md").write_text(EN_ARTICLE, encoding="utf-8")
    (folder / "ru.txt").write_text(RU_ARTICLE, encoding="utf-8")
    return load_corpus(folder).statements


def attributions(statements, doc):
    part = statements[statements["doc_id"] == doc]
    return [(t, s if isinstance(s, str) else None, m) for t, s, m in zip(part["text"], part["speaker"], part["mode"])]


def test_english_article(fixtures):
    got = attributions(fixtures, "en-wire")
    assert got == [
        ("Talks end in Geneva", None, "narration"),
        ("Foreign Minister Anna Keller said that the agreement was a turning point for the region.", "Anna Keller", "reported"),
        # background after an English report is the reporter's (measured on the news gold's dev split)
        ("The text will be opened for signature in June.", None, "narration"),
        ("We have waited a decade for this moment", "Anna Keller", "direct"),
        (got[4][0], "Maria Lopez", "reported"),
        ("According to Lopez, funding remains the main obstacle.", "Maria Lopez", "reported"),
        ("No country can fight cybercrime alone.", "Anna Keller", "direct"),  # "the minister"
        ("Delegates left the hall shortly after noon.", None, "narration"),
        ("This is only the beginning", "Maria Lopez", "direct"),
    ]
    en = fixtures[fixtures["doc_id"] == "en-wire"].set_index("speaker")
    assert en.loc["Anna Keller", "role"].iloc[0] == "Foreign Minister"
    lopez = en.loc["Maria Lopez"].iloc[0]
    assert lopez["organization"] == "UNODC" and lopez["role"].startswith("director of the Treaty Division")


def test_russian_article(fixtures):
    got = attributions(fixtures, "ru-wire")
    assert got == [
        ("Итоги переговоров", None, "narration"),
        (got[1][0], "Ларс Хансен", "reported"),
        ("Мы готовы к сотрудничеству", "Ларс Хансен", "direct"),  # dash-introduced
        ("По словам Хансена, работа продолжится осенью.", "Ларс Хансен", "reported"),  # genitive surname
        ("Заседание завершилось вечером.", None, "narration"),
        ("Во-первых, стороны договорились о графике встреч.", None, "narration"),  # follows narration
        ("Это важный день для всех нас", "Ирина Петрова", "direct"),
        ("Она также подчеркнула, что решение было принято единогласно.", "Ирина Петрова", "reported"),
    ]
    ru = fixtures[fixtures["doc_id"] == "ru-wire"].set_index("speaker")
    assert ru.loc["Ларс Хансен", "role"].iloc[0] == "министр иностранных дел Норвегии"
    assert ru.loc["Ирина Петрова", "organization"].iloc[0] == "СС"


def test_unnamed_title_is_not_given_a_name(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\nformat: news\nlanguage: ru\n---\nПосол заявил, что переговоры продолжатся.\n", encoding="utf-8")
    s = load_corpus(tmp_path / "a.txt").statements
    assert pd.isna(s["speaker"].iloc[0]) and s["role"].iloc[0] == "посол" and s["mode"].iloc[0] == "reported"


def test_empty_article_is_one_rejected_unit(tmp_path):
    (tmp_path / "a.txt").write_text("---\nformat: news\n---\n  \n", encoding="utf-8")
    corpus = load_corpus(tmp_path / "a.txt")
    assert corpus.report.seen == 1 and corpus.report.by_reason() == {"empty": 1}


def test_the_shared_seed_without_front_matter_gives_the_same_attribution(shared_corpora, seed):
    raw = next((shared_corpora / "seed").glob("*.txt"))
    corpus = load_corpus(raw, format="news")
    got = corpus.statements
    want = seed.statements
    assert (got["language"] == "ru").all()  # detected once for the article
    # the raw page ends with the comment widget the shipped sample dropped: one more narration
    assert got["text"].iloc[-1] == "Комментарий (0)" and got["mode"].iloc[-1] == "narration"
    got = got.iloc[:-1]
    assert got["speaker"].fillna("").tolist() == want["speaker"].fillna("").tolist()
    assert got["mode"].tolist() == want["mode"].tolist()
    assert got["organization"].iloc[0] is pd.NA or pd.isna(got["organization"].iloc[0])  # no publisher given


WIRE = """---
format: news
doc_id: wire
language: en
publisher: Wire
---
UN Secretary-General António Guterres said on Monday that the world was "off track" on climate goals.
"We are running out of time," he said. "Every fraction of a degree matters."
Speaking to reporters in New York, Guterres urged rich countries to double adaptation finance.
The European Union's climate chief, Wopke Hoekstra, told the conference that Europe would keep its pledges.
Hoekstra added that a deal was still possible.
Negotiations are expected to continue through the weekend.
Guterres warned, however, that "half measures will not do."
"""


def test_wire_story_pronouns_follow_up_quotes_and_role_before_name(tmp_path):
    (tmp_path / "wire.md").write_text(WIRE, encoding="utf-8")
    s = load_corpus(tmp_path / "wire.md").statements
    got = [(t[:24], sp if isinstance(sp, str) else None, m) for t, sp, m in zip(s["text"], s["speaker"], s["mode"])]
    guterres, hoekstra = "António Guterres", "Wopke Hoekstra"
    assert got == [
        ("UN Secretary-General Ant", guterres, "reported"),
        ("We are running out of ti", guterres, "direct"),  # "he said"
        ("Every fraction of a degr", guterres, "direct"),  # a further, unattributed quote
        ("Speaking to reporters in", guterres, "reported"),
        ("The European Union's cli", hoekstra, "reported"),
        ("Hoekstra added that a de", hoekstra, "reported"),
        ("Negotiations are expecte", None, "narration"),
        ("Guterres warned, however", guterres, "reported"),
    ]
    named = s.dropna(subset=["speaker"])
    roles = dict(zip(named["speaker"], named["role"]))
    assert roles == {guterres: "UN Secretary-General", hoekstra: "European Union's climate chief"}


def test_genitive_mentions_are_put_back_in_the_nominative():
    from analysis.corpus.news import split_article

    rows = split_article(
        "По словам министра иностранных дел России Сергея Лаврова, переговоры идут.\n"
        "По мнению Марии Захаровой, это провокация.\n"
        "Посол Иван Петров заявил, что всё хорошо.\n"
        "По словам посла, это важно.\n",
        {"doc_id": "g", "language": "ru"},
    )
    assert [(r["speaker"], r["role"]) for r in rows] == [
        ("Сергей Лавров", "министр иностранных дел России"),
        ("Мария Захарова", None),
        ("Иван Петров", "посол"),
        ("Иван Петров", "посол"),  # "посла": the ambassador named before
    ]


@pytest.mark.parametrize("text,language,role", [
    ("Delegates said the talks failed.", "en", "narrator"),
    # unnamed officials are a government's people: an unnamed speaker by the annotation rules, never a named person
    ("Officials noted progress on the draft.", "en", "Officials"),
    ("Эксперты заявили, что переговоры зашли в тупик.", "ru", "narrator"),
])
def test_collective_subjects_are_not_invented_people(text, language, role):
    from analysis.corpus.news import split_article

    (row,) = split_article(text, {"doc_id": "c", "language": language})
    assert row["speaker"] is None and row["role"] == role


def test_a_known_single_surname_is_a_person():
    from analysis.corpus.news import split_article

    rows = split_article("Лавров заявил, что всё идёт по плану.", {"doc_id": "l", "language": "ru"})
    assert rows[0]["speaker"] == "Лавров" and rows[0]["mode"] == "reported"


def test_body_offsets_point_at_the_statement_in_the_article(seed_path):
    from analysis.corpus.textdir import split_front_matter

    raw = (seed_path / "hanoi_convention_2025-10-26.txt").read_text(encoding="utf-8")
    _, body, _ = split_front_matter(raw)
    s = load_corpus(seed_path).statements
    for text, offset in zip(s["text"], s["body_offset"]):
        assert body[offset:offset + len(text)] == text


def test_appositive_clauses_unnamed_officials_and_adverbials():
    from analysis.corpus.news import split_article

    en = split_article(
        "Ambassador Li Wei, who chairs the committee, said the text was final.\n"
        '"We will not reopen the package," Li said.\n'
        "Russia's representative, Dmitry Orlov, argued that the process had been rushed.\n"
        "The representative of Brazil said her country supported the draft.\n",
        {"doc_id": "e", "language": "en"},
    )
    assert [(r["speaker"], r["role"], r["mode"]) for r in en] == [
        ("Li Wei", "Ambassador", "reported"),  # a relative clause is not a role
        ("Li Wei", "Ambassador", "direct"),  # "Li" alone: the family name of Li Wei
        ("Dmitry Orlov", "Russia's representative", "reported"),
        (None, "representative of Brazil", "reported"),  # unnamed, and not Orlov
    ]
    ru = split_article(
        "Глава МИД России Сергей Лавров в ходе пресс-конференции заявил, что Москва готова к диалогу.\n"
        "«Мы открыты для переговоров», — отметил глава российского МИД.\n",
        {"doc_id": "r", "language": "ru"},
    )
    assert [(r["speaker"], r["role"], r["mode"]) for r in ru] == [
        ("Сергей Лавров", "глава МИД России", "reported"),  # across "в ходе пресс-конференции"
        ("Сергей Лавров", "глава МИД России", "direct"),  # by title; the first role stated is kept
    ]
