"""The pipeline's steps, in order, each a small declared record.

A record names the tables a step reads and writes, what its cached results depend on
(its :class:`~analysis.pipeline.identity.Identity`, declared in the step's module
beside its code, and the run's settings that select a model or a codebook) and the
function that computes it, so :func:`analysis.pipeline.run` is a plain loop over these
records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import output_steps, text_steps, topic_step
from .context import TOPIC_MODEL, Inputs, Options, RunContext, StepResult
from .identity import Identity


def _no_settings(options: Options) -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class Step:
    """One step: ``compute(ctx, inputs, identity)`` reads ``reads`` and returns ``writes``.

    ``identity`` is None for a step that is not cached; ``keyed_by(options)`` gives the
    extra ``files``, ``distributions`` and ``settings`` of this run that its key covers.
    """

    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    identity: Identity | None
    compute: Callable[[RunContext, Inputs, str], StepResult]
    keyed_by: Callable[[Options], dict[str, Any]] = _no_settings

    def key(self, options: Options) -> str:
        return self.identity.key(**self.keyed_by(options)) if self.identity else ""


def _name_lists() -> list[Path]:
    """The country names files: topic words and the speakers table's terms leave those names out,
    and news speakers get their country from them (read through ``analysis.countries``, whose
    code hash does not reach ``analysis/data``)."""
    from ..countries import ALIASES, DATA

    return [DATA, ALIASES]


def _sentiment_settings(options: Options) -> dict[str, Any]:
    from ..sentiment.official import cache_identity

    extra = cache_identity(options.sentiment_model)  # the official lexicon matches through analysis.text
    sample = "" if options.sentiment_sample is None else f"|sample {options.sentiment_sample} per statement"
    return {"settings": options.sentiment_model + sample, "files": extra["files"], "distributions": extra["distributions"]}


STEP_RECORDS: tuple[Step, ...] = (
    Step(
        "load", reads=(), writes=("statements",), identity=text_steps.LOAD, compute=text_steps.load,
        keyed_by=lambda o: {"settings": o.format or "", "files": _name_lists()},
    ),
    Step("segment", reads=("statements",), writes=("sentences",), identity=text_steps.SEGMENT, compute=text_steps.segment),
    Step(
        "sentiment", reads=("sentences",), writes=("sentences",), identity=text_steps.SENTIMENT,
        compute=text_steps.sentiment, keyed_by=_sentiment_settings,
    ),
    Step(
        "frames", reads=("sentences",), writes=("sentences", "frame_hits"), identity=text_steps.FRAMES,
        compute=text_steps.frames, keyed_by=text_steps.frames_settings,
    ),
    Step(
        "topics", reads=("statements", "sentences"), writes=("topics", "topic_info", TOPIC_MODEL),
        identity=topic_step.TOPICS, compute=topic_step.topics,
        keyed_by=lambda o: {"files": [*topic_step.guidance_files(o.topic_config), *_name_lists()]},
    ),
    Step(
        "tables", reads=("statements", "sentences", "frame_hits", "topics"), writes=("tables/*",),
        identity=output_steps.TABLES, compute=output_steps.tables,
        keyed_by=lambda o: {"settings": output_steps.AGGREGATE_SETTINGS, "files": _name_lists()},
    ),
    Step(
        "figures",
        reads=("sentences", "tables/sentiment_by_year", "tables/frame_shares_by_year", "tables/topics_by_year",
               TOPIC_MODEL),
        writes=("figures/*",), identity=None, compute=output_steps.figures,  # not cached: drawing is quick
    ),
)  # fmt: skip

STEPS: tuple[str, ...] = tuple(step.name for step in STEP_RECORDS)
