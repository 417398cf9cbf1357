"""The pipeline's cache: per-statement results stored one pack per partition, and
whole-step results (a few tables plus a JSON record) stored under one key.

Layout of one per-statement step's namespace (see :func:`cached_map`):

* ``<statement key>.txt``: the key of the pack that holds the statement's result rows;
* ``<pack key>.parquet``: the result rows of one partition's statements, with a column
  ``_unit`` (the statement key) and ids relative to the statement.

A statement is addressable on its own (adding statements computes only those), while
results are stored one pack per partition: a few hundred files for the whole UN General
Debate corpus rather than one per statement, which keeps a warm rerun fast.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..cache import ContentCache, content_key
from ..engines import Engine
from ..errors import SchemaError

PARTITION_CHARS = 250_000  # text per partition (~2,000 sentences): amortises task overhead, bounds work lost to an interruption
UNIT = "_unit"


@dataclass
class CacheStats:
    """Statements (units) and rows served from the cache or sent to the step's function."""

    units_hit: int = 0
    units_computed: int = 0
    rows_hit: int = 0
    rows_computed: int = 0

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def _units(table: pd.DataFrame, identity: str, id_column: str) -> tuple[list[str], list[str], list[np.ndarray]]:
    """Per statement, in order of first appearance: its id, its content key, its row positions.

    The key covers each row's id relative to the statement (``":00003"``), text and
    language, plus the step's identity; never the statement id itself, so identical
    statements share a result.
    """
    statement_ids = table["statement_id"].astype(str).tolist()
    relative = []
    for statement_id, value in zip(statement_ids, table[id_column].astype(str).tolist()):
        if not value.startswith(statement_id):
            raise SchemaError(
                f"{id_column} {value!r} does not start with its statement_id {statement_id!r}; "
                f"build sentences with analysis.segmentation.segment"
            )
        relative.append(value[len(statement_id) :])
    texts = table["text"].astype("string").fillna("").tolist()
    languages = table["language"].astype("string").fillna("\x00").tolist()  # a null never equals a code
    codes, uniques = pd.factorize(pd.Series(statement_ids, dtype=object), sort=False)
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(uniques) + 1))
    rows = [order[bounds[u] : bounds[u + 1]] for u in range(len(uniques))]
    keys = []
    for positions in rows:
        parts = [identity]
        for i in positions:
            parts += (relative[i], texts[i], languages[i])
        keys.append(content_key(*parts))
    return [str(u) for u in uniques], keys, rows


def _partitions(sizes: Sequence[int], limit: int) -> list[list[int]]:
    """Consecutive groups of indices of total size about ``limit`` (a bigger item goes alone)."""
    groups: list[list[int]] = []
    current: list[int] = []
    total = 0
    for index, size in enumerate(sizes):
        if current and total + size > limit:
            groups.append(current)
            current, total = [], 0
        current.append(index)
        total += size
    if current:
        groups.append(current)
    return groups


def _to_pack(result: pd.DataFrame, unit_of: dict[str, str]) -> pd.DataFrame:
    """A partition's result as stored: statement key instead of statement id, relative sentence ids."""
    pack = result.reset_index(drop=True)
    statement_ids = pack["statement_id"].astype(str)
    pack.insert(0, UNIT, statement_ids.map(unit_of))
    if "sentence_id" in pack.columns:
        pack["sentence_id"] = [s[len(p) :] for s, p in zip(pack["sentence_id"].astype(str), statement_ids)]
    return pack.drop(columns=["statement_id"]).dropna(subset=[UNIT]).reset_index(drop=True)


def _assemble(statement_ids: list[str], keys: list[str], source: dict[str, str], packs: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every statement's rows, from the pack its key points to, in input order, ids made absolute."""
    wanted: dict[str, set[str]] = {}
    for key in set(keys):
        wanted.setdefault(source[key], set()).add(key)
    pieces = [packs[p][packs[p][UNIT].isin(k)] for p, k in wanted.items()]
    nonempty = [p for p in pieces if len(p)]
    stored = pd.concat(nonempty, ignore_index=True) if nonempty else (pieces[0] if pieces else pd.DataFrame({UNIT: []}))
    stored = stored.assign(_pos=np.arange(len(stored)))  # a statement's rows come from one pack, in order
    units = pd.DataFrame({UNIT: keys, "statement_id": statement_ids, "_order": np.arange(len(keys))})
    table = units.merge(stored, on=UNIT, how="inner").sort_values(["_order", "_pos"], kind="stable")
    if "sentence_id" in table.columns:
        table["sentence_id"] = table["statement_id"] + table["sentence_id"].astype(str)
    return table.drop(columns=[UNIT, "_order", "_pos"]).reset_index(drop=True)


def _readable_packs(cache: ContentCache, keys: list[str]) -> tuple[dict[str, pd.DataFrame | None], dict[str, str]]:
    """The packs the statements' pointers lead to, and statement key -> pack key for readable ones."""
    packs: dict[str, pd.DataFrame | None] = {}
    source: dict[str, str] = {}
    for key in dict.fromkeys(keys):
        pack_key = cache.get_text(key)
        if pack_key is not None:
            if pack_key not in packs:
                packs[pack_key] = cache.get_table(pack_key)
            if packs[pack_key] is not None:
                source[key] = pack_key
    return packs, source


def cached_map(
    fn: Callable[..., pd.DataFrame],
    table: pd.DataFrame,
    *,
    cache: ContentCache,
    identity: str,
    engine: Engine,
    id_column: str,
    kwargs: dict[str, Any] | None = None,
    partition_chars: int = PARTITION_CHARS,
    progress: bool = False,
    desc: str = "",
) -> tuple[pd.DataFrame, CacheStats]:
    """Apply ``fn`` (table → table with ``statement_id``) to ``table``, cached per statement.

    Only statements whose result is not in the cache (or fails its checksum) reach
    ``fn``: they are cut into partitions of about ``partition_chars`` characters of
    text and run on ``engine``, and each partition's results are stored as soon as it
    comes back. The result lists statements in input order.
    """
    table = table.reset_index(drop=True)
    statement_ids, keys, rows = _units(table, identity, id_column)
    packs, source = _readable_packs(cache, keys)
    todo = _missing(keys, source)
    if not todo:
        return _assemble(statement_ids, keys, source, packs), CacheStats(units_hit=len(keys), rows_hit=len(table))
    # Another process (a second notebook, a second run) computing the same statements holds this
    # lock: wait for it, then read what it stored instead of computing everything twice.
    with cache.lock(content_key("computing", identity, *sorted(keys[u] for u in todo))):
        packs, source = _readable_packs(cache, keys)
        todo = _missing(keys, source)
        stats = _compute(fn, table, todo, (statement_ids, keys, rows), packs, source, cache=cache, identity=identity,
                         engine=engine, kwargs=kwargs, partition_chars=partition_chars, progress=progress, desc=desc)
    return _assemble(statement_ids, keys, source, packs), stats


def _missing(keys: list[str], source: dict[str, str]) -> list[int]:
    """The first position of every statement key not yet in the cache, in input order."""
    return list({k: u for u, k in reversed(list(enumerate(keys))) if k not in source}.values())[::-1]


def _compute(fn: Callable[..., pd.DataFrame], table: pd.DataFrame, todo: list[int],
             units: tuple[list[str], list[str], list[np.ndarray]], packs: dict[str, pd.DataFrame | None],
             source: dict[str, str], *, cache: ContentCache, identity: str, engine: Engine,
             kwargs: dict[str, Any] | None, partition_chars: int, progress: bool, desc: str) -> CacheStats:
    """Run ``fn`` on the ``todo`` statements in partitions, storing each partition's pack as it
    comes back and recording it in ``packs`` and ``source``."""
    from tqdm.auto import tqdm

    statement_ids, keys, rows = units
    text_length = table["text"].astype("string").str.len().fillna(0).to_numpy()
    groups = [[todo[i] for i in g] for g in _partitions([int(text_length[rows[u]].sum()) for u in todo], partition_chars)]
    parts = [table.iloc[np.concatenate([rows[u] for u in group])] for group in groups]
    stats = CacheStats(units_computed=len(todo), rows_computed=sum(len(p) for p in parts))
    stats.units_hit, stats.rows_hit = len(keys) - stats.units_computed, len(table) - stats.rows_computed
    with tqdm(total=len(table), initial=stats.rows_hit, desc=desc, unit="row", disable=not progress) as bar:
        for number, result in engine.map(fn, parts, **(kwargs or {})):
            group = groups[number]
            pack = _to_pack(result, {statement_ids[u]: keys[u] for u in group})
            pack_key = content_key("pack", identity, *(keys[u] for u in group))
            cache.put_table(pack_key, pack)
            for u in group:  # pointers last: a pointer always finds its pack written
                cache.put_text(keys[u], pack_key)
                source[keys[u]] = pack_key
            packs[pack_key] = pack
            bar.update(len(parts[number]))
            parts[number] = None  # free the partition once its results are stored
    return stats


def cached_tables(
    cache: ContentCache,
    key: str | None,
    compute: Callable[[], tuple[dict[str, pd.DataFrame], dict[str, Any]]],
    *,
    also_stored: Callable[[], bool] | None = None,
) -> tuple[dict[str, pd.DataFrame], dict[str, Any], bool]:
    """Named tables and a JSON-ready record of facts under ``key``: read back, or computed and stored.

    For steps whose result is a whole (the load report with its statements, a topic
    model's tables, the aggregates). The record, written last, lists the tables, so a
    half-written entry or one whose table fails its checksum is recomputed, never
    served. ``key=None`` means "not cacheable": compute only. ``also_stored`` says
    whether what ``compute`` keeps outside the tables (a saved model) is still there;
    when it is not, the entry is recomputed. Returns ``(tables, facts, hit)``. A process
    that finds another one computing the same key waits for it and reads its result.
    """
    if key is None:
        tables, facts = compute()
        return tables, json.loads(json.dumps(facts, default=str)), False
    stored = _stored_entry(cache, key, also_stored)
    if stored is not None:
        return (*stored, True)
    with cache.lock(key):
        stored = _stored_entry(cache, key, also_stored)
        if stored is not None:
            return (*stored, True)
        tables, facts = compute()
        facts = json.loads(json.dumps(facts, default=str))  # what a cache hit would give back
        for name, table in tables.items():
            cache.put_table(f"{key}-{name}", table)
        cache.put_text(key, json.dumps({"tables": list(tables), "facts": facts}))
    return tables, facts, False


def _stored_entry(cache: ContentCache, key: str,
                  also_stored: Callable[[], bool] | None) -> tuple[dict[str, pd.DataFrame], dict[str, Any]] | None:
    """The tables and facts stored under ``key``, if all of them read back (and what the step
    keeps outside them is still there)."""
    if also_stored is not None and not also_stored():
        return None
    record = cache.get_text(key)
    if record is None:
        return None
    stored = json.loads(record)
    tables = {name: cache.get_table(f"{key}-{name}") for name in stored["tables"]}
    return (tables, stored["facts"]) if all(table is not None for table in tables.values()) else None
