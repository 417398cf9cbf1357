"""The project's layout and dependency declarations hold together."""

import ast
import re
import sys
import tomllib
from importlib import metadata

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from paths import REPO


def _name(spec: str) -> str:
    return re.split(r"[<>=!~\[ ]", spec, maxsplit=1)[0].lower().replace("_", "-")


def _spec(spec: str) -> str:
    return spec[len(_name(spec)):].replace(" ", "")


def _pyproject():
    return tomllib.loads((REPO / "pyproject.toml").read_text())


def test_environment_yml_mirrors_pyproject():
    project = _pyproject()["project"]
    declared = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared += extra
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    assert "conda-forge" in env["channels"]
    mirrored = []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            mirrored += dep["pip"]
        elif _name(dep) not in ("python", "pip"):
            mirrored.append(dep)
    assert "python=3.11" in env["dependencies"]
    want = {_name(d): _spec(d) for d in declared}
    have = {_name(d): _spec(d) for d in mirrored}
    assert have == want


def test_no_deps_packages_are_documented_for_conda_users():
    no_deps = _pyproject()["tool"]["rostrum"]["no-deps"]
    text = (REPO / "environment.yml").read_text()
    line = next(l for l in text.splitlines() if "pip install --no-deps" in l)
    assert all(pkg in line for pkg in no_deps)


def test_ci_calls_the_readme_test_command():
    readme = (REPO / "README.md").read_text()
    ci = (REPO / ".ci" / "run").read_text()
    assert "./run test" in readme and "./run report" in readme
    assert [l for l in ci.splitlines() if l.strip() and not l.startswith("#")][-1].strip() == "./run test"


def test_top_level_layout():
    for name in ("README.md", "environment.yml", "notebooks", "analysis", "data", "figures", "tests",
                 "pyproject.toml", "benchmarks", "run"):
        assert (REPO / name).exists(), name
    assert "reports/" in (REPO / ".gitignore").read_text()


def _imported_distributions() -> set[str]:
    """Distributions whose modules some file of analysis/ imports (function-level imports too)."""
    owners = metadata.packages_distributions()
    found: set[str] = set()
    for file in (REPO / "analysis").rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for top in {n.split(".")[0] for n in names} - {"analysis", "__future__"} - sys.stdlib_module_names:
                found |= {canonicalize_name(d) for d in owners.get(top, [top])}
    return found


def test_dependencies_are_what_the_package_imports():
    """Core dependencies are imported by analysis/ (or say why not); everything it imports is
    declared; a tool only a benchmark or an editor uses lives in an extra."""
    tool = _pyproject()["tool"]["rostrum"]
    project = _pyproject()["project"]
    core = {canonicalize_name(Requirement(d).name) for d in project["dependencies"]}
    no_deps = {canonicalize_name(Requirement(d).name) for d in tool["no-deps"]}
    extras = {canonicalize_name(Requirement(d).name) for e in project["optional-dependencies"].values() for d in e}
    not_imported = {canonicalize_name(name) for name in tool["not-imported"]}
    imported = _imported_distributions()
    assert imported - core - no_deps - extras == set(), "imported by analysis/ but not declared"
    assert core - imported - not_imported == set(), "declared but never imported: move it to the extra that needs it"
    assert not_imported <= core - imported, "a reason why a dependency is not imported, for one that is not declared or is imported"
