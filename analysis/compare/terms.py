"""Terms for comparisons: lemmas counted per group, and the contexts each term was read in.

Keyness compares word frequencies, so inflected forms must count as one word: Russian
tokens become their pymorphy3 lemma, English tokens their Snowball stem ("nation" and
"nations" are one term). Stop words and speech boilerplate ("Mr. President", "уважаемый
председатель") are removed exactly as for topic words (:mod:`analysis.topics.vectorizer`),
so a salutation never comes out as "distinctive". A stem is not a word a reader
recognises, so each term is shown as its most frequent surface form in the counted text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import pandas as pd

from ..errors import SchemaError

_CYRILLIC = re.compile(r"[а-яё]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # the topic vectorizer's token pattern
TERM_COUNT_COLUMNS = ("term", "count", "docs")


class TermKeys:
    """Token → term key: lemmas (``LemmaTokenizer``) for Russian, then Snowball stems for English.

    One instance per call keeps its caches; official prose repeats a small vocabulary,
    so the stemmer runs once per distinct word.
    """

    def __init__(self, languages: Sequence[str] = ("ru", "en")) -> None:
        from ..frames.lemmatize import lemmatizer
        from ..topics.vectorizer import LemmaTokenizer

        self.tokenize = LemmaTokenizer(languages)
        self._stem = lemmatizer("en").first
        self._keys: dict[str, str] = {}

    def key(self, word: str) -> str:
        """The term key of a lemma as the tokenizer returns it (Cyrillic lemmas are keys already)."""
        key = self._keys.get(word)
        if key is None:
            key = word if _CYRILLIC.search(word) else self._stem(word)
            self._keys[word] = key
        return key

    def keys(self, text: str) -> list[str]:
        """Term keys of ``text`` with stop words and boilerplate removed."""
        key = self.key
        return [key(word) for word in self.tokenize(text)]


def term_counts(
    table: pd.DataFrame,
    by: str | Sequence[str],
    *,
    text: str = "text",
    languages: Sequence[str] = ("ru", "en"),
) -> pd.DataFrame:
    """Occurrences of every term per value of ``by``: ``by…, term, count, docs``.

    ``table`` is statements or sentences (any table with a text column and ``by``; a list
    such as ``["decade", "p5"]`` counts per combination); ``docs`` counts the rows that use
    the term at least once. Rows whose ``by`` is null form their own group (null key), so
    nothing is dropped silently; :func:`keyness` leaves that group out of the default
    reference. ``term`` is the most frequent surface form of the term's lemma or stem.
    """
    keys_by = [by] if isinstance(by, str) else list(by)
    for column in (text, *keys_by):
        if column not in table.columns:
            raise SchemaError(f"term_counts needs a {column!r} column; join it onto the table first "
                              f"(e.g. analysis.countries.add_country_groups for p5 / g77 / development_group)")
    keys = TermKeys(languages)
    counts: dict[tuple, Counter] = {}
    docs: dict[tuple, Counter] = {}
    surfaces: Counter = Counter()
    columns = [table[c].astype(object).where(table[c].notna(), None) for c in keys_by]
    for *group, value in zip(*columns, table[text].astype("string").fillna("")):
        group = tuple(group)
        words = keys.tokenize(value)
        surfaces.update(words)
        terms = [keys.key(w) for w in words]
        counts.setdefault(group, Counter()).update(terms)
        docs.setdefault(group, Counter()).update(set(terms))
    label = _labels(surfaces, keys)
    rows = [
        (*group, label.get(term, term), n, docs[group][term])
        for group, counter in counts.items()
        for term, n in counter.items()
    ]
    out = pd.DataFrame(rows, columns=[*keys_by, *TERM_COUNT_COLUMNS])
    for column in keys_by:
        out[column] = out[column].astype(table[column].dtype)
    out["term"] = out["term"].astype("string")
    out[["count", "docs"]] = out[["count", "docs"]].astype("int64")
    return out.sort_values([*keys_by, "count"], ascending=[True] * len(keys_by) + [False], kind="stable",
                           na_position="last", ignore_index=True)


def _labels(surfaces: Counter, keys: TermKeys) -> dict[str, str]:
    """Term key → its most frequent word (ties: alphabetical), so stems read as words."""
    best: dict[str, tuple[int, str]] = {}
    for word, n in surfaces.items():
        key = keys.key(word)
        held = best.get(key)
        if held is None or n > held[0] or (n == held[0] and word < held[1]):
            best[key] = (n, word)
    return {key: word for key, (_, word) in best.items()}


def term_contexts(
    table: pd.DataFrame,
    terms: Iterable[str],
    *,
    text: str = "text",
    id_column: str = "statement_id",
    columns: Sequence[str] = (),
    per_term: int = 5,
    width: int = 60,
    languages: Sequence[str] = ("ru", "en"),
) -> pd.DataFrame:
    """KWIC lines of each term: ``term, left, match, right, id_column, columns…``.

    A term matches every word whose lemma or stem is the term's (so "nations" is a
    context of "nation"). At most ``per_term`` lines per term, in table order, with
    ``width`` characters either side: the evidence a reader checks before trusting a
    keyness score. The text is plain; whoever renders it escapes it.
    """
    from ..frames.kwic import _squash
    from ..topics.vectorizer import lemma

    keys = TermKeys(languages)
    wanted = {keys.key(lemma(str(t).lower().replace("ё", "е"))): str(t) for t in terms}
    found: dict[str, int] = {t: 0 for t in wanted.values()}
    rows = []
    extra = [c for c in columns if c in table.columns]
    records = table[[text, *([id_column] if id_column in table.columns else []), *extra]]
    for record in records.itertuples(index=False):
        body = record[0]
        if not isinstance(body, str):
            continue
        for match in _WORD.finditer(body):
            term = wanted.get(keys.key(lemma(match.group().lower().replace("ё", "е"))))
            if term is None or found[term] >= per_term:
                continue
            found[term] += 1
            start, end = match.span()
            rows.append((term, _squash(body[max(0, start - width) : start]), match.group(),
                         _squash(body[end : end + width]), *record[1:]))
        if all(n >= per_term for n in found.values()):
            break
    names = ["term", "left", "match", "right", *([id_column] if id_column in table.columns else []), *extra]
    return pd.DataFrame(rows, columns=names)
