"""The run's output folder: checked before any computing, and replaced whole at the end.

A run writes into a fresh hidden sibling of ``out`` (``.NAME.partial-XXXX``) and swaps it
in only when every step and every file has succeeded, so ``out`` always holds the
outputs of one run: a failed or interrupted run leaves the earlier folder as it was (and
at worst a ``.NAME.partial-*`` sibling that can be deleted), never a mixture.

A run of only some steps (``--steps``) still builds on an earlier run in ``out``: the
outputs of the steps that did not run are carried into the new folder, unless a step that
did run feeds them (the statements changed, so the old sentences, frame hits, topics,
tables and figures are stale and are dropped, never mixed with the new corpus). The
outputs of the steps that ran are only ever this run's.

Before computing, :func:`prepare` refuses an ``out`` that is a file, a read-only folder,
a folder holding files no run writes (it would be replaced), or a place where nothing can
be written, each with one line that says what to do.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from ..cache import UMASK
from ..errors import AnalysisError
from .context import TOPIC_MODEL

SUMMARY = "summary.json"
WORKBOOK = "tables.xlsx"
RUN_FILES = (SUMMARY, WORKBOOK)  # made from the whole folder: written anew by each run that asks, never carried


@dataclass(frozen=True)
class Staging:
    """Where this run writes (``stage``) and the folder it replaces (``out``). Of the
    earlier outputs in ``out``, those the run makes anew (``made``) are not carried over,
    and those it makes stale (``stale``) are neither carried over nor read."""

    out: Path
    stage: Path
    made: tuple[str, ...]  # output-name patterns the chosen steps write
    stale: tuple[str, ...]  # outputs of steps that did not run but read something that changed

    def earlier(self, name: str, suffix: str = ".parquet", *, remade: Sequence[str] = ()) -> Path | None:
        """The earlier run's file for output ``name``, when this run may read it: not stale,
        and not among the outputs of steps that already ran in this run (``remade``)."""
        if _matches(name, (*self.stale, *remade)) or not self.out.is_dir():
            return None
        path = self.out / f"{name}{suffix}"
        return path if path.exists() else None

    def carry_over(self) -> None:
        """Hard-link (or copy) into the new folder the earlier outputs this run keeps."""
        if not self.out.is_dir():
            return
        for entry in sorted(self.out.iterdir()):
            if entry.name not in RUN_FILES and not _matches(_output_name(entry), self.made + self.stale) \
                    and not (self.stage / entry.name).exists():
                _link_or_copy(entry, self.stage / entry.name)

    def swap(self) -> None:
        """Put the finished folder in the place of ``out``."""
        self.stage.chmod(0o777 & ~UMASK)  # mkdtemp makes it 0700; outputs get normal modes
        for _ in range(3):  # another run may swap its folder in between our two renames
            old = self.out.with_name(f".{self.out.name}.old-{os.getpid()}")
            try:
                self.out.rename(old)
            except FileNotFoundError:
                old = None
            try:
                self.stage.rename(self.out)
            except OSError:
                if old is not None:
                    shutil.rmtree(old, ignore_errors=True)
                continue
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
            return
        raise AnalysisError(f"could not move the finished outputs into {self.out}: another run keeps replacing it; "
                            f"they are in {self.stage}")

    def abandon(self) -> None:
        """Remove the half-written folder after a failure; ``out`` stays as it was."""
        shutil.rmtree(self.stage, ignore_errors=True)


def prepare(out: str | Path, steps: Sequence, chosen: Sequence[str]) -> Staging:
    """Check ``out`` and open the hidden sibling this run writes into.

    ``steps`` are the pipeline's step records (what they read and write), ``chosen`` the
    names of those that run. AnalysisError, before any computing, when ``out`` cannot
    become this run's folder.
    """
    out = Path(os.path.realpath(out))  # a link to a folder: the run replaces the folder it points to
    if out.exists() and not out.is_dir():
        raise AnalysisError(f"--out {out} is a file, not a folder; give a folder path (it is created if missing)")
    if out.is_dir():
        if not os.access(out, os.W_OK | os.X_OK) or not out.stat().st_mode & 0o222:  # marked read-only: even root keeps off
            raise AnalysisError(f"--out {out} is read-only; give a folder you can write to")
        allowed = {name for step in steps for w in step.writes for name in _entry_names(w)}
        strangers = sorted(e.name for e in out.iterdir() if e.name not in RUN_FILES and e.name not in allowed)
        if strangers:
            raise AnalysisError(
                f"--out {out} holds files no run writes ({', '.join(strangers[:3])}{' …' if len(strangers) > 3 else ''}); "
                f"a run replaces the whole folder, so give an empty or new folder"
            )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    except OSError as exc:
        raise AnalysisError(f"cannot write the outputs next to {out} ({exc.strerror}: {exc.filename}); "
                            f"choose a writable --out") from exc
    made, stale = _made_and_stale(steps, chosen)
    return Staging(out, stage, made, stale)


def _made_and_stale(steps: Sequence, chosen: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the chosen steps write, and what the other steps would write from something that
    changed (their earlier outputs describe another input: never read, never kept)."""
    made: list[str] = []
    stale: list[str] = []
    for step in steps:
        if step.name in chosen:
            made.extend(step.writes)
        elif any(_matches(read, made + stale) for read in step.reads):
            stale.extend(w for w in step.writes if not _matches(w, made))
    return tuple(made), tuple(stale)


def _matches(name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch(name, pattern) for pattern in patterns)


def _entry_names(write: str) -> tuple[str, ...]:
    """The top-level entries of a declared output: ``tables/*`` → ``tables``, ``statements`` →
    ``statements.parquet`` and its ``statements.csv``, the topic model (a folder) → ``topic_model``."""
    if "/" in write:
        return (write.split("/")[0],)
    return (write,) if write == TOPIC_MODEL else (f"{write}.parquet", f"{write}.csv")


def _output_name(entry: Path) -> str:
    """The declared output an entry of the folder holds (the inverse of :func:`_entry_names`)."""
    if entry.is_dir():
        return entry.name if entry.name == TOPIC_MODEL else f"{entry.name}/*"
    return entry.name.removesuffix(".parquet").removesuffix(".csv")


def _link_or_copy(source: Path, target: Path) -> None:
    """Hard-link ``source`` (a file or a folder's files) into ``target``; copy where links fail."""
    def place(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    if source.is_dir():
        shutil.copytree(source, target, copy_function=place)
    else:
        place(str(source), str(target))


