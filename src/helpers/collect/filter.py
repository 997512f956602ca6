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
    notes = documents["text_note"] if "text_note" in documents.columns else pd.Series(None, index=documents.index)
    for title, text, note in zip(
        documents["title"].fillna(""), documents["text"].fillna(""), notes, strict=True
    ):
        if not str(text).strip():
            keep.append(False)
            # the parser says what each extractor of its chain found ("trafilatura 0 words, ...")
            reasons.append("no article text extracted" + (f": {note}" if isinstance(note, str) and note else ""))
            continue
        ok, why = topic.relevance(f"{title}\n{text}")
        keep.append(ok)
        reasons.append("" if ok else f"off-topic for {topic.name}: {why}")
    mask = pd.Series(keep, index=documents.index)
    dropped = documents[~mask].assign(reason=[r for r, k in zip(reasons, keep, strict=True) if not k])
    return documents[mask].reset_index(drop=True), dropped.reset_index(drop=True)
