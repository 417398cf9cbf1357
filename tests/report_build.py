"""The notebooks, their test kernel settings, and the one executed report over the seed
corpus (and a small UNGDC slice) that conftest's session fixture ``seed_report`` builds."""

from __future__ import annotations

import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

from paths import REPO, SHARED_CORPORA

NOTEBOOKS = REPO / "notebooks"
IPYTHONDIR = REPO / "tests" / "ipython"
UNGDC = SHARED_CORPORA / "ungdc"
KREMLIN = SHARED_CORPORA / "kremlin_ru" / "statements.jsonl"
# A small UNGDC slice for 06: five sessions (2019-2023), a few speeches each, so the notebook's
# every step runs in seconds. (The report's own default is larger; see notebook 06.)
# Tone (the e5 model, ~15 sentences per CPU-second) on a few sentences a speech: the figures
# still have every group, and the sampling is tested in test_pipeline.py.
UNGDC_SLICE = {"years": [2019, 2023], "per_year": 6, "topic_sample": 300, "tone_sample": 4}
KREMLIN_SLICE = {"max_documents": 8, "tone_sample": 8}  # notebook 08: a seeded handful of the President's documents
COMPARE_SLICE = {"years": [2019, 2023], "per_year": 6, "min_count": 10, "tone_sample": 4}  # notebook 07, same speeches


@contextmanager
def kernel_env(cache_dir=None):
    """Kernels started inside use the tests' IPython profile (colour-free, no history) and,
    when given, a private content cache, so tests write only to tmp dirs."""
    saved = {k: os.environ.get(k) for k in ("IPYTHONDIR", "ROSTRUM_CACHE_DIR")}
    os.environ["IPYTHONDIR"] = str(IPYTHONDIR)
    if cache_dir is not None:
        os.environ["ROSTRUM_CACHE_DIR"] = str(cache_dir)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def ungdc_sessions(folder: Path, years: list[int]) -> Path:
    """A copy of UNGDC's sessions of ``years`` (and its speakers sheet) in the official layout:
    06 and 07 sample those years only, and loading 400 speeches instead of 6,483 keeps the
    report build quick. Without the shared corpus, the path given does not exist."""
    if not UNGDC.is_dir():
        return UNGDC
    for year in years:
        session = next((UNGDC / "TXT").glob(f"Session * - {year}"))
        shutil.copytree(session, folder / "TXT" / session.name)
    shutil.copy(UNGDC / "Speakers_by_session.xlsx", folder / "Speakers_by_session.xlsx")
    return folder


def build_seed_report(root: Path):
    """build_report over every notebook into ``root``; returns (Report, figures folder)."""
    from analysis.report import build_report

    first, last = min(UNGDC_SLICE["years"] + COMPARE_SLICE["years"]), max(UNGDC_SLICE["years"] + COMPARE_SLICE["years"])
    ungdc = ungdc_sessions(root / "ungdc", list(range(first, last + 1)))  # the notebooks' years are inclusive ranges
    slice_ = {**UNGDC_SLICE, "ungdc": str(ungdc)}
    params = [f"06:{key}={json.dumps(value)}" for key, value in slice_.items()]
    compare = {**COMPARE_SLICE, "corpus": str(ungdc)}
    params += [f"07:{key}={json.dumps(value)}" for key, value in compare.items()]
    kremlin = {**KREMLIN_SLICE, "corpus": str(KREMLIN)}
    params += [f"08:{key}={json.dumps(value)}" for key, value in kremlin.items()]
    params += [f"{name[:2]}:work={json.dumps(str(root / 'work' / name))}" for name in notebook_names()]
    with kernel_env(cache_dir=root / "cache"):
        report = build_report(
            sorted(NOTEBOOKS.glob("[0-9]*.ipynb")),
            out=root / "reports",
            figures=root / "figures",
            params=params,
        )
    return report, root / "figures"


def page_of(report, name: str):
    return next(p for p in report.pages if p.name == name)


def notebook_names() -> list[str]:
    return [p.stem for p in sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))]
