"""Benchmark: the whole pipeline on the UN General Debate corpus, 1989-2023.

Three phases, each in a fresh process so that its peak memory is its own:

* ``cold``   load → segment → sentiment → frames → tables with an empty cache
             (targets on a 2-core machine: under 15 minutes, under 4 GB peak);
* ``topics`` topics (every statement embedded on the engine, BERTopic fitted on a seeded
             sample of ``--topic-sample`` statements, the rest assigned) and figures;
* ``warm``   the same steps again on the same corpus and cache (target: under 1 minute).

Prints seconds per step, sentences per second, and the peak resident set size of the
phase (``resource.getrusage``: the process's own peak, and the largest child's when
the Dask engine runs workers in child processes). tracemalloc is not used: it slows
Python allocation several-fold and would distort the timings it sits beside.

    python benchmarks/pipeline_ungdc.py [--corpus ../shared/corpora/ungdc] [--engine local]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PHASES = {
    "cold": ["load", "segment", "sentiment", "frames", "tables"],
    "topics": ["topics", "tables", "figures"],
    "warm": [],  # the steps of the phases before it, again
}


def peak_mb() -> tuple[float, float]:
    """Peak RSS of this process and of its largest child, in MB (Linux reports KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def run_phase(args: argparse.Namespace) -> None:
    from analysis.pipeline import run

    started = time.perf_counter()
    summary = run(
        [args.corpus],
        args.work / "out",
        steps=args.steps.split(","),
        engine=args.engine,
        workers=args.workers,
        cache_dir=args.work / "cache",
        topic_sample=args.topic_sample,
        progress=False,
    )
    own, child = peak_mb()
    print(json.dumps({"phase": args.phase, "wall": time.perf_counter() - started, "peak_mb": own,
                      "peak_child_mb": child, "summary": summary}, default=str))  # fmt: skip


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in subprocess.run(
        ["lscpu"], capture_output=True, text=True).stdout.splitlines() if line.startswith("Model name")), "?")  # fmt: skip
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({model}), {memory:.0f} GB RAM, Python {platform.python_version()}"


def report(result: dict) -> None:
    summary = result["summary"]
    sentences = summary["counts"].get("sentences", 0)
    print(f"\n== {result['phase']}: {result['wall']:.1f} s wall, peak RSS {result['peak_mb']:.0f} MB"
          f" (largest child {result['peak_child_mb']:.0f} MB)")  # fmt: skip
    for step, seconds in summary["timings"].items():
        rate = f"{sentences / seconds:,.0f} sentences/s" if step in ("segment", "sentiment", "frames") and seconds else ""
        cache = summary.get("cache", {}).get(step)
        hits = f"cache {cache['units_hit']} hit / {cache['units_computed']} computed" if cache else ""
        print(f"  {step:<10} {seconds:8.1f} s  {rate:>22}  {hits}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "ungdc")
    parser.add_argument("--engine", default="local", choices=["local", "dask"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--topic-sample", type=int, default=5000)
    parser.add_argument("--work", type=Path, help="folder for outputs and cache (default: a temporary one)")
    parser.add_argument("--phases", default=",".join(PHASES), help="phases to run, in order (default: all)")
    parser.add_argument("--phase", choices=list(PHASES), help=argparse.SUPPRESS)  # one phase, in a child
    parser.add_argument("--steps", help=argparse.SUPPRESS)  # that phase's steps
    args = parser.parse_args()
    if args.phase:
        run_phase(args)
        return

    from analysis.pipeline import STEPS

    work = args.work or Path(tempfile.mkdtemp(prefix="rostrum-bench-"))
    print(f"machine: {machine()}\ncorpus: {args.corpus}\nengine: {args.engine}\nwork folder: {work}")
    results = {}
    done_steps: list[str] = []
    for phase in args.phases.split(","):
        steps = PHASES[phase] or [s for s in STEPS if s in done_steps]
        done_steps += steps
        command = [sys.executable, __file__, "--phase", phase, "--steps", ",".join(steps), "--corpus", str(args.corpus), "--engine", args.engine,
                   "--workers", str(args.workers), "--topic-sample", str(args.topic_sample), "--work", str(work)]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
        if done.returncode:
            print(done.stdout[-2000:], done.stderr[-4000:], file=sys.stderr)
            raise SystemExit(f"phase {phase} failed")
        results[phase] = json.loads(done.stdout.strip().splitlines()[-1])
        report(results[phase])
    counts = next(iter(results.values()))["summary"]["counts"]
    print(f"\ncorpus: {counts['statements']:,} statements, {counts['sentences']:,} sentences, "
          f"{counts.get('frame_hits', 0):,} frame hits")  # fmt: skip
    targets = {"cold": "target < 15 min and < 4 GB", "topics": f"sample {args.topic_sample}", "warm": "target < 1 min"}
    for phase, result in results.items():
        print(f"{phase}: {result['wall'] / 60:.2f} min, peak {result['peak_mb'] / 1024:.2f} GB ({targets[phase]})")


if __name__ == "__main__":
    main()
