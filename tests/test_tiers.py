"""The tiers in conftest.py point at tests that exist, and the shared row builders make contract-valid rows."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import (
    INTEGRATION_MODULES,
    INTEGRATION_TESTS,
    documents_table,
    is_integration,
    polls_table,
    statements_table,
    text_documents,
)
from helpers.schemas import validate_or_quarantine

TESTS = Path(__file__).resolve().parent


def _test_names(module: str) -> set[str]:
    tree = ast.parse((TESTS / f"{module}.py").read_text(encoding="utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")}


def test_every_listed_integration_module_exists() -> None:
    missing = [m for m in INTEGRATION_MODULES if not (TESTS / f"{m}.py").exists()]
    assert not missing, f"conftest.INTEGRATION_MODULES names modules that are gone: {missing}"


def test_every_listed_integration_test_exists() -> None:
    missing = [key for key in INTEGRATION_TESTS if key.split("::")[1] not in _test_names(key.split("::")[0])]
    assert not missing, f"conftest.INTEGRATION_TESTS names tests that are gone: {missing}"


def test_tier_rule_uses_modules_single_tests_and_markers() -> None:
    assert is_integration("test_notebooks", "test_anything", [])
    assert is_integration("test_overrides", "test_concurrent_processes_lose_no_corrections", [])
    assert not is_integration("test_overrides", "test_later_correction_wins", [])
    assert is_integration("test_charts", "test_render", ["browser"])
    assert is_integration("test_schemas", "test_x", ["slow"])
    assert not is_integration("test_schemas", "test_x", ["parametrize"])


def test_this_module_is_in_the_unit_tier(request: pytest.FixtureRequest) -> None:
    names = {m.name for m in request.node.iter_markers()}
    assert "unit" in names and "integration" not in names


@pytest.mark.parametrize(
    ("table", "frame"),
    [
        ("statements", statements_table({}, {"speaker": "Olaf Scholz", "country": "DE", "stance": "oppose"})),
        ("polls", polls_table({}, {"country": "FR", "share_support": 30.0, "share_oppose": 60.0})),
        ("documents", documents_table({}, {"text": "Another text."})),
        ("documents", text_documents(("a", "Reuters", "2024-02-27", "Macron said ..."))),
    ],
)
def test_row_builders_make_rows_the_contract_accepts(table: str, frame, tmp_path: Path) -> None:
    valid, bad = validate_or_quarantine(frame, table, tmp_path)
    assert bad.empty, bad.get("reason", bad).to_dict("records") if len(bad) else None
    assert len(valid) == len(frame)


def test_row_builders_give_distinct_ids_unless_told() -> None:
    assert list(statements_table({}, {}, {})["statement_id"]) == ["s1", "s2", "s3"]
    assert list(polls_table({"poll_id": "x"}, {})["poll_id"]) == ["x", "p2"]
