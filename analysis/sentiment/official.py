"""Sentiment for official speech: the base model corrected by a genre lexicon.

dostoevsky's model learned from social-media posts and VADER from tweets; both misread
diplomatic prose ("мы высоко ценим плодотворное сотрудничество" comes out negative,
"we deplore" neutral). ``official_lexicon.yaml`` lists the evaluative cues of the genre
with weights in log-odds units. Per sentence their sum ``E`` (a cue preceded by a
negation within the clause counts ``negation.factor`` times its weight), bounded to
``±max_shift``, is a second expert multiplied into the base model's probabilities:

    p'(label) ∝ p(label) · exp(s(label) · E),  s = +1 positive, −1 negative, 0 otherwise

so the positive-vs-negative log-odds move by ``2E`` and the neutral, skip and speech
classes keep their ratios to each other. ``polar_floor`` is first added to the positive
and negative probabilities, because VADER's mapping gives them exactly 0 on neutral
sentences and a product cannot move a zero. A sentence without cues keeps the base
output unchanged. Labels follow the base scorer's own rule on the new probabilities.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from ..errors import ModelError
from ..text import Negation, Phrase, PhraseMatcher, compile_pattern
from ..schema import SENTIMENT_LABELS
from .base import NEGATIVE, POSITIVE, SentimentScorer

OFFICIAL_MODEL = "rostrum-official"
LEXICON_PATH = Path(__file__).with_name("official_lexicon.yaml")
LANGUAGES = ("en", "ru")
#: extra columns the official scorer adds: the base model's own signed score, and E
EXTRA_COLUMNS = {"sentiment_base": "float64", "lexicon_evidence": "float64"}


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: its text (the matcher's pattern, "=form" for an exact form) and signed weight."""

    text: str
    weight: float  # signed: > 0 positive, < 0 negative


@dataclass(frozen=True)
class Lexicon:
    version: int
    sha256: str
    max_shift: float
    polar_floor: float
    negation_window: int
    negation_factor: float
    negations: dict[str, frozenset[str]]
    cues: dict[str, tuple[Cue, ...]]  # per language, in file order
    matchers: dict[str, PhraseMatcher]  # per language: cues left to right, longest first, no overlaps


def _number(value, what: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ModelError(f"official lexicon: {what} must be a number in [{low}, {high}], got {value!r}")
    return float(value)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read and check the lexicon (the packaged one by default); ModelError names what is wrong."""
    path = Path(path) if path is not None else LEXICON_PATH
    try:
        raw = path.read_bytes()
        data = yaml.safe_load(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ModelError(f"cannot read official lexicon {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("cues"), dict) or not isinstance(data.get("negation"), dict):
        raise ModelError(f"official lexicon {path} needs mappings 'cues' and 'negation'")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ModelError(f"official lexicon {path}: 'version' must be a positive integer, got {version!r}")
    negation = data["negation"]
    negations, cues, matchers = {}, {}, {}
    window = int(_number(negation.get("window"), "negation.window", 0, 10))
    for language in LANGUAGES:
        words = negation.get(language)
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise ModelError(f"official lexicon {path}: negation.{language} must be a list of words")
        negations[language] = frozenset(w.lower().replace("’", "'") for w in words)
        sections = data["cues"].get(language)
        if not isinstance(sections, dict) or set(sections) != {"positive", "negative"}:
            raise ModelError(f"official lexicon {path}: cues.{language} must have exactly 'positive' and 'negative'")
        entries, seen = [], {}
        for polarity, sign in (("positive", 1.0), ("negative", -1.0)):
            if not isinstance(sections[polarity], dict) or not sections[polarity]:
                raise ModelError(f"official lexicon {path}: cues.{language}.{polarity} must map cues to weights")
            for text, weight in sections[polarity].items():
                if not isinstance(text, str) or not text.split():
                    raise ModelError(f"official lexicon {path}: empty cue in cues.{language}.{polarity}")
                weight = _number(weight, f"weight of {text!r}", 0.1, 5.0)
                words = compile_pattern(text.lower(), language)
                if words in seen:
                    raise ModelError(f"official lexicon {path}: {text!r} and {seen[words]!r} ({language}) match "
                                     f"the same words; keep one")
                seen[words] = text
                entries.append(Cue(text, sign * weight))
        cues[language] = tuple(entries)
        matchers[language] = _matcher(entries, negations[language], window, language)
    return Lexicon(
        version=version,
        sha256=hashlib.sha256(raw).hexdigest(),
        max_shift=_number(data.get("max_shift"), "max_shift", 0.5, 10.0),
        polar_floor=_number(data.get("polar_floor"), "polar_floor", 0.0, 0.5),
        negation_window=window,
        negation_factor=_number(negation.get("factor"), "negation.factor", -1.0, 0.0),
        negations=negations,
        cues=cues,
        matchers=matchers,
    )


def _matcher(cues: list[Cue], negations: frozenset[str], window: int, language: str) -> PhraseMatcher:
    """The lexicon as phrases of the shared matcher: every cue negation-sensitive, negation
    words as exact forms (both apostrophes, as texts write "n't" and "n’t")."""
    before = sorted({f"={w}" for word in negations for w in (word, word.replace("'", "’"))})
    phrases = [Phrase(c.text, "cue", c.text.lower(), negation_sensitive=True, weight=c.weight) for c in cues]
    return PhraseMatcher(phrases, language, Negation(window, tuple(before)), overlap="leftmost")


@functools.lru_cache(maxsize=None)
def packaged_lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    return load_lexicon()


def identity_files() -> tuple[Path, ...]:
    """Files outside ``analysis.sentiment`` that shape the official scores (for cache keys).

    The lexicon lives inside the package, so the pipeline's package hash already covers
    it; the matcher and lemmatizer it goes through live in ``analysis.text``.
    """
    from ..text import identity_files as text_files

    return (LEXICON_PATH, *text_files())


#: libraries whose versions change the matching (lemmas and stems)
IDENTITY_DISTRIBUTIONS = ("pymorphy3", "pymorphy3-dicts-ru", "snowballstemmer", "razdel")


def cache_identity(model: str) -> dict[str, tuple]:
    """What else a cache key for ``model``'s scores must cover (``files``, ``distributions``).

    Nothing for the base models; for rostrum-official the matcher's files and libraries,
    which live outside ``analysis.sentiment`` (the package hash covers the lexicon).
    """
    if model == "rostrum-speech":
        from .speech import cache_identity as speech_identity

        return speech_identity()
    if model != OFFICIAL_MODEL:
        return {"files": (), "distributions": ()}
    return {"files": identity_files(), "distributions": IDENTITY_DISTRIBUTIONS}


def find_cues(text: str, language: str, lexicon: Lexicon | None = None) -> list[tuple[Cue, bool]]:
    """The cues found in ``text``, left to right, each with whether it is negated.

    Longest cue first at each word, no overlaps; cues and negation windows stay inside
    a clause (``analysis.text.BOUNDARY`` punctuation ends one).
    """
    lexicon = lexicon or packaged_lexicon()
    return [(Cue(hit.phrase.id, hit.phrase.weight), hit.negated) for hit in lexicon.matchers[language].match(text)]


def evidence(text: str, language: str, lexicon: Lexicon | None = None) -> float:
    """E: the bounded, negation-aware sum of cue weights of one sentence (log-odds units)."""
    lexicon = lexicon or packaged_lexicon()
    total = sum(cue.weight * (lexicon.negation_factor if negated else 1.0)
                for cue, negated in find_cues(text, language, lexicon))
    return float(np.clip(total, -lexicon.max_shift, lexicon.max_shift))


def combine(base: np.ndarray, shift: np.ndarray, polar_floor: float) -> np.ndarray:
    """The product of the base probabilities and the lexicon expert (module docstring).

    Rows with ``shift == 0`` are returned unchanged.
    """
    base = np.asarray(base, dtype=float)
    shift = np.asarray(shift, dtype=float)
    out = base.copy()
    rows = shift != 0
    if rows.any():
        p = base[rows].copy()
        p[:, [POSITIVE, NEGATIVE]] += polar_floor
        p[:, POSITIVE] *= np.exp(shift[rows])
        p[:, NEGATIVE] *= np.exp(-shift[rows])
        out[rows] = p / p.sum(axis=1, keepdims=True)
    return out


class OfficialScorer(SentimentScorer):
    """A base scorer (dostoevsky or VADER) corrected by the official-speech lexicon."""

    name = OFFICIAL_MODEL

    def __init__(self, base: SentimentScorer, language: str, lexicon: Lexicon | None = None) -> None:
        if language not in LANGUAGES:
            raise ModelError(f"the official lexicon covers {list(LANGUAGES)}, not {language!r}")
        self.base = base
        self.language = language
        self.lexicon = lexicon or packaged_lexicon()

    def evidence(self, texts: list[str]) -> np.ndarray:
        return np.array([evidence(t, self.language, self.lexicon) for t in texts], dtype=float)

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return combine(self.base.predict_proba(texts), self.evidence(texts), self.lexicon.polar_floor)

    def predict_labels(self, probabilities: np.ndarray) -> np.ndarray:
        return self.base.predict_labels(probabilities)

    def score(self, texts: list[str]) -> pd.DataFrame:
        """``SENTIMENT_COLUMNS`` plus ``sentiment_base`` (the base model's signed score) and ``lexicon_evidence``."""
        base = self.base.predict_proba(texts) if texts else np.zeros((0, len(SENTIMENT_LABELS)))
        shift = self.evidence(texts)
        table = self.table(combine(base, shift, self.lexicon.polar_floor))
        table["sentiment_base"] = base[:, POSITIVE] - base[:, NEGATIVE]
        table["lexicon_evidence"] = shift
        return table
