"""The data contract rejects bad rows into the quarantine with a reason, and keeps the good ones."""

from pathlib import Path

import pandas as pd
import pytest

from helpers.schemas import POLL_COLUMNS, STATEMENT_COLUMNS, ContractError, validate_or_quarantine


def statement(**overrides: object) -> dict:
    row = {c: None for c in STATEMENT_COLUMNS}
    row.update(statement_id="s1", doc_id="d1", date="2025-03-11", speaker="Lars Løkke Rasmussen",
               country="DK", stance="conditional", deployment="peacekeepers", sentence="He said so.",
               published="2025-03-12")
    row.update(overrides)
    return row


def test_valid_statements_pass_untouched() -> None:
    good, bad = validate_or_quarantine(pd.DataFrame([statement()]), "statements")
    assert len(good) == 1 and bad.empty


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"stance": "maybe"}, "stance"),
        ({"deployment": "tanks"}, "deployment"),
        ({"country": "Denmark"}, "not an ISO 3166-1 alpha-2 code"),
        ({"date": "2025-02-30"}, "not an ISO YYYY-MM-DD date"),
        ({"date": "11/03/2025"}, "not an ISO YYYY-MM-DD date"),
        ({"date": "2025-04-01"}, "after the publication date"),
    ],
)
def test_bad_statement_rows_are_quarantined_with_the_reason(tmp_path: Path, change: dict, reason: str) -> None:
    rows = pd.DataFrame([statement(), statement(statement_id="s2", **change)])
    good, bad = validate_or_quarantine(rows, "statements", tmp_path, source="unit")
    assert list(good["statement_id"]) == ["s1"]
    assert list(bad["statement_id"]) == ["s2"] and reason in bad["reason"].iloc[0]
    written = pd.read_csv(tmp_path / "statements.csv")
    assert list(written["statement_id"]) == ["s2"] and written["quarantine_source"].iloc[0] == "unit"


def test_eu_nato_and_un_are_valid_countries() -> None:
    rows = pd.DataFrame([statement(statement_id=f"s{i}", country=c) for i, c in enumerate(["EU", "NATO", "UN"])])
    good, bad = validate_or_quarantine(rows, "statements")
    assert len(good) == 3 and bad.empty


def test_a_table_missing_contract_columns_is_an_error_not_a_quarantine() -> None:
    with pytest.raises(ContractError, match="lacks columns"):
        validate_or_quarantine(pd.DataFrame([{"statement_id": "s1"}]), "statements", source="x.csv")


def poll(**overrides: object) -> dict:
    row = {c: None for c in POLL_COLUMNS}
    row.update(poll_id="p1", doc_id="d1", date="2025-02-21", country="DK", pollster="Voxmeter",
               share_support=53.0, share_oppose=30.0)
    row.update(overrides)
    return row


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"share_support": 120.0}, "share_support"),
        ({"share_support": 70.0, "share_oppose": 40.0}, "exceeds 100"),
        ({"share_support": None, "share_oppose": None}, "needs a share"),
        ({"sample_size": -5}, "sample_size"),
    ],
)
def test_bad_poll_rows_are_quarantined(change: dict, reason: str) -> None:
    good, bad = validate_or_quarantine(pd.DataFrame([poll(), poll(poll_id="p2", **change)]), "polls")
    assert list(good["poll_id"]) == ["p1"]
    assert reason in bad["reason"].iloc[0]


def test_speaker_type_and_confidences_are_optional_but_checked():
    good = pd.DataFrame([statement(speaker_type="person", stance_confidence=0.8, deployment_confidence=None)])
    ok, bad = validate_or_quarantine(good, "statements", None)
    assert len(ok) == 1 and len(bad) == 0
    legacy = pd.DataFrame([statement()])  # a table written before the columns existed
    ok, bad = validate_or_quarantine(legacy, "statements", None)
    assert len(ok) == 1
    wrong = pd.DataFrame([statement(speaker_type="place", stance_confidence=1.7)])
    ok, bad = validate_or_quarantine(wrong, "statements", None)
    assert len(ok) == 0 and len(bad) == 1
