"""A second, vocabulary-free frame detector: sentence embeddings near each frame's prototypes.

A codebook misses paraphrases ("No Government can single-handedly deliver solutions" is
multilateralism without any codebook word). This detector embeds each sentence with the
suite's offline multilingual encoder (``analysis.embeddings.embed``, USE-multilingual by
default), embeds each frame's description and seed phrases from the codebook (both
languages: the encoder maps them into one space), and gives a sentence the frame when its
best cosine similarity to the frame's prototypes reaches ``threshold``.

``DEFAULT_THRESHOLD`` was chosen on the development sample (data/gold/dev_sample.jsonl) as
the value maximising micro-F1 over a 0.01 grid (see ``threshold_sweep``); it is a
development choice, not a validated one. Hits cover the whole sentence (entry "embedding").
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..schema import FRAME_HIT_COLUMNS, conform, empty_table
from .codebook import Codebook, load_codebook

DEFAULT_THRESHOLD = 0.24  # dev-sample micro-F1 optimum (0.55; P 0.54, R 0.56) on a 0.01 grid
ENTRY_ID = "embedding"


def frame_prototypes(codebook: Codebook, *, backend: str = "use", cache_dir: str | Path | None = None) -> dict[str, np.ndarray]:
    """Per frame, the unit vectors of its descriptions and seed phrases (all languages)."""
    from ..embeddings import embed

    texts, owners = [], []
    for frame in codebook.frames:
        phrases = list(frame.description.values()) + [p for seeds in frame.seeds.values() for p in seeds]
        texts += phrases
        owners += [frame.key] * len(phrases)
    vectors = embed(texts, backend=backend, cache_dir=cache_dir)
    owners_arr = np.array(owners)
    return {key: vectors[owners_arr == key] for key in codebook.frame_keys}


def frame_similarity(
    sentences: pd.DataFrame,
    codebook: Codebook | None = None,
    *,
    backend: str = "use",
    cache_dir: str | Path | None = None,
) -> pd.DataFrame:
    """``sentence_id`` + one column per frame: the best cosine similarity to its prototypes."""
    from ..embeddings import embed

    codebook = codebook or load_codebook()
    prototypes = frame_prototypes(codebook, backend=backend, cache_dir=cache_dir)
    texts = sentences["text"].fillna("").astype(str).tolist()
    vectors = embed(texts, backend=backend, cache_dir=cache_dir) if texts else np.zeros((0, 1), np.float32)
    out = pd.DataFrame({"sentence_id": sentences["sentence_id"].astype("string").to_numpy()})
    for key, proto in prototypes.items():
        out[key] = (vectors @ proto.T).max(axis=1) if len(texts) else np.zeros(0)
    return out


def detect_frames_embedding(
    sentences: pd.DataFrame,
    codebook: Codebook | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    backend: str = "use",
    cache_dir: str | Path | None = None,
) -> pd.DataFrame:
    """Frame hits (``FRAME_HIT_COLUMNS`` + ``score``) where similarity >= ``threshold``."""
    scores = frame_similarity(sentences, codebook, backend=backend, cache_dir=cache_dir)
    return hits_from_scores(scores, sentences, threshold)


def hits_from_scores(scores: pd.DataFrame, sentences: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """Turn a ``frame_similarity`` table into whole-sentence hits at ``threshold``."""
    frames = [c for c in scores.columns if c != "sentence_id"]
    info = sentences.set_index(sentences["sentence_id"].astype(str))
    rows = []
    for record in scores.itertuples(index=False):
        sentence_id = str(record[0])
        text = info.at[sentence_id, "text"]
        for key, score in zip(frames, record[1:]):
            if score >= threshold:
                rows.append(
                    (
                        info.at[sentence_id, "statement_id"] if "statement_id" in info else None,
                        sentence_id,
                        key,
                        ENTRY_ID,
                        text,
                        0,
                        len(text),
                        False,
                        info.at[sentence_id, "language"] if "language" in info else None,
                        float(score),
                    )
                )
    if not rows:
        return empty_table({**FRAME_HIT_COLUMNS, "score": "float64"})
    return conform(pd.DataFrame(rows, columns=[*FRAME_HIT_COLUMNS, "score"]), {**FRAME_HIT_COLUMNS, "score": "float64"})


def threshold_sweep(scores: pd.DataFrame, gold: list[set[str]], grid: np.ndarray | None = None) -> pd.DataFrame:
    """Micro precision, recall and F1 of the embedding detector at each threshold of ``grid``."""
    grid = np.round(np.arange(0.15, 0.71, 0.01), 2) if grid is None else grid
    frames = [c for c in scores.columns if c != "sentence_id"]
    values = scores[frames].to_numpy()
    truth = np.array([[f in g for f in frames] for g in gold])
    rows = []
    for t in grid:
        pred = values >= t
        tp = int((pred & truth).sum())
        p = tp / pred.sum() if pred.sum() else 0.0
        r = tp / truth.sum() if truth.sum() else 0.0
        rows.append((float(t), p, r, 2 * p * r / (p + r) if p + r else 0.0))
    return pd.DataFrame(rows, columns=["threshold", "precision", "recall", "f1"])
