"""`stance-tracker` (and `python -m helpers`): the stable interface scheduled runs call.

Each command lives in its own `cli_<area>` module with `register(subparsers)`; this module
only assembles them and maps errors to exit codes.

Exit codes: 0 success; 1 failure while running; 2 bad usage or bad input (the message
names the file/URL/row); 3 the run completed but some items failed (e.g. some URLs).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from helpers import __version__
from helpers.tables import InputError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3

COMMAND_MODULES = (
    "helpers.cli_collect",
    "helpers.cli_extract",
    "helpers.cli_report",
    "helpers.cli_polls",
    "helpers.cli_train",
    "helpers.cli_actors",
)


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", default="data", metavar="DIR",
        help="data directory holding raw/, processed/ and overrides/ (default: data/)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stance-tracker",
        description="Collect news, extract who said what and when, and chart it over time.",
    )
    parser.add_argument("--version", action="version", version=f"stance-tracker {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name == name:
                continue  # a command not built yet
            raise
        module.register(sub)
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
