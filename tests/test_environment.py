"""pyproject.toml (pip users) and environment.yml (conda users) declare the same dependencies."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
# conda-forge names that differ from the PyPI distribution name
CONDA_TO_PYPI = {"lxml-html-clean": "lxml_html_clean", "python-duckdb": "duckdb"}
# one PyPI requirement with an extra stands for several conda packages
PYPI_EXTRAS = {"dask[distributed]": ("dask", "distributed")}


def _split(req: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+(?:\[[^\]]+\])?)\s*(.*)$", req)
    assert match, f"cannot parse requirement {req!r}"
    return match.group(1), match.group(2).replace(" ", "")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = list(project["dependencies"]) + list(project["optional-dependencies"]["test"])
    out: dict[str, str] = {}
    for req in reqs:
        name, spec = _split(req)
        for part in PYPI_EXTRAS.get(name, (name,)):
            out[_norm(part)] = spec
    return out


def environment_requirements() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    out: dict[str, str] = {}
    for dep in env["dependencies"]:
        items = dep["pip"] if isinstance(dep, dict) else [dep]
        for item in items:
            if item.startswith("-e") or item.startswith("python") and not item.startswith("python-"):
                continue
            if item == "pip":
                continue
            name, spec = _split(item)
            name = CONDA_TO_PYPI.get(name, name)
            assert _norm(name) not in out, f"{name} listed twice in environment.yml"
            out[_norm(name)] = spec
    return out


def test_environment_yml_lists_the_same_dependencies_as_pyproject() -> None:
    assert environment_requirements() == pyproject_requirements()


def test_environment_yml_installs_the_local_package() -> None:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert any(item.startswith("-e") and "." in item for item in pip_section)


# distribution name -> the module it is imported as, where they differ
IMPORT_NAME = {
    "vl-convert-python": "vl_convert",
    "newspaper3k": "newspaper",
    "scikit-learn": "sklearn",
    "pyyaml": "yaml",
    "ahocorasick-rs": "ahocorasick_rs",
}
# used without an import statement, and why
NOT_IMPORTED = {
    "jupyterlab": "the notebook app (`make lab`, tests/test_jupyterlab_browser.py starts it)",
    "ipykernel": "the notebooks' kernel (papermill runs them on it; `make setup` registers it)",
    "dask": "installed as dask[distributed]; helpers.pipeline.engine imports distributed",
    "lxml-html-clean": "lxml.html.clean, which newspaper3k imports, lives in this package since lxml 5.2",
    "vadersentiment": "its lexicon file is read through importlib.resources (helpers.extract.labeller.lexicon)",
    "pytest-timeout": "a pytest plugin, enabled by `timeout` in pyproject [tool.pytest.ini_options]",
    "ruff": "`make check`",
    "mypy": "`make check`",
    "import-linter": "`make check` (lint-imports)",
    "pandas-stubs": "type stubs for mypy",
    "types-pyyaml": "type stubs for mypy",
    "types-requests": "type stubs for mypy",
}


def _imported_top_modules() -> set[str]:
    found: set[str] = set()
    pattern = re.compile(r"^\s*(?:import|from)\s+([A-Za-z_][A-Za-z0-9_]*)", re.M)
    for folder in ("src", "tests", "tools", "benchmarks", "notebooks"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in {".py", ".ipynb"}:
                text = path.read_text(encoding="utf-8")
                if path.suffix == ".ipynb":  # code cells keep each line as a JSON string
                    text = text.replace('\\n",', "\n").replace('"', "\n")
                found.update(pattern.findall(text))
    return found


def test_every_dependency_is_imported_or_its_use_is_stated() -> None:
    imported = _imported_top_modules()
    unused = [
        name
        for name in pyproject_requirements()
        if name not in NOT_IMPORTED and IMPORT_NAME.get(name, name.replace("-", "_")) not in imported
    ]
    assert not unused, f"dependencies nothing imports (remove them or say why in NOT_IMPORTED): {unused}"
