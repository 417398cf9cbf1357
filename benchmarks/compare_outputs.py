"""Compare two pipeline output folders table by table: the check that a refactor kept behaviour.

    python -m analysis run data/seed --out /tmp/before_out   # on the old commit (a git worktree)
    python -m analysis run data/seed --out /tmp/after_out    # on the new one
    python benchmarks/compare_outputs.py /tmp/before_out /tmp/after_out

Every Parquet table must be equal (values, dtypes, column and row order); summary.json
must agree on everything but timings, cache use, library versions, paths and seconds; both folders must
hold the same figure names (PNGs are also compared byte for byte and reported). Exits 1
on the first class of difference, listing every difference found.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

VOLATILE = {"timings", "cache", "cache_dir", "engine", "versions"}  # differ between runs or environments
VOLATILE_FACTS = {"embed_seconds", "fit_and_assign_seconds"}


def _tables(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*.parquet") if "topic_model" not in p.parts}


def _stable(summary: dict) -> dict:
    """The summary without what differs between any two runs (times, cache use, checkout paths)."""
    kept = {k: v for k, v in summary.items() if k not in VOLATILE}
    models = kept.get("models", {})
    if "topics" in models:
        models["topics"] = {k: v for k, v in models["topics"].items() if k not in VOLATILE_FACTS}
    if "codebook" in models:
        models["codebook"]["source"] = Path(models["codebook"]["source"]).name
    return kept


def _differences(before: object, after: object, path: str) -> list[str]:
    """The innermost places where two JSON values differ, as ``path: before != after``."""
    if isinstance(before, dict) and isinstance(after, dict):
        return [d for k in sorted(set(before) | set(after), key=str)
                for d in _differences(before.get(k), after.get(k), f"{path}.{k}")]  # fmt: skip
    return [] if before == after else [f"{path}: {before!r} != {after!r}"]


def compare(before: Path, after: Path) -> list[str]:
    """Every difference between the two output folders, as readable lines (empty: equal)."""
    problems: list[str] = []
    names_before, names_after = _tables(before), _tables(after)
    if names_before != names_after:
        problems.append(f"tables differ: only before {sorted(names_before - names_after)}, "
                        f"only after {sorted(names_after - names_before)}")  # fmt: skip
    for name in sorted(names_before & names_after):
        try:
            pd.testing.assert_frame_equal(pd.read_parquet(before / name), pd.read_parquet(after / name), obj=name)
        except AssertionError as exc:
            problems.append(f"{name}: {exc}")
    s_before = _stable(json.loads((before / "summary.json").read_text()))
    s_after = _stable(json.loads((after / "summary.json").read_text()))
    problems += _differences(s_before, s_after, "summary.json")
    figures_before = {p.name for p in (before / "figures").glob("*")} if (before / "figures").is_dir() else set()
    figures_after = {p.name for p in (after / "figures").glob("*")} if (after / "figures").is_dir() else set()
    if figures_before != figures_after:
        problems.append(f"figures differ: {sorted(figures_before ^ figures_after)}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    problems = compare(args.before, args.after)
    tables = sorted(_tables(args.after))
    same_png = [p.name for p in sorted((args.after / "figures").glob("*.png"))
                if (args.before / "figures" / p.name).exists()
                and (args.before / "figures" / p.name).read_bytes() == p.read_bytes()]  # fmt: skip
    print(f"{len(tables)} tables compared: {', '.join(tables)}")
    print(f"PNG figures identical byte for byte: {len(same_png)} of {len(list((args.after / 'figures').glob('*.png')))}")
    for line in problems:
        print("DIFF", line)
    print("same outputs" if not problems else f"{len(problems)} difference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
