"""The figure report: execute the notebooks, render HTML pages and a PDF.

The notebooks are the narrative; this module runs them headless (nbclient) with
parameters injected after their ``parameters`` cell, then renders one page per
notebook (code hidden, figures embedded as data URIs, links between pages) plus an
index, and prints the whole report to PDF with Debian's chromium when it is there.

Statement text is data: markdown is rendered with raw HTML escaped, plain text is
escaped, and HTML outputs are re-serialised through an allow-list (no scripts, no
event attributes, no links or images from outputs), so a statement reading
``<script>…`` shows as text in every page, whatever a notebook displayed.

A few small helpers are meant to be called from the notebooks themselves:
``show_figure`` (display + save PNG/SVG under a stable name) and
``stop_here_unless`` (end a notebook cleanly when its corpus is absent).
"""

from __future__ import annotations

import ast
import base64
import datetime as dt
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .errors import AnalysisError, NotebookError

DEFAULT_NOTEBOOKS = Path("notebooks")
PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
FIGURE_KEY = "rostrum_figure"  # output metadata key carrying a figure's stable name
# Colour-free tracebacks and no history database, whatever profile the user has.
KERNEL_ARGUMENTS = ("--InteractiveShell.colors=nocolor", "--HistoryManager.enabled=False")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


# --------------------------------------------------------------------------- helpers for notebooks


def show_figure(fig: Any, name: str, folder: str | Path) -> list[Path]:
    """Save ``fig`` as ``folder/name.png`` + ``.svg``, display that PNG, and close the figure.

    Displaying the saved file shows readers exactly what the figures folder holds,
    works for figures made without pyplot, and carries the stable ``name`` so the
    report can caption and list it; closing stops the inline backend showing it twice.
    """
    import matplotlib.pyplot as plt
    from IPython.display import display

    from .plots import save_figure

    paths = save_figure(fig, name, folder)
    png = base64.b64encode(paths[0].read_bytes()).decode("ascii")
    display(
        {"image/png": png, "text/plain": f"<figure {name}: {paths[0]}>"},
        raw=True,
        metadata={"image/png": {FIGURE_KEY: name}},
    )
    plt.close(fig)
    return paths


def _skip_cell(lines: list[str]) -> list[str]:
    return ["pass\n"]


def stop_here_unless(condition: bool, message: str) -> None:
    """End the notebook cleanly when ``condition`` is false.

    Prints ``message`` (what is missing and how to get it) and turns every later
    cell of this kernel session into a no-op, so "Run all" and the report finish
    without error output instead of failing on a missing corpus. Restarting the
    kernel undoes it. Outside IPython it exits the script with the message.
    """
    if condition:
        return
    print(message)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - plain python without IPython
        raise SystemExit(message) from None
    shell = get_ipython()
    if shell is None:
        raise SystemExit(message)
    if _skip_cell not in shell.input_transformers_post:
        shell.input_transformers_post.append(_skip_cell)


def select_statements(
    statements: Any,
    *,
    language: str | None = None,
    years: Sequence[int] | None = None,
    per_year: int | None = None,
    limit: int | None = None,
    keep: str | None = None,
    seed: int = 0,
) -> Any:
    """Statements in ``language`` and the inclusive ``years`` range, sampled with a fixed seed.

    ``per_year`` keeps at most that many statements per year (so every year of a long
    series stays visible); ``limit`` caps the total. None means no filter / no cap.
    ``keep`` names a boolean column (e.g. ``"p5"``) whose true rows are always kept on
    top of the sample, so a small group stays visible in every year.
    Sampling is deterministic for a given ``seed``, so the report reproduces.
    """
    import pandas as pd

    rows = statements
    if language is not None:
        rows = rows[rows["language"] == language]
    if years is not None:
        first, last = years
        rows = rows[rows["year"].between(first, last)]
    kept = rows[rows[keep].fillna(False).astype(bool)] if keep else rows.iloc[0:0]
    rows = rows.drop(index=kept.index)
    if per_year is not None:
        rows = rows.sample(frac=1.0, random_state=seed).groupby("year", dropna=False).head(per_year)
    if limit is not None and len(rows) > limit:
        rows = rows.sample(limit, random_state=seed)
    return pd.concat([rows, kept]).sort_values("statement_id").reset_index(drop=True)


def with_statement_columns(table: Any, statements: Any, columns: Sequence[str]) -> Any:
    """``table`` (sentences, hits, KWIC lines) joined with statement metadata by ``statement_id``."""
    keep = ["statement_id", *[c for c in columns if c not in table.columns]]
    return table.merge(statements[keep], on="statement_id", how="left")


def corpus_summary(statements: Any, sentences: Any) -> Any:
    """How big the corpus is: statements, sentences, words, speakers, countries, languages, years."""
    import pandas as pd

    words = statements["text"].str.split().str.len()
    years = statements["year"].dropna()
    rows = {
        "statements": len(statements),
        "sentences": len(sentences),
        "words": int(words.sum()),
        "median words per statement": float(words.median()) if len(words) else float("nan"),
        "speakers (named)": statements["speaker"].nunique(),
        "statements without a named speaker": int(statements["speaker"].isna().sum()),
        "countries": statements["country"].nunique(),
        "languages": ", ".join(sorted(statements["language"].dropna().unique())),
        "years": f"{int(years.min())}–{int(years.max())}" if len(years) else "unknown",
    }
    return pd.DataFrame({"value": [str(v) for v in rows.values()]}, index=pd.Index(list(rows), name="measure"))


def load_report_table(report: Any) -> Any:
    """The load report as a table: seen/accepted, then one row per rejection reason with an example."""
    import pandas as pd

    rows = [("seen", report.seen, ""), ("accepted", report.accepted, "")]
    by_reason: dict[str, list] = {}
    for rejection in report.rejected:
        by_reason.setdefault(rejection.reason, []).append(rejection)
    for reason, items in sorted(by_reason.items()):
        example = f"{Path(str(items[0].source)).name}: {items[0].detail}"
        rows.append((f"rejected: {reason}", len(items), example))
    return pd.DataFrame(rows, columns=["inputs", "count", "example"]).set_index("inputs")


def plot_counts(values: Any, *, title: str, xlabel: str = "statements", top: int = 15) -> Any:
    """Horizontal bars of the ``top`` most frequent values; missing values shown as "(none)"."""
    from matplotlib.figure import Figure

    counts = values.astype("object").fillna("(none)").value_counts().head(top)[::-1]
    fig = Figure(figsize=(7, 0.35 * len(counts) + 1.2))
    ax = fig.subplots()
    ax.barh([str(i) for i in counts.index], counts.to_numpy(), color="#4c72b0")
    ax.set(title=title, xlabel=xlabel)
    fig.tight_layout()
    return fig


def plot_histogram(values: Any, *, title: str, xlabel: str, bins: int = 30) -> Any:
    """Histogram of a numeric column (e.g. words per statement), its median marked."""
    from matplotlib.figure import Figure

    data = values.dropna().astype(float)
    fig = Figure(figsize=(7, 3.5))
    ax = fig.subplots()
    ax.hist(data, bins=bins, color="#4c72b0")
    if len(data):
        ax.axvline(data.median(), color="#c44e52", linestyle="--", label=f"median {data.median():.0f}")
        ax.legend()
    ax.set(title=title, xlabel=xlabel, ylabel="count")
    fig.tight_layout()
    return fig


def _label(row: Any, by: Sequence[str]) -> str:
    import pandas as pd

    return " · ".join("(none)" if pd.isna(row[c]) else str(row[c]) for c in by)


def plot_means(table: Any, by: str | Sequence[str], *, title: str, xlabel: str = "mean sentiment (−1 … 1)") -> Any:
    """Group means with their bootstrap intervals and counts (a ``mean_by`` table) as a dot plot.

    Each dot is a group's mean, the bar its 95 % interval, and ``n`` is printed beside
    the label, so a reader sees at once which differences rest on few sentences.
    """
    from matplotlib.figure import Figure

    by = [by] if isinstance(by, str) else list(by)
    rows = table.sort_values("mean").reset_index(drop=True)
    labels = [f"{_label(r, by)}  (n={int(r['n'])})" for _, r in rows.iterrows()]
    fig = Figure(figsize=(7.5, 0.4 * len(rows) + 1.4))
    ax = fig.subplots()
    low = (rows["mean"] - rows["ci_low"]).clip(lower=0).fillna(0)
    high = (rows["ci_high"] - rows["mean"]).clip(lower=0).fillna(0)
    ax.errorbar(rows["mean"], range(len(rows)), xerr=[low, high], fmt="o", color="#4c72b0", capsize=3)
    ax.axvline(0, color="#999", linewidth=0.8)
    ax.set_yticks(range(len(rows)), labels)
    ax.set(title=title, xlabel=xlabel)
    fig.tight_layout()
    return fig


def plot_lines(table: Any, x: str, y: str, *, hue: str | None = None, title: str, ylabel: str) -> Any:
    """``y`` over ``x`` (e.g. years), one line per ``hue`` value, with 95 % bands when the
    table carries ``ci_low``/``ci_high`` (a ``mean_by`` table)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 4))
    ax = fig.subplots()
    groups = table.groupby(hue, dropna=False, sort=True) if hue else [(None, table)]
    for key, rows in groups:
        rows = rows.sort_values(x)
        label = None if hue is None else _hue_label(hue, key)
        (line,) = ax.plot(rows[x], rows[y], marker="o", markersize=3, label=label)
        if {"ci_low", "ci_high"} <= set(rows.columns):
            ax.fill_between(rows[x], rows["ci_low"], rows["ci_high"], color=line.get_color(), alpha=0.15)
    if hue:
        ax.legend(title=hue, fontsize="small")
    ax.set(title=title, xlabel=x, ylabel=ylabel)
    fig.tight_layout()
    return fig


def _hue_label(hue: str, key: Any) -> str:
    import numpy as np
    import pandas as pd

    if pd.isna(key):
        return "(none)"
    if isinstance(key, (bool, np.bool_)):
        return hue if key else f"not {hue}"
    return str(key)


def plot_model_card(card: Mapping[str, Any], split: str = "rusentiment_test") -> Any:
    """The model's validation figures: F1 per label on each evaluated split, and the
    row-normalised confusion matrix on ``split`` (which labels the model mistakes for which)."""
    import numpy as np
    from matplotlib.figure import Figure

    splits = {name: m for name, m in card["metrics"].items() if isinstance(m, Mapping) and "per_class_f1" in m}
    labels = list(card["labels"])
    fig = Figure(figsize=(12, 4.5))
    bars, matrix_ax = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.2, 1]})
    width = 0.8 / max(1, len(splits))
    for i, (name, metrics) in enumerate(splits.items()):
        values = [metrics["per_class_f1"].get(label, np.nan) for label in labels]
        bars.bar(np.arange(len(labels)) + (i - (len(splits) - 1) / 2) * width, values, width,
                 label=f"{name} (weighted F1 {metrics['weighted_f1']:.2f}, n={metrics['n']})")
    bars.set_xticks(range(len(labels)), labels)
    bars.set(ylim=(0, 1.15), ylabel="F1", title="F1 per label")
    bars.legend(fontsize="small", loc="upper left")
    confusion = splits[split]["confusion_matrix"]
    counts = np.asarray(confusion["matrix"], dtype=float)
    shares = counts / np.clip(counts.sum(axis=1, keepdims=True), 1, None)
    matrix_ax.imshow(shares, cmap="Blues", vmin=0, vmax=1)
    for (i, j), value in np.ndenumerate(shares):
        matrix_ax.text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=8,
                       color="white" if value > 0.6 else "black")
    matrix_ax.set_xticks(range(len(confusion["labels"])), confusion["labels"], rotation=30, ha="right")
    matrix_ax.set_yticks(range(len(confusion["labels"])), confusion["labels"])
    matrix_ax.set(xlabel="predicted", ylabel="true", title=f"Confusion matrix, {split} (row shares)")
    fig.tight_layout()
    return fig


def sentiment_along(scored: Any, *, bins: int = 5) -> Any:
    """Mean sentiment by position within the statement (first fifth … last fifth) with intervals.

    Official speeches often open with thanks and close with hopes; this shows whether
    the middle, where the substance is, sounds different.
    """
    from .aggregate import mean_by

    rows = scored.dropna(subset=["sentiment"])
    last = rows.groupby("statement_id")["position"].transform("max")
    relative = (rows["position"] / last.where(last > 0, 1)).clip(0, 1)
    part = (relative * bins).astype(int).clip(upper=bins - 1) + 1
    table = mean_by(rows.assign(part=part), "sentiment", "part")
    return table.rename(columns={"part": f"part of the statement (1 = first {100 // bins} %)"})


def label_speakers(statements: Any) -> Any:
    """Statements with a ``who`` column: the speaker's name, else the role ("narrator"), else "(unknown)".

    Narrative text has no speaker by design (never invented); for a per-speaker view it
    still needs a row label of its own.
    """
    who = statements["speaker"].fillna(statements["role"]).fillna("(unknown)")
    return statements.assign(who=who.astype("string"))


def evidence(lines: Any, who: str, frames: str | Sequence[str], *, limit: int | None = 12) -> Any:
    """The KWIC lines behind a claim: lines whose ``who`` contains ``who`` and whose frame is in ``frames``.

    An empty table is evidence too (the speaker does not use the frame), so it says so
    in its caption instead of disappearing.
    """
    from .tables import kwic_table

    frames = [frames] if isinstance(frames, str) else list(frames)
    chosen = lines[lines["who"].str.contains(who, regex=False, na=False) & lines["frame"].isin(frames)]
    return kwic_table(chosen.sort_values(["frame", "sentence_id"]), extra=("who", "frame"), limit=limit)


def topic_documents(statements: Any, sentences: Any, *, unit: str = "sentence", sample: int | None = None,
                    seed: int = 0) -> Any:
    """The documents a topic model is fitted on: sentences or whole statements, with their metadata.

    Sentences carry their statement's speaker, country, year and groups so topics can be
    compared across them; ``sample`` caps the number of documents (seeded).
    """
    if unit not in ("sentence", "statement"):
        raise AnalysisError(f"unit must be 'sentence' or 'statement', not {unit!r}")
    if unit == "statement":
        documents = statements
    else:
        metadata = [c for c in statements.columns if c not in ("text", "language", "source")]
        documents = with_statement_columns(sentences[["statement_id", "sentence_id", "text", "language"]],
                                           statements, metadata)
    if sample is not None and len(documents) > sample:
        documents = documents.sample(sample, random_state=seed).sort_index()
    return documents.reset_index(drop=True)


def analyse_statements(statements: Any, work: str | Path, *, steps: Sequence[str] = ("segment", "sentiment", "frames"),
                       **run_options: Any) -> dict[str, Any]:
    """Run the pipeline's cached steps on an already selected statements table; return its tables.

    The statements are written to ``work/statements.parquet`` and the pipeline runs from
    there (its steps read what an earlier step left in ``work``), so segmentation,
    sentiment and frames come from the content cache whenever the same statements were
    seen before, in this notebook or any other run.
    """
    import pandas as pd

    from .cache import atomic_write_bytes
    from .pipeline import run

    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(work / "statements.parquet", statements.to_parquet(index=False))
    run([], work, steps=list(steps), **run_options)
    names = {"segment": ["sentences"], "sentiment": ["sentences"], "frames": ["frame_hits"],
             "topics": ["topics", "topic_info"]}
    wanted = {name for step in steps for name in names.get(step, [])}
    return {name: pd.read_parquet(work / f"{name}.parquet") for name in sorted(wanted)}


def model_card_table(card: Mapping[str, Any]) -> Any:
    """A model card (nested dict) as a two-column table of its scalar fields, dotted paths as names.

    Lists of numbers (e.g. a confusion matrix) are left to figures; long lists are summarised.
    """
    import pandas as pd

    rows = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, Mapping):
            for key, item in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), item)
        elif isinstance(value, list):
            if value and all(not isinstance(v, (Mapping, list)) for v in value) and len(value) <= 8:
                rows.append((prefix, ", ".join(map(str, value))))
            elif not any(isinstance(v, list) for v in value):
                rows.append((prefix, f"{len(value)} items"))
        else:
            rows.append((prefix, f"{value:.3f}" if isinstance(value, float) else str(value)))

    walk("", card)
    return pd.DataFrame(rows, columns=["field", "value"]).set_index("field")


# --------------------------------------------------------------------------- parameters


def parameter_names(nb: Any) -> list[str]:
    """Names assigned in the notebook's ``parameters`` cell (its overridable settings)."""
    cell = _parameters_cell(nb)
    names = []
    for node in ast.parse(cell.source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


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


# --------------------------------------------------------------------------- execution


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
    from nbclient.exceptions import CellExecutionError

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
        raise NotebookError(f"{path.name} failed:\n{_strip_ansi(str(exc))}") from None
    return nb


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", text)


# --------------------------------------------------------------------------- rendering

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
        trace = _strip_ansi("\n".join(output.get("traceback", [])))
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


def _page(title: str, body: str, nav: str = "") -> str:
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


@dataclass(frozen=True)
class Report:
    """What ``build_report`` wrote; ``failed`` lists notebooks whose execution failed."""

    index: Path
    pages: tuple[NotebookPage, ...]
    pdf: Path | None
    pdf_note: str
    seconds: float
    failed: tuple[str, ...] = field(default_factory=tuple)


def _nav(pages: Sequence[tuple[str, str]], i: int) -> str:
    links = ['<a href="index.html">Index</a>']
    if i > 0:
        links.append(f'<a href="{pages[i - 1][0]}.html">← {html.escape(pages[i - 1][1])}</a>')
    if i < len(pages) - 1:
        links.append(f'<a href="{pages[i + 1][0]}.html">{html.escape(pages[i + 1][1])} →</a>')
    return f"<nav>{''.join(links)}</nav>"


def _index_body(pages: Sequence[NotebookPage], figures_dir: Path, out: Path, stamp: str, pdf: str) -> str:
    rows = []
    for page in pages:
        first_line = (page.error or "").splitlines()[0] if page.error else ""
        status = f' <span class="failed">(failed: {html.escape(first_line)})</span>' if page.error else ""
        figs = "".join(
            f'<li><a href="{page.name}.html#fig-{html.escape(f)}">{html.escape(f)}</a> '
            f'(<a href="{html.escape(_rel(figures_dir / (f + ".png"), out))}">PNG</a>, '
            f'<a href="{html.escape(_rel(figures_dir / (f + ".svg"), out))}">SVG</a>)</li>'
            for f in page.figures
        )
        rows.append(
            f'<li><a href="{page.name}.html">{html.escape(page.title)}</a>{status}'
            f"<ul>{figs or '<li>no figures</li>'}</ul></li>"
        )
    return (
        "<h1>rostrum — discourse, framing and sentiment report</h1>"
        f'<p class="meta">Generated {html.escape(stamp)} · {html.escape(pdf)}</p>'
        "<h2>Notebooks and their figures</h2>"
        f"<ol>{''.join(rows)}</ol>"
    )


def _rel(path: Path, start: Path) -> str:
    import os

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


# --------------------------------------------------------------------------- the report


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
    log: Any = None,
) -> Report:
    """Execute ``notebooks`` (default ``notebooks/*.ipynb``) and render the report into ``out``.

    ``params`` are ``[NOTEBOOK:]KEY=VALUE`` strings (or a mapping KEY → value): a KEY
    goes to every notebook whose parameters cell defines it, ``06:KEY=…`` only to
    notebooks whose name starts with ``06``. ``figures`` is passed to every notebook
    as its ``figures`` parameter, so all figures land in one folder as PNG + SVG.
    A failing notebook is rendered with its error and listed in ``Report.failed``.
    """
    import nbformat

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
    out, figures_dir = Path(out), Path(figures)
    out.mkdir(parents=True, exist_ok=True)
    figures_dir.mkdir(parents=True, exist_ok=True)

    executed, used = [], set()
    known_by_path = {path: parameter_names(nbformat.read(path, as_version=4)) for path in paths}
    for path, known in known_by_path.items():
        used |= set(_params_for(path.stem, known, parsed))
    unused = sorted({key for _, key, _ in parsed} - used)
    if unused:
        raise NotebookError(f"parameter(s) {unused} are not defined by any of the notebooks run")
    for path, known in known_by_path.items():
        chosen = _params_for(path.stem, known, parsed)
        if "figures" in known:
            chosen.setdefault("figures", str(figures_dir.resolve()))
        log(f"[report] executing {path.name} …")
        t0 = time.perf_counter()
        nb, error = _execute_for_report(path, chosen, timeout)
        seconds = time.perf_counter() - t0
        status = "FAILED " + error.splitlines()[0] if error else "ok"
        log(f"[report] {path.name}: {status} in {seconds:.1f} s")
        executed.append((path, nb, seconds, error))

    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    titles = [(p.stem, notebook_title(nb, p.stem)) for p, nb, _, _ in executed]
    pages, bodies = [], []
    for i, (path, nb, seconds, error) in enumerate(executed):
        body, figs = render_body(nb)
        header = f'<p class="meta">Report generated {html.escape(stamp)} from {html.escape(path.name)}</p>'
        page_path = out / f"{path.stem}.html"
        page_path.write_text(_page(titles[i][1], header + body, _nav(titles, i)), encoding="utf-8")
        pages.append(NotebookPage(path.stem, titles[i][1], page_path, tuple(figs), seconds, error))
        bodies.append(f'<div class="page">{body}</div>')

    pdf_path, pdf_note = None, "PDF not requested (--no-pdf)"
    if pdf:
        with tempfile.TemporaryDirectory(prefix="rostrum-report-") as tmp:
            whole = Path(tmp) / "report.html"
            cover = f'<div class="page">{_index_body(pages, figures_dir, out, stamp, "")}</div>'
            whole.write_text(_page("rostrum report", cover + "".join(bodies)), encoding="utf-8")
            candidate = out / "report.pdf"
            candidate.unlink(missing_ok=True)
            pdf_note = print_pdf(whole, candidate)
            pdf_path = candidate if candidate.exists() else None
    log(f"[report] {pdf_note}")

    index = out / "index.html"
    index.write_text(
        _page("rostrum report", _index_body(pages, figures_dir, out, stamp, pdf_note)), encoding="utf-8"
    )
    failed = tuple(p.name for p in pages if p.error)
    return Report(index, tuple(pages), pdf_path, pdf_note, time.perf_counter() - started, failed)


def _execute_for_report(path: Path, params: Mapping[str, Any], timeout: int) -> tuple[Any, str | None]:
    """Execute, keeping going past a failing cell so the page shows where it broke."""
    nb = execute_notebook(path, params, timeout=timeout, allow_errors=True)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                trace = _strip_ansi("\n".join(output.get("traceback", [])))
                return nb, f"{output.get('ename')}: {output.get('evalue')}\n{trace}"
    return nb, None


# --------------------------------------------------------------------------- CLI


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
    parser.set_defaults(handler=_cli_report)


def _cli_report(args: Any) -> int:
    report = build_report(
        args.notebooks,
        out=args.out,
        figures=args.figures,
        params=args.param,
        pdf=not args.no_pdf,
        timeout=args.timeout,
    )
    print(f"report: {report.index} ({len(report.pages)} pages, {report.seconds:.0f} s)")
    print(report.pdf_note)
    if report.failed:
        print(f"failed notebooks: {', '.join(report.failed)}", file=sys.stderr)
        return 1
    return 0
