"""Benchmark: keyness of the P5 against the rest on the whole UN General Debate corpus.

Phases, timed separately:

* ``load (warm)``: the pipeline's load step with a warm cache (the statements of
  1989-2023 read back from the content cache; a cold load is run first when needed);
* ``term counts``: every speech tokenised, lemmatised / stemmed, stop words and
  boilerplate removed, terms counted per group (``analysis.compare.term_counts``);
* ``keyness``: chi², G², log-odds z for every term (``analysis.compare.keyness``);
* ``contexts``: KWIC lines of the 20 strongest terms of each side.

Target: load (warm) + term counts + keyness under 60 s on the 2-core development box.
Each phase prints wall-clock and CPU seconds and the load average: on a box shared with
other engineers' jobs the CPU seconds are what the code costs, the wall clock what you wait.

    python benchmarks/keyness_ungdc.py [--corpus ../shared/corpora/ungdc] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "ungdc")
    parser.add_argument("--cache-dir", type=Path, help="content cache (default: a temporary folder, warmed first)")
    args = parser.parse_args()

    import pandas as pd

    from analysis.compare import keyness, term_contexts, term_counts, top_terms
    from analysis.pipeline import run

    with tempfile.TemporaryDirectory(prefix="keyness-bench-") as tmp:
        cache = args.cache_dir or Path(tmp) / "cache"
        out = Path(tmp) / "out"
        t0 = time.perf_counter()
        run([args.corpus], out, steps=["load"], cache_dir=cache, progress=False, csv=False)
        first = time.perf_counter() - t0
        timings: dict[str, tuple[float, float]] = {}

        def timed(name, fn):
            wall, cpu = time.perf_counter(), time.process_time()
            result = fn()
            timings[name] = (time.perf_counter() - wall, time.process_time() - cpu)
            return result

        def load():
            run([args.corpus], out, steps=["load"], cache_dir=cache, progress=False, csv=False)
            return pd.read_parquet(out / "statements.parquet")

        statements = timed("load (warm)", load)
        counts = timed("term counts", lambda: term_counts(statements, "p5"))
        table = timed("keyness", lambda: keyness(counts, True, labels=("P5", "the rest")))
        p5 = statements["p5"].fillna(False).astype(bool)
        timed("contexts", lambda: (term_contexts(statements[p5], top_terms(table, 20), per_term=5),
                                   term_contexts(statements[~p5], top_terms(table, 20, direction="reference"),
                                                 per_term=5)))

    measured = ("load (warm)", "term counts", "keyness")
    total = [sum(timings[name][i] for name in measured) for i in (0, 1)]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"python {platform.python_version()}, {statements['text'].str.len().sum() / 1e6:.1f} M characters, "
          f"{len(statements)} speeches ({int(p5.sum())} P5), {table.attrs['tokens_target'] + table.attrs['tokens_reference']:,} "
          f"counted tokens, {len(counts['term'].unique()):,} terms, {len(table):,} with min_count 5")
    print(f"first load (cold unless --cache-dir was warm): {first:.1f} s; load average now "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    for name, (wall, cpu) in timings.items():
        print(f"{name:>14}: {wall:6.1f} s wall, {cpu:6.1f} s CPU")
    print(f"{'total':>14}: {total[0]:6.1f} s wall, {total[1]:6.1f} s CPU (target < 60 s: load warm + term counts + "
          f"keyness); peak RSS {peak:,.0f} MB")
    print("P5:      ", ", ".join(top_terms(table, 12)))
    print("the rest:", ", ".join(top_terms(table, 12, direction="reference")))


if __name__ == "__main__":
    main()
