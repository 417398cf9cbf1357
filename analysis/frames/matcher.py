"""Codebook matching: sentences -> a long table of frame hits with character offsets.

Each language's entries become ``analysis.text.Phrase`` records grouped by frame, and one
``PhraseMatcher`` per codebook and language finds them (rules in ``analysis.text.phrases``:
clause-bound phrases, exclusions, the longest match per frame, negation). Nothing inside a
leading news dateline counts ("ООН, 23 сен – РИА Новости." names where the story was filed).
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
                      e.requires)
               for e in codebook.entries_for(language)]
    return PhraseMatcher(phrases, language, codebook.negation.get(language))


def detect_frames(sentences: pd.DataFrame, codebook: Codebook | None = None) -> pd.DataFrame:
    """Codebook hits of every sentence as a long table (``FRAME_HIT_COLUMNS``).

    One row per hit, with the entry id, the matched text and its character offsets into the
    sentence text (``text[start:end] == matched``) and the ``negated`` flag. Pure per sentence,
    so it can run on Dask partitions. Sentences whose ``language`` has no codebook entries
    (e.g. "fr") get no hits; codes are read case-insensitively ("en-GB" is "en"), and a missing
    language is guessed from the script (Cyrillic -> ru).
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
    rows, matchers = [], {}
    for sentence_id, statement_id, text, language in zip(sentences["sentence_id"].tolist(), statement_ids, texts, languages):
        if not isinstance(text, str) or not text:
            continue
        language = base_language(language) or script_language(text)  # "RU", "en-GB" -> "ru", "en"
        if language not in languages_known:
            continue
        matcher = matchers.get(language) or matchers.setdefault(language, matcher_for(codebook, language))
        skip = dateline_end(text)
        for phrase, start, end, negated in matcher.match(text):
            if start < skip:
                continue
            rows.append((statement_id, sentence_id, phrase.group, phrase.id, text[start:end], start, end, negated, language))
    if not rows:
        return empty_table(FRAME_HIT_COLUMNS)
    return conform(pd.DataFrame(rows, columns=list(FRAME_HIT_COLUMNS)), FRAME_HIT_COLUMNS)
