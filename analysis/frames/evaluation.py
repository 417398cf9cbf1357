"""Validation against hand-coded sentences: per-frame precision, recall, F1, and sentiment.

A codebook without validation figures cannot be trusted in a paper. The gold format is
one JSON object per line::

    {"id": "...", "text": "...", "language": "ru"|"en", "frames": [frame keys],
     "sentiment": "positive"|"negative"|"neutral"}        # sentiment optional

A sentence is predicted to carry a frame when the detector hits it at least once (negated
hits included: "distrust" is trust talk). Macro averages are over the frames with gold
support (a frame nobody coded has no recall to average); micro averages pool all frames.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import ModelError, SchemaError
from ..schema import FRAMES
from .codebook import Codebook, load_codebook
from .matcher import detect_frames

GOLD_SENTIMENTS = ("positive", "negative", "neutral")
GOLD_LANGUAGES = ("ru", "en")
DETECTORS = ("codebook", "embedding", "union", "all")


def read_gold(path: str | Path, frames: Sequence[str] = FRAMES) -> pd.DataFrame:
    """Read and check a gold file; columns id, text, language, frames (tuple), sentiment.

    Raises SchemaError naming the file and line of the first malformed record.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SchemaError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    records, seen = [], {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue

        def bad(problem: str) -> SchemaError:
            return SchemaError(f"{path}, line {number}: {problem}")

        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise bad(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(record, dict):
            raise bad("expected a JSON object")
        record_id = record.get("id")
        if not isinstance(record_id, (str, int)) or isinstance(record_id, bool) or str(record_id).strip() == "":
            raise bad("'id' must be a non-empty string or integer")
        record_id = str(record_id)
        if record_id in seen:
            raise bad(f"id {record_id!r} already used on line {seen[record_id]}")
        seen[record_id] = number
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise bad("'text' must be a non-empty string")
        language = record.get("language")
        if language not in GOLD_LANGUAGES:
            raise bad(f"'language' must be one of {list(GOLD_LANGUAGES)}, got {language!r}")
        coded = record.get("frames")
        if not isinstance(coded, list) or not all(isinstance(f, str) for f in coded):
            raise bad("'frames' must be a list of frame keys (an empty list for none)")
        unknown = [f for f in coded if f not in frames]
        if unknown:
            raise bad(f"unknown frame(s) {unknown}; known: {list(frames)}")
        sentiment = record.get("sentiment")
        if sentiment is not None and sentiment not in GOLD_SENTIMENTS:
            raise bad(f"'sentiment' must be one of {list(GOLD_SENTIMENTS)} or absent, got {sentiment!r}")
        records.append((record_id, text, language, tuple(dict.fromkeys(coded)), sentiment))
    if not records:
        raise SchemaError(f"{path} holds no gold records")
    return pd.DataFrame(records, columns=["id", "text", "language", "frames", "sentiment"])


def gold_sentences(gold: pd.DataFrame) -> pd.DataFrame:
    """The gold records as a sentences table (each record its own statement)."""
    return pd.DataFrame(
        {
            "statement_id": gold["id"].astype("string"),
            "sentence_id": gold["id"].astype("string"),
            "text": gold["text"].astype("string"),
            "language": gold["language"].astype("string"),
        }
    )


def frame_metrics(gold: Sequence[set[str]], predicted: Sequence[set[str]], frames: Sequence[str]) -> dict[str, Any]:
    """Per-frame precision/recall/F1/support, and micro and macro averages."""
    per_frame: dict[str, dict[str, float | int]] = {}
    totals = np.zeros(3, dtype=int)  # tp, predicted, support
    for frame in frames:
        tp = sum(frame in g and frame in p for g, p in zip(gold, predicted))
        n_pred = sum(frame in p for p in predicted)
        support = sum(frame in g for g in gold)
        totals += (tp, n_pred, support)
        per_frame[frame] = {**_prf(tp, n_pred, support), "support": support, "predicted": n_pred, "true_positives": tp}
    supported = [m for m in per_frame.values() if m["support"] > 0]
    macro = {k: float(np.mean([m[k] for m in supported])) if supported else 0.0 for k in ("precision", "recall", "f1")}
    return {
        "per_frame": per_frame,
        "micro": {**_prf(*totals), "support": int(totals[2])},
        "macro": {**macro, "frames": len(supported)},
    }


def _prf(tp: int, n_pred: int, support: int) -> dict[str, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def sentiment_metrics(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Accuracy and macro-F1 over positive/negative/neutral, with per-label F1 and a confusion table."""
    from sklearn.metrics import confusion_matrix, f1_score

    labels = list(GOLD_SENTIMENTS)
    per_label = f1_score(gold, predicted, labels=labels, average=None, zero_division=0)
    matrix = confusion_matrix(gold, predicted, labels=labels)
    return {
        "n": len(gold),
        "accuracy": float(np.mean([g == p for g, p in zip(gold, predicted)])) if gold else 0.0,
        "macro_f1": float(np.mean(per_label)),
        "f1_per_label": dict(zip(labels, map(float, per_label))),
        "confusion": {g: dict(zip(labels, map(int, row))) for g, row in zip(labels, matrix)},
    }


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
    return [label if label in ("positive", "negative") else "neutral" for label in labels]


def evaluate(
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
