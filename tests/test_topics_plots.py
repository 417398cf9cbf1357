"""Topic figures render (PNG, SVG with Cyrillic text, offline HTML) and corpus text stays inert."""

from __future__ import annotations

import re

import pytest
from matplotlib.figure import Figure

from analysis.topics import fit_topics
from analysis.topics.analyses import topics_over_time, topics_per_class
from analysis.topics.plots import (
    save_topic_figures,
    plot_topic_words,
    plot_topics_over_time,
    plot_topics_per_class,
)
from topics_data import seed_statements

INJECTION = "<script>alert('topics')</script>"


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    docs = seed_statements()
    # a hostile statement and speaker name: both must reach the HTML as text, never as markup
    docs.loc[0, "text"] = f"{INJECTION} Три консенсусных результата"
    docs.loc[0, "speaker"] = "<b onmouseover=alert(1)>Mallory</b>"
    return fit_topics(docs, cache_dir=tmp_path_factory.mktemp("embedding-cache"))


def test_figure_functions_return_matplotlib_figures(model):
    assert isinstance(plot_topic_words(model), Figure)
    assert isinstance(plot_topics_per_class(topics_per_class(model, "speaker"), "speaker"), Figure)
    assert isinstance(plot_topics_over_time(topics_over_time(model, "year"), "year"), Figure)


def test_saved_figures_exist_with_cyrillic_text_and_offline_html(model, tmp_path):
    paths = save_topic_figures(model, tmp_path, by_class="speaker", by_time="year")
    names = {p.name for p in paths}
    for stem in ("topics_barchart", "topics_per_speaker", "topics_over_year"):
        assert {f"{stem}.png", f"{stem}.svg", f"{stem}.html"} <= names
    for path in paths:
        assert path.stat().st_size > 0
        if path.suffix == ".png":
            assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "topics_barchart.svg").read_text(encoding="utf-8")
    assert re.search("[а-яё]{4,}", svg), "the SVG keeps Russian topic words as text"
    assert "Лыонг" in (tmp_path / "topics_per_speaker.svg").read_text(encoding="utf-8")
    assert (tmp_path / "plotly.min.js").stat().st_size > 1_000_000  # plotly.js beside the pages: no CDN
    for path in tmp_path.glob("*.html"):
        page = path.read_text(encoding="utf-8")
        assert "cdn.plot.ly" not in page and 'src="plotly.min.js"' in page


def test_statement_text_and_names_are_escaped_in_html(model, tmp_path):
    save_topic_figures(model, tmp_path, by_class="speaker", by_time="year")
    pages = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.html")}
    for name, page in pages.items():
        assert "<script>alert" not in page, name
        assert "<b onmouseover" not in page, name
    # the hostile text is there, escaped (plotly's JSON may further encode '&' as \u0026)
    documents = pages["topics_documents.html"]  # every statement's text is in its hover box
    assert "&lt;script&gt;alert" in documents or "\\u0026lt;script\\u0026gt;alert" in documents
    per_speaker = pages["topics_per_speaker.html"]
    assert "&lt;b onmouseover" in per_speaker or "\\u0026lt;b onmouseover" in per_speaker


def test_missing_columns_skip_their_figures(model, tmp_path):
    paths = save_topic_figures(model, tmp_path, by_class="party", by_time=None)
    assert {p.stem for p in paths} == {"topics_barchart", "topics_documents"}
