"""Interim home of the names the official lexicon's cue scanner (``analysis.sentiment.official``)
imports; they live in ``analysis.text``, and the scanner moves onto ``analysis.text.PhraseMatcher``
with the next change to that module."""

from ..text import BOUNDARY, is_word, lemmatizer, tokenize, word_form

__all__ = ["BOUNDARY", "is_word", "lemmatizer", "tokenize", "word_form"]
