"""Property test: random text and random bytes never crash load → segment → score →
frames, and every input unit is accounted for (accepted + rejected == seen).

Keep example counts moderate (the whole file runs in about a minute).
"""

from __future__ import annotations

import json
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
                         "<p>", "&amp;", "\n", "\n\n", ".", "!", "?", "по", "словам", "Ивана", ",", ":", '"'])
texty = st.one_of(st.text(max_size=400), st.lists(words, max_size=60).map(" ".join))
contents = st.one_of(
    st.binary(max_size=600),
    texty.map(lambda t: t.encode("utf-8")),
    texty.map(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    texty.map(lambda t: t.encode("cp1251", errors="ignore")),
    texty.map(lambda t: ("---\nformat: news\nlanguage: ru\n---\n" + t).encode("utf-8")),
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
