"""Agreement between coders: Krippendorff's alpha per label (the ``krippendorff`` package).

Content analysis reports alpha per coded variable, not one pooled figure: a codebook can
be reliable for "security" and useless for "trust". The input is the long table two or
more coders produce: one row per (coder, unit) with the coded value.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
import pandas as pd

from ..errors import SchemaError

ALL = "(all)"
AGREEMENT_COLUMNS = ("label", "alpha", "units", "coders", "codings")


def krippendorff_alpha(
    codings: pd.DataFrame,
    column: str,
    *,
    unit: str = "id",
    coder: str = "coder",
    labels: Sequence[Hashable] | None = None,
    level_of_measurement: str = "nominal",
) -> pd.DataFrame:
    """Alpha per label: columns label, alpha, units (coded by two or more), coders, codings (rows with the label).

    A multi-label ``column`` (lists of frames) gives one binary variable per label: did the
    coder give it to the unit. A single-label column (sentiment) gives the alpha of the whole
    variable in a first row labelled "(all)" (at ``level_of_measurement``, with ``labels`` in
    their order for ordinal data), then each label against the rest. A unit a coder did not
    code is missing, not a "no". Alpha is NaN where it is undefined (one value only).
    """
    for name in (unit, coder, column):
        if name not in codings.columns:
            raise SchemaError(f"the codings table lacks column {name!r}; it needs one row per ({coder}, {unit}) "
                              f"with the coded {column!r}")
    codings = codings[codings[column].notna()] if not _multi(codings[column]) else codings
    if codings.empty:
        raise SchemaError(f"no codings of {column!r} to compare; alpha needs at least one coded unit")
    doubled = codings.duplicated([coder, unit])
    if doubled.any():
        first = codings.loc[doubled, [coder, unit]].iloc[0].tolist()
        raise SchemaError(f"coder {first[0]!r} coded unit {first[1]!r} more than once; keep one row per coder and unit")
    coders = sorted(codings[coder].astype(str).unique())
    units = sorted(codings[unit].astype(str).unique())
    rows_at = (codings[coder].astype(str).map({c: i for i, c in enumerate(coders)}).to_numpy(),
               codings[unit].astype(str).map({u: i for i, u in enumerate(units)}).to_numpy())
    shared = int((np.bincount(rows_at[1], minlength=len(units)) >= 2).sum())

    def alpha(values: np.ndarray, level: str = "nominal", domain: Sequence | None = None) -> float:
        import krippendorff

        data = np.full((len(coders), len(units)), np.nan)
        data[rows_at] = values
        if shared == 0 or len(np.unique(values)) < 2:
            return float("nan")
        return float(krippendorff.alpha(reliability_data=data, level_of_measurement=level, value_domain=domain))

    rows = []
    if _multi(codings[column]):
        sets = codings[column].map(set)
        for label in labels if labels is not None else sorted({x for s in sets for x in s}):
            present = sets.map(lambda s, label=label: label in s).to_numpy(dtype=float)
            rows.append((label, alpha(present), shared, len(coders), int(present.sum())))
    else:
        order = list(labels) if labels is not None else sorted(codings[column].unique())
        unknown = sorted(map(str, set(codings[column]) - set(order)))
        if unknown:
            raise SchemaError(f"values {unknown} of {column!r} are not in labels {list(map(str, order))}")
        codes = codings[column].map({label: i for i, label in enumerate(order)}).to_numpy(dtype=float)
        rows.append((ALL, alpha(codes, level_of_measurement, list(range(len(order)))), shared, len(coders), len(codes)))
        for i, label in enumerate(order):
            rows.append((label, alpha((codes == i).astype(float)), shared, len(coders), int((codes == i).sum())))
    return pd.DataFrame(rows, columns=list(AGREEMENT_COLUMNS))


def _multi(values: pd.Series) -> bool:
    """A column of lists/tuples/sets is multi-label."""
    return bool(len(values)) and all(isinstance(v, (list, tuple, set, frozenset)) for v in values)
