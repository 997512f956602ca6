"""The "review next" queue: statements a reviewer should read first, least confident first.

Why by confidence: a correction teaches the labeller most where it was least sure
(`benchmarks/review_simulation.py` measures this against a random order), and a reviewer's
time goes to the rows most likely to be wrong. Rows already reviewed or marked irrelevant leave
the queue; rows labelled by the cue rules alone (no confidence) come after every scored row.
"""

from __future__ import annotations

import pandas as pd


def row_confidence(table: pd.DataFrame) -> pd.Series:
    """The lower of a row's stance and deployment confidences (NaN when it has neither)."""
    cols = [c for c in ("stance_confidence", "deployment_confidence") if c in table.columns]
    if not cols:
        return pd.Series(float("nan"), index=table.index)
    return table[cols].apply(pd.to_numeric, errors="coerce").min(axis=1, skipna=True)


def review_queue(table: pd.DataFrame, n: int = 20) -> pd.DataFrame:
    """The next `n` statements to review, least confident first (ties: newest first)."""
    if table.empty:
        return table
    todo = table
    if "reviewed" in todo.columns:
        todo = todo[~todo["reviewed"].fillna(False).astype(bool)]
    if "_irrelevant" in todo.columns:
        todo = todo[~todo["_irrelevant"].fillna(False).astype(bool)]
    ranked = todo.assign(
        _confidence=row_confidence(todo), _date=todo.get("date", pd.Series(index=todo.index))
    )
    ranked = ranked.sort_values(
        ["_confidence", "_date"], ascending=[True, False], na_position="last", kind="stable"
    )
    return ranked.head(n).drop(columns=["_date"])


def queue_label(row: pd.Series) -> str:
    conf = row.get("_confidence")
    shown = f"{conf:.2f}" if pd.notna(conf) else " –  "
    return f"{shown}  {row.get('stance', '')}/{row.get('deployment', '')}  {row.get('speaker', '')} ({row.get('date', '')})"
