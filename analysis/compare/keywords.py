"""Keyness: which terms distinguish a target group from a reference group.

Three scores per term, each beside the counts it was computed from (quanteda's
``textstat_keyness`` and Monroe, Colaresi & Quinn's "Fightin' Words", 2008):

* ``chi2``: Pearson's chi² of the 2 × 2 table (term vs other terms × target vs reference),
  without continuity correction;
* ``g2``: the log-likelihood ratio (G²) of the same table, better behaved for rare terms;
* ``log_odds`` and ``z``: the difference in log-odds of the term between the groups with an
  informative Dirichlet prior: every term gets pseudo-counts ``prior × (its pooled count)``,
  so a term seen three times cannot beat a term seen three thousand times on a lucky
  ratio; ``z`` divides by the estimate's standard error. This is the score to rank by.

Signs say the direction: positive means the term is more frequent in the target group.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats
from scipy.special import xlogy

from ..errors import AnalysisError, SchemaError

KEYNESS_COLUMNS = (
    "term", "n_target", "n_reference", "docs_target", "docs_reference", "per_10k_target",
    "per_10k_reference", "chi2", "p_chi2", "g2", "p_g2", "log_odds", "z", "direction",
)  # fmt: skip
MEASURES = ("z", "log_odds", "chi2", "g2")


def _values(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]


def _label(by: str, values: list[Any]) -> str:
    return f"{by} = " + ", ".join(map(str, values))


def keyness(
    counts: pd.DataFrame,
    target: Any,
    reference: Any = None,
    *,
    min_count: int = 5,
    prior: float = 0.1,
    sort: str = "z",
    labels: tuple[str, str] | None = None,
) -> pd.DataFrame:
    """Keyness of every term for ``target`` against ``reference``, from a :func:`term_counts` table.

    ``target`` and ``reference`` are values (or lists of values) of the counts' group
    column (its first column); ``reference=None`` means every other non-null group.
    Terms with fewer than ``min_count`` occurrences in both groups together are left
    out (scores of rare terms are noise). ``prior`` scales the Dirichlet prior of the
    log-odds (pseudo-counts = ``prior`` × the term's pooled count). Rows are sorted by
    ``sort`` (one of ``MEASURES``), the target's terms first, the reference's last.
    ``labels`` names the two groups in ``attrs`` (used by the plots).
    """
    if sort not in MEASURES:
        raise AnalysisError(f"sort must be one of {MEASURES}, not {sort!r}")
    if prior <= 0:
        raise AnalysisError("prior must be > 0 (0.1 is a mild prior; larger values shrink rare terms more)")
    missing = [c for c in ("term", "count", "docs") if c not in counts.columns]
    if missing:
        raise SchemaError(f"keyness needs a term_counts table; this one lacks {missing}")
    by = counts.columns[0]
    targets, references, in_target, in_reference = _sides(counts[by], target, reference)

    def side(mask: np.ndarray) -> pd.DataFrame:
        return counts[mask].groupby("term", sort=False)[["count", "docs"]].sum()

    table = side(in_target).join(side(in_reference), how="outer", suffixes=("_target", "_reference"))
    table = table.fillna(0).astype("int64")
    a = table["count_target"].to_numpy(dtype=float)
    b = table["count_reference"].to_numpy(dtype=float)
    n_t, n_r = a.sum(), b.sum()
    scores = _scores(a, b, n_t, n_r, prior)
    out = pd.DataFrame(
        {
            "term": table.index.astype("string"),
            "n_target": table["count_target"].to_numpy(),
            "n_reference": table["count_reference"].to_numpy(),
            "docs_target": table["docs_target"].to_numpy(),
            "docs_reference": table["docs_reference"].to_numpy(),
            "per_10k_target": 1e4 * a / n_t,
            "per_10k_reference": 1e4 * b / n_r,
            **scores,
        }
    )
    out = out[(out["n_target"] + out["n_reference"]) >= min_count]
    out = out.sort_values([sort, "term"], ascending=[False, True], kind="stable", ignore_index=True)
    out.attrs.update(
        target=labels[0] if labels else _label(by, targets),
        reference=labels[1] if labels else (_label(by, references) if reference is not None else "the rest"),
        tokens_target=int(n_t),
        tokens_reference=int(n_r),
        measure=sort,
    )
    return out[list(KEYNESS_COLUMNS)]


def _sides(groups: pd.Series, target: Any, reference: Any) -> tuple[list, list, np.ndarray, np.ndarray]:
    """(target values, reference values, row masks of each side); a side with no rows is an error."""
    targets = _values(target)
    in_target = groups.isin(targets).to_numpy()
    if reference is None:
        in_reference = (~groups.isin(targets) & groups.notna()).to_numpy()
        references = sorted({str(v) for v in groups[in_reference].unique()})
    else:
        references = _values(reference)
        in_reference = groups.isin(references).to_numpy() & ~in_target
    if not in_target.any():
        present = sorted(map(str, groups.dropna().unique()))
        raise AnalysisError(f"no text in the target group {targets!r} of {groups.name!r}; its groups are {present}")
    if not in_reference.any():
        raise AnalysisError(f"no text in the reference group of {groups.name!r}; choose another reference")
    return targets, references, in_target, in_reference


def _scores(a: np.ndarray, b: np.ndarray, n_t: float, n_r: float, prior: float,
            alpha0: float | None = None) -> dict[str, np.ndarray]:
    """chi², G² (signed by direction), their p-values, and the Monroe et al. log-odds with z.

    ``alpha0`` is the prior's total (``prior`` × all tokens); pass it when ``a``/``b``
    hold only some of the terms.
    """
    c, d = n_t - a, n_r - b
    total = n_t + n_r
    observed = np.stack([a, b, c, d])
    row = np.stack([a + b, a + b, c + d, c + d])
    col = np.stack([np.full_like(a, n_t), np.full_like(a, n_r)] * 2)
    expected = row * col / total
    with np.errstate(divide="ignore", invalid="ignore"):
        chi2 = np.nansum((observed - expected) ** 2 / expected, axis=0)
    g2 = 2.0 * np.sum(xlogy(observed, observed) - xlogy(observed, expected), axis=0)
    g2 = np.clip(g2, 0.0, None)  # rounding can leave -1e-12 for a term with equal rates
    sign = np.where(a / n_t >= b / n_r, 1.0, -1.0)
    alpha = prior * (a + b)  # informative prior: the pooled counts, scaled
    alpha0 = alpha.sum() if alpha0 is None else alpha0
    log_odds = np.log((a + alpha) / (n_t + alpha0 - a - alpha)) - np.log((b + alpha) / (n_r + alpha0 - b - alpha))
    z = log_odds / np.sqrt(1.0 / (a + alpha) + 1.0 / (b + alpha))
    return {
        "chi2": sign * chi2,
        "p_chi2": stats.chi2.sf(chi2, 1),
        "g2": sign * g2,
        "p_g2": stats.chi2.sf(g2, 1),
        "log_odds": log_odds,
        "z": z,
        "direction": np.where(log_odds >= 0, "target", "reference"),
    }


def top_terms(table: pd.DataFrame, n: int = 10, *, direction: str = "target") -> list[str]:
    """The ``n`` most distinctive terms of one side of a :func:`keyness` table, strongest first."""
    measure = table.attrs.get("measure", "z")
    side = table[table["direction"] == direction]
    side = side.sort_values(measure, ascending=direction != "target", kind="stable")
    return side["term"].head(n).astype(str).tolist()


def keyness_by(
    counts: pd.DataFrame,
    period: str,
    target: Any,
    reference: Any = None,
    **options: Any,
) -> pd.DataFrame:
    """Keyness of ``target`` vs ``reference`` within each value of ``period`` (e.g. decade).

    ``counts`` is a :func:`term_counts` table counted by ``[period, group]``; the result is the :func:`keyness` tables stacked with a
    ``period`` column first, so "distinctive terms per decade" is one table.
    """
    pieces = []
    for value, rows in counts.groupby(period, sort=True):
        table = keyness(rows.drop(columns=[period]), target, reference, **options)
        pieces.append(table.assign(**{period: value})[[period, *KEYNESS_COLUMNS]])
    if not pieces:
        raise AnalysisError(f"no counts to compare: the {period!r} column is empty")
    return pd.concat(pieces, ignore_index=True)
