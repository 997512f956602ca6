"""`stance-tracker evaluate`: extract a gold set's documents and print the scorer's figures, or
(`--labeller`) the labeller's own cross-validated figures on its training corpus."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from helpers.cli.common import add_data_dir, add_option
from helpers.extract import extract_corpus
from helpers.extract.evaluate import report_lines, score_dirs
from helpers.extract.rules import compile_rules
from helpers.pipeline import read_documents
from helpers.tables import InputError, write_table


def register(subparsers: argparse._SubParsersAction) -> None:
    e = subparsers.add_parser(
        "evaluate",
        help="score extraction against a gold set",
        description="Extract the gold set's documents and print attribution, country, date, "
        "stance, deployment and poll scores (same figures as eval/score.py).",
    )
    e.add_argument("--gold", metavar="DIR", help="folder with statements.jsonl, polls.jsonl (and docs.jsonl)")
    e.add_argument(
        "--labeller",
        action="store_true",
        help="instead of a gold set: the labeller's grouped cross-validation and frozen-test figures on its "
        "training corpus (per-class P/R/F1, confusion matrices, reliability); writes no model",
    )
    e.add_argument(
        "--figures", metavar="DIR", help="with --labeller: also write reliability/confusion SVGs here"
    )
    add_option(e, "docs", help="documents to extract (default GOLD/docs.jsonl or GOLD/../docs.jsonl)")
    e.add_argument("--pred", metavar="DIR", help="score these predictions instead of extracting")
    add_option(e, "out", help="keep the predictions here")
    add_option(e, "topic")
    e.add_argument("--json", action="store_true", help="print the full result as JSON")
    add_data_dir(e)
    e.set_defaults(func=run)


def _gold_docs(gold: Path) -> Path:
    for cand in (gold / "docs.jsonl", gold.parent / "docs.jsonl"):
        if cand.exists():
            return cand
    raise InputError(f"{gold}: no docs.jsonl here or in the parent folder (pass --docs FILE)")


def run(args: argparse.Namespace) -> int:
    if args.labeller:
        return _evaluate_labeller(args)
    if not args.gold:
        raise InputError("evaluate needs --gold DIR (a gold set) or --labeller (the labeller's own figures)")
    gold = Path(args.gold)
    for name in ("statements.jsonl", "polls.jsonl"):
        if not (gold / name).exists():
            raise InputError(f"{gold / name}: gold file not found")
    with tempfile.TemporaryDirectory(prefix="stance-eval-") as scratch:
        pred = Path(args.pred or args.out or scratch)
        if not args.pred:
            docs_path = Path(args.docs) if args.docs else _gold_docs(gold)
            documents = read_documents(docs_path, pred / "quarantine")
            result = extract_corpus(
                documents,
                topic=args.topic,
                overrides_path=None,
                quarantine_dir=pred / "quarantine",
                data_dir=args.data_dir,
            )
            write_table(result.statements, pred, "statements")
            write_table(result.polls, pred, "polls")
        scores = score_dirs(gold, pred)
    if args.json:
        print(json.dumps(scores, indent=2, ensure_ascii=False))
    else:
        for line in report_lines(scores):
            print(line)
    return 0


def _evaluate_labeller(args: argparse.Namespace) -> int:
    """The labeller measured on its corpus, exactly as `stance-tracker train` prints it."""
    # training loads scikit-learn and scipy (seconds): only --labeller pays for them
    from helpers.extract.labeller.report import format_run
    from helpers.extract.labeller.training import train_topic

    run_ = train_topic(compile_rules(args.topic))
    print(format_run(run_))
    if args.figures:
        # plots load altair (and with it jsonschema, seconds): only when figures are asked for
        from helpers.extract.labeller.plots import write_figures

        for path in write_figures(run_, args.figures):
            print(f"wrote {path}", file=sys.stderr)
    return 0
