"""`stance-tracker collect`: documents from the web, saved HTML, WARC or the bundled corpus."""

from __future__ import annotations

import argparse
import sys

from helpers.cli import add_data_dir
from helpers.collect.fetch import DEFAULT_USER_AGENT, FetchOptions
from helpers.tables import InputError

_D = FetchOptions()


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
    p.add_argument(
        "--urls",
        action="append",
        default=[],
        metavar="FILE",
        help="a URL list: .txt (one a line) or .csv with a `url` column; repeatable",
    )
    p.add_argument("--url", action="append", default=[], metavar="URL", help="one article URL; repeatable")
    p.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS/Atom feed; repeatable")
    p.add_argument(
        "--section",
        action="append",
        default=[],
        metavar="URL",
        help="a section/tag page whose article links are collected; repeatable",
    )
    p.add_argument(
        "--html", action="append", default=[], metavar="DIR", help="a folder of saved HTML pages; repeatable"
    )
    p.add_argument("--warc", action="append", default=[], metavar="PATH_OR_GLOB",
                   help="WARC/WARC.gz files (a path, a glob or a folder); repeatable")
    p.add_argument("--text-feed", action="append", default=[], metavar="FILE",
                   help="a plain-text feed, one teaser a line, like data/raw/seed/feed.txt; repeatable, "
                        "each with a --manifest")
    p.add_argument("--manifest", action="append", default=[], metavar="CSV",
                   help="the manifest of the --text-feed at the same position (columns line, url, outlet, "
                        "published[, title])")
    p.add_argument("--topic", default="ukraine_troops", help="topic config (config/topics/NAME.yml)")
    p.add_argument("--refresh", action="store_true", help="fetch again URLs that are already captured")
    p.add_argument("--no-seed", action="store_true", help="never fall back to the bundled corpus")
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="engine for WARC input")
    p.add_argument("--scheduler", default=None, help="dask scheduler address (with --engine dask)")
    g = p.add_argument_group("fetching")
    g.add_argument("--user-agent", default=DEFAULT_USER_AGENT)
    g.add_argument(
        "--delay", type=float, default=_D.delay, help=f"seconds between requests to one host ({_D.delay})"
    )
    g.add_argument("--workers", type=int, default=_D.workers, help=f"concurrent fetches ({_D.workers})")
    g.add_argument(
        "--timeout", type=float, default=_D.read_timeout, help=f"read timeout, s ({_D.read_timeout})"
    )
    g.add_argument("--connect-timeout", type=float, default=_D.connect_timeout)
    g.add_argument(
        "--retries", type=int, default=_D.retries, help=f"retries on 5xx/429/network errors ({_D.retries})"
    )
    g.add_argument("--max-bytes", type=int, default=_D.max_bytes, help=f"body size cap ({_D.max_bytes})")
    g.add_argument("--no-robots", action="store_true", help="do not read or obey robots.txt")
    g.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_data_dir(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from helpers.collect import collect_documents, format_summary

    urls = list(args.urls) + list(args.url)
    result = collect_documents(
        data_dir=args.data_dir,
        seed=not args.no_seed,
        urls=urls or None,
        feeds=args.feed,
        sections=args.section,
        html_dirs=args.html,
        warc=args.warc,
        text_feeds=_text_feeds(args.text_feed, args.manifest),
        engine=args.engine,
        scheduler=args.scheduler,
        topic=args.topic,
        refresh=args.refresh,
        progress=False if args.no_progress else None,
        user_agent=args.user_agent,
        delay=args.delay,
        workers=args.workers,
        read_timeout=args.timeout,
        connect_timeout=args.connect_timeout,
        retries=args.retries,
        max_bytes=args.max_bytes,
        respect_robots=not args.no_robots,
    )
    print(format_summary(result.summary))
    print(f"wrote {len(result.documents)} documents to {args.data_dir}/processed/documents.parquet (+ .csv)")
    if len(result.failures):
        print(
            f"{len(result.failures)} item(s) failed; listed in "
            f"{args.data_dir}/processed/collect_failures.csv "
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
