"""Frame codebook and matcher: inflections, negation, offsets, exclusions, validation, KWIC."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import CodebookError, SchemaError
from analysis.frames import detect_frames, kwic, load_codebook
from analysis.schema import FRAME_HIT_COLUMNS
from frame_check import frames_of, hits_of

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "data" / "gold" / "dev_sample.jsonl"


def sentences(*items: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "statement_id": [f"st{i}" for i in range(len(items))],
            "sentence_id": [f"st{i}:00000" for i in range(len(items))],
            "text": [t for t, _ in items],
            "language": [lang for _, lang in items],
        }
    )


# --- the bundled codebook -------------------------------------------------------------


def test_bundled_codebook_covers_every_frame_in_both_languages_richly():
    book = load_codebook()
    assert book.frame_keys == ("multilateralism", "cooperation", "trust", "developing_countries", "sovereignty",
                               "human_rights", "security", "sustainable_development")
    table = book.summary()
    assert list(table.columns) == ["en", "ru"]
    assert (table >= 30).all().all(), table
    for frame in book.frames:
        assert set(frame.description) == {"en", "ru"}
        assert all(len(frame.seeds[lang]) >= 3 for lang in ("en", "ru"))


@pytest.mark.parametrize(
    "text, entry",
    [
        ("Мы ценим сотрудничество.", "ru.сотрудничество"),
        ("Мы призываем к сотрудничеству.", "ru.сотрудничество"),
        ("Это требует тесного сотрудничества.", "ru.сотрудничество"),
        ("Мы будем сотрудничать с партнёрами.", "ru.сотрудничать"),
        ("Помощь развивающимся странам важна.", "ru.развивающиеся_страны"),
        ("Интересы развивающихся стран учитываются.", "ru.развивающиеся_страны"),
        ("Мы выступаем за укрепление доверия.", "ru.укрепление_доверия"),
        ("Это служит укреплению взаимного доверия.", "ru.укрепление_доверия"),
    ],
)
def test_russian_inflections_hit_their_lemma_entries(text, entry):
    hits = hits_of(text, "ru")
    assert entry in set(hits["entry"]), hits[["entry", "matched"]]


def test_english_forms_hit_through_stems():
    hits = hits_of("States cooperated on threats, and their cooperation deterred attacks.", "en")
    assert set(zip(hits["frame"], hits["matched"])) >= {
        ("cooperation", "cooperated"),
        ("cooperation", "cooperation"),
        ("security", "threats"),
        ("security", "attacks"),
    }


def test_prefix_entries_match_derivations():
    hits = hits_of("Кибербезопасность и кибербезопасные сети защищают от киберпреступников.", "ru")
    assert list(hits.loc[hits["frame"] == "security", "matched"]) == [
        "Кибербезопасность",
        "кибербезопасные",
        "киберпреступников",
    ]


# --- negation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, negated",
    [
        ("Мы не доверяем этим заявлениям.", "ru", True),
        ("Мы доверяем этим заявлениям.", "ru", False),
        ("Растёт недоверие между государствами.", "ru", True),
        ("Нельзя допускать двойных стандартов.", "ru", True),
        ("Нужно не только сотрудничество, но и доверие.", "ru", False),
        ("We do not trust these claims.", "en", True),
        ("We don't trust these claims.", "en", True),
        ("There is no confidence in the process.", "en", True),
        ("We trust our partners.", "en", False),
        ("Distrust is growing.", "en", True),
        ("We reject double standards.", "en", True),
        ("Not only trade but trust matters.", "en", False),
        ("Trust has been eroded.", "en", True),
        ("Доверие было утрачено.", "ru", True),
        ("Доверия между нами нет.", "ru", True),
        ("We have confidence in the Secretary-General.", "en", False),
    ],
)
def test_trust_negation_is_flagged_not_dropped(text, language, negated):
    hits = hits_of(text, language)
    trust = hits[hits["frame"] == "trust"]
    assert len(trust) == 1, hits
    assert bool(trust["negated"].iloc[0]) is negated


def test_negation_does_not_reach_across_clause_punctuation():
    hits = hits_of("Это не так, доверие растёт.", "ru")
    assert not hits.loc[hits["frame"] == "trust", "negated"].any()
    hits = hits_of("Доверие растёт, а сомнений нет.", "ru")
    assert not hits.loc[hits["frame"] == "trust", "negated"].any()


def test_confident_that_is_certainty_not_trust():
    assert "trust" not in frames_of("We are confident that the Convention will enter into force.", "en")
    assert "trust" not in frames_of("We are confident in our ability to succeed.", "en")


def test_only_negation_sensitive_entries_are_negated():
    # "cooperation" is not negation-sensitive: "no cooperation" still counts as cooperation talk, unflagged
    hits = hits_of("There was no cooperation.", "en")
    assert list(hits["negated"]) == [False]


# --- offsets, overlaps, exclusions ---------------------------------------------------------


def test_offsets_are_exact_on_the_whole_dev_sample():
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    table = sentences(*[(g["text"], g["language"]) for g in gold])
    hits = detect_frames(table)
    assert list(hits.columns) == list(FRAME_HIT_COLUMNS)
    texts = dict(zip(table["sentence_id"], table["text"]))
    assert len(hits) > 150
    for hit in hits.itertuples():
        assert texts[hit.sentence_id][hit.start : hit.end] == hit.matched


def test_repeated_words_get_their_own_offsets():
    text = "Cooperation matters; cooperation works."
    hits = hits_of(text, "en")
    assert list(zip(hits["start"], hits["end"])) == [(0, 11), (21, 32)]


def test_longest_match_counts_once_within_a_frame():
    hits = hits_of("We need mutual trust.", "en")
    assert list(hits["entry"]) == ["en.mutual_trust"]
    assert list(hits["matched"]) == ["mutual trust"]


def test_security_council_is_multilateralism_not_security():
    hits = hits_of("The Security Council must be reformed.", "en")
    assert list(zip(hits["frame"], hits["matched"])) == [("multilateralism", "Security Council")]
    hits = hits_of("Совет Безопасности ООН собрался вновь.", "ru")
    assert set(hits["frame"]) == {"multilateralism"}


def test_security_still_hits_outside_the_council():
    assert frames_of("Cyber threats endanger the security of our citizens.", "en") == {"security"}
    assert "security" in frames_of("The Council maintains international peace and security.", "en")
    assert frames_of("Обеспечение безопасности киберпространства.", "ru") == {"security"}


def test_multi_word_expressions_do_not_cross_punctuation():
    assert "multilateralism" not in frames_of("They united, nations followed.", "en")


def test_unrelated_sentences_have_no_hits():
    table = sentences(
        ("The weather in Hanoi was warm and the food was excellent.", "en"),
        ("Погода в Ханое была тёплой, а еда — превосходной.", "ru"),
        ("I myself was a successful businessman.", "en"),
    )
    assert detect_frames(table).empty


def test_missing_language_is_guessed_and_unsupported_language_gets_no_hits():
    table = sentences(("Сотрудничество важно.", None), ("La coopération internationale.", "fr"), ("Cooperation.", "en-GB"))
    hits = detect_frames(table)
    assert list(hits["sentence_id"]) == ["st0:00000", "st2:00000"]
    assert list(hits["language"]) == ["ru", "en"]


def test_empty_input_gives_an_empty_typed_table():
    hits = detect_frames(sentences())
    assert list(hits.columns) == list(FRAME_HIT_COLUMNS) and hits.empty


def test_sentences_without_text_column_are_rejected():
    with pytest.raises(SchemaError, match="'text'"):
        detect_frames(pd.DataFrame({"sentence_id": ["a"]}))


# --- user codebooks and validation -----------------------------------------------------------

MINIMAL = """
version: "test-1"
negation:
  en: {window: 2, before: [not], ignore: ["not only"]}
frames:
  trust:
    negation_sensitive: true
    description: {en: "Trust between actors."}
    entries:
      en:
        - {id: t.trust, pattern: trust}
        - {id: t.faith, pattern: good faith, gap: 1}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "codebook.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_codebook_loads_and_drives_detection(tmp_path):
    book = load_codebook(write(tmp_path, MINIMAL))
    assert book.version == "test-1" and book.frame_keys == ("trust",)
    hits = hits_of("They acted in good, faith. They acted in good political faith and did not trust us.", "en", book)
    assert list(hits["entry"]) == ["t.faith", "t.trust"]
    assert list(hits["matched"]) == ["good political faith", "trust"]
    assert list(hits["negated"]) == [False, True]


def test_a_user_codebook_gets_tables_of_its_own_frames_only(tmp_path):
    from analysis.frames import frame_matrix, frame_shares
    from analysis.pipeline.output_steps import aggregate

    book = load_codebook(write(tmp_path, MINIMAL))
    table = sentences(("We trust them.", "en"), ("Nothing here.", "en"))
    hits = detect_frames(table, book)
    statements = pd.DataFrame({"statement_id": table["statement_id"], "year": [2020, 2021]})
    assert list(frame_matrix(hits, table, frames=book.frame_keys).columns) == ["sentence_id", "trust"]
    assert set(frame_shares(hits, table, statements, "year", frames=book.frame_keys)["frame"]) == {"trust"}
    made = aggregate(statements, table, hits, None, frames=book.frame_keys)
    assert made and all(set(t["frame"]) == {"trust"} for name, t in made.items() if name.startswith("frame_shares"))
    assert list(frame_matrix(hits, table).columns)[1:] == list(load_codebook().frame_keys)  # default: the packaged codebook


def test_codebooks_are_cached_by_content_and_edits_are_seen(tmp_path):
    path = write(tmp_path, MINIMAL)
    first = load_codebook(path)
    assert load_codebook(path) is first  # Dask partitions reuse one compiled matcher
    write(tmp_path, MINIMAL.replace("pattern: trust}", "pattern: confidence}"))
    edited = load_codebook(path)
    assert edited is not first and edited.entries[0].pattern == "confidence"
    assert load_codebook() is load_codebook()


@pytest.mark.parametrize(
    "old, new, message",
    [
        ("{id: t.faith, pattern: good faith, gap: 1}", "{id: t.faith, pattern: good faith, gapp: 1}",
         r"frames\.trust\.entries\.en\[1\] \(id 't\.faith'\): unknown key\(s\) \['gapp'\]"),
        ("{id: t.faith,", "{id: t.trust,", r"frames\.trust\.entries\.en\[1\] \(id 't\.trust'\): duplicate id"),
        ("pattern: good faith, gap: 1}", "pattern: go*od faith}", r"entries\.en\[1\].*bad pattern 'go\*od faith'"),
        ("gap: 1}", "gap: 9}", r"entries\.en\[1\].*gap must be an integer from 0 to 3"),
        ("pattern: trust}", "pattern: trust, polarity: bad}", r"entries\.en\[0\].*polarity"),
        ("pattern: trust}", "pattern: '  '}", r"entries\.en\[0\].*pattern is empty"),
        ("pattern: trust}", "pattern: 'trust, faith'}", r"entries\.en\[0\].*clause punctuation"),
        ("      en:\n        - {id: t.trust", "      fr:\n        - {id: t.trust", r"entries\.fr: no lemmatizer"),
        ("description: {en: \"Trust between actors.\"}", "description: {ru: \"Доверие.\"}", r"lacks a 'en' text"),
        ("before: [not]", "before: [not, no]", r"negation\.en\.before: expected a list of strings \(quote YAML"),
        ("  trust:\n", "  Trust-Frame:\n", r"frames\.Trust-Frame: frame keys are snake_case"),
        ('version: "test-1"', "", r"version: missing"),
        ("- {id: t.trust, pattern: trust}", "- {id: t.trust, pattern: trust}\n        - {id: t.trust2, pattern: trusts}",
         r"id 't\.trust2'.*repeats entry 't\.trust'"),
    ],
)
def test_codebook_errors_point_at_the_bad_entry(tmp_path, old, new, message):
    assert old in MINIMAL
    with pytest.raises(CodebookError, match=message):
        load_codebook(write(tmp_path, MINIMAL.replace(old, new)))


def test_unreadable_or_invalid_codebooks_fail_clearly(tmp_path):
    with pytest.raises(CodebookError, match="cannot read codebook"):
        load_codebook(tmp_path / "missing.yaml")
    with pytest.raises(CodebookError, match="not valid YAML"):
        load_codebook(write(tmp_path, "frames: [unclosed"))


# --- KWIC ----------------------------------------------------------------------------------


def test_kwic_shows_exact_context_around_each_hit():
    text = "In our view, international cooperation is essential\nfor peace."
    table = sentences((text, "en"))
    hits = detect_frames(table)
    row = kwic(hits, table, width=15).iloc[0]
    start = text.index("cooperation")
    assert row["match"] == "cooperation" and row["frame"] == "cooperation"
    assert row["left"] == text[start - 15 : start] == "w, international "[-15:]
    assert row["right"] == " is essential f"  # the newline collapsed to a space
    assert row["entry"] == "en.cooperation" and row["sentence_id"] == "st0:00000" and row["statement_id"] == "st0"


def test_kwic_context_stops_at_the_sentence_edges():
    table = sentences(("Trust.", "en"))
    row = kwic(detect_frames(table), table, width=60).iloc[0]
    assert (row["left"], row["match"], row["right"]) == ("", "Trust", ".")


def test_kwic_refuses_hits_from_other_sentences():
    table = sentences(("Trust matters.", "en"))
    hits = detect_frames(table).assign(sentence_id="elsewhere")
    with pytest.raises(SchemaError, match="not in the sentences table"):
        kwic(hits, table)


# --- property: any text, offsets always exact ------------------------------------------------

_WORDS = ["trust", "Security", "Council", "не", "доверие", "сотрудничества", "UN", "ООН", "n't", "do", "—", ",", "(",
          "развивающимся", "странам", "cyber-security", "women's", "ё", "  ", "\n", "mutual", "double", "standards"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from(["en", "ru"]))
def test_offsets_are_exact_for_any_text(words, language):
    text = " ".join(words)
    hits = hits_of(text, language)
    for hit in hits.itertuples():
        assert text[hit.start : hit.end] == hit.matched and hit.matched.strip() == hit.matched != ""
    for frame, group in hits.groupby("frame"):
        spans = sorted(zip(group["start"], group["end"]))
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])), "overlap within a frame"
