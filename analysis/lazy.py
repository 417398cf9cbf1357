"""Lazy re-exports: a package names its public functions without importing their modules.

Importing BERTopic, dostoevsky or pymorphy3 takes seconds; ``import analysis`` and the
CLI's ``--help`` should not pay for what they do not call.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` that imports ``exports[name]`` on first use of ``name``."""

    def __getattr__(name: str) -> object:
        if name in exports:
            return getattr(importlib.import_module(exports[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
