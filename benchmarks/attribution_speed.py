"""News attribution speed: articles per second per core (issue 18 target: at least 200).

Run: .venv/bin/python benchmarks/attribution_speed.py [--repeat N]

Prints, from one run: articles/s and sentences/s of ``attribute_sentences`` on the news_quotes
articles (../shared/corpora/news_quotes, ru and en separately, or ROSTRUM_NEWS=path), timed in
one process on one core after a warm-up pass (pymorphy3 and the cue tables load once per
process; that start-up is printed apart). CPU seconds are measured with ``time.process_time``
so a loaded machine shows in the wall figure, not the per-core one. Each pass over the articles
is timed on its own: the median pass, the slowest and the fastest are printed, since on a shared
machine one pass can be a quarter slower than the next.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NEWS = Path(os.environ.get("ROSTRUM_NEWS", REPO.parent / "shared" / "corpora" / "news_quotes"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5, help="timed passes over every article")
    args = parser.parse_args()

    start = time.process_time()
    from analysis.attribution.caseless import _scannable
    from analysis.attribution.mentions import _read_before
    from analysis.attribution.tails import _trim_tail
    from analysis.attribution.resolution import split_cached
    from analysis.attribution.words import _words
    from analysis.attribution.sentences import attribute_sentences
    from analysis.corpus.textdir import split_front_matter
    attribute_sentences("Министр Иван Петров заявил, что всё готово. He said so.", "ru")
    print(f"start-up (imports, pymorphy3, cue tables): {time.process_time() - start:.2f} CPU s")

    for language in ("ru", "en"):
        bodies = [split_front_matter(p.read_text(encoding="utf-8"))[1] for p in sorted((NEWS / language).glob("*.txt"))]
        for body in bodies:  # warm-up: per-word morphology caches, as a corpus run has after a few articles
            attribute_sentences(body, language)
        passes, wall, sentences = [], time.perf_counter(), 0
        for _ in range(args.repeat):
            for cache in (split_cached, _words, _scannable, _read_before, _trim_tail):
                cache.cache_clear()  # a repeated paragraph or head must not be free; word-level caches stay warm
            cpu = time.process_time()
            for body in bodies:
                sentences += len(attribute_sentences(body, language)[0])
            passes.append(len(bodies) / (time.process_time() - cpu))
        wall = time.perf_counter() - wall
        articles = len(bodies) * args.repeat
        cpu = sum(len(bodies) / rate for rate in passes)
        chars = sum(map(len, bodies)) / len(bodies)
        print(f"{language}: {len(bodies)} articles (mean {chars:,.0f} chars) x {args.repeat}: "
              f"median pass {statistics.median(passes):,.0f} articles/CPU-s (slowest {min(passes):,.0f}, "
              f"fastest {max(passes):,.0f}); overall {articles / cpu:,.0f} articles/CPU-s, "
              f"{sentences / cpu:,.0f} sentences/CPU-s ({articles / wall:,.0f} articles/s wall)")


if __name__ == "__main__":
    main()
