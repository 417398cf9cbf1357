"""``python -m analysis attribution evaluate --data GOLD.jsonl [--split dev]``: news attribution against gold."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register_cli(subparsers) -> None:
    parser = subparsers.add_parser("attribution", help="evaluate news quote attribution on sentence-level gold")
    commands = parser.add_subparsers(dest="attribution_command", metavar="SUBCOMMAND")

    def usage(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=usage)
    evaluate = commands.add_parser("evaluate", help="print per-language sentence-level accuracy as JSON")
    evaluate.add_argument("--data", type=Path, required=True, help="gold JSONL, one row per sentence")
    evaluate.add_argument("--split", default=None, help="dev or test (default: every row)")
    evaluate.add_argument("--root", type=Path, action="append", default=None,
                          help="folder the gold 'path' fields are relative to (repeatable; default: . and ../shared/corpora)")
    evaluate.add_argument("--aliases", type=Path, default=None, help="a speaker alias table (YAML) to merge by")
    evaluate.add_argument("--errors", type=Path, default=None, help="write the wrongly attributed sentences here (JSONL)")
    evaluate.set_defaults(handler=_evaluate)


def _evaluate(args: argparse.Namespace) -> int:
    from .attribution_eval import evaluate

    roots = args.root or [Path("."), Path("../shared/corpora")]
    report, wrong = evaluate(args.data, args.split, roots, args.aliases)
    if args.errors:
        wrong.to_json(args.errors, orient="records", lines=True, force_ascii=False)
    json.dump({"split": args.split or "all", "languages": report}, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0
