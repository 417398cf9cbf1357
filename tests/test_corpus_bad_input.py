"""Hostile input to the loaders, class by class (issue 15): nothing merged, dropped or invented.

Each test feeds several concrete inputs of one class and checks the exact rows that load,
the rejections with their line numbers, and the notes. ``balanced`` checks the report's
books (accepted + rejected == seen) and that the statements can be written to Parquet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.corpus import detect_format, load_corpus
from analysis.corpus.dates import DateProblem, parse_date
from analysis.corpus.decode import clean_text
from analysis.corpus.tabular import line_limit
from analysis.errors import CorpusError

REPO = Path(__file__).resolve().parent.parent
SPEECH = "Statement {} on multilateral cooperation and the trust between nations."


def balanced(corpus, tmp_path: Path) -> pd.DataFrame:
    report = corpus.report
    assert report.accepted + len(report.rejected) == report.seen
    assert report.accepted == len(corpus.statements)
    json.dumps(report.to_dict())
    corpus.statements.to_parquet(tmp_path / "statements.parquet")  # class 6: Arrow takes every column
    return corpus.statements


def rejected(corpus) -> list[tuple[int | None, str]]:
    return [(r.line, r.reason) for r in corpus.report.rejected]


def notes(corpus, code: str) -> list[str]:
    return [n.detail for n in corpus.report.notes if n.code == code]


# ------------------------------------------------------------------ 1. CSV quoting damage
@pytest.mark.parametrize("content, texts, damaged", [
    # an unterminated quote mid-file; the next quote closes it in the wrong place
    ('text,speaker\n"First, fine",A\n"Second is broken,B\n"Third, fine",C\nFourth,D\n',
     {"First, fine": "A", "Third, fine": "C", "Fourth": "D"}, [3]),
    # an unterminated quote that would swallow the rest of the file
    ('text,speaker\nFirst,A\n"Second broken,B\nThird,C\nFourth,D\n',
     {"First": "A", "Third": "C", "Fourth": "D"}, [3]),
    # a stray quote that opens a field and closes right before a delimiter lines later: the
    # rows inside are lost with it (which were rows cannot be told), never merged
    ('id,text,speaker\n1,"Hello,A\n2,Middle,C\n3,Bye",B\n4,ok,D\n', {"ok": "D"}, [2]),
    ('text,speaker\nZero,Z\n"One,A\nTwo,B\nThree,C\nFour",D\nFive,E\n', {"Zero": "Z", "Five": "E"}, [3]),
    # a quoted field followed by more text ("Yes" he said)
    ('text,speaker\n"Yes" he said,A\nNo,B\n', {"No": "B"}, [2]),
    # two damaged rows in one file, CRLF line ends
    ('text,speaker\r\n"One,A\r\nTwo,B\r\n"Three,C\r\nFour,D\r\n', {"Two": "B", "Four": "D"}, [2, 4]),
])
def test_quoting_damage_rejects_the_row_and_keeps_every_other_row_whole(tmp_path, content, texts, damaged):
    path = tmp_path / "t.csv"
    path.write_bytes(content.encode("utf-8"))
    corpus = load_corpus(path)
    s = balanced(corpus, tmp_path)
    assert dict(zip(s["text"], s["speaker"])) == texts
    assert rejected(corpus) == [(line, "malformed_quoting") for line in damaged]


def test_sound_multi_line_fields_and_quotes_inside_fields_are_not_damage(tmp_path):
    rows = [{"text": "First paragraph, with a comma.\nSecond paragraph, with two, too.\nThird, too.", "speaker": "A"},
            {"text": 'He said "no", twice', "speaker": "B"},
            {"text": "Plain", "speaker": "C"},
            {"text": "One.\n\nTwo, after a blank line.\nThree, four, five.", "speaker": "D"},
            {"text": "Short", "speaker": "E"}]
    path = tmp_path / "ok.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    corpus = load_corpus(path)
    assert balanced(corpus, tmp_path)[["text", "speaker"]].to_dict("records") == rows
    assert corpus.report.rejected == []
    unquoted = tmp_path / "unquoted.csv"  # a quote inside an unquoted field is a character
    unquoted.write_text('text,speaker\nHe said "yes" today,A\nthe 12" record,B\n', encoding="utf-8")
    assert load_corpus(unquoted).statements["text"].tolist() == ['He said "yes" today', 'the 12" record']


# ------------------------------------------------------------------ 2. folders
def _speech(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_ungdc_files_at_any_depth_are_seen_and_judged_by_name_and_folder(tmp_path):
    root = tmp_path / "ungdc"
    _speech(root, "TXT/Session 70 - 2015/FRA_70_2015.txt", SPEECH.format("France"))
    _speech(root, "TXT/Session 70 - 2015/extra/USA_70_2015.txt", SPEECH.format("USA"))  # one level deeper
    _speech(root, "TXT/copy/Session 71 - 2016/DEU_71_2016.txt", SPEECH.format("Germany"))  # session one deeper
    _speech(root, "TXT/Session 71 - 2016/GBR_70_2015.txt", SPEECH.format("UK"))  # another session's folder
    _speech(root, "TXT/misc/ITA_70_2015.txt", SPEECH.format("Italy"))  # no session folder
    _speech(root, "TXT/Session 70 - 2015/deep/er/notes.txt", "notes")  # not a speech name
    corpus = load_corpus(root)
    s = balanced(corpus, tmp_path)
    assert sorted(s["statement_id"]) == ["DEU_71_2016", "FRA_70_2015", "USA_70_2015"]
    why = {Path(r.source).name: (r.reason, r.detail) for r in corpus.report.rejected}
    assert set(why) == {"GBR_70_2015.txt", "ITA_70_2015.txt", "notes.txt"}
    assert all(reason == "not_a_speech_file" for reason, _ in why.values())
    assert "Session 71 - 2016" in why["GBR_70_2015.txt"][1]
    assert "not inside" in why["ITA_70_2015.txt"][1]


def test_ungdc_with_only_nested_session_folders_is_still_ungdc(tmp_path):
    root = tmp_path / "copy"
    _speech(root, "TXT/1989-2023/Session 44 - 1989/USA_44_1989.txt", SPEECH.format("USA"))
    assert detect_format(root) == "ungdc"
    assert load_corpus(root).statements["country"].tolist() == ["USA"]


def test_unreadable_files_and_folders_are_rejections_not_tracebacks(tmp_path, monkeypatch):
    root = tmp_path / "texts"
    _speech(root, "a.txt", SPEECH.format("a"))
    _speech(root, "locked/b.txt", SPEECH.format("b"))
    (root / "gone.txt").symlink_to(root / "missing.txt")  # a dangling link: unreadable even for root
    (root / "out").symlink_to(tmp_path, target_is_directory=True)  # a folder link leaving the corpus
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    corpus = load_corpus(root)
    s = balanced(corpus, tmp_path)
    assert s["doc_id"].tolist() == ["a"]
    why = {Path(r.source).name: r.reason for r in corpus.report.rejected}
    assert why == {"locked": "unreadable", "gone.txt": "unreadable", "out": "path_escape"}


def test_unreadable_file_in_ungdc_and_table(tmp_path, monkeypatch):
    root = tmp_path / "ungdc"
    _speech(root, "TXT/Session 70 - 2015/FRA_70_2015.txt", SPEECH.format("France"))
    (root / "TXT/Session 70 - 2015/USA_70_2015.txt").symlink_to(tmp_path / "nowhere.txt")
    corpus = load_corpus(root)
    assert balanced(corpus, tmp_path)["statement_id"].tolist() == ["FRA_70_2015"]
    assert rejected(corpus) == [(None, "unreadable")]
    table = tmp_path / "t.jsonl"
    table.symlink_to(tmp_path / "nothing.jsonl")
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(table)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_files_without_read_permission(tmp_path):
    root = tmp_path / "texts"
    _speech(root, "a.txt", SPEECH.format("a"))
    _speech(root, "b.txt", SPEECH.format("b")).chmod(0)
    (root / "sub").mkdir()
    (root / "sub").chmod(0)
    try:
        corpus = load_corpus(root)
    finally:
        (root / "sub").chmod(0o755)
    assert balanced(corpus, tmp_path)["doc_id"].tolist() == ["a"]
    assert sorted(r.reason for r in corpus.report.rejected) == ["unreadable", "unreadable"]


# ------------------------------------------------------------------ 3. invalid metadata values
def test_impossible_dates_and_wrong_kinds_in_front_matter_are_noted_per_file(tmp_path):
    root = tmp_path / "texts"
    _speech(root, "a.txt", f"---\nspeaker: A. Ivanov\ndate: 2024-02-30\n---\n{SPEECH.format('a')}")
    _speech(root, "b.txt", f"---\nspeaker: [A, B]\ncountry: NO\ntitle: {{k: v}}\ndate: 2024-05-01\n---\n"
                           f"{SPEECH.format('b')}")
    _speech(root, "c.txt", f"---\ndoc_id: {{k: v}}\n---\n{SPEECH.format('c')}")
    _speech(root, "d.txt", f"---\nstatement_id: [1, 2]\n---\n{SPEECH.format('d')}")
    corpus = load_corpus(root)
    s = balanced(corpus, tmp_path).set_index("doc_id")
    assert list(s.index) == ["a", "b"]
    assert s.loc["a", "speaker"] == "A. Ivanov" and pd.isna(s.loc["a", "date"])
    assert pd.isna(s.loc["b", "speaker"]) and pd.isna(s.loc["b", "title"])
    assert s.loc["b", "country"] == "NO"  # not False: only true/false are booleans
    assert s.loc["b", "date"] == pd.Timestamp("2024-05-01")
    assert [(Path(r.source).name, r.reason) for r in corpus.report.rejected] == [
        ("c.txt", "invalid_value"), ("d.txt", "invalid_value")]
    assert corpus.report.notes_by_code() == {"date_unparsed": 1, "value_invalid": 2}
    assert all("{" not in t and "[" not in t for t in s["speaker"].dropna())


def test_impossible_date_in_the_manifest_does_not_lose_the_manifest(tmp_path):
    root = tmp_path / "texts"
    _speech(root, "a.txt", SPEECH.format("a"))
    _speech(root, "b.txt", SPEECH.format("b"))
    (root / "corpus.yaml").write_text("defaults: {organization: MFA}\nfiles:\n"
                                      "  - {path: a.txt, date: 2024-02-30, speaker: A}\n"
                                      "  - {path: b.txt, date: 2024-02-28, speaker: {name: B}}\n", encoding="utf-8")
    corpus = load_corpus(root)
    s = balanced(corpus, tmp_path).set_index("doc_id")
    assert s["organization"].tolist() == ["MFA", "MFA"] and s.loc["a", "speaker"] == "A"
    assert pd.isna(s.loc["a", "date"]) and s.loc["b", "date"] == pd.Timestamp("2024-02-28")
    assert pd.isna(s.loc["b", "speaker"])
    assert corpus.report.notes_by_code() == {"date_unparsed": 1, "value_invalid": 1}


@pytest.mark.parametrize("value, kind", [(5, "int"), (2.5, "float"), (True, "bool"), ({"k": "v"}, "mapping"),
                                         (["a", "b"], "list")])
def test_non_string_text_in_jsonl_is_rejected_with_its_line(tmp_path, value, kind):
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join([json.dumps({"text": "Good one."}), json.dumps({"text": value}),
                               json.dumps({"text": "Good two.", "speaker": value})]), encoding="utf-8")
    corpus = load_corpus(path)
    s = balanced(corpus, tmp_path)
    assert s["text"].tolist() == ["Good one.", "Good two."]
    assert rejected(corpus) == [(2, "invalid_value")] and f"type {kind}" in corpus.report.rejected[0].detail
    if kind in ("int", "float"):  # a number is written out
        assert s["speaker"].iloc[1] == str(value) and not notes(corpus, "value_invalid")
    else:  # never str(value)
        assert pd.isna(s["speaker"].iloc[1]) and len(notes(corpus, "value_invalid")) == 1


def test_bytes_and_nested_values_in_parquet(tmp_path):
    path = tmp_path / "t.parquet"
    table = pa.table({"text": pa.array([b"bytes text", b"more bytes"], pa.binary()),
                      "speaker": ["A", "B"]})
    pq.write_table(table, path)
    corpus = load_corpus(path)
    assert balanced(corpus, tmp_path).empty and rejected(corpus) == [(1, "invalid_value"), (2, "invalid_value")]
    assert "bytes" in corpus.report.rejected[0].detail
    nested = tmp_path / "n.parquet"
    pq.write_table(pa.table({"text": ["One.", "Two."], "speaker": [["A", "B"], ["C"]],
                             "meta": [{"k": 1}, {"k": 2}]}), nested)
    corpus = load_corpus(nested)
    s = balanced(corpus, tmp_path)
    assert s["speaker"].isna().all() and s["meta"].tolist() == ['{"k": 1}', '{"k": 2}']


# ------------------------------------------------------------------ 4. ambiguous dates
@pytest.mark.parametrize("value, context, expected", [
    ("12.05.2021", {}, "2021-05-12"),  # dots: day first, always
    ("12.05.2021", {"country": "USA"}, "2021-05-12"),
    ("03/04/2020", {"country": "USA"}, "2020-03-04"),
    ("03/04/2020", {"country": "GBR"}, "2020-04-03"),
    ("03/04/2020", {"language": "ru"}, "2020-04-03"),
    ("13/04/2020", {}, "2020-04-13"),
    ("04/13/2020", {}, "2020-04-13"),
    ("05/05/2020", {}, "2020-05-05"),
    ("2020/04/03", {}, "2020-04-03"),
    ("03-04-2020 10:30", {"country": "RUS"}, "2020-04-03 10:30"),
    ("3 May 2021", {}, "2021-05-03"),
    ("May 3, 2021", {"country": "GBR"}, "2021-05-03"),
    ("2021-06-01T10:00:00+02:00", {}, "2021-06-01 10:00"),
])
def test_dates_are_never_read_month_first_silently(value, context, expected):
    assert parse_date(value, **context) == pd.Timestamp(expected)


@pytest.mark.parametrize("value, context, code", [
    ("03/04/2020", {}, "date_ambiguous"),
    ("03/04/2020", {"language": "en"}, "date_ambiguous"),
    ("03/04/2020 10:00", {}, "date_ambiguous"),
    ("2024-02-30", {}, "date_unparsed"),
    ("31.04.2021", {}, "date_unparsed"),
    ("12.05.21", {}, "date_unparsed"),
    ("2021", {}, "date_unparsed"),  # a year alone is not a date (no 1 January invented)
    ("May 2021", {}, "date_unparsed"),
    (20210503, {}, "date_unparsed"),
    (["2021-01-01"], {}, "date_unparsed"),
])
def test_dates_that_name_no_single_day_stay_empty(value, context, code):
    with pytest.raises(DateProblem) as problem:
        parse_date(value, **context)
    assert problem.value.code == code


def test_ambiguous_dates_in_a_table_use_the_rows_country_and_language(tmp_path):
    path = tmp_path / "d.csv"
    pd.DataFrame({"text": [SPEECH.format(i) for i in range(4)],
                  "date": ["12.05.2021", "03/04/2020", "03/04/2020", "03/04/2020"],
                  "country": [None, "USA", None, "FRA"], "language": ["ru", "en", "en", None]}).to_csv(path, index=False)
    corpus = load_corpus(path)
    s = balanced(corpus, tmp_path)
    assert s["date"].tolist()[:2] == [pd.Timestamp("2021-05-12"), pd.Timestamp("2020-03-04")]
    assert pd.isna(s["date"].iloc[2]) and s["date"].iloc[3] == pd.Timestamp("2020-04-03")
    assert [n.source for n in corpus.report.notes if n.code == "date_ambiguous"] == [f"{path}:4"]


# ------------------------------------------------------------------ 5. stray bytes
def test_a_nul_or_control_byte_rejects_its_line_not_the_file(tmp_path):
    good = [json.dumps({"text": SPEECH.format(i)}).encode() for i in range(4)]
    path = tmp_path / "t.jsonl"
    path.write_bytes(b"\n".join([good[0], b'{"text": "bad\x00line"}', good[1], b'{"text": "bell\x07"}', good[2],
                                 good[3]]) + b"\n")
    corpus = load_corpus(path)
    assert len(balanced(corpus, tmp_path)) == 4
    assert rejected(corpus) == [(2, "control_bytes"), (4, "control_bytes")]
    csv_path = tmp_path / "t.csv"
    csv_path.write_bytes(b"text,speaker\nOne,A\nTw\x00o,B\nThree,C\x01\nFour,D\nF\x1bive,E\n")
    corpus = load_corpus(csv_path)
    assert balanced(corpus, tmp_path)["text"].tolist() == ["One", "Four", "F\x1bive"]  # ESC is not stray
    assert rejected(corpus) == [(3, "control_bytes"), (4, "control_bytes")]


def test_binary_files_and_undecodable_lines(tmp_path):
    binary = tmp_path / "b.csv"
    binary.write_bytes(bytes(range(256)) * 40)
    corpus = load_corpus(binary)
    assert rejected(corpus) == [(None, "binary")] and corpus.report.seen == 1
    mixed = tmp_path / "m.csv"
    mixed.write_bytes("text\nПривет мир и сотрудничество\n".encode("utf-8")
                      + "Министр заявил о доверии\n".encode("cp1251") + b"caf\xe9 \xe9t\xe9 \xe0 Paris\n")
    corpus = load_corpus(mixed)
    assert balanced(corpus, tmp_path)["text"].tolist() == ["Привет мир и сотрудничество", "Министр заявил о доверии"]
    assert rejected(corpus) == [(4, "undecodable")] and len(notes(corpus, "decoded_cp1251")) == 1
    utf16 = tmp_path / "u.csv"
    utf16.write_bytes("text,speaker\nОдин,A\nTw\x00o,B\n".encode("utf-16"))
    corpus = load_corpus(utf16)
    assert balanced(corpus, tmp_path)["text"].tolist() == ["Один"] and rejected(corpus) == [(3, "control_bytes")]


# ------------------------------------------------------------------ 6. mixed-type extra columns
def test_mixed_extra_columns_become_strings_with_a_note_and_write_to_parquet(tmp_path):
    path = tmp_path / "t.jsonl"
    rows = [{"text": "One.", "priority": 1, "flag": True, "tags": ["a"], "score": 1, "when": "x", "big": 2**64},
            {"text": "Two.", "priority": "high", "flag": False, "tags": {"k": "v"}, "score": 2.5, "when": 3, "big": 7},
            {"text": "Three.", "priority": None, "flag": None, "tags": None, "score": None, "when": False}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    corpus = load_corpus(path)
    s = balanced(corpus, tmp_path)
    assert s["priority"].tolist()[:2] == ["1", "high"] and pd.isna(s["priority"].iloc[2])
    assert s["tags"].tolist()[:2] == ['["a"]', '{"k": "v"}'] and pd.isna(s["tags"].iloc[2])
    assert s["when"].tolist() == ["x", "3", "false"]
    assert s["flag"].tolist()[:2] == [True, False] and s["score"].tolist()[:2] == [1, 2.5]  # one kind: kept
    assert s["big"].tolist()[:2] == ["18446744073709551616", "7"]  # beyond Parquet's 64-bit integers
    assert sorted(n.source for n in corpus.report.notes if n.code == "column_as_strings") == [
        "column big", "column priority", "column tags", "column when"]
    back = pd.read_parquet(tmp_path / "statements.parquet")
    assert back["priority"].tolist()[:2] == ["1", "high"] and back["big"].tolist()[:2] == ["18446744073709551616", "7"]


def test_mixed_columns_from_csv_and_several_files(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.csv"
    a.write_text(json.dumps({"text": "From JSONL.", "level": 3}), encoding="utf-8")
    b.write_text("text,level\nFrom CSV.,high\n", encoding="utf-8")
    corpus = load_corpus([a, b])
    assert balanced(corpus, tmp_path)["level"].tolist() == ["3", "high"]


# ------------------------------------------------------------------ 7. markup hidden in entities
@pytest.mark.parametrize("raw, clean", [
    ("&lt;script&gt;alert(1)&lt;/script&gt; Peace.", "Peace."),
    ("Text &lt;img src=x onerror=alert(1)&gt; more", "Text  more"),
    ("<scr<b>ipt>alert(1)</script> ok", "alert(1) ok"),
    ("&lt;<b>script&gt;x", "x"),
    ("&amp;lt;script&amp;gt; stays text", "&lt;script&gt; stays text"),
    ("<svg onload=alert(1)>Hi", "Hi"),
    ("a &lt; b &gt; c", "a < b > c"),
    ("Relations with <Ukraine>", "Relations with <Ukraine>"),
])
def test_cleaning_html_never_creates_markup(raw, clean):
    text, _ = clean_text(raw)
    assert text == clean
    assert "<script" not in text.lower() and "<img" not in text.lower() and "<svg" not in text.lower()


def test_entity_markup_in_a_table_is_stored_without_tags(tmp_path):
    path = tmp_path / "t.csv"
    pd.DataFrame({"text": ["&lt;script&gt;steal()&lt;/script&gt;Мы готовы к диалогу.", "&lt;b&gt;Bold&lt;/b&gt;"]}
                 ).to_csv(path, index=False)
    corpus = load_corpus(path)
    assert balanced(corpus, tmp_path)["text"].tolist() == ["Мы готовы к диалогу.", "Bold"]


# ------------------------------------------------------------------ 8. name shadowing
def test_a_local_sotu_folder_wins_over_the_bundled_corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _speech(tmp_path, "sotu/speech.txt", SPEECH.format("local"))
    assert detect_format("sotu") == "textdir"
    corpus = load_corpus("sotu")
    assert corpus.statements["text"].tolist() == [SPEECH.format("local")]
    assert detect_format("bundled:sotu") == "sotu"
    (tmp_path / "sotu").rename(tmp_path / "other")
    (tmp_path / "sotu").write_text("text\nA local table named sotu.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no loader reads files without a suffix"):
        load_corpus("sotu")  # a file named sotu is still the user's file, not the bundled corpus
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(Path("elsewhere") / "sotu")


def test_bundled_spelling_loads_the_bundled_corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sotu").mkdir()
    corpus = load_corpus("bundled:sotu")
    assert len(corpus.statements) > 200 and set(corpus.statements["country"]) == {"USA"}


# ------------------------------------------------------------------ 9. large tables
def test_an_overlong_line_is_skipped_unread_and_the_rest_loads(tmp_path):
    limit = line_limit(100)
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Before."}) + "\n")
        fh.write('{"text": "' + "x" * (limit + 10) + '"}\n')
        fh.write(json.dumps({"text": "After."}) + "\n")
        fh.write('{"text": "' + "y" * (limit + 10))  # no line end at all
    corpus = load_corpus(path, max_statement_chars=100)
    assert balanced(corpus, tmp_path)["text"].tolist() == ["Before.", "After."]
    assert rejected(corpus) == [(2, "too_large"), (4, "too_large")]
    csv_path = tmp_path / "big.csv"
    # a quoted field over many lines that together pass the limit (long lines keep the test quick)
    csv_path.write_text('text,speaker\nBefore,A\n"' + ("z" * 999 + "\n") * (limit // 1000 + 10) + '",B\nAfter,C\n',
                        encoding="utf-8")
    corpus = load_corpus(csv_path, max_statement_chars=100)
    s = balanced(corpus, tmp_path)
    assert s["text"].tolist()[:1] == ["Before"] and s["text"].tolist()[-1] == "After"
    assert corpus.report.rejected[0].reason == "malformed_quoting" and corpus.report.rejected[0].line == 3


def test_parquet_is_read_in_batches_and_a_corrupt_file_is_one_rejection(tmp_path):
    path = tmp_path / "many.parquet"
    pd.DataFrame({"text": [SPEECH.format(i) for i in range(2500)]}).to_parquet(path, row_group_size=700)
    corpus = load_corpus(path)
    assert len(balanced(corpus, tmp_path)) == 2500
    assert corpus.statements["statement_id"].iloc[-1] == "many:02500"
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(path.read_bytes()[:3000])
    corpus = load_corpus(broken)
    assert rejected(corpus) == [(1, "unreadable")] and "Parquet" in corpus.report.rejected[0].detail
    junk = tmp_path / "junk.parquet"
    junk.write_bytes(b"PAR1 not really")
    assert rejected(load_corpus(junk)) == [(1, "unreadable")]


def test_long_csv_fields_beyond_the_csv_modules_default_limit_load(tmp_path):
    path = tmp_path / "long.csv"
    text = "A long speech, sentence after sentence. " * 5000  # 200,000 characters, one quoted field
    pd.DataFrame({"text": [text.strip(), "Short."]}).to_csv(path, index=False)
    corpus = load_corpus(path)
    assert balanced(corpus, tmp_path)["text"].str.len().tolist() == [len(text.strip()), 6]


# ------------------------------------------------------------------ 12. broken pipes
def test_corpus_json_into_a_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(["{bad"] * 3000 + [json.dumps({"text": SPEECH.format(1)})]), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "-m", "analysis", "corpus", str(path), "--json"], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdout.read(100)  # like `head -c 100`: read a little, then hang up
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert stderr == ""


def test_line_numbers_count_every_kind_of_line_end(tmp_path):
    """Old Mac files end lines with a lone CR; the line numbers in rejections still match an editor's."""
    for name, data in [("cr.csv", b"text,speaker\rOne,A\rTw\x00o,B\rThree,C\r"),
                       ("mixed.csv", b"text,speaker\r\nOne,A\rTw\x00o,B\nThree,C\r\n"),
                       ("utf16.csv", "text,speaker\rOne,A\rTw\x00o,B\rThree,C\r".encode("utf-16"))]:
        corpus = load_corpus(tmp_path / name if (tmp_path / name).write_bytes(data) else None)
        assert balanced(corpus, tmp_path)["text"].tolist() == ["One", "Three"], name
        assert rejected(corpus) == [(3, "control_bytes")], name
