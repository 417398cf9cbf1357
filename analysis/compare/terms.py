"""Terms for comparisons: lemmas counted per group, and the contexts each term was read in.

Keyness compares word frequencies, so inflected forms must count as one word: Russian
tokens become their pymorphy3 lemma, English tokens their Snowball stem ("nation" and
"nations" are one term). Stop words and speech boilerplate ("Mr. President", "уважаемый
председатель") are removed exactly as for topic words (:mod:`analysis.topics.vectorizer`),
so a salutation never comes out as "distinctive". A stem is not a word a reader
recognises, so each term is shown as its most frequent surface form in the counted text.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from ..errors import SchemaError
from ..text import TermKeys, display_forms, fold_yo
from ..text.tokens import LETTER_WORD  # the topic vectorizer's words



@functools.lru_cache(maxsize=20_000)
def _forms(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A text's word forms (lemmatised, boilerplate removed) and their counts, cached by the
    text: a notebook counts the same speeches by several groupings, and lemmatising is the cost."""
    from ..text.lemmas import lemmas
    from ..topics.vectorizer import boilerplate_phrases, strip_phrases

    forms = Counter(strip_phrases(lemmas(text), boilerplate_phrases()))
    return tuple(forms), tuple(forms.values())


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

    Each text is lemmatised and stripped of boilerplate, then its word forms are counted
    in C (``Counter``); stop words, stems and groups are applied once per distinct form
    and in pandas, which keeps the whole UN General Debate (92 M characters) in seconds
    per ten thousand speeches rather than minutes.
    """
    from ..topics.vectorizer import stop_words

    keys_by = [by] if isinstance(by, str) else list(by)
    for column in (text, *keys_by):
        if column not in table.columns:
            raise SchemaError(f"term_counts needs a {column!r} column; join it onto the table first "
                              f"(e.g. analysis.countries.add_country_groups for p5 / g77 / development_group)")
    words: list[str] = []
    counts: list[int] = []
    sizes = np.zeros(len(table), dtype=np.int64)
    for row, value in enumerate(table[text].astype("string").fillna("")):
        found, times = _forms(value)
        words.extend(found)
        counts.extend(times)
        sizes[row] = len(found)
    codes, forms = pd.factorize(pd.Series(words, dtype=object))
    stop = stop_words(tuple(languages))
    key = TermKeys()
    kept = np.array([len(w) > 1 and w not in stop for w in forms], dtype=bool)
    # stems are pure-Python Snowball: computed only for the forms that are kept
    key_codes, key_names = pd.factorize(pd.Series([key(w) if k else "" for w, k in zip(forms, kept)], dtype=object))
    rows = pd.DataFrame({"doc": np.repeat(np.arange(len(table)), sizes), "form": codes, "count": counts})
    rows = rows[kept[rows["form"].to_numpy()]]
    rows["term"] = key_codes[rows["form"].to_numpy()]
    label = _labels(rows, forms, key_names, key)
    per_doc = rows.groupby(["doc", "term"], sort=False)["count"].sum().reset_index()
    groups = table[keys_by].reset_index(drop=True).iloc[per_doc["doc"].to_numpy()].reset_index(drop=True)
    per_doc = pd.concat([groups, per_doc[["term", "count"]]], axis=1)
    out = per_doc.groupby([*keys_by, "term"], dropna=False, sort=False).agg(count=("count", "sum"),
                                                                         docs=("count", "size")).reset_index()
    out["term"] = pd.array(label[out["term"].to_numpy()], dtype="string")
    for column in keys_by:
        out[column] = out[column].astype(table[column].dtype)
    out[["count", "docs"]] = out[["count", "docs"]].astype("int64")
    return out.sort_values([*keys_by, "count", "term"], ascending=[True] * len(keys_by) + [False, True],
                           kind="stable", na_position="last", ignore_index=True)


def _labels(rows: pd.DataFrame, forms: pd.Index, key_names: pd.Index, key: TermKeys) -> np.ndarray:
    """Term code → the word that shows it (``analysis.text.display_forms``), so stems read as words."""
    totals = rows.groupby("form", sort=False)["count"].sum()
    shown = display_forms(zip(forms.to_numpy()[totals.index.to_numpy()], totals.to_numpy().tolist()), key)
    return np.array([shown.get(name, name) for name in key_names], dtype=object)


def term_contexts(
    table: pd.DataFrame,
    terms: Iterable[str],
    *,
    text: str = "text",
    id_column: str = "statement_id",
    columns: Sequence[str] = (),
    per_term: int = 5,
    width: int = 60,
) -> pd.DataFrame:
    """KWIC lines of each term: ``term, left, match, right, id_column, columns…``.

    A term matches every word whose lemma or stem is the term's (so "nations" is a
    context of "nation"). At most ``per_term`` lines per term, in table order, with
    ``width`` characters either side: the evidence a reader checks before trusting a
    keyness score. The text is plain; whoever renders it escapes it.
    """
    from ..frames.kwic import _squash
    from ..text.lemmas import lemma

    key = TermKeys()
    wanted = {key(lemma(fold_yo(str(t).lower()))): str(t) for t in terms}
    found: dict[str, int] = {t: 0 for t in wanted.values()}
    rows = []
    extra = [c for c in columns if c in table.columns]
    records = table[[text, *([id_column] if id_column in table.columns else []), *extra]]
    for record in records.itertuples(index=False):
        body = record[0]
        if not isinstance(body, str):
            continue
        for match in LETTER_WORD.finditer(body):
            term = wanted.get(key(lemma(fold_yo(match.group().lower()))))
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
