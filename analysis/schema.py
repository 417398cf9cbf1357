"""Column names and dtypes of the suite's tables, and their validation.

Every step takes and returns pandas DataFrames with these columns, so a notebook, the
CLI, the tests and a Dask worker all speak the same language. Column names are
identical across tables: ``statement_id`` means the same thing everywhere.
"""

from __future__ import annotations

import pandas as pd

from .errors import SchemaError

# One row per statement: a speech, a quote, a reported statement, or narrator text.
STATEMENT_COLUMNS: dict[str, str] = {
    "statement_id": "string",  # unique within a corpus, stable across runs
    "doc_id": "string",  # the source document the statement comes from
    "text": "string",
    "speaker": "string",  # null for narrator text and where unknown (never invented)
    "role": "string",  # post / function ("Minister of Public Security", "narrator")
    "organization": "string",  # ministry, UN body, delegation
    "country": "string",  # ISO 3166-1 alpha-3 where known
    "date": "datetime64[ns]",  # NaT where only the year is known
    "year": "Int64",  # from the date, the file name or the session
    "language": "string",  # ISO 639-1 ("ru", "en"), detected when not given
    "source": "string",  # file path or URL
    "title": "string",
}

# One row per sentence; joined to statements by statement_id.
SENTENCE_COLUMNS: dict[str, str] = {
    "statement_id": "string",
    "sentence_id": "string",  # f"{statement_id}:{position:05d}"
    "position": "int64",  # 0-based order within the statement
    "start": "int64",  # character offsets into the statement's text
    "end": "int64",
    "text": "string",
    "language": "string",
}

# Added to sentences by score_sentiment. Probabilities are NaN when unscored.
SENTIMENT_LABELS: tuple[str, ...] = ("positive", "negative", "neutral", "skip", "speech")
SENTIMENT_COLUMNS: dict[str, str] = {
    **{label: "float64" for label in SENTIMENT_LABELS},
    "sentiment": "float64",  # signed score in [-1, 1]: positive - negative
    "sentiment_label": "string",  # the most probable label; null when unscored
    "scorer": "string",  # which scorer produced the row, or "unscored"
}

# Long table of frame hits: one row per codebook match.
FRAME_HIT_COLUMNS: dict[str, str] = {
    "statement_id": "string",
    "sentence_id": "string",
    "frame": "string",  # codebook frame key, e.g. "multilateralism"
    "entry": "string",  # the codebook entry that matched (its id)
    "matched": "string",  # surface text of the match
    "start": "int64",  # character offsets into the sentence text
    "end": "int64",
    "negated": "bool",  # the match is under negation ("не доверяем")
    "language": "string",
}

# One row per document unit (statement or sentence) that went into the topic model.
TOPIC_COLUMNS: dict[str, str] = {
    "statement_id": "string",
    "sentence_id": "string",  # null when the unit is the whole statement
    "topic": "int64",  # -1 is BERTopic's outlier topic
    "topic_label": "string",
    "probability": "float64",
}

def empty_table(columns: dict[str, str]) -> pd.DataFrame:
    """An empty DataFrame with the given columns and dtypes (so concat keeps dtypes)."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})


def conform(df: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """Return ``df`` with the schema's columns first, cast to their dtypes.

    Missing schema columns are added as nulls (metadata is never invented); extra
    columns are kept after the schema's, so users' own metadata survives.
    """
    out = df.copy()
    for name, dtype in columns.items():
        if name not in out.columns:
            out[name] = pd.Series(pd.NA if dtype != "datetime64[ns]" else pd.NaT, index=out.index)
        try:
            if dtype == "datetime64[ns]":
                out[name] = pd.to_datetime(out[name], errors="coerce").astype("datetime64[ns]")
            else:
                out[name] = out[name].astype(dtype)
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"column {name!r} cannot be read as {dtype}: {exc}") from exc
    extra = [c for c in out.columns if c not in columns]
    return out[list(columns) + extra].reset_index(drop=True)


def validate(df: pd.DataFrame, columns: dict[str, str], table: str) -> None:
    """Raise SchemaError naming the table and the missing columns, if any."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise SchemaError(
            f"the {table} table lacks column(s) {missing}; build it with the suite's "
            f"loaders or pass it through analysis.schema.conform(df, ...)"
        )
