"""Statement text is data: a corpus carrying <script> and <img onerror> goes through the
notebooks into the report, and no page contains live markup from it (issue 9)."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from analysis.report import build_report
from report_build import NOTEBOOKS, kernel_env

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
STATEMENTS = [
    {"statement_id": "x1", "speaker": SCRIPT, "country": "FRA", "year": 2020, "language": "en",
     "text": f"We trust the United Nations and multilateral cooperation. {SCRIPT} Support for developing "
             "countries is our shared duty and a great success."},
    {"statement_id": "x2", "speaker": f"Delegate {IMG}", "country": "BRA", "year": 2021, "language": "en",
     "text": f"Terrible attacks threaten our security. {IMG} We reject interference in our sovereignty "
             "and call for cooperation."},
    {"statement_id": "x3", "speaker": "Chair", "role": IMG, "country": "USA", "year": 2021, "language": "en",
     "text": "The General Assembly adopted the convention by consensus. Human rights and privacy must be "
             f"protected. {SCRIPT}{IMG}"},
]


class Audit(HTMLParser):
    """Every element and attribute of a page."""

    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


@pytest.mark.slow
def test_hostile_statements_render_as_text_in_every_page(tmp_path):
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text("\n".join(json.dumps(s) for s in STATEMENTS) + "\n", encoding="utf-8")
    notebooks = [NOTEBOOKS / f"{name}.ipynb" for name in ("01_corpus_overview", "02_sentiment", "03_framing")]
    with kernel_env(cache_dir=tmp_path / "cache"):
        report = build_report(notebooks, out=tmp_path / "reports", figures=tmp_path / "figures",
                              params={"corpus": str(corpus), "groups": ["speaker", "role"], "work": str(tmp_path / "work")},
                              pdf=False)
    assert report.failed == (), [p.error for p in report.pages if p.error]
    pages = [report.index, *(p.page for p in report.pages)]
    shown = ""
    for path in pages:
        markup = path.read_text(encoding="utf-8")
        audit = Audit()
        audit.feed(markup)
        tags = [tag for tag, _ in audit.elements]
        assert "script" not in tags and "iframe" not in tags and "svg" not in tags, path.name
        for tag, attrs in audit.elements:
            assert not [name for name in attrs if name.startswith("on")], (path.name, tag, attrs)
            if tag == "img":
                assert attrs["src"].startswith("data:image/png;base64,"), (path.name, attrs)
        shown += markup
    # the hostile text did reach the report, as escaped text (in tables, KWIC lines, quotes)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown
