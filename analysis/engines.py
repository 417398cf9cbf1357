"""Engines: where the pipeline's per-partition work runs.

The pipeline cuts its input into partitions (whole statements, a few thousand
sentences each) and hands them to an engine together with a plain module-level
function. ``LocalEngine`` calls the function on each partition in this process;
``DaskEngine`` ships the same function and the same partitions to
``dask.distributed`` workers. Because both run identical code on identical
partitions, their tables are identical row for row — the engine changes where the
work happens, never what it computes.

Results are yielded as partitions finish (in any order, tagged with their index) so
the caller can store each one in the cache at once: a run interrupted half-way keeps
every partition that finished.

Dask moves partitions and results between processes with its own wire protocol
(which uses pickle between trusted processes of one cluster). Nothing an engine
does reads pickle from disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

from .errors import AnalysisError, MissingDependencyError

ENGINES = ("local", "dask")


class Engine(Protocol):
    """What the pipeline needs from an engine."""

    name: str

    def map(self, fn: Callable[..., Any], partitions: Sequence[Any], **kwargs: Any) -> Iterator[tuple[int, Any]]:
        """Yield ``(index, fn(partitions[index], **kwargs))`` as each partition finishes."""
        ...

    def describe(self) -> dict[str, Any]:
        """A JSON-ready description for the run summary."""
        ...

    def close(self) -> None: ...


class LocalEngine:
    """In-process, one partition after another: no start-up cost, nothing to install."""

    name = "local"

    def map(self, fn: Callable[..., Any], partitions: Sequence[Any], **kwargs: Any) -> Iterator[tuple[int, Any]]:
        for index, partition in enumerate(partitions):
            yield index, fn(partition, **kwargs)

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name}

    def close(self) -> None:
        pass

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class DaskEngine:
    """Partitions run on ``dask.distributed`` workers.

    With ``scheduler`` (e.g. ``"tcp://10.0.0.5:8786"``) the engine joins an existing
    cluster, whose workers must have rostrum installed and, for the sentiment and
    frames steps, the same models. Without it a ``LocalCluster`` of ``workers``
    processes with one thread each is started on the loopback interface (one thread
    per process because the scorers are CPU-bound Python: processes, not threads,
    give parallelism) and shut down by :meth:`close`.
    """

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int = 2, *, connect_timeout: float = 20) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask is a core dependency
            raise MissingDependencyError(
                "the dask engine needs dask.distributed: pip install 'dask[distributed]'"
            ) from exc
        if workers < 1:
            raise AnalysisError(f"workers must be at least 1, not {workers}")
        self.scheduler = scheduler
        self.workers = workers
        self._cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout=connect_timeout)
            except (OSError, TimeoutError) as exc:
                raise AnalysisError(
                    f"cannot reach the Dask scheduler at {scheduler!r}: {exc}; start one with "
                    f"`dask scheduler` or leave out --scheduler to use a local cluster"
                ) from exc
        else:
            self._cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.WARNING,
            )
            self.client = Client(self._cluster)

    def map(self, fn: Callable[..., Any], partitions: Sequence[Any], **kwargs: Any) -> Iterator[tuple[int, Any]]:
        from dask.distributed import as_completed

        if not partitions:
            return
        data = self.client.scatter(list(partitions))
        futures = [self.client.submit(fn, part, pure=False, **kwargs) for part in data]
        index = {future.key: i for i, future in enumerate(futures)}
        try:
            for future in as_completed(futures):
                result = future.result()  # re-raises the worker's exception here
                yield index[future.key], result
                future.release()
        finally:
            self.client.cancel(futures)
            self.client.cancel(data)

    def describe(self) -> dict[str, Any]:
        return {
            "engine": self.name,
            "scheduler": self.scheduler or self.client.scheduler.address,
            "workers": len(self.client.scheduler_info().get("workers", {})),
            "local_cluster": self._cluster is not None,
        }

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_engine(name: str = "local", *, scheduler: str | None = None, workers: int = 2) -> Engine:
    """The engine called ``name``; a ``scheduler`` address only makes sense with ``"dask"``."""
    if name == "local":
        if scheduler:
            raise AnalysisError("a scheduler address needs the dask engine: add --engine dask")
        return LocalEngine()
    if name == "dask":
        return DaskEngine(scheduler=scheduler, workers=workers)
    raise AnalysisError(f"unknown engine {name!r}; choose one of {list(ENGINES)}")
