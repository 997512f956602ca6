"""Slicing the statements table the way the dashboard's controls do, as plain tested functions.

The widgets only hold a `Filters` value; everything that decides which rows are shown and
what the counts say lives here, so a test (or a script) gets exactly what the dashboard shows.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from helpers import labels as topic_labels
from helpers.topics import Topic

UNKNOWN_COUNTRY = "(unknown)"


@dataclass(frozen=True)
class Filters:
    """What the reader asked for. Empty `countries` means every country; `stances` and
    `deployments` list what is switched on (None = all); dates are inclusive ISO days."""

    countries: tuple[str, ...] = ()
    stances: tuple[str, ...] | None = None
    deployments: tuple[str, ...] | None = None
    date_from: str | None = None
    date_to: str | None = None
    speaker: str = ""
    outlet: str = ""
    reviewed_only: bool = False

    def with_(self, **changes: Any) -> Filters:
        return replace(self, **changes)


@dataclass(frozen=True)
class FilterOptions:
    """The choices the controls offer, taken from the data (plus the codebook's fixed labels)."""

    countries: tuple[str, ...]
    stances: tuple[str, ...]
    deployments: tuple[str, ...]
    dates: tuple[str, ...]
    counts_by_country: dict[str, int] = field(default_factory=dict)


def _fold(text: object) -> str:
    """Case- and accent-insensitive form for searching ("macron" finds "Macron", "Lokke" finds "Lökke")."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _country_key(series: pd.Series) -> pd.Series:
    return series.where(series.notna() & (series.astype(str) != ""), UNKNOWN_COUNTRY).astype(str)


def filter_options(statements: pd.DataFrame, topic: Topic | None = None) -> FilterOptions:
    """Countries (most statements first), the topic's stances and deployments in its order (values outside
    them after), and the days present. A topic without a deployment dimension offers no deployments."""
    stances = topic_labels.stance_labels(topic).names
    deployment_set = topic_labels.deployment_labels(topic)
    deployments = deployment_set.names if deployment_set is not None else ()
    if statements.empty:
        return FilterOptions((), stances, deployments, ())
    keys = _country_key(statements["country"])
    counts = keys.value_counts()
    order = sorted(counts.index, key=lambda c: (c == UNKNOWN_COUNTRY, -int(counts[c]), c))
    extra_stances = sorted(set(statements["stance"].dropna()) - set(stances))
    extra_deployments = (
        sorted(set(statements["deployment"].dropna()) - set(deployments))
        if deployment_set is not None and "deployment" in statements.columns
        else []
    )
    dates = tuple(sorted(set(statements["date"].dropna().astype(str))))
    return FilterOptions(
        countries=tuple(order),
        stances=tuple(stances) + tuple(extra_stances),
        deployments=tuple(deployments) + tuple(extra_deployments),
        dates=dates,
        counts_by_country={c: int(counts[c]) for c in order},
    )


def _source_outlets(value: object) -> str:
    """The outlets named in a statement's `sources` JSON, for the outlet search."""
    if not isinstance(value, str) or not value.strip():
        return ""
    try:
        items = json.loads(value)
    except json.JSONDecodeError:
        return value
    if not isinstance(items, list):
        return ""
    return " ".join(str(i.get("outlet") or "") for i in items if isinstance(i, dict))


def filter_mask(statements: pd.DataFrame, filters: Filters) -> pd.Series:
    """Boolean mask of the rows `filters` keeps (same index as `statements`)."""
    mask = pd.Series(True, index=statements.index)
    if statements.empty:
        return mask
    if filters.countries:
        mask &= _country_key(statements["country"]).isin(filters.countries)
    if filters.stances is not None:
        mask &= statements["stance"].isin(filters.stances)
    if filters.deployments is not None:
        mask &= statements["deployment"].isin(filters.deployments)
    dates = statements["date"].astype(str)
    if filters.date_from:
        mask &= dates >= filters.date_from
    if filters.date_to:
        mask &= dates <= filters.date_to
    if filters.speaker.strip():
        needle = _fold(filters.speaker.strip())
        who = statements["speaker"].map(_fold)
        if "speaker_role" in statements.columns:
            who = who + " " + statements["speaker_role"].map(_fold)
        mask &= who.str.contains(needle, regex=False)
    if filters.outlet.strip():
        needle = _fold(filters.outlet.strip())
        where = statements.get("outlet", pd.Series("", index=statements.index)).map(_fold)
        for col in ("reported_by", "url"):
            if col in statements.columns:
                where = where + " " + statements[col].map(_fold)
        if "sources" in statements.columns:
            where = where + " " + statements["sources"].map(_source_outlets).map(_fold)
        mask &= where.str.contains(needle, regex=False)
    if filters.reviewed_only and "reviewed" in statements.columns:
        mask &= statements["reviewed"].fillna(False).astype(bool)
    return mask


def apply_filters(statements: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows `filters` keeps, newest first (ties by speaker), index reset."""
    kept = statements[filter_mask(statements, filters)]
    if kept.empty:
        return kept.reset_index(drop=True)
    return kept.sort_values(
        ["date", "speaker"], ascending=[False, True], kind="stable", na_position="last"
    ).reset_index(drop=True)


@dataclass(frozen=True)
class Counts:
    shown: int
    total: int
    speakers: int
    countries: int
    by_stance: dict[str, int]
    reviewed: int

    def text(self) -> str:
        """One line for the dashboard, e.g. '12 of 30 statements · 9 speakers · 6 countries · ...'."""
        parts = [
            f"{self.shown} of {self.total} statements",
            _plural(self.speakers, "speaker"),
            _plural(self.countries, "country", "countries"),
        ]
        parts += [f"{stance} {n}" for stance, n in self.by_stance.items() if n]
        if self.reviewed:
            parts.append(f"{self.reviewed} reviewed")
        return " · ".join(parts)


def selection_counts(selected: pd.DataFrame, total: int, topic: Topic | None = None) -> Counts:
    """What the current selection holds: rows, distinct speakers and countries, rows per stance."""
    by_stance = {s: 0 for s in topic_labels.stance_labels(topic).names}
    if not selected.empty:
        for stance, n in selected["stance"].value_counts().items():
            by_stance[str(stance)] = int(n)
    reviewed = int(selected["reviewed"].fillna(False).astype(bool).sum()) if "reviewed" in selected else 0
    return Counts(
        shown=len(selected),
        total=total,
        speakers=int(selected["speaker"].dropna().nunique()) if not selected.empty else 0,
        countries=int(selected["country"].dropna().nunique()) if not selected.empty else 0,
        by_stance=by_stance,
        reviewed=reviewed,
    )


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"
