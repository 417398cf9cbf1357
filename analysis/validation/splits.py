"""Document-level splits: every sentence of a document lands in the same split.

Sentences of one statement share a speaker, a topic and phrasing; a model tested on
sentences whose neighbours it trained on looks better than it is. So the unit of the
split is the document, stratified (e.g. by language or source) so each split has the mix.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..errors import SchemaError

SPLITS: tuple[str, ...] = ("train", "dev", "test")


def split_by_document(
    table: pd.DataFrame,
    *,
    document: str = "document_id",
    stratify: str | None = None,
    fractions: Mapping[str, float] | None = None,
    seed: int = 0,
) -> pd.DataFrame:
    """One row per document, sorted by it: ``document``, ``stratify`` (if given) and ``split``.

    Within each stratum the documents (sorted, then shuffled with a generator seeded by
    ``seed`` and the stratum's name) are cut by ``fractions`` (default 80/10/10 over
    train/dev/test) with largest-remainder rounding. The table depends only on the set of
    documents, their strata and the seed, never on row order, and adding a stratum leaves
    the others' assignments as they were. Merge it back with ``table.merge(splits, on=document)``.
    scikit-learn's splitters cut rows, not groups by stratum, hence this small function.
    """
    fractions = dict(fractions or {"train": 0.8, "dev": 0.1, "test": 0.1})
    if any(f < 0 for f in fractions.values()) or not np.isclose(sum(fractions.values()), 1.0):
        raise SchemaError(f"split fractions must be non-negative and sum to 1, got {fractions}")
    columns = [document] + ([stratify] if stratify else [])
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise SchemaError(f"the table lacks column(s) {missing}; name the document column with document=")
    docs = table[columns].dropna(subset=[document]).drop_duplicates()
    if stratify and docs[document].duplicated().any():
        mixed = docs.loc[docs[document].duplicated(), document].iloc[0]
        raise SchemaError(f"document {mixed!r} has more than one {stratify!r}; stratify by a document-level column")
    docs = docs.assign(_key=docs[document].astype(str)).sort_values("_key", kind="stable")
    parts = []
    for stratum, group in docs.groupby(docs[stratify].astype(str) if stratify else np.zeros(len(docs)), sort=True):
        rng = np.random.default_rng([seed, zlib.crc32(str(stratum).encode("utf-8"))])
        order = rng.permutation(len(group))
        labels = np.repeat(list(fractions), _counts(len(group), list(fractions.values())))
        parts.append(group.iloc[order].assign(split=labels))
    out = pd.concat(parts) if parts else docs.assign(split=pd.Series(dtype="string"))
    return out.sort_values("_key", kind="stable").drop(columns="_key").astype({"split": "string"}).reset_index(drop=True)


def _counts(n: int, fractions: list[float]) -> list[int]:
    """``n`` items cut by ``fractions``: floors, then the largest remainders get the leftovers."""
    exact = np.asarray(fractions) * n
    counts = np.floor(exact).astype(int)
    counts[np.argsort(-(exact - counts), kind="stable")[: n - counts.sum()]] += 1
    return counts.tolist()
