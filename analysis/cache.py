"""A content-addressed disk cache for arrays and tables.

Keys are hashes of *content* (text + model + settings), never of file names or
times, so re-running on the same corpus reuses work and adding ten statements only
computes the ten. Each entry is written to a temporary file and renamed into place,
with a SHA-256 sidecar written last: an entry without a matching sidecar (a crash
mid-write, a truncated or edited file) is treated as absent and recomputed, never
trusted. Arrays are stored as safetensors and tables as Parquet: nothing read back
from the cache can execute code. Processes that share a cache can hold a lock per content key
(:meth:`ContentCache.lock`), so one computes what both need and the other reads it.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd


def default_cache_dir() -> Path:
    """``$ROSTRUM_CACHE_DIR``, else ``$XDG_CACHE_HOME/rostrum``, else ``~/.cache/rostrum``."""
    if os.environ.get("ROSTRUM_CACHE_DIR"):
        return Path(os.environ["ROSTRUM_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "rostrum"


def content_key(*parts: str | bytes) -> str:
    """SHA-256 of the parts, each length-prefixed so that ("ab","c") != ("a","bc")."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else bytes(part)
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


UMASK = os.umask(0)  # the process's umask (reading it means setting it): outputs get ordinary modes
os.umask(UMASK)


@contextmanager
def atomic_path(path: Path, *, suffix: str = ".tmp") -> Iterator[Path]:
    """A temporary path beside ``path``, renamed onto it when the block succeeds and
    removed when it fails, so readers (and concurrent writers) only ever see whole files.
    For writers that need a path (fastText, a streamed download) rather than bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~UMASK)  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through :func:`atomic_path`."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


class ContentCache:
    """Arrays and tables under ``root/namespace``, addressed by a content key."""

    def __init__(self, root: str | Path | None = None, namespace: str = "default") -> None:
        self.folder = Path(root or default_cache_dir()) / namespace

    def _paths(self, key: str, suffix: str) -> tuple[Path, Path]:
        data = self.folder / key[:2] / f"{key}{suffix}"
        return data, data.with_name(data.name + ".sha256")

    def _read_verified(self, key: str, suffix: str) -> bytes | None:
        data_path, sum_path = self._paths(key, suffix)
        try:
            data = data_path.read_bytes()
            expected = sum_path.read_text().strip()
        except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
            return None
        if hashlib.sha256(data).hexdigest() != expected:
            data_path.unlink(missing_ok=True)
            sum_path.unlink(missing_ok=True)
            return None
        return data

    def _write(self, key: str, suffix: str, data: bytes) -> None:
        data_path, sum_path = self._paths(key, suffix)
        atomic_write_bytes(data_path, data)
        atomic_write_bytes(sum_path, hashlib.sha256(data).hexdigest().encode())

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        """Hold the lock of ``key`` (a file lock, released when the block ends or the process
        dies): work under a key that another process is computing waits for it instead of
        repeating it."""
        from filelock import FileLock

        folder = self.folder / "locks"
        folder.mkdir(parents=True, exist_ok=True)
        with FileLock(folder / f"{key}.lock"):
            yield

    def get_array(self, key: str) -> np.ndarray | None:
        from safetensors.numpy import load

        data = self._read_verified(key, ".safetensors")
        if data is None:
            return None
        try:
            return load(data)["data"]
        except Exception:  # verified bytes that still do not parse: recompute
            return None

    def put_array(self, key: str, array: np.ndarray) -> None:
        from safetensors.numpy import save

        self._write(key, ".safetensors", save({"data": np.ascontiguousarray(array)}))

    def get_table(self, key: str) -> pd.DataFrame | None:
        data = self._read_verified(key, ".parquet")
        if data is None:
            return None
        try:
            return pd.read_parquet(io.BytesIO(data))
        except Exception:
            return None

    def put_table(self, key: str, table: pd.DataFrame) -> None:
        buffer = io.BytesIO()
        table.to_parquet(buffer, index=False)
        self._write(key, ".parquet", buffer.getvalue())

    def get_text(self, key: str) -> str | None:
        """A small verified UTF-8 record (a pointer, a JSON report), or None when absent or damaged."""
        data = self._read_verified(key, ".txt")
        try:
            return None if data is None else data.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def put_text(self, key: str, text: str) -> None:
        self._write(key, ".txt", text.encode("utf-8"))
