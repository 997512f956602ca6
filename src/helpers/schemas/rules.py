"""The domain rules that a column's type cannot express, each stated once.

A rule holds across columns of one row (shares that add up, dates in order). The table models
attach them as pandera dataframe checks (`Rule.check`); `validate_or_quarantine` turns a failing
row into a quarantine reason naming the rule and the values that broke it (`Rule.reason`).
Optional columns may be absent (older tables): a rule over an absent column holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pandera.pandas as pa

__all__ = ["RULES", "Rule"]

ROUNDING_PER_SHARE = 0.5  # each published share may be rounded by up to half a point
SHARES = ("share_support", "share_oppose", "share_dont_know")


@dataclass(frozen=True)
class Rule:
    """A named rule: `holds(frame)` is True where a row passes; `detail(row)` says why one failed."""

    name: str
    error: str
    holds: Callable[[pd.DataFrame], pd.Series]
    detail: Callable[[dict[str, Any]], str] | None = None

    def model_check(self) -> Any:
        """The rule as a dataframe check of a pandera model: `_name = RULE.model_check()` in its body."""

        def holds(cls: Any, frame: pd.DataFrame) -> pd.Series:
            return self.holds(frame).astype(bool)

        holds.__name__ = self.name  # what pandera names the check after inheritance
        return pa.dataframe_check(name=self.name, error=self.error)(holds)

    def reason(self, row: dict[str, Any]) -> str:
        return f"rule {self.name}: {self.detail(row) if self.detail else self.error}"


def _num(frame: pd.DataFrame, col: str) -> pd.Series:
    if col not in frame.columns:
        return pd.Series(float("nan"), index=frame.index, dtype=float)
    return pd.to_numeric(frame[col], errors="coerce")


def _text(frame: pd.DataFrame, col: str) -> pd.Series:
    if col not in frame.columns:
        return pd.Series(None, index=frame.index, dtype=object)
    return frame[col].astype(object).where(frame[col].notna(), None)


def _shares(row: dict[str, Any]) -> list[float]:
    return [float(row[c]) for c in SHARES if row.get(c) is not None and not pd.isna(row.get(c))]


def _shares_total_holds(frame: pd.DataFrame) -> pd.Series:
    values = [_num(frame, c) for c in SHARES]
    total = sum((v.fillna(0) for v in values), pd.Series(0.0, index=frame.index))
    given = sum((v.notna().astype(int) for v in values), pd.Series(0, index=frame.index))
    return total <= 100 + ROUNDING_PER_SHARE * given


def _shares_total_detail(row: dict[str, Any]) -> str:
    names = {"share_support": "support", "share_oppose": "oppose", "share_dont_know": "don't know"}
    given = [names[c] for c in SHARES if row.get(c) is not None and not pd.isna(row.get(c))]
    return f"{' + '.join(given)} = {sum(_shares(row)):g} exceeds 100"


def _publication(frame: pd.DataFrame) -> pd.Series:
    """A poll's publication date: `published` where the table has it, else `date`."""
    published = _text(frame, "published")
    return published.where(published.notna(), _text(frame, "date"))


def _precedes(first: pd.Series, second: pd.Series) -> pd.Series:
    """True where both dates are given and `first` is the earlier day (ISO strings sort as dates)."""
    both = first.notna() & second.notna()
    return both & (first.astype(str) < second.astype(str))


def _values(*cols: str) -> Callable[[dict[str, Any]], str]:
    def show(row: dict[str, Any]) -> str:
        return ", ".join(f"{c} {row.get(c)}" for c in cols if row.get(c) is not None)

    return show


POLL_HAS_SHARE = Rule(
    "poll_has_share",
    "a poll row needs a share in favour or against",
    lambda f: _num(f, "share_support").notna() | _num(f, "share_oppose").notna(),
)
POLL_SHARES_TOTAL = Rule(
    "poll_shares_total",
    "support + oppose (+ don't know) exceeds 100",
    _shares_total_holds,
    _shares_total_detail,
)
FIELDWORK_ORDER = Rule(
    "fieldwork_order",
    "fieldwork starts after it ends",
    lambda f: ~_precedes(_text(f, "fieldwork_end"), _text(f, "fieldwork_start")),
    lambda r: f"fieldwork starts after it ends ({_values('fieldwork_start', 'fieldwork_end')(r)})",
)


def _fieldwork_after_publication_detail(row: dict[str, Any]) -> str:
    published = row.get("published") or row.get("date")
    return f"fieldwork ends after the publication date ({_values('fieldwork_start', 'fieldwork_end')(row)}, published {published})"


FIELDWORK_BEFORE_PUBLICATION = Rule(
    "fieldwork_before_publication",
    "fieldwork ends after the publication date",
    lambda f: (
        ~(
            _precedes(_publication(f), _text(f, "fieldwork_end"))
            | _precedes(_publication(f), _text(f, "fieldwork_start"))
        )
    ),
    _fieldwork_after_publication_detail,
)
POLL_COUNTRY_KNOWN = Rule(
    "poll_country_known",
    "country unknown (no country column, option or heading names it; pass --country)",
    lambda f: _text(f, "country").notna(),
)
STATEMENT_NOT_AFTER_PUBLICATION = Rule(
    "statement_not_after_publication",
    "statement date is after the publication date",
    lambda f: ~_precedes(_text(f, "published"), _text(f, "date")),
    lambda r: f"statement date is after the publication date ({_values('date', 'published')(r)})",
)

RULES = {
    r.name: r
    for r in (
        POLL_HAS_SHARE,
        POLL_SHARES_TOTAL,
        FIELDWORK_ORDER,
        FIELDWORK_BEFORE_PUBLICATION,
        POLL_COUNTRY_KNOWN,
        STATEMENT_NOT_AFTER_PUBLICATION,
    )
}
