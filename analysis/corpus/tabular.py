"""Tables of statements: JSONL, CSV and Parquet with the schema's column names.

One row is one unit. A JSONL line that is not a JSON object, or a CSV row with more or
fewer fields than the header, is rejected with its line number and the other rows load.
Columns beyond the schema are kept. A row without ``statement_id`` gets
``{doc_id or file stem}:{row number:05d}``, stable as long as the file is.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd

from .collect import Collector

TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")


def load_table(path: Path, collector: Collector) -> None:
    """Add every row of the table at ``path``."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        _add_rows(path, collector, ((i + 1, r) for i, r in enumerate(_parquet_rows(path))))
        return
    text = collector.read_file(path, one_statement=False)
    if text is None:
        return
    rows = _jsonl_rows(path, text, collector) if suffix in (".jsonl", ".ndjson") else _csv_rows(path, text, collector)
    _add_rows(path, collector, rows)


def _parquet_rows(path: Path):
    return pd.read_parquet(path).to_dict("records")


def _jsonl_rows(path: Path, text: str, collector: Collector):
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            collector.reject(path, "malformed_line", f"not JSON: {exc.msg} (column {exc.colno})", number)
            continue
        if not isinstance(row, dict):
            collector.reject(path, "malformed_line", f"a JSON {type(row).__name__}, not an object", number)
            continue
        yield number, row


def _csv_rows(path: Path, text: str, collector: Collector):
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return
    header = [h.strip() for h in header]
    line = reader.line_num
    while True:
        start = line + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            collector.reject(path, "malformed_line", f"CSV error: {exc}", start)
            line = reader.line_num
            continue
        line = reader.line_num
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue
        if len(fields) != len(header):
            collector.reject(path, "malformed_line",
                             f"{len(fields)} fields where the header has {len(header)}", start)
            continue
        yield start, dict(zip(header, fields))


def _add_rows(path: Path, collector: Collector, rows) -> None:
    columns_checked = False
    for number, row in rows:
        if not columns_checked:
            columns_checked = True
            if "text" not in row:
                collector.reject(path, "no_text_column",
                                 f"columns {sorted(row)[:12]} lack 'text'; rename the text column to 'text'")
                return
        row = {k: (None if _is_blank(v) else v) for k, v in row.items()}
        doc_id = row.get("doc_id") or path.stem
        row["doc_id"] = str(doc_id)
        row.setdefault("source", None)
        row["source"] = row["source"] or str(path)
        if row.get("statement_id") is None:
            row["statement_id"] = f"{doc_id}:{number:05d}"
        collector.add(row, line=number)


def _is_blank(value) -> bool:
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists, arrays
        return False
