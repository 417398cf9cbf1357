"""Benchmark: local engine vs a Dask LocalCluster on the same input, as a ratio from one run.

Copies the last ``--sessions`` sessions of the UN General Debate corpus into a temporary
folder, runs segment → sentiment → frames once with the local engine and once with a
``LocalCluster`` of ``--workers`` single-threaded processes, each with its own empty
cache (so both compute everything), checks the two sentence tables are equal, and prints
seconds per step and the ratio local / Dask (above 1: Dask is faster). Cluster start-up
is reported on its own line and left out of the step ratio.

    python benchmarks/engine_ratio.py [--sessions 3] [--workers 2]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
STEPS = ["segment", "sentiment", "frames"]


def copy_sessions(corpus: Path, sessions: int, target: Path) -> Path:
    folders = sorted((corpus / "TXT").iterdir(), key=lambda p: p.name)[-sessions:]
    for folder in folders:
        shutil.copytree(folder, target / "TXT" / folder.name, ignore=shutil.ignore_patterns("._*"))
    return target


def main() -> None:
    from analysis.engines import DaskEngine
    from analysis.pipeline import run

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "ungdc")
    parser.add_argument("--sessions", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="rostrum-engines-"))
    try:
        source = copy_sessions(args.corpus, args.sessions, work / "ungdc")
        run([source], work / "base", steps=["load"], cache_dir=work / "cache-base", progress=False)
        timings = {}
        for engine in ("local", "dask"):
            out = work / engine
            shutil.copytree(work / "base", out)  # the same statements.parquet for both
            summary = run([], out, steps=STEPS, engine=engine, workers=args.workers,
                          cache_dir=work / f"cache-{engine}", progress=False)  # fmt: skip
            timings[engine] = summary["timings"]
        started = time.perf_counter()
        DaskEngine(workers=args.workers).close()
        startup = time.perf_counter() - started

        local = pd.read_parquet(work / "local" / "sentences.parquet").sort_values("sentence_id", ignore_index=True)
        dask = pd.read_parquet(work / "dask" / "sentences.parquet").sort_values("sentence_id", ignore_index=True)
        pd.testing.assert_frame_equal(local, dask)
        print(f"input: last {args.sessions} UNGDC sessions, {len(local):,} sentences; Dask: LocalCluster of "
              f"{args.workers} workers x 1 thread; tables equal row for row")  # fmt: skip
        print(f"{'step':<10} {'local s':>9} {'dask s':>9} {'local/dask':>11}")
        for step in STEPS:
            a, b = timings["local"][step], timings["dask"][step]
            print(f"{step:<10} {a:9.1f} {b:9.1f} {a / b:11.2f}")
        a, b = sum(timings["local"][s] for s in STEPS), sum(timings["dask"][s] for s in STEPS)
        print(f"{'all three':<10} {a:9.1f} {b:9.1f} {a / b:11.2f}")
        print(f"cluster start + shutdown (separate, not in the steps): {startup:.1f} s; "
              f"whole run incl. start: local {timings['local']['total']:.1f} s, dask {timings['dask']['total']:.1f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
