"""`stance-tracker report`: collect -> extract -> report notebooks into reports/<run-id>/.

With no arguments it runs on the bundled corpus and writes reports/<today>-<hash>/report.html.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from helpers.cli import EXIT_FAILURE, add_data_dir
from helpers.report import params as P
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
    p.add_argument("--topic", default="ukraine_troops", help="topic name (config/topics/NAME.yml)")
    window = p.add_argument_group("date window (default: everything)")
    window.add_argument("--since", default="", metavar="YYYY-MM-DD", help="first day shown")
    window.add_argument("--until", default="", metavar="YYYY-MM-DD", help="last day shown")
    window.add_argument("--last", default="", metavar="N{d,w,m,y}",
                        help="the last N days/weeks/months/years up to today, e.g. 30d")
    p.add_argument("--countries", default="", metavar="CC,CC", help="only these ISO codes, e.g. DK,FR")
    p.add_argument("--docs", default="", metavar="FILE",
                   help="a documents file (.jsonl/.csv/.parquet) to use instead of collecting")
    p.add_argument("--out", default="reports", metavar="DIR", help="reports folder (default: reports/)")
    p.add_argument("--title", default="", help="report title (default: the topic's title)")
    p.add_argument("--format", default="", choices=("", *P.FORMATS), metavar="{png,svg,pdf}",
                   help="also save every chart as a static file in <run>/charts/ (vl-convert)")
    p.add_argument("--run-id", default="", metavar="ID",
                   help="folder name of the run (default: <UTC date>-<hash of the parameters>)")
    p.add_argument("-p", "--param", action="append", default=[], type=_param, metavar="NAME=VALUE",
                   help="set any other notebook parameter (names are checked against the notebooks)")
    p.add_argument("--notebooks", default="", metavar="DIR",
                   help="run the notebooks from this folder instead of the checkout's notebooks/")
    add_data_dir(p)
    p.set_defaults(func=run)


def build_parameters(args: argparse.Namespace) -> dict[str, Any]:
    """Notebook parameters from the command line, with the date window resolved to concrete dates."""
    if args.last and (args.since or args.until):
        raise InputError("--last cannot be combined with --since/--until")
    since, until = P.parse_last(args.last) if args.last else (P.check_date(args.since, "since"),
                                                               P.check_date(args.until, "until"))
    if since and until and since > until:
        raise InputError(f"--since {since} is after --until {until}")
    params: dict[str, Any] = {
        "data_dir": args.data_dir, "topic": args.topic, "docs": args.docs, "title": args.title,
        "since": since, "until": until, "countries": P.check_countries(args.countries),
        "export_format": P.check_format(args.format),
    }
    for name, value in args.param:
        if name in RESERVED:
            raise InputError(f"-p {name}=...: set by the runner; use {RESERVED[name]}")
        params[name] = value
    return params


def run(args: argparse.Namespace) -> int:
    from helpers.report.run import run_report

    params = build_parameters(args)
    run_id = P.check_run_id(args.run_id) if args.run_id else P.default_run_id(params)
    result = run_report(params, out_dir=args.out, run_id=run_id, title=params.get("title", ""),
                        notebooks_dir=args.notebooks or None)
    if result.ok:
        print(f"report: {result.html}")
        for table, n in result.manifest.get("quarantined", {}).items():
            print(f"report: {n} {table} rows quarantined in this run (see processed/quarantine/{table}.csv)",
                  file=sys.stderr)
        return result.exit_code
    failure = result.manifest.get("failure") or {}
    print(f"stance-tracker report: run {run_id} failed in {failure.get('notebook')}, cell {failure.get('cell')}: "
          f"{failure.get('ename')}: {failure.get('evalue')}\nsee {result.html}", file=sys.stderr)
    return EXIT_FAILURE
