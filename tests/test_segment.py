"""Sentence splitting and language detection."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import load_corpus
from analysis.schema import SENTENCE_COLUMNS, STATEMENT_COLUMNS, conform
from analysis.segmentation import detect_language, segment, split_sentences


def statements(*rows: tuple[str, str, str | None]) -> pd.DataFrame:
    return conform(pd.DataFrame(rows, columns=["statement_id", "text", "language"]), STATEMENT_COLUMNS)


def sentences_of(text: str, language: str = "en") -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, language)]


def test_english_abbreviations_do_not_end_sentences():
    text = ("Mr. President, I thank you. The U.N. General Assembly met on Sept. 11 in Room No. 5 "
            "near St. Patrick's. Dr. J. K. Smith spoke, e.g. on trade, i.e. tariffs! Was it enough? "
            "It was 1990. The vote came later.")
    assert sentences_of(text) == [
        "Mr. President, I thank you.",
        "The U.N. General Assembly met on Sept. 11 in Room No. 5 near St. Patrick's.",
        "Dr. J. K. Smith spoke, e.g. on trade, i.e. tariffs!",
        "Was it enough?",
        "It was 1990.",
        "The vote came later.",
    ]


def test_quotes_after_the_period_stay_with_their_sentence():
    text = 'He said: "We agree." Then he left. «Нет». Done'
    assert sentences_of(text) == ['He said: "We agree."', "Then he left.", "«Нет».", "Done"]


def test_russian_goes_through_razdel():
    text = "Т.е. это первое предложение. Второе, с г-ном Ивановым и т.д., тоже здесь! А третье?"
    assert sentences_of(text, "ru") == [
        "Т.е. это первое предложение.",
        "Второе, с г-ном Ивановым и т.д., тоже здесь!",
        "А третье?",
    ]


def test_hard_wrapped_lines_are_joined_and_headings_split():
    wrapped = "It is\na privilege to speak on\nbehalf of the United States. A half-century ago\nthe Assembly met."
    assert sentences_of(wrapped) == [
        "It is\na privilege to speak on\nbehalf of the United States.",
        "A half-century ago\nthe Assembly met.",
    ]
    news = "Три консенсусных результата\nМинистр заявил, что всё хорошо. Итог ясен.\nВместе к рубежу\nПосол выразил благодарность."
    assert sentences_of(news, "ru") == [
        "Три консенсусных результата", "Министр заявил, что всё хорошо.", "Итог ясен.",
        "Вместе к рубежу", "Посол выразил благодарность.",
    ]


@pytest.mark.parametrize("text, language, expected", [
    # a paragraph that ends in an initial or an abbreviation
    ("Об этом рассказал житель села Ашот М.\n\nГлава делегации заявил, что переговоры продолжатся.", "ru",
     ["Об этом рассказал житель села Ашот М.", "Глава делегации заявил, что переговоры продолжатся."]),
    ("HDT is under the aegis of Hungarian National Asset Management, Inc.\n\nTo modernize its army, Hungary bought rifles.",
     "en", ["HDT is under the aegis of Hungarian National Asset Management, Inc.",
            "To modernize its army, Hungary bought rifles."]),
    ("The request came in a letter to the department from Sen.\n\nThe minister said he would answer this week.", "en",
     ["The request came in a letter to the department from Sen.", "The minister said he would answer this week."]),
    ("“We will not wait,” Anneke Vos of Climate Action Network Europe wrote on X.\n\nUnder the Paris Agreement, "
     "countries are expected to report.", "en",
     ["“We will not wait,” Anneke Vos of Climate Action Network Europe wrote on X.",
      "Under the Paris Agreement, countries are expected to report."]),
    # the next paragraph starts in lower case (an agency tag), with a bullet or with a quote mark
    ("Germany is one of the largest contributors to KFOR, the NATO-led force in Kosovo.\n\ndh/sms (dpa, AFP, Reuters)",
     "en", ["Germany is one of the largest contributors to KFOR, the NATO-led force in Kosovo.",
            "dh/sms (dpa, AFP, Reuters)"]),
    ("At least 1,991 delegates are needed.\n\n* Both Buttigieg and Klobuchar dropped out before Super Tuesday", "en",
     ["At least 1,991 delegates are needed.", "* Both Buttigieg and Klobuchar dropped out before Super Tuesday"]),
    ("Переговоры продолжатся в Женеве, сообщил Ашот М.\n\n«Мы готовы к диалогу», — заявил посол.", "ru",
     ["Переговоры продолжатся в Женеве, сообщил Ашот М.", "«Мы готовы к диалогу», — заявил посол."]),
    # a byline or dateline after a headline
    ("Turkey, Egypt discuss Gaza truce\n\nANKARA\n\nTurkish Foreign Minister Mehmet Kaan Yildirim held a call on Sunday.",
     "en", ["Turkey, Egypt discuss Gaza truce", "ANKARA", "Turkish Foreign Minister Mehmet Kaan Yildirim held a call on Sunday."]),
    ("China, Japan top diplomats to meet in Busan next month\n\nBy Park Ji-hoon\n\nSouth Korea will host the meeting.",
     "en", ["China, Japan top diplomats to meet in Busan next month", "By Park Ji-hoon", "South Korea will host the meeting."]),
    ("ЕС и Кестрания возобновят переговоры\n\nГлава МИД назвал доклад «копипастом»\n\nМиссия ОБСЕ опубликовала заключение.",
     "ru", ["ЕС и Кестрания возобновят переговоры", "Глава МИД назвал доклад «копипастом»",
            "Миссия ОБСЕ опубликовала заключение."]),
])
def test_sentences_end_at_a_paragraph_break(text, language, expected):
    assert sentences_of(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # UN transcripts: blank lines frame page numbers mid-sentence (UNGDC: 12,647 of 23,065 blank lines)
    ("Our Organization has\nmany, sometimes\n3\n\ndifficult, tasks to accomplish. It will.", "en",
     ["Our Organization has\nmany, sometimes\n3\n\ndifficult, tasks to accomplish.", "It will."]),
    ("We agree. In this\nprocess the Kyrgyz\n17\n\nRepublic is taking action.", "en",
     ["We agree.", "In this\nprocess the Kyrgyz\n17\n\nRepublic is taking action."]),
    ("The people of Somalia, who have\nwaited so long \n  \n \n11-51185 20  \n\nfor peace, deserve better.", "en",
     ["The people of Somalia, who have\nwaited so long \n  \n \n11-51185 20  \n\nfor peace, deserve better."]),
    ("My delegation would also like\nto thank the Secretary-\n\nGeneral for his tireless efforts.", "en",
     ["My delegation would also like\nto thank the Secretary-\n\nGeneral for his tireless efforts."]),
    ("The developing\ncountries, dependent mostly on agriculture,\n\nsuffer more from climate change.", "en",
     ["The developing\ncountries, dependent mostly on agriculture,\n\nsuffer more from climate change."]),
    ("We agree. It is an honour to address the\nmembers of this body, on behalf of the\n\nGovernment of Belize.", "en",
     ["We agree.", "It is an honour to address the\nmembers of this body, on behalf of the\n\nGovernment of Belize."]),
    ("We agree.\n\nIt is my privilege to address this body on behalf of my\n\ncountry and its people.", "en",
     ["We agree.", "It is my privilege to address this body on behalf of my\n\ncountry and its people."]),
    # a salutation ending in a comma (the official gold keeps it with its sentence)
    ("Выступление Постоянного представителя\nГосподин Председатель,\n\nПозвольте поблагодарить Вас за созыв.", "ru",
     ["Выступление Постоянного представителя", "Господин Председатель,\n\nПозвольте поблагодарить Вас за созыв."]),
])
def test_a_blank_line_inside_a_sentence_stays_soft(text, language, expected):
    assert sentences_of(text, language) == expected


def test_paragraph_break_offsets_index_the_text():
    text = "  Headline here  \n \n  By Jane Doe \t\n\n\nThe minister spoke, Sen.  \n\n  Then she left.\n\n"
    spans = split_sentences(text, "en")
    assert [text[s:e] for s, e in spans] == ["Headline here", "By Jane Doe", "The minister spoke, Sen.", "Then she left."]
    out = segment(statements(("a", text, "en"), ("b", text.replace("Sen.", "Сен. и М."), "ru")))
    texts = {"a": text, "b": text.replace("Sen.", "Сен. и М.")}
    for row in out.itertuples():
        assert texts[row.statement_id][row.start:row.end] == row.text == row.text.strip()
    assert out.groupby("statement_id").size().tolist() == [4, 4]


def test_segment_table_offsets_ids_and_languages():
    table = statements(
        ("a", "  Первое предложение здесь. This sentence is written entirely in English, by the way.  ", "ru"),
        ("b", "   \n ", "en"),
        ("c", "One. Two.", None),
    )
    out = segment(table)
    assert list(out.columns) == list(SENTENCE_COLUMNS)
    assert out.dtypes.astype(str).to_dict() == SENTENCE_COLUMNS
    assert out["sentence_id"].tolist() == ["a:00000", "a:00001", "c:00000", "c:00001"]
    texts = dict(zip(table["statement_id"], table["text"]))
    for row in out.itertuples():
        assert texts[row.statement_id][row.start:row.end] == row.text and row.text.strip() == row.text
    assert out["language"].tolist()[:2] == ["ru", "en"]  # the English sentence is detected on its own
    assert out["language"].iloc[2:].isna().all()  # unknown statement language stays unknown
    assert segment(table.iloc[1:2]).empty


def test_segment_the_seed(seed_path):
    corpus = load_corpus(seed_path)
    sentences = segment(corpus.statements)
    assert len(sentences) > len(corpus.statements)
    assert sentences.groupby("statement_id")["position"].apply(lambda p: list(p) == list(range(len(p)))).all()
    assert (sentences["language"].dropna() == "ru").all()


@pytest.mark.parametrize("text,expected", [
    ("Министр подчеркнул важность международного сотрудничества.", "ru"),
    ("The minister stressed the importance of international cooperation.", "en"),
    ("Le ministre a souligné l'importance de la coopération internationale.", "fr"),
    ("Der Minister betonte die Bedeutung der internationalen Zusammenarbeit.", "de"),
    ("Bộ trưởng nhấn mạnh tầm quan trọng của hợp tác quốc tế.", "vi"),
    ("", None),
    ("   ", None),
    ("OK", None),
    ("12345 67890 !!!", None),
    (None, None),
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_a_long_text_is_classified_on_its_start_middle_and_end(monkeypatch):
    import analysis.segmentation as segmentation

    english = "The minister stressed the importance of international cooperation. " * 40
    russian = "Министр подчеркнул важность международного сотрудничества. " * 40
    seen = []
    real = segmentation._identifier()

    class Recording:
        def classify(self, text):
            seen.append(text)
            return real.classify(text)

    monkeypatch.setattr(segmentation, "_identifier", lambda: Recording())
    # Russian only in the middle third: the sample must still reach it
    text = english * 3 + russian + english * 3
    detect_language(text)
    assert len(seen[0]) <= 3 * segmentation.LANGUAGE_SAMPLE_PART + 2 < len(text)
    assert "Министр" in seen[0] and seen[0].startswith("The minister") and seen[0].endswith("cooperation. ")
    assert detect_language(english * 7) == "en" and detect_language(russian * 7) == "ru"
    assert len(seen[-1]) <= 3 * segmentation.LANGUAGE_SAMPLE_PART + 2


def test_ungdc_sample_sentences_are_plausible(shared_corpora):
    folder = shared_corpora / "ungdc" / "TXT" / "Session 78 - 2023"
    rows = [(p.stem, p.read_text(encoding="utf-8-sig"), "en") for p in sorted(folder.glob("[A-Z]*_78_2023.txt"))[:20]]
    out = segment(statements(*rows))
    lengths = (out["end"] - out["start"])
    assert 60 < lengths.median() < 300
    assert (lengths > 0).all() and out["sentence_id"].is_unique
    assert not out["text"].str.contains(r"\b(?:Mr|Mrs|Ms|Dr|St|No)\.$").any()  # no split after a title
    assert out["text"].str.contains(r"\bMr\. [A-Z]").any()  # and such titles do occur


def test_cjk_sentences_split_without_spaces():
    assert sentences_of("我们支持多边主义。合作很重要！是吗？", "zh") == ["我们支持多边主义。", "合作很重要！", "是吗？"]


@pytest.mark.parametrize("text", [
    "Министр заявил, что всё готово.", "  Он добавил: «Мы согласны».  ", "Да", "", "   ", "Т.е. это так. А это?",
    "«Мы готовы», — сказал он. Потом ушёл.", "Цена выросла на 5%; спрос упал", "Он сказал (в среду) так.",
    "Привет :) Как дела", "Итак...  а потом", "Первое!Второе", "«Нет»  \n", "Конец.           Начало",
])
def test_razdel_shortcut_gives_razdel_spans(text):
    """A text with nowhere razdel could cut skips razdel's rules: the spans must be razdel's own."""
    from razdel import sentenize

    from analysis.segmentation import _razdel_spans

    assert _razdel_spans(text) == [(s.start, s.stop) for s in sentenize(text)]
