"""Topics on a few hundred real UN General Debate speeches (excerpts), UMAP + HDBSCAN path."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.topics import fit_topics
from analysis.topics.analyses import hierarchical_topics, topics_over_time, topics_per_class
from analysis.topics.vectorizer import stop_words
from topics_data import ungdc_excerpts

pytestmark = [pytest.mark.slow, pytest.mark.shared]

YEARS = list(range(2000, 2016, 3))
COUNTRIES_CSV = Path(__file__).resolve().parent.parent / "analysis" / "data" / "countries.csv"
# Written out here, not read from the package's lists, so a word dropped from those lists fails the test.
UN_BOILERPLATE = {"united", "nations", "general", "assembly", "president", "presidency", "secretary",
                  "secretary-general", "session", "delegation", "organization", "mr", "madam", "excellency",
                  "congratulate", "election"}
DEMONYMS = {"american", "russian", "chinese", "french", "british", "german", "japanese", "indian", "israeli",
            "palestinian", "syrian", "iranian", "iraqi", "afghan", "cuban", "korean", "african-american"}


@pytest.fixture(scope="module")
def model(shared_corpora, tmp_path_factory):
    docs = ungdc_excerpts(shared_corpora, years=YEARS, per_year=45)
    return fit_topics(docs, cache_dir=tmp_path_factory.mktemp("embedding-cache"))


def test_speeches_give_several_topics_with_few_outliers(model):
    assert len(model.topics_) == 45 * len(YEARS)
    assert model.strategy_ == "umap-hdbscan"
    n_topics = int((model.topic_info_["topic"] >= 0).sum())
    assert 3 <= n_topics <= 40
    assert model.outlier_share_ < 1 / 3
    assert model.outlier_share_ <= model.outlier_share_before_reduction_
    outliers = model.topic_info_.set_index("topic")["share"].get(-1, 0.0)
    assert outliers == pytest.approx(model.outlier_share_)


def test_topic_words_are_content_not_boilerplate(model):
    words = {w for ws in model.topic_info_["words"] for w in ws.split(", ") if w}
    assert not words & stop_words(("en",))
    assert not words & {"excellencies", "excellency", "ladies", "gentlemen", "mr", "madam"}
    assert words & {"climate", "nuclear", "terrorism", "development", "peace", "security"}


def test_a_climate_topic_gathers_island_states(model):
    """The climate topic should hold small island developing States: a check on the clustering
    itself, with the country codes of the speeches (never seen by the model)."""
    islands = {"ATG", "BHS", "BRB", "CPV", "COM", "CUB", "DMA", "DOM", "FJI", "FSM", "GRD", "GNB", "GUY", "HTI",
               "JAM", "KIR", "MDV", "MHL", "MUS", "NRU", "PLW", "PNG", "WSM", "STP", "SYC", "SLB", "KNA", "LCA",
               "VCT", "SGP", "SUR", "TLS", "TON", "TTO", "TUV", "VUT", "BHR", "BLZ"}
    info = model.topic_info_
    climate = info[info["words"].str.contains("climate") & (info["topic"] >= 0)]
    assert len(climate), info[["topic", "words"]]
    members = model.topics_[model.topics_["topic"].isin(climate["topic"])]
    share_islands = members["country"].isin(islands).mean()
    overall = model.topics_["country"].isin(islands).mean()
    assert share_islands > 1.5 * overall


def test_analyses_over_years_and_countries(model):
    over_time = topics_over_time(model, "year")
    assert sorted(over_time["year"].unique()) == YEARS
    assert over_time["count"].sum() == len(model.topics_)
    per_year = topics_per_class(model, "year")
    assert per_year.groupby("year")["share"].sum().round(9).eq(1.0).all()
    tree = hierarchical_topics(model)
    assert len(tree) == int((model.topic_info_["topic"] >= 0).sum()) - 1
    assert (tree["distance"] >= 0).all() and set(tree["parent_id"]).isdisjoint(model.topic_labels_)


def country_words() -> set[str]:
    """Lower-cased one-word country names of countries.csv ("Paraguay"), plus common demonyms."""
    with COUNTRIES_CSV.open(encoding="utf-8") as handle:
        names = [row["name"].lower() for row in csv.DictReader(handle)]
    return {name for name in names if " " not in name} | DEMONYMS


@pytest.fixture(scope="module")
def openings(shared_corpora, tmp_path_factory):
    """Topics on the openings of speeches: salutations, congratulations to the President, names."""
    docs = ungdc_excerpts(shared_corpora, years=[2014, 2015], per_year=90, start=0.0)
    return fit_topics(docs, cache_dir=tmp_path_factory.mktemp("embedding-cache"))


@pytest.mark.parametrize("fixture", ["model", "openings"])
def test_top_words_hold_no_country_name_or_un_boilerplate(fixture, request):
    fitted = request.getfixturevalue(fixture)
    unwanted = country_words() | UN_BOILERPLATE
    assert "paraguay" in unwanted and "costa" not in unwanted  # the list is what it says
    for topic, words in fitted.topic_words_.items():
        top = [w.lower() for w in words[:10]]
        assert len(top) == 10, (topic, top)
        assert not set(top) & unwanted, (topic, top)
        assert not {"costa", "rica", "kofi", "annan", "ki-moon"} & set(top), (topic, top)
        assert not fitted.topic_labels_[topic].strip().rstrip(":").isdigit()
