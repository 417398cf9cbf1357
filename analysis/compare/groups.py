"""Which statements are the target and which the reference of a comparison.

Comparisons are asked in words such as "Russia against the other P5", "the P5 against
the rest", "developed against developing": ``sides`` turns each of them into one column
("target" / "reference" / null), so every comparison function takes the same two groups.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from ..errors import AnalysisError

_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}


def _values(value: Any) -> list[Any]:
    if value is None:
        return []
    return [value] if isinstance(value, (str, bool, int)) else list(value)


def _matching(column: pd.Series, wanted: Sequence[Any]) -> pd.Series:
    """Rows whose value is one of ``wanted``, comparing as text (case-insensitive), "true"/"false" for booleans."""
    if pd.api.types.is_bool_dtype(column):
        flags = {True for w in wanted if str(w).lower() in _TRUE} | {False for w in wanted if str(w).lower() in _FALSE}
        return column.isin(list(flags)).fillna(False).astype(bool)
    text = column.astype("string").str.casefold()
    return text.isin([str(w).casefold() for w in wanted]).fillna(False).astype(bool)


def sides(statements: pd.DataFrame, by: str, target: Any, reference: Any = None) -> pd.Series:
    """"target", "reference" or null per statement, for a comparison said in words.

    The Series' ``attrs["labels"]`` names the two sides for titles and legends.

    * ``by`` a column, ``target`` its values: those statements against ``reference``
      values (default: every other non-null value), e.g. ``by="p5", target=True``,
      ``by="speaker", target="Лавров"``, ``by="development_group", target="developed"``;
    * ``by`` a country group (``analysis.selection.GROUPS``: p5, g77, developed, …) and
      ``target`` country codes: those countries against the group's other members
      (``reference`` countries, when given), e.g. ``by="p5", target="RUS"``.
    """
    from ..selection import GROUPS, _with_groups

    targets, references = _values(target), _values(reference)
    if not targets:
        raise AnalysisError("name the target group (e.g. --target RUS or --target true)")
    data = _with_groups(statements) if by in GROUPS or by in ("p5", "g77", "development_group") else statements
    names = ", ".join(map(str, targets)), ", ".join(map(str, references))
    if by in data.columns and _matching(data[by], targets).any():
        is_target = _matching(data[by], targets)
        is_reference = _matching(data[by], references) if references else data[by].notna() & ~is_target
        labels = (f"{by} = {names[0]}", f"{by} = {names[1]}" if references else "the rest")
    elif by in GROUPS and "country" in data.columns and _matching(data["country"], targets).any():
        column, value = GROUPS[by]
        is_target = _matching(data["country"], targets)
        in_group = data[column].eq(value).fillna(False).astype(bool)
        is_reference = _matching(data["country"], references) if references else in_group & ~is_target
        labels = (names[0], names[1] or f"other {by} members")
    else:
        known = sorted(map(str, data[by].dropna().unique()))[:20] if by in data.columns else []
        raise AnalysisError(f"no statement has {by} = {targets}; values of {by!r}: {known or 'none (no such column)'}"
                            f"; or use a country group ({', '.join(GROUPS)}) with country codes as targets")
    is_reference = is_reference & ~is_target
    out = pd.Series(pd.NA, index=statements.index, dtype="string")
    out[is_target.to_numpy()] = "target"
    out[is_reference.to_numpy()] = "reference"
    if not (out == "reference").any():
        raise AnalysisError(f"the reference group of {by} = {targets} is empty; name one with --reference")
    out.attrs["labels"] = labels
    return out
