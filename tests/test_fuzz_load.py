"""Property test: random text and random bytes never crash load → segment → score →
frames, and every input unit is accounted for (accepted + rejected == seen).

Keep example counts moderate (the whole file runs in about a minute).
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.corpus import load_corpus
from analysis.frames import detect_frames
from analysis.segmentation import segment
from analysis.sentiment import score_sentiment

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.sampled_from(["Министр", "заявил", "что", "«Мы", "готовы»", "—", "Mr.", "President", "said", "U.N.",
                         "<p>", "&amp;", "\n", "\n\n", ".", "!", "?", "по", "словам", "Ивана", ",", ":", '"',
                         "Он", "she", "told", "Об", "этом", "генсек", "Anna", "Keller", "В.Путин:", "according", "to"])
texty = st.one_of(st.text(max_size=400), st.lists(words, max_size=60).map(" ".join))
contents = st.one_of(
    st.binary(max_size=600),
    texty.map(lambda t: t.encode("utf-8")),
    texty.map(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    texty.map(lambda t: t.encode("cp1251", errors="ignore")),
    texty.map(lambda t: ("---\nformat: news\nlanguage: ru\n---\n" + t).encode("utf-8")),
    texty.map(lambda t: ("---\nformat: news\nlanguage: en\n---\n" + t).encode("utf-8")),
    texty.map(lambda t: ("---\n" + t + "\n---\n" + t).encode("utf-8")),
)
names = st.tuples(st.text("abcxyz._-", min_size=1, max_size=8), st.sampled_from([".txt", ".md", ".TXT", ".bin", ""]))


def check(corpus) -> None:
    report = corpus.report
    assert report.accepted + len(report.rejected) == report.seen
    assert report.accepted == len(corpus.statements)
    json.dumps(report.to_dict(), default=str)
    sentences = segment(corpus.statements)
    texts = dict(zip(corpus.statements["statement_id"], corpus.statements["text"]))
    for row in sentences.itertuples():
        assert texts[row.statement_id][row.start:row.end] == row.text and row.text.strip()
    scored = score_sentiment(sentences)
    assert len(scored) == len(sentences)
    unscored = scored["scorer"] == "unscored"
    assert scored.loc[unscored, "sentiment"].isna().all()
    assert scored.loc[~unscored, "sentiment"].between(-1, 1).all()
    assert (~unscored <= scored["language"].isin(["ru", "en"])).all()  # other languages are never guessed
    hits = detect_frames(scored)
    sentence_text = dict(zip(scored["sentence_id"], scored["text"]))
    for hit in hits.itertuples():
        assert sentence_text[hit.sentence_id][hit.start:hit.end] == hit.matched


@SETTINGS
@given(st.lists(st.tuples(names, contents), min_size=1, max_size=6))
def test_random_files_in_a_folder(files):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for (stem, suffix), data in files:
            path = root / f"{stem}{suffix}"
            if path.name in (".", "..") or path.exists():
                continue
            path.write_bytes(data)
        check(load_corpus(root))


@SETTINGS
@given(contents)
def test_random_bytes_as_one_text_file(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.txt"
        path.write_bytes(data)
        check(load_corpus(path))


cells = st.one_of(st.none(), texty, st.integers(), st.floats(allow_nan=True))
rows = st.lists(st.fixed_dictionaries({"text": cells}, optional={"speaker": cells, "date": cells, "year": cells, "country": cells,
                                                                  "statement_id": st.sampled_from(["a", "b"])}),
                max_size=8)


@SETTINGS
@given(rows, st.sampled_from(["jsonl", "csv", "parquet"]), st.binary(max_size=80))
def test_random_table_rows(table, kind, garbage):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"t.{kind}"
        if kind == "jsonl":
            lines = [json.dumps(r, allow_nan=True) for r in table]
            path.write_bytes("\n".join(lines).encode("utf-8") + b"\n" + garbage)
        elif kind == "csv":
            pd.DataFrame(table, columns=["text", "speaker", "date", "year", "statement_id"]).to_csv(path, index=False)
            path.write_bytes(path.read_bytes() + garbage)
        else:
            frame = pd.DataFrame(table, columns=["text", "speaker", "date", "year", "statement_id"]).astype("string")
            frame.to_parquet(path)
        check(load_corpus(path))


# ---------------------------------------------------------------- hostile layouts and values (issue 15)
plain_words = st.sampled_from(["peace", "trust", "and", "the", "Council", ",", "mir", "доверие", "said", "'", "!"])
plain_texts = st.lists(plain_words, min_size=1, max_size=12).map(" ".join)


@SETTINGS
@given(st.lists(plain_texts, min_size=1, max_size=8), st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(
    ['"', '""', ' "'])), min_size=1, max_size=3))
def test_csv_quoting_damage_never_moves_text_between_rows(texts, damage):
    """Quotes thrown into a sound CSV: rows are lost with a reason, but no row's text ever
    lands in another row or beside another speaker."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.csv"
        pd.DataFrame({"text": texts, "speaker": [f"S{i}" for i in range(len(texts))]}).to_csv(path, index=False)
        data = path.read_text(encoding="utf-8")
        header = len("text,speaker\n")
        for position, piece in damage:
            at = header + position % (len(data) - header + 1)
            data = data[:at] + piece + data[at:]
        path.write_text(data, encoding="utf-8")
        corpus = load_corpus(path)
        check(corpus)
        for row in corpus.statements.itertuples():
            assert "\n" not in row.text  # one line each in the sound file: a newline means rows were merged
            speaker = str(row.speaker).replace('"', "").strip()
            if speaker.startswith("S") and speaker[1:].isdigit() and int(speaker[1:]) < len(texts):
                assert re.sub(r'[\s"]', "", row.text) == re.sub(r'[\s"]', "", texts[int(speaker[1:])])


segments = st.sampled_from(["TXT", "Session 70 - 2015", "Session 71 - 2016", "copy", "deep", "._x", "a b"])
file_names = st.sampled_from(["USA_70_2015.txt", "FRA_71_2016.txt", "notes.txt", ".DS_Store", "speech.md",
                              "data.bin", "._USA_70_2015.txt", "RUS_70_2015.TXT"])


@SETTINGS
@given(st.lists(st.tuples(st.lists(segments, max_size=4), file_names, contents), min_size=1, max_size=8))
def test_nested_folders_every_file_is_accounted_for(files):
    """Random trees (UNGDC-like or not, any depth): every file under the corpus is either a
    statement's source or a rejection's, never silently absent."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        root.mkdir()
        written = set()
        for folders, name, data in files:
            path = root.joinpath(*folders, name)
            if any(p in written for p in [path, *path.parents]):
                continue  # a file already stands where this one's folder would be
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except (FileExistsError, NotADirectoryError):
                continue
            path.write_bytes(data)
            written.add(path)
        corpus = load_corpus(root)
        check(corpus)
        sources = set(corpus.statements["source"].dropna()) | {r.source for r in corpus.report.rejected}
        ungdc = corpus.report.notes and any(n.code == "speakers_missing" for n in corpus.report.notes)
        counted = [p for p in written if not ungdc or (root / "TXT") in p.parents]
        assert all(str(p) in sources for p in counted), sorted(map(str, set(map(str, counted)) - sources))


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=6,
)
json_rows = st.lists(st.fixed_dictionaries(
    {"text": st.one_of(texty, json_values)},
    optional={"speaker": json_values, "date": json_values, "country": json_values, "doc_id": json_values,
              "statement_id": json_values, "extra": json_values, "level": st.one_of(st.integers(), st.text(max_size=5))}),
    min_size=1, max_size=8)


@SETTINGS
@given(json_rows)
def test_non_string_json_values_never_become_reprs(rows):
    """Numbers, booleans, lists and objects anywhere in a JSONL row: the row is rejected or the
    value noted; the statements write to Parquet and hold no Python repr."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
        corpus = load_corpus(path)
        check(corpus)
        corpus.statements.to_parquet(Path(tmp) / "s.parquet")
        by_line = {f"t:{n:05d}": row for n, row in enumerate(rows, start=1)}
        for statement in corpus.statements.itertuples():
            original = by_line.get(statement.statement_id)
            if original is None:
                continue
            assert isinstance(original["text"], str)
            for column in ("speaker", "country"):
                value = original.get(column)
                if isinstance(value, (bool, list, dict)):
                    assert pd.isna(getattr(statement, column))


@SETTINGS
@given(texty, st.sampled_from(["ru", "en", None]))
def test_news_attribution_never_loses_or_invents_text(body, language):
    """Every sentence of a random article is attributed, its offsets index the body, and a
    speaker is never given to a narration sentence; statements point into the body too."""
    from analysis.corpus.news import article_sentences, split_article

    meta = {"doc_id": "f", "language": language}
    sentences = article_sentences(body, meta)
    for row in sentences.itertuples():
        assert body[row.start:row.end] == row.text and row.text.strip()
        assert row.mode in ("direct", "reported", "continued", "narration") and 0 <= row.confidence <= 1
        assert (row.mode == "narration") == (row.role == "narrator")
    for statement in split_article(body, meta) if body.strip() else []:
        offset = statement["body_offset"]
        assert body[offset:offset + len(statement["text"])] == statement["text"]
