"""Benchmark: ``./run report`` on a warm cache (issue 16's target: under 90 s).

Runs the README's report command ``--runs`` times after one run that warms the cache
(skipped with ``--no-warm-up`` when the cache is known to be warm), each under
``/usr/bin/time -v``, and prints each run's wall time, CPU seconds (the report process
and its kernels) and peak RSS, then their medians. The per-notebook lines the report
logs are kept for the last run. Reports go to a temporary folder, not ``reports/``.

    python benchmarks/report_warm.py [--runs 3] [--no-warm-up]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed_report(out: Path) -> tuple[dict[str, float], list[str]]:
    """One ``./run report`` under /usr/bin/time -v: its figures and the report's notebook lines."""
    command = ["/usr/bin/time", "-v", str(REPO / "run"), "report", "--out", str(out / "reports"),
               "--figures", str(out / "figures")]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True)

    def field(name: str) -> str:
        return re.search(rf"{re.escape(name)}: (.+)", done.stderr).group(1).strip()

    clock = [float(part) for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
    wall = sum(value * 60 ** power for power, value in enumerate(reversed(clock)))
    figures = {"wall_s": wall,
               "cpu_s": float(field("User time (seconds)")) + float(field("System time (seconds)")),
               "peak_rss_mb": int(field("Maximum resident set size (kbytes)")) / 1024}
    return figures, [line for line in done.stderr.splitlines() if line.startswith("[report] ") and " in " in line]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-warm-up", action="store_true", help="the cache is already warm: time every run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rostrum-report-bench-") as tmp:
        if not args.no_warm_up:
            timed_report(Path(tmp) / "warm-up")
        results, lines = [], []
        for run in range(args.runs):
            figures, lines = timed_report(Path(tmp) / f"run{run}")
            results.append(figures)
            print(f"run {run + 1}: wall {figures['wall_s']:.1f} s, CPU {figures['cpu_s']:.1f} s, "
                  f"peak RSS {figures['peak_rss_mb']:.0f} MB", flush=True)
    print("last run, per notebook:", *lines, sep="\n  ")
    for key in ("wall_s", "cpu_s", "peak_rss_mb"):
        print(f"median {key}: {statistics.median(r[key] for r in results):.1f}")


if __name__ == "__main__":
    main()
