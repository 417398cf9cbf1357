"""One article body through sentence-level attribution: the helpers the attribution tests share."""

from __future__ import annotations

import pandas as pd

from analysis.corpus.news import article_sentences


def speakers(body: str, language: str) -> list:
    """Each sentence's speaker name, or None."""
    table = article_sentences(body, {"doc_id": "w", "language": language})
    return [None if pd.isna(s) else s for s in table["speaker"]]


def gold_speakers(body: str, language: str) -> list:
    """Each sentence's speaker as the gold writes it: a name, ``[role]`` for an unnamed person, or None."""
    table = article_sentences(body, {"doc_id": "w", "language": language})
    return [(None if pd.isna(role) or role == "narrator" else f"[{role}]") if pd.isna(name) else name
            for name, role in zip(table["speaker"], table["role"])]
