"""Sentence sentiment: dostoevsky for Russian, VADER for English, nothing guessed for the rest.

``score_sentiment`` adds five probabilities, a signed score (positive − negative) and a
label to each sentence; ``sentiment_by`` turns them into group means with bootstrap
intervals; ``model_card`` returns the record of how the shipped Russian model was made.
"""

from .card import model_card
from .scoring import score_sentiment, sentiment_by

__all__ = ["model_card", "score_sentiment", "sentiment_by"]
