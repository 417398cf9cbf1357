"""The helpers the notebooks call: selection, joins, evidence tables, escaped HTML tables."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import AnalysisError
from analysis.plots import plot_group_means
from analysis.report.figures import plot_lines
from analysis.report.notebook import (
    evidence,
    label_speakers,
    model_card_table,
    select_statements,
    sentiment_along,
    stop_here_unless,
    topic_documents,
    with_statement_columns,
)
from analysis.tables import kwic_table, quote_table


@pytest.fixture()
def statements():
    return pd.DataFrame({
        "statement_id": [f"s{i:02d}" for i in range(12)],
        "text": [f"text {i}" for i in range(12)],
        "speaker": ["A", None, "B"] * 4,
        "role": [None, "narrator", None] * 4,
        "language": ["en", "ru"] * 6,
        "year": [2000] * 6 + [2001] * 6,
        "p5": pd.array([True, False, None] * 4, dtype="boolean"),
    })


def test_select_statements_filters_samples_per_year_and_keeps_a_group(statements):
    assert set(select_statements(statements, language="ru")["language"]) == {"ru"}
    assert set(select_statements(statements, years=(2001, 2001))["year"]) == {2001}
    sampled = select_statements(statements, per_year=1, keep="p5")
    assert sampled["p5"].fillna(False).sum() == 4  # every P5 row kept
    assert (sampled[~sampled["p5"].fillna(False)].groupby("year").size() == 1).all()  # plus one per year
    assert sampled.equals(select_statements(statements, per_year=1, keep="p5"))  # seeded
    assert len(select_statements(statements, limit=5)) == 5


def test_label_speakers_uses_the_role_for_narrator_text(statements):
    assert label_speakers(statements)["who"].tolist()[:3] == ["A", "narrator", "B"]


def test_evidence_selects_speaker_and_frame_and_escapes():
    lines = pd.DataFrame({
        "who": ["Лыонг Там Куанг", "Джон Брандолино", "Лыонг Там Куанг"],
        "frame": ["trust", "trust", "cooperation"],
        "left": ["<b>", "x", "y"], "match": ["доверия", "доверие", "сотрудничество"], "right": ["", "", ""],
        "sentence_id": ["a", "b", "c"],
    })
    html = evidence(lines, "Куанг", "trust")._repr_html_()
    assert "доверия" in html and "доверие" not in html and "сотрудничество" not in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert "<tbody></tbody>" in evidence(lines, "Мебарки", "trust")._repr_html_()  # no evidence: an empty table


def test_tables_escape_statement_text_and_keep_it_whole():
    hostile = "<img src=x onerror=alert(1)>"
    kwic = pd.DataFrame({"left": [hostile], "match": ["<script>"], "right": ["ok"], "frame": ["trust"]})
    markup = kwic_table(kwic)._repr_html_()
    assert "<img" not in markup and "<script>" not in markup and "<mark>&lt;script&gt;</mark>" in markup
    long = "слово " * 200
    quotes = quote_table(pd.DataFrame({"text": [long], "sentiment": [0.256]}), ["text", "sentiment"])
    assert long.strip() in quotes._repr_html_() and "+0.26" in quotes._repr_html_()


def test_with_statement_columns_and_topic_documents(statements):
    sentences = pd.DataFrame({"statement_id": ["s00", "s00", "s01"], "sentence_id": ["s00:0", "s00:1", "s01:0"],
                              "text": ["a", "b", "c"], "language": ["en", "en", "ru"]})
    joined = with_statement_columns(sentences, statements, ["speaker", "year"])
    assert joined["speaker"].tolist()[:2] == ["A", "A"] and joined["year"].tolist() == [2000] * 3
    docs = topic_documents(statements, sentences, unit="sentence")
    assert len(docs) == 3 and {"speaker", "year", "p5"} <= set(docs.columns)
    assert len(topic_documents(statements, sentences, unit="statement", sample=4)) == 4
    with pytest.raises(AnalysisError):
        topic_documents(statements, sentences, unit="paragraph")


def test_sentiment_along_puts_openings_and_closings_in_their_parts():
    scored = pd.DataFrame({
        "statement_id": ["a"] * 5 + ["b"] * 5,
        "position": list(range(5)) * 2,
        "sentiment": [1.0, 0, 0, 0, -1.0] * 2,
    })
    table = sentiment_along(scored, bins=5)
    assert table["mean"].tolist() == [1.0, 0.0, 0.0, 0.0, -1.0]
    assert table["n"].tolist() == [2] * 5


def test_model_card_table_shows_fields_whole_and_escaped():
    card = {"name": "m", "licence": "CC BY-NC-SA 4.0 " + "x" * 80, "metrics": {"f1": 0.7123, "matrix": [[1, 2]]},
            "note": "<script>"}
    markup = model_card_table(card)._repr_html_()
    assert "x" * 80 in markup and "metrics.f1" in markup and "0.712" in markup
    assert "&lt;script&gt;" in markup and "matrix" not in markup


def test_stop_here_unless_outside_ipython_exits_with_the_message():
    assert stop_here_unless(True, "unused") is None
    with pytest.raises(SystemExit, match="download-ungdc"):
        stop_here_unless(False, "get it with python -m analysis corpus download-ungdc")


def test_group_figures_label_booleans_and_show_counts():
    table = pd.DataFrame({"year": [2000, 2001, 2000, 2001], "p5": [True, True, False, False],
                          "mean": [0.1, 0.2, 0.3, 0.4], "ci_low": [0.0] * 4, "ci_high": [0.5] * 4, "n": [3] * 4})
    fig = plot_lines(table, "year", "mean", hue="p5", title="t", ylabel="y")
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == ["not p5", "p5"]
    fig = plot_group_means(table[table["year"] == 2000], "p5", title="t")
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["True (n=3)", "False (n=3)"]
    fig = plot_group_means(table.assign(p5=[True, None, False, None]).head(2), "p5")
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["True (n=3)", "(unknown) (n=3)"]  # one missing label
