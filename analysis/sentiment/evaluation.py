"""How well a sentiment model agrees with labelled data.

Two formats: RuSentiment (CSV ``label,text``, dostoevsky's five labels, the data the
model learns from) and RuSentNE-2023 (tab-separated news sentences, sentiment -1/0/1
*towards one entity*). The model scores whole sentences, so on RuSentNE it answers a
different question than the gold label asks; the mapping and that caveat travel in
the output next to the numbers. UNSCon (English UN Security Council speeches cut
into clauses, each marked for the speaker's negative evaluation) measures one thing
only: does the scorer call a clause negative when the coders did.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from ..schema import SENTIMENT_LABELS
from .base import SentimentScorer

FORMATS = ("rusentiment", "rusentne", "unscon")
UNSCON_TEXT_COLUMNS = ("EDU_text", "sentence_text")  # clause file, sentence file
UNSCON_NEGATIVE = ("Direct_NegEval", "Indirect_NegEval")  # UNSCon's A0 values marking negative evaluation
UNSCON_MAPPING = (
    "Gold: negative when UNSCon's A0 marks Direct_NegEval or Indirect_NegEval, else not negative "
    "(challenges and corrections without negative evaluation count as not negative). Predicted: "
    "negative when the scorer's label is negative."
)
RUSENTNE_MAPPING = (
    "RuSentNE gold labels are sentiment towards one named entity (-1/0/1); the model scores the "
    "whole sentence. Model labels map as positive -> 1, negative -> -1, neutral/skip/speech -> 0. "
    "Each (sentence, entity) row is one item, so a sentence with several entities counts several times "
    "with the same prediction; read these figures as agreement of sentence sentiment with entity "
    "sentiment, not as entity-level accuracy."
)
_SIGN = {"positive": 1, "negative": -1}


def classification_metrics(gold: list, predicted: list, labels: list) -> dict:
    """Accuracy, macro and weighted F1, per-class F1 and the confusion matrix.

    Rows of ``confusion_matrix["matrix"]`` are gold labels, columns predictions, both
    in ``labels`` order. Weighted F1 weighs each class by its gold support (the figure
    RuSentiment and dostoevsky report).
    """
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    per_class = f1_score(gold, predicted, labels=labels, average=None, zero_division=0)
    return {
        "n": len(gold),
        "accuracy": float(accuracy_score(gold, predicted)),
        "macro_f1": float(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0)),
        "weighted_f1": float(f1_score(gold, predicted, labels=labels, average="weighted", zero_division=0)),
        "per_class_f1": {str(label): float(f) for label, f in zip(labels, per_class)},
        "confusion_matrix": {
            "labels": [str(label) for label in labels],
            "matrix": confusion_matrix(gold, predicted, labels=labels).tolist(),
        },
    }


def binary_metrics(gold: list[bool], predicted: list[bool]) -> dict:
    """Accuracy and precision, recall and F1 of the positive class (here: negative evaluation)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    tp = sum(g and p for g, p in zip(gold, predicted))
    fp = sum(p and not g for g, p in zip(gold, predicted))
    fn = sum(g and not p for g, p in zip(gold, predicted))
    tn = len(gold) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "n": len(gold),
        "accuracy": (tp + tn) / len(gold) if gold else 0.0,
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "counts": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
    }


def _read_csv(path: Path, what: str, **options) -> pd.DataFrame:
    """``pd.read_csv`` whose failures become a CorpusError naming the file and its expected format."""
    try:
        return pd.read_csv(path, **options)
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CorpusError(f"cannot read {path} as {what}: {exc}") from exc


def read_unscon(path: str | Path) -> pd.DataFrame:
    """UNSCon's clause (``EDU_text``) or sentence (``sentence_text``) CSV as columns text, negative."""
    path = Path(path)
    df = _read_csv(path, "a UNSCon CSV", dtype=str, keep_default_na=False)
    text = next((c for c in UNSCON_TEXT_COLUMNS if c in df.columns), None)
    if text is None or "A0" not in df.columns:
        raise CorpusError(f"{path} lacks UNSCon's columns A0 and one of {list(UNSCON_TEXT_COLUMNS)} "
                          f"(has {list(df.columns)})")
    bad = sorted(set(df["A0"]) - {"_", *UNSCON_NEGATIVE})
    if bad:
        raise CorpusError(f"{path} has A0 values {bad}; UNSCon uses '_' and {list(UNSCON_NEGATIVE)}")
    return pd.DataFrame({"text": df[text].str.strip(), "negative": df["A0"].isin(UNSCON_NEGATIVE)})


def read_rusentiment(path: str | Path) -> pd.DataFrame:
    """A RuSentiment CSV (``label,text``; texts may span lines) with its labels checked."""
    path = Path(path)
    df = _read_csv(path, "a RuSentiment CSV", dtype=str, keep_default_na=False)
    if not {"label", "text"} <= set(df.columns):
        raise CorpusError(f"{path} lacks the RuSentiment columns label,text (has {list(df.columns)})")
    bad = sorted(set(df["label"]) - set(SENTIMENT_LABELS))
    if bad:
        raise CorpusError(f"{path} has labels {bad}; RuSentiment uses {list(SENTIMENT_LABELS)}")
    return df[["label", "text"]]


def read_rusentne(path: str | Path) -> pd.DataFrame:
    """A RuSentNE-2023 file: tab-separated (despite .csv), one row per (sentence, entity)."""
    path = Path(path)
    df = _read_csv(path, "a RuSentNE file", sep="\t", quoting=csv.QUOTE_NONE, dtype={"sentence": str, "entity": str})
    if not {"sentence", "label"} <= set(df.columns):
        raise CorpusError(f"{path} lacks the RuSentNE columns sentence,label (has {list(df.columns)})")
    labels = pd.to_numeric(df["label"], errors="coerce")
    if labels.isna().any() or not labels.isin([-1, 0, 1]).all():
        raise CorpusError(f"{path} has labels other than -1/0/1 (RuSentNE's test file has none: use a labelled one)")
    return df.assign(label=labels.astype(int), sentence=df["sentence"].fillna(""))


def detect_format(path: str | Path) -> str:
    """"rusentne" for a tab-separated file with a ``sentence`` column, "rusentiment" for ``label,text``."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as fh:
            header = fh.readline().strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"cannot read {path}: {exc}") from exc
    if "sentence" in header.split("\t") and "label" in header.split("\t"):
        return "rusentne"
    columns = {c.strip().strip('"') for c in header.split(",")}
    if "A0" in columns and columns & set(UNSCON_TEXT_COLUMNS):
        return "unscon"
    if {"label", "text"} <= {c.strip().strip('"') for c in header.split(",")}:
        return "rusentiment"
    raise CorpusError(f"{path} is neither RuSentiment (label,text), RuSentNE (tab-separated sentence…label) "
                      f"nor UNSCon (A0, EDU_text or sentence_text); "
                      f"pass --format")


def evaluate(path: str | Path, scorer: SentimentScorer, *, format: str | None = None) -> dict:
    """Metrics of ``scorer`` on a labelled file (see ``classification_metrics``)."""
    format = format or detect_format(path)
    if format == "rusentiment":
        df = read_rusentiment(path)
        predicted = scorer.score(df["text"].tolist())["sentiment_label"].tolist()
        result = classification_metrics(df["label"].tolist(), predicted, list(SENTIMENT_LABELS))
    elif format == "rusentne":
        df = read_rusentne(path)
        unique = df["sentence"].drop_duplicates().tolist()  # score each sentence once
        labels = scorer.score(unique)["sentiment_label"].tolist()
        sign = dict(zip(unique, (_SIGN.get(label, 0) for label in labels)))
        predicted = [sign[s] for s in df["sentence"]]
        result = classification_metrics(df["label"].tolist(), predicted, [-1, 0, 1])
        result["mapping"] = RUSENTNE_MAPPING
        result["sentences"] = len(unique)
    elif format == "unscon":
        df = read_unscon(path)
        scorable = df["text"].ne("")  # empty clauses are never scored; they are left out and counted
        labels = scorer.score(df.loc[scorable, "text"].tolist())["sentiment_label"]
        result = binary_metrics(df.loc[scorable, "negative"].tolist(), labels.eq("negative").tolist())
        result["mapping"] = UNSCON_MAPPING
        result["empty_left_out"] = int((~scorable).sum())
    else:
        raise CorpusError(f"unknown evaluation format {format!r}; choose one of {list(FORMATS)}")
    return {"file": str(path), "format": format, "model": scorer.name, **result}

