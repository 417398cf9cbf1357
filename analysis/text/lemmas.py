"""Lemmas and stems: the one pymorphy3 analyser, Snowball for English, cached per word form.

Russian is highly inflected, so words are reduced to every pymorphy3 lemma they can have
("прав" -> {право, правый}); a pattern lemma matches when it is among them, which keeps
rare inflections and ambiguous forms from being missed. Participles are the deliberate case:
"развивающиеся" parses both as the adjective-like participle "развивающийся" and as the verb
"развиваться"; a pattern word is normalised to its first parse ("развивающийся"), and every
inflection ("развивающимся странам", "развивающихся стран") carries that lemma in its set.
English words are reduced to their Snowball stem, which merges "threat/threats",
"cooperate/cooperation". Official prose repeats a small vocabulary, so each form is analysed once.
pymorphy3 reads its dictionaries through DAWG2's C extension (a dependency), twice as fast on new
forms as its pure-Python fallback and with the same parses.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import MissingDependencyError
from .normalize import fold_yo, normalize_word
from .script import has_cyrillic
from .tokens import letter_words

SUPPORTED_LANGUAGES = ("en", "ru")


@lru_cache(maxsize=1)
def morph():
    """The process's one ``pymorphy3.MorphAnalyzer`` (loading its dictionaries takes a second)."""
    try:
        import pymorphy3
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise MissingDependencyError("Russian lemmas need pymorphy3 and pymorphy3-dicts-ru: pip install rostrum") from exc
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=500_000)
def best_lemma(lower: str) -> str:
    """pymorphy3's most probable lemma of a lower-case Russian word, ``ё`` folded."""
    return fold_yo(morph().parse(lower)[0].normal_form)


_POSSESSIVE = ("'s", "’s")  # English possessive endings, straight and typographic apostrophe


@dataclass(frozen=True, slots=True)
class WordForm:
    """What a matcher needs to know about one surface form, computed once per form."""

    surface: str
    lower: str
    lemmas: frozenset[str]


class RussianLemmas:
    """All pymorphy3 lemmas of a word form, ``ё`` folded to ``е`` (texts spell it both ways)."""

    def __init__(self) -> None:
        self._cache: dict[str, frozenset[str]] = {}

    def __call__(self, lower: str) -> frozenset[str]:
        lemmas = self._cache.get(lower)
        if lemmas is None:
            lemmas = frozenset(fold_yo(p.normal_form) for p in morph().parse(lower)) or frozenset({lower})
            self._cache[lower] = lemmas
        return lemmas

    def first(self, lower: str) -> str:
        """The most probable lemma: how a pattern word is normalised."""
        return best_lemma(lower)


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
    """The shared lemmatizer for a language (one per process, caches shared)."""
    if language == "ru":
        return RussianLemmas()
    if language == "en":
        return EnglishStems()
    raise ValueError(f"no lemmatizer for language {language!r}; supported: {', '.join(SUPPORTED_LANGUAGES)}")


def word_form(surface: str, language: str) -> WordForm:
    """Surface, normalised lower-case and lemmas of one word token.

    An English possessive ending is dropped first ("UN’s" is the form "UN"), so that exact-form
    patterns (``=UN``, ``=Organization``) match the genre's "the UN's agencies" as stems already did.
    """
    if language == "en" and surface[-2:] in _POSSESSIVE and len(surface) > 2:
        surface = surface[:-2]
    lower = normalize_word(surface, language)
    return WordForm(surface, lower, lemmatizer(language)(lower))


def lemma(word: str) -> str:
    """The dictionary form of a lower-case token: pymorphy3's best parse for Cyrillic, the token itself otherwise."""
    return best_lemma(word) if has_cyrillic(word) else word


def lemmas(text: str) -> list[str]:
    """Lower-cased letter tokens of ``text`` (``ё`` folded), each Cyrillic one replaced by its best lemma.

    A text without Cyrillic has nothing to lemmatise (its tokens are returned as found: one
    C-speed scan instead of a call per token). Topics, keyness and the learned frame detector
    read words through this one function.
    """
    lowered = fold_yo(text.lower())
    tokens = letter_words(lowered)
    return [lemma(token) for token in tokens] if has_cyrillic(lowered) else tokens


def stems(text: str) -> list[str]:
    """Lower-cased letter tokens of ``text`` (``ё`` folded), each as its English Snowball stem."""
    stem = lemmatizer("en").first
    return [stem(token) for token in letter_words(fold_yo(text.lower()))]


def lemma_terms(text: str, language: str | None) -> list[str]:
    """The words of a sentence as the learned frame detector counts them: Russian best lemmas
    (:func:`lemmas`) for ``"ru"``, English Snowball stems (:func:`stems`) for any other language."""
    return lemmas(text) if language == "ru" else stems(text)
