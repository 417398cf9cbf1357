"""The closing steps: group × time aggregate tables, and the headline figures."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..cache import content_key
from .context import Inputs, RunContext, StepResult
from .identity import Identity, table_hash
from .partitioned_cache import CacheStats, cached_tables

AGGREGATE_BOOTSTRAP = 1000  # bootstrap resamples per group in the aggregate tables
AGGREGATE_GROUPS = {  # tables/<measure>_by_<name>.parquet; a grouping whose columns are all null is skipped
    "year": ["year"],
    "country": ["country"],
    "speaker": ["speaker"],
    "language": ["language"],
    "p5": ["p5"],
    "g77": ["g77"],
    "development_group": ["development_group"],
    "development_group_year": ["development_group", "year"],
}
AGGREGATE_SETTINGS = json.dumps([AGGREGATE_GROUPS, AGGREGATE_BOOTSTRAP])
TABLES = Identity(
    code=("analysis.aggregate", "analysis.sentiment", "analysis.frames", "analysis.text", "analysis.schema",
          # the speakers table: terms counted with the topic vectorizer's lemmas and stop words, keyness scores
          "analysis.compare.speakers", "analysis.compare.keywords", "analysis.compare.terms",
          "analysis.topics.vectorizer", "analysis.countries"),
    distributions=("numpy", "pandas", "scipy", "scikit-learn", "stop-words", "stopwordsiso", "pymorphy3",
                   "pymorphy3-dicts-ru", "snowballstemmer", "razdel"),
    unrelated={
        **{name: "scorers: the sentiment step's identity covers them" for name in (
            "dostoevsky", "fasttext-numpy2-wheel", "vaderSentiment", "PyYAML")},
        "analysis.model_file": "the scorers' and detectors' weights: their own steps' identities cover them",
        "matplotlib": "figures", "analysis.plots": "figures",
        "analysis.embeddings": "the speech model and the frames' learned fallback: their own steps",
        "analysis.validation": "gold files and metrics for evaluation",
    },
)  # fmt: skip


def _groupable(table: pd.DataFrame, column: str) -> bool:
    return column in table.columns and bool(table[column].notna().any())


TOPIC_PERIOD_YEARS = 5  # topics_by_period: periods of this many years from the corpus's first year ("1989–1993")
TOPIC_GROUPS = ("year", "period", "p5", "development_group", "p5_or_development")  # topics_by_<name>


def topic_tables(topics: pd.DataFrame, statements: pd.DataFrame, sentences: pd.DataFrame,
                 hits: pd.DataFrame | None, frames: Sequence[str] | None) -> dict[str, pd.DataFrame]:  # fmt: skip
    """Topic shares per year, period and country group, and the frame × topic table.

    ``topics_by_<name>``: documents per (group, topic) and their share of the group.
    ``frame_shares_by_topic``: per topic and frame, the share of the topic's sentences that
    carry the frame, with its bootstrap interval (:func:`analysis.frames.frame_shares`);
    each sentence takes its statement's topic, so only statement-level topics give it.
    """
    from ..aggregate import period_labels, shares_by
    from ..countries import p5_or_development_group

    columns = statements[["statement_id"]].copy()
    if _groupable(statements, "year"):
        columns["year"] = statements["year"]
        columns["period"] = period_labels(statements["year"], width=TOPIC_PERIOD_YEARS)
    for name in ("p5", "development_group"):
        if _groupable(statements, name):
            columns[name] = statements[name]
    if _groupable(columns, "p5") and _groupable(columns, "development_group"):
        columns["p5_or_development"] = p5_or_development_group(statements)
    documents = topics.merge(columns, on="statement_id", how="left")
    made = {f"topics_by_{name}": shares_by(documents, ["topic", "topic_label"], [name])
            for name in TOPIC_GROUPS if name in columns.columns}  # fmt: skip
    if hits is not None and topics["sentence_id"].isna().all():
        from ..frames import frame_shares

        labelled = topics[["statement_id", "topic", "topic_label"]].drop_duplicates("statement_id")
        table = frame_shares(hits, sentences, labelled, ["topic", "topic_label"], frames=frames,
                             n_boot=AGGREGATE_BOOTSTRAP)  # fmt: skip
        made["frame_shares_by_topic"] = table
    return made


def aggregate(statements: pd.DataFrame, sentences: pd.DataFrame, hits: pd.DataFrame | None,
              topics: pd.DataFrame | None, frames: Sequence[str] | None = None) -> dict[str, pd.DataFrame]:  # fmt: skip
    """Every aggregate table the inputs allow, by name (``sentiment_by_year``, …); ``frames``: the codebook's keys."""
    made: dict[str, pd.DataFrame] = {}
    groupings = {name: keys for name, keys in AGGREGATE_GROUPS.items() if all(_groupable(statements, k) for k in keys)}
    if "sentiment" in sentences.columns:
        from ..sentiment import sentiment_by

        for name, keys in groupings.items():
            made[f"sentiment_by_{name}"] = sentiment_by(sentences, statements, keys, n_boot=AGGREGATE_BOOTSTRAP)
    if hits is not None:
        from ..frames import frame_shares

        for name, keys in groupings.items():
            made[f"frame_shares_by_{name}"] = frame_shares(hits, sentences, statements, keys, frames=frames,
                                                          n_boot=AGGREGATE_BOOTSTRAP)
    if topics is not None and len(topics):
        made.update(topic_tables(topics, statements, sentences, hits, frames))
    if _groupable(statements, "speaker"):
        from ..compare import speaker_table

        made["speakers"] = speaker_table(statements, sentences, hits, frames=list(frames) if frames else None, terms=0,
                                         n_boot=AGGREGATE_BOOTSTRAP)
    return made


def _codebook_frames(ctx: RunContext) -> tuple[str, ...]:
    """The frame keys of the run's codebook: frame tables list its frames, and only its frames."""
    from ..frames import load_codebook

    return load_codebook(ctx.options.codebook).frame_keys


def tables(ctx: RunContext, inputs: Inputs, identity: str) -> StepResult:
    """Group × time aggregates for notebooks, each with its n and a bootstrap interval.

    Bootstrapping every group of a large corpus takes minutes, so the tables are cached
    under a fingerprint of the columns they are computed from.
    """
    statements, sentences = inputs["statements"], inputs["sentences"]
    hits, topic_table = inputs.get("frame_hits"), inputs.get("topics")
    frames = _codebook_frames(ctx) if hits is not None else ()
    group_columns = sorted({k for keys in AGGREGATE_GROUPS.values() for k in keys} | {"text"})
    key = content_key(
        identity,
        table_hash(statements, ["statement_id", *group_columns]),
        table_hash(sentences, ["statement_id", "sentence_id", "sentiment"]),
        table_hash(hits),
        table_hash(topic_table),
        *frames,
    )
    made, _, hit = cached_tables(ctx.cache("tables"), key,
                                 lambda: (aggregate(statements, sentences, hits, topic_table, frames or None), {}))
    return StepResult(
        tables={f"tables/{name}": table for name, table in made.items()},
        facts={"tables": sorted(made)},
        cache=CacheStats(units_hit=len(made)) if hit else CacheStats(units_computed=len(made)),
    )


def scorer_note(sentences: pd.DataFrame) -> str:
    """Which scorer produced the scores a sentiment figure averages, and a warning when several did.

    Scores of different scorers are not on one scale; a figure that pools them must say so.
    """
    scorers = sorted(set(sentences.get("scorer", pd.Series(dtype="string")).dropna().astype(str)) - {"unscored"})
    if not scorers:
        return "no scorer recorded"
    if len(scorers) == 1:
        return f"scorer: {scorers[0]}"
    return f"pools {len(scorers)} scorers ({', '.join(scorers)}), not on one scale"


def figures(ctx: RunContext, inputs: Inputs, identity: str) -> StepResult:
    """Headline figures (PNG + SVG) drawn by each concern's own plot functions."""
    from ..plots import save_figure

    folder = ctx.out / "figures"
    written: list[Path] = []
    sentences = inputs.get("sentences")
    if sentences is not None and "sentiment" in sentences.columns:
        from ..sentiment.plots import plot_distribution

        written += save_figure(plot_distribution(sentences, by="scorer"), "sentiment_distribution", folder)
    by_year = inputs.get("tables/sentiment_by_year")
    if by_year is not None:
        from ..plots import plot_group_means
        from ..sentiment.plots import SENTIMENT_AXIS

        title = "Sentiment by year" + (f" — {scorer_note(sentences)}" if sentences is not None else "")
        figure = plot_group_means(by_year, "year", title=title, xlabel=SENTIMENT_AXIS, xlim=(-1, 1))
        written += save_figure(figure, "sentiment_by_year", folder)
    shares = inputs.get("tables/frame_shares_by_year")
    if shares is not None:
        from ..frames.plots import plot_frame_shares

        written += save_figure(plot_frame_shares(shares, "year"), "frame_shares_by_year", folder)
    model = inputs.topic_model()
    if model is not None:
        from ..topics.plots import plot_topics_over_time, save_topic_figures

        written += save_topic_figures(model, folder, by_class=None, by_time=None)
        by_year = inputs.get("tables/topics_by_year")  # shares from the tables step: BERTopic's own
        if by_year is not None and len(by_year):       # topics_over_time re-reads every text (minutes on UNGDC)
            written += save_figure(plot_topics_over_time(by_year, "year"), "topics_over_year", folder)
    return StepResult(facts={"figures": sorted({p.name for p in written})})
