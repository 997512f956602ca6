"""Poll points and a sample-size-aware trend, computed before charting so it can be tested.

Honesty rules (docs/polls.md): one point per poll at its fieldwork midpoint; a trend is
drawn only for one country + one question wording with enough polls; the band is the
sampling error implied by the sample sizes, nothing more (house effects and wording
differences are not in it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import pandas as pd

from helpers.polls.questions import question_family

MEASURES = {"share_support": "Support", "share_oppose": "Oppose"}
MIN_POLLS_FOR_TREND = 4
BANDWIDTH_DAYS = 30.0  # sigma of the Gaussian kernel
GAP_SIGMAS = 2.0  # the trend is not drawn further than 2 sigma (60 days) from the nearest poll
GRID_POINTS = 120
Z95 = 1.96
QUESTION_LABEL_CHARS = 70


@dataclass(frozen=True)
class TrendMethod:
    """What the caption must say about how the trend was made."""

    min_polls: int = MIN_POLLS_FOR_TREND
    bandwidth_days: float = BANDWIDTH_DAYS

    def describe(self) -> str:
        return (
            f"Trend: Gaussian-kernel weighted average of polls (kernel sigma {self.bandwidth_days:g} days, "
            "each poll weighted by its sample size), drawn only for a country and question family "
            f"with at least {self.min_polls} polls and not more than "
            f"{GAP_SIGMAS * self.bandwidth_days:g} days "
            "from the nearest poll; band: 95% interval from sampling error given the "
            "sample sizes (it ignores house effects and wording differences)."
        )


def _col(frame: pd.DataFrame, name: str) -> pd.Series:
    return (
        frame[name]
        if name in frame.columns
        else pd.Series([None] * len(frame), index=frame.index, dtype=object)
    )


def question_label(question: object, limit: int = QUESTION_LABEL_CHARS) -> str:
    """A short legend label for a question wording."""
    if question is None or (isinstance(question, float) and pd.isna(question)) or not str(question).strip():
        return "(wording not given)"
    text = " ".join(str(question).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _source_url(row: dict) -> str | None:
    """The page a poll comes from (its own URL, else the first of its sources); http(s) only."""
    candidates = [row.get("url"), row.get("source_url")]
    raw = row.get("sources")
    if isinstance(raw, str) and raw.strip().startswith("["):
        try:
            listed = [s for s in json.loads(raw) if isinstance(s, dict)]
            candidates += [s.get("url") or s.get("source_url") for s in listed]
        except ValueError:
            pass
    for url in candidates:
        if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")):
            return url.strip()
    return None


def poll_points(polls: pd.DataFrame) -> pd.DataFrame:
    """One row per poll and measure (support / oppose) placed at the fieldwork midpoint.

    Polls without fieldwork dates are placed at their publication `date` and say so in
    `date_basis`; rows without any usable date or share are left out.
    """
    if polls is None or len(polls) == 0:
        return pd.DataFrame(
            columns=[
                "poll_id",
                "country",
                "pollster",
                "question",
                "question_key",
                "question_label",
                "midpoint",
                "date_basis",
                "measure",
                "share",
                "sample_size",
                "fieldwork",
                "published",
                "wording",
                "url",
            ]
        )
    frame = polls.reset_index(drop=True)
    start = pd.to_datetime(_col(frame, "fieldwork_start"), errors="coerce")
    end = pd.to_datetime(_col(frame, "fieldwork_end"), errors="coerce")
    pub = pd.to_datetime(_col(frame, "date"), errors="coerce")
    start = start.fillna(end)
    end = end.fillna(start)
    midpoint = start + (end - start) / 2
    basis = np.where(midpoint.notna(), "fieldwork midpoint", "publication date")
    midpoint = midpoint.fillna(pub).dt.normalize()
    qid = _col(frame, "question_id")
    question = _col(frame, "question")
    key = qid.where(qid.notna(), question.map(lambda q: question_label(q, 10_000).lower()))
    # wordings that ask the same kind of thing form one group (resources/poll_formats/question_families)
    family = question.map(lambda q: question_family(q) if isinstance(q, str) else None)
    key = pd.Series(
        [f"family:{f[0]}" if f else k for f, k in zip(family, key, strict=True)],
        index=frame.index,
        dtype=object,
    )
    label = pd.Series(
        [f[1] if f else question_label(q) for f, q in zip(family, question, strict=True)],
        index=frame.index,
        dtype=object,
    )
    fieldwork = [
        (f"{s:%d %b %Y}" + ("" if s == e else f" – {e:%d %b %Y}")) if pd.notna(s) else "not given"
        for s, e in zip(start, end, strict=True)
    ]
    base = pd.DataFrame(
        {
            "poll_id": _col(frame, "poll_id").astype(object),
            "country": _col(frame, "country").fillna("??").astype(str),
            "pollster": _col(frame, "pollster").fillna("(pollster not given)").astype(str),
            "question": question.astype(object),
            "question_key": key.astype(str),
            "question_label": label,
            "wording": question.map(question_label),
            "url": [_source_url(r) for r in frame.to_dict("records")],
            "midpoint": midpoint,
            "date_basis": basis,
            "sample_size": pd.to_numeric(_col(frame, "sample_size"), errors="coerce"),
            "fieldwork": fieldwork,
            "published": _col(frame, "date").astype(object),
        }
    )
    parts = []
    for column, measure in MEASURES.items():
        part = base.copy()
        part["measure"] = measure
        part["share"] = pd.to_numeric(_col(frame, column), errors="coerce")
        parts.append(part)
    points = pd.concat(parts, ignore_index=True)
    return points[points["share"].notna() & points["midpoint"].notna()].reset_index(drop=True)


DEFAULT_METHOD = TrendMethod()


def kernel_trend(points: pd.DataFrame, method: TrendMethod = DEFAULT_METHOD) -> pd.DataFrame:
    """Trend line and 95% sampling band per country, question wording and measure.

    Each poll weighs kernel(distance) x sample size. The band is the standard error of that
    weighted mean when each poll's share has binomial variance p(1-p)/n. Polls without a
    sample size get the median known sample size (counted in `n_imputed`); with no sample
    size known at all, polls weigh equally and no band is drawn.
    """
    columns = [
        "country",
        "question_key",
        "question_label",
        "measure",
        "segment",
        "midpoint",
        "trend",
        "lower",
        "upper",
        "n_polls",
        "n_imputed",
    ]
    if points.empty:
        return pd.DataFrame(columns=columns)
    known_n = points["sample_size"].dropna()
    fallback_n = float(known_n.median()) if len(known_n) else None
    rows: list[dict] = []
    for (country, qkey, measure), group in points.groupby(["country", "question_key", "measure"], sort=True):
        if group["poll_id"].nunique() < method.min_polls or group["midpoint"].nunique() < 2:
            continue
        t = (group["midpoint"] - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=float)
        p = group["share"].to_numpy(dtype=float) / 100.0
        n = group["sample_size"].to_numpy(dtype=float)
        n_imputed = int(np.isnan(n).sum())
        has_band = fallback_n is not None
        n = np.where(np.isnan(n), fallback_n if fallback_n else 1.0, n)
        grid = np.linspace(t.min(), t.max(), GRID_POINTS)
        kernel = np.exp(-0.5 * ((grid[:, None] - t[None, :]) / method.bandwidth_days) ** 2)
        weights = kernel * n[None, :]
        total = weights.sum(axis=1)
        trend = (weights * p[None, :]).sum(axis=1) / total
        var = (weights**2 * (p * (1 - p) / n)[None, :]).sum(axis=1) / total**2
        half = Z95 * np.sqrt(var) if has_band else np.full_like(trend, np.nan)
        supported = np.abs(grid[:, None] - t[None, :]).min(axis=1) <= GAP_SIGMAS * method.bandwidth_days
        segment = np.cumsum(np.r_[0, np.diff(supported.astype(int)) != 0])
        label = group["question_label"].iloc[0]
        for i in np.flatnonzero(supported):
            rows.append(
                {
                    "country": country,
                    "question_key": qkey,
                    "question_label": label,
                    "measure": measure,
                    "segment": f"{qkey}|{measure}|{segment[i]}",
                    "midpoint": pd.Timestamp("1970-01-01") + pd.Timedelta(days=float(grid[i])),
                    "trend": 100 * trend[i],
                    "lower": max(0.0, 100 * (trend[i] - half[i])) if has_band else None,
                    "upper": min(100.0, 100 * (trend[i] + half[i])) if has_band else None,
                    "n_polls": int(group["poll_id"].nunique()),
                    "n_imputed": n_imputed,
                }
            )
    return pd.DataFrame(rows, columns=columns)
