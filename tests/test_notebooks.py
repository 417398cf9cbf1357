"""The notebooks: committed clean, and each one executes headless on small inputs.

The seven notebooks run once per session (tests/report_build.py, through build_report,
with the tests' IPython profile: colour-free tracebacks); each test here reads one
notebook's result from that shared run.
"""

from __future__ import annotations

import nbformat
import pytest

from analysis.errors import NotebookError
from analysis.report import execute_notebook, parameter_names
from report_build import KREMLIN, NOTEBOOKS, UNGDC, kernel_env, notebook_names, page_of

@pytest.fixture(autouse=True)
def _test_kernels():
    with kernel_env():
        yield


EXPECTED = [
    "01_corpus_overview",
    "02_sentiment",
    "03_framing",
    "04_topics",
    "05_case_hanoi_convention",
    "06_case_ungdc_multilateralism",
    "07_compare_groups",
    "08_case_kremlin",
]


def test_the_eight_notebooks_are_there():
    assert notebook_names() == EXPECTED


@pytest.mark.parametrize("name", EXPECTED)
def test_committed_notebook_is_clean_and_opens_as_a_notebook(name):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code), "outputs were committed"
    assert "parameters" in code[0].metadata.get("tags", []), "the first code cell must be tagged 'parameters'"
    assert "figures" in parameter_names(nb)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_executes_and_saves_its_figures(name, seed_report):
    report, figures = seed_report
    page = page_of(report, name)
    assert page.error is None, f"{name} failed:\n{page.error}"
    if (name[:2] in ("06", "07") and not UNGDC.is_dir()) or (name[:2] == "08" and not KREMLIN.is_file()):
        assert page.figures == ()  # the corpus-absent path: a message, no figures
        return
    assert page.figures, f"{name} showed no figure"
    for figure in page.figures:
        assert figure.startswith(name[:3]), f"{figure} lacks the notebook's number prefix"
        for ext in ("png", "svg"):
            assert (figures / f"{figure}.{ext}").stat().st_size > 1000


def test_06_without_the_corpus_says_how_to_get_it_and_stops_cleanly(tmp_path):
    nb = execute_notebook(
        NOTEBOOKS / "06_case_ungdc_multilateralism.ipynb",
        {"ungdc": str(tmp_path / "no-such-corpus"), "figures": str(tmp_path / "figures")},
    )
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "python -m analysis corpus download-ungdc" in text
    assert not (tmp_path / "figures").exists() or not any((tmp_path / "figures").iterdir())
    # every cell after the guard ran as a no-op: nothing displayed after the message
    guard = next(i for i, c in enumerate(nb.cells) if c.source.startswith("stop_here_unless("))
    assert all(c.outputs == [] for c in nb.cells[guard + 1:] if c.cell_type == "code")


def test_07_without_the_corpus_says_how_to_get_it_and_stops_cleanly(tmp_path):
    nb = execute_notebook(
        NOTEBOOKS / "07_compare_groups.ipynb",
        {"corpus": str(tmp_path / "no-such-corpus"), "figures": str(tmp_path / "figures")},
    )
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "python -m analysis corpus download-ungdc" in text and "--param corpus=PATH" in text
    guard = next(i for i, c in enumerate(nb.cells) if c.source.startswith("stop_here_unless("))
    assert all(c.outputs == [] for c in nb.cells[guard + 1:] if c.cell_type == "code")


def test_relative_path_parameters_are_read_from_the_command_folder(tmp_path):
    from analysis.report.execute import path_parameters, resolve_path_parameters

    nb = nbformat.read(NOTEBOOKS / "07_compare_groups.ipynb", as_version=4)
    assert {"corpus", "work", "figures"} <= path_parameters(nb) and "years" not in path_parameters(nb)
    resolved = resolve_path_parameters(nb, {"corpus": "data/mine", "work": "/abs/w", "top": 5}, tmp_path)
    assert resolved == {"corpus": str(tmp_path / "data" / "mine"), "work": "/abs/w", "top": 5}


def _tiny_notebook(path, *code):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell('corpus = "default"', metadata={"tags": ["parameters"]})]
    nb.cells += [nbformat.v4.new_code_cell(source) for source in code]
    nbformat.write(nb, path)
    return path


def test_a_failing_cell_fails_with_a_readable_colour_free_traceback(tmp_path):
    path = _tiny_notebook(tmp_path / "broken.ipynb", "def share(hits, total):\n    return hits / total\n\nshare(3, 0)")
    with pytest.raises(NotebookError) as caught:
        execute_notebook(path)
    message = str(caught.value)
    assert "ZeroDivisionError" in message and "return hits / total" in message
    assert "\x1b[" not in message


def test_a_cell_past_the_time_limit_is_named_on_its_own_cell_not_as_a_filesystem_error(tmp_path):
    path = _tiny_notebook(tmp_path / "slow.ipynb", "x = 1", "import time\ntime.sleep(30)", "print('after')")
    nb = execute_notebook(path, timeout=2, allow_errors=True)
    errors = [[o for o in cell.get("outputs", []) if o["output_type"] == "error"] for cell in nb.cells]
    assert [bool(e) for e in errors] == [False, False, True, False]  # the sleeping cell, and no other
    assert errors[2][0]["ename"] == "CellTimeoutError" and "--timeout" in errors[2][0]["evalue"]  # the cause first
    with pytest.raises(NotebookError, match="longer than 2 s"):
        execute_notebook(path, timeout=2)


def test_parameters_are_injected_and_unknown_ones_refused(tmp_path):
    path = _tiny_notebook(tmp_path / "params.ipynb", "print(corpus)")
    nb = execute_notebook(path, {"corpus": "../other/corpus"})
    assert nb.cells[-1].outputs[0]["text"] == "../other/corpus\n"
    with pytest.raises(NotebookError, match="unknown parameter"):
        execute_notebook(path, {"corpse": "x"})
