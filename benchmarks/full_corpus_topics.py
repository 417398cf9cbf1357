"""Benchmark: topics on the whole UN General Debate corpus, cold and warm.

Runs the documented command

    python -m analysis run ../shared/corpora/ungdc --out out/ungdc --engine dask --workers 2 \
        --skip sentiment

twice in a fresh cache folder: ``cold`` (every statement embedded with USE on two Dask
workers, BERTopic fitted on a seeded sample, the rest assigned; segment, frames and the
tables for the frame × topic table) and ``warm`` (the same command again). The sentiment
step is left out: its tone model embeds every sentence with multilingual-e5-small, hours
on this corpus, and topics do not read it.

Each phase is a fresh process under ``/usr/bin/time -v``, whose "Maximum resident set
size" is the largest single process of the tree (the driver or one Dask worker); a
sampler beside it also records the peak of the whole tree's summed RSS (driver + workers
+ nanny processes), which is what the machine must hold. Targets on 2 cores: cold under
30 minutes, warm under 1 minute, peak under 4 GB.

    python benchmarks/full_corpus_topics.py [--corpus ../shared/corpora/ungdc] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
STEPS_SKIPPED = "sentiment"


def tree_rss(process: psutil.Process) -> int:
    """Summed RSS of ``process`` and all its descendants, in bytes (gone processes count 0)."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_phase(name: str, args: argparse.Namespace) -> dict:
    """One ``analysis run`` under ``/usr/bin/time -v``; wall, peaks and the run's summary."""
    timing = args.work / f"{name}.time"
    out = args.work / "out"
    command = ["/usr/bin/time", "-v", "-o", str(timing), sys.executable, "-m", "analysis", "run", str(args.corpus),
               "--out", str(out), "--engine", "dask", "--workers", str(args.workers), "--skip", STEPS_SKIPPED,
               "--cache-dir", str(args.work / "cache"), "--no-csv"]  # fmt: skip
    print(f"\n== {name}: {' '.join(command[4:])}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=REPO)
    peak = [0]
    watcher = psutil.Process(child.pid)

    def sample() -> None:
        while child.poll() is None:
            peak[0] = max(peak[0], tree_rss(watcher))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = child.wait()
    wall = time.perf_counter() - started
    sampler.join()
    text = timing.read_text()
    if code:
        raise SystemExit(f"{name} run failed with exit code {code}:\n{text}")
    field = lambda label: re.search(rf"{re.escape(label)}: (.+)", text).group(1).strip()  # noqa: E731
    summary = json.loads((out / "summary.json").read_text())
    return {
        "phase": name,
        "wall_s": wall,
        "elapsed": field("Elapsed (wall clock) time (h:mm:ss or m:ss)"),
        "user_s": float(field("User time (seconds)")),
        "system_s": float(field("System time (seconds)")),
        "max_rss_mb": int(field("Maximum resident set size (kbytes)")) / 1024,
        "tree_peak_mb": peak[0] / 2**20,
        "summary": summary,
    }


def report(result: dict) -> None:
    """Print one phase's figures: whole-process wall and memory, then seconds per step."""
    summary = result["summary"]
    topics = summary.get("models", {}).get("topics", {})
    print(f"\n== {result['phase']}: wall {result['wall_s']:.1f} s ({result['elapsed']}), "
          f"user {result['user_s']:.0f} s + sys {result['system_s']:.0f} s (driver only: workers are not waited for "
          f"by time), max RSS of one process {result['max_rss_mb']:.0f} MB, "
          f"peak of the whole tree {result['tree_peak_mb']:.0f} MB")  # fmt: skip
    for step, seconds in summary.get("timings", {}).items():
        cache = summary.get("cache", {}).get(step, "")
        print(f"  {step:<10} {seconds:8.1f} s  {cache}")
    if topics:
        print(f"  topics: embed {topics.get('embed_seconds')} s, fit + assign {topics.get('fit_and_assign_seconds')} s, "
              f"sample {topics.get('sample_size')}, unit {topics.get('unit')}, "
              f"outliers in the sample {topics.get('sample_outlier_share')}")  # fmt: skip
    print(f"  counts: {summary.get('counts')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "ungdc")
    parser.add_argument("--work", type=Path, default=None, help="cache + output folder (default: a fresh temporary one)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--phases", default="cold,warm")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (its cache and output)")
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"no corpus at {args.corpus}: pass --corpus, or fetch it with "
                         "`python -m analysis corpus download-ungdc`")  # fmt: skip
    fresh = args.work is None
    args.work = Path(tempfile.mkdtemp(prefix="rostrum-topics-")) if fresh else args.work
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()}, work folder {args.work}", flush=True)
    try:
        for name in args.phases.split(","):
            result = run_phase(name, args)
            report(result)
            print(f"  load average after: {os.getloadavg()}", flush=True)
    finally:
        if fresh and not args.keep:
            shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
