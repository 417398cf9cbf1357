"""Figure helpers shared by every concern.

Each figure function is named ``plot_<noun>`` and returns a matplotlib ``Figure``;
``save_figure`` writes it as PNG and SVG under a stable name so reports and papers can
link to it. ``plot_group_means`` draws any ``mean_by`` table, for the pipeline's figures
and the report's alike. The package never selects a matplotlib backend: notebooks keep
their inline figures. The time-axis helpers keep line figures honest: missing years
break the line, rows without a year are counted in a note, and more than
``MAX_BANDS`` banded series become small multiples.
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


# ---------------------------------------------------------------------------------------
# Time axes that do not mislead: gaps stay gaps, left-out rows are said, bands stay readable.

MAX_BANDS = 5  # series with confidence bands in one panel; more are drawn as small multiples


def with_gaps(rows: pd.DataFrame, x: str) -> pd.DataFrame:
    """``rows`` sorted by an integer ``x`` (years), with an empty row for every missing value
    between the first and the last, so a line breaks where there is no data instead of
    drawing a trend across it. Other ``x`` are only sorted."""
    rows = rows.sort_values(x)
    values = pd.to_numeric(rows[x], errors="coerce")
    if not len(rows) or values.isna().any() or not (values % 1 == 0).all():
        return rows
    full = np.arange(int(values.min()), int(values.max()) + 1)
    return rows.assign(**{x: values.astype(int)}).set_index(x).reindex(full).rename_axis(x).reset_index()


def left_out_note(table: pd.DataFrame, x: str, *, unit: str = "sentences") -> str | None:
    """"Not shown: N sentences without a year" for the rows of ``table`` whose ``x`` is null.

    ``n`` is counted once per group (a frame table repeats it for every frame); without an
    ``n`` column the rows are counted.
    """
    missing = table[table[x].isna()]
    if missing.empty:
        return None
    if "n" in missing.columns:
        keys = [c for c in missing.columns if c not in ("frame", "share", "mean", "ci_low", "ci_high", "value")]
        count = int(missing[keys].drop_duplicates()["n"].sum())
    else:
        count, unit = len(missing), "rows"
    return f"Not shown: {count:,} {unit} without a {x}."


def series_axes(fig: Figure, count: int, *, banded: bool) -> list:
    """One panel for up to ``MAX_BANDS`` banded series (or any number without bands);
    otherwise a grid of small multiples with shared axes, one series per panel."""
    if not banded or count <= MAX_BANDS:
        return [fig.add_subplot()] * max(count, 1)
    columns = 3
    rows = -(-count // columns)
    fig.set_size_inches(9, 2.2 * rows + 1)
    axes = fig.subplots(rows, columns, sharex=True, sharey=True, squeeze=False).ravel()
    for ax in axes[count:]:
        ax.set_visible(False)
    return list(axes[:count])


def finish_time_figure(fig: Figure, note: str | None) -> None:
    """Tight layout, with the left-out note (if any) written under the axes."""
    if note:
        fig.tight_layout(rect=(0, 0.06, 1, 1))
        fig.text(0.01, 0.01, note, fontsize=8, color="#555")
    else:
        fig.tight_layout()
