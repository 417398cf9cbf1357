"""Gold files: hand-coded sentences, one JSON object per line.

::

    {"id": "...", "text": "...", "language": "ru"|"en", "frames": [frame keys],
     "sentiment": "positive"|"negative"|"neutral"}        # sentiment optional

Any further keys (``document_id``, ``split``, ``prev_text``, a coder's note) are kept as
columns, so a corpus annotated for splits or context reads with the same function.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..errors import SchemaError

GOLD_SENTIMENTS: tuple[str, ...] = ("positive", "negative", "neutral")
GOLD_LANGUAGES: tuple[str, ...] = ("ru", "en")
GOLD_COLUMNS: tuple[str, ...] = ("id", "text", "language", "frames", "sentiment")


def read_gold(
    path: str | Path,
    frames: Sequence[str] | None = None,
    *,
    sentiments: Sequence[str] = GOLD_SENTIMENTS,
    languages: Sequence[str] = GOLD_LANGUAGES,
    splits: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Read and check a gold file: columns id, text, language, frames (tuple), sentiment, then extras.

    ``frames`` lists the frame keys a record may use (pass ``codebook.frame_keys``); None
    accepts any key. ``splits`` keeps only the records whose ``split`` is one of them, dropped
    as each line is read (a held-out half never reaches the table). Raises SchemaError naming
    the file and line of the first malformed record, because a coder fixes gold files by hand.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SchemaError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    records, seen = [], {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if splits is not None and (split := _split_of(line)) is not _UNREADABLE and split not in splits:
            continue
        try:
            record = _check(line, frames, sentiments, languages)
        except ValueError as exc:
            raise SchemaError(f"{path}, line {number}: {exc}") from None
        if record["id"] in seen:
            raise SchemaError(f"{path}, line {number}: id {record['id']!r} already used on line {seen[record['id']]}")
        seen[record["id"]] = number
        records.append(record)
    if not records:
        kept = f" in the split(s) {list(splits)}" if splits is not None else ""
        raise SchemaError(f"{path} holds no gold records{kept}; write one JSON object per line")
    columns = list(dict.fromkeys([*GOLD_COLUMNS, *(key for record in records for key in record)]))
    return pd.DataFrame([[record.get(c) for c in columns] for record in records], columns=columns)


_UNREADABLE = object()


def _split_of(line: str):
    """The ``split`` of a gold line, read before anything else of it; ``_UNREADABLE`` for a line that is
    not a JSON object (it is then checked, and refused, as usual)."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return _UNREADABLE
    return record.get("split") if isinstance(record, dict) else _UNREADABLE


def _check(line: str, frames: Sequence[str] | None, sentiments: Sequence[str], languages: Sequence[str]) -> dict:
    """One gold line as a record; ValueError says what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object")
    record_id = record.get("id")
    if not isinstance(record_id, (str, int)) or isinstance(record_id, bool) or str(record_id).strip() == "":
        raise ValueError("'id' must be a non-empty string or integer")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("'text' must be a non-empty string")
    if record.get("language") not in languages:
        raise ValueError(f"'language' must be one of {list(languages)}, got {record.get('language')!r}")
    coded = record.get("frames")
    if not isinstance(coded, list) or not all(isinstance(f, str) for f in coded):
        raise ValueError("'frames' must be a list of frame keys (an empty list for none)")
    unknown = [f for f in coded if frames is not None and f not in frames]
    if unknown:
        raise ValueError(f"unknown frame(s) {unknown}; known: {list(frames or ())}")
    sentiment = record.get("sentiment")
    if sentiment is not None and sentiment not in sentiments:
        raise ValueError(f"'sentiment' must be one of {list(sentiments)} or absent, got {sentiment!r}")
    return {**record, "id": str(record_id), "frames": tuple(dict.fromkeys(coded)), "sentiment": sentiment}


def gold_sentences(gold: pd.DataFrame, *, statements: str = "record") -> pd.DataFrame:
    """The gold records as a sentences table, ready to score.

    ``statements="record"`` makes each record its own statement (what a scorer that reads the
    sentence before within a statement needs: gold files carry that sentence as ``prev_text``);
    ``"document"`` makes the records of one ``document_id`` one statement, so the codebook's
    statement-level conditions (``requires_in_statement``) see the document's other coded
    sentences, as they see a whole speech in a run. A record without a document id is its own.
    """
    if statements not in ("record", "document"):
        raise ValueError(f"statements must be 'record' or 'document', got {statements!r}")
    ids = gold["id"].astype("string")
    if statements == "document" and "document_id" in gold.columns:
        documents = gold["document_id"].astype("string")
        ids = documents.mask(documents.str.strip().eq("").fillna(False)).fillna(ids)
    return pd.DataFrame(
        {
            "statement_id": ids,
            "sentence_id": gold["id"].astype("string"),
            "text": gold["text"].astype("string"),
            "language": gold["language"].astype("string"),
        }
    )
