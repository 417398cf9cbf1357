"""Safe HTML for tables that show statement text (KWIC lines, quotes).

Statement text is data, never markup: everything that comes from a corpus is escaped
before it is placed between tags, by pandas' ``to_html(escape=True)`` for plain tables
and by ``html.escape`` for the display pandas cannot do, a KWIC line with its match
highlighted.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd


class HtmlTable:
    """A ready, escaped HTML fragment that notebooks display as a table."""

    def __init__(self, markup: str, text: str) -> None:
        self._markup = markup
        self._text = text

    def _repr_html_(self) -> str:
        return self._markup

    def __repr__(self) -> str:
        return self._text


def _cell(value: object) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and value != value) else str(value)


def kwic_table(
    kwic: pd.DataFrame,
    *,
    extra: Sequence[str] = ("frame",),
    limit: int | None = 20,
) -> HtmlTable:
    """KWIC lines (``left``, ``match``, ``right`` + ``extra`` columns) as an escaped table.

    The match is highlighted with ``<mark>`` and the context aligned around it, so a
    reader can audit every codebook hit; at most ``limit`` rows are shown (None: all).
    """
    rows = kwic if limit is None else kwic.head(limit)
    extra = [c for c in extra if c in rows.columns]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in extra)
    body = []
    for _, row in rows.iterrows():
        cells = "".join(f"<td>{html.escape(_cell(row[c]))}</td>" for c in extra)
        body.append(
            f"<tr>{cells}<td class=\"kwic-left\">{html.escape(_cell(row['left']))}</td>"
            f"<td class=\"kwic-match\"><mark>{html.escape(_cell(row['match']))}</mark></td>"
            f"<td class=\"kwic-right\">{html.escape(_cell(row['right']))}</td></tr>"
        )
    note = "" if len(rows) == len(kwic) else f"<caption>{len(rows)} of {len(kwic)} lines</caption>"
    markup = (
        f"<table class=\"kwic\">{note}<thead><tr>{head}<th>left</th><th>match</th><th>right</th>"
        f"</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )
    text = "\n".join(
        f"{_cell(r['left'])} [{_cell(r['match'])}] {_cell(r['right'])}" for _, r in rows.iterrows()
    )
    return HtmlTable(markup, text)


def quote_table(rows: pd.DataFrame, columns: Sequence[str], *, limit: int | None = 10) -> HtmlTable:
    """Selected columns of ``rows`` as an escaped table (``DataFrame.to_html``) with full-length text.

    pandas truncates long cells in a notebook's own display; quotes (the most positive
    sentences, the sentences behind a claim) must be shown whole to be read. Scores are
    signed with two decimals, missing values blank.
    """
    shown = (rows if limit is None else rows.head(limit))[[c for c in columns if c in rows.columns]]
    markup = shown.to_html(index=False, escape=True, na_rep="", float_format="{:+.2f}".format, classes="quotes",
                           border=0)
    return HtmlTable(markup, shown.to_string(index=False))
