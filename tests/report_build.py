"""One executed report over the seed corpus (and a small UNGDC slice), shared by the
notebook, report and browser tests so the notebooks run once per test session."""

from __future__ import annotations

import json
import os

from conftest import REPO, SHARED_CORPORA

NOTEBOOKS = REPO / "notebooks"
IPYTHONDIR = REPO / "tests" / "ipython"
UNGDC = SHARED_CORPORA / "ungdc"
# A small UNGDC slice for 06: two sessions, a few speeches each, so the notebook's
# every step runs in seconds. (The report's own default is larger; see notebook 06.)
UNGDC_SLICE = {"years": [2019, 2023], "per_year": 6, "topic_sample": 300}

_built: dict[str, object] = {}


def kernel_env() -> None:
    """Kernels started from now on use the tests' IPython profile (colour-free, no history)."""
    os.environ["IPYTHONDIR"] = str(IPYTHONDIR)


def seed_report(tmp_path_factory):
    """build_report over every notebook, once per session; returns (Report, figures folder)."""
    if "report" not in _built:
        from analysis.report import build_report

        kernel_env()
        root = tmp_path_factory.mktemp("report")
        params = [f"06:{key}={json.dumps(value)}" for key, value in UNGDC_SLICE.items()]
        if UNGDC.is_dir():
            params.append(f"06:ungdc={UNGDC}")
        report = build_report(
            sorted(NOTEBOOKS.glob("[0-9]*.ipynb")),
            out=root / "reports",
            figures=root / "figures",
            params=params,
        )
        _built["report"] = (report, root / "figures")
    return _built["report"]


def page_of(report, name: str):
    return next(p for p in report.pages if p.name == name)


def notebook_names() -> list[str]:
    return [p.stem for p in sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))]
