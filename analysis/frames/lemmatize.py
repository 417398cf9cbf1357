"""Tokens with character offsets, and their lemmas, for the codebook matcher.

Russian is highly inflected, so words are reduced to every pymorphy3 lemma they can have
("прав" -> {право, правый}); a codebook lemma matches when it is among them, which keeps
rare inflections and ambiguous forms from being missed. Participles are the deliberate case:
"развивающиеся" parses both as the adjective-like participle "развивающийся" and as the verb
"развиваться"; a pattern word is normalised to its first parse ("развивающийся"), and every
inflection ("развивающимся странам", "развивающихся стран") carries that lemma in its set. English words are reduced to their
Snowball stem, which merges "threat/threats", "cooperate/cooperation". Lemmas are cached per
word form: official prose repeats a small vocabulary, so the analyzer runs once per form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import MissingDependencyError

# Clause punctuation: multi-word expressions and negation windows never reach across it.
BOUNDARY = frozenset(".,;:!?()[]{}—–…«»\"")

# English words (apostrophes inside: "women's"), "n't" split off so it can be a negation cue,
# numbers, and any other single non-space character (punctuation).
_EN_TOKEN = re.compile(
    r"[^\W\d_]+(?=n['’]t\b)|n['’]t\b|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]",
)


@dataclass(frozen=True, slots=True)
class WordForm:
    """What the matcher needs to know about one surface form, computed once per form."""

    surface: str
    lower: str
    lemmas: frozenset[str]


def tokenize(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, token) triples with ``text[start:end] == token``; punctuation included."""
    if language == "ru":
        import razdel

        return [(t.start, t.stop, t.text) for t in razdel.tokenize(text)]
    return [(m.start(), m.end(), m.group()) for m in _EN_TOKEN.finditer(text)]


class RussianLemmas:
    """All pymorphy3 lemmas of a word form, ``ё`` folded to ``е`` (texts spell it both ways)."""

    def __init__(self) -> None:
        try:
            import pymorphy3
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise MissingDependencyError(
                "Russian lemmas need pymorphy3 and pymorphy3-dicts-ru: pip install rostrum"
            ) from exc
        self._morph = pymorphy3.MorphAnalyzer(lang="ru")
        self._cache: dict[str, frozenset[str]] = {}

    def __call__(self, lower: str) -> frozenset[str]:
        lemmas = self._cache.get(lower)
        if lemmas is None:
            parses = self._morph.parse(lower)
            lemmas = frozenset(p.normal_form.replace("ё", "е") for p in parses) or frozenset({lower})
            self._cache[lower] = lemmas
        return lemmas

    def first(self, lower: str) -> str:
        """The most probable lemma: how a codebook pattern word is normalised."""
        return self._morph.parse(lower)[0].normal_form.replace("ё", "е")


class EnglishStems:
    """The Snowball (Porter 2) stem of a word form; apostrophes normalised to ASCII."""

    def __init__(self) -> None:
        import snowballstemmer

        self._stemmer = snowballstemmer.stemmer("english")
        self._cache: dict[str, frozenset[str]] = {}

    def __call__(self, lower: str) -> frozenset[str]:
        stems = self._cache.get(lower)
        if stems is None:
            stems = frozenset({self._stemmer.stemWord(lower.replace("’", "'"))})
            self._cache[lower] = stems
        return stems

    def first(self, lower: str) -> str:
        return next(iter(self(lower)))


@lru_cache(maxsize=None)
def lemmatizer(language: str) -> RussianLemmas | EnglishStems:
    """The shared lemmatizer for a language (one analyzer per process, caches shared)."""
    if language == "ru":
        return RussianLemmas()
    if language == "en":
        return EnglishStems()
    raise ValueError(f"no lemmatizer for language {language!r}; supported: en, ru")


SUPPORTED_LANGUAGES = ("en", "ru")


def word_form(surface: str, language: str) -> WordForm:
    """Surface, lower-case and lemmas of one word token."""
    lower = surface.lower().replace("ё", "е") if language == "ru" else surface.lower()
    return WordForm(surface, lower, lemmatizer(language)(lower))


def is_word(token: str) -> bool:
    """Words and numbers take part in matching; punctuation only separates."""
    return any(ch.isalnum() for ch in token)
