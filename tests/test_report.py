"""The report: pages, navigation, figures, PDF, CLI, parameters and the HTML allow-list."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser

import nbformat
import pytest

from analysis.cli import main
from analysis.errors import NotebookError
from analysis.report import (
    build_report,
    find_chromium,
    markdown_html,
    parse_param,
    render_body,
    sanitize_html,
)
from report_build import kernel_env, notebook_names

FIGURE_CELL = """
from matplotlib.figure import Figure
from analysis.report.notebook import show_figure
fig = Figure(figsize=(4, 3))
ax = fig.subplots()
ax.plot([1, 2, 3], [3, 1, 2])
ax.set_title(title)
show_figure(fig, NUMBER + "_line", figures);
"""


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def elements(markup: str) -> list[tuple[str, dict]]:
    parser = Elements()
    parser.feed(markup)
    return parser.tags


def _notebook(path, title="Кривая (a test figure)"):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [
        nbformat.v4.new_markdown_cell("# A tiny notebook\n\nIt draws **one** line."),
        nbformat.v4.new_code_cell(f'title = {title!r}\nfigures = "figs"', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(f"NUMBER = {path.name[:2]!r}" + FIGURE_CELL),
        nbformat.v4.new_code_cell('print("done <b>really</b>")'),
    ]
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def tiny_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    first = _notebook(root / "09_tiny.ipynb")
    second = _notebook(root / "10_other.ipynb")
    with kernel_env():
        report = build_report([first, second], out=root / "out", figures=root / "figs", params=["09:title=Override"])
    return report, root


def test_pages_index_navigation_and_embedded_figures(tiny_report):
    report, root = tiny_report
    assert report.failed == ()
    index = report.index.read_text()
    assert 'href="09_tiny.html"' in index and 'href="10_other.html"' in index
    assert 'href="09_tiny.html#fig-09_line"' in index
    assert re.search(r"Generated \d{4}-\d\d-\d\d \d\d:\d\d UTC", index)
    first = (root / "out" / "09_tiny.html").read_text()
    assert "<title>A tiny notebook</title>" in first
    assert 'href="index.html"' in first and 'href="10_other.html"' in first
    assert "show_figure" not in first, "code must be hidden"
    images = [attrs for tag, attrs in elements(first) if tag == "img"]
    assert len(images) == 1 and images[0]["src"].startswith("data:image/png;base64,")
    assert base64.b64decode(images[0]["src"].split(",", 1)[1])[:4] == b"\x89PNG"
    assert "done &lt;b&gt;really&lt;/b&gt;" in first  # printed text is text
    for ext in ("png", "svg"):
        assert (root / "figs" / f"09_line.{ext}").stat().st_size > 1000
    assert report.pages[0].figures == ("09_line",)


def test_parameters_reach_only_the_named_notebook(tiny_report):
    _, root = tiny_report
    # the override reached 09's figure title; 10 kept the default
    assert "Override" in (root / "figs" / "09_line.svg").read_text()
    assert "Кривая" not in (root / "figs" / "09_line.svg").read_text()
    assert "Кривая" in (root / "figs" / "10_line.svg").read_text()
    with pytest.raises(NotebookError, match="not defined by any"):
        build_report([root / "09_tiny.ipynb"], out=root / "x", figures=root / "y", params=["colour=red"])
    with pytest.raises(NotebookError, match="has no parameter"):
        build_report([root / "09_tiny.ipynb"], out=root / "x", figures=root / "y", params=["09:colour=red"])


def test_pdf_is_printed_when_chromium_is_there(tiny_report):
    report, _ = tiny_report
    if find_chromium() is None:
        assert report.pdf is None and "chromium not found" in report.pdf_note
        pytest.skip("chromium not installed: the PDF is skipped with a printed reason")
    assert report.pdf.read_bytes()[:5] == b"%PDF-"
    assert report.pdf.stat().st_size > 10_000  # the figure made it in
    assert 'href="report.pdf"' in report.index.read_text()


def test_cli_exit_codes_and_failed_notebook_page(tmp_path, capsys):
    broken = nbformat.v4.new_notebook()
    broken.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    broken.cells = [
        nbformat.v4.new_markdown_cell("# Broken"),
        nbformat.v4.new_code_cell("figures = 'f'", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("raise ValueError('<script>alert(1)</script>')"),
    ]
    nbformat.write(broken, tmp_path / "01_broken.ipynb")
    with kernel_env():
        code = main(["report", "--notebooks", str(tmp_path / "01_broken.ipynb"), "--out", str(tmp_path / "out"),
                     "--figures", str(tmp_path / "f"), "--no-pdf"])
    assert code == 1
    assert "failed notebooks: 01_broken" in capsys.readouterr().err
    page = (tmp_path / "out" / "01_broken.html").read_text()
    assert "ValueError" in page and not [t for t, _ in elements(page) if t == "script"]


def test_allow_list_keeps_tables_and_drops_everything_live():
    markup = (
        '<div><style>td{color:red}</style><table class="dataframe" onclick="x()"><tr>'
        '<td>&lt;script&gt;</td><td><img src=x onerror=alert(1)></td><td><script>alert(1)</script>kept</td>'
        '<td><a href="javascript:alert(1)">link</a><svg onload=alert(1)><text>t</text></svg></td></tr></table></div>'
    )
    clean = sanitize_html(markup)
    tags = elements(clean)
    assert {t for t, _ in tags} == {"div", "table", "tbody", "tr", "td"}  # nh3 parses as a browser does
    assert all(not k.startswith("on") for _, attrs in tags for k in attrs)
    assert "&lt;script&gt;" in clean and "kept" in clean and "alert" not in clean
    assert 'class="dataframe"' in clean


def _rendered(*outputs):
    """The report HTML of one code cell carrying ``outputs`` (through nbconvert's exporter)."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x", outputs=[nbformat.from_dict(o) for o in outputs])]
    return render_body(nb)


def test_outputs_render_as_text_unless_they_are_images_or_allowed_html():
    hostile = "<img src=x onerror=alert(1)>"
    for output in (
        {"output_type": "stream", "name": "stdout", "text": hostile},
        {"output_type": "execute_result", "data": {"text/plain": hostile}, "metadata": {}, "execution_count": 1},
        {"output_type": "display_data", "data": {"text/markdown": hostile}, "metadata": {}},
        {"output_type": "display_data", "data": {"text/html": hostile}, "metadata": {}},
        {"output_type": "error", "ename": "E", "evalue": hostile, "traceback": [f"\x1b[31m{hostile}\x1b[0m"]},
    ):
        markup, _ = _rendered(output)
        assert not [t for t, _ in elements(markup) if t == "img"], output
    svg = {"output_type": "display_data", "data": {"image/svg+xml": "<svg onload=alert(1)/>"}, "metadata": {}}
    assert _rendered(svg) == ("", [])  # SVG can carry script: never inlined
    with pytest.raises(ValueError):
        _rendered({"output_type": "display_data", "data": {"image/png": '"><script>'}, "metadata": {}})
    png = base64.b64encode(b"\x89PNG fake").decode()
    markup, figures = _rendered({"output_type": "display_data", "data": {"image/png": png, "text/plain": "<Figure>"},
                                 "metadata": {"image/png": {"rostrum_figure": "02_x"}}})
    assert figures == ["02_x"] and f'src="data:image/png;base64,{png}"' in markup and 'id="fig-02_x"' in markup
    assert "&lt;Figure&gt;" not in markup  # one representation per output: the image
    assert "&lt;script&gt;" in markdown_html("# t <script>x</script>")


def test_param_parsing():
    assert parse_param("06:years=[1989, 2023]") == ("06", "years", [1989, 2023])
    assert parse_param("corpus=../data/seed") == (None, "corpus", "../data/seed")
    assert parse_param("language=null") == (None, "language", None)
    with pytest.raises(NotebookError):
        parse_param("no-equals-sign")


@pytest.mark.slow
def test_seed_report_links_every_notebook_page(seed_report):
    report, _ = seed_report
    index = report.index.read_text()
    for name in notebook_names():
        assert f'href="{name}.html"' in index
        page = (report.index.parent / f"{name}.html").read_text()
        assert 'href="index.html"' in page
        assert not [t for t, _ in elements(page) if t == "script"]
