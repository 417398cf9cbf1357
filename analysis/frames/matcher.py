"""Codebook matching: sentences -> a long table of frame hits with character offsets.

Each language's entries are compiled once into an index keyed by the first pattern word,
and every surface form seen is looked up once (its lemmas and candidate entries are
cached), so a sentence costs a tokenizer pass plus a few dictionary lookups per word.
That is what makes the whole UN General Debate corpus feasible in minutes.

Rules, in the order they apply:
  1. a pattern matches consecutive words (or up to ``gap`` words apart), never across
     clause punctuation;
  2. an ``exclude`` pattern overlapping the match vetoes it ("Security Council" is not
     the security frame);
  3. within one frame, overlapping matches keep only the longest (then the earliest), so
     "mutual trust" counts once, not as "mutual trust" + "trust";
  4. ``negated`` is True for negative-polarity entries ("distrust", "двойные стандарты")
     and for negation-sensitive entries with a cue shortly before or after them, within the
     clause ("не доверяем", "trust has been eroded"; "не только ..." is not a negation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..schema import FRAME_HIT_COLUMNS, conform, empty_table
from ..errors import SchemaError
from .codebook import Codebook, Element, Entry, compile_pattern, load_codebook
from .lemmatize import BOUNDARY, WordForm, is_word, tokenize, word_form


@dataclass(frozen=True, slots=True)
class _Compiled:
    entry_id: str
    frame: str
    elements: tuple[Element, ...]
    gap: int
    always_negated: bool
    negation_sensitive: bool
    excludes: tuple[tuple[Element, ...], ...]
    order: int


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    form: WordForm
    candidates: tuple[_Compiled, ...]
    boundary_before: bool  # clause punctuation between this word and the previous one


def _matches(element: Element, form: WordForm) -> bool:
    kind, value = element
    if kind == "lemma":
        return value in form.lemmas
    if kind == "prefix":
        return form.lower.startswith(value) or any(lemma.startswith(value) for lemma in form.lemmas)
    if kind == "exact":
        return form.surface == value
    return form.lower == value


def _match_at(elements: tuple[Element, ...], gap: int, words: list[_Word], i: int) -> int | None:
    """End (exclusive word index) of a match of ``elements`` starting at word ``i``, or None."""
    if not _matches(elements[0], words[i].form):
        return None
    cur, n = i + 1, len(words)
    for element in elements[1:]:
        for p in range(cur, min(cur + gap + 1, n)):
            if words[p].boundary_before:
                return None
            if _matches(element, words[p].form):
                cur = p + 1
                break
        else:
            return None
    return cur


class LanguageMatcher:
    """All entries of one language, indexed by their first element."""

    def __init__(self, codebook: Codebook, language: str) -> None:
        self.language = language
        self._by_key: dict[Element, list[_Compiled]] = {}
        self._prefixed: dict[str, list[_Compiled]] = {}  # by the prefix's first 3 letters
        for order, entry in enumerate(codebook.entries_for(language)):
            compiled = self._compile(entry, order)
            if compiled.elements[0][0] == "prefix":
                self._prefixed.setdefault(compiled.elements[0][1][:3], []).append(compiled)
            else:
                self._by_key.setdefault(compiled.elements[0], []).append(compiled)
        rule = codebook.negation.get(language)
        self._window = rule.window if rule else 0
        self._cues = tuple(compile_pattern(c, language)[0] for c in rule.before) if rule else ()
        self._ignore = tuple(compile_pattern(p, language) for p in rule.ignore) if rule else ()
        self._after = tuple(compile_pattern(c, language)[0] for c in rule.after) if rule else ()
        self._forms: dict[str, _Word | None | bool] = {}

    def _compile(self, entry: Entry, order: int) -> _Compiled:
        return _Compiled(
            entry.id,
            entry.frame,
            compile_pattern(entry.pattern, self.language),
            entry.gap,
            entry.polarity == "negative",
            entry.negation_sensitive,
            tuple(compile_pattern(p, self.language) for p in entry.exclude),
            order,
        )

    def _candidates(self, form: WordForm) -> tuple[_Compiled, ...]:
        keys = [("lemma", lemma) for lemma in form.lemmas]
        keys += [("exact", form.surface), ("exact_ci", form.lower)]
        found = [c for key in keys for c in self._by_key.get(key, ())]
        heads = {form.lower[:3], *(lemma[:3] for lemma in form.lemmas)}
        found += [c for head in heads for c in self._prefixed.get(head, ()) if _matches(c.elements[0], form)]
        return tuple(sorted(set(found), key=lambda c: c.order))

    def words(self, text: str) -> list[_Word]:
        """Word tokens of ``text`` with their cached lemmas and candidate entries."""
        out: list[_Word] = []
        boundary = False
        cache = self._forms
        for start, end, token in tokenize(text, self.language):
            info = cache.get(token)
            if info is None:
                if is_word(token):
                    form = word_form(token, self.language)
                    info = (form, self._candidates(form))
                else:
                    info = any(ch in BOUNDARY for ch in token)
                cache[token] = info
            if info is True:
                boundary = True
            elif info is not False:
                out.append(_Word(start, end, info[0], info[1], boundary))
                boundary = False
        return out

    def match(self, text: str) -> list[tuple[str, str, int, int, bool]]:
        """(frame, entry id, start, end, negated) for each hit, by start offset."""
        words = self.words(text)
        found = []
        for i, word in enumerate(words):
            for compiled in word.candidates:
                end = _match_at(compiled.elements, compiled.gap, words, i)
                if end is None or self._excluded(compiled, words, i, end):
                    continue
                negated = compiled.always_negated or (compiled.negation_sensitive and self._negated(words, i, end))
                found.append((compiled, words[i].start, words[end - 1].end, negated))
        return _longest_per_frame(found)

    @staticmethod
    def _excluded(compiled: _Compiled, words: list[_Word], i: int, end: int) -> bool:
        for elements in compiled.excludes:
            for s in range(max(0, i - len(elements) + 1), end):
                stop = _match_at(elements, 0, words, s)
                if stop is not None and stop > i:
                    return True
        return False

    def _negated(self, words: list[_Word], i: int, end: int) -> bool:
        """A cue shortly before word ``i`` or shortly after word ``end - 1``, within the clause."""
        q = i
        for _ in range(self._window):
            if q == 0 or words[q].boundary_before:
                break
            q -= 1
            if any(_matches(cue, words[q].form) for cue in self._cues) and not any(
                _match_at(phrase, 0, words, q) for phrase in self._ignore
            ):
                return True
        for q in range(end, min(end + self._window, len(words))):
            if words[q].boundary_before:
                break
            if any(_matches(cue, words[q].form) for cue in self._after):
                return True
        return False


def _longest_per_frame(found: list) -> list[tuple[str, str, int, int, bool]]:
    kept: list = []
    for compiled, start, end, negated in sorted(found, key=lambda h: (h[0].frame, h[1] - h[2], h[1], h[0].order)):
        if not any(k[0].frame == compiled.frame and start < k[2] and k[1] < end for k in kept):
            kept.append((compiled, start, end, negated))
    kept.sort(key=lambda h: (h[1], h[0].order))
    return [(c.frame, c.entry_id, start, end, negated) for c, start, end, negated in kept]


@lru_cache(maxsize=16)
def matcher_for(codebook: Codebook, language: str) -> LanguageMatcher:
    """The compiled matcher of a codebook and language (built once per process)."""
    return LanguageMatcher(codebook, language)


def guess_script(text: str) -> str:
    """'ru' when the text has Cyrillic letters, else 'en': the fallback for a missing language."""
    return "ru" if any("\u0400" <= ch <= "\u04ff" for ch in text) else "en"


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
    rows = []
    for sentence_id, statement_id, text, language in zip(sentences["sentence_id"].tolist(), statement_ids, texts, languages):
        if not isinstance(text, str) or not text:
            continue
        if isinstance(language, str) and language.strip():
            language = re.split(r"[-_]", language.strip().lower())[0]  # "RU", "en-GB" -> "ru", "en"
        else:
            language = guess_script(text)
        if language not in languages_known:
            continue
        for frame, entry_id, start, end, negated in matcher_for(codebook, language).match(text):
            rows.append((statement_id, sentence_id, frame, entry_id, text[start:end], start, end, negated, language))
    if not rows:
        return empty_table(FRAME_HIT_COLUMNS)
    return conform(pd.DataFrame(rows, columns=list(FRAME_HIT_COLUMNS)), FRAME_HIT_COLUMNS)
