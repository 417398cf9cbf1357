"""Group-level aggregates with bootstrap confidence intervals.

Analysts compare speakers, countries and years on averages of per-sentence scores;
an average without its uncertainty and its count invites over-reading, so every
aggregate here carries ``n``, ``mean`` and a percentile bootstrap interval.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from .errors import AnalysisError

MISSING_GROUP = "(unknown)"  # the one label a missing group value gets, in tables and figures alike


def group_label(key) -> str:
    """A group's display label: its value(s) joined by " · ", a missing one shown as ``MISSING_GROUP``."""
    values = key if isinstance(key, tuple) else (key,)
    return " · ".join(MISSING_GROUP if pd.isna(v) else str(v) for v in values)


def bootstrap_ci(
    values: Sequence[float] | np.ndarray,
    *,
    n_boot: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean; (nan, nan) for fewer than 2 values.

    Deterministic for a given seed, so tables in a paper reproduce exactly.
    """
    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    if x.size < 2:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    means = np.empty(n_boot)
    # Resample in chunks to bound memory on large groups.
    chunk = max(1, min(n_boot, 2_000_000 // x.size))
    for lo in range(0, n_boot, chunk):
        hi = min(n_boot, lo + chunk)
        idx = rng.integers(0, x.size, size=(hi - lo, x.size))
        means[lo:hi] = x[idx].mean(axis=1)
    alpha = (1.0 - level) / 2.0
    return (float(np.quantile(means, alpha)), float(np.quantile(means, 1.0 - alpha)))


def mean_by(
    df: pd.DataFrame,
    value: str,
    by: str | Sequence[str],
    *,
    n_boot: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Mean of ``value`` per group with ``n`` and bootstrap ``ci_low``/``ci_high``.

    Rows with a missing value (e.g. unscored sentences) are left out and not counted.
    Groups with a missing key are kept under their null key, not dropped silently.
    """
    keys = [by] if isinstance(by, str) else list(by)
    data = df.dropna(subset=[value])
    rows = []
    for key, group in data.groupby(keys, dropna=False, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        low, high = bootstrap_ci(group[value].to_numpy(), n_boot=n_boot, level=level, seed=seed)
        rows.append((*key, len(group), float(group[value].mean()), low, high))
    return pd.DataFrame(rows, columns=[*keys, "n", "mean", "ci_low", "ci_high"])


def shares_by(table: pd.DataFrame, what: Sequence[str], by: Sequence[str]) -> pd.DataFrame:
    """Rows per value of the ``what`` columns within each ``by`` group, and their share of the group.

    A topic's share of a year's speeches (``what=["topic", "topic_label"], by=["year"]``).
    Missing ``by`` values stay a group of their own (null key), never dropped. Columns:
    ``*by``, ``*what``, count, share (sums to 1 per ``by`` group), sorted by ``by`` then ``what``.
    """
    keys, values = list(by), list(what)
    counts = table.groupby([*keys, *values], dropna=False).size().rename("count").reset_index()
    counts["count"] = counts["count"].astype("int64")
    counts["share"] = counts["count"] / counts.groupby(keys, dropna=False)["count"].transform("sum")
    return counts.sort_values([*keys, *values]).reset_index(drop=True)


def period_labels(years: pd.Series, *, width: int = 5, start: int | None = None) -> pd.Series:
    """Each year's period of ``width`` years counted from ``start`` (default: the earliest year),
    labelled "1989–1993": text, so it groups like any class column and sorts in time order.

    A label names the period's full span even when the corpus ends inside it. Null years stay null.
    """
    if width < 1:
        raise AnalysisError(f"a period is at least one year long, not {width}")
    values = pd.Series(years).astype("Int64")
    first = (int(values.min()) if values.notna().any() else 0) if start is None else int(start)
    begins = first + ((values - first) // width) * width
    labels = [None if pd.isna(b) else f"{b}–{b + width - 1}" for b in begins]
    return pd.Series(labels, index=values.index, dtype="string")
