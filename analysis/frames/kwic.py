"""Keyword in context: every codebook hit shown with the words around it.

A dictionary count that cannot be audited cannot be trusted; KWIC lets an analyst read
each hit and spot false positives (and write an ``exclude`` for them). The text is plain:
whoever renders it (the HTML report) escapes it.
"""

from __future__ import annotations

import re

import pandas as pd

from ..errors import SchemaError

_SPACE = re.compile(r"\s+")
KWIC_COLUMNS = ["left", "match", "right", "frame", "entry", "negated", "sentence_id", "statement_id"]


def kwic(hits: pd.DataFrame, sentences: pd.DataFrame, width: int = 60) -> pd.DataFrame:
    """One row per hit: up to ``width`` characters of sentence text left and right of the match.

    The context is cut at the sentence boundary (hits never see other sentences); runs of
    whitespace in the context are collapsed to one space so rows print on one line. The
    ``match`` column is the sentence text at the hit's offsets, unchanged.
    """
    if width < 0:
        raise ValueError("width must be >= 0")
    for column in ("sentence_id", "start", "end", "frame", "entry"):
        if column not in hits.columns:
            raise SchemaError(f"kwic needs frame hits with {column!r}; build them with detect_frames")
    if "text" not in sentences.columns or "sentence_id" not in sentences.columns:
        raise SchemaError("kwic needs the sentences table (sentence_id, text) the hits came from")
    texts = dict(zip(sentences["sentence_id"].astype(str), sentences["text"]))
    rows = []
    for hit in hits.itertuples(index=False):
        text = texts.get(str(hit.sentence_id))
        if not isinstance(text, str):
            raise SchemaError(f"hit on sentence {hit.sentence_id!r}, which is not in the sentences table")
        start, end = int(hit.start), int(hit.end)
        rows.append(
            (
                _squash(text[max(0, start - width) : start]),
                text[start:end],
                _squash(text[end : end + width]),
                hit.frame,
                hit.entry,
                bool(getattr(hit, "negated", False)),
                hit.sentence_id,
                getattr(hit, "statement_id", None),
            )
        )
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def _squash(text: str) -> str:
    """Collapse runs of whitespace (newlines included) to one space."""
    return _SPACE.sub(" ", text)
