"""Loaders for tables and text folders, and every rejection reason at the loading level."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import REASONS, detect_format, load_corpus
from analysis.corpus.cli import register_cli
from analysis.corpus.textdir import resolve_inside
from analysis.errors import CorpusError, PathEscapeError
from analysis.schema import STATEMENT_COLUMNS

RU = "Министр иностранных дел подчеркнул важность многостороннего сотрудничества и доверия между странами."
EN = "The Secretary-General said that multilateral cooperation remains essential for peace."


def reasons(corpus) -> dict[str, int]:
    return corpus.report.by_reason()


def balanced(corpus) -> None:
    report = corpus.report
    assert report.accepted + len(report.rejected) == report.seen
    assert report.accepted == len(corpus.statements)
    assert list(corpus.statements.columns[: len(STATEMENT_COLUMNS)]) == list(STATEMENT_COLUMNS)
    json.dumps(report.to_dict())


def test_jsonl_keeps_good_lines_and_rejects_malformed_with_line_numbers(tmp_path):
    path = tmp_path / "s.jsonl"
    lines = [
        json.dumps({"text": RU, "speaker": "А. Иванов", "date": "2024-05-01", "topic_code": 7}, ensure_ascii=False),
        "{not json",
        "[1, 2]",
        "",
        json.dumps({"text": EN, "statement_id": "un-1", "country": "USA"}),
        json.dumps({"text": "   "}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    corpus = load_corpus(path)
    balanced(corpus)
    assert reasons(corpus) == {"empty": 1, "malformed_line": 2}
    assert sorted(r.line for r in corpus.report.rejected) == [2, 3, 6]
    s = corpus.statements.set_index("statement_id")
    assert list(s.index) == ["s:00001", "un-1"]
    assert s.loc["s:00001", "topic_code"] == 7  # extra column kept
    assert s.loc["s:00001", "year"] == 2024 and s.loc["s:00001", "language"] == "ru"
    assert pd.isna(s.loc["un-1", "speaker"]) and pd.isna(s.loc["un-1", "date"])  # never invented
    assert s.loc["un-1", "language"] == "en"


def test_ragged_csv_row_is_rejected_with_its_line_number(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(
        'text,speaker,country\n'
        f'"{EN}",Guterres,\n'
        'a,b,c,d\n'
        '"Second statement, with a comma\nand a line break that stays inside its field.",Smith,GBR\n'
        'only one field\n',
        encoding="utf-8",
    )
    corpus = load_corpus(path)
    balanced(corpus)
    assert [(r.reason, r.line) for r in corpus.report.rejected] == [("malformed_line", 3), ("malformed_line", 6)]
    assert corpus.statements["speaker"].tolist() == ["Guterres", "Smith"]
    assert pd.isna(corpus.statements["country"].iloc[0])
    assert "line break" in corpus.statements["text"].iloc[1]


def test_parquet_and_missing_text_column(tmp_path):
    good = tmp_path / "good.parquet"
    pd.DataFrame({"text": [EN, RU, EN], "speaker": ["A", "B", "C"]}).to_parquet(good)
    bad = tmp_path / "bad.parquet"
    pd.DataFrame({"body": [EN]}).to_parquet(bad)
    corpus = load_corpus([good, bad])
    balanced(corpus)
    assert reasons(corpus) == {"duplicate": 1, "no_text_column": 1}
    assert corpus.statements["speaker"].tolist() == ["A", "B"]
    dup = next(r for r in corpus.report.rejected if r.reason == "duplicate")
    assert "good:00001" in dup.detail and dup.line == 3


def test_duplicate_statement_id_with_other_text_is_rejected(tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text("\n".join(json.dumps({"statement_id": "x", "text": t}) for t in (EN, RU)), encoding="utf-8")
    corpus = load_corpus(path)
    assert reasons(corpus) == {"duplicate_id": 1}


def test_textdir_encodings_html_junk_and_front_matter(tmp_path):
    (tmp_path / "utf8.txt").write_text("---\nspeaker: Лавров\ncountry: RUS\ndate: 2023-09-23\n---\n" + RU, encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ("Второй текст. " + RU).encode("utf-8"))
    (tmp_path / "cp1251.txt").write_bytes(("Третий текст «в кодировке» cp1251 — №5. " + RU).encode("cp1251"))
    (tmp_path / "utf16.txt").write_bytes(("Четвёртый текст. " + RU).encode("utf-16"))
    (tmp_path / "page.md").write_text("<p>Fourth &amp; last: <b>" + EN + "</b></p><script>alert(1)</script>", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (tmp_path / "junk.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02Mac OS X" + bytes(range(256)))
    (tmp_path / "latin.txt").write_bytes("Le caf\xe9 et la cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise.".encode("latin-1"))
    (tmp_path / "._utf8.txt").write_bytes(b"\x00\x05\x16\x07")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "zz_copy.txt").write_text(RU + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    balanced(corpus)
    assert detect_format(tmp_path) == "textdir"
    assert reasons(corpus) == {"binary": 1, "duplicate": 1, "empty": 2, "not_a_speech_file": 1,
                               "undecodable": 1, "unsupported_format": 1}
    s = corpus.statements.set_index("statement_id")
    assert s.loc["utf8", "speaker"] == "Лавров" and s.loc["utf8", "year"] == 2023
    assert s.loc["bom", "text"].startswith("Второй") and s.loc["cp1251", "text"].startswith("Третий текст «в")
    assert s.loc["utf16", "text"].startswith("Четвёртый")
    assert s.loc["page", "text"] == "Fourth & last: " + EN
    assert set(s["language"]) == {"ru", "en"}
    notes = corpus.report.notes_by_code()
    assert notes["bom_stripped"] == 1 and notes["decoded_cp1251"] == 1 and notes["decoded_utf16"] == 1
    assert notes["html_cleaned"] == 1 and notes["html_unescaped"] == 1
    undecodable = next(r for r in corpus.report.rejected if r.reason == "undecodable")
    assert "UTF-8" in undecodable.detail and undecodable.source.endswith("latin.txt")


def test_clean_html_can_be_switched_off(tmp_path):
    (tmp_path / "x.txt").write_text("<script>alert(1)</script> " + EN, encoding="utf-8")
    corpus = load_corpus(tmp_path, clean_html=False)
    assert corpus.statements["text"].iloc[0].startswith("<script>")
    assert corpus.report.notes == []


def test_too_large_statement_is_rejected_without_reading_the_file(tmp_path, monkeypatch):
    with (tmp_path / "big.txt").open("wb") as fh:  # 24 MB, the default limit is 5M characters
        fh.truncate(24_000_000)
    (tmp_path / "small.txt").write_text(EN, encoding="utf-8")
    read = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or open(self, "rb").read())
    corpus = load_corpus(tmp_path)
    balanced(corpus)
    rejection = corpus.report.rejected[0]
    assert rejection.reason == "too_large" and "max_statement_chars=5000000" in rejection.detail
    assert read == ["small.txt"]  # bounded memory: the big file was never read
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": "x" * 200_001}) + "\n" + json.dumps({"text": RU}), encoding="utf-8")
    corpus = load_corpus(rows, max_statement_chars=200_000)
    assert reasons(corpus) == {"too_large": 1} and len(corpus.statements) == 1


def test_manifest_metadata_and_path_escape(tmp_path):
    root = tmp_path / "corpus"
    (root / "speeches").mkdir(parents=True)
    (root / "speeches" / "a.txt").write_text(EN, encoding="utf-8")
    (root / "speeches" / "b.txt").write_text("---\nspeaker: Front Matter Wins\n---\n" + RU, encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside the corpus folder " + EN, encoding="utf-8")
    (root / "link.txt").symlink_to(tmp_path / "secret.txt")
    (root / "speeches" / "unlisted_link.txt").symlink_to(tmp_path / "secret.txt")
    (root / "corpus.yaml").write_text(
        "defaults: {organization: UN}\n"
        "files:\n"
        "  - {path: speeches/a.txt, speaker: Guterres, country: PRT}\n"
        "  - {path: speeches/b.txt, speaker: Manifest}\n"
        "  - {path: ../secret.txt}\n"
        "  - {path: /etc/hostname}\n"
        "  - {path: link.txt}\n"
        "  - {path: speeches/missing.txt}\n",
        encoding="utf-8",
    )
    corpus = load_corpus(root)
    balanced(corpus)
    by = corpus.report.by_reason()
    assert by == {"path_escape": 4, "missing_file": 1}  # link.txt once, though listed and in the folder
    s = corpus.statements.set_index("statement_id")
    assert s.loc["speeches/a", "speaker"] == "Guterres" and s.loc["speeches/a", "organization"] == "UN"
    assert s.loc["speeches/b", "speaker"] == "Front Matter Wins"
    assert not any("outside the corpus folder" in t for t in s["text"])
    with pytest.raises(PathEscapeError):
        resolve_inside(root, "../secret.txt")


def test_detect_format_and_errors(tmp_path, seed_path):
    assert detect_format(seed_path / "hanoi_convention_2025-10-26.txt") == "news"
    assert detect_format("sotu") == "sotu"
    (tmp_path / "a.parquet").write_bytes(b"")
    assert detect_format(tmp_path / "a.parquet") == "table"
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(CorpusError, match="no loader"):
        load_corpus(tmp_path / "x.pdf")
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match="unknown format"):
        load_corpus(tmp_path, format="docx")


def test_every_reason_is_documented():
    assert all(code == code.lower() and " " not in code for code in REASONS)


def test_cli_json(tmp_path, seed_path, capsys):
    # in-process through the corpus module's own parser: `python -m analysis` also imports
    # every other concern's CLI, which is not what this test is about
    parser = argparse.ArgumentParser()
    register_cli(parser.add_subparsers())
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"text": EN, "speaker": "A"}) + "\n{bad\n", encoding="utf-8")
    args = parser.parse_args(["corpus", str(path), str(seed_path), "--json", "--max-statement-chars", "600"])
    assert args.handler(args) == 0
    out = json.loads(capsys.readouterr().out)
    long_ones = int((load_corpus(seed_path).statements["text"].str.len() > 600).sum())
    assert long_ones >= 1
    assert out["report"]["rejected_by_reason"] == {"malformed_line": 1, "too_large": long_ones}
    assert out["statements"] == out["report"]["accepted"] > 10
    assert out["report"]["seen"] == out["statements"] + 1 + long_ones
    assert out["languages"]["en"] == 1 and out["languages"]["ru"] >= 10
    assert out["speakers"] == 4 and out["sentences"] > out["statements"]


def test_unparseable_dates_and_years_become_null_with_a_note(tmp_path):
    path = tmp_path / "d.jsonl"
    rows = [{"text": EN, "date": "yesterday", "year": "MMXX"},
            {"text": RU, "date": "3000-01-01T00:00:00+03:00", "year": 2019.0},
            {"text": "A third statement about trade and cooperation.", "date": "2021-06-01T10:00:00+02:00"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    corpus = load_corpus(path)
    s = corpus.statements
    assert s["date"].isna().tolist() == [True, True, False]
    assert s["year"].tolist()[1:] == [2019, 2021] and pd.isna(s["year"].iloc[0])
    assert corpus.report.notes_by_code() == {"date_unparsed": 2, "year_unparsed": 1}


def test_text_in_a_language_no_scorer_covers_is_kept_with_its_language(tmp_path):
    path = tmp_path / "multi.csv"
    pd.DataFrame({"text": [
        "Bộ trưởng nhấn mạnh tầm quan trọng của hợp tác quốc tế trong phòng chống tội phạm mạng.",
        "Waziri alisisitiza umuhimu wa ushirikiano wa kimataifa katika kupambana na uhalifu.",
        "Ok.",
    ]}).to_csv(path, index=False)
    corpus = load_corpus(path)
    assert corpus.report.rejected == []
    assert corpus.statements["language"].tolist()[:2] == ["vi", "sw"]
    assert pd.isna(corpus.statements["language"].iloc[2])  # too short to call: unknown, not guessed


def test_the_size_limit_applies_to_statements_not_to_files_of_many(tmp_path, seed_path):
    rows = tmp_path / "many.jsonl"
    rows.write_text("\n".join(json.dumps({"text": f"Statement number {i} about cooperation."}) for i in range(400)),
                    encoding="utf-8")
    assert rows.stat().st_size > 4 * 1000
    corpus = load_corpus([rows, seed_path], max_statement_chars=1000)
    assert corpus.report.rejected == [] and len(corpus.statements) > 400
