"""What a cached result depends on besides its input rows: code, models, settings, libraries.

A step's *identity* is a hash of every file of the packages that compute it (code,
bundled model, codebook), of extra files it reads, of the versions of the libraries
that shape its numbers, and of its settings. Any change to one of them makes the
cached result unreachable, so stale results are never served.

Each step module declares its :class:`Identity` beside the code it covers;
``tests/test_pipeline_identity.py`` checks every declaration against the imports of
the code it names, so a library the code starts to use cannot be left out of the key.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import pandas as pd

from ..cache import content_key

def version(distribution: str) -> str | None:
    """The installed version of ``distribution``, or None when it is not installed."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


@dataclass(frozen=True)
class Identity:
    """What a step's cached results depend on, declared beside the step.

    ``code``: the ``analysis`` modules or packages whose every file is hashed;
    ``distributions``: the installed distributions whose versions are hashed (every
    third-party library ``code`` imports that shapes the numbers); ``unrelated``: the
    libraries and ``analysis`` modules ``code`` imports that do not shape this step's
    output, each with the reason (figures, a command line, an evaluation).
    """

    code: tuple[str, ...]
    distributions: tuple[str, ...]
    unrelated: Mapping[str, str] = field(default_factory=dict)

    def key(self, *, distributions: Sequence[str] = (), files: Sequence[Path] = (), settings: str = "") -> str:
        """The identity for one run: the declaration, plus extra ``distributions`` and
        ``files`` and the ``settings`` that select a model or a codebook."""
        parts: list[str | bytes] = [settings]
        for name in self.code:
            parts += _code_parts(name)
        return content_key(*parts, *_extra_parts(files, [*self.distributions, *distributions]))


def _code_parts(module_name: str) -> list[str | bytes]:
    """The module's name and every file of its package; for a plain module its own file and
    the data files beside it (a module reads its word lists through ``Path(__file__)``)."""
    path = Path(importlib.import_module(module_name).__file__)
    root = path.parent if path.name == "__init__.py" else None
    base = root or path.parent
    if root:
        own = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    else:
        own = sorted([path, *(p for p in base.iterdir() if p.is_file() and p.suffix not in (".py", ".pyc"))])
    parts: list[str | bytes] = [module_name]
    for file in own:
        parts += [file.relative_to(base).as_posix(), file.read_bytes()]
    return parts


def _extra_parts(files: Sequence[Path], distributions: Sequence[str]) -> list[str | bytes]:
    parts: list[str | bytes] = []
    for file in map(Path, files):
        parts += ["extra", file.read_bytes()]
    for name in distributions:
        parts += [name, version(name) or ""]
    return parts


def step_identity(module_name: str, *, distributions: Sequence[str] = (), files: Sequence[Path] = (), settings: str = "") -> str:
    """Hash of every file of ``module_name``'s package (code, models, codebook), of extra
    ``files``, of the ``distributions``' versions and of ``settings``.

    Any change to the code or the model/codebook that produced a cached result makes
    the result unreachable, so stale results are never served.
    """
    [name, *own] = _code_parts(module_name)
    return content_key(name, settings, *own, *_extra_parts(files, distributions))


def sources_key(sources: Sequence[str | Path], identity: str) -> str | None:
    """Content key of the corpus files under ``sources`` (paths and bytes) and the loaders'
    ``identity``, or None when a source is missing or something under it cannot be read
    (the loader then names it; nothing unread is cached). Files are hashed in 1 MB pieces."""
    from ..corpus import bundled_corpus

    def unreadable(error: OSError) -> None:
        raise error

    h = hashlib.sha256()
    h.update(identity.encode())
    try:
        for source in sources:
            path = Path(source)
            if bundled_corpus(source):  # a local file or folder named "sotu" is keyed by its content below
                h.update(f"\x00{bundled_corpus(source)}".encode())
                continue
            if not path.exists():
                return None
            files = sorted(Path(folder) / name for folder, _, names in os.walk(path, onerror=unreadable)
                           for name in names) if path.is_dir() else [path]
            h.update(f"\x00source\x00{path.resolve()}".encode())
            for file in (f for f in files if f.is_file()):
                with file.open("rb") as fh:
                    h.update(f"\x00{file.relative_to(path) if path.is_dir() else file.name}\x00"
                             f"{file.stat().st_size}\x00".encode())
                    for piece in iter(lambda: fh.read(1 << 20), b""):
                        h.update(piece)
    except OSError:
        return None
    return h.hexdigest()


def table_hash(table: pd.DataFrame | None, columns: Sequence[str] | None = None) -> bytes:
    """A fingerprint of a table's values (row order included), for keying derived tables."""
    if table is None:
        return b"absent"
    part = table if columns is None else table[[c for c in columns if c in table.columns]]
    return pd.util.hash_pandas_object(part, index=False).to_numpy().tobytes() + ",".join(part.columns).encode()
