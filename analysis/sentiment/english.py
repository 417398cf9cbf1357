"""English sentiment with VADER's lexicon and rules (offline, from the installed package).

VADER's ``compound`` score is already a signed value in [-1, 1]; it becomes the
suite's ``sentiment`` unchanged. To keep ``sentiment == positive - negative`` true for
every row, the probabilities are built from it:

* ``positive = max(compound, 0)``, ``negative = max(-compound, 0)``,
  ``neutral = 1 - |compound|``;
* ``skip = speech = 0.0``: VADER has no such classes; defined as zero (not NaN) so
  that every scored row's five columns sum to 1.

These are not calibrated probabilities, so the label follows VADER's authors'
published rule instead of the arg-max: ``compound >= 0.05`` positive,
``<= -0.05`` negative, otherwise neutral.
"""

from __future__ import annotations

import functools

import numpy as np

from ..schema import SENTIMENT_LABELS
from .base import NEGATIVE, POSITIVE, SentimentScorer

VADER = "vader"
VADER_THRESHOLD = 0.05  # Hutto & Gilbert's recommended cut-off for the compound score
NEUTRAL = SENTIMENT_LABELS.index("neutral")


@functools.lru_cache(maxsize=None)
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


class VaderScorer(SentimentScorer):
    """Scores English sentences with VADER's compound score (see the module docstring)."""

    name = VADER

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        analyzer = _analyzer()
        compound = np.array([analyzer.polarity_scores(text)["compound"] for text in texts], dtype=float)
        out = np.zeros((len(texts), len(SENTIMENT_LABELS)))
        out[:, POSITIVE] = np.clip(compound, 0.0, 1.0)
        out[:, NEGATIVE] = np.clip(-compound, 0.0, 1.0)
        out[:, NEUTRAL] = 1.0 - np.abs(compound)
        return out

    def predict_labels(self, probabilities: np.ndarray) -> np.ndarray:
        compound = probabilities[:, POSITIVE] - probabilities[:, NEGATIVE]
        return np.where(
            compound >= VADER_THRESHOLD, "positive", np.where(compound <= -VADER_THRESHOLD, "negative", "neutral")
        ).astype(object)
