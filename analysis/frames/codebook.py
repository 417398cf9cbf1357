"""The frame codebook: a YAML file analysts read and edit, loaded into frozen dataclasses.

The codebook is data, not code (as dictionaries are in quanteda): the package ships one
(``codebook.yaml``, versioned), and ``load_codebook(path)`` reads a user's own. Every
problem found while loading raises ``CodebookError`` naming the frame, language and entry
("frames.trust.entries.en[3] (id 'en.trust')"), because a codebook with a silently
skipped entry would quietly change the measurements.

Each entry is one pattern in ``analysis.text.phrases`` syntax (lemmas, ``word*`` prefixes,
``=Form`` exact forms, multi-word phrases with an optional ``gap``). Conditions narrow an
entry: ``exclude`` (a veto on an overlapping pattern), ``requires`` (a pattern in the same
sentence) and ``requires_in_statement`` (a pattern anywhere in the same statement: a
body's short name after its full name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from ..errors import CodebookError
from ..text import Negation, compile_pattern, pattern_words
from ..text.lemmas import SUPPORTED_LANGUAGES
from ..text.phrases import Element

DEFAULT_PATH = Path(__file__).with_name("codebook.yaml")
MAX_GAP = 3
_FRAME_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_ENTRY_KEYS = {"id", "pattern", "gap", "polarity", "negation_sensitive", "exclude", "requires", "requires_in_statement"}
_FRAME_KEYS = {"description", "seeds", "entries", "negation_sensitive"}


@dataclass(frozen=True)
class Entry:
    """One codebook pattern of one frame in one language."""

    id: str
    frame: str
    language: str
    pattern: str
    gap: int = 0  # words allowed between consecutive pattern words
    polarity: str = "positive"  # "negative": the entry itself negates the frame ("distrust")
    negation_sensitive: bool = False  # look for a negation cue before the match
    exclude: tuple[str, ...] = ()  # patterns that veto an overlapping match
    requires: tuple[str, ...] = ()  # the match counts only if one of these occurs in the sentence
    requires_in_statement: tuple[str, ...] = ()  # ... only if one of these occurs in the same statement


@dataclass(frozen=True)
class Frame:
    key: str
    description: Mapping[str, str]  # language -> text
    seeds: Mapping[str, tuple[str, ...]]  # language -> phrases (embedding detector)


@dataclass(frozen=True, eq=False)  # identity hash: compiled matchers are cached per codebook
class Codebook:
    version: str
    frames: tuple[Frame, ...]
    entries: tuple[Entry, ...]
    negation: Mapping[str, Negation]
    source: str

    @property
    def frame_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.frames)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({e.language for e in self.entries}))

    def frame(self, key: str) -> Frame:
        for f in self.frames:
            if f.key == key:
                return f
        raise KeyError(key)

    def entries_for(self, language: str) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.language == language)

    def summary(self) -> pd.DataFrame:
        """Entries per frame and language (frame × language table of counts)."""
        rows = [(e.frame, e.language) for e in self.entries]
        table = pd.DataFrame(rows, columns=["frame", "language"]).value_counts().unstack(fill_value=0)
        return table.reindex(list(self.frame_keys), fill_value=0)


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Load and validate a codebook; ``None`` gives the package's own.

    The same file content gives the same (cached) Codebook object, so Dask partitions that
    each load the codebook compile its matcher once per process; an edited file is re-read.
    Raises CodebookError naming the file and the frame/entry at fault.
    """
    path = DEFAULT_PATH if path is None else Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CodebookError(f"cannot read codebook {path}: {exc.strerror or exc}") from exc
    return _parse_text(text, str(path))


# libyaml's safe loader where PyYAML has it (the codebook parses in 0.5 s instead of 1.6), else the pure-Python one
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=8)
def _parse_text(text: str, path: str) -> Codebook:
    try:
        data = yaml.load(text, Loader=SafeLoader)
    except yaml.YAMLError as exc:
        raise CodebookError(f"{path} is not valid YAML: {exc}") from exc
    return parse_codebook(data, source=path)


def parse_codebook(data: Any, *, source: str = "<codebook>") -> Codebook:
    """Validate a codebook already read into Python objects (from YAML or built in code)."""

    def fail(where: str, problem: str) -> CodebookError:
        return CodebookError(f"{source}: {where}: {problem}")

    if not isinstance(data, dict):
        raise fail("top level", "expected a mapping with 'version', 'frames' (and optional 'negation')")
    unknown = set(data) - {"version", "frames", "negation"}
    if unknown:
        raise fail("top level", f"unknown key(s) {sorted(unknown)}")
    if not isinstance(data.get("version"), (str, int, float)) or str(data.get("version")).strip() == "":
        raise fail("version", "missing or empty; give the codebook a version string")
    frames_data = data.get("frames")
    if not isinstance(frames_data, dict) or not frames_data:
        raise fail("frames", "expected a non-empty mapping of frame key -> frame")

    frames: list[Frame] = []
    entries: list[Entry] = []
    seen_ids: dict[str, str] = {}
    for key, body in frames_data.items():
        where = f"frames.{key}"
        if not isinstance(key, str) or not _FRAME_KEY.match(key):
            raise fail(where, "frame keys are snake_case identifiers")
        if not isinstance(body, dict):
            raise fail(where, "expected a mapping with 'description' and 'entries'")
        unknown = set(body) - _FRAME_KEYS
        if unknown:
            raise fail(where, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(_FRAME_KEYS)}")
        default_negation = body.get("negation_sensitive", False)
        if not isinstance(default_negation, bool):
            raise fail(f"{where}.negation_sensitive", "must be true or false")
        by_language = body.get("entries")
        if not isinstance(by_language, dict) or not by_language:
            raise fail(f"{where}.entries", "expected a mapping of language -> list of entries")
        description = _texts(body.get("description"), f"{where}.description", fail)
        seeds = _seeds(body.get("seeds", {}), f"{where}.seeds", fail)
        for language, items in by_language.items():
            lwhere = f"{where}.entries.{language}"
            if language not in SUPPORTED_LANGUAGES:
                raise fail(lwhere, f"no lemmatizer for language {language!r}; supported: {list(SUPPORTED_LANGUAGES)}")
            if language not in description:
                raise fail(f"{where}.description", f"lacks a {language!r} text although the frame has {language} entries")
            if not isinstance(items, list) or not items:
                raise fail(lwhere, "expected a non-empty list of entries")
            # a pattern may appear twice only as two routes: one entry settled in the sentence, one by its statement
            patterns: dict[tuple[tuple[Element, ...], tuple[str, ...]], str] = {}
            for index, item in enumerate(items):
                entry = _entry(item, key, language, default_negation, f"{lwhere}[{index}]", fail)
                ewhere = f"{lwhere}[{index}] (id {entry.id!r})"
                if entry.id in seen_ids:
                    raise fail(ewhere, f"duplicate id, already used at {seen_ids[entry.id]}")
                seen_ids[entry.id] = ewhere
                words = (compile_pattern(entry.pattern, language), entry.requires_in_statement)
                if words in patterns:
                    raise fail(ewhere, f"pattern {entry.pattern!r} repeats entry {patterns[words]!r}")
                patterns[words] = entry.id
                entries.append(entry)
        frames.append(Frame(key, description, seeds))
    negation = _negation(data.get("negation", {}), fail)
    return Codebook(str(data["version"]), tuple(frames), tuple(entries), negation, source)


def _entry(item: Any, frame: str, language: str, default_negation: bool, where: str, fail) -> Entry:
    if not isinstance(item, dict):
        raise fail(where, "expected a mapping with 'id' and 'pattern'")
    entry_id = item.get("id")
    if not isinstance(entry_id, str) or not entry_id.strip():
        raise fail(where, "missing 'id' (a unique string)")
    where = f"{where} (id {entry_id!r})"
    unknown = set(item) - _ENTRY_KEYS
    if unknown:
        raise fail(where, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(_ENTRY_KEYS)}")
    pattern = item.get("pattern")
    try:
        pattern_words(pattern, language)
    except ValueError as exc:
        raise fail(where, f"bad pattern {pattern!r}: {exc}") from None
    gap = item.get("gap", 0)
    if not isinstance(gap, int) or isinstance(gap, bool) or not 0 <= gap <= MAX_GAP:
        raise fail(where, f"gap must be an integer from 0 to {MAX_GAP}, got {gap!r}")
    polarity = item.get("polarity", "positive")
    if polarity not in ("positive", "negative"):
        raise fail(where, f"polarity must be 'positive' or 'negative', got {polarity!r}")
    sensitive = item.get("negation_sensitive", default_negation)
    if not isinstance(sensitive, bool):
        raise fail(where, f"negation_sensitive must be true or false, got {sensitive!r}")
    lists = {}
    for field in ("exclude", "requires", "requires_in_statement"):
        lists[field] = item.get(field, [])
        if not isinstance(lists[field], list):
            raise fail(where, f"{field} must be a list of patterns")
        if field == "requires_in_statement" and field in item and not lists[field]:
            raise fail(where, "requires_in_statement is empty: list the patterns one of which the statement must hold, "
                              "or drop the key")
        for other in lists[field]:
            try:
                pattern_words(other, language)
            except ValueError as exc:
                raise fail(where, f"bad {field} pattern {other!r}: {exc}") from None
    return Entry(entry_id, frame, language, pattern, gap, polarity, sensitive, tuple(lists["exclude"]),
                 tuple(lists["requires"]), tuple(lists["requires_in_statement"]))


def _texts(value: Any, where: str, fail) -> dict[str, str]:
    if not isinstance(value, dict) or not value:
        raise fail(where, "expected a mapping of language -> text (en and ru)")
    for language, text in value.items():
        if not isinstance(text, str) or not text.strip():
            raise fail(f"{where}.{language}", "empty description")
    return dict(value)


def _seeds(value: Any, where: str, fail) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise fail(where, "expected a mapping of language -> list of phrases")
    out = {}
    for language, phrases in value.items():
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise fail(f"{where}.{language}", "expected a list of non-empty phrases")
        out[language] = tuple(phrases)
    return out


def _negation(value: Any, fail) -> dict[str, Negation]:
    if not isinstance(value, dict):
        raise fail("negation", "expected a mapping of language -> {window, before, ignore, after}")
    out = {}
    for language, body in value.items():
        where = f"negation.{language}"
        if language not in SUPPORTED_LANGUAGES:
            raise fail(where, f"unsupported language; supported: {list(SUPPORTED_LANGUAGES)}")
        if not isinstance(body, dict) or set(body) - {"window", "before", "ignore", "after"}:
            raise fail(where, "expected keys window, before, ignore, after")
        window = body.get("window", 3)
        if not isinstance(window, int) or isinstance(window, bool) or not 1 <= window <= 6:
            raise fail(f"{where}.window", f"must be an integer from 1 to 6, got {window!r}")
        for field in ("before", "ignore", "after"):
            cues = body.get(field, [])
            if not isinstance(cues, list) or not all(isinstance(c, str) and c.strip() for c in cues):
                raise fail(f"{where}.{field}", f"expected a list of strings (quote YAML words like no/yes), got {cues!r}")
        for field in ("before", "after"):
            for cue in body.get(field, []):
                if len(pattern_words(cue, language)) != 1:
                    raise fail(f"{where}.{field}", f"cue {cue!r} must be a single word")
        out[language] = Negation(
            window, tuple(body.get("before", [])), tuple(body.get("ignore", [])), tuple(body.get("after", []))
        )
    return out
