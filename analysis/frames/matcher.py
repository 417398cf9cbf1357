"""Codebook matching: sentences -> a long table of frame hits with character offsets.

Each language's entries become ``analysis.text.Phrase`` records grouped by frame, and one
``PhraseMatcher`` per codebook and language finds them (rules in ``analysis.text.phrases``:
clause-bound phrases, exclusions, the longest match per frame, negation). Nothing inside a
leading news dateline counts ("ООН, 23 сен – РИА Новости." names where the story was filed).

Entries with ``requires_in_statement`` are settled per statement: a sentence's match waits
until every sentence of its statement (``statement_id``) has been read, and stands when one
of them holds a required pattern. The statement is therefore whatever one call of
``detect_frames`` sees under one ``statement_id``: the pipeline's partitions are whole
statements (``analysis.pipeline.partitioned_cache`` cuts between statements, never inside
one), so a Dask run finds what a local run finds.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from ..errors import SchemaError
from ..schema import FRAME_HIT_COLUMNS, conform, empty_table
from ..text import Phrase, PhraseMatcher, base_language, script_language
from ..text.datelines import dateline_end
from .codebook import Codebook, load_codebook


@lru_cache(maxsize=16)
def matcher_for(codebook: Codebook, language: str) -> PhraseMatcher:
    """The compiled matcher of a codebook and language (built once per process)."""
    phrases = [Phrase(e.id, e.frame, e.pattern, e.gap, e.polarity == "negative", e.negation_sensitive, e.exclude,
                      e.requires, statement_requires=e.requires_in_statement)
               for e in codebook.entries_for(language)]
    return PhraseMatcher(phrases, language, codebook.negation.get(language))


def detect_frames(sentences: pd.DataFrame, codebook: Codebook | None = None) -> pd.DataFrame:
    """Codebook hits of every sentence as a long table (``FRAME_HIT_COLUMNS``).

    One row per hit, with the entry id, the matched text and its character offsets into the
    sentence text (``text[start:end] == matched``) and the ``negated`` flag. Pure per statement:
    an entry with ``requires_in_statement`` counts when a required pattern occurs in any
    sentence of the same ``statement_id`` and language (in any order, the sentence itself
    included), so a partition must hold whole statements, as the pipeline's do; a sentence
    without a ``statement_id`` (no column, or a null) is its own statement. Sentences whose
    ``language`` has no codebook entries (e.g. "fr") get no hits; codes are read
    case-insensitively ("en-GB" is "en"), and a missing language is guessed from the script
    (Cyrillic -> ru).
    """
    for column in ("sentence_id", "text"):
        if column not in sentences.columns:
            raise SchemaError(f"detect_frames needs a sentences table with {column!r}; build it with analysis.segmentation")
    codebook = codebook or load_codebook()
    n = len(sentences)
    texts = sentences["text"].tolist()
    languages = sentences["language"].tolist() if "language" in sentences.columns else [None] * n
    statement_ids = sentences["statement_id"].tolist() if "statement_id" in sentences.columns else [None] * n
    languages_known = set(codebook.languages)
    matchers = {}
    scanned = []  # (sentence fields, matcher, scan, statement key) in sentence order; settled once all are read
    met: dict[tuple, set[int]] = {}  # (statement, language) -> conditions some sentence of it meets
    for row, (sentence_id, statement_id, text, language) in enumerate(
            zip(sentences["sentence_id"].tolist(), statement_ids, texts, languages)):
        if not isinstance(text, str) or not text:
            continue
        language = base_language(language) or script_language(text)  # "RU", "en-GB" -> "ru", "en"
        if language not in languages_known:
            continue
        matcher = matchers.get(language) or matchers.setdefault(language, matcher_for(codebook, language))
        skip = dateline_end(text)
        scan = matcher.scan(text, skip=skip)
        key = (_statement_key(statement_id, row), language)
        if scan.present:
            met.setdefault(key, set()).update(scan.present)
        scanned.append(((statement_id, sentence_id, text, language, skip), matcher, scan, key))
    rows = [hit for fields, matcher, scan, key in scanned
            for hit in _rows(matcher.confirm(scan, met.get(key, set())) if scan.open else scan.hits, *fields)]
    if not rows:
        return empty_table(FRAME_HIT_COLUMNS)
    return conform(pd.DataFrame(rows, columns=list(FRAME_HIT_COLUMNS)), FRAME_HIT_COLUMNS)


def _statement_key(statement_id, row: int) -> tuple:
    """A statement's key for the statement-level conditions; a sentence without one is its own statement."""
    if statement_id is None or (not isinstance(statement_id, str) and pd.isna(statement_id)):
        return ("sentence", row)
    return ("statement", str(statement_id))


def _rows(hits, statement_id, sentence_id, text: str, language: str, skip: int) -> list[tuple]:
    """The hit rows of one sentence (nothing inside its leading news dateline, which ends at ``skip``)."""
    return [(statement_id, sentence_id, phrase.group, phrase.id, text[start:end], start, end, negated, language)
            for phrase, start, end, negated in hits if start >= skip]
