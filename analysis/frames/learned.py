"""``rostrum-frames``: a learned second opinion beside the codebook, and how the two combine.

A codebook misses paraphrases ("Большая проблема безработицы" is development talk without a
codebook word). This detector is one logistic regression per frame (one-vs-rest) over the
multilingual-e5-small sentence embeddings the suite already caches (``analysis.embeddings``,
backend ``"e5"``, the vectors the tone model reads), trained on the train and dev splits of
the hand-coded official-speech corpus and the held-out sets already scored
(``data/gold/official/``; see :mod:`analysis.frames.learned_training`). One model serves Russian and English: e5 puts
both languages in one space.

Every classifier hit covers its whole sentence (entry ``"classifier"``) and carries its
``score`` (the frame's probability), so a hit can be audited like a codebook hit. The
combination cross-validation chose is ``"union"`` with the codebook first: a frame keeps its
codebook hits with their offsets, and the classifier only adds frames the codebook did not
find in that sentence (:func:`combine_hits`).

Inference is numpy only: the shipped file holds the weights (safetensors) and a JSON header
with the frame keys and the threshold; the loader checks its sha256 against the card.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import ModelError
from ..model_file import load_model_file, save_model_file
from ..schema import FRAME_HIT_COLUMNS, conform, empty_table
from ..text import base_language, script_language
from ..text.datelines import dateline_end

MODEL_NAME = "rostrum-frames"
MODELS_DIR = Path(__file__).resolve().parent / "models"
TRAIN_COMMAND = "python -m analysis train-frames"
ENTRY_ID = "classifier"
COMBINATIONS = ("codebook", "classifier", "union")
SCORED_HIT_COLUMNS = {**FRAME_HIT_COLUMNS, "score": "float64"}


def model_path() -> Path:
    return MODELS_DIR / f"{MODEL_NAME}.safetensors"


def card_path() -> Path:
    return MODELS_DIR / f"{MODEL_NAME}.json"


@dataclass(frozen=True)
class FrameClassifier:
    """One-vs-rest logistic regression: ``coef`` (frames × d), ``intercept`` (frames), and a
    probability threshold per language (``thresholds``; key ``"*"`` for any other language)."""

    frames: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray
    thresholds: dict[str, float]
    backend: str = "e5"

    def threshold_for(self, language: str | None) -> float:
        """The language's threshold, else the ``"*"`` one (languages the corpus did not have)."""
        return self.thresholds.get(language or "*", self.thresholds["*"])

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        """Probability of each frame (columns in ``frames`` order), independently per frame."""
        return 1.0 / (1.0 + np.exp(-(features @ self.coef.T + self.intercept)))

    def save(self, path: Path) -> str:
        """Write the weights (rounded to 1e-5, so a retrain gives the same bytes) and return their sha256."""
        tensors = {"coef": np.round(self.coef, 5).astype(np.float32),
                   "intercept": np.round(self.intercept, 5).astype(np.float32)}
        header = {"frames": list(self.frames), "backend": self.backend,
                  "thresholds": {k: round(float(v), 4) for k, v in sorted(self.thresholds.items())}}
        return save_model_file(path, tensors, header)

    @classmethod
    def load(cls, path: Path, sha256: str | None = None) -> FrameClassifier:
        """Read a saved model, refusing it when its sha256 differs from the card's."""
        tensors, header = load_model_file(path, sha256, what="frame classifier", rebuild=TRAIN_COMMAND)
        if not header.get("frames") or "*" not in header.get("thresholds", {}):
            raise ModelError(f"{path} lacks its frame list or thresholds; rebuild it with `{TRAIN_COMMAND}`")
        return cls(tuple(header["frames"]), tensors["coef"].astype(np.float64),
                   tensors["intercept"].astype(np.float64), dict(header["thresholds"]), header["backend"])


def model_card() -> dict:
    """The card of ``rostrum-frames`` (data, selection on dev, test figures, sha256)."""
    try:
        return json.loads(card_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"model card {card_path()} is missing; rebuild it with `{TRAIN_COMMAND}`") from None


@functools.lru_cache(maxsize=1)
def load_frame_classifier() -> FrameClassifier:
    """The packaged model, checked against its card's sha256; loaded once per process."""
    return FrameClassifier.load(model_path(), model_card().get("sha256"))


def frame_features(texts: list[str], *, backend: str = "e5", cache_dir: str | Path | None = None) -> np.ndarray:
    """The classifier's input: cached sentence embeddings of the texts with any leading dateline cut off.

    Training and scoring both build features here, so the two can never drift apart.
    """
    from ..embeddings import embed

    cut = [text[dateline_end(text):].strip() or text for text in texts]
    return embed(cut, backend=backend, cache_dir=cache_dir).astype(np.float64)


def classifier_scores(sentences: pd.DataFrame, model: FrameClassifier | None = None,
                      *, cache_dir: str | Path | None = None) -> pd.DataFrame:
    """``sentence_id`` + one probability column per frame of the model."""
    model = model or load_frame_classifier()
    texts = sentences["text"].fillna("").astype(str).tolist()
    probs = (model.predict_proba(frame_features(texts, backend=model.backend, cache_dir=cache_dir))
             if texts else np.zeros((0, len(model.frames))))
    out = pd.DataFrame(probs, columns=list(model.frames))
    out.insert(0, "sentence_id", sentences["sentence_id"].astype("string").to_numpy())
    return out


def detect_frames_classifier(sentences: pd.DataFrame, model: FrameClassifier | None = None,
                             *, cache_dir: str | Path | None = None) -> pd.DataFrame:
    """Whole-sentence hits (``FRAME_HIT_COLUMNS`` + ``score``) where a frame's probability reaches
    the threshold of the sentence's language."""
    model = model or load_frame_classifier()
    scores = classifier_scores(sentences, model, cache_dir=cache_dir)
    values = scores[list(model.frames)].to_numpy()
    texts = sentences["text"].fillna("").astype(str).tolist()
    statements = sentences["statement_id"].tolist() if "statement_id" in sentences else [None] * len(sentences)
    given = sentences["language"].tolist() if "language" in sentences else [None] * len(sentences)
    languages = [base_language(code) or script_language(text) for code, text in zip(given, texts)]
    cut = np.array([[model.threshold_for(language)] for language in languages]).reshape(-1, 1)
    rows = []
    for row, col in zip(*np.nonzero(values >= cut)):
        rows.append((statements[row], scores["sentence_id"].iloc[row], model.frames[col], ENTRY_ID, texts[row], 0,
                     len(texts[row]), False, languages[row], float(values[row, col])))
    if not rows:
        return empty_table(SCORED_HIT_COLUMNS)
    return conform(pd.DataFrame(rows, columns=list(SCORED_HIT_COLUMNS)), SCORED_HIT_COLUMNS)


def combine_hits(codebook_hits: pd.DataFrame, classifier_hits: pd.DataFrame, how: str = "union") -> pd.DataFrame:
    """Codebook hits, classifier hits, or their union with the codebook first.

    ``"union"`` keeps every codebook hit (with its offsets and entry) and adds a classifier hit
    only for a (sentence, frame) the codebook did not find, so each frame of a sentence is
    explained by the most auditable evidence there is. Codebook rows get ``score`` NaN.
    """
    if how not in COMBINATIONS:
        raise ValueError(f"how must be one of {list(COMBINATIONS)}, got {how!r}")
    book = codebook_hits.assign(score=np.nan) if "score" not in codebook_hits else codebook_hits
    if how == "codebook":
        return conform(book.reset_index(drop=True), SCORED_HIT_COLUMNS)
    if how == "classifier":
        return conform(classifier_hits.reset_index(drop=True), SCORED_HIT_COLUMNS)
    found = set(zip(book["sentence_id"].astype(str), book["frame"].astype(str)))
    extra = classifier_hits[[(str(s), str(f)) not in found
                             for s, f in zip(classifier_hits["sentence_id"], classifier_hits["frame"])]]
    parts = [part for part in (book, extra) if len(part)]
    if not parts:
        return empty_table(SCORED_HIT_COLUMNS)
    return conform(pd.concat(parts, ignore_index=True), SCORED_HIT_COLUMNS)
