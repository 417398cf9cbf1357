"""Figures the notebooks need that no analysis concern draws: corpus counts, lines over
time, and the sentiment model's validation figures (group means: ``analysis.plots``).

Each function returns a matplotlib ``Figure`` built without pyplot (no global state);
``analysis.report.notebook.show_figure`` displays and saves it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..aggregate import MISSING_GROUP


def plot_counts(values: Any, *, title: str, xlabel: str = "statements", top: int = 15) -> Any:
    """Horizontal bars of the ``top`` most frequent values; missing values shown as ``MISSING_GROUP``."""
    from matplotlib.figure import Figure

    counts = values.astype("object").fillna(MISSING_GROUP).value_counts().head(top)[::-1]
    fig = Figure(figsize=(7, 0.35 * len(counts) + 1.2))
    ax = fig.subplots()
    ax.barh([str(i) for i in counts.index], counts.to_numpy(), color="#4c72b0")
    ax.set(title=title, xlabel=xlabel)
    fig.tight_layout()
    return fig


def plot_histogram(values: Any, *, title: str, xlabel: str, bins: int = 30) -> Any:
    """Histogram of a numeric column (e.g. words per statement), its median marked."""
    from matplotlib.figure import Figure

    data = values.dropna().astype(float)
    fig = Figure(figsize=(7, 3.5))
    ax = fig.subplots()
    ax.hist(data, bins=bins, color="#4c72b0")
    if len(data):
        ax.axvline(data.median(), color="#c44e52", linestyle="--", label=f"median {data.median():.0f}")
        ax.legend()
    ax.set(title=title, xlabel=xlabel, ylabel="count")
    fig.tight_layout()
    return fig


def plot_lines(table: Any, x: str, y: str, *, hue: str | None = None, title: str, ylabel: str,
               unit: str = "sentences") -> Any:
    """``y`` over ``x`` (e.g. years), one line per ``hue`` value, with 95 % bands when the
    table carries ``ci_low``/``ci_high`` (a ``mean_by`` table).

    Lines break at years without data (a lone year is a point, not part of a trend);
    rows without an ``x`` are counted in a note under the axes (``unit`` names what
    ``n`` counts); more than ``MAX_BANDS`` banded series are drawn as small multiples.
    """
    from matplotlib.figure import Figure

    from ..plots import finish_time_figure, left_out_note, series_axes, with_gaps

    note = left_out_note(table, x, unit=unit)
    data = table[table[x].notna()]
    groups = list(data.groupby(hue, dropna=False, sort=True)) if hue else [(None, data)]
    banded = {"ci_low", "ci_high"} <= set(data.columns)
    fig = Figure(figsize=(8, 4))
    axes = series_axes(fig, len(groups), banded=banded)
    colours = [f"C{i % 10}" for i in range(len(groups))]
    for (key, rows), ax, colour in zip(groups, axes, colours):
        rows = with_gaps(rows, x)
        label = None if hue is None else _hue_label(hue, key)
        ax.plot(rows[x], rows[y], marker="o", markersize=3, label=label, color=colour)
        if banded:
            ax.fill_between(rows[x], rows["ci_low"], rows["ci_high"], color=colour, alpha=0.15)
        if len(set(map(id, axes))) > 1:
            ax.set_title(label, fontsize=9)
    if len(set(map(id, axes))) > 1:
        fig.suptitle(title)
        fig.supxlabel(x)
        fig.supylabel(ylabel)
    else:
        if hue:
            axes[0].legend(title=hue, fontsize="small")
        axes[0].set(title=title, xlabel=x, ylabel=ylabel)
    finish_time_figure(fig, note)
    return fig


def _hue_label(hue: str, key: Any) -> str:
    import numpy as np
    import pandas as pd

    if pd.isna(key):
        return MISSING_GROUP
    if isinstance(key, (bool, np.bool_)):
        return hue if key else f"not {hue}"
    return str(key)

