"""What every command shares: exit codes and options built from RunConfig's fields.

An option a run takes is declared once, on `helpers.runconfig.RunConfig` (default, help text,
flag); `add_option` turns that field into an argparse argument whose `dest` is the field name,
so `RunConfig.from_args(args)` reads it back.

Exit codes: 0 success; 1 failure while running; 2 bad usage or bad input (the message
names the file/URL/row); 3 the run completed but some items failed (e.g. some URLs).
"""

from __future__ import annotations

import argparse
from typing import Any

from helpers.runconfig import FIELDS

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def add_option(parser: Any, name: str, **override: Any) -> None:
    """Add RunConfig field `name` to `parser` (a parser or an argument group); `override` replaces
    argparse settings a command words differently (help, metavar) but never the default."""
    spec = FIELDS[name]
    meta = spec.metadata
    default = spec.default
    kwargs: dict[str, Any] = {"dest": name, "help": meta["help"]}
    metavar = meta["metavar"] or meta["flag"].removeprefix("--").replace("-", "_").upper()
    if meta["flag"].startswith("--no-"):
        kwargs.update(action="store_const", const=False, default=default)
    elif isinstance(default, bool):
        kwargs.update(action="store_true", default=default)
    elif isinstance(default, tuple):
        kwargs.update(action="append", default=None, metavar=metavar)
        kwargs["help"] += "; repeatable"
    else:
        kwargs.update(default=default, metavar=metavar, type=meta.get("type", str))
        if meta.get("choices"):
            kwargs.update(choices=meta["choices"], metavar=meta["metavar"])
        if default not in ("", None):
            kwargs["help"] += f" (default: {default})"
    kwargs.update(override)
    parser.add_argument(meta["flag"], **kwargs)


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    add_option(parser, "data_dir")
