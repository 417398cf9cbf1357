"""Executed notebooks → HTML pages (code hidden, figures embedded) and a PDF.

Pages come from nbconvert's ``HTMLExporter`` (inputs excluded) with the package's Jinja2
templates in ``templates/``. Statement text is data: markdown is rendered with raw HTML
escaped, plain text is escaped, and HTML outputs go through nh3's allow-list (no
scripts, no event attributes, no links, images or SVG from outputs), so a statement
reading ``<script>…`` shows as text in every page, whatever a notebook displayed.
Figures are the PNGs the notebooks displayed, embedded as data URIs so a page is one file.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .execute import strip_ansi

FIGURE_KEY = "rostrum_figure"  # output metadata key carrying a figure's stable name
TEMPLATES = Path(__file__).with_name("templates")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
ALLOWED_TAGS = {
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
    "div", "span", "p", "br", "hr", "b", "i", "em", "strong", "code", "pre", "mark",
    "small", "sub", "sup", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"class", "colspan", "rowspan", "align", "border"}
DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "svg", "math", "noscript"}
# The one output type shown per output, in this order; SVG and JavaScript never are.
OUTPUT_PRIORITY = ["image/png", "text/html", "text/markdown", "text/plain"]


def sanitize_html(markup: str) -> str:
    """``markup`` with every tag outside a small allow-list removed and all text escaped (nh3)."""
    import nh3

    return nh3.clean(markup, tags=ALLOWED_TAGS, attributes={"*": ALLOWED_ATTRIBUTES},
                     clean_content_tags=DROP_WITH_CONTENT, url_schemes=set(), link_rel=None)


def markdown_html(text: str) -> str:
    """Markdown → HTML with raw HTML escaped and unsafe links neutralised."""
    import mistune

    return mistune.create_markdown(escape=True, plugins=["table", "strikethrough"])(text)


def _checked_base64(value: str | list[str]) -> str:
    """A PNG's base64 without whitespace; anything that is not base64 is refused (ValueError)."""
    png = re.sub(r"\s", "", "".join(value) if isinstance(value, list) else value)
    base64.b64decode(png, validate=True)
    return png


def _shown_type(data: dict) -> list[str]:
    """The output type the page shows (nbconvert's ``filter_data_type``): the first of ``OUTPUT_PRIORITY``."""
    return [kind for kind in OUTPUT_PRIORITY if kind in data][:1]


@lru_cache(maxsize=1)
def _exporter():
    """nbconvert's HTML exporter with the report's template and filters (built once)."""
    from nbconvert import HTMLExporter

    return HTMLExporter(
        template_file="notebook.html.j2",
        extra_template_paths=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        filters={"safe_markdown": markdown_html, "sanitize_html": sanitize_html, "strip_ansi": strip_ansi,
                 "checked_base64": _checked_base64, "filter_data_type": _shown_type},
    )


@lru_cache(maxsize=1)
def _pages():
    """Jinja2 (autoescaping) for the page frame and the index."""
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True)


def notebook_title(nb: Any, fallback: str) -> str:
    """The first markdown heading of the notebook, else ``fallback``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#+\s+(.+)$", cell.source, flags=re.MULTILINE)
            if match:
                return match.group(1).strip()
    return fallback


def render_body(nb: Any) -> tuple[str, list[str]]:
    """The notebook's markdown and outputs as HTML (code hidden) + its figure names."""
    body, _ = _exporter().from_notebook_node(nb, resources={"figure_key": FIGURE_KEY})
    figures = [
        output.get("metadata", {}).get("image/png", {}).get(FIGURE_KEY)
        for cell in nb.cells if cell.cell_type == "code"
        for output in cell.get("outputs", []) if "image/png" in output.get("data", {})
    ]
    return body.strip(), [name for name in figures if name]


_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;
 color:#1b1b1b;line-height:1.5}
nav{display:flex;gap:1.5rem;border-bottom:1px solid #ccc;padding-bottom:.5rem;margin-bottom:1rem}
.meta{color:#555;font-size:.9rem}
figure{margin:1.5rem 0;text-align:center} figure img{max-width:100%;height:auto}
figcaption{font-family:monospace;color:#555;font-size:.85rem}
table{border-collapse:collapse;font-size:.85rem;margin:.8rem 0} th,td{border:1px solid #ddd;
 padding:.25rem .5rem;vertical-align:top} th{background:#f3f3f3}
td.kwic-left{text-align:right} mark{background:#ffe58a}
pre{white-space:pre-wrap;background:#f7f7f7;padding:.6rem;font-size:.85rem}
pre.error{background:#fde8e8;color:#8a1010}
.failed{color:#8a1010;font-weight:bold}
@media print{nav{display:none} .page{break-after:page}}
"""


def page_html(title: str, sections: Sequence[str], *, links: Sequence[tuple[str, str]] = (), meta: str = "",
              paged: bool = False) -> str:
    """A whole page of ``sections`` (already safe HTML; ``paged``: one printed page each) under a
    navigation bar of (href, text) ``links`` and a ``meta`` line; every other value is escaped."""
    from markupsafe import Markup

    return _pages().get_template("page.html.j2").render(
        title=title, css=Markup(_CSS), links=links, meta=meta, sections=[Markup(s) for s in sections], paged=paged)


@dataclass(frozen=True)
class NotebookPage:
    """One rendered notebook of the report."""

    name: str  # file stem, e.g. "02_sentiment"
    title: str
    page: Path
    figures: tuple[str, ...]
    seconds: float
    error: str | None = None  # the failing cell's colour-free traceback



def nav_links(pages: Sequence[tuple[str, str]], i: int) -> list[tuple[str, str]]:
    """Index, previous and next page of page ``i`` among (name, title) ``pages``."""
    links = [("index.html", "Index")]
    if i > 0:
        links.append((f"{pages[i - 1][0]}.html", f"← {pages[i - 1][1]}"))
    if i < len(pages) - 1:
        links.append((f"{pages[i + 1][0]}.html", f"{pages[i + 1][1]} →"))
    return links


def index_html(pages: Sequence[NotebookPage], figures_dir: Path, out: Path, stamp: str, pdf: Path | None,
               pdf_note: str = "") -> str:
    """The report's front page: date, the PDF, and each notebook with links to its figures."""
    listed = [
        {"name": page.name, "title": page.title, "error": page.error,
         "figures": [{"name": f, "png": relative_link(figures_dir / (f + ".png"), out),
                      "svg": relative_link(figures_dir / (f + ".svg"), out)} for f in page.figures]}
        for page in pages
    ]
    return _pages().get_template("index.html.j2").render(pages=listed, stamp=stamp, pdf=pdf.name if pdf else None,
                                                         pdf_note=pdf_note)


def relative_link(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path.resolve(), start.resolve())).as_posix()


def find_chromium() -> str | None:
    """Debian's chromium (or a chromium on PATH); None when absent."""
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def print_pdf(html_path: Path, pdf_path: Path, *, timeout: int = 180) -> str:
    """Print ``html_path`` to ``pdf_path`` with headless chromium; return a note on what happened."""
    chromium = find_chromium()
    if chromium is None:
        return "PDF skipped: chromium not found (install Debian's chromium, e.g. apt-get install chromium)"
    with tempfile.TemporaryDirectory(prefix="rostrum-chromium-") as profile:
        command = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf_path.resolve()}",
            html_path.resolve().as_uri(),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return f"PDF skipped: chromium did not finish within {timeout} s"
    if done.returncode != 0 or not pdf_path.exists():
        tail = (done.stderr or "").strip().splitlines()[-3:]
        return f"PDF skipped: chromium exited with {done.returncode}: {' | '.join(tail)}"
    return f"PDF: {pdf_path.name}"
