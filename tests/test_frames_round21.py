"""Codebook 2026.20 (round 21): statement-level conditions (``requires_in_statement``) and the short names of
multilateral bodies they make possible («Совет», «Организация», «Конференция», «Агентство», «Договор»; "the Court",
"the Agency", "the Tribunal").

A short name counts only where the statement (a speech, a document) names the body in full somewhere, in any
sentence: the matcher settles such matches once it has read the whole statement. Every sentence here was written
for this test in the register of official statements (none is taken from a gold file or a corpus). Each family has
a statement that names the body and uses its short name (a hit), the short-name sentence alone (no hit) and a
sentence with the same word in another sense beside the full name (no hit); ``test_round21_is_new`` runs the
short-name sentences through codebook 2026.19 from git, which must not give them the frame.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.engines import LocalEngine
from analysis.errors import CodebookError
from analysis.frames import detect_frames
from analysis.frames.codebook import parse_codebook
from analysis.frames.evaluation import evaluate_frames
from analysis.validation import gold_sentences, read_gold
from frame_check import codebook_at

BEFORE = "9a9aed3"  # main with codebook 2026.19 and team_ru4


def statement(*texts: str, language: str = "ru", statement_id: str | None = "doc") -> pd.DataFrame:
    """One statement's sentences (``statement_id=None``: a table without the column)."""
    table = pd.DataFrame({"statement_id": statement_id or "x", "sentence_id": [f"{statement_id or 'x'}:{i:05d}"
                                                                              for i in range(len(texts))],
                          "text": list(texts), "language": language})
    return table.drop(columns=["statement_id"]) if statement_id is None else table


def frames_by_sentence(table: pd.DataFrame, codebook=None) -> list[set[str]]:
    hits = detect_frames(table, codebook)
    return [set(hits.loc[hits["sentence_id"] == s, "frame"]) for s in table["sentence_id"]]


# --- the mechanism, on a small codebook ---------------------------------------------------------------------------

SMALL = {
    "version": "t-21",
    "frames": {
        "multilateralism": {
            "description": {"en": "Multilateral bodies."},
            "entries": {"en": [
                {"id": "t.court", "pattern": "=Court", "exclude": ["supreme =Court"],
                 "requires_in_statement": ["international criminal court", "=ICC"]},
            ]},
        },
    },
}


def small() -> object:
    return parse_codebook(json.loads(json.dumps(SMALL)), source="small")


def test_condition_met_anywhere_in_the_statement():
    # the full name in an earlier sentence, in a later one, or in the same sentence confirms the short name
    before = statement("We support the International Criminal Court.", "States must cooperate with the Court.",
                       language="en")
    after = statement("States must cooperate with the Court.", "We support the ICC.", language="en")
    assert frames_by_sentence(before, small())[1] == {"multilateralism"}
    assert frames_by_sentence(after, small())[0] == {"multilateralism"}


def test_condition_not_met_without_the_full_name():
    alone = statement("States must cooperate with the Court.", "We support the rule of law.", language="en")
    other = statement("We support the International Criminal Court.", "The Supreme Court ruled today.", language="en")
    assert frames_by_sentence(alone, small()) == [set(), set()]
    assert frames_by_sentence(other, small())[1] == set()  # the exclude still vetoes


def test_condition_does_not_cross_statements():
    table = pd.concat([statement("We support the International Criminal Court.", language="en", statement_id="a"),
                       statement("States must cooperate with the Court.", language="en", statement_id="b")])
    hits = detect_frames(table, small())
    assert hits["statement_id"].tolist() == ["a"] and hits["entry"].tolist() == ["t.court"]


def test_without_a_statement_id_each_sentence_is_its_own_statement():
    table = statement("We support the International Criminal Court.", "States must cooperate with the Court.",
                      language="en", statement_id=None)
    assert frames_by_sentence(table, small()) == [{"multilateralism"}, set()]
    nulls = statement("We support the ICC.", "States must cooperate with the Court.", language="en")
    nulls["statement_id"] = [None, None]
    assert frames_by_sentence(nulls, small())[1] == set()
    same_sentence = statement("The Court, the International Criminal Court, sits in The Hague.", language="en",
                              statement_id=None)
    assert {"multilateralism"} == frames_by_sentence(same_sentence, small())[0]


def test_a_full_name_inside_a_news_dateline_meets_no_condition():
    book = parse_codebook({**json.loads(json.dumps(SMALL)), "frames": {"multilateralism": {
        "description": {"ru": "Многосторонние институты."},
        "entries": {"ru": [{"id": "t.sovet", "pattern": "=Совет", "requires_in_statement": ["=ООН"]}]}}}})
    table = statement("ООН, 23 сен – РИА Новости. Совет соберётся завтра.")
    assert frames_by_sentence(table, book) == [set()]
    assert frames_by_sentence(statement("ООН, 23 сен – РИА Новости.", "Совет соберётся завтра.", "Так решили в ООН."),
                              book)[1] == {"multilateralism"}


def test_an_unconfirmed_match_hides_no_other_match():
    # the overlap rule runs after the statement is settled: a longer short-name match that fails its condition
    # does not suppress a shorter one of the same frame that needs nothing
    book = parse_codebook({**json.loads(json.dumps(SMALL)), "frames": {"multilateralism": {
        "description": {"en": "x"},
        "entries": {"en": [{"id": "t.long", "pattern": "the =Court of =Arbitration",
                            "requires_in_statement": ["permanent court of arbitration"]},
                           {"id": "t.arbitration", "pattern": "arbitration"}]}}}})
    hits = detect_frames(statement("We went to the Court of Arbitration.", language="en"), book)
    assert hits["entry"].tolist() == ["t.arbitration"]


SPEECHES = [
    ("a", "en", ["The International Criminal Court is indispensable.", "We urge all States to support the Court.",
                 "Our region needs peace."]),
    ("b", "en", ["States must cooperate with the Court.", "The rule of law matters."]),
    ("c", "ru", ["Совет Безопасности ООН провёл заседание.", "Призываем Совет проявить единство."]),
    ("d", "ru", ["Призываем Совет проявить единство.", "Заседание прошло в Москве."]),
    ("e", "en", ["The Court delivered its opinion.", "Serbia respects the ICC and the Court."]),
]


def speeches() -> pd.DataFrame:
    rows = [(sid, f"{sid}:{i:05d}", text, lang) for sid, lang, texts in SPEECHES for i, text in enumerate(texts)]
    return pd.DataFrame(rows, columns=["statement_id", "sentence_id", "text", "language"])


def _key(hits: pd.DataFrame) -> list[tuple]:
    return sorted(map(tuple, hits[["sentence_id", "entry", "start", "end"]].astype(str).to_numpy().tolist()))


def test_the_result_does_not_depend_on_how_sentences_are_partitioned(tmp_path):
    from analysis.cache import ContentCache
    from analysis.pipeline.partitioned_cache import cached_map
    from analysis.pipeline.text_steps import frames_partition

    table = speeches()
    whole = detect_frames(table)
    assert {"a:00001", "c:00001", "e:00000"} <= set(whole.loc[whole["frame"] == "multilateralism", "sentence_id"])
    assert not {"b:00000", "d:00000"} & set(whole.loc[whole["frame"] == "multilateralism", "sentence_id"])
    # the sentences in another order (a statement's sentences not next to each other) give the same hits
    shuffled = table.sample(frac=1, random_state=3)
    assert _key(detect_frames(shuffled)) == _key(whole)
    # one call per statement gives the same hits as one call for all of them
    assert _key(pd.concat([detect_frames(g) for _, g in table.groupby("statement_id")])) == _key(whole)
    # the pipeline's partitions (whole statements, however small or large) give the same hits
    for chars in (1, 60, 10**9):
        mapped, _ = cached_map(frames_partition, table, cache=ContentCache(tmp_path / f"c{chars}"), identity="t",
                               engine=LocalEngine(), id_column="sentence_id", kwargs={"codebook": None},
                               partition_chars=chars)
        assert _key(mapped) == _key(whole), chars


def test_the_gold_document_is_the_statement_in_evaluation(tmp_path):
    records = [
        {"id": "g1", "document_id": "d1", "text": "We support the International Criminal Court.", "language": "en",
         "frames": ["multilateralism"]},
        {"id": "g2", "document_id": "d1", "text": "States must cooperate with the Court.", "language": "en",
         "frames": ["multilateralism"]},
        {"id": "g3", "document_id": "d2", "text": "States must cooperate with the Court.", "language": "en",
         "frames": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    gold = read_gold(path)
    assert gold_sentences(gold, statements="document")["statement_id"].tolist() == ["d1", "d1", "d2"]
    assert gold_sentences(gold)["statement_id"].tolist() == ["g1", "g2", "g3"]  # the default is unchanged
    result = evaluate_frames(path, sentiment=False)
    label = result["frames"]["codebook"]["per_label"]["multilateralism"]
    assert (label["true_positives"], label["predicted"], label["support"]) == (2, 2, 2)


@pytest.mark.parametrize(
    "value, message",
    [("=ICC", "requires_in_statement must be a list of patterns"),
     ([], "requires_in_statement is empty"),
     (["go*od faith"], "bad requires_in_statement pattern 'go\\*od faith'")],
)
def test_codebook_checks_requires_in_statement(value, message):
    data = json.loads(json.dumps(SMALL))
    data["frames"]["multilateralism"]["entries"]["en"][0]["requires_in_statement"] = value
    with pytest.raises(CodebookError, match=message):
        parse_codebook(data)


def test_a_pattern_may_have_a_sentence_route_and_a_statement_route_but_not_two_of_one():
    data = json.loads(json.dumps(SMALL))
    entries = data["frames"]["multilateralism"]["entries"]["en"]
    entries.append({"id": "t.court_sentence", "pattern": "=Court", "requires": ["judges"]})
    assert len(parse_codebook(data).entries) == 2
    entries.append({"id": "t.court_again", "pattern": "=Court", "requires_in_statement": ["international criminal court", "=ICC"]})
    with pytest.raises(CodebookError, match="repeats entry 't.court'"):
        parse_codebook(data)


# --- the families of codebook 2026.20 -----------------------------------------------------------------------------

# (family, language, the full name, a short-name sentence that codes with it, another sense beside the full name)
FAMILIES = [
    ("council_short_name", "ru", "Совет Безопасности ООН провёл заседание по Сирии.",
     "Призываем Совет проявить единство и ответственность.", "Совет Федерации одобрил закон о бюджете."),
    ("council_short_name_national", "ru", "Генеральная Ассамблея ООН приняла резолюцию.",
     "Решения Совета должны выполняться всеми.", "Сегодня прошло заседание Совета законодателей."),
    ("organisation_short_name", "ru", "Шанхайская организация сотрудничества отмечает годовщину.",
     "Организация уверенно развивается и укрепляет свои позиции.", "Организация мероприятий поручена министерству."),
    ("conference_short_name", "ru", "Российская делегация выступила на пленарном заседании Конференции по разоружению.",
     "Призываем Конференцию наконец согласовать программу работы.", "Мюнхенская Конференция собрала экспертов."),
    ("agency_short_name", "ru", "Доклад МАГАТЭ опубликован на прошлой неделе.",
     "Поддерживаем программу технического сотрудничества Агентства.", "Информационное Агентство распространило заявление."),
    ("npt_short_name", "ru", "Россия привержена Договору о нераспространении ядерного оружия.",
     "Мы неукоснительно выполняем положения статьи VI Договора.", "Компании подписали Договор о поставке газа."),
    ("court_short_name", "en", "We support the International Criminal Court.",
     "All States should cooperate fully with the Court.", "The Supreme Court of our country ruled on the case."),
    ("agency_short_name_en", "en", "We value the work of the International Atomic Energy Agency.",
     "Mongolia is expanding its programme with the Agency.", "Our national space Agency launched a satellite."),
    ("tribunal_short_name", "en", "The International Criminal Tribunal for the former Yugoslavia must finish its work.",
     "The Tribunal should be given the time it needs.", "Our International Crimes Tribunal tried those responsible."),
]
IDS = [f[0] for f in FAMILIES]


@pytest.mark.parametrize(("family", "language", "full", "short", "other"), FAMILIES, ids=IDS)
def test_round21_family(family, language, full, short, other):
    # the short name codes where the statement names the body ...
    assert "multilateralism" in frames_by_sentence(statement(full, short, language=language))[1]
    # ... and not alone, nor in another sense beside the full name
    assert "multilateralism" not in frames_by_sentence(statement(short, language=language))[0]
    assert "multilateralism" not in frames_by_sentence(statement(full, other, language=language))[1]


def test_round21_is_new():
    # Codebook 2026.19 gives no short-name sentence the frame, even beside the full name; 2026.20 gives them all.
    old = codebook_at(BEFORE, "2026.19")
    found = {book: [family for family, language, full, short, _ in FAMILIES
                    if "multilateralism" in frames_by_sentence(statement(full, short, language=language), codebook)[1]]
             for book, codebook in (("old", old), ("new", None))}
    assert found == {"old": [], "new": IDS}
