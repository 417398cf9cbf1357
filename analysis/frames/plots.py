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

    A numeric ``by`` with more than three values (years) is drawn as lines with bands
    (breaking at years without data, rows without a year counted in a note, small
    multiples beyond ``MAX_BANDS`` frames), anything else as grouped bars with error
    bars; a null group is drawn as "(unknown)".
    """
    from ..plots import finish_time_figure, left_out_note, series_axes, with_gaps

    fig = Figure(figsize=(9, 4.8))
    frames = list(dict.fromkeys(shares["frame"]))
    groups = list(pd.unique(shares[by]))  # one null group, however many null rows
    heading = title or f"Frames by {by} (95% bootstrap intervals)"
    if pd.api.types.is_numeric_dtype(shares[by]) and len(groups) > 3:
        axes = series_axes(fig, len(frames), banded=True)
        for i, (frame, ax) in enumerate(zip(frames, axes)):
            part = with_gaps(shares[(shares["frame"] == frame) & shares[by].notna()], by)
            ax.plot(part[by], part["share"], marker="o", ms=3, label=_label(frame), color=f"C{i % 10}")
            ax.fill_between(part[by], part["ci_low"], part["ci_high"], alpha=0.15, color=f"C{i % 10}")
        note = left_out_note(shares, by)
        if len(set(map(id, axes))) > 1:  # small multiples: one frame per panel
            for frame, ax in zip(frames, axes):
                ax.set_title(_label(frame), fontsize=9)
                ax.set_ylim(0, None)
            fig.suptitle(heading)
            fig.supxlabel(by)
            fig.supylabel("share of sentences with the frame")
            finish_time_figure(fig, note)
            return fig
        ax = axes[0]
        ax.set_xlabel(by)
    else:
        ax, note = fig.add_subplot(), None
        width = 0.8 / max(1, len(groups))
        x = np.arange(len(frames))
        for i, group in enumerate(groups):
            chosen = shares[by].isna() if pd.isna(group) else shares[by].astype(str) == str(group)
            part = shares[chosen.fillna(False).to_numpy()].set_index("frame").reindex(frames)
            err = np.vstack([part["share"] - part["ci_low"], part["ci_high"] - part["share"]])
            ax.bar(x + i * width - 0.4 + width / 2, part["share"], width, yerr=np.nan_to_num(err), capsize=2,
                   label=group_label(group))
        ax.set_xticks(x, [_label(f) for f in frames], rotation=30, ha="right")
    ax.set_ylabel("share of sentences with the frame")
    ax.set_ylim(0, None)
    ax.legend(fontsize=8, ncols=2)
    ax.set_title(heading)
    finish_time_figure(fig, note)
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


def plot_validation(result: dict[str, Any], detector: str = "codebook", *, title: str | None = None,
                    sample: str | None = None) -> Figure:
    """Per-frame precision, recall and F1 bars of one detector from an ``evaluate_frames`` result.

    The figure says which sample the scores describe (``sample``, default: the gold file's
    name): validation figures travel into reports about other corpora, where a reader
    must not take them for the quality of the codebook on the corpus being analysed.
    The project's own gold files are labelled "development sample, not your corpus".
    """
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
    fig.text(0.01, 0.01, f"Sample: {sample or _sample_label(result)}", fontsize=8, color="#555")
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig


def _sample_label(result: dict[str, Any]) -> str:
    from pathlib import Path

    gold = Path(str(result.get("gold", "")))
    if gold.parent.name == "gold" and gold.parent.parent.name == "data":  # the project's data/gold/*.jsonl
        return f"{result['sentences']} hand-coded sentences of {gold.name}: development sample, not your corpus"
    return f"{result['sentences']} hand-coded sentences of {gold.name or 'the gold file'}"
