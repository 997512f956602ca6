"""`stance-tracker polls import PATH...`: bring poll releases and saved poll pages into the polls table.

Writes processed/polls_imported.parquet (rows from a file of the same name are replaced)
and rebuilds processed/polls_merged.parquet. Exit 0 when everything imported, 3 when a
file could not be read or rows were quarantined (the rest is still imported), 2 for bad
options. `polls merge` only rebuilds processed/polls_merged.
"""

from __future__ import annotations

import argparse
from collections import Counter

from helpers.cli.common import EXIT_FAILURE, EXIT_OK, EXIT_PARTIAL, add_data_dir
from helpers.pipeline import RunConfig, import_poll_files, merge_polls_stage


def register(subparsers: argparse._SubParsersAction) -> None:
    polls = subparsers.add_parser("polls", help="import and merge opinion polls")
    polls_sub = polls.add_subparsers(dest="polls_command", metavar="ACTION")
    imp = polls_sub.add_parser(
        "import",
        help="import poll tables from CSV/XLSX releases or saved HTML pages",
        description="Import poll tables (CSV, XLSX, saved HTML pages) into processed/polls_imported "
        "and rebuild processed/polls_merged. Directories are expanded to the poll files in them.",
    )
    imp.add_argument(
        "paths", nargs="+", metavar="PATH", help="poll files (.csv, .xlsx, .html) or folders of them"
    )
    imp.add_argument(
        "--mapping",
        metavar="FILE",
        help="a poll format mapping (YAML path or name in resources/poll_formats); default: detect",
    )
    imp.add_argument(
        "--country", metavar="CC", help="polled country (ISO code or name) for files that don't say"
    )
    imp.add_argument("--question", metavar="TEXT", help="question wording for files that don't say")
    imp.add_argument(
        "--source-url", metavar="URL", help="where the file was downloaded from (kept as provenance)"
    )
    add_data_dir(imp)
    imp.set_defaults(func=run)
    merge = polls_sub.add_parser("merge", help="rebuild processed/polls_merged from news and imported polls")
    add_data_dir(merge)
    merge.set_defaults(func=run_merge)
    polls.set_defaults(func=lambda args: polls.print_help() or 2)


def run(args: argparse.Namespace) -> int:
    result = import_poll_files(
        RunConfig.from_args(args),
        args.paths,
        mapping=args.mapping,
        country=args.country,
        question=args.question,
        source_url=args.source_url,
    )
    for report in result.files:
        if report.error:
            print(f"FAILED  {report.error}")
        else:
            print(
                f"ok      {report.path}: {report.rows} rows imported, {report.quarantined} quarantined "
                f"({', '.join(report.tables)})"
            )
    if len(result.quarantined):
        print(f"quarantined rows (also in {args.data_dir}/processed/quarantine/polls_imported.csv):")
        for reason in result.quarantined["reason"].head(20):
            print(f"  - {reason}")
        if len(result.quarantined) > 20:
            print(f"  ... and {len(result.quarantined) - 20} more")
    summary = result.summary
    kinds: Counter[str] = Counter()
    if result.merged is not None and len(result.merged):
        kinds = Counter(result.merged["source_kinds"])
    print(
        f"{summary['rows_imported']} rows imported, {summary['rows_quarantined']} quarantined, "
        f"{summary['files_failed']} of {summary['files']} files failed; polls_imported now has "
        f"{summary['rows_in_table']} rows; polls_merged has {max(summary['rows_merged'], 0)} polls "
        f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items())) or 'none'})"
    )
    if result.files and len(result.failed_files) == len(result.files):
        return EXIT_FAILURE  # nothing could be read
    return EXIT_PARTIAL if result.failed_files or len(result.quarantined) else EXIT_OK


def run_merge(args: argparse.Namespace) -> int:
    merged = merge_polls_stage(RunConfig.from_args(args))
    conflicts = int(merged["has_conflict"].sum()) if len(merged) else 0
    print(f"polls_merged: {len(merged)} polls, {conflicts} with conflicting sources")
    return EXIT_OK
