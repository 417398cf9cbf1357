"""Safe HTML for tables that show statement text (KWIC lines, quotes).

Statement text is data, never markup: everything that comes from a corpus is passed
through ``html.escape`` before it is placed between tags. pandas' own ``to_html``
escapes too; these helpers exist for the displays pandas cannot do, such as a KWIC
line with its match highlighted.
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
    """Selected columns of ``rows`` as an escaped table with wrapped, full-length text.

    pandas truncates long cells in notebooks; quotes (the most positive sentences, the
    sentences behind a claim) must be shown whole to be read.
    """
    shown = rows if limit is None else rows.head(limit)
    columns = [c for c in columns if c in shown.columns]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_format(row[c]))}</td>" for c in columns) + "</tr>"
        for _, row in shown.iterrows()
    )
    markup = f"<table class=\"quotes\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    text = shown[columns].to_string(index=False)
    return HtmlTable(markup, text)


def _format(value: object) -> str:
    if isinstance(value, float) and value == value:
        return f"{value:+.2f}"
    return _cell(value)
