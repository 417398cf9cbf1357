"""``run()``: the loop over the step records, and the run's ``summary.json``."""

from __future__ import annotations

import json
import platform
import time
from fnmatch import fnmatch
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..cache import atomic_write_bytes, default_cache_dir
from ..engines import make_engine
from ..errors import AnalysisError
from ..exports import workbook_bytes, write_csv
from .context import TOPIC_MODEL, Inputs, Options, RunContext, StepResult, Store
from .identity import version
from .output_folder import SUMMARY, WORKBOOK, Staging, prepare
from .partitioned_cache import PARTITION_CHARS
from .steps import STEP_RECORDS, STEPS, Step
from .topic_step import TOPIC_SAMPLE

FRAME_DETECTORS = ("auto", "codebook", "combined")


# Libraries in summary.json besides those the steps' identities declare: storage, engines, figures.
RUN_LIBRARIES = ("pyarrow", "dask", "distributed", "matplotlib")


def _versions() -> dict[str, str | None]:
    """Versions of Python and of every library that shapes a table, a figure or the run."""
    names = {d for step in STEP_RECORDS if step.identity for d in step.identity.distributions} | set(RUN_LIBRARIES)
    return {"python": platform.python_version(), **{name: version(name) for name in sorted(names)}}


def _resolve_steps(steps: Sequence[str] | None, skip: Sequence[str]) -> list[str]:
    chosen = list(steps) if steps else list(STEPS)
    unknown = [s for s in [*chosen, *skip] if s not in STEPS]
    if unknown:
        raise AnalysisError(f"unknown step(s) {unknown}; the steps are {list(STEPS)}")
    return [s for s in STEPS if s in chosen and s not in skip]


def _record(summary: dict[str, Any], name: str, result: StepResult) -> None:
    """Merge what a step reports into the summary (model cards and skips by step, facts on top)."""
    summary.update(result.facts)
    if result.models:
        summary.setdefault("models", {}).update(result.models)
    skipped = summary.setdefault("skipped", {})
    skipped.pop(name, None)
    if result.skipped:
        skipped[name] = result.skipped
    if not skipped:
        del summary["skipped"]
    if result.cache is not None:
        summary["cache"][name] = result.cache.to_dict()


def _counts(tables: dict[str, pd.DataFrame]) -> dict[str, Any]:
    counts: dict[str, Any] = {}
    if "statements" in tables:
        counts["statements"] = len(tables["statements"])
    if "sentences" in tables:
        sentences = tables["sentences"]
        counts["sentences"] = len(sentences)
        if "scorer" in sentences.columns:
            counts["sentences_by_scorer"] = {str(k): int(v) for k, v in sentences["scorer"].value_counts(dropna=False).items()}
    if "frame_hits" in tables:
        hits = tables["frame_hits"]
        counts["frame_hits"] = len(hits)
        counts["frame_hits_by_frame"] = {str(k): int(v) for k, v in hits["frame"].value_counts().sort_index().items()}
    if "topics" in tables:
        topics = tables["topics"]
        counts["topic_documents"] = len(topics)
        counts["topics"] = int(topics.loc[topics["topic"] >= 0, "topic"].nunique())
        counts["topic_outliers"] = int((topics["topic"] < 0).sum())
    return counts


def _written_tables(store: Store, out: Path) -> dict[str, pd.DataFrame]:
    """Every table in ``out`` (made in this run or left by an earlier one), by name."""
    names = sorted(p.relative_to(out).with_suffix("").as_posix() for p in out.rglob("*.parquet")
                   if TOPIC_MODEL not in p.relative_to(out).parts)
    return {name: store.table(name, "excel") for name in names}


def run(
    sources: str | Path | Sequence[str | Path] | pd.DataFrame,
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
    sentiment_model: str = "rostrum-speech",
    codebook: str | Path | None = None,
    frame_detector: str = "auto",
    sentiment_sample: int | None = None,
    partition_chars: int = PARTITION_CHARS,
    progress: bool = True,
    selection: Mapping[str, Any] | None = None,
    csv: bool = True,
    excel: bool = False,
) -> dict[str, Any]:
    """Run the pipeline from ``sources`` to the tables and figures in ``out``; return the summary.

    ``sources`` are corpus files or folders (or ``"sotu"``), or a statements table
    already in memory (a notebook's selection), which the load step conforms instead of
    reading files. ``steps`` picks steps to run (default: all, see ``STEPS``) and
    ``skip`` leaves some out; a step that does not run leaves its earlier output in
    ``out`` for the steps after it. ``engine`` is ``"local"`` or ``"dask"``
    (``scheduler`` joins an existing cluster, otherwise a LocalCluster of ``workers``
    processes). ``cache_dir`` holds the content cache (default
    :func:`analysis.cache.default_cache_dir`). ``topic_config`` is passed to
    :func:`analysis.topics.fit_topics`; BERTopic is fitted on at most ``topic_sample``
    documents (``topic_unit`` "statement" or "sentence") and assigns the rest.
    ``format`` forces a corpus format, ``sentiment_model`` names the sentiment model (default rostrum-speech, the official-speech model),
    ``sentiment_sample`` scores at most that many sentences per statement (a sample fixed by
    each sentence's id, the same in every run; the others keep no sentiment): for corpora
    where rostrum-speech's e5 embedding of every sentence would take hours,
    ``codebook`` a frame codebook YAML (default: the bundled one), ``frame_detector``
    "auto" (default: per language, "combined" where the ``rostrum-frames`` card's verdict says the
    union beat the codebook out of fold, "codebook" elsewhere; the summary names each language's),
    "codebook", or "combined" (plus the learned ``rostrum-frames`` for the frames the codebook
    missed; needs the e5 embedding of every sentence it reads); ``partition_chars``
    sizes the engine's partitions and ``progress`` shows tqdm bars. ``selection`` holds
    keyword arguments of :func:`analysis.select` (e.g. ``{"where": "year >= 2015",
    "mode": ["direct"]}``), applied to the statements right after loading. Every table
    is written as Parquet and, with ``csv``, as UTF-8-with-BOM CSV beside it; ``excel``
    adds ``tables.xlsx`` (a README sheet, then one sheet per table). The summary is also
    written to ``out/summary.json``.

    ``out`` is checked before any computing (a file, a read-only folder or one holding
    files no run writes is refused with AnalysisError). The run writes into a hidden
    sibling folder and swaps it in for ``out`` at the end, so ``out`` always holds one
    run's outputs; a failed run leaves it as it was (see :mod:`.output_folder`). (Long only
    because this docstring documents every option; the body is a dozen lines.)
    """
    chosen = _resolve_steps(steps, skip)
    if frame_detector not in FRAME_DETECTORS:
        raise AnalysisError(f"frame_detector must be one of {list(FRAME_DETECTORS)}, got {frame_detector!r}")
    if not isinstance(sources, pd.DataFrame):
        sources = [sources] if isinstance(sources, (str, Path)) else list(sources)
    if sentiment_sample is not None and sentiment_sample < 1:
        raise AnalysisError(f"sentiment_sample must be a positive number of sentences per statement, got {sentiment_sample}")
    options = Options(sources, format, sentiment_model, codebook, topic_config, topic_sample, topic_unit,
                      dict(selection or {}), frame_detector, sentiment_sample)
    staging = prepare(out, STEP_RECORDS, chosen)
    try:
        summary = _run_steps(staging, chosen, options, engine, scheduler, workers, cache_dir, progress,
                             partition_chars, csv=csv, excel=excel)
        staging.swap()
    except BaseException:
        staging.abandon()
        raise
    return summary


def _run_steps(staging: Staging, chosen: list[str], options: Options, engine: str, scheduler: str | None,
               workers: int, cache_dir: str | Path | None, progress: bool, partition_chars: int, *,
               csv: bool, excel: bool) -> dict[str, Any]:
    """Compute the chosen steps into the staging folder and write their tables, the earlier
    outputs they keep, the workbook and the summary there."""
    cache_root = Path(cache_dir) if cache_dir else default_cache_dir()
    earlier = staging.earlier("summary", suffix=".json") if len(chosen) < len(STEPS) else None
    summary = json.loads(earlier.read_text()) if earlier else {}  # a partial run adds to the earlier summary
    summary["cache"] = {}
    store = Store(staging, cache_root)

    started = time.perf_counter()
    timings: dict[str, float] = {}
    with make_engine(engine, scheduler=scheduler, workers=workers) as eng:
        ctx = RunContext(options, eng, cache_root, staging.stage, progress, partition_chars)
        for step in (s for s in STEP_RECORDS if s.name in chosen):
            t0 = time.perf_counter()
            _run_step(step, ctx, store, summary)
            timings[step.name] = round(time.perf_counter() - t0, 3)
        engine_info = eng.describe()

    t0 = time.perf_counter()
    store.write_changed()
    if csv:
        for name in sorted(store.changed):
            write_csv(store.tables[name], staging.stage / f"{name}.csv")
    staging.carry_over()
    if excel:
        atomic_write_bytes(staging.stage / WORKBOOK, workbook_bytes(_written_tables(store, staging.stage)))
    timings["write"] = round(time.perf_counter() - t0, 3)
    timings["total"] = round(time.perf_counter() - started, 3)
    summary.update(
        steps=chosen,
        engine=engine_info,
        timings=timings,
        counts={**summary.get("counts", {}), **_counts(store.tables)},
        versions=_versions(),
        cache_dir=str(cache_root),
    )
    atomic_write_bytes(staging.stage / SUMMARY, json.dumps(summary, indent=2, ensure_ascii=False, default=str).encode())
    return summary


def _run_step(step: Step, ctx: RunContext, store: Store, summary: dict[str, Any]) -> None:
    """One record: its declared inputs from the store, its key from the options, its tables back."""
    result = step.compute(ctx, Inputs(store, step.name, step.reads), step.key(ctx.options))
    undeclared = [name for name in result.tables if not any(fnmatch(name, w) for w in step.writes)]
    if undeclared:
        raise RuntimeError(f"step {step.name!r} made {undeclared} but its record declares only {step.writes}")
    for name, table in result.tables.items():
        store.put(name, table)
    store.objects.update(result.objects)
    store.remade.extend(step.writes)
    _record(summary, step.name, result)
