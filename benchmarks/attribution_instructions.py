"""News attribution work per pass as a count of machine instructions, which the load of a shared box does not move.

Run: .venv/bin/python benchmarks/attribution_instructions.py [ru|en ...]   (needs valgrind; about two minutes a language)

For each language, runs the news_quotes articles (as ``attribution_speed.py``: ../shared/corpora/news_quotes or
ROSTRUM_NEWS=path) under ``valgrind --tool=cachegrind --cache-sim=no`` twice, once with the warm-up pass only and once
with two passes more (the benchmark's caches cleared before each), and prints the difference halved: the instructions
of one warm pass. Hash seeds are fixed; two runs of the same code still differ by some tens of millions of
instructions (object addresses), so compare differences well above that.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NEWS = Path(os.environ.get("ROSTRUM_NEWS", REPO.parent / "shared" / "corpora" / "news_quotes"))


def passes(language: str, count: int) -> None:
    """The measured process: a warm-up pass over the articles, then ``count`` passes with the caches cleared."""
    from analysis.attribution.caseless import _scannable
    from analysis.attribution.mentions import _read_before, _trim_tail
    from analysis.attribution.resolution import split_cached
    from analysis.attribution.sentences import attribute_sentences
    from analysis.attribution.words import _words
    from analysis.corpus.textdir import split_front_matter

    bodies = [split_front_matter(p.read_text(encoding="utf-8"))[1] for p in sorted((NEWS / language).glob("*.txt"))]
    for _ in range(count + 1):
        for cache in (split_cached, _words, _scannable, _read_before, _trim_tail):
            cache.cache_clear()
        for body in bodies:
            attribute_sentences(body, language)


def instructions(language: str, count: int) -> int:
    """Instructions valgrind counts for ``passes(language, count)`` in a fresh process."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(REPO)}
    run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, __file__, "--passes", language, str(count)],
                         env=env, capture_output=True, text=True, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if not found:
        raise RuntimeError(f"no instruction count in valgrind's output: {run.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    if sys.argv[1:2] == ["--passes"]:
        passes(sys.argv[2], int(sys.argv[3]))
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed; it counts the instructions this benchmark reports "
                 "(Debian: apt-get install valgrind). benchmarks/attribution_speed.py times the same passes without it.")
    for language in sys.argv[1:] or ["ru", "en"]:
        warm, more = instructions(language, 0), instructions(language, 2)
        print(f"{language}: {(more - warm) / 2 / 1e6:,.1f} M instructions per warm pass "
              f"(process with the warm-up only {warm / 1e6:,.0f} M, with two passes more {more / 1e6:,.0f} M)")


if __name__ == "__main__":
    main()
