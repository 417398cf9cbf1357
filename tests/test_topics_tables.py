"""The run's topic tables: shares per year, period and country group, and frame × topic."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.aggregate import period_labels, shares_by
from analysis.countries import add_country_groups
from analysis.frames import detect_frames
from analysis.pipeline.output_steps import topic_tables
from analysis.schema import STATEMENT_COLUMNS, TOPIC_COLUMNS, conform
from analysis.segmentation import segment

TEXTS = {  # (country, year, topic): two sentences each, one naming multilateral cooperation
    "a": ("RUS", 1989, 0, "We support multilateral cooperation within the United Nations. The harvest was good."),
    "b": ("DEU", 1990, 0, "Multilateralism is our answer. Rivers flood every spring."),
    "c": ("BRA", 1994, 1, "The weather was fine. Trade grew last year."),
    "d": ("FJI", 1995, 1, "Our islands are small. The sea is rising."),
    "e": (None, 1996, 1, "Nobody knows this speaker. Tourism grew."),
}


@pytest.fixture(scope="module")
def tables():
    statements = conform(pd.DataFrame({
        "statement_id": list(TEXTS), "text": [t[3] for t in TEXTS.values()], "language": "en",
        "country": [t[0] for t in TEXTS.values()], "year": [t[1] for t in TEXTS.values()],
    }), STATEMENT_COLUMNS)  # fmt: skip
    statements = add_country_groups(statements)
    sentences = segment(statements)
    topics = conform(pd.DataFrame({
        "statement_id": list(TEXTS), "sentence_id": pd.NA, "topic": [t[2] for t in TEXTS.values()],
        "topic_label": ["cooperation" if t[2] == 0 else "weather" for t in TEXTS.values()], "probability": 1.0,
    }), TOPIC_COLUMNS)  # fmt: skip
    hits = detect_frames(sentences)
    return statements, sentences, hits, topic_tables(topics, statements, sentences, hits, None)


def test_topic_shares_per_period_and_group_sum_to_one_and_keep_unknowns(tables):
    _, _, _, made = tables
    period = made["topics_by_period"]
    assert period["period"].tolist() == ["1989–1993", "1994–1998"]  # five-year spans from the first year
    assert period["count"].tolist() == [2, 3] and period["share"].tolist() == [1.0, 1.0]
    group = made["topics_by_p5_or_development"].set_index("p5_or_development", drop=False)
    assert group.loc["P5", "topic"] == 0 and group.loc["developing", "count"].sum() == 2
    assert group["p5_or_development"].isna().sum() == 1  # the unknown country is its own group, not dropped
    assert made["topics_by_year"].groupby("year")["share"].sum().eq(1).all()


def test_frame_by_topic_is_the_share_of_the_topics_sentences_with_the_frame(tables):
    _, sentences, hits, made = tables
    table = made["frame_shares_by_topic"]
    multi = table[table["frame"] == "multilateralism"].set_index("topic")
    expected = hits[hits["frame"] == "multilateralism"]["sentence_id"].nunique()
    assert expected >= 1  # the codebook finds the frame in the cooperation topic's sentences
    assert multi.loc[0, "n"] == 4 and multi.loc[0, "share"] == pytest.approx(expected / 4)
    assert multi.loc[1, "share"] == 0 and multi.loc[0, "topic_label"] == "cooperation"
    assert (table["ci_low"] <= table["share"]).all() and (table["share"] <= table["ci_high"]).all()


def test_sentence_topics_give_no_frame_by_topic_table(tables):
    statements, sentences, hits, _ = tables
    topics = conform(sentences[["statement_id", "sentence_id"]].assign(topic=0, topic_label="t", probability=1.0), TOPIC_COLUMNS)
    assert "frame_shares_by_topic" not in topic_tables(topics, statements, sentences, hits, None)


def test_shares_and_periods_are_plain_helpers():
    table = pd.DataFrame({"g": ["x", "x", "y", None], "t": [1, 2, 1, 1]})
    shares = shares_by(table, ["t"], ["g"])
    assert shares["share"].tolist() == [0.5, 0.5, 1.0, 1.0] and shares["g"].isna().sum() == 1
    assert period_labels(pd.Series([2001, 2005, None]), width=2).tolist() == ["2001–2002", "2005–2006", pd.NA]


def test_a_notebook_reads_a_runs_topics_and_refuses_another_selection(tmp_path, capsys):
    from analysis.pipeline import run
    from analysis.report.notebook import run_topics
    from test_pipeline import read, write_corpus

    out = tmp_path / "out"
    run([write_corpus(tmp_path / "c.jsonl", 40)], out, steps=["load", "topics"], topic_sample=25,
        cache_dir=tmp_path / "cache", progress=False)  # fmt: skip
    statements = read(out, "statements")
    model, documents = run_topics(out, statements)
    assert len(documents) == 40 and documents["in_sample"].sum() == 25 and "year" in documents.columns
    assert documents.set_index("statement_id")["topic"].equals(read(out, "topics").set_index("statement_id")["topic"])
    assert set(documents["topic_label"]) <= set(model.topic_labels_.values())
    extra = pd.concat([statements, statements.head(1).assign(statement_id="not-in-the-run")])
    assert run_topics(out, extra) is None and "assigned 40 of these 41" in capsys.readouterr().out
    assert run_topics(tmp_path / "nowhere", statements) is None and "No full-corpus topics" in capsys.readouterr().out
