"""Keep what the active topic is about; say why everything else was left out.

Dropped documents stay in raw/ (captures are never deleted); only the documents table
leaves them out, and `processed/collect_dropped.csv` lists each with its reason.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from helpers.topics import Topic

# The keyword group that names the place; the topic's `relevance.place_implied_patterns` stand in for it.
PLACE_GROUP = "place"


@dataclass(frozen=True)
class TopicRelevance:
    """The collector's topic test: `Topic.relevance` (every keyword group on title + text), where
    the place group is also satisfied by the topic's implied-place patterns.

    Why: the extractor accepts a statement whose place is implied (the topic's own patterns, e.g.
    "the alliance's mission") when a short text never names the country; a collector that
    dropped such a brief would lose statements the extractor would have kept. The WARC byte
    pre-filter is derived from this same test (`helpers.collect.warc.prefilter`).
    """

    topic: Topic

    @classmethod
    def from_topic(cls, topic: Topic) -> TopicRelevance:
        return cls(topic)

    @cached_property
    def implied_place_patterns(self) -> list[str]:
        """The topic's implied-place patterns (none when it has no place keyword group)."""
        if PLACE_GROUP not in self.topic.keywords:
            return []
        relevance = self.topic.config.get("relevance") or {}
        return [str(p) for p in relevance.get("place_implied_patterns") or []]

    @cached_property
    def _implied(self) -> re.Pattern[str] | None:
        patterns = self.implied_place_patterns
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None

    @cached_property
    def _without_place(self) -> Topic:
        keywords = {g: t for g, t in self.topic.keywords.items() if g != PLACE_GROUP}
        return dataclasses.replace(self.topic, keywords=keywords)

    def __call__(self, text: str) -> tuple[bool, str]:
        """(relevant?, why)."""
        ok, why = self.topic.relevance(text)
        if ok or self._implied is None:
            return ok, why
        implied = self._implied.search(text or "")
        if implied is None or not self._without_place.keywords:
            return ok, why
        rest_ok, _ = self._without_place.relevance(text)
        if not rest_ok:
            return ok, why
        return True, f"place implied by {implied.group(0)!r}"


def topic_filter(documents: pd.DataFrame, topic: Topic) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split into (relevant, dropped with `reason`) by `TopicRelevance` on title + text."""
    if documents.empty:
        return documents, documents.assign(reason=pd.Series(dtype=object))
    relevance = TopicRelevance.from_topic(topic)
    keep, reasons = [], []
    notes = (
        documents["text_note"] if "text_note" in documents.columns else pd.Series(None, index=documents.index)
    )
    for title, text, note in zip(
        documents["title"].fillna(""), documents["text"].fillna(""), notes, strict=True
    ):
        if not str(text).strip():
            keep.append(False)
            # the parser says what each extractor of its chain found ("trafilatura 0 words, ...")
            reasons.append(
                "no article text extracted" + (f": {note}" if isinstance(note, str) and note else "")
            )
            continue
        ok, why = relevance(f"{title}\n{text}")
        keep.append(ok)
        reasons.append("" if ok else f"off-topic for {topic.name}: {why}")
    mask = pd.Series(keep, index=documents.index)
    dropped = documents[~mask].assign(reason=[r for r, k in zip(reasons, keep, strict=True) if not k])
    return documents[mask].reset_index(drop=True), dropped.reset_index(drop=True)
