"""Sentence-level sentiment and its group aggregates.

``score_sentiment`` is a pure per-row function: each row's result depends only on its
own text and language, so the pipeline may run it on any partitioning of the
sentence table (Dask partitions included) and get the same numbers. Models are
loaded once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..aggregate import mean_by
from ..errors import ModelError, SchemaError
from ..schema import SENTIMENT_COLUMNS, SENTIMENT_LABELS
from .base import SentimentScorer
from .card import ROSTRUM_MODEL
from .english import VaderScorer
from .official import EXTRA_COLUMNS, OFFICIAL_MODEL, OfficialScorer
from .russian import RUSSIAN_MODELS, DostoevskyScorer, load_russian_model

UNSCORED = "unscored"
MODELS = (*RUSSIAN_MODELS, OFFICIAL_MODEL)  # what ``model=`` accepts


@functools.lru_cache(maxsize=None)
def get_scorer(language: str, model: str = ROSTRUM_MODEL) -> SentimentScorer:
    """The scorer for a language ("ru" uses the dostoevsky model ``model``), cached per process.

    ``model="rostrum-official"`` wraps the language's usual scorer (the shipped
    dostoevsky model, or VADER) in the official-speech lexicon correction.
    """
    if model == OFFICIAL_MODEL:
        return OfficialScorer(get_scorer(language), language)
    if language == "en":
        return VaderScorer()
    if language == "ru":
        return DostoevskyScorer(load_russian_model(model).model, model)
    raise ModelError(f"no sentiment scorer for language {language!r}")


def _language_code(language: pd.Series) -> pd.Series:
    """ISO 639-1 code in lower case ("RU", "ru-RU" → "ru"); nulls stay null."""
    return language.astype("string").str.strip().str.lower().str.split(r"[-_]", regex=True).str[0]


def score_sentiment(sentences: pd.DataFrame, *, model: str = ROSTRUM_MODEL) -> pd.DataFrame:
    """Return ``sentences`` with ``SENTIMENT_COLUMNS`` added (existing ones replaced).

    The ``language`` column picks the scorer: "ru" → the dostoevsky model ``model``
    ("rostrum-rusentiment", shipped; or "dostoevsky-original" if its weights are
    installed), "en" → VADER (see ``analysis.sentiment.english`` for how its compound
    score maps onto the columns). Rows in any other or no language, and empty or
    whitespace-only sentences, are left unscored (NaN, null label, scorer
    "unscored"): a score is never guessed. ``sentiment`` is positive − negative, in
    [−1, 1]. The index and all other columns are kept.

    ``model="rostrum-official"`` corrects both languages' scores with the
    official-speech lexicon (``analysis.sentiment.official``) and adds the columns
    ``sentiment_base`` (the uncorrected signed score) and ``lexicon_evidence``.
    """
    if model not in MODELS:
        raise ModelError(f"unknown sentiment model {model!r}; choose one of {list(MODELS)}")
    missing = [c for c in ("text", "language") if c not in sentences.columns]
    if missing:
        raise SchemaError(f"score_sentiment needs a sentences table with {missing}; build it with analysis.segmentation")
    text = sentences["text"].astype("string")
    language = _language_code(sentences["language"])
    scorable = text.fillna("").str.strip().ne("").to_numpy()

    columns = {name: np.full(len(sentences), np.nan) for name in (*SENTIMENT_LABELS, "sentiment")}
    columns["sentiment_label"] = np.full(len(sentences), None, dtype=object)
    columns["scorer"] = np.full(len(sentences), UNSCORED, dtype=object)
    extra = EXTRA_COLUMNS if model == OFFICIAL_MODEL else {}
    columns.update({name: np.full(len(sentences), np.nan) for name in extra})
    for code in ("ru", "en"):
        rows = np.flatnonzero(scorable & language.eq(code).fillna(False).to_numpy(dtype=bool))
        if rows.size:
            scored = get_scorer(code, model).score(text.iloc[rows].tolist())
            for name, values in columns.items():
                values[rows] = scored[name].to_numpy(dtype=values.dtype, na_value=None)
    table = pd.DataFrame(columns, index=sentences.index).astype({**SENTIMENT_COLUMNS, **extra})
    out = sentences.drop(columns=[c for c in (*SENTIMENT_COLUMNS, *EXTRA_COLUMNS) if c in sentences.columns])
    return pd.concat([out, table], axis=1)


def sentiment_by(
    sentences: pd.DataFrame,
    statements: pd.DataFrame,
    by: str | Sequence[str],
    **kwargs,
) -> pd.DataFrame:
    """Mean signed sentiment per group with ``n`` and a bootstrap interval.

    ``by`` names columns of the scored sentences or of the statements (joined on
    ``statement_id``): "statement_id", "speaker", "country", a country-group column,
    "year"… Unscored sentences are left out of every mean and count. Extra keyword
    arguments (``n_boot``, ``level``, ``seed``) go to ``analysis.aggregate.mean_by``.
    """
    keys = [by] if isinstance(by, str) else list(by)
    if "sentiment" not in sentences.columns or "statement_id" not in sentences.columns:
        raise SchemaError("sentiment_by needs scored sentences (statement_id, sentiment); run score_sentiment first")
    from_statements = [k for k in keys if k not in sentences.columns]
    unknown = [k for k in from_statements if k not in statements.columns]
    if unknown:
        raise SchemaError(f"cannot group by {unknown}: neither the sentences nor the statements have such columns")
    data = sentences
    if from_statements:
        if "statement_id" not in statements.columns:
            raise SchemaError("the statements table lacks statement_id; load it with analysis.load_corpus")
        if statements["statement_id"].duplicated().any():
            raise SchemaError("statement_id is not unique in the statements table; joining would duplicate sentences")
        data = sentences.merge(statements[["statement_id", *from_statements]], on="statement_id", how="left",
                               validate="many_to_one")
    return mean_by(data, "sentiment", keys, **kwargs)
