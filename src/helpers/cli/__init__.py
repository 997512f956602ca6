"""`stance-tracker` (and `python -m helpers`): the stable interface scheduled runs call.

One module per command (collect, extract, evaluate, report, polls, train, actors), each with
`register(subparsers)`; `app` assembles them and maps errors to exit codes, `common` holds the
exit codes (0 ok, 1 failure, 2 bad usage/input, 3 partial) and the options built from RunConfig.
"""

from __future__ import annotations

from helpers.cli.app import build_parser, main
from helpers.cli.common import EXIT_FAILURE, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE

__all__ = ["EXIT_FAILURE", "EXIT_OK", "EXIT_PARTIAL", "EXIT_USAGE", "build_parser", "main"]
