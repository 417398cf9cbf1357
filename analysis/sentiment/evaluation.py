"""How well a sentiment scorer agrees with a labelled file (RuSentiment, RuSentNE, UNSCon).

The readers and metrics live in ``analysis.validation``; this module maps the scorer's
labels onto each file's scheme. The model scores whole sentences, so on RuSentNE it
answers a different question than the gold label asks; the mapping and that caveat
travel in the output next to the numbers. UNSCon (English UN Security Council speeches
cut into clauses, each marked for the speaker's negative evaluation) measures one thing
only: does the scorer call a clause negative when the coders did.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from ..schema import SENTIMENT_LABELS
from ..validation import (
    DATASET_FORMATS,
    SIGNED,
    THREE_WAY,
    detect_dataset_format,
    gold_sentences,
    map_labels,
    read_gold,
    read_rusentiment,
    read_rusentne,
    read_unscon,
    sentiment_metrics,
)
from .base import SentimentScorer

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
NEGATIVE_VS_REST = ("negative", "not negative")


def evaluate_scorer(path: str | Path, scorer: SentimentScorer, *, format: str | None = None) -> dict:
    """Metrics of ``scorer`` on a labelled file (an ``analysis.validation`` report plus file, format, model)."""
    format = format or detect_dataset_format(path)
    if format == "rusentiment":
        df = read_rusentiment(path)
        predicted = scorer.score(df["text"].tolist())["sentiment_label"].tolist()
        result = sentiment_metrics(df["label"].tolist(), predicted, SENTIMENT_LABELS)
    elif format == "rusentne":
        df = read_rusentne(path)
        unique = df["sentence"].drop_duplicates().tolist()  # score each sentence once
        labels = scorer.score(unique)["sentiment_label"].tolist()
        sign = dict(zip(unique, map_labels(labels, SIGNED)))
        predicted = [sign[s] for s in df["sentence"]]
        result = sentiment_metrics(df["label"].tolist(), predicted, [-1, 0, 1])
        result["mapping"] = RUSENTNE_MAPPING
        result["sentences"] = len(unique)
    elif format == "unscon":
        df = read_unscon(path)
        scorable = df["text"].ne("")  # empty clauses are never scored; they are left out and counted
        labels = scorer.score(df.loc[scorable, "text"].tolist())["sentiment_label"]
        gold = [NEGATIVE_VS_REST[0] if negative else NEGATIVE_VS_REST[1] for negative in df.loc[scorable, "negative"]]
        predicted = [NEGATIVE_VS_REST[0] if label == "negative" else NEGATIVE_VS_REST[1] for label in labels]
        result = sentiment_metrics(gold, predicted, NEGATIVE_VS_REST)
        result["mapping"] = UNSCON_MAPPING
        result["empty_left_out"] = int((~scorable).sum())
    else:
        raise CorpusError(f"unknown evaluation format {format!r}; choose one of {list(DATASET_FORMATS)}")
    return {"file": str(path), "format": format, "model": scorer.name, **result}


def evaluate_gold(path: str | Path, model: str) -> dict:
    """Per-language tone figures of ``model`` on a gold JSONL (the suite's hand-coding format).

    Every sentence is scored by the scorer ``score_sentiment`` picks for its language;
    the five dostoevsky labels count as three (skip and speech as neutral). Sentences
    without a coded tone, or in a language no scorer covers, are left out and counted.
    """
    from .scoring import score_sentiment

    gold = read_gold(path)
    coded = gold[gold["sentiment"].notna()]
    table = gold_sentences(coded)
    if "prev_text" in coded.columns:  # the sentence before, for a model that reads context
        table = table.assign(prev_text=coded["prev_text"].fillna("").astype("string").to_numpy())
    scored = score_sentiment(table, model=model)
    result: dict = {"file": str(path), "format": "gold", "model": model, "uncoded_left_out": int(len(gold) - len(coded)),
                    "languages": {}}
    for language, rows in scored.groupby("language", sort=True):
        labelled = rows["sentiment_label"].notna()
        truth = coded.loc[rows.index[labelled], "sentiment"].tolist()
        report = sentiment_metrics(truth, map_labels(rows.loc[labelled, "sentiment_label"], THREE_WAY))
        result["languages"][language] = {**report, "scorers": sorted(pd.unique(rows["scorer"])),
                                         "unscored_left_out": int((~labelled).sum())}
    return result
