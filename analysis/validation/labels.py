"""Label maps: how one scheme's labels become another's before they are compared.

A model's labels rarely match the gold scheme one to one (dostoevsky's five labels vs a
three-way gold; sentence labels vs RuSentNE's -1/0/1), so the mapping is data that travels
with the figures, never an inline ``if``.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping

from ..errors import SchemaError

# Five sentiment labels (analysis.schema.SENTIMENT_LABELS) to the three-way gold scheme.
THREE_WAY: Mapping[str, str] = {"positive": "positive", "negative": "negative", "neutral": "neutral",
                                "skip": "neutral", "speech": "neutral"}
# Five sentiment labels to a sign, as RuSentNE codes sentiment towards an entity.
SIGNED: Mapping[str, int] = {"positive": 1, "negative": -1, "neutral": 0, "skip": 0, "speech": 0}


def map_labels(labels: Iterable[Hashable], mapping: Mapping[Hashable, Hashable]) -> list:
    """``labels`` translated through ``mapping``; a label the map lacks is an error, not a silent miss."""
    out, missing = [], set()
    for label in labels:
        if label in mapping:
            out.append(mapping[label])
        else:
            missing.add(label)
    if missing:
        raise SchemaError(f"labels {sorted(map(str, missing))} are not in the label map "
                          f"(it maps {sorted(map(str, mapping))}); add them to the map or drop those rows")
    return out
