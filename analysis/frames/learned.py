"""``rostrum-frames``: a learned second opinion beside the codebook, and how the two combine.

A codebook misses paraphrases ("Большая проблема безработицы" is development talk without a
codebook word). This detector (v3, "per-language lemma + e5") holds **one model per language**
in one file (:class:`LanguageFrameClassifier`), each a :class:`FrameClassifier`: one logistic
regression per frame (one-vs-rest, class weights balanced) over two blocks of features side by side:

* a TF-IDF of the sentence's word unigrams: Russian pymorphy3 best lemmas for the Russian model,
  English Snowball stems for the English one (:func:`analysis.text.lemma_terms`), each language
  with **its own vocabulary and idf**, fitted on that language's training sentences only,
  sublinear tf, rows L2-normalised;
* the multilingual-e5-small sentence embedding the suite already caches
  (``analysis.embeddings``, backend ``"e5"``, the vectors the tone model reads).

Each language's model has its own C, vocabulary rule and probability threshold, chosen on that
language's sentences alone (see :mod:`analysis.frames.learned_selection`); a sentence is scored by
its language's model only (a language without a model: the ``fallback`` one, English).

Every classifier hit covers its whole sentence (entry ``"classifier"``) and carries its
``score`` (the frame's probability), so a hit can be audited like a codebook hit. The
combination is ``"union"`` with the codebook first: a frame keeps its codebook hits with their
offsets, and the classifier only adds frames the codebook did not find in that sentence
(:func:`combine_hits`). Whether a language gets that union by default is the card's verdict
(:mod:`analysis.frames.detector_choice`, the ``auto`` detector of the pipeline and of ``evaluate``).

Inference is numpy and the suite's own lemmatiser: the shipped file holds each language's
weights and idf (safetensors, tensors named ``"ru.term_coef"`` …) and a JSON header with the
frame keys and, per language, the vocabulary, the threshold and the vectorizer's settings; the
loader checks its sha256 against the card.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import ModelError
from ..model_file import load_model_file, save_model_file
from ..schema import FRAME_HIT_COLUMNS, conform, empty_table
from ..text import base_language, lemma_terms, script_language
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


def sentence_languages(texts: Sequence[str], given: Sequence[str | None] | None = None) -> list[str | None]:
    """Each sentence's language: the given code's base (``"ru-RU"`` -> ``"ru"``), else its script's guess."""
    given = list(given) if given is not None else [None] * len(texts)
    return [base_language(code) or script_language(text) for code, text in zip(given, texts)]


def frame_terms(texts: Sequence[str], languages: Sequence[str | None]) -> list[list[str]]:
    """The words the lexical block counts: each text with any leading dateline cut off (as
    :func:`frame_features` does), as Russian lemmas or English stems by its language.

    Training and scoring both build terms here, so the two can never drift apart.
    """
    cut = [text[dateline_end(text):].strip() or text for text in texts]
    return [lemma_terms(text, language) for text, language in zip(cut, languages)]


def tfidf_entries(terms: Sequence[Sequence[str]], index: Mapping[str, int],
                  idf: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The non-zero cells of the TF-IDF matrix of ``terms`` as (row, column, value) arrays.

    A cell is (1 + ln count) × idf of a vocabulary term (``index``: term -> column); each row
    is then divided by its L2 norm (scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``
    given the same vocabulary and idf). Terms outside the vocabulary are ignored; columns
    are sorted within a row, so the same texts always give the same arrays.
    """
    rows, cols, vals = [], [], []
    for row, words in enumerate(terms):
        counts = Counter(index[w] for w in words if w in index)
        if not counts:
            continue
        columns = np.array(sorted(counts), dtype=np.int64)
        values = (1.0 + np.log([counts[c] for c in columns])) * idf[columns]
        rows.append(np.full(len(columns), row, dtype=np.int64))
        cols.append(columns)
        vals.append(values / np.sqrt(np.dot(values, values)))
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)


def tfidf_matrix(terms: Sequence[Sequence[str]], index: Mapping[str, int], idf: np.ndarray):
    """:func:`tfidf_entries` as a sparse matrix (sentences × vocabulary): what training fits and scoring multiplies."""
    import scipy.sparse as sp

    rows, cols, vals = tfidf_entries(terms, index, idf)
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(terms), len(idf)))


@dataclass(frozen=True)
class FrameClassifier:
    """One-vs-rest logistic regression: ``coef`` (frames × e5 dims) on the embedding,
    ``term_coef`` (frames × vocabulary) on the TF-IDF of ``terms`` with their ``idf``,
    ``intercept`` (frames), and a probability threshold per language (``thresholds``; key
    ``"*"`` for any other language). A model without ``terms`` reads the embedding alone
    (rostrum-frames v1). ``vectorizer`` records how the vocabulary was chosen."""

    frames: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray
    thresholds: dict[str, float]
    backend: str = "e5"
    terms: tuple[str, ...] = ()
    idf: np.ndarray | None = None
    term_coef: np.ndarray | None = None
    vectorizer: dict = field(default_factory=dict)

    def threshold_for(self, language: str | None) -> float:
        """The language's threshold, else the ``"*"`` one (languages the corpus did not have)."""
        return self.thresholds.get(language or "*", self.thresholds["*"])

    @functools.cached_property
    def term_index(self) -> dict[str, int]:
        """Column of each vocabulary term."""
        return {term: i for i, term in enumerate(self.terms)}

    def term_scores(self, terms: Sequence[Sequence[str]]) -> np.ndarray:
        """The lexical block's contribution to each frame's logit (sentences × frames)."""
        if not self.terms:
            return np.zeros((len(terms), len(self.frames)))
        return np.asarray(tfidf_matrix(terms, self.term_index, self.idf) @ self.term_coef.T)

    def predict_proba(self, features: np.ndarray, terms: Sequence[Sequence[str]] | None = None) -> np.ndarray:
        """Probability of each frame (columns in ``frames`` order), independently per frame,
        from the embeddings ``features`` and, for a model with a vocabulary, the sentences' ``terms``."""
        logits = features @ self.coef.T + self.intercept
        if self.terms:
            if terms is None or len(terms) != len(features):
                raise ValueError("this model reads the sentences' terms too: pass frame_terms(texts, languages)")
            logits = logits + self.term_scores(terms)
        return 1.0 / (1.0 + np.exp(-logits))

    def probabilities(self, features: np.ndarray, texts: Sequence[str],
                      languages: Sequence[str | None]) -> np.ndarray:
        """:meth:`predict_proba` from the sentences' texts (their terms built by :func:`frame_terms`)."""
        return self.predict_proba(features, frame_terms(texts, languages) if self.terms else None)

    def tensors(self, prefix: str = "") -> dict[str, np.ndarray]:
        """The weights (and, with a vocabulary, the term weights and idf) as stored: rounded to 1e-5, float32."""
        out = {f"{prefix}coef": np.round(self.coef, 5).astype(np.float32),
               f"{prefix}intercept": np.round(self.intercept, 5).astype(np.float32)}
        if self.terms:
            out[f"{prefix}term_coef"] = np.round(self.term_coef, 5).astype(np.float32)
            out[f"{prefix}idf"] = round_idf(self.idf).astype(np.float32)
        return out

    def save(self, path: Path) -> str:
        """Write the weights and idf (rounded to 1e-5, so a retrain gives the same bytes) and the
        vocabulary, and return the file's sha256."""
        header = {"frames": list(self.frames), "backend": self.backend,
                  "thresholds": {k: round(float(v), 4) for k, v in sorted(self.thresholds.items())}}
        if self.terms:
            header["terms"] = list(self.terms)
            header["vectorizer"] = self.vectorizer
        return save_model_file(path, self.tensors(), header)

    @classmethod
    def load(cls, path: Path, sha256: str | None = None) -> FrameClassifier:
        """Read a saved model, refusing it when its sha256 differs from the card's."""
        tensors, header = load_model_file(path, sha256, what="frame classifier", rebuild=TRAIN_COMMAND)
        return cls.from_stored(path, tensors, header)

    @classmethod
    def from_stored(cls, path: Path, tensors: Mapping[str, np.ndarray], header: Mapping, prefix: str = "") -> FrameClassifier:
        """A model from stored tensors (named ``prefix`` + ``coef`` …) and its header, checked for consistency."""
        tensors = {name[len(prefix):]: value for name, value in tensors.items() if name.startswith(prefix)}
        if not header.get("frames") or "*" not in header.get("thresholds", {}):
            raise ModelError(f"{path} lacks its frame list or thresholds; rebuild it with `{TRAIN_COMMAND}`")
        terms = tuple(header.get("terms", ()))
        if terms and (tensors.get("term_coef") is None or tensors["term_coef"].shape[1] != len(terms)
                      or tensors.get("idf") is None or len(tensors["idf"]) != len(terms)):
            raise ModelError(f"{path}: its vocabulary and its term weights or idf differ in length; "
                             f"rebuild it with `{TRAIN_COMMAND}`")
        return cls(tuple(header["frames"]), tensors["coef"].astype(np.float64),
                   tensors["intercept"].astype(np.float64), dict(header["thresholds"]), header["backend"],
                   terms, tensors["idf"].astype(np.float64) if terms else None,
                   tensors["term_coef"].astype(np.float64) if terms else None, dict(header.get("vectorizer", {})))


def round_idf(idf: np.ndarray) -> np.ndarray:
    """idf as the model file stores it (1e-5, float32) and as training uses it, so both read the same features."""
    return np.round(np.asarray(idf, dtype=np.float64), 5).astype(np.float32).astype(np.float64)


@dataclass(frozen=True)
class LanguageFrameClassifier:
    """One :class:`FrameClassifier` per language (``models``: ``"en"``, ``"ru"`` …), each with its own
    vocabulary, idf, weights and threshold (key ``"*"`` of its ``thresholds``), in one file.

    A sentence is scored by its language's model alone, so a Russian sentence's lexical features
    come from the Russian vocabulary only; a language without a model (or none known) goes to
    ``fallback``'s model (English: its stemmer is what :func:`analysis.text.lemma_terms` gives
    any language but Russian)."""

    frames: tuple[str, ...]
    models: Mapping[str, FrameClassifier]
    fallback: str = "en"
    backend: str = "e5"

    def __post_init__(self):
        if self.fallback not in self.models:
            raise ValueError(f"fallback {self.fallback!r} has no model (models: {sorted(self.models)})")
        if any(model.frames != self.frames for model in self.models.values()):
            raise ValueError("every language's model must score the same frames in the same order")

    def language_key(self, language: str | None) -> str:
        """Whose model scores a sentence of ``language``: its own, else the fallback's."""
        return language if language in self.models else self.fallback

    def model_for(self, language: str | None) -> FrameClassifier:
        return self.models[self.language_key(language)]

    def threshold_for(self, language: str | None) -> float:
        """The threshold of the model that scores ``language``."""
        return self.model_for(language).threshold_for(None)

    @property
    def thresholds(self) -> dict[str, float]:
        """Per language its model's threshold; ``"*"``: the fallback's."""
        return {**{language: self.threshold_for(language) for language in sorted(self.models)},
                "*": self.threshold_for(None)}

    @property
    def terms(self) -> tuple[str, ...]:
        """Every language's vocabulary, in language order (a sentence reads only its own language's)."""
        return tuple(term for language in sorted(self.models) for term in self.models[language].terms)

    def predict_proba(self, features: np.ndarray, terms: Sequence[Sequence[str]] | None,
                      languages: Sequence[str | None]) -> np.ndarray:
        """Probability of each frame, each sentence by its language's model from its embedding and its
        ``terms`` (built for its language: :func:`frame_terms`)."""
        keys = np.array([self.language_key(language) for language in languages], dtype=object)
        out = np.zeros((len(keys), len(self.frames)))
        for language in sorted(set(keys)):
            rows = np.flatnonzero(keys == language)
            model = self.models[language]
            part = [terms[i] for i in rows] if model.terms else None
            out[rows] = model.predict_proba(features[rows], part)
        return out

    def probabilities(self, features: np.ndarray, texts: Sequence[str],
                      languages: Sequence[str | None]) -> np.ndarray:
        """:meth:`predict_proba` from the texts: each sentence's terms built for its own language."""
        return self.predict_proba(features, frame_terms(texts, languages), languages)

    def save(self, path: Path) -> str:
        """One file: each language's tensors under its prefix (``"ru.coef"`` …), the vocabularies,
        thresholds and vectorizer settings in the header (weights rounded as :meth:`FrameClassifier.save`
        rounds them, so a retrain gives the same bytes); returns the file's sha256."""
        tensors, languages = {}, {}
        for language in sorted(self.models):
            model = self.models[language]
            tensors.update(model.tensors(f"{language}."))
            languages[language] = {"terms": list(model.terms), "threshold": round(float(model.threshold_for(None)), 4),
                                   "vectorizer": model.vectorizer}
        header = {"frames": list(self.frames), "backend": self.backend, "fallback": self.fallback,
                  "languages": languages, "thresholds": {k: round(float(v), 4) for k, v in self.thresholds.items()}}
        return save_model_file(path, tensors, header)

    @classmethod
    def from_stored(cls, path: Path, tensors: Mapping[str, np.ndarray], header: Mapping) -> LanguageFrameClassifier:
        languages = header.get("languages") or {}
        if not languages or header.get("fallback") not in languages:
            raise ModelError(f"{path} lacks its languages or its fallback language; rebuild it with `{TRAIN_COMMAND}`")
        models = {}
        for language, part in sorted(languages.items()):
            sub = {"frames": header["frames"], "backend": header["backend"], "thresholds": {"*": part["threshold"]},
                   "terms": part.get("terms", []), "vectorizer": part.get("vectorizer", {})}
            models[language] = FrameClassifier.from_stored(path, tensors, sub, prefix=f"{language}.")
        return cls(tuple(header["frames"]), models, header["fallback"], header["backend"])

    @classmethod
    def load(cls, path: Path, sha256: str | None = None) -> LanguageFrameClassifier:
        """Read a saved per-language model, refusing it when its sha256 differs from the card's."""
        tensors, header = load_model_file(path, sha256, what="frame classifier", rebuild=TRAIN_COMMAND)
        return cls.from_stored(path, tensors, header)


def load_classifier(path: Path, sha256: str | None = None) -> FrameClassifier | LanguageFrameClassifier:
    """A saved model of either shape: per language (v3, a ``languages`` header) or one for all (v1, v2)."""
    tensors, header = load_model_file(path, sha256, what="frame classifier", rebuild=TRAIN_COMMAND)
    if "languages" in header:
        return LanguageFrameClassifier.from_stored(path, tensors, header)
    return FrameClassifier.from_stored(path, tensors, header)


def model_card() -> dict:
    """The card of ``rostrum-frames`` (data, selection on dev, test figures, sha256)."""
    try:
        return json.loads(card_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"model card {card_path()} is missing; rebuild it with `{TRAIN_COMMAND}`") from None


@functools.lru_cache(maxsize=1)
def load_frame_classifier() -> FrameClassifier | LanguageFrameClassifier:
    """The packaged model (one per language), checked against its card's sha256; loaded once per process."""
    return load_classifier(model_path(), model_card().get("sha256"))


def frame_features(texts: list[str], *, backend: str = "e5", cache_dir: str | Path | None = None) -> np.ndarray:
    """The classifier's input: cached sentence embeddings of the texts with any leading dateline cut off.

    Training and scoring both build features here, so the two can never drift apart.
    """
    from ..embeddings import embed

    cut = [text[dateline_end(text):].strip() or text for text in texts]
    return embed(cut, backend=backend, cache_dir=cache_dir).astype(np.float64)


def _languages(sentences: pd.DataFrame, texts: list[str]) -> list[str | None]:
    return sentence_languages(texts, sentences["language"].tolist() if "language" in sentences else None)


def classifier_scores(sentences: pd.DataFrame, model: FrameClassifier | LanguageFrameClassifier | None = None,
                      *, cache_dir: str | Path | None = None) -> pd.DataFrame:
    """``sentence_id`` + one probability column per frame of the model (each sentence by its language's model)."""
    model = model or load_frame_classifier()
    texts = sentences["text"].fillna("").astype(str).tolist()
    if texts:
        features = frame_features(texts, backend=model.backend, cache_dir=cache_dir)
        probs = model.probabilities(features, texts, _languages(sentences, texts))
    else:
        probs = np.zeros((0, len(model.frames)))
    out = pd.DataFrame(probs, columns=list(model.frames))
    out.insert(0, "sentence_id", sentences["sentence_id"].astype("string").to_numpy())
    return out


def detect_frames_classifier(sentences: pd.DataFrame, model: FrameClassifier | LanguageFrameClassifier | None = None,
                             *, cache_dir: str | Path | None = None) -> pd.DataFrame:
    """Whole-sentence hits (``FRAME_HIT_COLUMNS`` + ``score``) where a frame's probability reaches
    the threshold of the sentence's language."""
    model = model or load_frame_classifier()
    scores = classifier_scores(sentences, model, cache_dir=cache_dir)
    values = scores[list(model.frames)].to_numpy()
    texts = sentences["text"].fillna("").astype(str).tolist()
    statements = sentences["statement_id"].tolist() if "statement_id" in sentences else [None] * len(sentences)
    languages = _languages(sentences, texts)
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
