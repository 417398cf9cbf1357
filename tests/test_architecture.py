"""The package's import graph keeps its shape: layers in one direction, no cycles (import-linter)."""

from __future__ import annotations

from pathlib import Path

from importlinter.cli import lint_imports

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_hold(capsys):
    """The contracts live in pyproject.toml ([tool.importlinter]); a failure prints the offending chain."""
    status = lint_imports(config_filename=str(REPO / "pyproject.toml"), no_cache=True, no_logo=True)
    assert status == 0, capsys.readouterr().out
