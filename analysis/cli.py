"""Command line: ``python -m analysis COMMAND ...``.

Each concern registers its own sub-commands through a ``register_cli(subparsers)``
function in its module, so the CLI grows without one module knowing all the others.
Handlers import their heavy dependencies lazily: ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .errors import AnalysisError

# Modules that contribute sub-commands, in the order --help lists them.
COMMAND_MODULES = (
    "analysis.corpus.cli",
    "analysis.sentiment.cli",
    "analysis.frames.cli",
    "analysis.topics.cli",
    "analysis.pipeline",
    "analysis.report",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Discourse, framing and sentiment analytics for official statements.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("analysis"):
                continue  # a concern not present in this build
            raise
        module.register_cli(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
