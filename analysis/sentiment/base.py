"""The one small interface every sentiment scorer implements.

A scorer turns a list of non-empty sentences of one language into the five
probabilities of ``SENTIMENT_LABELS``; the signed score, the label and the table
layout are derived here once, so the Russian and English scorers cannot drift apart.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import numpy as np
import pandas as pd

from ..schema import SENTIMENT_COLUMNS, SENTIMENT_LABELS

POSITIVE = SENTIMENT_LABELS.index("positive")
NEGATIVE = SENTIMENT_LABELS.index("negative")


class SentimentScorer(ABC):
    """Base class: subclasses set ``name`` and implement ``predict_proba``."""

    #: written to the ``scorer`` column of every row this scorer produced
    name: str = ""

    @abstractmethod
    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Probabilities, shape ``(len(texts), 5)``, columns in ``SENTIMENT_LABELS`` order."""

    def predict_labels(self, probabilities: np.ndarray) -> np.ndarray:
        """The most probable label per row (a scorer may override with its own rule)."""
        return np.asarray(SENTIMENT_LABELS, dtype=object)[probabilities.argmax(axis=1)]

    def score(self, texts: list[str]) -> pd.DataFrame:
        """The ``SENTIMENT_COLUMNS`` table for ``texts`` (positional index)."""
        return self.table(self.predict_proba(texts) if texts else np.zeros((0, len(SENTIMENT_LABELS))))

    def table(self, probabilities: np.ndarray) -> pd.DataFrame:
        """The ``SENTIMENT_COLUMNS`` table of given probabilities (for scorers that override ``score``)."""
        table = pd.DataFrame(probabilities, columns=list(SENTIMENT_LABELS))
        # positive - negative lies in [-1, 1] whenever the probabilities are valid.
        table["sentiment"] = probabilities[:, POSITIVE] - probabilities[:, NEGATIVE]
        table["sentiment_label"] = self.predict_labels(probabilities) if len(probabilities) else []
        table["scorer"] = self.name
        return table.astype(SENTIMENT_COLUMNS)
