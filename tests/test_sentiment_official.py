"""rostrum-official: the official-speech lexicon over dostoevsky / VADER."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest


from analysis.cli import main
from analysis.errors import CorpusError, ModelError
from analysis.schema import SENTIMENT_COLUMNS, SENTIMENT_LABELS
from analysis.sentiment import model_card, score_sentiment
from analysis.sentiment.base import SentimentScorer
from analysis.sentiment.card import MODELS_DIR
from analysis.sentiment.official_card import render_model_card
from analysis.sentiment.evaluation import evaluate_scorer
from analysis.sentiment.official import (
    LEXICON_PATH,
    OFFICIAL_MODEL,
    combine,
    evidence,
    find_cues,
    identity_files,
    load_lexicon,
    packaged_lexicon,
)

# Written for these tests (not from the dev sample): clear evaluations in ministerial prose.
RU_POSITIVE = [
    "Стороны с удовлетворением отметили значительный прогресс на переговорах.",
    "Мы высоко ценим конструктивный подход наших партнёров.",
    "Министр приветствовал успешное завершение встречи на высшем уровне.",
]
RU_NEGATIVE = [
    "Мы глубоко обеспокоены нарушениями режима прекращения огня.",
    "Подобные провокации абсолютно недопустимы.",
    "Министерство решительно осуждает ракетный удар по жилому кварталу.",
]
EN_POSITIVE = [
    "We commend the Secretariat for its fruitful work on this historic milestone.",
    "The delegation appreciates the constructive spirit shown during the consultations.",
]
EN_NEGATIVE = [
    "We deplore the repeated violations of the ceasefire agreement.",
    "The Council is deeply concerned about the deteriorating situation in the region.",
]


def test_packaged_lexicon_loads_and_is_consistent():
    lexicon = load_lexicon()
    assert lexicon.version >= 1 and len(lexicon.sha256) == 64
    for language in ("en", "ru"):
        weights = [c.weight for c in lexicon.cues[language]]
        assert min(weights) < 0 < max(weights) and 0 not in weights
        assert {"not", "no"} <= lexicon.negations["en"] and "не" in lexicon.negations["ru"]
    assert {c.text for c in lexicon.cues["ru"]} >= {"приветствовать", "осуждать", "высоко ценить"}
    assert LEXICON_PATH in identity_files() and any(p.name == "phrases.py" for p in identity_files())


@pytest.mark.parametrize("change, message", [
    (lambda t: t.replace('"no", ', "no, "), "negation.en"),  # YAML reads a bare no as False
    (lambda t: t.replace("welcome: 2.0", "welcome: yes"), "weight of 'welcome'"),
    (lambda t: t.replace("welcome: 2.0", "welcome: 9"), "weight of 'welcome'"),
    (lambda t: t.replace("      commend: 2.0", "      commend: 2.0\n      commended: 1.0"), "same words"),
    (lambda t: t.replace("version: 1", "version: one"), "version"),
    (lambda t: t.replace("  ru:\n    positive:", "  ru:\n    good:"), "cues.ru"),
    (lambda t: "[1, 2", "cannot read"),
])
def test_bad_lexicons_are_rejected_with_the_reason(tmp_path, change, message):
    path = tmp_path / "lexicon.yaml"
    path.write_text(change(LEXICON_PATH.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ModelError, match=message):
        load_lexicon(path)


def test_cues_match_lemmas_and_stems_across_inflections():
    assert [c.text for c, _ in find_cues("Мы высоко ценили плодотворные переговоры.", "ru")] == [
        "высоко ценить", "плодотворный"]  # longest cue first: "ценить" alone is not counted again
    assert [c.text for c, _ in find_cues("The Ministers welcomed the successes and condemned the attacks.", "en")] == [
        "welcome", "success", "condemn", "attack"]
    assert find_cues("We must achieve the goals.", "en") == []  # "=achievement" is an exact form, not the verb


def test_clear_official_sentences_get_the_right_sign(sentences_table):
    texts = RU_POSITIVE + RU_NEGATIVE + EN_POSITIVE + EN_NEGATIVE
    langs = ["ru"] * 6 + ["en"] * 4
    out = score_sentiment(sentences_table(texts, langs), model=OFFICIAL_MODEL)
    expected = ["positive"] * 3 + ["negative"] * 3 + ["positive"] * 2 + ["negative"] * 2
    assert list(out["sentiment_label"]) == expected, list(zip(texts, out["sentiment"]))
    assert (np.sign(out["sentiment"]) == [1 if e == "positive" else -1 for e in expected]).all()
    assert (out["scorer"] == OFFICIAL_MODEL).all()


def test_the_genre_examples_the_base_model_misreads(sentences_table):
    texts = ["Министр отметил большие успехи в развитии сотрудничества.",
             "Мы высоко ценим плодотворное сотрудничество между нашими странами.",
             "Мы решительно осуждаем это нападение."]
    out = score_sentiment(sentences_table(texts, ["ru"] * 3), model=OFFICIAL_MODEL)
    assert out["sentiment"].iloc[0] > 0 and out["sentiment"].iloc[1] > 0 and out["sentiment"].iloc[2] < 0
    # one moderate cue ("успехи") turns the sign, not a confident neutral label
    assert list(out["sentiment_label"])[1:] == ["positive", "negative"]


@pytest.mark.parametrize("plain, negated, language", [
    ("Мы приветствуем это решение.", "Мы не приветствуем это решение.", "ru"),
    ("Такое предложение приемлемо.", "Такое предложение нам не приемлемо.", "ru"),
    ("This proposal is acceptable to us.", "This proposal is not acceptable to us.", "en"),
    ("We welcome this step.", "We don't welcome this step.", "en"),
])
def test_negation_flips_the_cue(sentences_table, plain, negated, language):
    factor = packaged_lexicon().negation_factor
    assert evidence(plain, language) > 0
    assert evidence(negated, language) == pytest.approx(factor * evidence(plain, language))
    out = score_sentiment(sentences_table([plain, negated], [language] * 2), model=OFFICIAL_MODEL)
    assert out["sentiment"].iloc[0] > 0 > out["sentiment"].iloc[1]


def test_negation_stops_at_clause_punctuation():
    assert evidence("No, we welcome this step.", "en") > 0
    assert evidence("Нет, мы приветствуем этот шаг.", "ru") > 0


def test_probabilities_sum_to_one_and_base_is_kept_for_audit(sentences_table):
    texts = RU_POSITIVE + RU_NEGATIVE + EN_POSITIVE + EN_NEGATIVE + [
        "Заседание состоялось в Женеве.", "The meeting took place in Geneva."]
    langs = ["ru"] * 6 + ["en"] * 4 + ["ru", "en"]
    official = score_sentiment(sentences_table(texts, langs), model=OFFICIAL_MODEL)
    base = score_sentiment(sentences_table(texts, langs), model="rostrum-rusentiment")
    probs = official[list(SENTIMENT_LABELS)].to_numpy()
    corrected = official["lexicon_evidence"].ne(0).to_numpy()
    assert np.allclose(probs[corrected].sum(axis=1), 1.0, rtol=0, atol=1e-12) and (probs >= 0).all()
    # rows passed through keep fastText's own rounding (it floors each class at 1e-5)
    assert np.allclose(probs.sum(axis=1), 1.0, rtol=0, atol=1e-4)
    assert np.allclose(official["sentiment"], probs[:, 0] - probs[:, 1])
    assert np.allclose(official["sentiment_base"], base["sentiment"])
    english = official["language"].eq("en").to_numpy()
    assert (official.loc[english, ["skip", "speech"]].to_numpy() == 0).all()  # VADER's convention kept
    # sentences without cues keep the base output exactly
    plain = official["lexicon_evidence"].eq(0).to_numpy()
    assert plain[-2:].all()
    for column in SENTIMENT_COLUMNS:
        if column != "scorer":
            pd.testing.assert_series_equal(official.loc[plain, column], base.loc[plain, column])


def test_combine_is_bounded_and_moves_zero_probabilities():
    base = np.array([[0.0, 0.0, 1.0, 0.0, 0.0], [0.2, 0.3, 0.3, 0.1, 0.1]])
    out = combine(base, np.array([2.0, -1.0]), polar_floor=0.05)
    assert np.allclose(out.sum(axis=1), 1.0)
    assert out[0, 0] > out[0, 1] and out[0, 3] == out[0, 4] == 0.0
    # the positive-vs-negative log-odds move by 2E; other classes keep their ratios
    assert np.log(out[1, 0] / out[1, 1]) == pytest.approx(np.log(0.25 / 0.35) - 2.0)
    assert out[1, 2] / out[1, 3] == pytest.approx(3.0)
    assert np.array_equal(combine(base, np.zeros(2), 0.05), base)
    assert evidence("We condemn, deplore and denounce the atrocity, the genocide and the aggression.", "en") == \
        -packaged_lexicon().max_shift


def test_empty_and_unscored_rules_are_unchanged(sentences_table):
    texts = ["", "   ", None, "Nous condamnons cette attaque.", "Мы осуждаем это.", "We condemn this."]
    langs = ["en", "ru", "en", "fr", None, "en"]
    out = score_sentiment(sentences_table(texts, langs), model=OFFICIAL_MODEL)
    unscored = out.iloc[:5]
    assert (unscored["scorer"] == "unscored").all() and unscored["sentiment_label"].isna().all()
    assert unscored[["sentiment", "sentiment_base", "lexicon_evidence"]].isna().all().all()
    assert out["scorer"].iloc[5] == OFFICIAL_MODEL and out["sentiment"].iloc[5] < 0


def test_default_output_has_no_extra_columns(sentences_table):
    out = score_sentiment(sentences_table(EN_POSITIVE, ["en"] * 2))
    assert "sentiment_base" not in out.columns and "lexicon_evidence" not in out.columns
    rescored = score_sentiment(score_sentiment(sentences_table(EN_POSITIVE, ["en"] * 2), model=OFFICIAL_MODEL))
    assert "sentiment_base" not in rescored.columns  # rescoring replaces, never leaves stale audit columns


def test_deterministic_and_partition_independent(sentences_table):
    texts = (RU_POSITIVE + EN_NEGATIVE + RU_NEGATIVE + EN_POSITIVE) * 2
    langs = (["ru"] * 3 + ["en"] * 2 + ["ru"] * 3 + ["en"] * 2) * 2
    sentences = sentences_table(texts, langs)
    whole = score_sentiment(sentences, model=OFFICIAL_MODEL)
    assert whole.equals(score_sentiment(sentences, model=OFFICIAL_MODEL))
    parts = pd.concat([score_sentiment(sentences.iloc[i:i + 3], model=OFFICIAL_MODEL) for i in range(0, 20, 3)])
    pd.testing.assert_frame_equal(parts, whole)


class _KeywordScorer(SentimentScorer):
    """Negative exactly when the text contains NEG: makes evaluation metrics computable by hand."""

    name = "keyword"

    def predict_proba(self, texts):
        out = np.zeros((len(texts), len(SENTIMENT_LABELS)))
        out[:, 1] = ["NEG" in t for t in texts]
        out[:, 2] = 1 - out[:, 1]
        return out


def _unscon_file(tmp_path, text_column="EDU_text"):
    rows = [  # (text, A0): 3 gold negative; predicted NEG on 2 of them and 1 other
        ("NEG a", "Direct_NegEval"), ("NEG b", "Indirect_NegEval"), ("c", "Direct_NegEval"),
        ("NEG d", "_"), ("e", "_"), ("f", "_"), ("   ", "_"),
    ]
    path = tmp_path / "unscon.csv"
    pd.DataFrame({"file_id": "x.txt", text_column: [r[0] for r in rows], "A0": [r[1] for r in rows],
                  "Three_Conflict_labels": "_"}).to_csv(path, index=False)
    return path


@pytest.mark.parametrize("column", ["EDU_text", "sentence_text"])
def test_unscon_metrics_are_exact(tmp_path, column):
    result = evaluate_scorer(_unscon_file(tmp_path, column), _KeywordScorer())
    assert result["format"] == "unscon" and result["empty_left_out"] == 1
    assert result["confusion_matrix"] == {"labels": ["negative", "not negative"], "matrix": [[2, 1], [1, 2]]}
    assert result["n"] == 6 and result["accuracy"] == pytest.approx(4 / 6)
    assert result["per_label"]["negative"] == pytest.approx(
        {"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3, "support": 3, "predicted": 3, "true_positives": 2})


def test_unscon_bad_files_are_rejected(tmp_path):
    path = tmp_path / "bad.csv"
    pd.DataFrame({"EDU_text": ["a"], "A0": ["Angry"]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match="A0 values"):
        evaluate_scorer(path, _KeywordScorer(), format="unscon")
    pd.DataFrame({"text": ["a"], "label": ["x"]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match="UNSCon"):
        evaluate_scorer(path, _KeywordScorer(), format="unscon")


def test_cli_unscon_reports_official_and_base(tmp_path, capsys):
    path = tmp_path / "unscon.csv"
    pd.DataFrame({"EDU_text": ["We condemn this barbaric attack on civilians .", "We thank the Council ."],
                  "A0": ["Direct_NegEval", "_"]}).to_csv(path, index=False)
    assert main(["sentiment", "evaluate", "--data", str(path), "--model", OFFICIAL_MODEL]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["model"] == OFFICIAL_MODEL and result["base"]["model"] == "vader"
    assert result["confusion_matrix"]["matrix"] == [[1, 0], [0, 1]] and result["per_label"]["negative"]["f1"] == 1.0


def test_unknown_model_is_rejected(sentences_table):
    with pytest.raises(ModelError, match="rostrum-official"):
        score_sentiment(sentences_table(["x"], ["en"]), model="official")


def test_card_records_the_packaged_lexicon_and_both_scorers():
    card = model_card(OFFICIAL_MODEL)
    assert card["lexicon"]["sha256"] == packaged_lexicon().sha256, \
        "lexicon changed since the card was measured: rerun `python -m analysis sentiment official-card`"
    assert card["default"] is False  # score_sentiment's default stays the base models
    for pair in card["metrics"]["unscon"].values():
        assert pair is None or set(pair) == {"base", "official"}
    markdown = (MODELS_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert markdown == render_model_card(model_card()) and "## Official speech" in markdown


def test_pipeline_cache_identity_covers_the_lemmatizer_for_the_official_model_only():
    from analysis.pipeline import step_identity
    from analysis.sentiment.official import cache_identity

    assert cache_identity("rostrum-rusentiment") == {"files": (), "distributions": ()}
    extra = cache_identity(OFFICIAL_MODEL)
    assert LEXICON_PATH in extra["files"] and "pymorphy3" in extra["distributions"]
    plain = step_identity("analysis.sentiment", settings=OFFICIAL_MODEL)
    assert step_identity("analysis.sentiment", settings=OFFICIAL_MODEL, **extra) != plain
