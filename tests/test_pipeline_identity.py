"""Each pipeline step's cache identity names every library and module its code imports.

A library left out of a step's identity means a cached result survives an upgrade that
changes the numbers (the frames step once missed razdel, which it tokenises with); one
named but never imported (pysbd) recomputes for nothing. The imports are read from the
source, function-level imports included, so a lazily imported library counts too.
"""

from __future__ import annotations

import ast
import importlib
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from analysis.embeddings import _SPECS
from analysis.pipeline.steps import STEP_RECORDS

# Never shape a number: exceptions, the cache's storage, lazy re-exports.
FOUNDATION = {"analysis", "analysis.errors", "analysis.cache", "analysis.lazy"}


def _files(name: str) -> list[Path]:
    path = Path(importlib.import_module(name).__file__)
    return sorted(path.parent.rglob("*.py")) if path.name == "__init__.py" else [path]


def _module_name(file: Path) -> str:
    parts = list(file.resolve().relative_to(Path(importlib.import_module("analysis").__file__).parent.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(name: str) -> set[str]:
    """Absolute names imported anywhere in the files of module or package ``name``."""
    found: set[str] = set()
    for file in _files(name):
        module = _module_name(file)
        package = module if file.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                found.add(node.module)
            elif isinstance(node, ast.ImportFrom):
                base = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
                found |= {base} if node.module else {f"{base}.{alias.name}" for alias in node.names}
    if any(f == Path(importlib.import_module("analysis.embeddings").__file__) for f in _files(name)):
        found |= {spec.module for spec in _SPECS.values()}  # backends imported by name from a table
    return found


def _owner(name: str, code: tuple[str, ...]) -> str | None:
    """The covered module or package that ``name`` lies in, if any."""
    return next((c for c in code if name == c or name.startswith(c + ".")), None)


def third_party_and_internal(code: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """Distributions imported by ``code``, and ``analysis`` modules it imports from outside itself."""
    distributions = metadata.packages_distributions()
    third, internal = set(), set()
    for name in {i for c in code for i in imports(c)}:
        top = name.split(".")[0]
        if top == "analysis":
            concern = ".".join(name.split(".")[:2])
            if _owner(name, code) is None and concern not in FOUNDATION:
                internal.add(concern)
        elif top not in sys.stdlib_module_names and top != "__future__":
            third |= {canonicalize_name(d) for d in distributions.get(top, [top])}
    return third, internal


def _requirements(distribution: str) -> set[str]:
    try:
        return {canonicalize_name(Requirement(r).name) for r in metadata.requires(distribution) or []}
    except metadata.PackageNotFoundError:
        return set()


DECLARED = [step for step in STEP_RECORDS if step.identity is not None]


@pytest.mark.parametrize("step", DECLARED, ids=[s.name for s in DECLARED])
def test_identity_declares_every_import_of_its_code(step):
    identity = step.identity
    third, internal = third_party_and_internal(identity.code)
    declared = {canonicalize_name(d) for d in identity.distributions}
    declared |= {canonicalize_name(u) for u in identity.unrelated if not u.startswith("analysis")}
    data = {d for d in declared - third if any(d in _requirements(i) for i in third)}  # a library's data (dictionaries)
    assert third == declared - data, (
        f"{step.name}: imported but not declared {sorted(third - declared)}; "
        f"declared but never imported {sorted(declared - third - data)}"
    )
    unrelated_code = {u for u in identity.unrelated if u.startswith("analysis")}
    assert internal == unrelated_code, (
        f"{step.name}: imports {sorted(internal - unrelated_code)} from outside its code; add it to code "
        f"(it shapes the output) or to unrelated (with the reason); stale: {sorted(unrelated_code - internal)}"
    )


def test_every_cached_step_declares_an_identity():
    assert {s.name for s in DECLARED} == {"load", "segment", "sentiment", "frames", "topics", "tables"}


def test_frames_identity_covers_razdel():
    frames = next(s for s in STEP_RECORDS if s.name == "frames")
    assert "razdel" in frames.identity.distributions


def test_a_declared_library_upgrade_changes_the_key(monkeypatch):
    import analysis.pipeline.identity as identity

    frames = next(s for s in STEP_RECORDS if s.name == "frames").identity
    before = frames.key()
    real = identity.version
    monkeypatch.setattr(identity, "version", lambda name: "99.0" if name == "razdel" else real(name))
    assert frames.key() != before
    assert frames.key(settings="x") != frames.key()
