"""`stance-tracker report`: collect -> extract -> report notebooks into reports/<run-id>/.

With no arguments it runs on the bundled corpus and writes reports/<today>-<hash>/report.html.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from helpers.cli.common import EXIT_FAILURE, add_data_dir, add_option
from helpers.pipeline import RunConfig, report_stage
from helpers.report.notebooks import RUN_NOTEBOOKS, parameter_names
from helpers.report.params import parse_last
from helpers.tables import InputError

RESERVED = {"out_dir": "--out", "run_id": "--run-id", "generated_at": "nothing (it is the run time)"}


def _param(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"{text!r}: use NAME=VALUE")
    name, value = text.split("=", 1)
    return name.strip(), value


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "report",
        help="run the notebooks (collect, extract, report) and render an offline HTML report",
        description="Execute notebooks/01_collect, 02_extract and 03_report with papermill into "
        "<out>/<run-id>/, render report.html (self-contained, works offline), write "
        "parameters.json, manifest.json and run.log, point <out>/latest at the run and "
        "update <out>/index.html. Exit 1 (and error.html) when a notebook fails.",
    )
    add_option(p, "topic")
    window = p.add_argument_group("date window (default: everything)")
    add_option(window, "since")
    add_option(window, "until")
    window.add_argument(
        "--last",
        default="",
        metavar="N{d,w,m,y}",
        help="the last N days/weeks/months/years up to today, e.g. 30d",
    )
    add_option(p, "countries")
    add_option(p, "docs")
    p.add_argument(
        "--out", dest="reports", default="reports", metavar="DIR", help="reports folder (default: reports/)"
    )
    add_option(p, "title")
    add_option(p, "export_format")
    p.add_argument(
        "--run-id",
        default="",
        metavar="ID",
        help="folder name of the run (default: <UTC date>-<hash of the parameters>)",
    )
    p.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        type=_param,
        metavar="NAME=VALUE",
        help="set any other notebook parameter (names are checked against the notebooks)",
    )
    p.add_argument(
        "--notebooks",
        default="",
        metavar="DIR",
        help="run the notebooks from this folder instead of the ones built from the package",
    )
    add_data_dir(p)
    p.set_defaults(func=run)


def build_config(args: argparse.Namespace) -> RunConfig:
    """The run's RunConfig from the command line: the date window resolved to concrete dates and
    `-p NAME=VALUE` checked against the notebooks' parameters."""
    if args.last and (args.since or args.until):
        raise InputError("--last cannot be combined with --since/--until")
    window = dict(zip(("since", "until"), parse_last(args.last), strict=True)) if args.last else {}
    valid = {name for nb in RUN_NOTEBOOKS for name in parameter_names(nb)}
    extra: dict[str, str] = {}
    for name, value in args.param:
        if name in RESERVED:
            raise InputError(f"-p {name}=...: set by the runner; use {RESERVED[name]}")
        if name not in valid or name not in RunConfig.names():
            raise InputError(
                f"unknown report parameter {name!r}; valid parameters: "
                f"{', '.join(sorted(valid - set(RESERVED)))}"
            )
        extra[name] = value
    return RunConfig.from_args(args, **window, **extra)


def run(args: argparse.Namespace) -> int:
    config = build_config(args)
    result = report_stage(
        config, out_dir=args.reports, run_id=args.run_id, notebooks_dir=args.notebooks or None
    )
    if result.ok:
        print(f"report: {result.html}")
        for table, n in result.manifest.get("quarantined", {}).items():
            print(
                f"report: {n} {table} rows quarantined in this run (see processed/quarantine/{table}.csv)",
                file=sys.stderr,
            )
        return result.exit_code
    failure = result.manifest.get("failure") or {}
    print(
        f"stance-tracker report: run {result.run_id} failed in {failure.get('notebook')}, cell "
        f"{failure.get('cell')}: {failure.get('ename')}: {failure.get('evalue')}\nsee {result.html}",
        file=sys.stderr,
    )
    return EXIT_FAILURE
