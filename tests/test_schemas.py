"""The data contract rejects bad rows into the quarantine with a reason, and keeps the good ones."""

from pathlib import Path

import pandas as pd
import pytest

from helpers.schemas import (
    COLLECTED_DOCUMENT_COLUMNS,
    DOCUMENT_COLUMNS,
    IMPORTED_POLL_COLUMNS,
    LEDGER_COLUMNS,
    MERGED_POLL_COLUMNS,
    OVERRIDE_COLUMNS,
    POLL_COLUMNS,
    POLL_DETAIL_COLUMNS,
    POLL_TABLE_COLUMNS,
    RULES,
    STATEMENT_COLUMNS,
    STATEMENT_TABLE_COLUMNS,
    ContractError,
    validate_or_quarantine,
)


def statement(**overrides: object) -> dict:
    row = {c: None for c in STATEMENT_COLUMNS}
    row.update(
        statement_id="s1",
        doc_id="d1",
        date="2025-03-11",
        speaker="Lars Løkke Rasmussen",
        country="DK",
        stance="conditional",
        deployment="peacekeepers",
        sentence="He said so.",
        published="2025-03-12",
    )
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
def test_bad_statement_rows_are_quarantined_with_the_reason(
    tmp_path: Path, change: dict, reason: str
) -> None:
    rows = pd.DataFrame([statement(), statement(statement_id="s2", **change)])
    good, bad = validate_or_quarantine(rows, "statements", tmp_path, source="unit")
    assert list(good["statement_id"]) == ["s1"]
    assert list(bad["statement_id"]) == ["s2"] and reason in bad["reason"].iloc[0]
    written = pd.read_csv(tmp_path / "statements.csv")
    assert list(written["statement_id"]) == ["s2"] and written["quarantine_source"].iloc[0] == "unit"


def test_eu_nato_and_un_are_valid_countries() -> None:
    rows = pd.DataFrame(
        [statement(statement_id=f"s{i}", country=c) for i, c in enumerate(["EU", "NATO", "UN"])]
    )
    good, bad = validate_or_quarantine(rows, "statements")
    assert len(good) == 3 and bad.empty


def test_a_table_missing_contract_columns_is_an_error_not_a_quarantine() -> None:
    with pytest.raises(ContractError, match="lacks columns"):
        validate_or_quarantine(pd.DataFrame([{"statement_id": "s1"}]), "statements", source="x.csv")


def poll(**overrides: object) -> dict:
    row = {c: None for c in POLL_COLUMNS}
    row.update(
        poll_id="p1",
        doc_id="d1",
        date="2025-02-21",
        country="DK",
        pollster="Voxmeter",
        share_support=53.0,
        share_oppose=30.0,
    )
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


# ---------------------------------------------------------------- one rule, one place
# Every cross-column rule (helpers.schemas.rules) quarantines a row that breaks it, names the row
# and the rule in the reason, and keeps the good rows of the same table.

RULE_CASES = [
    (
        "statements",
        {"date": "2025-04-01", "published": "2025-03-12"},
        "statement_not_after_publication",
        "statement date is after the publication date (date 2025-04-01, published 2025-03-12)",
    ),
    ("polls", {"share_support": None, "share_oppose": None}, "poll_has_share", "needs a share"),
    (
        "polls",
        {"share_support": 70.0, "share_oppose": 40.0},
        "poll_shares_total",
        "support + oppose = 110 exceeds 100",
    ),
    (
        "polls",
        {"share_support": 60.0, "share_oppose": 35.0, "share_dont_know": 10.0},
        "poll_shares_total",
        "support + oppose + don't know = 105 exceeds 100",
    ),
    (
        "polls",
        {"fieldwork_start": "2025-02-10", "fieldwork_end": "2025-02-05"},
        "fieldwork_order",
        "fieldwork starts after it ends (fieldwork_start 2025-02-10, fieldwork_end 2025-02-05)",
    ),
    (
        "polls",
        {"fieldwork_end": "2025-02-25", "published": "2025-02-21"},
        "fieldwork_before_publication",
        "fieldwork ends after the publication date",
    ),
    (
        "polls",
        {"fieldwork_start": "2025-02-25", "published": None},
        "fieldwork_before_publication",
        "published 2025-02-21",
    ),  # no `published`: the poll's `date` is its publication date
    ("polls_imported", {"country": None}, "poll_country_known", "country unknown"),
]


def rule_row(table: str, change: dict, key: str) -> dict:
    base = statement(statement_id=key) if table == "statements" else poll(poll_id=key)
    if table != "statements":
        base.update({c: None for c in POLL_DETAIL_COLUMNS if c not in base})
    base.update(change)
    return base


@pytest.mark.parametrize(("table", "change", "rule", "detail"), RULE_CASES)
def test_each_rule_quarantines_the_row_that_breaks_it_and_keeps_the_others(
    tmp_path: Path, table: str, change: dict, rule: str, detail: str
) -> None:
    rows = pd.DataFrame([rule_row(table, {}, "good"), rule_row(table, change, "bad")])
    good, bad = validate_or_quarantine(rows, table, tmp_path, source="unit")
    key = "statement_id" if table == "statements" else "poll_id"
    assert list(good[key]) == ["good"] and list(bad[key]) == ["bad"]
    reason = bad["reason"].iloc[0]
    assert reason.startswith(f"{key} bad: ") and f"rule {rule}: " in reason and detail in reason
    assert list(pd.read_csv(tmp_path / f"{table}.csv")[key]) == ["bad"]


def test_every_rule_has_a_quarantine_case() -> None:
    assert {case[2] for case in RULE_CASES} == set(RULES)


@pytest.mark.parametrize(
    ("shares", "passes"),
    [
        ((50.5, 50.0, None), True),  # two shares, each rounded by up to half a point
        ((51.0, 50.5, None), False),
        ((34.0, 34.0, 33.5), True),  # three shares: a point and a half
        ((34.5, 34.0, 33.5), False),
    ],
)
def test_shares_may_exceed_100_by_rounding_only(shares: tuple, passes: bool) -> None:
    support, oppose, dont_know = shares
    row = rule_row(
        "polls", {"share_support": support, "share_oppose": oppose, "share_dont_know": dont_know}, "p"
    )
    good, bad = validate_or_quarantine(pd.DataFrame([row]), "polls")
    assert (len(good), len(bad)) == ((1, 0) if passes else (0, 1))


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"share_dont_know": 120.0}, "share_dont_know: in_range(0, 100)"),
        ({"margin_of_error": 60.0}, "margin_of_error"),
        ({"margin_of_error": 0.0}, "margin_of_error"),
        ({"fieldwork_start": "2025-02-30"}, "fieldwork_start: not an ISO YYYY-MM-DD date"),
        ({"country": "Denmark"}, "country: not an ISO 3166-1 alpha-2 code"),
    ],
)
def test_poll_column_checks_apply_to_news_imported_and_merged_polls(change: dict, reason: str) -> None:
    for table in ("polls", "polls_imported", "polls_merged"):
        rows = pd.DataFrame([rule_row(table, {}, "good"), rule_row(table, change, "bad")])
        good, bad = validate_or_quarantine(rows, table)
        assert list(good["poll_id"]) == ["good"], table
        assert reason in bad["reason"].iloc[0], table


def test_merged_polls_may_leave_the_country_open_imported_polls_may_not() -> None:
    row = pd.DataFrame([rule_row("polls_merged", {"country": None}, "p")])
    assert len(validate_or_quarantine(row, "polls_merged")[0]) == 1
    assert len(validate_or_quarantine(row, "polls")[0]) == 1
    assert len(validate_or_quarantine(row, "polls_imported")[1]) == 1


def test_a_reason_names_the_row_by_the_callers_name_or_its_position() -> None:
    rows = pd.DataFrame([poll(), poll(poll_id=None, share_support=120.0)])
    _good, bad = validate_or_quarantine(rows, "polls")
    assert bad["reason"].iloc[0].startswith("row 2: ")
    _good, bad = validate_or_quarantine(rows, "polls", row_names=["a.csv, row 2", "a.csv, row 3"])
    reason = bad["reason"].iloc[0]
    assert reason.startswith("a.csv, row 3: ") and "share_support: in_range(0, 100) (value 120.0)" in reason


# ---------------------------------------------------------------- column lists come from the models


def test_contract_columns_keep_their_documented_names_and_order() -> None:
    assert DOCUMENT_COLUMNS == ["doc_id", "url", "outlet", "published", "title", "text"]
    assert STATEMENT_COLUMNS == [
        "statement_id",
        "doc_id",
        "date",
        "speaker",
        "speaker_role",
        "country",
        "stance",
        "deployment",
        "quote",
        "reported_by",
        "sentence",
        "url",
        "outlet",
        "published",
    ]
    assert POLL_COLUMNS == [
        "poll_id",
        "doc_id",
        "date",
        "country",
        "pollster",
        "share_support",
        "share_oppose",
        "sample_size",
        "question",
        "reported_by",
        "sentence",
        "url",
    ]
    # the written tables start with the contract and only add columns after it
    assert STATEMENT_TABLE_COLUMNS[: len(STATEMENT_COLUMNS)] == STATEMENT_COLUMNS
    assert COLLECTED_DOCUMENT_COLUMNS[: len(DOCUMENT_COLUMNS)] == DOCUMENT_COLUMNS
    for table in (POLL_TABLE_COLUMNS, IMPORTED_POLL_COLUMNS, MERGED_POLL_COLUMNS):
        assert table[: len(POLL_DETAIL_COLUMNS)] == POLL_DETAIL_COLUMNS
        assert [c for c in table if c in POLL_COLUMNS] == POLL_COLUMNS


def test_writers_use_the_models_column_lists() -> None:
    from helpers import overrides, storage
    from helpers.extract import rows
    from helpers.polls import importers, merge

    assert rows.STATEMENT_COLUMNS is STATEMENT_TABLE_COLUMNS and rows.POLL_COLUMNS is POLL_TABLE_COLUMNS
    assert importers.IMPORTED_POLL_COLUMNS is IMPORTED_POLL_COLUMNS
    assert merge.MERGED_POLL_COLUMNS is MERGED_POLL_COLUMNS
    assert overrides.OVERRIDE_COLUMNS is OVERRIDE_COLUMNS and storage.LEDGER_COLUMNS is LEDGER_COLUMNS


def test_the_shipped_actors_table_meets_its_model() -> None:
    from helpers.paths import resource_path
    from helpers.tables import read_table

    table = read_table(resource_path("reference", "actors.csv"))
    good, bad = validate_or_quarantine(table, "actors")
    assert bad.empty, bad["reason"].tolist()[:5]
    assert len(good) == len(table) > 100
    wrong = table.head(2).assign(valid_from=["2025-13-01", "2025-01-01"], gender=["m", "x"])
    _good, bad = validate_or_quarantine(wrong, "actors")
    assert (
        "valid_from: not an ISO YYYY-MM-DD date" in bad["reason"].iloc[0]
        and "gender" in bad["reason"].iloc[1]
    )


def test_column_lists_read_off_the_fields_match_the_built_schemas() -> None:
    from helpers.schemas import SCHEMAS, columns_of, schema_of

    for table, model in SCHEMAS.items():
        built = schema_of(table).columns
        assert columns_of(model) == list(built), table
        assert columns_of(model, required=True) == [c for c, col in built.items() if col.required], table


def test_importing_the_contract_does_not_build_schemas() -> None:
    """Building a pandera schema imports dask (a second or so); importing column lists must not."""
    import subprocess
    import sys

    code = "import sys, helpers.schemas, helpers.storage, helpers.overrides; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
