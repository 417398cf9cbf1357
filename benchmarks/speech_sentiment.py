"""Throughput of the official-speech tone model (``rostrum-speech``) with warm embeddings.

Embeds every sentence of the official-speech gold corpus once (filling the embedding
cache), then times ``SpeechScorer.score`` over the same sentences several times, in one
thread (``OMP/OPENBLAS/MKL_NUM_THREADS=1`` are set before numpy loads), and prints the
median sentences per second per core. The cold embedding rate is printed too: on a
corpus seen for the first time that is the cost that dominates.

Usage: ``python benchmarks/speech_sentiment.py [--repeats N] [--cache DIR] [--limit N]``.
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
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences (a quicker cold run)")
    args = parser.parse_args()
    texts = pd.read_json(GOLD, lines=True)["text"].tolist()[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        scorer = SpeechScorer(cache_dir=args.cache or tmp)
        cold = _timed(lambda: scorer.score(texts))
        warm = [_timed(lambda: scorer.score(texts)) for _ in range(args.repeats)]
    wall, cpu = statistics.median(w for w, _ in warm), statistics.median(c for _, c in warm)
    print(f"sentences: {len(texts)}")
    print(f"cold (embedding + scoring): {cold[0]:.1f} s wall, {cold[1]:.1f} s CPU = "
          f"{len(texts) / cold[1]:,.0f} sentences per CPU-second")
    print(f"warm (cached embeddings), median of {args.repeats}: {wall:.3f} s wall = {len(texts) / wall:,.0f} sentences/s; "
          f"{cpu:.3f} s CPU = {len(texts) / cpu:,.0f} sentences per CPU-second (one thread)")


def _timed(call) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): CPU time is the per-core cost on a busy machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - wall, time.process_time() - cpu


if __name__ == "__main__":
    main()
