"""Figure helpers shared by every concern.

Each figure function is named ``plot_<noun>`` and returns a matplotlib ``Figure``;
``save_figure`` writes it as PNG and SVG under a stable name so reports and papers can
link to it. ``plot_group_means`` draws any ``mean_by`` table, for the pipeline's figures
and the report's alike. The package never selects a matplotlib backend: notebooks keep
their inline figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .aggregate import group_label
from .cache import atomic_write_bytes
from .errors import SchemaError


def plot_group_means(table: pd.DataFrame, by: str | Sequence[str], *, title: str | None = None,
                     xlabel: str = "mean, 95% bootstrap CI", xlim: tuple[float, float] | None = None) -> Figure:
    """Mean per group with its bootstrap interval and count (a ``mean_by`` / ``sentiment_by`` table).

    Groups are sorted by mean; the interval is drawn as an error bar and ``n`` printed
    beside each label, so a reader sees at once which differences are larger than their
    uncertainty and which rest on few sentences.
    """
    keys = [by] if isinstance(by, str) else list(by)
    missing = [c for c in (*keys, "n", "mean", "ci_low", "ci_high") if c not in table.columns]
    if missing:
        raise SchemaError(f"plot_group_means needs a mean_by table; missing {missing}")
    data = table.sort_values("mean").reset_index(drop=True)
    fig = Figure(figsize=(7, max(2.0, 0.35 * len(data) + 1.2)))
    ax = fig.add_subplot()
    y = np.arange(len(data))
    low = (data["mean"] - data["ci_low"]).fillna(0).clip(lower=0)
    high = (data["ci_high"] - data["mean"]).fillna(0).clip(lower=0)
    ax.errorbar(data["mean"], y, xerr=[low, high], fmt="o", color="tab:blue", ecolor="tab:gray", capsize=3)
    labels = [f"{group_label(tuple(row[k] for k in keys))} (n={row['n']})" for _, row in data.iterrows()]
    ax.set_yticks(y, labels)
    ax.axvline(0, color="black", linewidth=0.8)
    if xlim is not None:
        ax.set_xlim(*xlim)
    ax.set_xlabel(xlabel)
    ax.set_title(title or f"Mean by {', '.join(keys)}")
    fig.tight_layout()
    return fig


def save_figure(fig: Figure, name: str, folder: str | Path = "figures", *, dpi: int = 150) -> list[Path]:
    """Write ``fig`` to ``folder/name.png`` and ``folder/name.svg``; return both paths.

    SVG text is kept as text (not paths) so figures stay searchable and editable.
    """
    import io

    import matplotlib

    folder = Path(folder)
    paths = []
    for fmt in ("png", "svg"):
        buffer = io.BytesIO()
        with matplotlib.rc_context({"svg.fonttype": "none"}):
            fig.savefig(buffer, format=fmt, dpi=dpi, bbox_inches="tight")
        path = folder / f"{name}.{fmt}"
        atomic_write_bytes(path, buffer.getvalue())
        paths.append(path)
    return paths
