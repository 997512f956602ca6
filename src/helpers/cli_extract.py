"""`stance-tracker extract` and `stance-tracker evaluate`.

extract: documents -> processed/statements.{csv,parquet} and processed/polls.{csv,parquet}, plus
month-partitioned copies in processed/statements_dataset/ and processed/polls_dataset/
(validated; invalid rows go to the quarantine folder with the reason; review overrides applied).
evaluate: extract a gold set's documents and print the scorer's figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from helpers.paths import DataLayout
from helpers.tables import InputError, read_table, write_table


def register(subparsers: argparse._SubParsersAction) -> None:
    from helpers.cli import add_data_dir

    p = subparsers.add_parser(
        "extract",
        help="extract statements and polls from documents",
        description="Extract who said what, when (statements) and poll figures from documents.",
    )
    p.add_argument(
        "--docs",
        metavar="FILE",
        help="documents table (.parquet/.csv/.jsonl); default DATA_DIR/processed/documents.parquet",
    )
    p.add_argument("--out", metavar="DIR", help="output folder (default DATA_DIR/processed/)")
    p.add_argument("--topic", default="ukraine_troops", help="topic name in config/topics or a YAML path")
    p.add_argument("--engine", choices=("local", "dask"), default="local")
    p.add_argument("--scheduler", metavar="ADDR", help="dask scheduler address (with --engine dask)")
    p.add_argument(
        "--overrides", metavar="FILE", help="review corrections (default DATA_DIR/overrides/statements.csv)"
    )
    p.add_argument("--no-overrides", action="store_true", help="do not apply review corrections")
    p.add_argument(
        "--no-cache", action="store_true", help="re-extract every document (ignore DATA_DIR/cache)"
    )
    add_data_dir(p)
    p.set_defaults(func=run)

    e = subparsers.add_parser(
        "evaluate",
        help="score extraction against a gold set",
        description="Extract the gold set's documents and print attribution, country, date, "
        "stance, deployment and poll scores (same figures as eval/score.py).",
    )
    e.add_argument(
        "--gold",
        metavar="DIR",
        help="folder with statements.jsonl, polls.jsonl (and docs.jsonl)",
    )
    e.add_argument(
        "--labeller", action="store_true",
        help="instead of a gold set: the labeller's grouped cross-validation and frozen-test figures on its "
        "training corpus (per-class P/R/F1, confusion matrices, reliability); writes no model",
    )
    e.add_argument("--figures", metavar="DIR", help="with --labeller: also write reliability/confusion SVGs here")
    e.add_argument(
        "--docs", metavar="FILE", help="documents to extract (default GOLD/docs.jsonl or GOLD/../docs.jsonl)"
    )
    e.add_argument("--pred", metavar="DIR", help="score these predictions instead of extracting")
    e.add_argument("--out", metavar="DIR", help="keep the predictions here")
    e.add_argument("--topic", default="ukraine_troops")
    e.add_argument("--json", action="store_true", help="print the full result as JSON")
    add_data_dir(e)
    e.set_defaults(func=run_evaluate)


def _load_documents(path: Path, quarantine_dir: Path | None):
    """The documents to extract from; rows that break the contract go to the quarantine."""
    from helpers.stages import prepare_documents

    docs = prepare_documents(read_table(path), quarantine_dir, source=str(path))
    if docs.empty:
        raise InputError(f"{path}: no valid documents" + (f" (see {quarantine_dir / 'documents.csv'})"
                                                          if quarantine_dir else ""))
    return docs


def run(args: argparse.Namespace) -> int:
    layout = DataLayout.at(args.data_dir)
    docs_path = Path(args.docs) if args.docs else layout.documents
    if not docs_path.exists():
        raise InputError(
            f"{docs_path}: no documents (run `stance-tracker collect` first or pass --docs FILE)"
        )
    out = Path(args.out) if args.out else layout.processed
    documents = _load_documents(docs_path, out / "quarantine")
    overrides = None if args.no_overrides else (Path(args.overrides) if args.overrides else layout.overrides)
    if overrides is not None and args.overrides and not overrides.exists():
        raise InputError(f"{overrides}: overrides file not found")
    quarantine = out / "quarantine"
    bad_documents = documents.attrs.get("quarantined", 0)
    if bad_documents:
        print(f"extract: {bad_documents} document rows quarantined in {quarantine / 'documents.csv'}",
              file=sys.stderr)
    t0 = time.perf_counter()
    from helpers.stages import extract_tables, write_extracted

    result = extract_tables(
        documents, topic=args.topic, engine=args.engine, scheduler=args.scheduler,
        overrides_path=overrides, quarantine_dir=quarantine, cache_dir=None if args.no_cache else layout.cache,
        data_dir=layout.root,
    )

    months = write_extracted(result.statements, result.polls, out)
    if not args.out:
        # the merged polls table (imported releases + polls in the news) follows the news polls
        from helpers.polls import build_merged_table

        build_merged_table(layout.root)
    s = result.stats
    print(
        f"extract: {s.get('documents', len(documents))} documents"
        + (f" ({s['cache_hits']} from cache)" if s.get("cache_hits") else "")
        + f" -> {len(result.statements)} statements, {len(result.polls)} polls in {out}"
        + f" [{time.perf_counter() - t0:.1f}s]"
    )
    st_months = months["statements"]
    print(
        f"extract: statements by month in {out / 'statements_dataset'}: {st_months['written']} month files "
        f"written, {st_months['unchanged']} unchanged, {st_months['removed']} removed"
    )
    bad = sum(len(v) for v in result.quarantined.values()) + bad_documents
    if bad:
        print(f"extract: {bad} rows quarantined in {quarantine} (see the `reason` column)", file=sys.stderr)
        return 3
    return 0


def _gold_docs(gold: Path) -> Path:
    for cand in (gold / "docs.jsonl", gold.parent / "docs.jsonl"):
        if cand.exists():
            return cand
    raise InputError(f"{gold}: no docs.jsonl here or in the parent folder (pass --docs FILE)")


def run_evaluate(args: argparse.Namespace) -> int:
    from helpers.extract import extract_corpus
    from helpers.extract.evaluate import report_lines, score_dirs

    if args.labeller:
        return _evaluate_labeller(args)
    if not args.gold:
        raise InputError("evaluate needs --gold DIR (a gold set) or --labeller (the labeller's own figures)")
    gold = Path(args.gold)
    for name in ("statements.jsonl", "polls.jsonl"):
        if not (gold / name).exists():
            raise InputError(f"{gold / name}: gold file not found")
    if args.pred:
        pred = Path(args.pred)
    else:
        docs_path = Path(args.docs) if args.docs else _gold_docs(gold)
        scratch = None if args.out else tempfile.TemporaryDirectory(prefix="stance-eval-")
        pred = Path(args.out) if args.out else Path(scratch.name)
        documents = _load_documents(docs_path, pred / "quarantine")
        result = extract_corpus(
            documents, topic=args.topic, overrides_path=None, quarantine_dir=pred / "quarantine",
            data_dir=args.data_dir,
        )
        write_table(result.statements, pred, "statements")
        write_table(result.polls, pred, "polls")
    scores = score_dirs(gold, pred)
    if not args.pred and scratch is not None:
        scratch.cleanup()
    if args.json:
        print(json.dumps(scores, indent=2, ensure_ascii=False))
    else:
        for line in report_lines(scores):
            print(line)
    return 0


def _evaluate_labeller(args: argparse.Namespace) -> int:
    """The labeller measured on its corpus, exactly as `stance-tracker train` prints it."""
    from helpers.extract.labeller.report import format_run
    from helpers.extract.labeller.training import train_topic
    from helpers.extract.rules import compile_rules

    run = train_topic(compile_rules(args.topic))
    print(format_run(run))
    if args.figures:
        from helpers.extract.labeller.plots import write_figures

        for path in write_figures(run, args.figures):
            print(f"wrote {path}", file=sys.stderr)
    return 0
