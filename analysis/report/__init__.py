"""The figure report: execute the notebooks, render HTML pages and a PDF.

``build_report`` runs ``notebooks/*.ipynb`` headless (nbclient, parameters injected
after each notebook's ``parameters`` cell), renders one page per notebook plus an
index (``render``), and prints the whole report to PDF with Debian's chromium when it
is there. ``python -m analysis report`` is its command line.

Modules: ``execute`` (parameters, running a notebook), ``render`` (escaped HTML, PDF),
``notebook`` (helpers the notebooks call), ``figures`` (figures no concern draws).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import NotebookError
from .execute import (
    execute_notebook,
    inject_parameters,
    parameter_names,
    parse_param,
    resolve_path_parameters,
    strip_ansi,
)
from .render import (
    CHROMIUM_FLAGS,
    NotebookPage,
    find_chromium,
    index_html,
    markdown_html,
    nav_links,
    notebook_title,
    page_html,
    print_pdf,
    render_body,
    sanitize_html,
)

__all__ = [
    "CHROMIUM_FLAGS",
    "NotebookPage",
    "Report",
    "build_report",
    "execute_notebook",
    "find_chromium",
    "inject_parameters",
    "markdown_html",
    "parameter_names",
    "parse_param",
    "register_cli",
    "render_body",
    "sanitize_html",
]

DEFAULT_NOTEBOOKS = Path("notebooks")


@dataclass(frozen=True)
class Report:
    """What ``build_report`` wrote; ``failed`` lists notebooks whose execution failed."""

    index: Path
    pages: tuple[NotebookPage, ...]
    pdf: Path | None
    pdf_note: str
    seconds: float
    failed: tuple[str, ...] = field(default_factory=tuple)


def _params_for(name: str, known: Iterable[str], params: Sequence[tuple[str | None, str, Any]]) -> dict:
    known = set(known)
    chosen = {}
    for prefix, key, value in params:
        if prefix is not None and not name.startswith(prefix):
            continue
        if key in known:
            chosen[key] = value
        elif prefix is not None:
            raise NotebookError(f"{name} has no parameter {key!r}; its parameters are {sorted(known)}")
    return chosen


def build_report(
    notebooks: Sequence[str | Path] | None = None,
    *,
    out: str | Path = "reports",
    figures: str | Path = "figures",
    params: Sequence[str] | Mapping[str, Any] = (),
    pdf: bool = True,
    timeout: int = 1800,
    jobs: int = 2,
    log: Any = None,
) -> Report:
    """Execute ``notebooks`` (default ``notebooks/*.ipynb``) and render the report into ``out``.

    ``params`` are ``[NOTEBOOK:]KEY=VALUE`` strings (or a mapping KEY → value): a KEY
    goes to every notebook whose parameters cell defines it, ``06:KEY=…`` only to
    notebooks whose name starts with ``06``. A relative path given for a parameter whose
    default is a relative path (``corpus``, ``work``) is read from the current folder
    (the repository, for ``./run report``), not from the notebook's folder. ``figures`` is passed to every notebook
    as its ``figures`` parameter, so all figures land in one folder as PNG + SVG.
    A failing notebook is rendered with its error and listed in ``Report.failed``.
    ``jobs`` notebooks run at once, each in its own kernel (they share only the content
    cache, which concurrent runs may use).
    """
    started = time.perf_counter()
    log = log or (lambda message: print(message, file=sys.stderr, flush=True))
    paths = [Path(p) for p in notebooks] if notebooks else sorted(DEFAULT_NOTEBOOKS.glob("[0-9]*.ipynb"))
    if not paths:
        raise NotebookError(f"no notebooks found (looked for {DEFAULT_NOTEBOOKS}/*.ipynb); pass --notebooks")
    for path in paths:
        if not path.is_file():
            raise NotebookError(f"notebook {path} does not exist")
    parsed = (
        [(None, k, v) for k, v in params.items()] if isinstance(params, Mapping) else [parse_param(p) for p in params]
    )
    if jobs < 1:
        raise NotebookError(f"jobs must be at least 1 (notebooks executed at once), got {jobs}")
    out, figures_dir = Path(out), Path(figures)
    out.mkdir(parents=True, exist_ok=True)
    figures_dir.mkdir(parents=True, exist_ok=True)

    executed = _execute_all(_parameters(paths, parsed, figures_dir), timeout, jobs, log)

    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    pages, bodies = _write_pages(executed, out, stamp)
    pdf_path, pdf_note = _write_pdf(pages, bodies, figures_dir, out, stamp) if pdf else (None, "PDF not requested (--no-pdf)")
    log(f"[report] {pdf_note}")
    index = out / "index.html"
    index.write_text(
        page_html("rostrum report", [index_html(pages, figures_dir, out, stamp, pdf_path, pdf_note)]), encoding="utf-8"
    )
    failed = tuple(p.name for p in pages if p.error)
    return Report(index, tuple(pages), pdf_path, pdf_note, time.perf_counter() - started, failed)


def _execute_all(chosen_by_path: Mapping[Path, dict], timeout: int, jobs: int,
                 log: Any) -> list[tuple[Path, Any, float, str | None]]:
    """Every notebook executed, ``jobs`` at a time (each in its own kernel process, so
    threads only wait on them); results in the notebooks' order. They start from the last:
    the case studies on large corpora come last in the numbering and take longest, so the
    short overviews fill in beside them instead of one long notebook running alone at the end."""

    def one(path: Path, chosen: dict) -> tuple[Path, Any, float, str | None]:
        log(f"[report] executing {path.name} …")
        t0 = time.perf_counter()
        nb, error = _execute_for_report(path, chosen, timeout)
        seconds = time.perf_counter() - t0
        log(f"[report] {path.name}: {'FAILED ' + error.splitlines()[0] if error else 'ok'} in {seconds:.1f} s")
        return path, nb, seconds, error

    # One port cache for every kernel, made here before the threads: jupyter_client creates it lazily and not
    # thread-safely, so two kernels starting at once could each get a cache of their own, be handed the same free TCP
    # port, and one die with "Address already in use" (seen once in a fresh clone's `./run report`).
    from jupyter_client.connect import LocalPortCache

    LocalPortCache.instance()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {path: pool.submit(one, path, chosen) for path, chosen in reversed(chosen_by_path.items())}
        return [futures[path].result() for path in chosen_by_path]


def _parameters(paths: Sequence[Path], parsed: Sequence[tuple[str | None, str, Any]], figures_dir: Path) -> dict:
    """Each notebook's parameters; a parameter no notebook defines is an error before anything runs."""
    import nbformat

    read = {path: nbformat.read(path, as_version=4) for path in paths}
    known_by_path = {path: parameter_names(nb) for path, nb in read.items()}
    used = {key for path, known in known_by_path.items() for key in _params_for(path.stem, known, parsed)}
    unused = sorted({key for _, key, _ in parsed} - used)
    if unused:
        raise NotebookError(f"parameter(s) {unused} are not defined by any of the notebooks run")
    chosen_by_path = {}
    for path, known in known_by_path.items():
        chosen = resolve_path_parameters(read[path], _params_for(path.stem, known, parsed), Path.cwd())
        if "figures" in known:
            chosen.setdefault("figures", str(figures_dir.resolve()))
        chosen_by_path[path] = chosen
    return chosen_by_path


def _write_pages(executed: Sequence[tuple[Path, Any, float, str | None]], out: Path,
                 stamp: str) -> tuple[list[NotebookPage], list[str]]:
    """One HTML page per executed notebook (navigation to its neighbours); the pages and their bodies."""
    titles = [(p.stem, notebook_title(nb, p.stem)) for p, nb, _, _ in executed]
    pages, bodies = [], []
    for i, (path, nb, seconds, error) in enumerate(executed):
        body, figs = render_body(nb)
        page_path = out / f"{path.stem}.html"
        page = page_html(titles[i][1], [body], links=nav_links(titles, i), meta=f"Report generated {stamp} from {path.name}")
        page_path.write_text(page, encoding="utf-8")
        pages.append(NotebookPage(path.stem, titles[i][1], page_path, tuple(figs), seconds, error))
        bodies.append(body)
    return pages, bodies


def _write_pdf(pages: Sequence[NotebookPage], bodies: Sequence[str], figures_dir: Path, out: Path,
               stamp: str) -> tuple[Path | None, str]:
    """The whole report (cover, then one printed page per notebook) as ``out/report.pdf``, and a note."""
    with tempfile.TemporaryDirectory(prefix="rostrum-report-") as tmp:
        whole = Path(tmp) / "report.html"
        cover = index_html(pages, figures_dir, out, stamp, None)
        whole.write_text(page_html("rostrum report", [cover, *bodies], paged=True), encoding="utf-8")
        candidate = out / "report.pdf"
        candidate.unlink(missing_ok=True)
        note = print_pdf(whole, candidate)
    return (candidate if candidate.exists() else None), note


def _execute_for_report(path: Path, params: Mapping[str, Any], timeout: int) -> tuple[Any, str | None]:
    """Execute, keeping going past a failing cell so the page shows where it broke."""
    nb = execute_notebook(path, params, timeout=timeout, allow_errors=True)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                trace = strip_ansi("\n".join(output.get("traceback", [])))
                return nb, f"{output.get('ename')}: {output.get('evalue')}\n{trace}"
    return nb, None


def register_cli(subparsers: Any) -> None:
    """``report``: execute the notebooks and render reports/ (HTML pages + PDF)."""
    parser = subparsers.add_parser(
        "report",
        help="execute the notebooks and render the figure report (HTML + PDF)",
        description="Execute notebooks/*.ipynb headless and render reports/index.html, one page per "
        "notebook and reports/report.pdf (when chromium is available). Figures go to --figures as PNG+SVG.",
    )
    parser.add_argument("--out", default="reports", help="output folder (default: reports)")
    parser.add_argument("--figures", default="figures", help="figure folder (default: figures)")
    parser.add_argument("--notebooks", nargs="+", help="notebooks to run (default: notebooks/*.ipynb)")
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="[NB:]KEY=VALUE",
        help="override a notebook parameter (VALUE read as JSON if it parses); NB limits it to "
        "notebooks whose name starts with NB, e.g. --param 06:sample_per_year=5",
    )
    parser.add_argument("--timeout", type=int, default=1800, help="seconds per cell (default: 1800)")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks executed at once, each in its own kernel (default: 2)")
    parser.set_defaults(handler=_cli_report)


def _cli_report(args: Any) -> int:
    report = build_report(
        args.notebooks,
        out=args.out,
        figures=args.figures,
        params=args.param,
        pdf=not args.no_pdf,
        timeout=args.timeout,
        jobs=args.jobs,
    )
    print(f"report: {report.index} ({len(report.pages)} pages, {report.seconds:.0f} s)")
    print(report.pdf_note)
    if report.failed:
        print(f"failed notebooks: {', '.join(report.failed)}", file=sys.stderr)
        return 1
    return 0
