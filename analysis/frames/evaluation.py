"""Validation of the frame detectors (and the sentiment scorer) on a hand-coded gold file.

A codebook without validation figures cannot be trusted in a paper. The gold format and
the metrics live in ``analysis.validation``; this module only runs the detectors on the
gold sentences. A sentence is predicted to carry a frame when the detector hits it at least
once (negated hits included: "distrust" is trust talk, and "we do not accept interference"
is sovereignty talk). Detectors:

* ``codebook``: the YAML codebook (the auditable default);
* ``embedding``: similarity to each frame's seed phrases (USE); ``union``: codebook or embedding;
* ``classifier``: the learned ``rostrum-frames`` model (e5 embeddings, ``analysis.frames.learned``);
* ``combined``: codebook hits, plus classifier hits for frames the codebook did not find;
* ``auto`` (the CLI's default): per language what the model card's verdict says, ``combined``
  where the union beat the blind codebook (the codebook as it stood at each set's first reading), ``codebook`` elsewhere
  (:func:`analysis.frames.detector_choice.auto_detectors`; the result names each language's choice).

:func:`error_table` lists one detector's false positives and false negatives in context
(KWIC), so the next codebook change is driven by evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import ModelError, SchemaError
from ..validation import SPLITS, THREE_WAY, frame_metrics, gold_sentences, map_labels, read_gold, sentiment_metrics
from .codebook import Codebook, load_codebook
from .kwic import kwic
from .matcher import detect_frames

DETECTORS = ("codebook", "embedding", "union", "classifier", "combined", "auto")
ERROR_COLUMNS = ["kind", "frame", "language", "sentence_id", "entry", "score", "left", "match", "right"]


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


def detector_hits(detector: str, sentences: pd.DataFrame, codebook: Codebook, *, threshold: float | None = None,
                  cache_dir: str | Path | None = None, _done: dict | None = None) -> pd.DataFrame:
    """The hits of one detector on a sentences table (``_done`` memoises detectors another one reuses)."""
    done = {} if _done is None else _done
    if detector in done:
        return done[detector]
    if detector == "codebook":
        hits = detect_frames(sentences, codebook)
    elif detector == "embedding":
        from .embedding_detector import DEFAULT_THRESHOLD, detect_frames_embedding

        hits = detect_frames_embedding(sentences, codebook, threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
                                       cache_dir=cache_dir)
    elif detector == "classifier":
        from .learned import detect_frames_classifier

        hits = detect_frames_classifier(sentences, cache_dir=cache_dir)
    elif detector == "auto":
        from .detector_choice import detect_frames_chosen

        book = detector_hits("codebook", sentences, codebook, threshold=threshold, cache_dir=cache_dir, _done=done)
        hits = detect_frames_chosen(sentences, book, "auto", codebook_version=codebook.version, cache_dir=cache_dir)
    elif detector in ("union", "combined"):
        other = "embedding" if detector == "union" else "classifier"
        book = detector_hits("codebook", sentences, codebook, threshold=threshold, cache_dir=cache_dir, _done=done)
        extra = detector_hits(other, sentences, codebook, threshold=threshold, cache_dir=cache_dir, _done=done)
        from .learned import combine_hits

        hits = combine_hits(book, extra, "union")
    else:
        raise ValueError(f"detector must be one of {list(DETECTORS)} or 'all', got {detector!r}")
    done[detector] = hits
    return hits


def evaluate_frames(
    path: str | Path,
    *,
    detector: str | Sequence[str] = "codebook",
    codebook: Codebook | None = None,
    threshold: float | None = None,
    cache_dir: str | Path | None = None,
    sentiment: bool = True,
    split: str | None = None,
    errors: bool = False,
) -> dict[str, Any]:
    """Everything ``python -m analysis evaluate`` prints, as a dict (JSON-ready).

    ``detector`` is one name of :data:`DETECTORS`, several, or "all". ``split`` keeps only the
    gold sentences of that split (train, dev or test). Figures are given over all sentences
    (``frames``) and per language (``by_language``); ``errors`` adds the error table of the
    last detector named, as records.
    """
    names = list(DETECTORS) if detector == "all" else [detector] if isinstance(detector, str) else list(detector)
    unknown = [d for d in names if d not in DETECTORS]
    if unknown or not names:
        raise ValueError(f"detector must be one of {list(DETECTORS)} or 'all', got {unknown or names}")
    codebook = codebook or load_codebook()
    gold = _gold(path, codebook, split)
    sentences = gold_sentences(gold, statements="document")  # a document's coded sentences are one statement
    truth = [set(f) for f in gold["frames"]]
    done: dict[str, pd.DataFrame] = {}
    predictions = {name: _sets(detector_hits(name, sentences, codebook, threshold=threshold, cache_dir=cache_dir,
                                             _done=done), sentences) for name in names}
    languages = sorted(set(gold["language"]))
    result: dict[str, Any] = {
        "gold": str(path),
        "split": split,
        "sentences": len(gold),
        "languages": {k: int(v) for k, v in gold["language"].value_counts().sort_index().items()},
        "codebook": {"version": codebook.version, "source": codebook.source, "entries": len(codebook.entries)},
        "frames": {name: frame_metrics(truth, pred, codebook.frame_keys) for name, pred in predictions.items()},
        "by_language": {name: {language: frame_metrics(*_subset(truth, pred, gold, language), codebook.frame_keys)
                               for language in languages} for name, pred in predictions.items()},
    }
    if threshold is not None:
        result["embedding_threshold"] = threshold
    if "auto" in names:
        from .detector_choice import auto_detectors

        chosen = auto_detectors(codebook_version=codebook.version)
        result["auto_detectors"] = {language: chosen.get(language, chosen["*"]) for language in languages}
    if errors:
        result["errors"] = error_table(gold, done[names[-1]], codebook.frame_keys).to_dict("records")
        result["errors_detector"] = names[-1]
    if sentiment:
        _add_sentiment(result, gold, gold_sentences(gold))  # each record alone: the tone model reads no other
    return result


def error_table(gold: pd.DataFrame, hits: pd.DataFrame, frames: Sequence[str], width: int = 50) -> pd.DataFrame:
    """False positives (each wrong hit in KWIC) and false negatives (the sentence a frame was missed in).

    A false positive shows the hit's entry (a codebook id, or "classifier" with its score); a
    false negative has no match, only the beginning of its sentence.
    """
    sentences = gold_sentences(gold)
    coded = {(str(i), f) for i, fs in zip(gold["id"], gold["frames"]) for f in fs if f in frames}
    language = dict(zip(gold["id"].astype(str), gold["language"]))
    wrong = hits[[(str(s), str(f)) not in coded for s, f in zip(hits["sentence_id"], hits["frame"])]]
    context = kwic(wrong, sentences, width=width)
    scores = wrong["score"].tolist() if "score" in wrong else [float("nan")] * len(wrong)
    rows = [("FP", r.frame, language[str(r.sentence_id)], str(r.sentence_id), r.entry, s, r.left, r.match, r.right)
            for r, s in zip(context.itertuples(index=False), scores)]
    found = set(zip(hits["sentence_id"].astype(str), hits["frame"].astype(str)))
    texts = dict(zip(gold["id"].astype(str), gold["text"]))
    for sentence_id, frame in sorted(coded - found):
        rows.append(("FN", frame, language[sentence_id], sentence_id, "", float("nan"), "", "",
                     " ".join(texts[sentence_id].split())[: 2 * width]))
    table = pd.DataFrame(rows, columns=ERROR_COLUMNS)
    return table.sort_values(["frame", "kind", "sentence_id"], kind="stable").reset_index(drop=True)


def _gold(path: str | Path, codebook: Codebook, split: str | None) -> pd.DataFrame:
    gold = read_gold(path, codebook.frame_keys)
    if split is None:
        return gold
    if split not in SPLITS:
        raise SchemaError(f"split must be one of {list(SPLITS)}, got {split!r}")
    if "split" not in gold.columns:
        raise SchemaError(f"{path} has no 'split' key; drop --split or split the file by document first")
    kept = gold[gold["split"] == split].reset_index(drop=True)
    if kept.empty:
        raise SchemaError(f"{path} has no sentences in the {split!r} split")
    return kept


def _subset(truth: list[set[str]], predicted: list[set[str]], gold: pd.DataFrame, language: str) -> tuple[list, list]:
    keep = (gold["language"] == language).tolist()
    return [t for t, k in zip(truth, keep) if k], [p for p, k in zip(predicted, keep) if k]


def _add_sentiment(result: dict[str, Any], gold: pd.DataFrame, sentences: pd.DataFrame) -> None:
    coded = gold["sentiment"].notna().to_numpy()
    if not coded.any():
        return
    predicted = predicted_sentiment(sentences[coded].reset_index(drop=True))
    result["sentiment"] = sentiment_metrics(gold.loc[coded, "sentiment"].tolist(), predicted)
    result["sentiment"]["by_language"] = {
        language: sentiment_metrics(
            [g for g, lang in zip(gold.loc[coded, "sentiment"], gold.loc[coded, "language"]) if lang == language],
            [p for p, lang in zip(predicted, gold.loc[coded, "language"]) if lang == language],
        )
        for language in sorted(set(gold.loc[coded, "language"]))
    }


def _sets(hits: pd.DataFrame, sentences: pd.DataFrame) -> list[set[str]]:
    found: dict[str, set[str]] = {}
    for sentence_id, frame in zip(hits["sentence_id"].astype(str), hits["frame"]):
        found.setdefault(sentence_id, set()).add(frame)
    return [found.get(str(s), set()) for s in sentences["sentence_id"]]


def report_text(result: dict[str, Any]) -> str:
    """The figures of an ``evaluate_frames`` result as plain tables: per detector and language, per frame."""
    lines = [f"{result['gold']}" + (f" [{result['split']}]" if result.get("split") else "") +
             f": {result['sentences']} sentences, codebook {result['codebook']['version']}"]
    if "auto_detectors" in result:
        lines.append("auto: " + ", ".join(f"{language} {chosen}" for language, chosen in result["auto_detectors"].items()))
    for name, languages in result["by_language"].items():
        for language, report in {**languages, "all": result["frames"][name]}.items():
            micro = report["micro"]
            lines.append(f"\n{name} / {language}: micro P {micro['precision']:.3f} R {micro['recall']:.3f} "
                         f"F1 {micro['f1']:.3f} (support {micro['support']})")
            lines.append(f"  {'frame':<25}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'predicted':>11}")
            for frame, m in report["per_label"].items():
                lines.append(f"  {frame:<25}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}"
                             f"{m['support']:>9}{m['predicted']:>11}")
    if "errors" in result:
        table = pd.DataFrame(result["errors"], columns=ERROR_COLUMNS)
        lines.append(f"\nerrors of {result['errors_detector']}: {int((table['kind'] == 'FP').sum())} false positives, "
                     f"{int((table['kind'] == 'FN').sum())} false negatives")
        for column in ("match", "right"):  # a classifier hit spans its sentence: show its beginning
            table[column] = table[column].str.slice(0, 60)
        table["left"] = table["left"].str.slice(-50)
        table["score"] = table["score"].round(2)
        with pd.option_context("display.max_rows", None, "display.width", 250):
            lines.append(table.to_string(index=False) if len(table) else "(none)")
    return "\n".join(lines)
