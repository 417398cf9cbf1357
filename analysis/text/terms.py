"""Terms: what counts as one word when words are counted, and how a counted term is shown.

Counting inflected forms apart splits a word's weight ("threat", "threats"), so both
keyness (:mod:`analysis.compare.terms`) and topic words (:mod:`analysis.topics.vectorizer`)
count a Russian word by its pymorphy3 lemma and any other word by its Snowball stem. A
stem ("threat", "nation", "secur") is not always a word a reader knows, so a counted term
is shown as its most frequent form in the counted text. One home keeps the two readers
from drifting apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from .lemmas import lemmatizer
from .script import has_cyrillic


class TermKeys:
    """Lemma → term key: a Cyrillic lemma is its own key, any other word its Snowball stem.

    Keys are cached per instance: official prose repeats a small vocabulary, so the
    pure-Python stemmer runs once per distinct word.
    """

    def __init__(self) -> None:
        self._stem = lemmatizer("en").first
        self._keys: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        key = self._keys.get(word)
        if key is None:
            key = word if has_cyrillic(word) else self._stem(word)
            self._keys[word] = key
        return key


def display_forms(counts: Mapping[str, int] | Iterable[tuple[str, int]], key: Callable[[str], str]) -> dict[str, str]:
    """Term key → the form that shows it: its most frequent form in ``counts`` (ties: alphabetical).

    ``counts`` maps each word form to its number of occurrences; ``key`` is the term key
    of a form (a :class:`TermKeys`). The same counts always give the same forms.
    """
    items = counts.items() if isinstance(counts, Mapping) else counts
    shown: dict[str, str] = {}
    for form, _ in sorted(items, key=lambda item: (-item[1], item[0])):
        shown.setdefault(key(form), form)
    return shown
