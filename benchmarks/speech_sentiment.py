"""Throughput of the official-speech tone model (``rostrum-speech``) with warm embeddings.

Embeds every sentence of the official-speech gold corpus once (filling the embedding
cache), then times ``SpeechScorer.score`` over the same sentences several times, in one
thread (``OMP/OPENBLAS/MKL_NUM_THREADS=1`` are set before numpy loads), and prints the
median sentences per second per core. The cold embedding rate is printed too: on a
corpus seen for the first time that is the cost that dominates.

Usage: ``python benchmarks/speech_sentiment.py [--repeats N] [--cache DIR]``.
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pandas as pd  # noqa: E402

from analysis.sentiment.speech import SpeechScorer  # noqa: E402

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "official" / "sentences.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=None, help="embedding cache (default: a fresh temporary folder)")
    args = parser.parse_args()
    texts = pd.read_json(GOLD, lines=True)["text"].tolist()
    with tempfile.TemporaryDirectory() as tmp:
        scorer = SpeechScorer(cache_dir=args.cache or tmp)
        start = time.perf_counter()
        scorer.score(texts)
        cold = time.perf_counter() - start
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            scorer.score(texts)
            times.append(time.perf_counter() - start)
    warm = statistics.median(times)
    print(f"sentences: {len(texts)}")
    print(f"cold (embedding + scoring): {cold:.1f} s = {len(texts) / cold:,.0f} sentences/s on one core")
    print(f"warm (cached embeddings), median of {args.repeats}: {warm:.3f} s = {len(texts) / warm:,.0f} sentences/s on one core")


if __name__ == "__main__":
    main()
