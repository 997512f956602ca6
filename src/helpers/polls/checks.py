"""Domain checks on poll rows that the base schema cannot express, with quarantine.

The base contract (helpers.schemas POLLS) checks types, ISO dates, 0..100 support and
oppose. Here: don't-know in 0..100, support + oppose + don't know <= 100 (+ rounding),
fieldwork start <= end <= publication date, margin of error in 0..50, a known country.
Failing rows leave the table with every reason that applies, never silently.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.schemas import validate_or_quarantine, write_quarantine

ROUNDING_TOLERANCE = 1.5  # three shares each rounded to the nearest 0.5 point


def _num(frame: pd.DataFrame, col: str) -> pd.Series:
    if col not in frame.columns:
        return pd.Series([float("nan")] * len(frame), index=frame.index)
    return pd.to_numeric(frame[col], errors="coerce")


def _text(frame: pd.DataFrame, col: str) -> pd.Series:
    if col not in frame.columns:
        return pd.Series([None] * len(frame), index=frame.index, dtype=object)
    return frame[col].astype(object).where(frame[col].notna(), None)


def domain_reasons(frame: pd.DataFrame) -> pd.Series:
    """One '; '-joined reason string per row ('' when the row passes)."""
    support, oppose, dk = (
        _num(frame, "share_support"),
        _num(frame, "share_oppose"),
        _num(frame, "share_dont_know"),
    )
    start, end = _text(frame, "fieldwork_start"), _text(frame, "fieldwork_end")
    published = _text(frame, "published")
    if "published" not in frame.columns:
        published = _text(frame, "date")
    moe = _num(frame, "margin_of_error")
    total = support.fillna(0) + oppose.fillna(0) + dk.fillna(0)
    checks = [
        (dk.notna() & ((dk < 0) | (dk > 100)), "share_dont_know outside 0..100"),
        (total > 100 + ROUNDING_TOLERANCE, None),
        (
            start.notna() & end.notna() & (start.astype(str) > end.astype(str)),
            "fieldwork starts after it ends",
        ),
        (
            end.notna() & published.notna() & (end.astype(str) > published.astype(str)),
            "fieldwork ends after the publication date",
        ),
        (moe.notna() & ((moe <= 0) | (moe > 50)), "margin_of_error outside 0..50"),
    ]
    reasons = pd.Series([""] * len(frame), index=frame.index, dtype=object)
    for mask, text in checks:
        for idx in frame.index[mask.fillna(False).astype(bool)]:
            why = text or f"support + oppose + don't know = {total[idx]:g} exceeds 100"
            reasons[idx] = f"{reasons[idx]}; {why}" if reasons[idx] else why
    if "country" in frame.columns:
        for idx in frame.index[frame["country"].isna()]:
            why = "country unknown (no country column, option or heading names it; pass --country)"
            reasons[idx] = f"{reasons[idx]}; {why}" if reasons[idx] else why
    return reasons


def check_polls(
    frame: pd.DataFrame,
    *,
    quarantine_path: Path | None = None,
    source: str = "",
    require_country: bool = True,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(valid rows, quarantined rows with `reason`): base contract, then the domain checks.

    Quarantined rows are appended to `quarantine_path` (CSV) when given.
    """
    if frame.empty:
        return frame, frame.assign(reason=pd.Series(dtype=object))
    good, bad = validate_or_quarantine(frame, "polls", None, source=source)
    reasons = domain_reasons(good)
    if not require_country:
        reasons = reasons.str.replace(r"(; )?country unknown \([^)]*\)", "", regex=True).str.lstrip("; ")
    failing = reasons != ""
    domain_bad = good[failing].assign(reason=reasons[failing], quarantine_source=source)
    good = good[~failing].reset_index(drop=True)
    bad = pd.concat([bad, domain_bad], ignore_index=True) if len(domain_bad) else bad
    if quarantine_path is not None and len(bad):
        write_quarantine(bad, quarantine_path)
    return good, bad.reset_index(drop=True)
