"""Benchmark: topics on UN General Debate paragraphs that mention the United Nations.

Slice: UNGDC sessions 44-78 (1989-2023), each speech split into paragraphs, kept when
the paragraph contains "United Nations" and has at least 200 characters; then a
fixed-seed random sample of ``--cap`` paragraphs (default 12,000), so the run takes
about 5-10 minutes on two cores. Paragraphs: in most files one line is one paragraph;
about half the sessions' files are hard-wrapped at ~60 characters with their paragraph
breaks lost, and those are re-flowed and cut into paragraph-sized passages of whole
sentences (at least 500 characters).

Prints, from one run: corpus loading time, embedding time with a cold cache, fit time
(clustering, topic words, outlier reassignment; embeddings read from the cache), peak
resident memory, then the time of a second full ``fit_topics`` with the cache warm, and
whether both fits gave identical assignments.

    .venv/bin/python benchmarks/topics_fit.py [--cap 12000] [--corpus ../shared/corpora/ungdc]
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from analysis.corpus import load_corpus  # noqa: E402
from analysis.embeddings import embed  # noqa: E402
from analysis.topics import TopicConfig, fit_topics  # noqa: E402

MENTION = "United Nations"
MIN_CHARS = 200
PASSAGE_CHARS = 500
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-Z])")


def speech_paragraphs(text: str) -> list[str]:
    """Lines when lines are paragraphs; else (hard-wrapped files) passages of whole sentences."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines or statistics.median(len(line) for line in lines) >= MIN_CHARS:
        return lines
    passages, current = [], ""
    for sentence in SENTENCE_END.split(" ".join(lines)):
        current = f"{current} {sentence}".strip()
        if len(current) >= PASSAGE_CHARS:
            passages.append(current)
            current = ""
    return passages + ([current] if current else [])


def paragraphs(statements: pd.DataFrame, first_year: int, last_year: int) -> pd.DataFrame:
    """One row per paragraph mentioning the UN, with the speech's ids and metadata."""
    rows = []
    selected = statements[statements["year"].between(first_year, last_year)]
    for speech in selected.itertuples():
        for position, text in enumerate(speech_paragraphs(str(speech.text))):
            if len(text) >= MIN_CHARS and MENTION in text:
                rows.append({"statement_id": speech.statement_id, "sentence_id": f"{speech.statement_id}:p{position:04d}",
                             "text": text, "country": speech.country, "year": speech.year, "speaker": speech.speaker})
    return pd.DataFrame(rows)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "ungdc")
    parser.add_argument("--cap", type=int, default=12_000, help="paragraphs to sample (fixed seed)")
    parser.add_argument("--years", default="1989-2023")
    parser.add_argument("--backend", default="use", choices=("use", "e5"))
    args = parser.parse_args()
    first, last = (int(y) for y in args.years.split("-"))

    start = time.perf_counter()
    corpus = load_corpus(args.corpus, format="ungdc")
    pool = paragraphs(corpus.statements, first, last)
    chosen = np.sort(np.random.default_rng(42).choice(len(pool), size=min(args.cap, len(pool)), replace=False))
    docs = pool.iloc[chosen].reset_index(drop=True)
    load_s = time.perf_counter() - start
    print(f"slice: UNGDC {first}-{last}, paragraphs >= {MIN_CHARS} chars mentioning {MENTION!r}: "
          f"{len(pool):,} paragraphs from {len(corpus.statements):,} speeches; sampled {len(docs):,} "
          f"({docs['text'].str.len().sum() / 1e6:.1f} M chars), load + split {load_s:.1f} s")

    config = TopicConfig(backend=args.backend)
    with tempfile.TemporaryDirectory(prefix="rostrum-bench-cache-") as cache:
        start = time.perf_counter()
        embed(docs["text"].tolist(), backend=args.backend, cache_dir=cache)
        embed_s = time.perf_counter() - start
        print(f"embed ({args.backend}, cold cache): {embed_s:.1f} s = {len(docs) / embed_s:.0f} paragraphs/s")

        start = time.perf_counter()
        first_model = fit_topics(docs, config=config, cache_dir=cache)
        fit_s = time.perf_counter() - start
        n_topics = int((first_model.topic_info_["topic"] >= 0).sum())
        print(f"fit ({first_model.strategy_}, embeddings cached): {fit_s:.1f} s; {n_topics} topics; outliers "
              f"{first_model.outlier_share_before_reduction_:.1%} -> {first_model.outlier_share_:.1%} after reassignment")
        print(f"peak resident memory so far: {peak_rss_mib():.0f} MiB")

        start = time.perf_counter()
        embed(docs["text"].tolist(), backend=args.backend, cache_dir=cache)
        warm_embed_s = time.perf_counter() - start
        start = time.perf_counter()
        second_model = fit_topics(docs, config=config, cache_dir=cache)
        second_s = time.perf_counter() - start
        print(f"second run, cache warm: embed {warm_embed_s:.1f} s, full fit_topics {second_s:.1f} s "
              f"(first run embed + fit: {embed_s + fit_s:.1f} s)")
        same = first_model.topics_["topic"].equals(second_model.topics_["topic"])
        print(f"identical assignments in both runs: {same}")
    print(f"peak resident memory: {peak_rss_mib():.0f} MiB")
    for row in first_model.topic_info_.head(12).itertuples():
        print(f"  {row.topic:>3} {row.count:>6} {row.share:6.1%}  {row.words[:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
