"""Topics: BERTopic on official statements, offline, reproducible and safe on small corpora.

``fit_topics(docs, config=TopicConfig(...))`` returns a fitted :class:`TopicModel`;
``load_topics(folder)`` reads one saved with ``TopicModel.save``. Analyses live in
``analysis.topics.analyses`` and figures in ``analysis.topics.plots``.

Names are resolved lazily: importing BERTopic takes seconds, and the CLI (which imports
``analysis.topics.cli`` to build its parser) should not pay that for ``--help``.
"""

from __future__ import annotations

from ..lazy import lazy_exports

_EXPORTS = {
    "TopicConfig": "analysis.topics.factory",
    "TopicModel": "analysis.topics.model",
    "fit_topics": "analysis.topics.model",
    "load_topics": "analysis.topics.model",
}

__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
