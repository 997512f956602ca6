"""`stance-tracker extract`: documents -> statements and polls.

Writes processed/statements.{csv,parquet} and processed/polls.{csv,parquet}, plus
month-partitioned copies in processed/statements_dataset/ and processed/polls_dataset/
(validated; invalid rows go to the quarantine folder with the reason; review overrides applied).
"""

from __future__ import annotations

import argparse
import sys

from helpers.cli.common import EXIT_PARTIAL, add_data_dir, add_option
from helpers.pipeline import RunConfig, extract_stage


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "extract",
        help="extract statements and polls from documents",
        description="Extract who said what, when (statements) and poll figures from documents.",
    )
    add_option(
        p, "docs", help="documents table (.parquet/.csv/.jsonl); default DATA_DIR/processed/documents.parquet"
    )
    for name in ("out", "topic", "engine", "scheduler", "overrides", "apply_overrides", "cache"):
        add_option(p, name)
    add_data_dir(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    summary = extract_stage(RunConfig.from_args(args))
    out, quarantine = summary["out"], summary["quarantine"]
    bad_documents = summary["quarantined_documents"]
    if bad_documents:
        print(
            f"extract: {bad_documents} document rows quarantined in {quarantine}/documents.csv",
            file=sys.stderr,
        )
    hits = summary["cache_hits"]
    print(
        f"extract: {summary['documents']} documents"
        + (f" ({hits} from cache)" if hits else "")
        + f" -> {summary['statements']} statements, {summary['polls_in_news']} polls in {out}"
        + f" [{summary['seconds']:.1f}s]"
    )
    st_months = summary["months"]["statements"]
    print(
        f"extract: statements by month in {out}/statements_dataset: {st_months['written']} month files "
        f"written, {st_months['unchanged']} unchanged, {st_months['removed']} removed"
    )
    bad = summary["quarantined"] + bad_documents
    if bad:
        print(f"extract: {bad} rows quarantined in {quarantine} (see the `reason` column)", file=sys.stderr)
        return EXIT_PARTIAL
    return 0
