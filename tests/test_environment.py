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
