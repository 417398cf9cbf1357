"""Readers of the public labelled sentiment sets the suite validates against.

RuSentiment (CSV ``label,text``, dostoevsky's five labels), RuSentNE-2023 (tab-separated
news sentences, sentiment -1/0/1 towards one entity) and UNSCon (UN Security Council
speeches in clauses or sentences, ``A0`` marking the speaker's negative evaluation).
Each reader checks its labels, so a wrong file fails here rather than as odd figures.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from ..schema import SENTIMENT_LABELS

DATASET_FORMATS: tuple[str, ...] = ("rusentiment", "rusentne", "unscon", "gold")
UNSCON_TEXT_COLUMNS = ("EDU_text", "sentence_text")  # clause file, sentence file
UNSCON_NEGATIVE = ("Direct_NegEval", "Indirect_NegEval")  # UNSCon's A0 values marking negative evaluation


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


def detect_dataset_format(path: str | Path) -> str:
    """"rusentne", "unscon", "rusentiment" or "gold" (the suite's JSONL), from the file's first line."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as fh:
            header = fh.readline().strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"cannot read {path}: {exc}") from exc
    if header.startswith("{") and '"text"' in header:
        return "gold"
    if {"sentence", "label"} <= set(header.split("\t")):
        return "rusentne"
    columns = {c.strip().strip('"') for c in header.split(",")}
    if "A0" in columns and columns & set(UNSCON_TEXT_COLUMNS):
        return "unscon"
    if {"label", "text"} <= columns:
        return "rusentiment"
    raise CorpusError(f"{path} is neither RuSentiment (label,text), RuSentNE (tab-separated sentence…label) "
                      f"UNSCon (A0, EDU_text or sentence_text) nor gold JSONL; pass --format")
