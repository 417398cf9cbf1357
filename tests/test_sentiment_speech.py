"""rostrum-speech: the official-speech tone model, its file, calibration, default use and training."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.errors import ModelError
from analysis.sentiment import score_sentiment
from analysis.sentiment.evaluation import evaluate_gold
from analysis.sentiment.speech import SPEECH_LABELS, SpeechModel, speech_card, speech_model_path
from analysis.sentiment.speech_training import fit_temperature

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "data" / "gold" / "official" / "official.jsonl"


def _model(rng: np.random.Generator, temperature: float = 1.0) -> SpeechModel:
    return SpeechModel(coef=rng.normal(size=(3, 8)), intercept=rng.normal(size=3), temperature=temperature)


def test_model_file_round_trips_and_refuses_a_swapped_file(tmp_path):
    model = _model(np.random.default_rng(1), temperature=1.7)
    path = tmp_path / "m.safetensors"
    sha = model.save(path)
    again = SpeechModel.load(path, sha)
    x = np.random.default_rng(2).normal(size=(5, 8))
    np.testing.assert_allclose(again.predict_proba(x), model.predict_proba(x), atol=1e-4)
    assert np.allclose(again.predict_proba(x).sum(axis=1), 1.0)
    other = tmp_path / "other.safetensors"
    _model(np.random.default_rng(3)).save(other)
    with pytest.raises(ModelError, match="sha256"):
        SpeechModel.load(other, sha)
    with pytest.raises(ModelError, match="train-official"):
        SpeechModel.load(tmp_path / "missing.safetensors")


def test_temperature_recovers_how_overconfident_the_logits_are():
    rng = np.random.default_rng(0)
    model = _model(rng)
    x = rng.normal(size=(4000, 8))
    truth = SpeechModel(model.coef, model.intercept, 2.5).predict_proba(x)  # the real, softer probabilities
    y = np.array([rng.choice(SPEECH_LABELS, p=p) for p in truth], dtype=object)
    assert fit_temperature(model, x, y) == pytest.approx(2.5, rel=0.15)


def test_shipped_model_matches_its_card_and_reads_diplomatic_tone():
    card = speech_card()
    assert hashlib.sha256(speech_model_path().read_bytes()).hexdigest() == card["sha256"]
    sentences = pd.DataFrame({
        "statement_id": ["s"] * 6, "sentence_id": [f"s:{i}" for i in range(6)],
        "text": ["We condemn in the strongest terms the barbaric attack on the embassy.",
                 "I congratulate you, Sir, on your well-deserved election and wish you every success.",
                 "Мы решительно осуждаем этот бесчеловечный террористический акт.",
                 "Сердечно благодарю вас за тёплый приём и плодотворные переговоры.",
                 "Следующее заседание комиссии состоится в марте.",
                 "Das ist ein deutscher Satz."],
        "language": ["en", "en", "ru", "ru", "ru", "de"],
    })
    scored = score_sentiment(sentences)
    assert scored["sentiment_label"].tolist()[:5] == ["negative", "positive", "negative", "positive", "neutral"]
    assert scored["scorer"].tolist() == ["rostrum-speech"] * 5 + ["unscored"]
    assert np.allclose(scored["sentiment"][:5], scored["positive"][:5] - scored["negative"][:5])
    # dostoevsky's five labels stay beside it on Russian rows only
    russian = scored["language"].eq("ru")
    assert scored.loc[russian, "dostoevsky_neutral"].notna().all()
    assert scored.loc[~russian, "dostoevsky_neutral"].isna().all()


def test_evaluate_reads_the_gold_format_per_language(tmp_path):
    gold = pd.read_json(GOLD, lines=True, dtype=False)
    sample = gold[gold["split"] == "dev"].groupby("language").head(40)
    path = tmp_path / "gold.jsonl"
    sample.to_json(path, orient="records", lines=True, force_ascii=False)
    result = evaluate_gold(path, "rostrum-speech")
    assert set(result["languages"]) == {"en", "ru"}
    for report in result["languages"].values():
        assert report["n"] == 40 and report["scorers"] == ["rostrum-speech"]
        assert report["macro"]["f1"] > 0.45  # a label-permuted or broken model lands far below
    old = evaluate_gold(path, "rostrum-rusentiment")
    assert old["languages"]["ru"]["scorers"] == ["rostrum-rusentiment"]
    assert old["languages"]["en"]["scorers"] == ["vader"]


@pytest.mark.slow
@pytest.mark.shared
def test_retraining_in_fresh_processes_is_deterministic_and_gives_the_shipped_model(shared_corpora, tmp_path):
    """Retraining from the gold corpus gives the shipped model, and the fit is deterministic.

    The first process embeds every sentence from scratch; the second reads those vectors from the
    shared cache, so its identical bytes show that the fit itself is path-independent (the solver
    runs to its optimum). Another CPU computes the e5 vectors with other SIMD kernels, which moves
    the optimum a little: an AMD EPYC retrain differs from the Intel-trained file by at most 0.031
    in a weight (mean 0.0075), 0.003 in an intercept and 0.003 in temperature, with identical labels
    on the dev and test splits. The neighbouring settings C 1 and C 4 differ by 0.75-0.87 in a
    weight (mean 0.18-0.24) and change 3 % of those labels, so the bounds below still catch them.
    """
    env = {**os.environ, "ROSTRUM_CACHE_DIR": str(tmp_path / "cache")}  # the second run reads the first's vectors
    written = []
    for name in ("a", "b"):
        out = tmp_path / f"{name}.safetensors"
        subprocess.run([sys.executable, "-m", "analysis", "sentiment", "train-official", "--reuse-choice",
                        "--corpora", str(shared_corpora), "--out", str(out)], check=True, cwd=REPO, env=env)
        written.append(out)
    assert written[0].read_bytes() == written[1].read_bytes()
    retrained, shipped = SpeechModel.load(written[0]), SpeechModel.load(speech_model_path(), speech_card()["sha256"])
    weights = np.abs(retrained.coef - shipped.coef)
    assert weights.max() < 0.1 and weights.mean() < 0.03
    np.testing.assert_allclose(retrained.intercept, shipped.intercept, atol=0.02)
    assert retrained.temperature == pytest.approx(shipped.temperature, abs=0.02)
