"""Classification metrics on scikit-learn, with one set of keys for every report.

Both functions return the same shape, so figures, cards and notebooks read any report::

    {"n": items, "labels": [label order], "accuracy": share of items exactly right,
     "per_label": {label: {"precision", "recall", "f1", "support", "predicted", "true_positives"}},
     "micro": {"precision", "recall", "f1", "support"},
     "macro": {"precision", "recall", "f1", "supported"},
     "weighted": {"precision", "recall", "f1"},
     "confusion_matrix": {"labels", "matrix"}}        # single-label only: rows gold, columns predicted

Label keys are strings (RuSentNE's -1/0/1 become "-1"/"0"/"1") so a report survives JSON.
The macro average is over the labels with gold support: a label nobody coded has no
recall to average, and counting it as 0 would punish a sample for what it lacks.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any

import numpy as np

from ..errors import SchemaError
from .gold import GOLD_SENTIMENTS


def sentiment_metrics(gold: Sequence[Hashable], predicted: Sequence[Hashable],
                      labels: Sequence[Hashable] = GOLD_SENTIMENTS) -> dict[str, Any]:
    """Single-label report (one label per item), with the confusion matrix in ``labels`` order.

    Named for its first use, it serves any single-label scheme: five RuSentiment labels,
    RuSentNE's -1/0/1, or a binary "negative"/"not negative".
    """
    from sklearn.metrics import confusion_matrix

    gold, predicted, labels = list(gold), list(predicted), list(labels)
    _check_pairs(gold, predicted)
    _check_labels([*gold, *predicted], labels)
    report = _report(gold, predicted, labels, labels)
    report["confusion_matrix"] = {"labels": [str(label) for label in labels],
                                  "matrix": confusion_matrix(gold, predicted, labels=labels).tolist()}
    return report


def frame_metrics(gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]],
                  labels: Sequence[str]) -> dict[str, Any]:
    """Multi-label report: each item carries a set of labels (frames), possibly empty.

    ``accuracy`` is the share of items whose whole set is right.
    """
    from sklearn.preprocessing import MultiLabelBinarizer

    gold, predicted, labels = [set(g) for g in gold], [set(p) for p in predicted], list(labels)
    _check_pairs(gold, predicted)
    _check_labels([x for item in (*gold, *predicted) for x in item], labels)
    binarizer = MultiLabelBinarizer(classes=labels)
    return _report(binarizer.fit_transform(gold), binarizer.transform(predicted), labels, list(range(len(labels))))


def _check_pairs(gold: list, predicted: list) -> None:
    if len(gold) != len(predicted):
        raise SchemaError(f"gold has {len(gold)} items and predicted {len(predicted)}; pair them item by item")


def _check_labels(seen: list, labels: list) -> None:
    """Labels outside ``labels`` would be dropped silently by scikit-learn: refuse them."""
    unknown = sorted({str(x) for x in seen if x not in labels})
    if unknown:
        raise SchemaError(f"labels {unknown} are not among {[str(x) for x in labels]}; "
                          "map them first (analysis.validation.map_labels) or pass them in labels")


def _report(y_true, y_pred, labels: list, indices: list) -> dict[str, Any]:
    """The shared report; ``indices`` are ``labels`` as scikit-learn sees them (columns for multi-label)."""
    from sklearn.metrics import accuracy_score, multilabel_confusion_matrix, precision_recall_fscore_support

    def prf(average: str | None, subset: list) -> tuple:
        return precision_recall_fscore_support(y_true, y_pred, labels=subset, average=average, zero_division=0)

    precision, recall, f1, support = prf(None, indices)
    counts = multilabel_confusion_matrix(y_true, y_pred, labels=indices) if len(y_true) else np.zeros((len(labels), 2, 2), int)
    supported = [index for index, s in zip(indices, support) if s > 0]
    averages = {name: prf(name, indices)[:3] for name in ("micro", "weighted")}
    macro = prf("macro", supported)[:3] if supported else (0.0, 0.0, 0.0)

    def scores(triple) -> dict[str, float]:
        return dict(zip(("precision", "recall", "f1"), map(float, triple)))

    return {
        "n": len(y_true),
        "labels": [str(label) for label in labels],
        "accuracy": float(accuracy_score(y_true, y_pred)) if len(y_true) else 0.0,
        "per_label": {
            str(label): {**scores((p, r, f)), "support": int(s), "predicted": int(c[:, 1].sum()),
                         "true_positives": int(c[1, 1])}
            for label, p, r, f, s, c in zip(labels, precision, recall, f1, support, counts)
        },
        "micro": {**scores(averages["micro"]), "support": int(support.sum())},
        "macro": {**scores(macro), "supported": len(supported)},
        "weighted": scores(averages["weighted"]),
    }
