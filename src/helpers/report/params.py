"""Report parameters: resolve `--last 30d`, derive run ids, refuse unknown names.

papermill only warns when a parameter does not exist in a notebook, so a typo
(`contries=DK`) would silently produce an unfiltered report. Names are checked here
against the notebooks' own `parameters` cells (papermill.inspect_notebook). The values
themselves (dates, countries, formats) are checked by helpers.runconfig.RunConfig.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from helpers.tables import InputError

_LAST_RE = re.compile(r"^\s*(\d+)\s*([dwmy])\s*$", re.IGNORECASE)
_RUN_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


@lru_cache(maxsize=16)
def _inspect(path: str, mtime: float) -> dict[str, Any]:
    import papermill

    return dict(papermill.inspect_notebook(path))


def notebook_parameters(path: str | Path) -> dict[str, Any]:
    """Name -> default of a notebook's `parameters` cell."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such notebook")
    return {name: info.get("default") for name, info in _inspect(str(path), path.stat().st_mtime).items()}


def check_parameter_names(params: dict[str, Any], notebooks: list[Path]) -> None:
    """Raise InputError naming every unknown parameter and listing the valid ones."""
    valid: set[str] = set()
    for nb in notebooks:
        valid |= set(notebook_parameters(nb))
    unknown = sorted(set(params) - valid)
    if unknown:
        raise InputError(
            f"unknown report parameter{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
            f"valid parameters: {', '.join(sorted(valid))}"
        )


def split_parameters(params: dict[str, Any], notebooks: list[Path]) -> dict[Path, dict[str, Any]]:
    """Give each notebook only the parameters its `parameters` cell declares."""
    return {nb: {k: v for k, v in params.items() if k in notebook_parameters(nb)} for nb in notebooks}


def parse_last(text: str, *, today: date | None = None) -> tuple[str, str]:
    """`30d`, `12w`, `6m`, `1y` -> (since, until) as ISO dates ending today (UTC)."""
    match = _LAST_RE.match(text or "")
    if not match:
        raise InputError(f"--last {text!r}: use a number and a unit, e.g. 30d, 12w, 6m or 1y")
    n, unit = int(match.group(1)), match.group(2).lower()
    end = today or date.today()
    days = {"d": 1, "w": 7, "m": 30, "y": 365}[unit] * n
    return (end - timedelta(days=days)).isoformat(), end.isoformat()


def check_run_id(value: str) -> str:
    if not _RUN_ID_RE.match(value):
        raise InputError(f"--run-id {value!r}: use letters, digits, '.', '_' or '-' (at most 100)")
    if value in ("latest", "index.html"):
        raise InputError(f"--run-id {value!r} is reserved")
    return value


def parameters_digest(params: dict[str, Any]) -> str:
    """A short stable hash of the parameters (order-independent)."""
    blob = json.dumps(params, sort_keys=True, default=str).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:8]


def default_run_id(params: dict[str, Any], *, today: date | None = None) -> str:
    """`<UTC date>-<parameters hash>`: a re-run on the same day with the same parameters
    replaces its own folder (idempotent cron retries) while other parameters get their own."""
    return f"{(today or date.today()).isoformat()}-{parameters_digest(params)}"
