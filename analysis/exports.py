"""Every table the pipeline writes, also as CSV for spreadsheets, and on request one Excel workbook.

CSV files are UTF-8 *with* a byte-order mark: Excel reads a BOM-less UTF-8 CSV in the
system code page and turns Cyrillic into mojibake. The workbook has a README sheet that
says what each sheet is, from which file, and which tables were too large to include.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from .cache import atomic_write_bytes

CSV_ENCODING = "utf-8-sig"
EXCEL_MAX_ROWS = 200_000  # larger tables stay in their CSV (Excel's hard limit is 1,048,576)
EXCEL_MAX_CHARS = 32_000  # Excel keeps at most 32,767 characters in a cell

DESCRIPTIONS = {
    "statements": "one row per statement (speech, quote, reported statement, narration) with its metadata and "
                  "country groups (p5, g77, development_group)",
    "sentences": "one row per sentence: offsets into its statement, language, sentiment probabilities, signed "
                 "score (sentiment) and the scorer that produced it, hit counts per frame",
    "frame_hits": "one row per codebook match: frame, entry, matched words, character offsets, negation",
    "topics": "one row per document given to the topic model: its topic and probability",
    "topic_info": "one row per topic: label, words, size in the fitted sample and in the whole corpus",
    "tables/speakers": "one row per speaker: statements, sentences, words, share of sentences per frame, mean "
                       "sentiment with 95 % bootstrap interval",
    "tables/topics_by_year": "documents per year and topic, and their share of the year's documents",
}
_MEASURES = {
    "sentiment": "mean sentence sentiment (-1 … 1) with n and 95 % bootstrap interval",
    "frame_shares": "share of sentences carrying each frame with n and 95 % bootstrap interval",
}


def describe(name: str, descriptions: Mapping[str, str] = DESCRIPTIONS) -> str:
    """What the table ``name`` (as written under the output folder, without suffix) holds."""
    if name in descriptions:
        return descriptions[name]
    match = re.fullmatch(r"tables/(sentiment|frame_shares)_by_(.+)", name)
    if match:
        return f"{_MEASURES[match.group(1)]}, by {match.group(2).replace('_year', ' and year')}"
    return "a table written by the pipeline"


def csv_bytes(table: pd.DataFrame) -> bytes:
    """``table`` as CSV in UTF-8 with BOM, without the index."""
    return table.to_csv(index=False).encode(CSV_ENCODING)


def write_csv(table: pd.DataFrame, path: Path) -> Path:
    """Write ``table`` to ``path`` (atomically) as UTF-8-with-BOM CSV; return the path."""
    atomic_write_bytes(path, csv_bytes(table))
    return path


def _sheet_names(names: list[str]) -> dict[str, str]:
    """Unique Excel sheet names (at most 31 characters, no ``/``) for table names."""
    sheets: dict[str, str] = {}
    for name in names:
        base = name.removeprefix("tables/").replace("/", "_")[:31]
        sheet, number = base, 2
        while sheet in sheets.values() or sheet == "README":
            suffix = f"~{number}"
            sheet, number = base[: 31 - len(suffix)] + suffix, number + 1
        sheets[name] = sheet
    return sheets


def _excel_ready(table: pd.DataFrame) -> pd.DataFrame:
    """Timezone-free dates, and text cut to what an Excel cell holds."""
    out = table.copy()
    for column in out.columns:
        if isinstance(out[column].dtype, pd.DatetimeTZDtype):
            out[column] = out[column].dt.tz_localize(None)
        elif out[column].dtype == object or isinstance(out[column].dtype, pd.StringDtype):
            out[column] = out[column].astype("string").str.slice(0, EXCEL_MAX_CHARS)
    return out


def workbook_bytes(tables: Mapping[str, pd.DataFrame], descriptions: Mapping[str, str] = DESCRIPTIONS) -> bytes:
    """One .xlsx: a README sheet (``descriptions`` say what each table is), then one sheet per
    table small enough for a spreadsheet."""
    names = sorted(tables)
    included = [n for n in names if len(tables[n]) <= EXCEL_MAX_ROWS]
    sheets = _sheet_names(included)
    readme = pd.DataFrame(
        [(sheets.get(n, "(not included)"), f"{n}.csv", len(tables[n]),
          describe(n, descriptions) + ("" if n in sheets else f"; {len(tables[n]):,} rows, too many rows for a sheet: open the CSV"))
         for n in names],
        columns=["sheet", "file", "rows", "what it is"],
    )
    note = pd.DataFrame({"sheet": ["(note)"], "file": [""], "rows": [pd.NA],
                         "what it is": [f"Text longer than {EXCEL_MAX_CHARS:,} characters is cut in the sheets; "
                                        f"the CSV and Parquet files hold it whole."]})
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        sheet = pd.concat([readme, note], ignore_index=True).astype({"rows": "Int64"})
        sheet.to_excel(writer, sheet_name="README", index=False)
        for name in included:
            _excel_ready(tables[name]).to_excel(writer, sheet_name=sheets[name], index=False)
    return buffer.getvalue()
