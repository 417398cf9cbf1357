"""The speaker comparison table: one row per speaker (or country, or any group) with its evidence.

Statements, sentences and words say how much a row rests on; frame shares and mean
sentiment (with a bootstrap interval) say what it does; the top distinctive terms (each
group against everyone else, by the log-odds z of :mod:`analysis.compare.keywords`) say
what it talks about that others do not.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..aggregate import mean_by
from ..errors import SchemaError
from .keywords import _scores
from .terms import term_counts


def distinctive_terms(counts: pd.DataFrame, *, n: int = 5, min_count: int = 5, prior: float = 0.1) -> pd.Series:
    """Each group's ``n`` most distinctive terms against all other groups, as "a, b, c" (by group).

    Computed for every group in one pass over a :func:`term_counts` table (keyness of
    one group against the rest, log-odds z), so a table of a thousand speakers stays fast.
    Only terms with at least ``min_count`` occurrences in the whole table are ranked.
    """
    by = counts.columns[0]
    known = counts[counts[by].notna()]
    total = known.groupby("term")["count"].sum()
    n_all = float(total.sum())
    alpha0 = prior * n_all
    frequent = known[known["term"].map(total) >= min_count]
    tokens = known.groupby(by, sort=False)["count"].sum()
    out = {}
    for group, rows in frequent.groupby(by, sort=True):
        a = rows["count"].to_numpy(dtype=float)
        b = rows["term"].map(total).to_numpy(dtype=float) - a
        n_t = float(tokens[group])
        if n_t >= n_all:  # a single group has no "rest" to be distinctive against
            out[group] = ""
            continue
        z = _scores(a, b, n_t, n_all - n_t, prior, alpha0)["z"]
        order = np.argsort(-z, kind="stable")[:n]
        out[group] = ", ".join(rows["term"].to_numpy()[i] for i in order if z[i] > 0)
    return pd.Series(out, name="distinctive_terms", dtype="string")


def speaker_table(
    statements: pd.DataFrame,
    sentences: pd.DataFrame,
    hits: pd.DataFrame | None = None,
    *,
    by: str = "speaker",
    frames: Sequence[str] | None = None,
    value: str = "sentiment",
    terms: int = 5,
    min_count: int = 5,
    n_boot: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """Per value of ``by`` (a statement column): statements, sentences, words, frame shares,
    mean ``value`` with ``ci_low``/``ci_high``, and its ``terms`` most distinctive terms.

    Rows with a null ``by`` (narration, unknown speakers) are one row of their own, never
    dropped; their distinctive terms are left empty. Frame share columns are
    ``share_<frame>`` (share of the row's sentences carrying the frame); sentiment columns
    appear when ``sentences`` carries ``value``. Sorted by statements, most first.
    """
    if by not in statements.columns:
        raise SchemaError(f"the statements table has no {by!r} column")
    meta = statements[["statement_id", by]].drop_duplicates("statement_id")
    base = statements.groupby(by, dropna=False, sort=True).agg(
        statements=("statement_id", "size"),
        words=("text", lambda s: int(s.astype("string").fillna("").str.split().str.len().sum())),
    )
    joined = sentences[[c for c in ("statement_id", "sentence_id", value) if c in sentences.columns]].merge(
        meta, on="statement_id", how="left")
    base["sentences"] = joined.groupby(by, dropna=False).size().reindex(base.index, fill_value=0)
    if hits is not None:
        from ..frames.tables import frame_long

        long = frame_long(hits, sentences, statements, frames=frames, columns=[by])
        shares = long.groupby([by, "frame"], dropna=False)["present"].mean().unstack("frame")
        shares.columns = [f"share_{f}" for f in shares.columns]
        base = base.join(shares)
    if value in joined.columns:
        means = mean_by(joined, value, by, n_boot=n_boot, seed=seed).set_index(by)
        base = base.join(means.rename(columns={"n": f"{value}_n", "mean": f"mean_{value}"}))
    if terms:
        counts = term_counts(statements, by)
        base = base.join(distinctive_terms(counts, n=terms, min_count=min_count))
    out = base.reset_index().sort_values(["statements", by], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)
