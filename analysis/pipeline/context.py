"""What the steps of one run share: its options, its tables, its engine and cache, and
the record each step hands back."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

import pandas as pd

from ..cache import ContentCache, atomic_write_bytes
from ..engines import Engine
from ..errors import AnalysisError
from .partitioned_cache import CacheStats, cached_map

TOPIC_MODEL = "topic_model"  # the one output that is a folder, not a table


@dataclass(frozen=True)
class Options:
    """The run's settings that steps read (see :func:`analysis.pipeline.run`)."""

    sources: Sequence[str | Path] | pd.DataFrame
    format: str | None
    sentiment_model: str
    codebook: str | Path | None
    topic_config: Any
    topic_sample: int
    topic_unit: str
    selection: Mapping[str, Any] = field(default_factory=dict)  # keyword arguments of analysis.select
    frame_detector: str = "auto"  # per language what rostrum-frames' card says; "codebook"; or "combined" (plus rostrum-frames)
    sentiment_sample: int | None = None  # sentences scored per statement (None: every one)


@dataclass
class StepResult:
    """What a step made: tables (written to ``out``), facts and model cards for the
    summary, why it was skipped, its cache use, and objects later steps may use."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    models: dict[str, Any] = field(default_factory=dict)
    skipped: str | None = None
    cache: CacheStats | None = None
    objects: dict[str, Any] = field(default_factory=dict)


class Store:
    """The run's tables: made earlier in this run, else left by an earlier run in the
    folder this run replaces, where ``staging`` allows it (see :mod:`.output_folder`)."""

    def __init__(self, staging: Any, cache_root: Path) -> None:
        self.staging = staging
        self.out = staging.stage
        self.cache_root = cache_root
        self.tables: dict[str, pd.DataFrame] = {}
        self.objects: dict[str, Any] = {}
        self.changed: set[str] = set()
        self.remade: list[str] = []  # output patterns of the steps that have run: never read from the earlier run

    def table(self, name: str, step: str) -> pd.DataFrame:
        """The table ``name``; an error naming the step to run first when nobody made it."""
        if name not in self.tables:
            path = self.staging.earlier(name, remade=self.remade)
            if path is None:
                raise AnalysisError(
                    f"the {step!r} step needs {self.staging.out / name}.parquet, which no earlier step of this "
                    f"corpus wrote; run the step that makes it first (see `python -m analysis run --help`)"
                )
            try:
                self.tables[name] = pd.read_parquet(path)
            except (OSError, ValueError) as exc:  # pyarrow's errors for a damaged file are ValueErrors
                raise AnalysisError(f"{path} is not a readable Parquet table ({str(exc).splitlines()[0][:200]}); "
                                    f"run the step that writes it again") from exc
        return self.tables[name]

    def optional_table(self, name: str) -> pd.DataFrame | None:
        """Like :meth:`table`, but None when no run has made it."""
        if name not in self.tables and self.staging.earlier(name, remade=self.remade) is None:
            return None
        return self.table(name, "")

    def topic_model(self) -> Any:
        """The topic model of this run (fitted, or saved in its folder), else an earlier run's, else None."""
        if TOPIC_MODEL not in self.objects:
            folder = self.out / TOPIC_MODEL
            if not folder.is_dir():
                folder = self.staging.earlier(TOPIC_MODEL, suffix="", remade=self.remade)
            if folder is not None and folder.is_dir():
                from ..topics import load_topics

                self.objects[TOPIC_MODEL] = load_topics(folder, cache_dir=self.cache_root)
        return self.objects.get(TOPIC_MODEL)

    def put(self, name: str, table: pd.DataFrame) -> None:
        self.tables[name] = table
        self.changed.add(name)

    def write_changed(self) -> None:
        """Write every table made in this run to ``<stage>/<name>.parquet``, each atomically."""
        for name in sorted(self.changed):
            buffer = BytesIO()
            self.tables[name].to_parquet(buffer, index=False)
            atomic_write_bytes(self.out / f"{name}.parquet", buffer.getvalue())


class Inputs:
    """A step's view of the store: only the tables its record declares it reads."""

    def __init__(self, store: Store, step: str, reads: Sequence[str]) -> None:
        self._store, self._step, self._reads = store, step, tuple(reads)

    def _check(self, name: str) -> None:
        if name not in self._reads:
            raise RuntimeError(f"step {self._step!r} reads {name!r} but its record declares only {self._reads}")

    def __getitem__(self, name: str) -> pd.DataFrame:
        self._check(name)
        return self._store.table(name, self._step)

    def get(self, name: str) -> pd.DataFrame | None:
        self._check(name)
        return self._store.optional_table(name)

    def topic_model(self) -> Any:
        self._check(TOPIC_MODEL)
        return self._store.topic_model()


@dataclass
class RunContext:
    """Where a step runs: the options, the engine, the cache and the folder it writes
    (the run's staging folder, swapped in for ``--out`` at the end)."""

    options: Options
    engine: Engine
    cache_root: Path
    out: Path
    progress: bool
    partition_chars: int

    def cache(self, namespace: str) -> ContentCache:
        return ContentCache(self.cache_root, f"pipeline-{namespace}")

    def map_cached(self, step: str, fn: Callable[..., pd.DataFrame], table: pd.DataFrame, *, identity: str,
                   id_column: str, kwargs: dict[str, Any] | None = None) -> tuple[pd.DataFrame, CacheStats]:
        """:func:`cached_map` on this run's engine, in ``step``'s cache namespace, with its progress bar."""
        return cached_map(fn, table, cache=self.cache(step), identity=identity, engine=self.engine, id_column=id_column,
                          kwargs=kwargs, partition_chars=self.partition_chars, progress=self.progress, desc=step)
