"""Sentence sentiment: signs, probabilities, unscored rows, partitioning, model files."""

from __future__ import annotations

import shutil

import numpy as np
import pandas as pd
import pytest
from dostoevsky.models import FastTextSocialNetworkModel
from dostoevsky.tokenization import RegexTokenizer


from analysis.aggregate import mean_by
from analysis.errors import ModelError, SchemaError
from analysis.schema import SENTIMENT_COLUMNS, SENTIMENT_LABELS
from analysis.sentiment import model_card, score_sentiment, sentiment_by
from analysis.sentiment.card import model_path
from analysis.sentiment.russian import (
    DostoevskyScorer,
    OriginalSocialNetworkModel,
    RostrumSocialNetworkModel,
    load_russian_model,
    preprocess,
)

RU_POSITIVE = [
    "Это прекрасное достижение, мы гордимся нашей работой.",
    "Это большой успех и замечательный результат нашей совместной работы.",
    "Мы искренне рады успешному завершению переговоров.",
]
RU_NEGATIVE = [
    "Это ужасная трагедия, мы решительно осуждаем этот чудовищный теракт.",
    "К сожалению, ситуация катастрофическая, и это позор для всего мира.",
    "Мы глубоко разочарованы и возмущены этим отвратительным решением.",
]
EN_POSITIVE = [
    "We warmly welcome this excellent agreement and thank all delegations for their constructive cooperation.",
    "This is a great success and a hopeful day for peace.",
]
EN_NEGATIVE = [
    "We strongly condemn this horrific terrorist attack that killed innocent civilians.",
    "The humanitarian situation is catastrophic and the violence is unacceptable.",
]


def test_clear_russian_and_english_sentences_get_the_right_sign(sentences_table):
    texts = RU_POSITIVE + RU_NEGATIVE + EN_POSITIVE + EN_NEGATIVE
    langs = ["ru"] * 6 + ["en"] * 4
    out = score_sentiment(sentences_table(texts, langs), model="rostrum-rusentiment")  # dostoevsky + VADER by name
    sign = np.sign(out["sentiment"].to_numpy())
    assert list(sign) == [1, 1, 1, -1, -1, -1, 1, 1, -1, -1]
    assert list(out["scorer"]) == ["rostrum-rusentiment"] * 6 + ["vader"] * 4
    default = score_sentiment(sentences_table(texts, langs))  # rostrum-speech, one model for both languages
    assert list(np.sign(default["sentiment"].to_numpy())) == [1, 1, 1, -1, -1, -1, 1, 1, -1, -1]
    assert list(out["sentiment_label"][6:]) == ["positive", "positive", "negative", "negative"]


def test_columns_probabilities_and_signed_score(sentences_table):
    texts = RU_POSITIVE + RU_NEGATIVE + EN_POSITIVE + ["Заседание начнётся в десять часов."]
    out = score_sentiment(sentences_table(texts, ["ru"] * 6 + ["en"] * 2 + ["ru"]))
    for name, dtype in SENTIMENT_COLUMNS.items():
        assert str(out[name].dtype) == dtype, name
    probs = out[list(SENTIMENT_LABELS)].to_numpy()
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-3)
    assert ((probs >= 0) & (probs <= 1 + 1e-4)).all()
    assert np.allclose(out["sentiment"], out["positive"] - out["negative"])
    assert out["sentiment"].between(-1, 1).all()
    ru = out[out["scorer"] == "rostrum-rusentiment"]
    argmax = np.asarray(SENTIMENT_LABELS)[ru[list(SENTIMENT_LABELS)].to_numpy().argmax(axis=1)]
    assert list(ru["sentiment_label"]) == list(argmax)
    en = out[out["scorer"] == "vader"]
    assert (en["skip"] == 0).all() and (en["speech"] == 0).all()


def test_unscored_languages_nulls_and_blanks(sentences_table):
    texts = ["Nous saluons cette coopération.", "Мы приветствуем сотрудничество.", "", "   \n\t", None,
             "We welcome it.", "Хорошо."]
    langs = ["fr", None, "ru", "en", "ru", "EN", "ru"]
    df = sentences_table(texts, langs)
    df["speaker"] = "X"
    out = score_sentiment(df)
    unscored = out.iloc[:5]
    assert (unscored["scorer"] == "unscored").all()
    assert unscored[[*SENTIMENT_LABELS, "sentiment"]].isna().all().all()
    assert unscored["sentiment_label"].isna().all()
    assert list(out["scorer"][5:]) == ["rostrum-speech", "rostrum-speech"]
    assert list(out.columns[:6]) == list(df.columns)  # input columns kept, in order
    assert out["speaker"].eq("X").all()


def test_same_result_whatever_the_partitioning(sentences_table):
    texts = RU_POSITIVE + RU_NEGATIVE + EN_POSITIVE + EN_NEGATIVE + ["", "Bonjour"]
    df = sentences_table(texts, ["ru"] * 6 + ["en"] * 4 + ["ru", "fr"])
    df.index = pd.RangeIndex(100, 100 + len(df))
    whole = score_sentiment(df)
    parts = pd.concat([score_sentiment(df.iloc[i:i + 3]) for i in range(0, len(df), 3)])
    pd.testing.assert_frame_equal(whole, parts)
    assert list(whole.index) == list(df.index)
    pd.testing.assert_frame_equal(whole, score_sentiment(df))  # deterministic


def test_rescoring_replaces_sentiment_columns(sentences_table):
    df = sentences_table(RU_POSITIVE, ["ru"] * 3)
    once = score_sentiment(df)
    twice = score_sentiment(once)
    pd.testing.assert_frame_equal(once, twice)


def test_bad_input_is_rejected_clearly(sentences_table):
    with pytest.raises(SchemaError, match="language"):
        score_sentiment(pd.DataFrame({"text": ["x"]}))
    with pytest.raises(ModelError, match="dostoevsky-original"):
        score_sentiment(sentences_table(["x"], ["ru"]), model="bert")


def test_fast_path_equals_dostoevsky_predict():
    texts = RU_POSITIVE + RU_NEGATIVE + [
        "кто-то сказал: «нет!!!» :-))) 3.5 , 1 / 2 ,5 - то yahoo! Yahoo!!",
        "что -то , кто- то и 2 .5 или 7. 8 a_ b ΔP mβж ;) ...?!",
        "Привет\nмир\t— тест —", "", "Хорошо 👍👍 !!!",
    ]
    dostoevsky = RostrumSocialNetworkModel()
    tokenizer = RegexTokenizer()
    for text in texts:
        assert preprocess(text) == " ".join(t for t, _ in tokenizer.split(text))
    expected = dostoevsky.predict(texts, k=-1)
    got = DostoevskyScorer(dostoevsky.model, "x").score(texts)
    assert list(got["sentiment_label"]) == [max(r, key=r.get) for r in expected]
    for row, result in zip(got.itertuples(), expected):
        assert all(abs(getattr(row, label) - p) < 1e-6 for label, p in result.items())


def test_preprocess_equals_dostoevsky_tokenizer_on_rusentiment(shared_corpora):
    tokenizer = RegexTokenizer()
    texts = pd.read_csv(shared_corpora / "rusentiment" / "rusentiment_test.csv", dtype=str,
                        keep_default_na=False)["text"]
    for text in texts:
        assert preprocess(text) == " ".join(t for t, _ in tokenizer.split(text)), text


def test_packaged_model_is_a_dostoevsky_model_and_matches_its_card():
    model = load_russian_model()
    assert isinstance(model, FastTextSocialNetworkModel)
    assert load_russian_model() is model  # loaded once per process
    assert model.MODEL_PATH == str(model_path())
    card = model_card()
    assert card["sha256"] and card["size_bytes"] == model_path().stat().st_size < 10_000_000
    assert "CC BY-NC-SA 4.0" in card["licence"]
    assert card["metrics"]["rusentiment_test"]["weighted"]["f1"] >= 0.0  # figure recorded


@pytest.mark.parametrize("damage", ["truncate", "garble", "delete"])
def test_damaged_model_file_raises_model_error_naming_file_and_fix(tmp_path, damage):
    copy = tmp_path / "rostrum-rusentiment.ftz"
    shutil.copy(model_path(), copy)
    data = copy.read_bytes()
    if damage == "truncate":
        copy.write_bytes(data[: len(data) // 3])
    elif damage == "garble":
        copy.write_bytes(data[:100] + bytes(b ^ 0xFF for b in data[100:200]) + data[200:])
    else:
        copy.unlink()
    with pytest.raises(ModelError) as info:
        RostrumSocialNetworkModel(model_file=copy)
    assert str(copy) in str(info.value)
    assert "python -m analysis sentiment train" in str(info.value)


def test_original_dostoevsky_weights_missing_gives_instructions(monkeypatch, tmp_path):
    monkeypatch.setattr(OriginalSocialNetworkModel, "MODEL_PATH", str(tmp_path / "absent.bin"))
    with pytest.raises(ModelError, match="python -m dostoevsky download fasttext-social-network-model"):
        OriginalSocialNetworkModel()


def test_original_dostoevsky_weights_are_used_when_installed(sentences_table, monkeypatch, tmp_path):
    # Stand-in for the original .bin: any fastText file with dostoevsky's labels.
    copy = tmp_path / "fasttext-social-network-model.bin"
    shutil.copy(model_path(), copy)
    monkeypatch.setattr(OriginalSocialNetworkModel, "MODEL_PATH", str(copy))
    load_russian_model.cache_clear()
    from analysis.sentiment.scoring import get_scorer

    get_scorer.cache_clear()
    try:
        out = score_sentiment(sentences_table(RU_NEGATIVE, ["ru"] * 3), model="dostoevsky-original")
    finally:
        load_russian_model.cache_clear()
        get_scorer.cache_clear()
    assert (out["scorer"] == "dostoevsky-original").all() and (out["sentiment"] < 0).all()


def test_sentiment_by_joins_statement_metadata(sentences_table):
    texts = RU_POSITIVE + RU_NEGATIVE + ["", "Bonjour"]
    sentences = score_sentiment(sentences_table(texts, ["ru"] * 7 + ["fr"]))
    statements = pd.DataFrame({"statement_id": ["s0", "s1", "s2"], "speaker": ["A", "B", None],
                               "country": ["RUS", "RUS", "VNM"]})
    table = sentiment_by(sentences, statements, "country", n_boot=200)
    merged = sentences.merge(statements, on="statement_id")
    pd.testing.assert_frame_equal(table, mean_by(merged, "sentiment", "country", n_boot=200))
    assert table["n"].sum() == 6  # blank and French sentences are not counted
    by_speaker = sentiment_by(sentences, statements, ["speaker"], n_boot=200)
    assert by_speaker["speaker"].isna().sum() == 1  # the unknown speaker is kept, not dropped
    per_statement = sentiment_by(sentences, statements, "statement_id", n_boot=200)
    assert list(per_statement["statement_id"]) == ["s0", "s1", "s2"]
    with pytest.raises(SchemaError, match="party"):
        sentiment_by(sentences, statements, "party")
    with pytest.raises(SchemaError, match="unique"):
        sentiment_by(sentences, pd.concat([statements, statements]), "country")


def test_model_card_unknown_model():
    with pytest.raises(ModelError):
        model_card("vader")


def test_figures(sentences_table, tmp_path):
    from matplotlib.figure import Figure

    from analysis.plots import plot_group_means, save_figure
    from analysis.sentiment.plots import plot_confusion, plot_distribution, plot_statement_course

    sentences = score_sentiment(sentences_table(RU_POSITIVE + RU_NEGATIVE + EN_POSITIVE + ["Bonjour"],
                                           ["ru"] * 6 + ["en"] * 2 + ["fr"]))
    statements = pd.DataFrame({"statement_id": ["s0", "s1", "s2"], "speaker": ["Лавров", "B", None]})
    figures = [
        plot_group_means(sentiment_by(sentences, statements, "speaker", n_boot=100), "speaker"),
        plot_distribution(sentences),
        plot_confusion(model_card()["metrics"]["rusentiment_test"]),
        plot_statement_course(sentences, "s0"),
    ]
    for i, fig in enumerate(figures):
        assert isinstance(fig, Figure)
        png, svg = save_figure(fig, f"fig{i}", tmp_path)
        assert png.stat().st_size > 0
    assert "Лавров" in svg.read_text() or "Лавров" in (tmp_path / "fig0.svg").read_text()
    with pytest.raises(SchemaError):
        plot_statement_course(sentences, "missing")
