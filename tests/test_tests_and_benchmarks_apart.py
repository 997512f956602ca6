"""Tests and benchmarks never import each other; what both need lives in tools/ (or in the package).

A benchmark that put tests/ on sys.path, or a test that loaded a benchmark script, would tie a
measurement to test scaffolding (and the test suite to a script that prints figures)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST_MODULES = {p.stem for p in (ROOT / "tests").glob("*.py")}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def _calls_naming(path: Path, callee: str, folder: str) -> bool:
    """Whether a call to `callee` (e.g. sys.path.insert, spec_from_file_location) names `folder` in its
    arguments: how a script reaches into another folder without an import statement."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and ast.unparse(node.func).endswith(callee):
            names = {n.value for arg in node.args for n in ast.walk(arg) if isinstance(n, ast.Constant)}
            if folder in names:
                return True
    return False


def test_benchmarks_import_no_test_module_and_put_no_tests_on_the_path() -> None:
    bad = []
    for path in sorted((ROOT / "benchmarks").glob("*.py")):
        hits = sorted(_imports(path) & TEST_MODULES)
        on_path = _calls_naming(path, "path.insert", "tests") or _calls_naming(path, "path.append", "tests")
        if hits or on_path:
            bad.append(f"{path.name}: {hits or 'puts tests/ on sys.path'}")
    assert not bad, f"benchmarks reaching into tests/: {bad}"


def test_tests_import_no_benchmark_script() -> None:
    benchmark_modules = {p.stem for p in (ROOT / "benchmarks").glob("*.py")} | {"benchmarks"}
    bad = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        hits = sorted(_imports(path) & benchmark_modules)
        if hits or _calls_naming(path, "spec_from_file_location", "benchmarks"):
            bad.append(f"{path.name}: {hits or 'loads a benchmark script'}")
    assert not bad, f"tests reaching into benchmarks/: {bad}"
