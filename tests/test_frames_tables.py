"""Frame tables, KWIC and figures on the seed article and on real UN General Debate speeches."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis.aggregate import bootstrap_ci
from analysis.corpus import load_corpus
from analysis.errors import ModelError, SchemaError
from analysis.frames import (
    cooccurrence,
    detect_frames,
    frame_long,
    frame_matrix,
    frame_sentiment,
    frame_shares,
    kwic,
    load_codebook,
    statement_frames,
)
from analysis.frames.plots import plot_cooccurrence, plot_frame_sentiment, plot_frame_shares
from analysis.plots import save_figure
from analysis.schema import STATEMENT_COLUMNS, conform
from analysis.segmentation import segment

FRAMES = load_codebook().frame_keys


@pytest.fixture(scope="module")
def seed(seed_path):
    statements = load_corpus(seed_path).statements
    sentences = segment(statements)
    return statements, sentences, detect_frames(sentences)


def test_frame_matrix_has_every_sentence_and_every_hit(seed):
    _, sentences, hits = seed
    matrix = frame_matrix(hits, sentences)
    assert list(matrix.columns) == ["sentence_id", *FRAMES]
    assert list(matrix["sentence_id"]) == list(sentences["sentence_id"])
    assert (matrix[list(FRAMES)].dtypes == "int64").all()
    assert matrix[list(FRAMES)].to_numpy().sum() == len(hits)
    for frame in FRAMES:
        assert matrix[frame].sum() == (hits["frame"] == frame).sum()


def test_frame_long_agrees_with_the_matrix(seed):
    statements, sentences, hits = seed
    long = frame_long(hits, sentences, statements)
    assert len(long) == len(sentences) * len(FRAMES)
    assert {"speaker", "role", "country", "year"} <= set(long.columns) and "text" not in long.columns
    matrix = frame_matrix(hits, sentences)
    for frame in FRAMES:
        assert long.loc[long["frame"] == frame, "present"].sum() == (matrix[frame] > 0).sum()
        assert long.loc[long["frame"] == frame, "negated"].sum() == hits.loc[hits["frame"] == frame, "negated"].sum()


def test_tables_do_not_depend_on_the_sentences_index(seed):
    statements, sentences, hits = seed
    shuffled = sentences.set_axis([0] * len(sentences))  # e.g. concatenated partitions
    assert frame_long(hits, shuffled).equals(frame_long(hits, sentences))
    assert frame_matrix(hits, shuffled).equals(frame_matrix(hits, sentences))


def test_frame_shares_are_the_share_of_each_speakers_sentences(seed):
    statements, sentences, hits = seed
    shares = frame_shares(hits, sentences, statements, "speaker")
    assert list(shares.columns) == ["speaker", "frame", "n", "share", "ci_low", "ci_high"]
    speaker = "Лыонг Там Куанг"
    own = sentences[sentences["statement_id"].isin(statements.loc[statements["speaker"] == speaker, "statement_id"])]
    with_coop = set(hits.loc[hits["frame"] == "cooperation", "sentence_id"])
    row = shares[(shares["speaker"] == speaker) & (shares["frame"] == "cooperation")].iloc[0]
    assert row["n"] == len(own)
    assert row["share"] == pytest.approx(own["sentence_id"].isin(with_coop).mean())
    assert row["ci_low"] <= row["share"] <= row["ci_high"]
    # the binomial shortcut is the percentile bootstrap of 0/1 values: same interval up to one step
    values = own["sentence_id"].isin(with_coop).astype(float).to_numpy()
    low, high = bootstrap_ci(values)
    assert abs(row["ci_low"] - low) <= 1 / len(own) + 1e-9 and abs(row["ci_high"] - high) <= 1 / len(own) + 1e-9
    # narrator text has no speaker: kept under a null key, not dropped
    assert shares["speaker"].isna().any()
    assert shares.groupby("frame")["n"].sum().eq(len(sentences)).all()


def test_statement_frames_count_hits_and_shares(seed):
    _, sentences, hits = seed
    table = statement_frames(hits, sentences)
    assert table["hits"].sum() == len(hits)
    assert np.allclose(table["share"], table["sentences_with_frame"] / table["n_sentences"])
    assert (table.groupby("statement_id")["n_sentences"].first().sum()) == len(sentences)


def test_cooccurrence_counts_sentences_with_both_frames(seed):
    _, sentences, hits = seed
    counts = cooccurrence(hits, sentences)
    matrix = frame_matrix(hits, sentences)
    assert list(counts.index) == list(FRAMES) and (counts.to_numpy() == counts.to_numpy().T).all()
    for frame in FRAMES:
        assert counts.loc[frame, frame] == (matrix[frame] > 0).sum()
    both = ((matrix["cooperation"] > 0) & (matrix["trust"] > 0)).sum()
    assert counts.loc["cooperation", "trust"] == both > 0
    jaccard = cooccurrence(hits, sentences, normalize="jaccard")
    either = ((matrix["cooperation"] > 0) | (matrix["trust"] > 0)).sum()
    assert jaccard.loc["cooperation", "trust"] == pytest.approx(both / either)


def test_frame_sentiment_averages_the_sentences_carrying_each_frame(seed):
    _, sentences, hits = seed
    scored = sentences.assign(sentiment=np.linspace(-1.0, 1.0, len(sentences)))
    table = frame_sentiment(hits, scored)
    trust_ids = set(hits.loc[hits["frame"] == "trust", "sentence_id"])
    expected = scored.loc[scored["sentence_id"].isin(trust_ids), "sentiment"]
    row = table[table["frame"] == "trust"].iloc[0]
    assert row["n"] == len(expected) and row["mean"] == pytest.approx(expected.mean())
    none = table[table["frame"] == "(none)"].iloc[0]
    assert none["n"] == (~scored["sentence_id"].isin(set(hits["sentence_id"]))).sum()
    with pytest.raises(SchemaError, match="score_sentiment"):
        frame_sentiment(hits, sentences)


def test_frame_sentiment_with_the_real_scorer(seed):
    from analysis.sentiment import score_sentiment

    _, sentences, hits = seed
    try:
        scored = score_sentiment(sentences)
    except ModelError as exc:
        pytest.skip(f"the Russian sentiment model is not built in this checkout: {exc}")
    table = frame_sentiment(hits, scored)
    assert set(table["frame"]) <= {*FRAMES, "(none)"} and table["mean"].between(-1, 1).all()


def test_figures_render_and_save(seed, tmp_path):
    statements, sentences, hits = seed
    scored = sentences.assign(sentiment=np.linspace(-1.0, 1.0, len(sentences)))
    figures = {
        "shares": plot_frame_shares(frame_shares(hits, sentences, statements, "speaker"), "speaker"),
        "sentiment": plot_frame_sentiment(frame_sentiment(hits, scored)),
        "cooccurrence": plot_cooccurrence(cooccurrence(hits, sentences)),
    }
    for name, fig in figures.items():
        assert isinstance(fig, Figure)
        paths = save_figure(fig, name, tmp_path)
        assert all(p.stat().st_size > 1000 for p in paths)


# --- real UN General Debate speeches --------------------------------------------------------


@pytest.fixture(scope="module")
def ungdc(shared_corpora):
    folder = shared_corpora / "ungdc" / "TXT" / "Session 78 - 2023"
    files = sorted(p for p in folder.glob("*.txt") if not p.name.startswith("._"))[:4]
    statements = conform(
        pd.DataFrame(
            {
                "statement_id": [p.stem for p in files],
                "doc_id": [p.stem for p in files],
                "text": [p.read_text(encoding="utf-8", errors="replace") for p in files],
                "country": [p.stem.split("_")[0] for p in files],
                "year": [2023] * len(files),
                "language": ["en"] * len(files),
            }
        ),
        STATEMENT_COLUMNS,
    )
    sentences = segment(statements)
    return statements, sentences, detect_frames(sentences)


@pytest.mark.shared
def test_ungdc_speeches_get_offsets_kwic_and_tables(ungdc):
    statements, sentences, hits = ungdc
    texts = dict(zip(sentences["sentence_id"], sentences["text"]))
    assert all(texts[h.sentence_id][h.start : h.end] == h.matched for h in hits.itertuples())
    # a General Debate statement always speaks of the United Nations
    assert set(hits.loc[hits["frame"] == "multilateralism", "statement_id"]) == set(statements["statement_id"])
    lines = kwic(hits, sentences)
    assert len(lines) == len(hits)
    council = lines[(lines["frame"] == "security") & lines["right"].str.match(r"\s*Council\b")]
    assert council.empty, council
    shares = frame_shares(hits, sentences, statements, "country")
    assert len(shares) == len(statements) * len(FRAMES)
    assert shares["share"].between(0, 1).all()
