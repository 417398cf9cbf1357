"""Run a notebook headless with parameters injected after its ``parameters`` cell.

Parameters are the notebook's contract with the report and the tests: the cell tagged
``parameters`` names what may be overridden, and an override is written as a cell of
Python literals right after it (as papermill does), so the notebook reads exactly the
values the caller passed. Kernels run with colour-free tracebacks, so a failing cell
reads cleanly in a terminal, a test log or the report.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import NotebookError

PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
KERNEL_ARGUMENTS = ("--InteractiveShell.colors=nocolor", "--HistoryManager.enabled=False")


def parameter_names(nb: Any) -> list[str]:
    """Names assigned in the notebook's ``parameters`` cell (its overridable settings)."""
    cell = _parameters_cell(nb)
    names = []
    for node in ast.parse(cell.source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


def path_parameters(nb: Any) -> set[str]:
    """Parameters whose default is a relative path (``"../data/seed"``): values given for them
    on the command line are paths relative to where the command runs, not to the notebook."""
    names = set()
    for node in ast.parse(_parameters_cell(nb).source).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            if node.value.value.startswith(("./", "../")):
                names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def resolve_path_parameters(nb: Any, params: Mapping[str, Any], base: Path) -> dict[str, Any]:
    """``params`` with relative path values of :func:`path_parameters` made absolute against ``base``.

    Notebooks run in their own folder, so ``--param corpus=data/mine`` typed in the
    repository would otherwise be looked up under ``notebooks/``.
    """
    paths = path_parameters(nb)
    resolved = dict(params)
    for name, value in params.items():
        if name in paths and isinstance(value, str) and value:
            path = Path(value).expanduser()
            resolved[name] = str(path if path.is_absolute() else (base / path).resolve())
    return resolved


def _parameters_cell(nb: Any) -> Any:
    for cell in nb.cells:
        if cell.cell_type == "code" and PARAMETERS_TAG in cell.get("metadata", {}).get("tags", []):
            return cell
    raise NotebookError(
        f"notebook {nb.metadata.get('rostrum_name', '')!r} has no code cell tagged 'parameters'; "
        "tag the first code cell so the report can set corpus paths and sample sizes"
    )


def inject_parameters(nb: Any, params: Mapping[str, Any]) -> Any:
    """Insert a cell tagged ``injected-parameters`` after the ``parameters`` cell.

    Values are written with ``repr`` (str, int, float, bool, None, lists, dicts), so
    what the notebook sees is exactly what the caller passed. A name that the
    parameters cell does not define is refused: a typo must not pass silently.
    """
    import nbformat

    if not params:
        return nb
    known = parameter_names(nb)
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise NotebookError(f"unknown parameter(s) {unknown}; this notebook's parameters are {known}")
    for value in params.values():
        _check_literal(value)
    source = "# Parameters injected by analysis.report\n" + "".join(
        f"{name} = {value!r}\n" for name, value in params.items()
    )
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": [INJECTED_TAG]})
    nb.cells.insert(nb.cells.index(_parameters_cell(nb)) + 1, cell)
    return nb


def _check_literal(value: Any) -> None:
    try:
        ast.literal_eval(repr(value))
    except (ValueError, SyntaxError) as exc:
        raise NotebookError(f"parameter value {value!r} is not a Python literal") from exc


def parse_param(text: str) -> tuple[str | None, str, Any]:
    """``[NOTEBOOK:]KEY=VALUE`` from the command line → (notebook prefix, key, value).

    VALUE is read as JSON when it parses (numbers, true/false/null, lists), else as a
    string; NOTEBOOK is a prefix of a notebook's file name (e.g. ``06``).
    """
    key, sep, raw = text.partition("=")
    if not sep or not key:
        raise NotebookError(f"--param {text!r}: expected KEY=VALUE or NOTEBOOK:KEY=VALUE")
    prefix, _, name = key.rpartition(":")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return (prefix or None), name, value


def execute_notebook(
    path: str | Path,
    params: Mapping[str, Any] | None = None,
    *,
    cwd: str | Path | None = None,
    timeout: int = 1800,
    allow_errors: bool = False,
) -> Any:
    """Run a notebook top to bottom in a fresh kernel and return the executed notebook.

    Runs in the notebook's folder (relative paths in parameters resolve as in
    JupyterLab). A failing cell raises NotebookError with the cell's colour-free
    traceback unless ``allow_errors``; the error then stays in the returned notebook.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    inject_parameters(nb, dict(params or {}))
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        allow_errors=allow_errors,
        extra_arguments=list(KERNEL_ARGUMENTS),
        resources={"metadata": {"path": str(Path(cwd) if cwd else path.parent)}},
    )
    try:
        client.execute()
    except CellExecutionError as exc:
        raise NotebookError(f"{path.name} failed:\n{strip_ansi(str(exc))}") from None
    except CellTimeoutError:
        message = (f"a cell ran longer than {timeout} s (the per-cell limit); rerun with a larger --timeout, "
                   "or a smaller sample in the notebook's parameters. Finished steps stay in the content cache, "
                   "so a rerun continues from them.")
        if not allow_errors:
            raise NotebookError(f"{path.name}: {message}") from None
        _mark_timed_out(nb, message)
    return nb


def _mark_timed_out(nb: Any, message: str) -> None:
    """Put the timeout on the cell that was running (the last code cell given a count: the kernel
    numbers a cell when it starts it) as an error output, so the report page shows where it stopped."""
    import nbformat

    started = [c for c in nb.cells if c.cell_type == "code" and c.get("execution_count") is not None]
    cell = started[-1] if started else next((c for c in nb.cells if c.cell_type == "code"), None)
    if cell is not None:
        # first, before the KeyboardInterrupt the stopped kernel reports: the cause, then its effect
        cell.outputs.insert(0, nbformat.v4.new_output("error", ename="CellTimeoutError", evalue=message,
                                                      traceback=[message]))


def strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", text)
