"""fit_topics: small-corpus rules, clear errors, the tidy tables, the vectorizer, guidance."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.errors import AnalysisError, SchemaError, TooFewDocumentsError
from analysis.schema import TOPIC_COLUMNS
from analysis.topics import TopicConfig, TopicModel, fit_topics
from analysis.topics.analyses import (
    hierarchical_topics,
    sentiment_by_topic,
    topic_shares,
    topics_over_time,
    topics_per_class,
)
from analysis.topics.vectorizer import LemmaTokenizer, stop_words, titled_names
from topics_data import seed_statements

ENGLISH = [
    "Mr. President, climate change threatens the survival of small island States.",
    "Rising sea levels and warming oceans endanger our coasts and fisheries.",
    "We call for deep cuts in greenhouse gas emissions under the Paris Agreement.",
    "Nuclear disarmament and non-proliferation remain the cornerstone of our security.",
    "The proliferation of nuclear weapons is a grave threat to international peace.",
    "We urge all States to ratify the Comprehensive Nuclear-Test-Ban Treaty.",
    "Ladies and gentlemen, debt relief is essential for the least developed countries.",
    "Official development assistance must reach the poorest economies.",
    "Trade barriers hurt the exports of developing countries.",
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("embedding-cache")


@pytest.fixture(scope="module")
def seed_model(cache):
    return fit_topics(seed_statements(), cache_dir=cache)


def _docs(texts):
    return pd.DataFrame({"statement_id": [f"d{i}" for i in range(len(texts))], "text": texts})


def _check_complete(model, n):
    topics = model.topics_
    assert len(topics) == n
    assert list(topics.columns[: len(TOPIC_COLUMNS)]) == list(TOPIC_COLUMNS)
    assert (topics["topic"] >= 0).any(), "a corpus of 3+ documents must give at least one topic"
    assert model.topic_info_["count"].sum() == n
    assert model.topic_info_["share"].sum() == pytest.approx(1.0)


@pytest.mark.parametrize(
    "texts",
    [
        ENGLISH[:3],
        ENGLISH[:4],
        ["Peace", "Thanks", "Мир", "Спасибо", "Climate"],  # one-word documents, mostly stop words
        ["The same statement on peace."] * 5 + ENGLISH[:5],  # duplicates
        ENGLISH[:9] + list(seed_statements()["text"]) + ["Nuclear weapons."] * 3 + ["Debt"] * 2,  # 30, two languages
    ],
    ids=["3", "4", "5-one-word", "10-duplicates", "30-mixed"],
)
def test_small_corpora_never_crash_and_never_give_zero_topics(texts, cache):
    model = fit_topics(_docs(texts), cache_dir=cache)
    assert model.strategy_ == "kmeans"
    _check_complete(model, len(texts))


def test_identical_documents_get_one_topic(cache):
    model = fit_topics(_docs(["We stand for peace."] * 4), cache_dir=cache)
    assert set(model.topics_["topic"]) == {0}


def test_small_corpus_topics_separate_themes(cache):
    model = fit_topics(_docs(ENGLISH), config=TopicConfig(nr_topics=3), cache_dir=cache)
    groups = [set(model.topics_["topic"][i : i + 3]) for i in (0, 3, 6)]
    assert all(len(g) == 1 for g in groups), groups  # climate, nuclear and development statements
    assert len(set.union(*groups)) == 3
    words = " ".join(model.topic_info_["words"])
    assert "nuclear" in words and "climate" in words
    for boilerplate in ("president", "ladies", "gentlemen", "mr"):
        assert boilerplate not in words.split(", ")


def test_fewer_than_three_documents_is_a_clear_error(cache):
    with pytest.raises(TooFewDocumentsError, match="at least 3"):
        fit_topics(_docs(ENGLISH[:2]), cache_dir=cache)
    with pytest.raises(TooFewDocumentsError, match="2 more were empty"):
        fit_topics(_docs(ENGLISH[:2] + ["", "   "]), cache_dir=cache)


def test_punctuation_only_corpus_is_a_clear_error(cache):
    with pytest.raises(TooFewDocumentsError, match="no document contains a word"):
        fit_topics(_docs(["...", "!!!", "2024", "?"]), cache_dir=cache)


def test_bad_tables_are_rejected():
    with pytest.raises(SchemaError, match="'text' column"):
        fit_topics(pd.DataFrame({"body": ["a", "b", "c"]}))
    with pytest.raises(SchemaError, match="unique"):
        fit_topics(pd.DataFrame({"statement_id": ["a", "a", "b"], "text": ENGLISH[:3]}))
    with pytest.raises(AnalysisError, match="min_topic_size"):
        TopicConfig(min_topic_size=1)
    with pytest.raises(AnalysisError, match="nr_topics"):
        TopicConfig(nr_topics=0)
    with pytest.raises(AnalysisError, match="unknown topic settings"):
        TopicConfig.from_dict({"backend": "use", "colour": "red"})


def test_empty_texts_are_skipped_on_record_not_silently(cache):
    docs = _docs(ENGLISH[:4] + [None, ""])
    with pytest.warns(UserWarning, match="2 document"):
        model = fit_topics(docs, cache_dir=cache)
    assert list(model.skipped_["statement_id"]) == ["d4", "d5"]
    assert set(model.skipped_["reason"]) == {"empty text"}
    assert len(model.topics_) == 4


def test_seed_topics_table_joins_back_to_the_documents(seed_model):
    docs = seed_statements()
    topics = seed_model.topics_
    assert list(topics["statement_id"]) == list(docs["statement_id"])
    assert list(topics["text"]) == list(docs["text"])  # the input's metadata is carried along
    assert topics["topic_label"].notna().all()
    members = topics[topics["topic"] >= 0]
    assert members["probability"].between(0, 1).all()
    # labels are Russian lemmas, not inflected forms or stop words
    words = [w for ws in seed_model.topic_info_["words"] for w in ws.split(", ")]
    assert "сотрудничество" in words
    assert not {"сотрудничества", "и", "в", "уважаемый"} & set(words)


def test_probability_is_similarity_to_the_topic_centroid(seed_model):
    topics = seed_model.topics_
    ids, centroids = seed_model._centroids()
    row = 0
    topic = topics["topic"][row]
    expected = float(seed_model.embeddings_[row] @ centroids[ids.index(topic)])
    assert topics["probability"][row] == pytest.approx(np.clip(expected, 0, 1), abs=1e-6)
    # every document is closest to (or tied with) its own topic's centroid under k-means on unit vectors
    best = np.asarray(ids)[(seed_model.embeddings_ @ centroids.T).argmax(axis=1)]
    assert (best == topics["topic"].to_numpy()).mean() >= 0.9


def test_analyses_are_tidy_and_consistent(seed_model):
    per_speaker = topics_per_class(seed_model, "speaker")
    assert list(per_speaker.columns) == ["speaker", "topic", "topic_label", "count", "share", "words"]
    assert per_speaker["count"].sum() == len(seed_model.topics_)
    assert "(unknown)" in set(per_speaker["speaker"])  # paragraphs without a named speaker stay counted
    assert per_speaker.groupby("speaker")["share"].sum().to_numpy() == pytest.approx(1.0)
    over_time = topics_over_time(seed_model, "year")
    assert set(over_time["year"]) == {2025}
    assert over_time["count"].sum() == len(seed_model.topics_)
    tree = hierarchical_topics(seed_model)
    n_topics = int((seed_model.topic_info_["topic"] >= 0).sum())
    assert len(tree) == n_topics - 1  # a binary merge tree
    with pytest.raises(SchemaError, match="no 'party' column"):
        topics_per_class(seed_model, "party")


def test_transform_assigns_new_documents_to_the_nearest_topic(seed_model):
    again = seed_model.transform(seed_statements())
    fitted = seed_model.topics_
    agree = (again["topic"].to_numpy() == fitted["topic"].to_numpy()).mean()
    assert agree >= 0.9
    new = seed_model.transform(_docs(["Конвенция ООН против киберпреступности подписана в Ханое."]))
    assert new["topic"][0] >= 0 and 0 <= new["probability"][0] <= 1


def test_zeroshot_and_guided_topics_from_explicit_lists(cache):
    docs = _docs(ENGLISH)
    zeroshot = fit_topics(
        docs,
        config=TopicConfig(zeroshot_topics=("climate change and rising seas", "nuclear weapons"),
                           zeroshot_min_similarity=0.4),
        cache_dir=cache,
    )
    _check_complete(zeroshot, len(ENGLISH))
    labels = zeroshot.topics_["topic_label"]
    # USE similarity of statements 0, 1 to the first description is 0.41-0.48, of 3, 4 to the second ~0.5
    assert labels[0] == labels[1] == "climate change and rising seas"
    assert labels[3] == labels[4] == "nuclear weapons"
    guided = fit_topics(
        docs, config=TopicConfig(seed_topics=(("climate", "sea"), ("nuclear", "weapons")), nr_topics=3), cache_dir=cache
    )
    _check_complete(guided, len(ENGLISH))


def test_guided_and_zeroshot_topics_from_the_frame_codebook(cache):
    from analysis.frames import load_codebook
    from analysis.topics.guidance import codebook_guidance

    book = codebook_guidance(("ru", "en"))
    assert len(book.seed_topics) == len(load_codebook().frames)
    assert set(book.zeroshot_names) <= set(load_codebook().frame_keys)
    docs = seed_statements()
    model = fit_topics(docs, config=TopicConfig(guided=True, zeroshot=True, zeroshot_min_similarity=0.35),
                       cache_dir=cache)
    _check_complete(model, len(docs))
    labels = set(model.topics_["topic_label"])
    assert labels & set(load_codebook().frame_keys), labels  # some paragraphs are close enough to a frame's description
    assert model.model_.seed_topic_list == book.seed_topics


@pytest.mark.slow
def test_outlier_reassignment_log_matches_the_table(cache):
    # an HDBSCAN fit on the seed's paragraphs + English statements (threshold lowered to force it)
    texts = list(seed_statements()["text"]) + ENGLISH * 2
    docs = _docs(texts)
    config = TopicConfig(small_corpus_threshold=10, min_topic_size=3)
    model = fit_topics(docs, config=config, cache_dir=cache)
    assert model.strategy_.startswith(("umap-hdbscan", "kmeans (fallback"))
    _check_complete(model, len(texts))
    log = model.outliers_reassigned_
    assert model.outlier_share_ <= model.outlier_share_before_reduction_
    if len(log):
        assert (log["old_topic"] == -1).all() and (log["new_topic"] >= 0).all()
        assert (log["similarity"] >= model.outlier_threshold_ - 1e-6).all()
        merged = log.merge(model.topics_, on="statement_id")
        assert (merged["new_topic"] == merged["topic"]).all()
    kept = fit_topics(docs, config=TopicConfig(small_corpus_threshold=10, min_topic_size=3, reduce_outliers=False),
                      cache_dir=cache)
    assert kept.outliers_reassigned_.empty
    assert kept.outlier_share_ == pytest.approx(model.outlier_share_before_reduction_)


def test_tokenizer_lemmatises_and_drops_boilerplate():
    tokenize = LemmaTokenizer()
    assert tokenize("Уважаемого господина Председателя благодарю за сотрудничества") == ["благодарить", "сотрудничество"]
    assert tokenize("Mr. President, Excellencies, ladies and gentlemen: climate change.") == ["climate", "change"]
    assert "мир" not in stop_words(("ru",)) and "и" in stop_words(("ru",))
    assert LemmaTokenizer(drop_stop_words=False)("Thanks") == ["thanks"]


def test_tokenizer_drops_country_and_person_names_and_un_boilerplate():
    tokenize = LemmaTokenizer()
    text = ("The United Nations General Assembly heard the delegation of Costa Rica. Paraguay and the "
            "Paraguayan people, like the Russian Federation, support small island developing States.")
    assert tokenize(text) == ["heard", "people", "support", "island", "developing", "states"]
    assert LemmaTokenizer(exclude_names=False)("Paraguay and Costa Rica") == ["paraguay", "costa", "rica"]
    assert tokenize("Владимир Путин и Сергей Лавров говорили о сотрудничестве") == ["сотрудничество"]


def test_person_names_are_learned_after_titles_and_never_ordinary_words():
    texts = ["We thank Secretary-General Ban Ki-moon and Mr. Annan for the report.",
             "A ban on nuclear tests: the test ban treaty must ban every test.",
             "Annan spoke of peace."]
    assert titled_names(texts) == {"annan", "ki-moon"}  # "ban" is mostly lower-case: a word, not a name
    tokenize = LemmaTokenizer().fit(texts)
    assert "ban" in tokenize(texts[1]) and "annan" not in tokenize(texts[2])


def test_fitted_tokenizer_counts_stems_as_their_most_frequent_form():
    texts = ["Threats and threats again.", "A threat to cooperation.", "We cooperate; cooperation works."]
    tokenize = LemmaTokenizer().fit(texts)
    assert tokenize("threat, threats") == ["threats", "threats"]  # 3 x "threats" beat 1 x "threat"
    assert tokenize("cooperate") == ["cooperation"]
    assert LemmaTokenizer(**tokenize.state())("threat") == ["threats"]  # the state rebuilds it (persistence)
    assert LemmaTokenizer()("threat, threats") == ["threat", "threats"]  # unfitted: as written


def test_period_labels_name_five_year_spans_from_the_start():
    from analysis.aggregate import period_labels

    years = pd.Series([1989, 1993, 1994, 2023, None], dtype="Int64")
    assert period_labels(years, start=1989).tolist() == ["1989–1993", "1989–1993", "1994–1998", "2019–2023", pd.NA]
    assert period_labels(years, width=10).tolist()[:3] == ["1989–1998", "1989–1998", "1989–1998"]
    with pytest.raises(AnalysisError, match="one year"):
        period_labels(years, width=0)


def test_representation_is_one_of_bertopics_offline_models():
    with pytest.raises(AnalysisError, match="representation"):
        TopicConfig(representation="openai")
    assert TopicConfig().representation == "keybert"


@pytest.mark.parametrize("width", [8, 12, 18, 28, 40])
def test_short_topic_names_are_never_a_bare_number(width):
    from analysis.topics.plots import _short

    short = _short("0: secretary-general, multilateralism, peace", width)
    assert len(short) <= width and short[3:].strip("… ")


def test_topic_shares_cross_columns(seed_model):
    shares = topic_shares(seed_model, ["speaker", "year"])
    assert shares["count"].sum() == len(seed_model.topics_)
    per_group = shares.groupby(["speaker", "year"], dropna=False)["share"].sum()
    assert np.allclose(per_group.to_numpy(), 1.0)
    topics = seed_model.topics_
    for row in shares.itertuples():
        same_speaker = topics["speaker"].isna() if pd.isna(row.speaker) else topics["speaker"].eq(row.speaker)
        assert row.count == int((same_speaker.fillna(False) & topics["topic"].eq(row.topic)).sum())
    assert shares["speaker"].isna().any()  # statements without a speaker form their own group


def test_sentiment_by_topic_joins_sentences_to_their_statements_topic(seed_model):
    from analysis.segmentation import segment

    sentences = segment(seed_statements())
    topic_of = dict(zip(seed_model.topics_["statement_id"], seed_model.topics_["topic"]))
    # a made-up score that depends only on the statement's topic: +1 for topic 0, -1 otherwise
    sentences["sentiment"] = [1.0 if topic_of[s] == 0 else -1.0 for s in sentences["statement_id"]]
    sentences.loc[0, "sentiment"] = np.nan  # unscored: left out, not counted
    table = sentiment_by_topic(seed_model, sentences)
    for row in table.itertuples():
        assert row.mean == (1.0 if row.topic == 0 else -1.0)
    assert table["n"].sum() == len(sentences) - 1
    with pytest.raises(SchemaError, match="score them"):
        sentiment_by_topic(seed_model, sentences.drop(columns="sentiment"))


def test_strategy_follows_the_threshold_but_never_runs_umap_on_a_handful():
    from analysis.topics.factory import clustering_strategy, kmeans_k

    assert clustering_strategy(TopicConfig(), 199) == "kmeans"
    assert clustering_strategy(TopicConfig(), 200) == "umap-hdbscan"
    assert clustering_strategy(TopicConfig(small_corpus_threshold=3), 5) == "kmeans"
    assert [kmeans_k(TopicConfig(), n) for n in (3, 10, 30, 100)] == [2, 2, 4, 7]
    assert kmeans_k(TopicConfig(nr_topics=5), 30) == 5


def test_umap_compilation_is_kept_on_disk_for_the_next_process():
    """Every numba function of umap gets numba's on-disk cache, so a new process loads it
    instead of compiling for 20-30 s (the topics stay the same: test_topics_reproducible)."""
    import umap.layouts
    import umap.umap_
    from numba.core.caching import FunctionCache
    from numba.core.dispatcher import Dispatcher

    from analysis.topics.factory import keep_umap_compilation_on_disk

    keep_umap_compilation_on_disk()
    compiled = [f for module in (umap.umap_, umap.layouts) for f in vars(module).values() if isinstance(f, Dispatcher)]
    assert len(compiled) >= 10
    assert [f.py_func.__name__ for f in compiled if not isinstance(f._cache, FunctionCache)] == []
