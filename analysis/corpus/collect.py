"""The one place where candidate statements become accepted rows or rejections.

Every loader hands its units to a :class:`Collector`, so the checks that apply to all
formats (empty, too large, HTML remnants, duplicates, ids) are written once and the
load report is counted in one place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import numbers
import os
from pathlib import Path

import numpy as np
import pandas as pd

from ..schema import STATEMENT_COLUMNS, conform
from .dates import DateProblem, parse_date
from .decode import Decoded, Unreadable, clean_text, decode_bytes
from .report import LoadReport

# 5 million characters: about 40 times the longest UN General Debate speech; a
# "statement" beyond it is almost always a whole book or a dump, and rejecting it
# (reason too_large, limit in the message) keeps memory bounded.
DEFAULT_MAX_STATEMENT_CHARS = 5_000_000
# Language detection reads this many characters: enough for a confident guess, and it
# keeps loading a 6,000-speech corpus within seconds.
LANGUAGE_SAMPLE_CHARS = 500
# Schema columns that hold strings besides the text; ids get their own check.
_ID_COLUMNS = ("statement_id", "doc_id")
_STRING_COLUMNS = tuple(c for c, dtype in STATEMENT_COLUMNS.items()
                        if dtype == "string" and c not in ("text", *_ID_COLUMNS))
# Kinds of value an extra column may hold alone (or ints with floats) and still be written to Parquet as is.
_PLAIN_KINDS = ({"str"}, {"bool"}, {"int"}, {"float"}, {"int", "float"}, {"datetime"})


def metadata_text(value) -> str | None:
    """``value`` as a metadata string, or None when it is missing.

    Strings are kept, numbers written out (``17``, not ``17.0``), dates in ISO form.
    ValueError (naming the kind of value) for a list, mapping, boolean, bytes or anything
    else: storing their Python repr would invent text.
    """
    if is_missing(value):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, numbers.Number) and not isinstance(value, (bool, np.bool_)):
        return str(int(value)) if isinstance(value, numbers.Real) and float(value).is_integer() else str(value)
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.isoformat()
    raise ValueError(f"of type {_kind(value)} ({_shown(value)})")


def _kind(value) -> str:
    """The kind of a metadata value, as the load report names it."""
    if isinstance(value, (bool, np.bool_)):
        return "bool"
    if isinstance(value, numbers.Integral):  # Parquet's integers stop at 64 bits
        return "int" if -(2**63) <= int(value) < 2**63 else "int over 64 bits"
    if isinstance(value, numbers.Real):
        return "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, (dt.date, pd.Timestamp)):
        return "datetime"
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, (list, tuple, np.ndarray)):
        return "list"
    return type(value).__name__


def _shown(value) -> str:
    """A short JSON rendering of a value for a report message."""
    return json.dumps(value, ensure_ascii=False, default=str)[:60]


def _as_json_text(value) -> str:
    """One value of a mixed extra column as a string: JSON for lists and mappings, never a repr."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="backslashreplace")
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return metadata_text(value) if _kind(value) != "bool" else str(bool(value)).lower()


def is_missing(value) -> bool:
    """None, NaN, NA or NaT (a list, mapping, string or bytes value is never missing)."""
    if isinstance(value, (str, bytes, list, tuple, dict, np.ndarray)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def walk_files(root: Path, collector: "Collector") -> list[Path]:
    """Every file under ``root`` at any depth, in a stable order.

    A folder that cannot be listed is a rejection (``unreadable``), and a symlinked folder
    that points outside ``root`` is one (``path_escape``); a symlinked folder inside ``root``
    is not followed because its files are met at their real place.
    """
    base = root.resolve()

    def unlistable(error: OSError) -> None:
        collector.reject(error.filename or root, "unreadable",
                         f"the folder cannot be listed ({error.strerror}); check its permissions")

    found = []
    for folder, dirs, names in os.walk(root, onerror=unlistable):
        dirs.sort()
        for name in dirs:
            link = Path(folder) / name
            target = link.resolve()
            if link.is_symlink() and target != base and base not in target.parents:
                collector.reject(link, "path_escape", f"symlinked folder resolves to {target}, outside {base}")
        found.extend(Path(folder) / n for n in sorted(names))
    return found


class Collector:
    """Counts units in, applies shared checks, and builds the statements table."""

    def __init__(self, *, max_statement_chars: int = DEFAULT_MAX_STATEMENT_CHARS,
                 clean_html: bool = True) -> None:
        self.max_statement_chars = max_statement_chars
        self.clean_html = clean_html
        self.report = LoadReport()
        self._rows: list[dict] = []
        self._ids: dict[str, str] = {}  # statement_id -> text digest
        self._texts: dict[str, str] = {}  # text digest -> statement_id

    def reject(self, source: str | Path, reason: str, detail: str, line: int | None = None) -> None:
        """Count one unit that cannot become a statement."""
        self.report.seen += 1
        self.report.reject(str(source), reason, detail, line)

    def note(self, source: str | Path, code: str, detail: str) -> None:
        self.report.note(str(source), code, detail)

    def read_file(self, path: Path, source: str | None = None, *, one_statement: bool = True) -> str | None:
        """The decoded text of ``path``, or None after recording why it is unusable.

        A file that is one statement is size-checked before reading, so a huge one never
        enters memory; a news article (many statements) is checked statement by statement.
        """
        source = source or str(path)
        try:
            size = path.stat().st_size
            data = None if one_statement and size > 4 * self.max_statement_chars else path.read_bytes()
        except OSError as exc:
            self.reject(source, "unreadable", f"cannot read the file ({exc.strerror}); check its permissions")
            return None
        if data is None:  # ≤ 4 UTF-8 bytes a character: the file cannot be a statement within the limit
            self.reject(source, "too_large",
                        f"{size} bytes exceeds the limit of max_statement_chars="
                        f"{self.max_statement_chars} characters; split the file or raise the limit")
            return None
        try:
            decoded: Decoded = decode_bytes(data)
        except Unreadable as exc:
            self.reject(source, exc.reason, exc.detail)
            return None
        for code, detail in decoded.notes:
            self.note(source, code, detail)
        return decoded.text

    def add(self, row: dict, *, line: int | None = None, origin: str | Path | None = None) -> bool:
        """Offer one candidate statement; True when it was accepted.

        ``origin`` is the file the row was read from, named in the report with ``line``
        (default: the row's own ``source``).
        """
        self.report.seen += 1
        source = str(origin) if origin is not None else row.get("source")
        source = source if isinstance(source, str) else ""
        where = source if line is None else f"{source}:{line}"
        text = row.get("text")
        if is_missing(text):
            self.report.reject(source, "empty", "the statement has no text", line)
            return False
        if not isinstance(text, str):
            self.report.reject(source, "invalid_value", f"text is of type {_kind(text)} ({_shown(text)}), "
                                                        f"not a string; store the text as a string", line)
            return False
        row = {str(k): v for k, v in row.items()}
        for column in _ID_COLUMNS:
            try:
                row[column] = metadata_text(row.get(column))
            except ValueError as exc:
                self.report.reject(source, "invalid_value", f"{column} is {exc}; use a string or a number", line)
                return False
        for column in _STRING_COLUMNS:
            try:
                row[column] = metadata_text(row.get(column))
            except ValueError as exc:
                self.note(where, "value_invalid", f"{column} is {exc}, not a string: left empty")
                row[column] = None
        if len(text) > self.max_statement_chars:
            self.report.reject(source, "too_large",
                               f"{len(text)} characters exceeds max_statement_chars="
                               f"{self.max_statement_chars}", line)
            return False
        if self.clean_html:
            text, notes = clean_text(text)
            for code, detail in notes:
                self.note(where, code, detail)
        if not text.strip():
            self.report.reject(source, "empty", "the statement is empty or whitespace only", line)
            return False
        digest = hashlib.blake2b(text.strip().encode("utf-8"), digest_size=16).hexdigest()
        statement_id = row["statement_id"]
        if statement_id in self._ids:
            reason = "duplicate" if self._ids[statement_id] == digest else "duplicate_id"
            self.report.reject(source, reason, f"statement_id {statement_id!r} already loaded", line)
            return False
        if digest in self._texts:
            self.report.reject(source, "duplicate",
                               f"same text as statement {self._texts[digest]!r}", line)
            return False
        self._ids[statement_id] = digest
        self._texts[digest] = statement_id
        self._rows.append({**row, "text": text, **self._dates(row, where)})
        self.report.accepted += 1
        return True

    def _dates(self, row: dict, where: str) -> dict:
        """A date read by :func:`analysis.corpus.dates.parse_date` and an integer year, or nulls with a note."""
        out = {}
        date, year = row.get("date"), row.get("year")
        if not is_missing(date):
            try:
                out["date"] = parse_date(date, country=row.get("country"), language=row.get("language"))
            except DateProblem as problem:
                self.note(where, problem.code, problem.detail)
                out["date"] = None
        if not is_missing(year):
            try:
                number = float(str(year).strip()) if _kind(year) in ("str", "int", "float") else None
                valid = number is not None and number.is_integer() and 1 <= number <= 9999
            except ValueError:
                valid = False
            if not valid:
                self.note(where, "year_unparsed", f"year {_shown(year)} is not a year: left empty")
            out["year"] = int(number) if valid else None
        return out

    def statements(self) -> pd.DataFrame:
        """The accepted rows, conformed to STATEMENT_COLUMNS; language detected where absent."""
        from ..segmentation import detect_language

        df = pd.DataFrame(self._rows) if self._rows else pd.DataFrame(columns=["text"])
        if "language" not in df.columns:
            df["language"] = pd.NA
        missing = df["language"].isna()
        if missing.any():
            df.loc[missing, "language"] = [
                detect_language(t[:LANGUAGE_SAMPLE_CHARS]) for t in df.loc[missing, "text"]
            ]
        self._plain_extra_columns(df)
        df = conform(df, STATEMENT_COLUMNS)
        no_year = df["year"].isna() & df["date"].notna()
        df.loc[no_year, "year"] = df.loc[no_year, "date"].dt.year.astype("Int64")
        self.report.check()
        if len(df) != self.report.accepted:
            raise AssertionError(f"{len(df)} rows but {self.report.accepted} accepted")
        return df

    def _plain_extra_columns(self, df: pd.DataFrame) -> None:
        """Extra columns whose values mix kinds (1 and "high"), or hold lists or mappings, become strings.

        Parquet needs one type per column; a mixed column would make ``run`` die with an
        Arrow error. Lists and mappings are written as JSON, never as a Python repr, and each
        converted column gets a ``column_as_strings`` note naming the kinds it held.
        """
        for column in [c for c in df.columns if c not in STATEMENT_COLUMNS]:
            values = df[column]
            present = values[[not is_missing(v) for v in values]]
            kinds = {_kind(v) for v in present}
            if not kinds or kinds in _PLAIN_KINDS:
                continue
            df[column] = [None if is_missing(v) else _as_json_text(v) for v in values]
            self.note(f"column {column}", "column_as_strings",
                      f"extra column {column!r} holds {', '.join(sorted(kinds))} values: stored as strings")
