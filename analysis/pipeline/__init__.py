"""One call from a corpus to the tables every notebook reads: ``run(sources, out)``.

Steps, in order: ``load → segment → sentiment → frames → topics → tables → figures``,
each a record in :mod:`.steps` (the tables it reads and writes, its cache identity, its
function); ``run()`` (:mod:`.runner`) loops over them and writes the outputs:

* ``statements.parquet`` (load), ``sentences.parquet`` (segment, then the sentiment
  columns and one hit count per frame added by sentiment and frames),
  ``frame_hits.parquet`` (the long table), ``topics.parquet`` + ``topic_info.parquet``,
  ``tables/*.parquet`` (group × year aggregates with bootstrap intervals),
  ``figures/`` (PNG + SVG), ``topic_model/`` (safetensors, JSON, Parquet) and
  ``summary.json`` (counts, the load report, model cards, library versions, seconds
  per step, cache hits and misses).

Steps can be skipped or run alone: a step that did not run in this call reads its
inputs from the files an earlier run left in ``out``, unless a step of this call
changed what they were made from.

**Cache** (:mod:`.partitioned_cache`, :mod:`.identity`). Segmentation, sentiment and
frames work statement by statement, so their results are cached per statement, keyed
by the content of its rows and the step's *identity* (the files of the step's package,
a user codebook, the versions of the libraries it uses). A rerun reads everything
back; adding ten statements computes only their sentences; changing the model file or
the codebook changes the identity and recomputes. Entries are verified by checksum, so
a corrupt or half-written one is recomputed, never trusted; each partition is stored
as soon as it finishes, so an interrupted run resumes where it stopped. The load step
is cached by the bytes of the source files, topics and aggregates as wholes.

**Engines** (:mod:`analysis.engines`). Work missing from the cache is cut into
partitions of whole statements (about ``partition_chars`` characters of text each)
and run in-process or on Dask workers; both run the same module-level functions on
the same partitions, so their tables are equal row for row. Topics at scale are
described in :mod:`.topic_step`.

**Output folder** (:mod:`.output_folder`). ``out`` is checked before any computing; the
run writes into a hidden sibling folder that replaces ``out`` at the end, so ``out``
always holds one run's outputs and a failed run leaves it as it was. A partial run
carries over only the earlier outputs that nothing it changed feeds.
"""

from __future__ import annotations

from ..lazy import lazy_exports
from .cli import register_cli

_PUBLIC = {
    "run": "analysis.pipeline.runner",
    "STEPS": "analysis.pipeline.steps",
    "Step": "analysis.pipeline.steps",
    "cached_map": "analysis.pipeline.partitioned_cache",
    "cached_tables": "analysis.pipeline.partitioned_cache",
    "CacheStats": "analysis.pipeline.partitioned_cache",
    "step_identity": "analysis.pipeline.identity",
    "segment_partition": "analysis.pipeline.text_steps",
    "sentiment_partition": "analysis.pipeline.text_steps",
    "frames_partition": "analysis.pipeline.text_steps",
}

__all__ = sorted([*_PUBLIC, "register_cli"])

__getattr__ = lazy_exports(__name__, _PUBLIC)
