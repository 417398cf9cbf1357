"""Topics: BERTopic on official statements, offline, reproducible and safe on small corpora.

``fit_topics(docs, config=TopicConfig(...))`` returns a fitted :class:`TopicModel`;
``load_topics(folder)`` reads one saved with ``TopicModel.save``. Analyses live in
``analysis.topics.analyses`` and figures in ``analysis.topics.plots``.
"""

from __future__ import annotations

from .factory import TopicConfig
from .model import TopicModel, fit_topics
from .persistence import load_topics

__all__ = ["TopicConfig", "TopicModel", "fit_topics", "load_topics"]
