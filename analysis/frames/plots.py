"""Frame figures: shares by group, frame × sentiment, co-occurrence, validation scores.

Each function takes a table from ``analysis.frames.tables`` (or the evaluation result) and
returns a matplotlib ``Figure``; save it with ``analysis.plots.save_figure``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..aggregate import group_label


def _label(frame: str) -> str:
    return frame.replace("_", " ")


def plot_frame_shares(shares: pd.DataFrame, by: str, *, title: str | None = None) -> Figure:
    """Share of sentences carrying each frame per group, with bootstrap intervals.

    A numeric ``by`` with more than three values (years) is drawn as lines with bands,
    anything else as grouped bars with error bars.
    """
    fig = Figure(figsize=(9, 4.8))
    ax = fig.add_subplot()
    frames = list(dict.fromkeys(shares["frame"]))
    groups = list(dict.fromkeys(shares[by]))
    if pd.api.types.is_numeric_dtype(shares[by]) and len(groups) > 3:
        for frame in frames:
            part = shares[shares["frame"] == frame].sort_values(by)
            ax.plot(part[by], part["share"], marker="o", ms=3, label=_label(frame))
            ax.fill_between(part[by], part["ci_low"], part["ci_high"], alpha=0.15)
        ax.set_xlabel(by)
    else:
        width = 0.8 / max(1, len(groups))
        x = np.arange(len(frames))
        for i, group in enumerate(groups):
            part = shares[shares[by].astype(str) == str(group)].set_index("frame").reindex(frames)
            err = np.vstack([part["share"] - part["ci_low"], part["ci_high"] - part["share"]])
            ax.bar(x + i * width - 0.4 + width / 2, part["share"], width, yerr=np.nan_to_num(err), capsize=2,
                   label=group_label(group))
        ax.set_xticks(x, [_label(f) for f in frames], rotation=30, ha="right")
    ax.set_ylabel("share of sentences with the frame")
    ax.set_ylim(0, None)
    ax.legend(fontsize=8, ncols=2)
    ax.set_title(title or f"Frames by {by} (95% bootstrap intervals)")
    fig.tight_layout()
    return fig


def plot_frame_sentiment(table: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Mean signed sentiment of sentences per frame (``frame_sentiment`` output), with intervals."""
    fig = Figure(figsize=(7, 0.45 * len(table) + 1.2))
    ax = fig.add_subplot()
    y = np.arange(len(table))[::-1]
    err = np.vstack([table["mean"] - table["ci_low"], table["ci_high"] - table["mean"]])
    ax.errorbar(table["mean"], y, xerr=np.nan_to_num(err), fmt="o", capsize=3)
    ax.axvline(0, color="grey", lw=0.8)
    ax.set_yticks(y, [f"{_label(f)} (n={n})" for f, n in zip(table["frame"], table["n"])])
    ax.set_xlabel("mean sentiment (positive − negative)")
    ax.set_title(title or "Sentiment of sentences by frame")
    fig.tight_layout()
    return fig


def plot_cooccurrence(matrix: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Heatmap of a ``cooccurrence`` table, values written in the cells."""
    fig = Figure(figsize=(7.5, 6.5))
    ax = fig.add_subplot()
    values = matrix.to_numpy(dtype=float)
    image = ax.imshow(values, cmap="Blues")
    labels = [_label(f) for f in matrix.columns]
    ax.set_xticks(range(len(labels)), labels, rotation=40, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    integer = np.allclose(values[~np.isnan(values)], np.round(values[~np.isnan(values)]))
    top = np.nanmax(values) if values.size and not np.isnan(values).all() else 0
    for (i, j), v in np.ndenumerate(values):
        if not np.isnan(v):
            ax.text(j, i, f"{v:.0f}" if integer else f"{v:.2f}", ha="center", va="center", fontsize=8,
                    color="white" if v > top / 2 else "black")
    fig.colorbar(image, ax=ax, shrink=0.8)
    ax.set_title(title or "Frame co-occurrence (sentences)")
    fig.tight_layout()
    return fig


def plot_validation(result: dict[str, Any], detector: str = "codebook", *, title: str | None = None) -> Figure:
    """Per-frame precision, recall and F1 bars of one detector from an ``evaluate_frames`` result."""
    metrics = result["frames"][detector]
    frames = list(metrics["per_label"])
    fig = Figure(figsize=(9, 4.5))
    ax = fig.add_subplot()
    x = np.arange(len(frames))
    for i, key in enumerate(("precision", "recall", "f1")):
        ax.bar(x + (i - 1) * 0.27, [metrics["per_label"][f][key] for f in frames], 0.27, label=key)
    ax.set_xticks(x, [f"{_label(f)}\n(n={metrics['per_label'][f]['support']})" for f in frames], rotation=30, ha="right", fontsize=8)
    ax.set_ylim(0, 1.18)
    ax.legend(fontsize=8, ncols=3, loc="upper center")
    micro, macro = metrics["micro"], metrics["macro"]
    ax.set_title(title or f"{detector}: micro F1 {micro['f1']:.2f}, macro F1 {macro['f1']:.2f} on {result['sentences']} sentences")
    fig.tight_layout()
    return fig
