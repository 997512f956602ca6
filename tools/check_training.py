"""Check one part (or every part) of a training corpus against the corpus rules.

    python tools/check_training.py data/training/ukraine_troops/part-a
    python tools/check_training.py data/training/ukraine_troops        # every part

Prints one line per problem (file:line: what is wrong) and counts; exit 1 when there are problems.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from helpers.extract.labeller.corpus import load_corpus, part_dirs, validate_part
from helpers.topics import load_topic


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    target = Path(argv[0])
    topic_dir = target if part_dirs(target) else target.parent
    topic = load_topic(topic_dir.name)
    dep = topic.deployment_labels.names if topic.deployment_labels is not None else None
    parts = part_dirs(target) or [target]
    problems = [p for part in parts for p in validate_part(part, topic.stance_labels.names, dep)]
    for p in problems:
        print(p)
    corpus = load_corpus(topic_dir, topic.name)
    rows = [s for s in corpus.statements if any(str(s.get("_where", "")).startswith(str(p)) for p in parts)]
    docs = [
        d for d in corpus.docs.values() if any(str(d.get("_where", "")).startswith(str(p)) for p in parts)
    ]
    with_rows = {s["doc_id"] for s in rows}
    print(
        f"{len(docs)} documents ({sum(1 for d in docs if d['doc_id'] not in with_rows)} with no rows), "
        f"{len(rows)} statement rows, {len({d['event_id'] for d in docs})} events, "
        f"{sum(len(s.get('rewrites') or []) for s in rows)} rewrites"
    )
    print("stance:", dict(Counter(s["stance"] for s in rows)))
    print("deployment:", dict(Counter(s.get("deployment") for s in rows)))
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
