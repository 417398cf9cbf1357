"""Sentiment figures. Each function returns a matplotlib ``Figure``; save it with
``analysis.plots.save_figure``. None selects a backend or shows anything."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..aggregate import group_label
from ..errors import SchemaError

# The axis of every figure of mean signed sentiment (pipeline and report alike).
SENTIMENT_AXIS = "mean sentiment (positive − negative), 95% bootstrap CI"


def plot_distribution(sentences: pd.DataFrame, *, by: str = "scorer", bins: int = 40) -> Figure:
    """Histogram of sentence sentiment per group (default: per scorer); unscored rows left out."""
    if "sentiment" not in sentences.columns or by not in sentences.columns:
        raise SchemaError(f"plot_distribution needs scored sentences with a {by!r} column")
    data = sentences.dropna(subset=["sentiment"])
    fig = Figure(figsize=(7, 4))
    ax = fig.add_subplot()
    edges = np.linspace(-1, 1, bins + 1)
    for key, group in data.groupby(by, dropna=False, sort=True):
        ax.hist(group["sentiment"], bins=edges, alpha=0.5, label=f"{group_label(key)} (n={len(group)})")
    ax.set_xlabel("sentence sentiment (positive − negative)")
    ax.set_ylabel("sentences")
    ax.set_title(f"Distribution of sentence sentiment by {by}")
    if len(data):
        ax.legend()
    fig.tight_layout()
    return fig


def plot_confusion(result: dict, *, title: str | None = None) -> Figure:
    """Confusion matrix of an ``analysis.validation`` report: colour = share of the gold row, text = count."""
    labels = result["confusion_matrix"]["labels"]
    counts = np.asarray(result["confusion_matrix"]["matrix"], dtype=float)
    shares = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    fig = Figure(figsize=(1.1 * len(labels) + 2.5, 1.0 * len(labels) + 1.5))
    ax = fig.add_subplot()
    image = ax.imshow(shares, cmap="Blues", vmin=0, vmax=1)
    for i in range(len(labels)):
        for j in range(len(labels)):
            ax.text(j, i, f"{int(counts[i, j])}", ha="center", va="center",
                    color="white" if shares[i, j] > 0.6 else "black")
    ax.set_xticks(range(len(labels)), labels, rotation=30)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    fig.colorbar(image, ax=ax, label="share of gold row")
    ax.set_title(title or f"{result.get('format', '')} n={result['n']}: weighted F1 {result['weighted']['f1']:.3f}")
    fig.tight_layout()
    return fig


def plot_statement_course(sentences: pd.DataFrame, statement_id: str, *, window: int = 5) -> Figure:
    """Sentiment sentence by sentence along one statement, with a centred rolling mean.

    Unscored sentences stay as gaps at their position rather than being skipped, so
    the x axis is the statement's real order.
    """
    needed = ("statement_id", "position", "sentiment")
    if any(c not in sentences.columns for c in needed):
        raise SchemaError(f"plot_statement_course needs scored sentences with {list(needed)}")
    data = sentences[sentences["statement_id"] == statement_id].sort_values("position")
    if data.empty:
        raise SchemaError(f"no sentences of statement {statement_id!r}")
    x = data["position"].to_numpy()
    y = data["sentiment"].to_numpy(dtype=float)
    fig = Figure(figsize=(8, 3.5))
    ax = fig.add_subplot()
    ax.bar(x, np.nan_to_num(y), color=np.where(np.nan_to_num(y) >= 0, "tab:green", "tab:red"), alpha=0.6)
    rolling = pd.Series(y).rolling(window, center=True, min_periods=1).mean()
    ax.plot(x, rolling, color="black", label=f"rolling mean ({window} sentences)")
    ax.axhline(0, color="gray", linewidth=0.8)
    ax.set_ylim(-1, 1)
    ax.set_xlabel("sentence position")
    ax.set_ylabel("sentiment")
    ax.set_title(f"Sentiment along statement {statement_id}")
    ax.legend(loc="lower right")
    fig.tight_layout()
    return fig
