"""Tables of statements: JSONL, CSV and Parquet with the schema's column names.

One row is one unit. Files are read in bounded pieces, never whole: text tables line by
line (a line longer than the limit that follows ``max_statement_chars`` is rejected as
``too_large`` and skipped unread), Parquet in record batches. A JSONL line that is not a
JSON object, a CSV row with more or fewer fields than the header, a line holding a NUL or
control byte (``control_bytes``) and a line that is neither UTF-8 nor cp1251 are rejected
with their line numbers and the other rows load; only a file whose bytes are densely binary
is rejected whole.

CSV quoting damage (``malformed_quoting``): a quote that opens a field and never closes
where it should would carry the following rows' text into this row. The CSV is parsed
strictly (a quote must be followed by a delimiter or a line end); a row that breaks that
rule is rejected with the line it starts on and parsing resumes on the next line, so the
rows the quote swallowed are read again as rows. In a file whose lines are rows (in the first
64 KB, all lines but one or 20% read as whole rows), a record of three lines or more with only whole
rows between its first and last line is rejected whole (all its lines, named in the
message): which of its lines were rows cannot be told for certain, and no row's text may
land in another row or beside another speaker.

Columns beyond the schema are kept. A row without ``statement_id`` gets
``{doc_id or file stem}:{row number:05d}``, stable as long as the file is.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import deque
from pathlib import Path

from .collect import Collector, is_missing, metadata_text
from .decode import Unreadable, decode_line, looks_binary

TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")
_HEAD_BYTES = 65536
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_LONE_CR = re.compile(rb"(?<=\r)(?!\n)")
_PARQUET_BATCH_ROWS = 1000


def load_table(path: Path, collector: Collector) -> None:
    """Add every row of the table at ``path``."""
    if path.suffix.lower() == ".parquet":
        _add_rows(path, collector, _parquet_rows(path, collector))
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except OSError as exc:
        collector.reject(path, "unreadable", f"cannot read the file ({exc.strerror}); check its permissions")
        return
    if len(head) < _HEAD_BYTES and not head.strip():
        collector.reject(path, "empty", "the file has no text (zero bytes or whitespace only)")
        return
    utf16 = head[:2] in _UTF16_BOMS
    if not utf16 and looks_binary(head):
        collector.reject(path, "binary", "binary data: control/NUL bytes are dense in the first "
                                         f"{len(head)} bytes; this is not a text table")
        return
    lines = _lines(path, collector, utf16=utf16)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        _add_rows(path, collector, _jsonl_rows(path, lines, collector))
    else:
        head_text = head.decode("utf-16" if utf16 else "utf-8", errors="replace")
        _add_rows(path, collector, _csv_rows(path, lines, collector, head_text))


def line_limit(max_statement_chars: int) -> int:
    """Longest line read, in bytes: a statement of max_statement_chars written with JSON's
    six-byte ``\\uXXXX`` escapes, plus 1 MB for the row's metadata."""
    return 6 * max_statement_chars + 1_000_000


def _lines(path: Path, collector: Collector, *, utf16: bool):
    """(line number, text with its line end) for every line that decodes to clean text.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r``. A line beyond :func:`line_limit` is
    skipped without being kept in memory; it and lines with control bytes or undecodable
    bytes are rejected with their numbers here, so callers only see usable lines.
    """
    limit = line_limit(collector.max_statement_chars)
    cp1251_lines: list[int] = []
    number = 0
    opener = (lambda: path.open(encoding="utf-16", newline="")) if utf16 else (lambda: path.open("rb"))
    try:
        with opener() as fh:
            while raw := fh.readline(limit + 1):
                number += 1
                if len(raw) > limit and raw[-1:] not in ("\n", b"\n"):
                    while raw and raw[-1:] not in ("\n", b"\n"):  # drop the rest of the line piece by piece
                        raw = fh.readline(1 << 20)
                    collector.reject(path, "too_large", f"the line is longer than {limit} bytes "
                                     f"(max_statement_chars={collector.max_statement_chars}); skipped unread", number)
                    continue
                if utf16:  # the text reader has already split at every kind of line end
                    pieces = [raw.encode("utf-8", errors="surrogatepass")]
                else:
                    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                        raw = raw[3:]
                        collector.note(path, "bom_stripped", "UTF-8 byte order mark removed")
                    pieces = [piece for piece in _LONE_CR.split(raw) if piece]  # lines ended by a lone "\r"
                for offset, piece in enumerate(pieces):
                    try:
                        text, was_cp1251 = decode_line(piece)
                    except Unreadable as exc:
                        collector.reject(path, exc.reason, exc.detail, number + offset)
                        continue
                    if was_cp1251:
                        cp1251_lines.append(number + offset)
                    yield number + offset, text
                number += max(len(pieces) - 1, 0)
    except UnicodeDecodeError as exc:
        collector.reject(path, "undecodable", f"invalid UTF-16 ({exc.reason}); the rest of the file is "
                                              "not read; re-save it as UTF-8", number + 1)
    except OSError as exc:
        collector.reject(path, "unreadable", f"reading stopped at line {number + 1} ({exc.strerror})", number + 1)
    if utf16:
        collector.note(path, "decoded_utf16", "UTF-16 with BOM decoded")
    if cp1251_lines:
        collector.note(path, "decoded_cp1251", f"{len(cp1251_lines)} line(s) are not UTF-8 and were read as "
                                               f"cp1251 (Cyrillic), the first is line {cp1251_lines[0]}")


def _parquet_rows(path: Path, collector: Collector):
    """(row number, row) for each row, read one record batch at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    number = 0
    try:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=_PARQUET_BATCH_ROWS):
            for row in batch.to_pylist():
                number += 1
                yield number, row
    except (pa.ArrowException, OSError) as exc:
        where = "the file" if number == 0 else f"the rows after row {number}"
        collector.reject(path, "unreadable", f"{where} cannot be read as Parquet "
                                             f"({str(exc).splitlines()[0][:200]}); re-export it", number + 1)


def _jsonl_rows(path: Path, lines, collector: Collector):
    for number, line in lines:
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


class _Overflow(Exception):
    """A record grew beyond the line limit: an unclosed quote swallowing the file, or a too-large field."""


class _Records:
    """CSV records with the lines they span; a damaged record gives back all but its first line.

    ``csv.reader`` is strict (a closing quote must be followed by a delimiter or a line
    end, and the file must not end inside quotes). When a record is damaged, the caller
    calls :meth:`resync`: the record's first line is dropped and a fresh reader starts on
    the line after it, so the rows that the open quote swallowed are read again as rows.
    """

    def __init__(self, lines, limit: int) -> None:
        self._source = iter(lines)
        self._replay: deque[tuple[int, str]] = deque()
        self.taken: list[tuple[int, str]] = []  # the lines of the record being read
        self._chars = 0
        self._limit = limit
        csv.field_size_limit(max(csv.field_size_limit(), limit))  # only ever raised: long speeches are fields
        self._reader = csv.reader(self._feed(), strict=True)

    def _feed(self):
        while True:
            item = self._replay.popleft() if self._replay else next(self._source, None)
            if item is None:
                return
            self.taken.append(item)
            self._chars += len(item[1])
            if self._chars > self._limit:
                raise _Overflow(f"a quoted field runs on past {self._limit} characters ({len(self.taken)} lines)")
            yield item[1]

    def next(self) -> list[str] | None:
        """The next record's fields (None at the end); csv.Error or _Overflow when it is damaged."""
        self.taken, self._chars = [], 0
        return next(self._reader, None)

    def resync(self) -> None:
        self._replay.extendleft(reversed(self.taken[1:]))
        self._reader = csv.reader(self._feed(), strict=True)


def _one_row_per_line(head: str, width: int) -> bool:
    """True when the lines in the first 64 KB read as whole rows on their own, all but one
    or 20% of them: a file without multi-line fields, where a record of several lines stands out."""
    lines = [line for line in io.StringIO(head, newline="") if line.strip()][1:]  # the header aside
    return bool(lines) and sum(not _row_like(line, width) for line in lines) <= max(1, 0.2 * len(lines))


def _row_like(line: str, width: int) -> bool:
    """True when ``line`` alone parses as a whole row of ``width`` fields."""
    try:
        return width > 1 and len(next(csv.reader([line], strict=True), [])) == width
    except csv.Error:
        return False


def _swallowed_rows(lines: list[tuple[int, str]], width: int) -> bool:
    """True when a record of three lines or more has only whole rows between its first and last line."""
    return len(lines) >= 3 and all(_row_like(text, width) for _, text in lines[1:-1])


def _csv_rows(path: Path, lines, collector: Collector, head: str):
    records = _Records(lines, line_limit(collector.max_statement_chars))
    header = None
    while True:
        try:
            fields = records.next()
        except (csv.Error, _Overflow) as exc:
            if not records.taken:
                return
            start = records.taken[0][0]
            collector.reject(path, "malformed_quoting", f"unbalanced quote: {exc} (the record starts on line {start} "
                             f"and ran to line {records.taken[-1][0]}); fix the quote, the rows after it are read "
                             f"on their own", start)
            records.resync()
            continue
        if fields is None:
            return
        start = records.taken[0][0]
        if header is None:
            header = _header(path, fields, collector)
            one_row_per_line = _one_row_per_line(head, len(header))
            continue
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue
        if one_row_per_line and _swallowed_rows(records.taken, len(header)):
            end = records.taken[-1][0]
            collector.reject(path, "malformed_quoting",
                             f"a quoted field runs from line {start} to line {end} and the lines inside it read as "
                             f"rows of their own: lines {start}–{end} are not loaded; fix the quote", start)
            continue
        if len(fields) != len(header):
            collector.reject(path, "malformed_line",
                             f"{len(fields)} fields where the header has {len(header)}", start)
            continue
        yield start, dict(zip(header, fields))


def _header(path: Path, fields: list[str], collector: Collector) -> list[str]:
    """The column names; a repeated name gets ``.1``, ``.2`` … (as pandas does) with a note."""
    names: list[str] = []
    for field in (f.strip() for f in fields):
        name, copy = field, 0
        while name in names:
            copy += 1
            name = f"{field}.{copy}"
        if name != field:
            collector.note(path, "column_renamed", f"the header names {field!r} more than once: "
                                                   f"the repeat is column {name!r}")
        names.append(name)
    return names


def _add_rows(path: Path, collector: Collector, rows) -> None:
    columns_checked = False
    for number, row in rows:
        if not columns_checked:
            columns_checked = True
            if "text" not in row:
                collector.reject(path, "no_text_column",
                                 f"columns {sorted(map(str, row))[:12]} lack 'text'; rename the text column to 'text'")
                rows.close()  # the other rows are not units: the table has no statements
                return
        row = {k: (None if _is_blank(v) else v) for k, v in row.items()}
        if row.get("doc_id") is None:
            row["doc_id"] = path.stem
        if row.get("source") is None:
            row["source"] = str(path)
        if row.get("statement_id") is None:
            try:
                row["statement_id"] = f"{metadata_text(row['doc_id'])}:{number:05d}"
            except ValueError:
                pass  # the collector rejects the row for its doc_id
        collector.add(row, line=number, origin=path)


def _is_blank(value) -> bool:
    return (isinstance(value, str) and not value.strip()) or is_missing(value)
