"""The words that describe topics: lemmas, minus stop words and official boilerplate.

BERTopic names a topic by the words its documents share (c-TF-IDF over a
``CountVectorizer``). Out of the box those words are inflected forms ("сотрудничества",
"сотрудничеству") and the formulas every speech repeats ("Mr. President", "уважаемый
председатель"). This module gives the vectorizer a tokenizer that

* lower-cases, folds "ё" into "е" and keeps letter tokens (inner hyphens kept:
  "secretary-general"), dropping numbers;
* lemmatises Cyrillic tokens with pymorphy3 (English tokens stay as written);
* removes the phrases listed in ``boilerplate.txt``, matched on lemmas so every
  inflected form goes;
* removes stop words: the union of the offline ``stop-words`` and ``stopwordsiso``
  lists for the configured languages, with each Russian entry also lemmatised, except
  a few words that carry meaning in diplomatic speech (``CONTENT_WORDS``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from pathlib import Path

from sklearn.feature_extraction.text import CountVectorizer

from ..text import best_lemma, fold_yo, has_cyrillic, letter_words

BOILERPLATE_FILE = Path(__file__).with_name("boilerplate.txt")

# Entries of the stop lists that are content words in official speech: "мир" is
# peace as much as world, "россия" and "states" name actors.
CONTENT_WORDS = frozenset({"мир", "россия", "world", "states", "state"})


def lemma(word: str) -> str:
    """The dictionary form of a lower-case token: pymorphy3's best parse for Cyrillic."""
    return best_lemma(word) if has_cyrillic(word) else word


def lemmas(text: str) -> list[str]:
    """Lower-cased letter tokens of ``text``, each replaced by its lemma.

    A text without Cyrillic has nothing to lemmatise (English tokens stay as written), so
    its tokens are returned as found: one C-speed scan instead of a call per token.
    """
    lowered = fold_yo(text.lower())
    tokens = letter_words(lowered)
    return [lemma(token) for token in tokens] if has_cyrillic(lowered) else tokens


@functools.lru_cache(maxsize=None)
def stop_words(languages: tuple[str, ...]) -> frozenset[str]:
    """Offline stop words (``stop-words`` ∪ ``stopwordsiso``) for ISO 639-1 codes, as lemmas too."""
    import stopwordsiso
    from stop_words import LANGUAGE_MAPPING, get_stop_words

    words: set[str] = set()
    for language in languages:
        if language in LANGUAGE_MAPPING:
            words.update(get_stop_words(language))
        if stopwordsiso.has_lang(language):
            words.update(stopwordsiso.stopwords(language))
    words = {fold_yo(w.lower()) for w in words}
    words |= {lemma(w) for w in words if letter_words(w) == [w]}
    return frozenset(words - CONTENT_WORDS)


@functools.lru_cache(maxsize=1)
def boilerplate_phrases() -> tuple[tuple[str, ...], ...]:
    """The phrases of ``boilerplate.txt`` as lemma tuples, longest first."""
    phrases = set()
    for line in BOILERPLATE_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            phrases.add(tuple(lemmas(line)))
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


def strip_phrases(tokens: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> list[str]:
    """``tokens`` without any occurrence of the (lemma) ``phrases``; longest match wins.

    Only positions holding a phrase's first word are tried (found by one list
    comprehension), so a speech of thousands of tokens costs a few Python steps per
    candidate rather than per token: keyness tokenises the whole UN General Debate.
    """
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    kept: list[str] = []
    done = 0  # tokens before this position are decided
    for i in [i for i, token in enumerate(tokens) if token in by_first]:
        if i < done:
            continue  # inside a phrase already removed
        for phrase in by_first[tokens[i]]:
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                kept.extend(tokens[done:i])
                done = i + len(phrase)
                break
    kept.extend(tokens[done:])
    return kept


class LemmaTokenizer:
    """A CountVectorizer tokenizer: lemmas without boilerplate and (optionally) stop words.

    ``drop_stop_words=False`` is the fallback for corpora made only of stop words
    (one-word documents such as "Thanks"), where the full filter leaves no vocabulary.
    """

    def __init__(self, languages: Iterable[str] = ("ru", "en"), *, drop_stop_words: bool = True) -> None:
        self.languages = tuple(languages)
        self.drop_stop_words = drop_stop_words
        self._stop = stop_words(self.languages) if drop_stop_words else frozenset()
        self._phrases = boilerplate_phrases()

    def __call__(self, text: str) -> list[str]:
        tokens = strip_phrases(lemmas(text), self._phrases)
        return [t for t in tokens if len(t) > 1 and t not in self._stop]


def build_vectorizer(
    languages: Iterable[str] = ("ru", "en"),
    *,
    ngram_range: tuple[int, int] = (1, 1),
    drop_stop_words: bool = True,
) -> CountVectorizer:
    """The CountVectorizer BERTopic uses for topic words.

    ``min_df=1`` at every corpus size: BERTopic counts over one joined document per
    topic, so ``min_df`` counts topics, and a word found in a single topic is exactly
    the distinctive word c-TF-IDF is looking for.
    """
    return CountVectorizer(
        tokenizer=LemmaTokenizer(languages, drop_stop_words=drop_stop_words),
        lowercase=False,
        token_pattern=None,
        ngram_range=tuple(ngram_range),
        min_df=1,
    )


def yields_words(vectorizer: CountVectorizer, texts: Iterable[str]) -> bool:
    """True when at least one text has a token left (stops at the first that does)."""
    tokenize = vectorizer.tokenizer
    return any(tokenize(text) for text in texts)
