"""Browser tests with Debian's chromium driven by Playwright (no browser download).

1. JupyterLab on loopback opens a notebook, runs all cells, and shows no error output.
2. The rendered report shows its figures (images decoded, screenshot not blank).
Both skip with a reason when /usr/bin/chromium or Playwright is missing.
"""

from __future__ import annotations

import io
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from analysis.report import CHROMIUM_FLAGS, inject_parameters
from report_build import IPYTHONDIR, NOTEBOOKS
from paths import REPO

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                       "(./run test installs it as root with apt)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the dev extra) is not installed")
# Flags for chromium as root in a container, kept off the network; Playwright adds --headless itself.
BROWSER_ARGS = [flag for flag in CHROMIUM_FLAGS if flag != "--headless"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def lab(tmp_path):
    """JupyterLab on 127.0.0.1 serving a copy of notebook 01 (absolute corpus path) in tmp_path."""
    work = tmp_path / "notebooks"
    work.mkdir()
    nb = nbformat.read(NOTEBOOKS / "01_corpus_overview.ipynb", as_version=4)
    inject_parameters(nb, {"corpus": str(REPO / "data" / "seed"), "figures": str(tmp_path / "figures")})
    nbformat.write(nb, work / "01_corpus_overview.ipynb")
    # Lab settings: render every cell (no windowing) so the DOM holds all outputs; no news/update checks.
    settings = tmp_path / "lab-settings"
    (settings / "@jupyterlab" / "notebook-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none"}))
    (settings / "@jupyterlab" / "apputils-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    port, token = _free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "IPYTHONDIR": str(IPYTHONDIR),
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter-config"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "jupyter-runtime"),
    }
    command = [sys.executable, "-m", "jupyter", "lab", "--allow-root", "--no-browser", "--ip=127.0.0.1",
               f"--port={port}", f"--IdentityProvider.token={token}", "--ServerApp.port_retries=0",
               f"--ServerApp.root_dir={work}"]
    log = open(tmp_path / "lab.log", "wb")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not start:\n{(tmp_path / 'lab.log').read_text()[-3000:]}")
                time.sleep(0.5)
        yield base, token, work
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def test_jupyterlab_runs_a_notebook_without_error_output(lab, browser):
    base, token, work = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{base}/lab/tree/01_corpus_overview.ipynb?token={token}")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    # the kernel must be started and idle before "Run All", or Lab may run only the first cell
    page.wait_for_selector(".jp-StatusBar-TextItem:has-text('Idle')", timeout=60_000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
    time.sleep(2)
    page.click(".jp-Notebook")
    page.click(".lm-MenuBar-itemLabel:text-is('Run')", timeout=10_000)  # main menu: Run ▸ Run All Cells
    page.click(".lm-Menu-itemLabel:text-is('Run All Cells')", timeout=10_000)
    code_cells = page.locator(".jp-Notebook .jp-CodeCell")
    count = code_cells.count()
    deadline = time.monotonic() + 180
    while True:
        prompts = page.locator(".jp-Notebook .jp-CodeCell .jp-InputArea-prompt").all_inner_texts()
        done = [p for p in prompts if p.strip().startswith("[") and p.strip()[1:-2].strip().isdigit()]
        if len(done) == count:
            break
        assert time.monotonic() < deadline, f"cells did not finish: {prompts}"
        time.sleep(1)
    errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    tracebacks = [t for t in errors.all_inner_texts() if "Traceback" in t or "Error" in t]
    assert not tracebacks, "error output in the notebook:\n" + "\n---\n".join(tracebacks)
    images = page.locator(".jp-OutputArea-output img")
    assert images.count() >= 4  # the overview's figures are displayed inline
    assert page.locator(".jp-OutputArea-output table").count() >= 2


def test_report_pages_show_their_figures(seed_report, browser):
    from PIL import Image

    report, _ = seed_report
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    shown = 0
    for entry in report.pages:
        if not entry.figures:
            continue
        page.goto(entry.page.resolve().as_uri())
        page.wait_for_load_state("load")
        widths = page.eval_on_selector_all("figure img", "imgs => imgs.map(i => i.complete ? i.naturalWidth : 0)")
        assert len(widths) == len(entry.figures) and all(w > 0 for w in widths), (entry.name, widths)
        shown += 1
    assert shown >= 5
    page.goto((report.index.parent / "01_corpus_overview.html").resolve().as_uri())
    shot = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("L")
    histogram = shot.histogram()
    assert sum(1 for count in histogram if count) > 20, "the screenshot is blank"
    assert shot.size[1] > 1500  # a long page: text and figures, not an error stub
