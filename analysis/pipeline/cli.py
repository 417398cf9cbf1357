"""``python -m analysis run SOURCE... --out DIR``: the pipeline on the command line."""

from __future__ import annotations

import argparse
import sys

from ..engines import ENGINES
from ..selection import add_selection_arguments, selection_from_args


def _split(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [part for value in values for part in value.split(",") if part]


def _run_command(args: argparse.Namespace) -> int:
    from .runner import run

    summary = run(
        args.sources,
        args.out,
        steps=_split(args.steps),
        skip=_split(args.skip) or (),
        engine=args.engine,
        scheduler=args.scheduler,
        workers=args.workers,
        cache_dir=args.cache_dir,
        topic_sample=args.topic_sample,
        topic_unit=args.topic_unit,
        format=args.format,
        codebook=args.codebook,
        frame_detector=args.frames,
        sentiment_sample=args.sentiment_sample,
        progress=not args.quiet,
        selection=selection_from_args(args),
        csv=not args.no_csv,
        excel=args.excel,
    )
    counts = summary.get("counts", {})
    if "selection" in summary and "load" in summary.get("steps", []):
        chosen = summary["selection"]
        print(f"selection: {chosen['selected']} of {chosen['loaded']} statements", file=sys.stderr)
    for step, reason in summary.get("skipped", {}).items():
        print(f"note: {step} skipped: {reason}", file=sys.stderr)
    print(
        f"wrote {args.out}: {counts.get('statements', '?')} statements, {counts.get('sentences', '?')} sentences, "
        f"{counts.get('frame_hits', '?')} frame hits, {counts.get('topics', '?')} topics "
        f"in {summary['timings']['total']:.1f} s"
    )
    return 0


def register_cli(subparsers: argparse._SubParsersAction) -> None:
    """Add ``run SOURCE... --out DIR`` to the command line."""
    from .steps import STEPS
    from .topic_step import TOPIC_SAMPLE

    parser = subparsers.add_parser(
        "run",
        help="the whole pipeline: corpus → tables, figures and summary.json",
        description="Load, segment, score sentiment, detect frames, fit topics, aggregate and draw "
        "figures, with results cached by content. Steps: " + ", ".join(STEPS) + ".",
    )
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help="corpus files or folders (needed by the load step)")
    parser.add_argument("--out", required=True,
                        help="output folder: created, or replaced whole when the run has finished")
    parser.add_argument("--steps", action="append", metavar="STEP[,STEP]", help="run only these steps")
    parser.add_argument("--skip", action="append", metavar="STEP[,STEP]", help="leave these steps out")
    parser.add_argument("--engine", choices=ENGINES, default="local", help="where partitions run (default: local)")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="address of an existing Dask scheduler")
    parser.add_argument("--workers", type=int, default=2, help="local Dask cluster size (default: 2)")
    parser.add_argument("--cache-dir", help="content cache folder (default: $ROSTRUM_CACHE_DIR or ~/.cache/rostrum)")
    parser.add_argument("--format", help="corpus format for every SOURCE (default: detected)")
    parser.add_argument("--codebook", help="frame codebook YAML (default: the bundled one)")
    parser.add_argument("--frames", choices=["auto", "codebook", "combined"], default="auto",
                        help="frame detector: auto (default: per language, combined where the rostrum-frames card's "
                        "verdict says it beats the blind codebook (Russian with the shipped card), else the codebook; "
                        "summary.json names each language's), codebook (fast), or combined: plus the learned "
                        "rostrum-frames for frames the codebook missed (embeds those sentences with e5)")
    parser.add_argument("--sentiment-sample", type=int, metavar="N",
                        help="score the tone of at most N sentences per statement (a fixed sample; the rest get none): "
                        "rostrum-speech embeds each sentence with e5, about 15 sentences per CPU-second")
    parser.add_argument("--topic-sample", type=int, default=TOPIC_SAMPLE, help="documents BERTopic is fitted on")
    parser.add_argument("--topic-unit", choices=["statement", "sentence"], default="statement",
                        help="what BERTopic models: whole statements (default) or sentences")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    parser.add_argument("--no-csv", action="store_true", help="write Parquet only (default: also CSV, UTF-8 with BOM)")
    parser.add_argument("--excel", action="store_true", help="also write tables.xlsx: a README sheet and one sheet per table")
    add_selection_arguments(parser)
    parser.set_defaults(handler=_run_command)
