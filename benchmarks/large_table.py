"""Peak memory of loading a very large table file (issue 15, class 9).

Run: .venv/bin/python benchmarks/large_table.py [--mb 200] [--dir DIR]

Writes a one-line JSONL of ``--mb`` megabytes (one statement far beyond
``max_statement_chars``) and the same statement as a one-row CSV, then loads each in a
fresh process under ``/usr/bin/time -v`` and prints the peak resident memory
("Maximum resident set size") next to a baseline: the same process loading a one-line
file. The loader reads tables line by line with a bounded read, so the huge line is
rejected as ``too_large`` without being held whole; the target is a peak under 300 MB.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHILD = """
import json, sys
from analysis.corpus import load_corpus
corpus = load_corpus(sys.argv[1])
print(json.dumps({"accepted": corpus.report.accepted, "rejected": corpus.report.by_reason()}))
"""


def write_big(path: Path, megabytes: int, kind: str) -> None:
    """One statement of ``megabytes`` MB, written in 1 MB pieces (never held whole here either)."""
    piece = ("Peace and cooperation between nations. " * 27_000)[: 1 << 20]
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"speaker": "X", "text": "' if kind == "jsonl" else 'speaker,text\nX,"')
        for _ in range(megabytes):
            fh.write(piece)
        fh.write('"}\n' if kind == "jsonl" else '"\n')


def peak_rss_mb(path: Path) -> tuple[float, float, str]:
    """(peak RSS in MB, wall seconds, the child's report) of loading ``path`` in a fresh process."""
    result = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-c", CHILD, str(path)], cwd=REPO,
                            capture_output=True, text=True, check=True, env={"PYTHONPATH": str(REPO)})
    kbytes = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall.split(":"))))
    return kbytes / 1024, seconds, result.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="size of the one-line table (MB)")
    parser.add_argument("--dir", type=Path, default=None, help="where to write the files (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        small = Path(tmp) / "small.jsonl"
        small.write_text(json.dumps({"text": "One short statement about cooperation."}) + "\n", encoding="utf-8")
        rows = [("baseline: one short line", small)]
        for kind in ("jsonl", "csv"):
            path = Path(tmp) / f"big.{kind}"
            write_big(path, args.mb, kind)
            rows.append((f"{path.stat().st_size / 1e6:.0f} MB one-line {kind.upper()}", path))
        print(f"{'file':<28} {'peak RSS':>10} {'wall':>8}  load report")
        for label, path in rows:
            peak, seconds, report = peak_rss_mb(path)
            print(f"{label:<28} {peak:>7.0f} MB {seconds:>6.1f} s  {report}")


if __name__ == "__main__":
    main()
