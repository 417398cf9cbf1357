"""Sentence-splitting speed: why English uses our rule splitter and not pysbd.

Run: .venv/bin/python benchmarks/segment_speed.py [--speeches N] [--full]

Prints, from one run: sentences per second of analysis.segmentation.segment() on UNGDC
speeches (the whole corpus with --full, else a seeded sample), the same speeches split by
pysbd (a sample: it is slow), razdel on the same English text for reference, and the
projected time to segment all ~700k UNGDC sentences with each. Also times load_corpus on
the whole UNGDC. Needs ../shared/corpora/ungdc (or ROSTRUM_UNGDC=path).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UNGDC = Path(os.environ.get("ROSTRUM_UNGDC", REPO.parent / "shared" / "corpora" / "ungdc"))


def timed(fn, repeat: int = 3):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speeches", type=int, default=300, help="sample size for the rule splitter")
    parser.add_argument("--pysbd-speeches", type=int, default=10)
    parser.add_argument("--full", action="store_true", help="segment the whole corpus once")
    args = parser.parse_args()

    from analysis.corpus import load_corpus
    from analysis.segmentation import segment, split_sentences

    start = time.perf_counter()
    corpus = load_corpus(UNGDC)
    load_s = time.perf_counter() - start
    statements = corpus.statements
    print(f"load_corpus(UNGDC): {load_s:.1f} s for {len(statements)} statements "
          f"({corpus.report.seen} files seen, {len(corpus.report.rejected)} rejected)")

    sample = statements if args.full else statements.sample(min(args.speeches, len(statements)), random_state=0)
    seconds, sentences = timed(lambda: segment(sample), repeat=1 if args.full else 3)
    rate = len(sentences) / seconds
    per_speech = len(sentences) / len(sample)
    total = per_speech * len(statements)
    print(f"segment(): {len(sentences)} sentences from {len(sample)} speeches in {seconds:.2f} s "
          f"(median of runs) = {rate:,.0f} sentences/s; whole corpus ≈ {total:,.0f} sentences "
          f"≈ {total / rate:.0f} s")

    texts = sample["text"].tolist()[: args.pysbd_speeches]
    import pysbd
    from razdel import sentenize

    segmenter = pysbd.Segmenter(language="en", clean=False)
    ours_s, ours = timed(lambda: sum(len(split_sentences(t, "en")) for t in texts))
    pysbd_s, theirs = timed(lambda: sum(len(segmenter.segment(t)) for t in texts), repeat=1)
    razdel_s, razdel_n = timed(lambda: sum(1 for t in texts for _ in sentenize(t)))
    print(f"on {len(texts)} speeches: rule splitter {ours / ours_s:,.0f} sentences/s ({ours}), "
          f"razdel {razdel_n / razdel_s:,.0f}/s ({razdel_n}), pysbd {theirs / pysbd_s:,.0f}/s ({theirs})")
    print(f"ratio rule/pysbd speed: {(ours / ours_s) / (theirs / pysbd_s):.0f}x; "
          f"pysbd would need ≈ {total / (theirs / pysbd_s) / 60:.0f} min for the corpus")


if __name__ == "__main__":
    main()
