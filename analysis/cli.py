"""Command line: ``python -m analysis COMMAND ...``.

Each concern registers its own sub-commands through a ``register_cli(subparsers)``
function in its module, so the CLI grows without one module knowing all the others.
Handlers import their heavy dependencies lazily: ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from .errors import AnalysisError

# Modules that contribute sub-commands, in the order --help lists them.
COMMAND_MODULES = (
    "analysis.corpus.cli",
    "analysis.corpus.attribution_cli",
    "analysis.sentiment.cli",
    "analysis.frames.cli",
    "analysis.topics.cli",
    "analysis.compare.cli",
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
        status = int(args.handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return status
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader went away (`... --json | head`): stop quietly, with the status a
        # process ended by SIGPIPE has, and keep Python from complaining at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as exc:
        print(f"error: {describe_os_error(exc)}", file=sys.stderr)
        return 1


def describe_os_error(exc: OSError) -> str:
    """One line for a filesystem error: what failed, where, and what to do."""
    where = f" {exc.filename}" if exc.filename else ""
    reason = exc.strerror or str(exc)
    return f"{type(exc).__name__}:{where}: {reason}; check that the path exists, is writable and has free space"
