"""`stance-tracker train`: retrain a topic's labeller on its corpus plus reviewed rows.

A reviewed row (a stance or deployment correction in DATA_DIR/overrides/statements.csv) is a
labelled example. The model goes to DATA_DIR/models/<topic>.labeller.json (or --out), where runs
on that folder find it; its checksum enters `extractor_version`, so the cache and reruns follow.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers.cli.common import add_data_dir, add_option
from helpers.extract.labeller.store import TRAINING_ROOT
from helpers.extract.rules import compile_rules


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "train",
        help="retrain the stance/deployment labeller on the corpus plus reviewed rows",
        description="Retrain a topic's labeller (data/training/<topic>/ plus DATA_DIR's reviewed rows), "
        "print grouped cross-validation and frozen-test figures, and write the model.",
    )
    add_option(p, "topic")
    p.add_argument("--out", metavar="FILE", help="model file (default DATA_DIR/models/<topic>.labeller.json)")
    p.add_argument(
        "--training", metavar="DIR", help="training corpus root (default data/training in the checkout)"
    )
    p.add_argument("--no-reviewed", action="store_true", help="ignore DATA_DIR's reviewed rows")
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    p.add_argument("--figures", metavar="DIR", help="also write reliability and confusion plots (SVG) here")
    add_data_dir(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # training loads scikit-learn and scipy (seconds): only this command pays for them
    from helpers.extract.labeller.report import format_run
    from helpers.extract.labeller.training import train_topic

    rules = compile_rules(args.topic)
    run_ = train_topic(
        rules,
        data_dir=None if args.no_reviewed else args.data_dir,
        training_root=args.training or TRAINING_ROOT,
        folds=args.folds,
    )
    out = Path(args.out) if args.out else Path(args.data_dir) / "models" / f"{args.topic}.labeller.json"
    assert run_.model is not None
    checksum = run_.model.save(out)
    print(format_run(run_))
    if args.figures:
        # plots load altair (and with it jsonschema, seconds): only when figures are asked for
        from helpers.extract.labeller.plots import write_figures

        for path in write_figures(run_, args.figures):
            print(f"wrote {path}", file=sys.stderr)
    print(f"\nmodel written to {out} (checksum {checksum})", file=sys.stderr)
    return 0
