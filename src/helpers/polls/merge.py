"""One polls table: imported releases + polls found in the news, one row per poll.

Two rows are the same poll when they agree on country and pollster, their dates
(fieldwork or publication) are within a few days and their shares within a point.
They then become one row listing every source. Where the sources disagree (a share
half a point apart, another sample size) both values stay in `sources` and the row is
flagged in `conflicts`; rows that agree on country, pollster and dates but differ by
more than a point are kept apart and flagged as `possible_duplicate_of` each other.
Nothing is resolved silently.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from datetime import date
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

from helpers.paths import DataLayout
from helpers.polls.questions import question_id
from helpers.schemas import MERGED_POLL_COLUMNS, validate_or_quarantine
from helpers.tables import read_table, write_table

MERGED_NAME = "polls_merged"
DATE_TOLERANCE_DAYS = 7
SHARE_TOLERANCE = 1.0
NEAR_SHARE_GAP = 5.0  # further apart than this, two rows answer different questions, not misreport one
POLLSTER_SIMILARITY = 90
CONFLICT_FIELDS = (
    "share_support",
    "share_oppose",
    "share_dont_know",
    "sample_size",
    "fieldwork_start",
    "fieldwork_end",
    "margin_of_error",
)


def _firm(name: object) -> str:
    """Polling firm without client ('Voxmeter for Ritzau' -> 'voxmeter'), accents or punctuation."""
    if not isinstance(name, str) or not name.strip():
        return ""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    text = re.split(r"\s+(?:for|on behalf of|commissioned by|fur|pour|/)\s+|\s*\(", text)[0]
    text = re.sub(r"\b(poll|polling|institute|institut|research|survey|gmbh|ltd|inc|sa)\b", " ", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def same_pollster(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Firms match (fuzzy, so 'Infratest dimap' = 'infratest-dimap'), or one names the other's client."""
    fa, fb = _firm(a.get("pollster")), _firm(b.get("pollster"))
    if not fa or not fb:
        return False
    if (
        fuzz.ratio(fa, fb) >= POLLSTER_SIMILARITY
        or fuzz.token_set_ratio(fa, fb) >= 100
        and min(len(fa), len(fb)) >= 4
    ):
        return True
    ca, cb = _firm(a.get("client")), _firm(b.get("client"))
    return bool(
        (ca and fuzz.ratio(ca, fb) >= POLLSTER_SIMILARITY)
        or (cb and fuzz.ratio(cb, fa) >= POLLSTER_SIMILARITY)
    )


def _dates(row: dict[str, Any]) -> list[date]:
    out = []
    for key in ("fieldwork_start", "fieldwork_end", "published", "date"):
        value = row.get(key)
        if isinstance(value, str) and value:
            try:
                out.append(date.fromisoformat(value[:10]))
            except ValueError:
                continue
    return out


def date_distance(a: dict[str, Any], b: dict[str, Any]) -> int | None:
    """Smallest distance in days between any fieldwork/publication date of two polls."""
    da, db = _dates(a), _dates(b)
    if not da or not db:
        return None
    return min(abs((x - y).days) for x in da for y in db)


def share_distance(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Largest gap between shares both polls give (None when they give none in common)."""
    gaps = []
    for key in ("share_support", "share_oppose"):
        x, y = a.get(key), b.get(key)
        if x is not None and y is not None and not pd.isna(x) and not pd.isna(y):
            gaps.append(abs(float(x) - float(y)))
    return max(gaps) if gaps else None


def _origin(row: dict[str, Any]) -> str:
    """Rows from one document or one table are different polls by construction."""
    if row.get("source_kind") == "news":
        return f"news:{row.get('doc_id') or row.get('poll_id')}"
    return f"import:{row.get('source_file')}|{row.get('source_sheet')}|{row.get('source_table')}"


def _normalise(frame: pd.DataFrame | None, kind: str) -> list[dict[str, Any]]:
    if frame is None or len(frame) == 0:
        return []
    rows: list[dict[str, Any]] = [
        {str(k): v for k, v in r.items()}
        for r in frame.astype(object).where(frame.notna(), None).to_dict("records")
    ]
    for row in rows:
        row["source_kind"] = row.get("source_kind") or kind
        row.setdefault("published", None)
        row["published"] = row.get("published") or (row.get("date") if kind == "news" else None)
        row["question_id"] = row.get("question_id") or question_id(row.get("question"))
        if not row.get("sources"):
            row["sources"] = json.dumps(
                [
                    {
                        k: row.get(k)
                        for k in (
                            "source_kind",
                            "poll_id",
                            "doc_id",
                            "url",
                            "outlet",
                            "published",
                            "share_support",
                            "share_oppose",
                            "sample_size",
                            "sentence",
                        )
                    }
                ],
                ensure_ascii=False,
                default=str,
            )
    return rows


def _sources(row: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        parsed = json.loads(row.get("sources") or "[]")
    except (TypeError, json.JSONDecodeError):
        parsed = []
    items = parsed if isinstance(parsed, list) else [parsed]
    for item in items:
        if isinstance(item, dict):
            # each source keeps the values of the row it came from, so conflicts stay visible
            for key in ("source_kind", "poll_id", "doc_id", "pollster", "date", *CONFLICT_FIELDS):
                value = row.get(key)
                item.setdefault(key, None if isinstance(value, float) and pd.isna(value) else value)
    return [i for i in items if isinstance(i, dict)]


def _label(row: dict[str, Any]) -> str:
    if row.get("source_kind") == "news":
        return f"news {row.get('outlet') or row.get('doc_id')}"
    where = ", ".join(
        str(x)
        for x in (
            row.get("source_file"),
            row.get("source_sheet"),
            f"row {row.get('source_row')}" if row.get("source_row") is not None else None,
        )
        if x
    )
    return f"import {where}"


def _combine(members: list[dict[str, Any]]) -> dict[str, Any]:
    """One row from matched members: the pollster's release first, gaps filled, disagreements flagged."""
    members = sorted(members, key=lambda r: (r["source_kind"] != "import", -(r.get("n_sources") or 1)))
    out = dict(members[0])
    for other in members[1:]:
        for key, value in other.items():
            if out.get(key) is None and value is not None:
                out[key] = value
    conflicts = []
    for key in CONFLICT_FIELDS:
        seen: dict[str, list[str]] = {}
        for m in members:
            value = m.get(key)
            if value is None or (isinstance(value, float) and pd.isna(value)):
                continue
            shown = f"{float(value):g}" if isinstance(value, (int, float)) else str(value)
            seen.setdefault(shown, []).append(_label(m))
        if len(seen) > 1:
            conflicts.append(f"{key}: " + " vs ".join(f"{v} ({'; '.join(w)})" for v, w in seen.items()))
    sources = [s for m in members for s in _sources(m)]
    out.update(
        {
            "member_poll_ids": json.dumps([m["poll_id"] for m in members]),
            "doc_ids": json.dumps(sorted({m["doc_id"] for m in members if m.get("doc_id")})),
            "doc_id": next((m["doc_id"] for m in members if m.get("doc_id")), None),
            "source_kinds": ",".join(sorted({m["source_kind"] for m in members})),
            "sources": json.dumps(sources, ensure_ascii=False, default=str),
            "n_sources": len(sources),
            "has_conflict": bool(conflicts),
            "conflicts": " | ".join(conflicts) or None,
        }
    )
    return out


def _candidate_pairs(rows: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs in the same country whose date spans come within the tolerance (not all n^2 pairs)."""
    spans: dict[str, list[tuple[date, date, int]]] = {}
    for k, row in enumerate(rows):
        dates = _dates(row)
        if row.get("country") and dates:
            spans.setdefault(str(row["country"]), []).append((min(dates), max(dates), k))
    pairs = []
    for items in spans.values():
        items.sort()  # by first date: once a later row starts past this one's span + tolerance, stop
        for n, (_, hi, i) in enumerate(items):
            for lo2, _, j in items[n + 1 :]:
                if (lo2 - hi).days > DATE_TOLERANCE_DAYS:
                    break
                pairs.append((min(i, j), max(i, j)))
    return pairs


def merge_polls(news_polls: pd.DataFrame | None, imported_polls: pd.DataFrame | None) -> pd.DataFrame:
    """One row per poll listing all its sources; conflicts kept and flagged (see module doc)."""
    rows = _normalise(imported_polls, "import") + _normalise(news_polls, "news")
    if not rows:
        return pd.DataFrame(columns=MERGED_POLL_COLUMNS)
    same: list[tuple[float, int, int]] = []
    near: list[tuple[int, int, float]] = []
    for i, j in _candidate_pairs(rows):
        a, b = rows[i], rows[j]
        if _origin(a) == _origin(b):
            continue
        days = date_distance(a, b)
        if days is None or days > DATE_TOLERANCE_DAYS or not same_pollster(a, b):
            continue
        gap = share_distance(a, b)
        if gap is None:
            continue
        if gap <= SHARE_TOLERANCE:
            same.append((gap + days / 100, i, j))
        elif gap <= NEAR_SHARE_GAP and (
            a.get("question_id") == b.get("question_id") or a["source_kind"] != b["source_kind"]
        ):
            near.append((i, j, gap))
    cluster = list(range(len(rows)))
    origins = [{_origin(r)} for r in rows]

    def find(k: int) -> int:
        while cluster[k] != k:
            cluster[k] = cluster[cluster[k]]
            k = cluster[k]
        return k

    for _, i, j in sorted(same):
        ri, rj = find(i), find(j)
        if ri != rj and not origins[ri] & origins[rj]:
            cluster[rj] = ri
            origins[ri] |= origins[rj]
    groups: dict[int, list[int]] = {}
    for k in range(len(rows)):
        groups.setdefault(find(k), []).append(k)
    merged = {root: _combine([rows[k] for k in members]) for root, members in groups.items()}
    flags: dict[int, list[str]] = {}
    for i, j, gap in near:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        flags.setdefault(ri, []).append(f"{merged[rj]['poll_id']} (shares {gap:g} points apart)")
        flags.setdefault(rj, []).append(f"{merged[ri]['poll_id']} (shares {gap:g} points apart)")
    out = []
    for root, row in merged.items():
        row["possible_duplicate_of"] = "; ".join(sorted(set(flags.get(root, [])))) or None
        out.append(row)
    frame = pd.DataFrame(out)
    extra = [c for c in frame.columns if c not in MERGED_POLL_COLUMNS]
    frame = frame.reindex(columns=MERGED_POLL_COLUMNS + extra)
    frame = frame.sort_values(["date", "country", "pollster"], na_position="last", kind="stable").reset_index(
        drop=True
    )
    for col in ("share_support", "share_oppose", "share_dont_know", "sample_size", "margin_of_error"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
    frame["n_sources"] = frame["n_sources"].astype("int64")
    frame["has_conflict"] = frame["has_conflict"].astype(bool)
    for col in ("source_table", "source_row"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("Int64")
    return frame


def build_merged_table(data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Read news polls and imported polls of a data dir, merge, check, write processed/polls_merged.*.

    Rows failing the checks go to processed/quarantine/polls_merged.csv with the reason.
    """
    layout = DataLayout.at(data_dir)
    news_path = layout.processed / "polls.parquet"
    imported_path = layout.processed / "polls_imported.parquet"
    news = read_table(news_path) if news_path.exists() else None
    imported = read_table(imported_path) if imported_path.exists() else None
    merged = merge_polls(news, imported)
    if len(merged):
        quarantine = layout.quarantine / f"{MERGED_NAME}.csv"
        if quarantine.exists():
            quarantine.unlink()  # re-derived on every build: it describes this table only
        good, _ = validate_or_quarantine(merged, MERGED_NAME, layout.quarantine, source=MERGED_NAME)
        merged = good.reindex(columns=merged.columns)
    write_table(merged, layout.processed, MERGED_NAME)
    return merged
