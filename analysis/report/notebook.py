"""Helpers the notebooks call, so that each of their cells reads like a sentence.

Selection and sampling of statements, joins of metadata onto sentences and KWIC lines,
the evidence tables behind a claim, the pipeline's cached steps on a selected table,
and the two notebook mechanics the report relies on: ``show_figure`` (display + save
PNG/SVG under a stable name) and ``stop_here_unless`` (end a notebook cleanly when its
corpus is absent).
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..aggregate import MISSING_GROUP
from ..errors import AnalysisError
from .render import FIGURE_KEY

def _skip_cell(lines: list[str]) -> list[str]:
    return ["pass\n"]


def show_figure(fig: Any, name: str, folder: str | Path) -> list[Path]:
    """Save ``fig`` as ``folder/name.png`` + ``.svg``, display that PNG, and close the figure.

    Displaying the saved file shows readers exactly what the figures folder holds,
    works for figures made without pyplot, and carries the stable ``name`` so the
    report can caption and list it; closing stops the inline backend showing it twice.
    """
    import matplotlib.pyplot as plt
    from IPython.display import display

    from ..plots import save_figure

    paths = save_figure(fig, name, folder)
    png = base64.b64encode(paths[0].read_bytes()).decode("ascii")
    display(
        {"image/png": png, "text/plain": f"<figure {name}: {paths[0]}>"},
        raw=True,
        metadata={"image/png": {FIGURE_KEY: name}},
    )
    plt.close(fig)
    return paths


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

    from ..selection import select

    rows = select(statements, language=language, years=None if years is None else tuple(years))
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


def label_speakers(statements: Any) -> Any:
    """Statements with a ``who`` column: the speaker's name, else the role ("narrator"), else ``MISSING_GROUP``.

    Narrative text has no speaker by design (never invented); for a per-speaker view it
    still needs a row label of its own.
    """
    who = statements["speaker"].fillna(statements["role"]).fillna(MISSING_GROUP)
    return statements.assign(who=who.astype("string"))


def evidence(lines: Any, who: str, frames: str | Sequence[str], *, limit: int | None = 12) -> Any:
    """The KWIC lines behind a claim: lines whose ``who`` contains ``who`` and whose frame is in ``frames``.

    An empty table is evidence too (the speaker does not use the frame), so it says so
    in its caption instead of disappearing.
    """
    from ..tables import kwic_table

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


def run_topics(folder: str | Path, statements: Any) -> tuple[Any, Any] | None:
    """The topics of a finished ``python -m analysis run`` in ``folder`` for ``statements``, or None.

    Returns (the saved topic model, one row per statement of ``statements`` with its run
    topic and the statement's columns). None, with the reason printed, when ``folder``
    has no topics or its run did not assign every one of ``statements`` (another corpus,
    or a narrower selection): a notebook then fits on its own sample and says so.
    """
    import pandas as pd

    from ..topics import load_topics

    folder = Path(folder)
    if not (folder / "topics.parquet").is_file() or not (folder / "topic_model").is_dir():
        print(f"No full-corpus topics at {folder.resolve()} (no topics.parquet and topic_model/).")
        return None
    assigned = pd.read_parquet(folder / "topics.parquet")
    assigned = assigned[assigned["sentence_id"].isna()].drop_duplicates("statement_id")
    documents = statements.merge(assigned.drop(columns=["text", "sentence_id"], errors="ignore"), on="statement_id")
    if len(documents) < len(statements):
        print(f"The run at {folder.resolve()} assigned {len(documents)} of these {len(statements)} statements "
              "(another corpus or selection): not used.")
        return None
    return load_topics(folder / "topic_model"), documents


def load_statements(corpus: str | Path, work: str | Path) -> Any:
    """The statements of ``corpus`` (with their country groups) through the pipeline's load step.

    That step caches what it loaded by the files' content, so a notebook reading a large
    corpus (the General Debate: ~11 CPU-seconds to parse) reads it again in a few seconds;
    its load report stays in ``work``/summary.json.
    """
    import pandas as pd

    from ..pipeline import run

    run([corpus], work, steps=["load"], progress=False, csv=False)
    return pd.read_parquet(Path(work) / "statements.parquet")


def analyse_statements(statements: Any, work: str | Path, *, steps: Sequence[str] = ("segment", "sentiment", "frames"),
                       **run_options: Any) -> dict[str, Any]:
    """Run the pipeline's cached steps on an already selected statements table; return its tables.

    The table goes to :func:`analysis.pipeline.run` as it is (its load step conforms it)
    and the outputs land in ``work`` (Parquet only unless ``csv=True``), so segmentation, sentiment and frames come from the
    content cache whenever the same statements were seen before, in this notebook or any
    other run.
    """
    import pandas as pd

    from ..pipeline import run

    run(statements, work, steps=["load", *steps], **{"csv": False, **run_options})  # notebooks read the Parquet
    names = {"segment": ["sentences"], "sentiment": ["sentences"], "frames": ["frame_hits"],
             "topics": ["topics", "topic_info"]}
    wanted = {name for step in steps for name in names.get(step, [])}
    return {name: pd.read_parquet(Path(work) / f"{name}.parquet") for name in sorted(wanted)}


def sentiment_along(scored: Any, *, bins: int = 5) -> Any:
    """Mean sentiment by position within the statement (first fifth … last fifth) with intervals.

    Official speeches often open with thanks and close with hopes; this shows whether
    the middle, where the substance is, sounds different.
    """
    from ..aggregate import mean_by

    rows = scored.dropna(subset=["sentiment"])
    last = rows.groupby("statement_id")["position"].transform("max")
    relative = (rows["position"] / last.where(last > 0, 1)).clip(0, 1)
    part = (relative * bins).astype(int).clip(upper=bins - 1) + 1
    table = mean_by(rows.assign(part=part), "sentiment", "part")
    return table.rename(columns={"part": f"part of the statement (1 = first {100 // bins} %)"})


def model_card_table(card: Mapping[str, Any]) -> Any:
    """A model card (nested dict) as a two-column table of its fields, dotted paths as names.

    Values are shown whole (a licence must be read in full), escaped; lists of numbers
    (a confusion matrix) are left to figures and long lists are summarised.
    """
    import pandas as pd

    from ..tables import quote_table

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
    return quote_table(pd.DataFrame(rows, columns=["field", "value"]), ["field", "value"], limit=None)
