"""What the trained labeller costs per document: the same synthetic documents extracted with the
shipped model and with the cue rules labelling alone, in-process, one core.

    python benchmarks/labeller_cost.py [--articles 300] [--teasers 3000] [--fresh]

Each pass runs twice and the second (warm: memoised cue verdicts, compiled rules) is reported, in
documents per CPU-second. With `--fresh` the warm-up pass reads other documents (another seed), so
no per-text cache (cue verdicts, the labeller's scopes) is warm for the timed ones: what a stream of
new articles costs. `benchmarks/extract_speed.py` gives the end-to-end figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import corpus  # noqa: E402

from helpers.extract.document import extract_document  # noqa: E402
from helpers.extract.rules import compile_rules  # noqa: E402


def rate(docs: list[dict], rules, warm: list[dict]) -> float:  # type: ignore[no-untyped-def]
    for d in warm:  # warm-up pass
        extract_document(d, rules)
    t = time.process_time()
    for d in docs:
        extract_document(d, rules)
    return len(docs) / (time.process_time() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--teasers", type=int, default=3000)
    ap.add_argument("--fresh", action="store_true", help="warm up on other documents than the timed ones")
    args = ap.parse_args()
    model = compile_rules()
    rules_only = dataclasses.replace(model, labeller=None)
    for kind, n in (("article", args.articles), ("teaser", args.teasers)):
        docs = corpus(n, kind, 1).to_dict("records")
        if args.fresh:  # each pass on documents no earlier pass has read (same templates, other seeds)
            other = corpus(n, kind, 2).to_dict("records")
            with_model = rate(docs, model, corpus(n, kind, 11).to_dict("records"))
            without = rate(other, rules_only, corpus(n, kind, 12).to_dict("records"))
        else:
            with_model, without = rate(docs, model, docs), rate(docs, rules_only, docs)
        print(
            f"{kind}s: {with_model:.0f} docs/CPU-s with the model, {without:.0f} with the cue rules alone "
            f"({n} documents, {'fresh' if args.fresh else 'warm'} pass)"
        )


if __name__ == "__main__":
    main()
