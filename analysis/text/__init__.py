"""Text processing shared by every concern: scripts, normalisation, tokens, lemmas, phrases.

One home so that frames, sentiment, topics and attribution read words the same way: one
pymorphy3 analyser per process, one ``ё``→``е`` rule, one list of Cyrillic languages, and
one phrase matcher for the frame codebook and the sentiment lexicon alike::

    tokenize("Мы не доверяем.", "ru")                 # (start, end, token) with offsets
    word_form("Доверия", "ru").lemmas                 # frozenset({"доверие"})
    PhraseMatcher([Phrase("t", "trust", "доверие")], "ru").match(text)
"""

from pathlib import Path

from .lemmas import WordForm, best_lemma, lemma, lemma_terms, lemmas, lemmatizer, morph, stems, word_form
from .normalize import fold_yo, normalize_word
from .phrases import Hit, Negation, Phrase, PhraseMatcher, Scan, compile_pattern, pattern_words
from .script import CYRILLIC_LANGUAGES, base_language, has_cyrillic, is_cyrillic_language, script_language
from .terms import TermKeys, display_forms
from .tokens import BOUNDARY, is_word, letter_words, tokenize

__all__ = [
    "BOUNDARY",
    "CYRILLIC_LANGUAGES",
    "Hit",
    "Negation",
    "Phrase",
    "PhraseMatcher",
    "Scan",
    "TermKeys",
    "WordForm",
    "base_language",
    "best_lemma",
    "compile_pattern",
    "display_forms",
    "fold_yo",
    "has_cyrillic",
    "is_cyrillic_language",
    "is_word",
    "lemma",
    "lemma_terms",
    "lemmas",
    "lemmatizer",
    "letter_words",
    "morph",
    "normalize_word",
    "pattern_words",
    "script_language",
    "stems",
    "tokenize",
    "word_form",
]


def identity_files() -> tuple[Path, ...]:
    """This package's source files: cache keys of results computed through it must cover them."""
    return tuple(sorted(Path(__file__).parent.glob("*.py")))
