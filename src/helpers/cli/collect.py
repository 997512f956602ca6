"""`stance-tracker collect`: documents from the web, saved HTML, WARC or the bundled corpus."""

from __future__ import annotations

import argparse
import sys

from helpers.cli.common import add_data_dir, add_option
from helpers.collect import FetchOptions, format_summary
from helpers.pipeline import RunConfig, collect_sources
from helpers.tables import InputError

FETCHER = FetchOptions()  # the fetcher's defaults, shown in --help


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "collect",
        help="collect news documents (URL lists, feeds, section pages, saved HTML, WARC, bundled corpus)",
        description=(
            "Fetch, capture (raw/), parse, deduplicate and topic-filter news articles into "
            "processed/documents.parquet + .csv. Without sources, ingests the bundled corpus raw/seed. "
            "Exit codes: 0 ok, 2 bad input, 3 completed but some URLs failed "
            "(see processed/collect_failures.csv)."
        ),
    )
    add_option(p, "urls", help="a URL list: .txt (one a line) or .csv with a `url` column; repeatable")
    p.add_argument("--url", action="append", default=[], metavar="URL", help="one article URL; repeatable")
    for name in ("feeds", "sections", "html_dirs", "warc"):
        add_option(p, name)
    p.add_argument(
        "--text-feed",
        action="append",
        default=[],
        metavar="FILE",
        help="a plain-text feed, one teaser a line, like the bundled corpus (helpers/resources/seed/feed.txt); repeatable, "
        "each with a --manifest",
    )
    p.add_argument(
        "--manifest",
        action="append",
        default=[],
        metavar="CSV",
        help="the manifest of the --text-feed at the same position (columns line, url, outlet, "
        "published[, title])",
    )
    for name in ("topic", "refresh", "seed", "engine", "scheduler"):
        add_option(p, name)
    g = p.add_argument_group("fetching")
    for name in ("user_agent", "delay", "workers", "read_timeout", "connect_timeout", "retries", "max_bytes"):
        shown = getattr(FETCHER, name)
        add_option(g, name, help=f"{RunConfig.help_for(name)} ({shown})")
    add_option(g, "respect_robots")
    add_option(g, "progress")
    add_data_dir(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    config = RunConfig.from_args(
        args, urls=[*(args.urls or []), *args.url], text_feeds=_text_feeds(args.text_feed, args.manifest)
    )
    result = collect_sources(config)
    print(format_summary(result.summary))
    print(
        f"wrote {len(result.documents)} documents to {config.data_dir}/processed/documents.parquet (+ .csv)"
    )
    if len(result.failures):
        print(
            f"{len(result.failures)} item(s) failed; listed in "
            f"{config.data_dir}/processed/collect_failures.csv "
            "and retried on the next run",
            file=sys.stderr,
        )
    return result.exit_code


def _text_feeds(feeds: list[str], manifests: list[str]) -> list[tuple[str, str]]:
    if len(feeds) != len(manifests):
        raise InputError(
            f"--text-feed given {len(feeds)} time(s) but --manifest {len(manifests)}: each feed needs its manifest"
        )
    return list(zip(feeds, manifests, strict=True))
