"""Sentence-level sentiment and its group aggregates.

``score_sentiment`` is a pure per-row function: each row's result depends only on its
own text and language, so the pipeline may run it on any partitioning of the
sentence table (Dask partitions included) and get the same numbers. Models are
loaded once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

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
from .speech import SPEECH_MODEL, SpeechScorer

UNSCORED = "unscored"
DEFAULT_MODEL = SPEECH_MODEL  # the official-speech model, validated on official statements
MODELS = (SPEECH_MODEL, *RUSSIAN_MODELS, OFFICIAL_MODEL)  # what ``model=`` accepts
#: dostoevsky's five labels (model rostrum-rusentiment), kept beside rostrum-speech on Russian rows
DOSTOEVSKY_COLUMNS = {f"dostoevsky_{label}": "float64" for label in SENTIMENT_LABELS}


def extra_columns(model: str) -> dict[str, str]:
    """The columns ``score_sentiment(model=...)`` adds beyond ``SENTIMENT_COLUMNS``, with dtypes."""
    return {OFFICIAL_MODEL: EXTRA_COLUMNS, SPEECH_MODEL: DOSTOEVSKY_COLUMNS}.get(model, {})


@functools.lru_cache(maxsize=None)
def get_scorer(language: str, model: str = DEFAULT_MODEL) -> SentimentScorer:
    """The scorer for a language and model name, cached per process.

    ``rostrum-speech`` (default) serves Russian and English with one model;
    ``rostrum-rusentiment`` / ``dostoevsky-original`` name dostoevsky models for Russian
    (English then gets VADER); ``rostrum-official`` wraps those in the lexicon correction.
    """
    if model == SPEECH_MODEL:
        if language not in ("ru", "en"):
            raise ModelError(f"{SPEECH_MODEL} was trained and validated on Russian and English only, not {language!r}")
        return SpeechScorer()
    if model == OFFICIAL_MODEL:
        return OfficialScorer(get_scorer(language, ROSTRUM_MODEL), language)
    if language == "en":
        return VaderScorer()
    if language == "ru":
        return DostoevskyScorer(load_russian_model(model).model, model)
    raise ModelError(f"no sentiment scorer for language {language!r}")


def _language_code(language: pd.Series) -> pd.Series:
    """ISO 639-1 code in lower case ("RU", "ru-RU" → "ru"); nulls stay null."""
    return language.astype("string").str.strip().str.lower().str.split(r"[-_]", regex=True).str[0]


def previous_sentences(sentences: pd.DataFrame) -> pd.Series:
    """The sentence before each row in its statement ("" for a first one), the context rostrum-speech reads.

    A ``prev_text`` column (gold files carry one) is used as it is; otherwise rows are
    ordered by ``position`` (or table order) within ``statement_id``.
    """
    if "prev_text" in sentences.columns:
        return sentences["prev_text"].astype("string").fillna("")
    if "statement_id" not in sentences.columns:
        return pd.Series("", index=sentences.index, dtype="string")
    order = sentences.sort_values("position", kind="stable") if "position" in sentences.columns else sentences
    before = order.groupby("statement_id", sort=False)["text"].shift(1)
    return before.reindex(sentences.index).astype("string").fillna("")


def score_sentiment(sentences: pd.DataFrame, *, model: str = DEFAULT_MODEL,
                    cache_dir: str | Path | None = None) -> pd.DataFrame:
    """Return ``sentences`` with ``SENTIMENT_COLUMNS`` added (existing ones replaced).

    By default ``model="rostrum-speech"``, the official-speech tone model, scores Russian
    and English sentences (positive / negative / neutral; ``skip`` and ``speech`` are 0),
    and Russian rows also get dostoevsky's five probabilities (model rostrum-rusentiment)
    as ``dostoevsky_<label>`` columns. With a dostoevsky model name ("rostrum-rusentiment",
    or "dostoevsky-original" if its weights are installed) "ru" rows go to dostoevsky and
    "en" rows to VADER (see ``analysis.sentiment.english`` for how its compound score maps
    onto the columns). The ``scorer`` column names what scored each row. ``cache_dir`` is
    where rostrum-speech keeps its sentence embeddings (default: the suite's content cache). Rows in any other or no language, and empty or
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
    extra = extra_columns(model)
    columns.update({name: np.full(len(sentences), np.nan) for name in extra})
    for code in ("ru", "en"):
        rows = np.flatnonzero(scorable & language.eq(code).fillna(False).to_numpy(dtype=bool))
        if rows.size:
            scorer = get_scorer(code, model)
            if isinstance(scorer, SpeechScorer):
                scorer = SpeechScorer(scorer.model, cache_dir=cache_dir) if cache_dir else scorer
                before = previous_sentences(sentences).iloc[rows].tolist()
                scored = scorer.table(scorer.predict_proba(text.iloc[rows].tolist(), before))
            else:
                scored = scorer.score(text.iloc[rows].tolist())
            if model == SPEECH_MODEL and code == "ru":
                dostoevsky = get_scorer("ru", ROSTRUM_MODEL).score(text.iloc[rows].tolist())
                scored = scored.assign(**{f"dostoevsky_{label}": dostoevsky[label].to_numpy() for label in SENTIMENT_LABELS})
            for name, values in columns.items():
                if name in scored.columns:
                    values[rows] = scored[name].to_numpy(dtype=values.dtype, na_value=None)
    table = pd.DataFrame(columns, index=sentences.index).astype({**SENTIMENT_COLUMNS, **extra})
    added = (*SENTIMENT_COLUMNS, *EXTRA_COLUMNS, *DOSTOEVSKY_COLUMNS)
    out = sentences.drop(columns=[c for c in added if c in sentences.columns])
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
