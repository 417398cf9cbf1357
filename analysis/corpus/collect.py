"""The one place where candidate statements become accepted rows or rejections.

Every loader hands its units to a :class:`Collector`, so the checks that apply to all
formats (empty, too large, HTML remnants, duplicates, ids) are written once and the
load report is counted in one place.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from ..schema import STATEMENT_COLUMNS, conform
from .decode import Decoded, Unreadable, clean_text, decode_bytes
from .report import LoadReport

# 5 million characters: about 40 times the longest UN General Debate speech; a
# "statement" beyond it is almost always a whole book or a dump, and rejecting it
# (reason too_large, limit in the message) keeps memory bounded.
DEFAULT_MAX_STATEMENT_CHARS = 5_000_000
# Language detection reads this many characters: enough for a confident guess, and it
# keeps loading a 6,000-speech corpus within seconds.
LANGUAGE_SAMPLE_CHARS = 500
_NS_MIN, _NS_MAX = pd.Timestamp("1678-01-01"), pd.Timestamp("2261-12-31")


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
        enters memory; files of many statements (tables, articles) are checked row by row.
        """
        source = source or str(path)
        size = path.stat().st_size
        if one_statement and size > 4 * self.max_statement_chars:  # ≤ 4 UTF-8 bytes a character
            self.reject(source, "too_large",
                        f"{size} bytes exceeds the limit of max_statement_chars="
                        f"{self.max_statement_chars} characters; split the file or raise the limit")
            return None
        try:
            decoded: Decoded = decode_bytes(path.read_bytes())
        except Unreadable as exc:
            self.reject(source, exc.reason, exc.detail)
            return None
        for code, detail in decoded.notes:
            self.note(source, code, detail)
        return decoded.text

    def add(self, row: dict, *, line: int | None = None) -> bool:
        """Offer one candidate statement; True when it was accepted."""
        self.report.seen += 1
        source = str(row.get("source") or "")
        text = row.get("text")
        if text is None or (not isinstance(text, str) and pd.isna(text)):
            self.report.reject(source, "empty", "the statement has no text", line)
            return False
        text = str(text)
        if len(text) > self.max_statement_chars:
            self.report.reject(source, "too_large",
                               f"{len(text)} characters exceeds max_statement_chars="
                               f"{self.max_statement_chars}", line)
            return False
        if self.clean_html:
            text, notes = clean_text(text)
            for code, detail in notes:
                self.note(source if line is None else f"{source}:{line}", code, detail)
        if not text.strip():
            self.report.reject(source, "empty", "the statement is empty or whitespace only", line)
            return False
        digest = hashlib.blake2b(text.strip().encode("utf-8"), digest_size=16).hexdigest()
        statement_id = str(row["statement_id"])
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
        where = source if line is None else f"{source}:{line}"
        self._rows.append({**row, "text": text, "statement_id": statement_id,
                           **self._dates(row.get("date"), row.get("year"), where)})
        self.report.accepted += 1
        return True

    def _dates(self, date, year, where: str) -> dict:
        """A parseable date and an integer year, or nulls with a note (never a guess)."""
        out = {}
        if date is not None and not (isinstance(date, float) and pd.isna(date)):
            parsed = pd.to_datetime(date, errors="coerce") if not isinstance(date, (int, float)) else pd.NaT
            if not pd.isna(parsed):
                parsed = parsed.tz_localize(None) if parsed.tzinfo else parsed
                if not _NS_MIN <= parsed <= _NS_MAX:  # the schema stores datetime64[ns]
                    parsed = pd.NaT
            if pd.isna(parsed):
                self.note(where, "date_unparsed", f"date {str(date)[:40]!r} is not a date in "
                                                  f"1678–2261: left empty")
            out["date"] = None if pd.isna(parsed) else parsed
        if year is not None and not (isinstance(year, float) and pd.isna(year)):
            try:
                number = float(str(year).strip())
                valid = number.is_integer() and 1 <= number <= 9999
            except ValueError:
                valid = False
            if not valid:
                self.note(where, "year_unparsed", f"year {str(year)[:40]!r} is not a year: left empty")
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
        df = conform(df, STATEMENT_COLUMNS)
        no_year = df["year"].isna() & df["date"].notna()
        df.loc[no_year, "year"] = df.loc[no_year, "date"].dt.year.astype("Int64")
        self.report.check()
        if len(df) != self.report.accepted:
            raise AssertionError(f"{len(df)} rows but {self.report.accepted} accepted")
        return df
