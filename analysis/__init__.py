"""rostrum's analysis package: official statements → tidy tables → figures.

The public API is a handful of plain functions that take and return pandas tables
(see ``analysis.schema``)::

    corpus = load_corpus("data/seed")             # statements + load report
    sentences = segment(corpus.statements)         # one row per sentence
    sentences = score_sentiment(sentences)         # probabilities + signed score
    hits = detect_frames(sentences)                # long table of codebook hits
    model = fit_topics(corpus.statements)          # BERTopic, offline, seeded
    p5 = select(corpus.statements, group="p5")     # one filter for statements / sentences / hits

Names are imported lazily so that ``import analysis`` stays fast and a missing
optional dependency only matters for the function that needs it.
"""

from __future__ import annotations

from importlib.metadata import version

from .lazy import lazy_exports

__version__ = version("rostrum")  # one source of truth: pyproject.toml

_PUBLIC = {
    "load_corpus": "analysis.corpus",
    "segment": "analysis.segmentation",
    "score_sentiment": "analysis.sentiment",
    "detect_frames": "analysis.frames",
    "kwic": "analysis.frames",
    "load_codebook": "analysis.frames",
    "fit_topics": "analysis.topics",
    "run": "analysis.pipeline",
    "select": "analysis.selection",
}

__all__ = sorted(_PUBLIC)


__getattr__ = lazy_exports(__name__, _PUBLIC)
