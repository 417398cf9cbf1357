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
  a few words that carry meaning in diplomatic speech (``CONTENT_WORDS``);
* with ``exclude_names`` (the default), removes names: every country of
  :func:`analysis.countries.country_names` (a multi-word name as a phrase, its distinctive words
  alone too), the other names, demonyms and UN boilerplate words of ``names.txt``, ordinals
  (the session's number, "seventieth"), and
  person names - Russian ones by pymorphy3's Name/Surn/Patr tags, English ones learned from
  the corpus (capitalised words after a title, "Mr. Annan", that are capitalised almost
  everywhere, so "Ban Ki-moon" never removes the "ban" of a test-ban treaty);
* once fitted on the corpus (:meth:`LemmaTokenizer.fit`), counts English words by their
  Snowball stem (``analysis.text``: "threat" and "threats" are one word) and writes each
  stem as its most frequent form, so topic words are words a reader knows.

The Snowball stem stands in for an English lemma because it is what ``analysis.text``
offers and what keyness counts by (``analysis.compare.terms``), so both read words alike.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from sklearn.feature_extraction.text import CountVectorizer

from ..countries import country_names
from ..text import TermKeys, display_forms, fold_yo, has_cyrillic, letter_words, morph
from ..text.lemmas import lemma, lemmas  # noqa: F401  (their home is analysis.text; topics and keyness import them here too)
from ..text.tokens import LETTER_WORD

BOILERPLATE_FILE = Path(__file__).with_name("boilerplate.txt")
NAMES_FILE = Path(__file__).with_name("names.txt")

# Words of multi-word country names that are ordinary words elsewhere ("small island
# developing States", "the Central African region"): removed only inside the full name.
GENERIC_NAME_WORDS = frozenset({
    "united", "states", "state", "kingdom", "republic", "republics", "democratic", "people's", "federation",
    "islands", "island", "new", "south", "north", "central", "african", "arab", "great", "islamic", "union",
    "european", "socialist", "saint", "holy", "see", "africa", "of", "the", "and",
})
# Titles after which capitalised words are a person's name ("Secretary-General Kofi Annan").
TITLED_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Madam|Madame|Sir|President|Secretary-General|Minister|Ambassador|King|Queen|Prince|"
    r"Princess|Sheikh|Emir|Pope|Chancellor)\.?((?:\s+[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*)+)"
)
# Ordinal words, as in "the seventieth session" or "sixty-ninth": session numbers, never a topic.
ORDINAL = re.compile(
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)tieth)"
)
NAME_CAPITALISED = 0.9  # a word after a title is a name when at least this share of its uses is capitalised
RUSSIAN_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
POSSESSIVE = re.compile(r"['’]s$")

# Entries of the stop lists that are content words in official speech: "мир" is
# peace as much as world, "россия" and "states" name actors.
CONTENT_WORDS = frozenset({"мир", "россия", "world", "states", "state"})


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


@functools.lru_cache(maxsize=1)
def name_entries() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Country names and UN boilerplate as (single words, lemma phrases longest first).

    Every name of :func:`analysis.countries.country_names` and every line of ``names.txt``:
    a one-word entry is a word; a longer one is a phrase, and its words outside ``GENERIC_NAME_WORDS`` are
    words too ("costa rica" removes a lone "rica", never a lone "republic").
    """
    entries = list(country_names())
    for line in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            entries.append(line.strip())
    words: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for entry in entries:
        tokens = tuple(lemmas(entry))
        if len(tokens) > 1:
            phrases.add(tokens)
            words.update(t for t in tokens if t not in GENERIC_NAME_WORDS)
        elif tokens:
            words.add(tokens[0])
    return frozenset(words), tuple(sorted(phrases, key=lambda p: (-len(p), p)))


def without_possessive(word: str) -> str:
    """"annan's" -> "annan": the possessive is the same name (and the same topic word)."""
    return POSSESSIVE.sub("", word)


@functools.lru_cache(maxsize=100_000)
def is_russian_person_name(lemma_: str) -> bool:
    """pymorphy3's best parse of a Cyrillic lemma is a first name, surname or patronymic."""
    return not RUSSIAN_PERSON_TAGS.isdisjoint(morph().parse(lemma_)[0].tag.grammemes)


def titled_names(texts: Iterable[str]) -> frozenset[str]:
    """Lower-cased English person names in ``texts``: words written after a title that are
    capitalised in at least ``NAME_CAPITALISED`` of their uses across ``texts``."""
    candidates: set[str] = set()
    capitalised: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for text in texts:
        for match in TITLED_NAME.finditer(text):
            candidates.update(without_possessive(w.lower()) for w in LETTER_WORD.findall(match.group(1)))
        for word in LETTER_WORD.findall(text):
            lower = without_possessive(word.lower())
            uses[lower] += 1
            capitalised[lower] += word[0].isupper()
    return frozenset(w for w in candidates if uses[w] and capitalised[w] >= NAME_CAPITALISED * uses[w])


class LemmaTokenizer:
    """A CountVectorizer tokenizer: lemmas without boilerplate, names and (optionally) stop words.

    ``drop_stop_words=False`` is the fallback for corpora made only of stop words
    (one-word documents such as "Thanks"), where the full filter leaves no vocabulary.
    :meth:`fit` learns the corpus's person names and each stem's display form; an unfitted
    tokenizer keeps English words as written. ``names`` and ``display`` are its fitted
    state (saved with a model, see ``persistence.py``).
    """

    def __init__(
        self,
        languages: Iterable[str] = ("ru", "en"),
        *,
        drop_stop_words: bool = True,
        exclude_names: bool = True,
        names: Iterable[str] = (),
        display: dict[str, str] | None = None,
    ) -> None:
        self.languages = tuple(languages)
        self.drop_stop_words = drop_stop_words
        self.exclude_names = exclude_names
        self.names = frozenset(names)
        self.display = dict(display or {})
        self.key = TermKeys()  # what counts as one word: a Russian lemma, the Snowball stem of anything else
        dropped = stop_words(self.languages) if drop_stop_words else frozenset()
        phrases = boilerplate_phrases()
        if exclude_names:
            name_words, name_phrases = name_entries()
            dropped = dropped | name_words | self.names
            phrases = tuple(sorted(set(phrases) | set(name_phrases), key=lambda p: (-len(p), p)))
        self._drop = dropped
        self._phrases = phrases

    def words(self, text: str) -> list[str]:
        """The kept lemmas of ``text`` as written, before stems are merged."""
        tokens = [without_possessive(t) for t in strip_phrases(lemmas(text), self._phrases)]
        kept = [t for t in tokens if len(t) > 1 and t not in self._drop]
        if self.exclude_names:
            kept = [t for t in kept if not (ORDINAL.fullmatch(t) or has_cyrillic(t) and is_russian_person_name(t))]
        return kept

    def fit(self, texts: Sequence[str]) -> "LemmaTokenizer":
        """Learn the person names of ``texts`` (when excluding names) and each stem's most
        frequent form (ties: alphabetical), so the same corpus always gives the same words."""
        if self.exclude_names:
            self.names = titled_names(texts)
            self._drop = self._drop | self.names
        forms: Counter[str] = Counter()
        for text in texts:
            forms.update(self.words(text))
        self.display = display_forms(forms, self.key)
        return self

    def __call__(self, text: str) -> list[str]:
        if not self.display:
            return self.words(text)
        return [self.display.get(self.key(w), w) for w in self.words(text)]

    def state(self) -> dict:
        """The settings and fitted state as JSON-ready values (``LemmaTokenizer(**state)`` rebuilds it)."""
        return {"languages": list(self.languages), "drop_stop_words": self.drop_stop_words,
                "exclude_names": self.exclude_names, "names": sorted(self.names), "display": self.display}


def build_vectorizer(
    languages: Iterable[str] = ("ru", "en"),
    *,
    ngram_range: tuple[int, int] = (1, 1),
    drop_stop_words: bool = True,
    exclude_names: bool = True,
    corpus: Sequence[str] | None = None,
) -> CountVectorizer:
    """The CountVectorizer BERTopic uses for topic words; its tokenizer fitted on ``corpus`` when given.

    ``min_df=1`` at every corpus size: BERTopic counts over one joined document per
    topic, so ``min_df`` counts topics, and a word found in a single topic is exactly
    the distinctive word c-TF-IDF is looking for.
    """
    tokenizer = LemmaTokenizer(languages, drop_stop_words=drop_stop_words, exclude_names=exclude_names)
    if corpus is not None:
        tokenizer.fit(corpus)
    return CountVectorizer(
        tokenizer=tokenizer,
        lowercase=False,
        token_pattern=None,
        ngram_range=tuple(ngram_range),
        min_df=1,
    )


def yields_words(vectorizer: CountVectorizer, texts: Iterable[str]) -> bool:
    """True when at least one text has a token left (stops at the first that does)."""
    tokenize = vectorizer.tokenizer
    return any(tokenize(text) for text in texts)
