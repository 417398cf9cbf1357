"""Contrasts between two groups: is the difference in frame share or tone larger than chance?

Every row of a contrast table carries both groups' ``n`` and values, their difference
with a percentile bootstrap interval, a two-sided permutation p-value, the
Benjamini–Hochberg adjusted p-value across the rows of the table (one family: every
frame, every period), and an effect size (Cohen's h for shares, Cohen's d for means).
Groups with fewer than ``MIN_N`` units are flagged (``small_n``) and warned about.

Units are sentences by default. Sentences of one speech are not independent draws, so
``unit="statement"`` first averages each statement and compares statements: wider
intervals, and the honest choice when a few long speeches dominate a group.

For 0/1 values (a sentence carries a frame or not) both resamplings have exact closed
forms, used here because the UN General Debate has ~600,000 sentences: a bootstrap
resample's count of ones is Binomial(n, share), and a permutation's count of ones in
the target group is Hypergeometric(N, ones, n_target). Other values go through
``scipy.stats.bootstrap`` and ``scipy.stats.permutation_test``.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from ..errors import AnalysisError, SchemaError

MIN_N = 30  # units per group below which a contrast is flagged
CONTRAST_COLUMNS = (
    "n_target", "n_reference", "target_value", "reference_value", "difference", "ci_low", "ci_high",
    "p_value", "p_adjusted", "effect_size", "small_n",
)  # fmt: skip
_BATCH_ELEMENTS = 20_000_000  # resampled values held in memory at once


def benjamini_hochberg(p_values: Sequence[float] | np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (false discovery rate); NaN stays NaN."""
    p = np.asarray(p_values, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    if ok.any():
        out[ok] = stats.false_discovery_control(p[ok], method="bh")
    return out


def _binary(x: np.ndarray) -> bool:
    return bool(np.isin(x, (0.0, 1.0)).all())


def compare_samples(
    target: Sequence[float] | np.ndarray,
    reference: Sequence[float] | np.ndarray,
    *,
    n_boot: int = 2000,
    n_perm: int = 5000,
    level: float = 0.95,
    seed: int = 0,
) -> dict[str, float]:
    """Difference of means of two samples with bootstrap interval, permutation p and effect size.

    NaN values are left out. With fewer than 2 values in a group the interval, p-value
    and effect size are NaN (a difference is still reported). Deterministic for a seed.
    """
    x = np.asarray(target, dtype=float)
    y = np.asarray(reference, dtype=float)
    x, y = x[~np.isnan(x)], y[~np.isnan(y)]
    row = {"n_target": x.size, "n_reference": y.size,
           "target_value": x.mean() if x.size else np.nan, "reference_value": y.mean() if y.size else np.nan}
    row["difference"] = row["target_value"] - row["reference_value"]
    row.update(ci_low=np.nan, ci_high=np.nan, p_value=np.nan, effect_size=np.nan)
    if x.size < 2 or y.size < 2:
        return row
    rng = np.random.default_rng(seed)
    alpha = (1.0 - level) / 2.0
    if _binary(x) and _binary(y):
        p_x, p_y = row["target_value"], row["reference_value"]
        draws = rng.binomial(x.size, p_x, n_boot) / x.size - rng.binomial(y.size, p_y, n_boot) / y.size
        row["ci_low"], row["ci_high"] = np.quantile(draws, [alpha, 1.0 - alpha])
        ones, total = int(x.sum() + y.sum()), x.size + y.size
        in_x = rng.hypergeometric(ones, total - ones, x.size, n_perm)
        permuted = in_x / x.size - (ones - in_x) / y.size
        row["p_value"] = (1 + np.sum(np.abs(permuted) >= abs(row["difference"]) - 1e-12)) / (n_perm + 1)
        row["effect_size"] = 2 * np.arcsin(np.sqrt(p_x)) - 2 * np.arcsin(np.sqrt(p_y))  # Cohen's h
        return row

    def difference(a: np.ndarray, b: np.ndarray, axis: int = -1) -> np.ndarray:
        return a.mean(axis=axis) - b.mean(axis=axis)

    batch = max(1, _BATCH_ELEMENTS // (x.size + y.size))
    boot = stats.bootstrap((x, y), difference, n_resamples=n_boot, confidence_level=level, method="percentile",
                           vectorized=True, batch=batch, random_state=rng)
    row["ci_low"], row["ci_high"] = boot.confidence_interval
    perm = stats.permutation_test((x, y), difference, permutation_type="independent", n_resamples=n_perm,
                                  vectorized=True, batch=batch, alternative="two-sided", random_state=rng)
    row["p_value"] = perm.pvalue
    pooled = np.sqrt(((x.size - 1) * x.var(ddof=1) + (y.size - 1) * y.var(ddof=1)) / (x.size + y.size - 2))
    row["effect_size"] = row["difference"] / pooled if pooled > 0 else np.nan  # Cohen's d
    return row


def _sides(values: pd.Series, target: Any, reference: Any) -> tuple[np.ndarray, np.ndarray]:
    targets = list(target) if isinstance(target, (list, tuple, set)) else [target]
    in_target = values.isin(targets).to_numpy()
    if reference is None:
        in_reference = values.notna().to_numpy() & ~in_target
    else:
        references = list(reference) if isinstance(reference, (list, tuple, set)) else [reference]
        in_reference = values.isin(references).to_numpy() & ~in_target
    return in_target, in_reference


def _contrast(data: pd.DataFrame, by: str, target: Any, reference: Any, value: str, keys: list[str],
              unit: str, options: dict[str, Any]) -> pd.DataFrame:
    """One contrast row per combination of ``keys``; BH across all rows; small groups warned about."""
    if unit not in ("sentence", "statement"):
        raise AnalysisError(f"unit must be 'sentence' or 'statement', not {unit!r}")
    if unit == "statement":
        data = data.groupby(["statement_id", *keys], dropna=False, sort=False).agg(
            **{value: (value, "mean"), by: (by, "first")}).reset_index()
    rows = []
    for key, part in (data.groupby(keys, dropna=False, sort=True) if keys else [((), data)]):
        key = key if isinstance(key, tuple) else (key,)
        in_target, in_reference = _sides(part[by], target, reference)
        values = part[value].to_numpy(dtype=float)
        rows.append({**dict(zip(keys, key)),
                     **compare_samples(values[in_target], values[in_reference], **options)})
    sample_columns = [c for c in CONTRAST_COLUMNS if c not in ("p_adjusted", "small_n")]
    out = pd.DataFrame(rows, columns=[*keys, *sample_columns])
    out["p_adjusted"] = benjamini_hochberg(out["p_value"])
    out["small_n"] = (out["n_target"] < MIN_N) | (out["n_reference"] < MIN_N)
    if out["small_n"].any():
        small = out[out["small_n"]]
        where = ", ".join(" · ".join(map(str, r)) for r in small[keys].itertuples(index=False)) if keys else "overall"
        warnings.warn(f"fewer than {MIN_N} {unit}s in a group for {len(small)} contrast(s) ({where}); "
                      f"read their intervals and p-values as rough", stacklevel=3)
    return out[[*keys, *CONTRAST_COLUMNS]]


def _labelled(table: pd.DataFrame, by: str, target: Any, reference: Any) -> pd.DataFrame:
    table.attrs.update(by=by, target=str(target), reference="the rest" if reference is None else str(reference))
    return table


def contrast_frames(
    hits: pd.DataFrame,
    sentences: pd.DataFrame,
    statements: pd.DataFrame,
    by: str,
    target: Any,
    reference: Any = None,
    *,
    frames: Sequence[str] | None = None,
    over: str | None = None,
    unit: str = "sentence",
    n_boot: int = 2000,
    n_perm: int = 5000,
    level: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Share of sentences with each frame, ``target`` vs ``reference`` groups of ``by`` (a statement column).

    One row per frame (per frame and ``over`` value, e.g. year, when given): the two
    shares, their difference with a bootstrap interval, permutation p-value, BH-adjusted
    p across all rows, Cohen's h, ``n`` per group and ``small_n``. ``reference=None``
    compares with every other non-null value of ``by``.
    """
    from ..frames.tables import frame_long

    columns = [by, *([over] if over else [])]
    missing = [c for c in columns if c not in statements.columns]
    if missing:
        raise SchemaError(f"the statements table lacks {missing}; add groups with analysis.countries.add_country_groups")
    long = frame_long(hits, sentences, statements, frames=frames, columns=columns)
    options = dict(n_boot=n_boot, n_perm=n_perm, level=level, seed=seed)
    keys = [*([over] if over else []), "frame"]
    table = _contrast(long, by, target, reference, "present", keys, unit, options)
    return _labelled(table.rename(columns={"target_value": "share_target", "reference_value": "share_reference"}),
                     by, target, reference)


def contrast_sentiment(
    sentences: pd.DataFrame,
    statements: pd.DataFrame,
    by: str,
    target: Any,
    reference: Any = None,
    *,
    value: str = "sentiment",
    over: str | None = None,
    unit: str = "sentence",
    n_boot: int = 2000,
    n_perm: int = 5000,
    level: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Mean sentence sentiment, ``target`` vs ``reference`` groups of ``by``, overall or per ``over`` value.

    Unscored sentences (NaN) are left out and not counted. Scores from different scorers
    are not on one scale, so when the compared sentences mix scorers (e.g. Russian and
    English groups) a warning says so: filter to one scorer or language first.
    """
    if value not in sentences.columns:
        raise SchemaError(f"the sentences table has no {value!r} column; score it with analysis.score_sentiment")
    columns = [c for c in (by, over) if c]
    missing = [c for c in columns if c not in statements.columns]
    if missing:
        raise SchemaError(f"the statements table lacks {missing}; add groups with analysis.countries.add_country_groups")
    keep = ["statement_id", value, *(["scorer"] if "scorer" in sentences.columns else [])]
    data = sentences[keep].merge(statements[["statement_id", *columns]].drop_duplicates("statement_id"),
                                 on="statement_id", how="left")
    data = data[data[value].notna()]
    if "scorer" in data.columns:
        in_target, in_reference = _sides(data[by], target, reference)
        scorers = sorted(data.loc[in_target | in_reference, "scorer"].dropna().astype(str).unique())
        if len(scorers) > 1:
            warnings.warn(f"the compared sentences were scored by {len(scorers)} scorers ({', '.join(scorers)}), "
                          f"whose scores are not on one scale; filter to one scorer or language", stacklevel=2)
    options = dict(n_boot=n_boot, n_perm=n_perm, level=level, seed=seed)
    table = _contrast(data, by, target, reference, value, [over] if over else [], unit, options)
    return _labelled(table.rename(columns={"target_value": "mean_target", "reference_value": "mean_reference"}),
                     by, target, reference)
