"""Validation: gold files, label maps, metrics, coder agreement and document splits.

The bottom of the import graph (it imports only ``analysis.errors`` and ``analysis.schema``),
so every concern (frames, sentiment, topics, attribution) measures itself the same way::

    gold = read_gold("data/gold/dev_sample.jsonl")                     # one row per sentence
    sentiment_metrics(gold["sentiment"], predicted)                    # single-label report
    frame_metrics(gold["frames"], predicted_sets, labels=book.frame_keys)  # multi-label report
    krippendorff_alpha(codings, "frames")                              # alpha per label
    split_by_document(gold, stratify="language", seed=0)               # document -> train/dev/test

Every metrics report has the same keys (see ``analysis.validation.metrics``).
"""

from .agreement import krippendorff_alpha
from .datasets import DATASET_FORMATS, detect_dataset_format, read_rusentiment, read_rusentne, read_unscon
from .gold import GOLD_LANGUAGES, GOLD_SENTIMENTS, gold_sentences, read_gold
from .labels import SIGNED, THREE_WAY, map_labels
from .metrics import frame_metrics, sentiment_metrics
from .splits import SPLITS, split_by_document

__all__ = [
    "DATASET_FORMATS",
    "GOLD_LANGUAGES",
    "GOLD_SENTIMENTS",
    "SIGNED",
    "SPLITS",
    "THREE_WAY",
    "detect_dataset_format",
    "frame_metrics",
    "gold_sentences",
    "krippendorff_alpha",
    "map_labels",
    "read_gold",
    "read_rusentiment",
    "read_rusentne",
    "read_unscon",
    "sentiment_metrics",
    "split_by_document",
]
