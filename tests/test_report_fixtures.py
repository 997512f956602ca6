"""The report tests' fixture tables (tools/fixture_tables.py, shared with benchmarks/report_size.py)
are tables extraction could produce: they meet the data contract."""

from __future__ import annotations

from fixture_tables import documents_frame, polls_frame, statements_frame, synthetic_statements

from helpers.schemas import validate_or_quarantine


def test_fixture_tables_follow_the_data_contract(tmp_path):
    """The report tests are only meaningful if their tables are ones extraction could produce."""
    statements = synthetic_statements(200)
    for frame, table in (
        (statements_frame(), "statements"),
        (statements, "statements"),
        (polls_frame(), "polls"),
        (documents_frame(statements_frame()), "documents"),
    ):
        valid, bad = validate_or_quarantine(frame, table, tmp_path)
        assert bad.empty, bad[["reason"]].to_dict("records")
        assert len(valid) == len(frame)
