"""Executed notebooks → HTML pages (code hidden, figures embedded) and a PDF.

Statement text is data: markdown is rendered with raw HTML escaped, plain text is
escaped, and HTML outputs are re-serialised through an allow-list (no scripts, no
event attributes, no links, images or SVG from outputs), so a statement reading
``<script>…`` shows as text in every page, whatever a notebook displayed. Figures are
the PNGs the notebooks displayed, embedded as data URIs so a page is one file.
"""

from __future__ import annotations

import base64
import html
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .execute import strip_ansi

FIGURE_KEY = "rostrum_figure"  # output metadata key carrying a figure's stable name
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
_ALLOWED_TAGS = {
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
    "div", "span", "p", "br", "hr", "b", "i", "em", "strong", "code", "pre", "mark",
    "small", "sub", "sup", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip
_ALLOWED_ATTRS = {"class", "colspan", "rowspan", "align", "border"}
_DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "svg", "math", "noscript"}
_VOID = {"br", "hr", "col"}


class _AllowListHTML(HTMLParser):
    """Re-serialise HTML keeping only plain structural tags and inert attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_WITH_CONTENT:
            self.dropping += tag not in _VOID
            return
        if self.dropping or tag not in _ALLOWED_TAGS:
            return
        kept = "".join(
            f' {name}="{html.escape(value or "")}"' for name, value in attrs if name in _ALLOWED_ATTRS
        )
        self.out.append(f"<{tag}{kept}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_WITH_CONTENT:
            self.dropping = max(0, self.dropping - 1)
        elif not self.dropping and tag in _ALLOWED_TAGS and tag not in _VOID:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(html.escape(data))


def sanitize_html(markup: str) -> str:
    """``markup`` with every tag outside a small allow-list removed and all text escaped."""
    parser = _AllowListHTML()
    parser.feed(markup)
    parser.close()
    return "".join(parser.out)


def markdown_html(text: str) -> str:
    """Markdown → HTML with raw HTML escaped and unsafe links neutralised."""
    import mistune

    return mistune.create_markdown(escape=True, plugins=["table", "strikethrough"])(text)


def _text(value: str | list[str]) -> str:
    return "".join(value) if isinstance(value, list) else value


def render_output(output: Mapping[str, Any]) -> tuple[str, str | None]:
    """One cell output → (HTML, figure name or None). stderr and widgets are left out."""
    kind = output.get("output_type")
    if kind == "stream":
        if output.get("name") != "stdout":
            return "", None
        return f'<pre class="stream">{html.escape(_text(output["text"]))}</pre>', None
    if kind == "error":
        trace = strip_ansi("\n".join(output.get("traceback", [])))
        return f'<pre class="error">{html.escape(trace)}</pre>', None
    data = output.get("data", {})
    if "image/png" in data:
        name = output.get("metadata", {}).get("image/png", {}).get(FIGURE_KEY)
        png = re.sub(r"\s", "", _text(data["image/png"]))
        base64.b64decode(png, validate=True)  # refuse anything that is not base64
        anchor = f' id="fig-{html.escape(name)}"' if name else ""
        caption = f"<figcaption>{html.escape(name)}</figcaption>" if name else ""
        alt = html.escape(name or "figure")
        return f'<figure{anchor}><img src="data:image/png;base64,{png}" alt="{alt}">{caption}</figure>', name
    if "text/html" in data:
        return f'<div class="output">{sanitize_html(_text(data["text/html"]))}</div>', None
    if "text/markdown" in data:
        return f'<div class="output">{markdown_html(_text(data["text/markdown"]))}</div>', None
    if "text/plain" in data:
        return f'<pre class="result">{html.escape(_text(data["text/plain"]))}</pre>', None
    return "", None


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
    parts, figures = [], []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            parts.append(f'<section class="md">{markdown_html(cell.source)}</section>')
        elif cell.cell_type == "code":
            for output in cell.get("outputs", []):
                markup, name = render_output(output)
                parts.append(markup)
                if name:
                    figures.append(name)
    return "\n".join(p for p in parts if p), figures


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


def page_html(title: str, body: str, nav: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head>"
        f"<body>{nav}{body}</body></html>\n"
    )


@dataclass(frozen=True)
class NotebookPage:
    """One rendered notebook of the report."""

    name: str  # file stem, e.g. "02_sentiment"
    title: str
    page: Path
    figures: tuple[str, ...]
    seconds: float
    error: str | None = None  # the failing cell's colour-free traceback



def nav_html(pages: Sequence[tuple[str, str]], i: int) -> str:
    links = ['<a href="index.html">Index</a>']
    if i > 0:
        links.append(f'<a href="{pages[i - 1][0]}.html">← {html.escape(pages[i - 1][1])}</a>')
    if i < len(pages) - 1:
        links.append(f'<a href="{pages[i + 1][0]}.html">{html.escape(pages[i + 1][1])} →</a>')
    return f"<nav>{''.join(links)}</nav>"


def index_html(pages: Sequence[NotebookPage], figures_dir: Path, out: Path, stamp: str, pdf: Path | None,
               pdf_note: str = "") -> str:
    """The report's front page: date, the PDF, and each notebook with links to its figures."""
    rows = []
    for page in pages:
        first_line = (page.error or "").splitlines()[0] if page.error else ""
        status = f' <span class="failed">(failed: {html.escape(first_line)})</span>' if page.error else ""
        figs = "".join(
            f'<li><a href="{page.name}.html#fig-{html.escape(f)}">{html.escape(f)}</a> '
            f'(<a href="{html.escape(relative_link(figures_dir / (f + ".png"), out))}">PNG</a>, '
            f'<a href="{html.escape(relative_link(figures_dir / (f + ".svg"), out))}">SVG</a>)</li>'
            for f in page.figures
        )
        rows.append(
            f'<li><a href="{page.name}.html">{html.escape(page.title)}</a>{status}'
            f"<ul>{figs or '<li>no figures</li>'}</ul></li>"
        )
    whole = f'<a href="{html.escape(pdf.name)}">the whole report as PDF</a>' if pdf else html.escape(pdf_note)
    return (
        "<h1>rostrum — discourse, framing and sentiment report</h1>"
        f'<p class="meta">Generated {html.escape(stamp)} · {whole}</p>'
        "<p>Each page below is one notebook of <code>notebooks/</code>, executed from top to bottom for "
        "this report (code hidden). Every figure is also in the figures folder as PNG and SVG, under the "
        "name listed here.</p>"
        "<h2>Notebooks and their figures</h2>"
        f"<ol>{''.join(rows)}</ol>"
    )


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
