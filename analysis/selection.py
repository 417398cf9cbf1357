"""``select()``: one filter for statements, sentences and frame hits, shared by the API,
the notebooks and the CLI (``run --where/--mode``, ``compare``).

Every filter is a statement property (speaker, country, year, attribution mode, …), so
sentences and hits are selected through their ``statement_id``. Country groups (P5,
G77, developed / developing) come from :mod:`analysis.countries` and are never guessed:
a statement of an unknown country is in no group. Undated statements cannot pass a date
range; they are counted in a warning rather than dropped silently.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import pandas as pd

from .errors import AnalysisError, SchemaError

# Group name → (column of add_country_groups, value that puts a statement in the group).
GROUPS: dict[str, tuple[str, Any]] = {
    "p5": ("p5", True),
    "non-p5": ("p5", False),
    "g77": ("g77", True),
    "non-g77": ("g77", False),
    "developed": ("development_group", "developed"),
    "developing": ("development_group", "developing"),
}
MODES = ("direct", "reported", "continued", "narration")  # attribution modes of news statements


def _as_list(value: Any) -> list[Any]:
    return [value] if isinstance(value, (str, int)) else list(value)


def _with_groups(statements: pd.DataFrame) -> pd.DataFrame:
    if all(column in statements.columns for column, _ in GROUPS.values()):
        return statements
    if "country" not in statements.columns:
        raise SchemaError("selecting by country group needs a 'country' column (ISO 3166-1 alpha-3)")
    from .countries import add_country_groups

    return add_country_groups(statements)


def select(
    table: pd.DataFrame,
    statements: pd.DataFrame | None = None,
    *,
    where: str | None = None,
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    years: int | tuple[int, int] | Sequence[int] | None = None,
    speaker: str | Sequence[str] | None = None,
    role: str | Sequence[str] | None = None,
    organization: str | Sequence[str] | None = None,
    country: str | Sequence[str] | None = None,
    group: str | Sequence[str] | None = None,
    language: str | Sequence[str] | None = None,
    mode: str | Sequence[str] | None = None,
    exclude_narrator: bool = False,
) -> pd.DataFrame:
    """The rows of ``table`` whose statement passes every filter given (None: no filter).

    ``table`` is a statements table, or any table with ``statement_id`` (sentences, frame
    hits) together with ``statements``. ``start``/``end``: inclusive dates. ``years``: one
    year, an inclusive ``(first, last)`` tuple, or a list of years. ``speaker``, ``role``,
    ``organization``, ``country`` (case-insensitive), ``language``: a value or a list of
    values, matched exactly. ``group``: names from ``GROUPS`` ("p5", "g77", "developed",
    "developing", "non-p5", …); a list keeps statements in any of them. ``mode``: the
    attribution modes kept (``MODES``; news corpora only). ``exclude_narrator`` drops
    narration. ``where``: a pandas query over the statement columns and groups, e.g.
    ``"year >= 2015 and p5"``. Rows keep their order; the index is reset.
    """
    meta = table if statements is None else statements
    if statements is not None and "statement_id" not in table.columns:
        raise SchemaError("select needs 'statement_id' in the table to join it to its statements")
    keep = pd.Series(True, index=meta.index)
    if start is not None or end is not None:
        keep &= _in_date_range(meta, start, end)
    if years is not None:
        keep &= _in_years(meta, years)
    for name, values in (("speaker", speaker), ("role", role), ("organization", organization),
                         ("language", language), ("country", country), ("mode", mode)):
        if values is not None:
            keep &= _among(meta, name, values)
    if exclude_narrator:
        keep &= ~_narration(meta)
    if group is not None or where is not None:
        grouped = _with_groups(meta)
        if group is not None:
            keep &= _in_groups(grouped, group).to_numpy()
        if where is not None:
            keep &= _query(grouped, where)
    if statements is None:
        return table[keep.to_numpy()].reset_index(drop=True)
    ids = set(meta.loc[keep.to_numpy(), "statement_id"].astype(str))
    return table[table["statement_id"].astype(str).isin(ids).to_numpy()].reset_index(drop=True)


def _column(meta: pd.DataFrame, name: str) -> pd.Series:
    if name not in meta.columns:
        if name == "mode":
            raise SchemaError("selecting by attribution mode needs a 'mode' column: only news corpora "
                              "(format 'news') attribute statements to speakers by mode")
        raise SchemaError(f"cannot select by {name!r}: the statements table has no {name!r} column")
    return meta[name]


def _among(meta: pd.DataFrame, name: str, values: Any) -> pd.Series:
    """Rows whose ``name`` is one of ``values`` (country codes compared case-insensitively)."""
    wanted = [str(v) for v in _as_list(values)]
    if name == "mode":
        unknown = sorted(set(wanted) - set(MODES))
        if unknown:
            raise AnalysisError(f"unknown attribution mode(s) {unknown}; choose from {list(MODES)}")
    data = _column(meta, name).astype("string")
    if name == "country":
        data, wanted = data.str.upper(), [v.upper() for v in wanted]
    return data.isin(wanted).fillna(False).astype(bool)


def _in_date_range(meta: pd.DataFrame, start, end) -> pd.Series:
    dates = pd.to_datetime(_column(meta, "date"), errors="coerce")
    undated = int(dates.isna().sum())
    if undated:
        warnings.warn(f"{undated} undated statement(s) left out by the date range; select by years to keep "
                      f"statements dated only by year", stacklevel=3)
    keep = pd.Series(True, index=meta.index)
    if start is not None:
        keep &= (dates >= pd.Timestamp(start)).fillna(False)
    if end is not None:
        keep &= (dates <= pd.Timestamp(end)).fillna(False)
    return keep


def _in_years(meta: pd.DataFrame, years) -> pd.Series:
    year = _column(meta, "year")
    if isinstance(years, tuple):
        if len(years) != 2:
            raise AnalysisError(f"years as a tuple is an inclusive (first, last) range, not {years!r}")
        return year.between(*years).fillna(False).astype(bool)
    return year.isin(_as_list(years)).fillna(False).astype(bool)


def _narration(meta: pd.DataFrame) -> pd.Series:
    """Rows of the narrator: role "narrator" or, in news corpora, mode "narration"."""
    narration = pd.Series(False, index=meta.index)
    if "role" in meta.columns:
        narration |= meta["role"].astype("string").eq("narrator").fillna(False).astype(bool)
    if "mode" in meta.columns:
        narration |= meta["mode"].astype("string").eq("narration").fillna(False).astype(bool)
    return narration


def _in_groups(grouped: pd.DataFrame, group) -> pd.Series:
    unknown = sorted(set(_as_list(group)) - set(GROUPS))
    if unknown:
        raise AnalysisError(f"unknown group(s) {unknown}; choose from {sorted(GROUPS)}")
    in_any = pd.Series(False, index=grouped.index)
    for name in _as_list(group):
        col, value = GROUPS[name]
        in_any |= grouped[col].eq(value).fillna(False).astype(bool)
    return in_any


def _query(statements: pd.DataFrame, where: str) -> pd.Series:
    """Rows matching a pandas query; errors name the columns that can be used."""
    data = statements.drop(columns=[c for c in ("text",) if c in statements.columns])
    for name in ("p5", "g77"):  # nullable booleans: unknown country -> not in the group
        if name in data.columns:
            data[name] = data[name].fillna(False).astype(bool)
    try:
        matched = data.eval(where, engine="python")
    except Exception as exc:  # pandas raises many types for a bad expression
        raise AnalysisError(f"cannot apply --where {where!r}: {exc}. Columns: {sorted(data.columns)}") from exc
    if not isinstance(matched, pd.Series) or not pd.api.types.is_bool_dtype(matched) or len(matched) != len(data):
        raise AnalysisError(f"--where {where!r} is not a condition on each statement (e.g. \"year >= 2015\")")
    return matched.fillna(False).astype(bool).set_axis(statements.index)


# ---------------------------------------------------------------------------------------
# Command line: the same filters as flags, for ``run`` and ``compare``.


def add_selection_arguments(parser: Any) -> None:
    """Add ``--where``, ``--mode`` and one flag per filter of :func:`select` to an argparse parser."""
    group = parser.add_argument_group("selection (statements kept; sentences and hits follow)")
    group.add_argument("--where", metavar="EXPR", help="a pandas query on statement columns and groups, "
                       "e.g. \"year >= 2015 and not p5\"")
    group.add_argument("--mode", metavar="MODE[,MODE]", help=f"attribution modes kept (news corpora): {', '.join(MODES)}")
    group.add_argument("--exclude-narrator", action="store_true", help="drop narration (news corpora)")
    group.add_argument("--years", metavar="FIRST-LAST", help="inclusive year range, or one year")
    group.add_argument("--start", metavar="DATE", help="first date kept (undated statements are left out, with a note)")
    group.add_argument("--end", metavar="DATE", help="last date kept")
    group.add_argument("--group", metavar="NAME[,NAME]", help=f"country groups kept: {', '.join(GROUPS)}")
    for name in ("speaker", "role", "organization", "country", "language"):
        group.add_argument(f"--{name}", metavar="VALUE[,VALUE]", help=f"{name} values kept (exact)")


def selection_from_args(args: Any) -> dict[str, Any]:
    """The keyword arguments of :func:`select` that the command line set (empty: no selection)."""
    chosen: dict[str, Any] = {}
    for name in ("where", "start", "end"):
        if getattr(args, name, None):
            chosen[name] = getattr(args, name)
    for name in ("mode", "group", "speaker", "role", "organization", "country", "language"):
        value = getattr(args, name, None)
        if value:
            chosen[name] = [part.strip() for part in value.split(",") if part.strip()]
    if getattr(args, "years", None):
        first, _, last = str(args.years).partition("-")
        try:
            chosen["years"] = (int(first), int(last)) if last else int(first)
        except ValueError:
            raise AnalysisError(f"--years {args.years!r}: expected FIRST-LAST (e.g. 2015-2023) or one year") from None
    if getattr(args, "exclude_narrator", False):
        chosen["exclude_narrator"] = True
    return chosen
