"""Keep what the active topic is about; say why everything else was left out.

Dropped documents stay in raw/ (captures are never deleted); only the documents table
leaves them out, and `processed/collect_dropped.csv` lists each with its reason.
"""

from __future__ import annotations

import pandas as pd

from helpers.topics import Topic


def topic_filter(documents: pd.DataFrame, topic: Topic) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split into (relevant, dropped with `reason`) by the topic's keyword groups on title + text."""
    if documents.empty:
        return documents, documents.assign(reason=pd.Series(dtype=object))
    keep, reasons = [], []
    for title, text in zip(documents["title"].fillna(""), documents["text"].fillna(""), strict=True):
        if not str(text).strip():
            keep.append(False)
            reasons.append("no article text extracted")
            continue
        ok, why = topic.relevance(f"{title}\n{text}")
        keep.append(ok)
        reasons.append("" if ok else f"off-topic for {topic.name}: {why}")
    mask = pd.Series(keep, index=documents.index)
    dropped = documents[~mask].assign(reason=[r for r, k in zip(reasons, keep, strict=True) if not k])
    return documents[mask].reset_index(drop=True), dropped.reset_index(drop=True)
