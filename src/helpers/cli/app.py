"""The parser (every command's `register`) and `main`, which maps errors to exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from helpers import __version__
from helpers.cli import actors, collect, evaluate, extract, polls, report, train
from helpers.cli.common import EXIT_USAGE
from helpers.tables import InputError

COMMANDS = (collect, extract, evaluate, report, polls, train, actors)  # the order `--help` lists them


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stance-tracker",
        description="Collect news, extract who said what and when, and chart it over time.",
    )
    parser.add_argument("--version", action="version", version=f"stance-tracker {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except InputError as err:
        print(f"stance-tracker {args.command}: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"stance-tracker {args.command}: interrupted", file=sys.stderr)
        return 130
