"""The project's layout and dependency declarations hold together."""

import re
import tomllib

import yaml

from conftest import REPO


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
