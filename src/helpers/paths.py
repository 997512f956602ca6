"""Where each stage reads and writes, relative to one data directory.

Every command takes `--data-dir` (default `data/`) so runs and tests can be isolated;
this module is the only place that knows the layout below it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = Path(os.environ.get("STANCE_TRACKER_DATA", "data"))


def find_project_root(start: Path | None = None) -> Path:
    """The checkout that holds `pyproject.toml` and `notebooks/` (falls back to the package's)."""
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / "pyproject.toml").exists() and (candidate / "notebooks").is_dir():
            return candidate
    return PROJECT_ROOT


@dataclass(frozen=True)
class DataLayout:
    """The files of one data directory (raw captures, processed tables, reference data)."""

    root: Path

    @classmethod
    def at(cls, data_dir: str | os.PathLike[str] | None = None) -> DataLayout:
        return cls(Path(data_dir) if data_dir is not None else DEFAULT_DATA_DIR)

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def seed_feed(self) -> Path:
        return self.raw / "seed" / "feed.txt"

    @property
    def seed_manifest(self) -> Path:
        return self.raw / "seed" / "manifest.csv"

    @property
    def processed(self) -> Path:
        return self.root / "processed"

    @property
    def documents(self) -> Path:
        return self.processed / "documents.parquet"

    @property
    def statements(self) -> Path:
        return self.processed / "statements.parquet"

    @property
    def polls(self) -> Path:
        return self.processed / "polls.parquet"

    @property
    def quarantine(self) -> Path:
        return self.processed / "quarantine"

    @property
    def reference(self) -> Path:
        """Reference data ships with the package checkout, not with each data dir."""
        local = self.root / "reference"
        return local if local.is_dir() else PROJECT_ROOT / "data" / "reference"

    @property
    def overrides(self) -> Path:
        return self.root / "overrides" / "statements.csv"

    @property
    def cache(self) -> Path:
        return self.root / "cache"
