"""Validation of the frame detectors (and the sentiment scorer) on a hand-coded gold file.

A codebook without validation figures cannot be trusted in a paper. The gold format and
the metrics live in ``analysis.validation``; this module only runs the detectors on the
gold sentences. A sentence is predicted to carry a frame when the detector hits it at least
once (negated hits included: "distrust" is trust talk).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import ModelError, SchemaError
from ..validation import THREE_WAY, frame_metrics, gold_sentences, map_labels, read_gold, sentiment_metrics
from .codebook import Codebook, load_codebook
from .matcher import detect_frames

DETECTORS = ("codebook", "embedding", "union", "all")


def predicted_sentiment(sentences: pd.DataFrame) -> list[str]:
    """Three-way labels from ``score_sentiment``: skip, speech and neutral all count as neutral."""
    from ..sentiment import score_sentiment

    try:
        scored = score_sentiment(sentences)
    except ModelError as exc:
        raise ModelError(f"{exc} (to score the frames alone, run evaluate with --no-sentiment)") from exc
    labels = scored["sentiment_label"].astype("object")
    if labels.isna().any():
        missing = scored.loc[labels.isna(), "sentence_id"].tolist()[:5]
        raise SchemaError(f"sentiment left sentences unscored (e.g. {missing}); gold languages must be ru or en")
    return map_labels(labels, THREE_WAY)


def evaluate_frames(
    path: str | Path,
    *,
    detector: str = "codebook",
    codebook: Codebook | None = None,
    threshold: float | None = None,
    cache_dir: str | Path | None = None,
    sentiment: bool = True,
) -> dict[str, Any]:
    """Everything ``python -m analysis evaluate`` prints, as a dict (JSON-ready).

    ``detector`` is "codebook", "embedding", "union" (a frame predicted by either) or "all"
    (the three side by side).
    """
    if detector not in DETECTORS:
        raise ValueError(f"detector must be one of {list(DETECTORS)}, got {detector!r}")
    codebook = codebook or load_codebook()
    gold = read_gold(path, codebook.frame_keys)
    sentences = gold_sentences(gold)
    truth = [set(f) for f in gold["frames"]]
    predictions: dict[str, list[set[str]]] = {}
    if detector in ("codebook", "union", "all"):
        predictions["codebook"] = _sets(detect_frames(sentences, codebook), sentences)
    if detector in ("embedding", "union", "all"):
        from .embedding_detector import DEFAULT_THRESHOLD, detect_frames_embedding

        threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        hits = detect_frames_embedding(sentences, codebook, threshold=threshold, cache_dir=cache_dir)
        predictions["embedding"] = _sets(hits, sentences)
    if detector in ("union", "all"):
        predictions["union"] = [a | b for a, b in zip(predictions["codebook"], predictions["embedding"])]
    if detector != "all":
        predictions = {detector: predictions[detector]}

    result: dict[str, Any] = {
        "gold": str(path),
        "sentences": len(gold),
        "languages": {k: int(v) for k, v in gold["language"].value_counts().sort_index().items()},
        "codebook": {"version": codebook.version, "source": codebook.source, "entries": len(codebook.entries)},
        "frames": {name: frame_metrics(truth, pred, codebook.frame_keys) for name, pred in predictions.items()},
    }
    if threshold is not None:
        result["embedding_threshold"] = threshold
    coded = gold["sentiment"].notna().to_numpy()
    if sentiment and coded.any():
        predicted = predicted_sentiment(sentences[coded].reset_index(drop=True))
        result["sentiment"] = sentiment_metrics(gold.loc[coded, "sentiment"].tolist(), predicted)
        result["sentiment"]["by_language"] = {
            language: sentiment_metrics(
                [g for g, lang in zip(gold.loc[coded, "sentiment"], gold.loc[coded, "language"]) if lang == language],
                [p for p, lang in zip(predicted, gold.loc[coded, "language"]) if lang == language],
            )
            for language in sorted(set(gold.loc[coded, "language"]))
        }
    return result


def _sets(hits: pd.DataFrame, sentences: pd.DataFrame) -> list[set[str]]:
    found: dict[str, set[str]] = {}
    for sentence_id, frame in zip(hits["sentence_id"].astype(str), hits["frame"]):
        found.setdefault(sentence_id, set()).add(frame)
    return [found.get(str(s), set()) for s in sentences["sentence_id"]]
