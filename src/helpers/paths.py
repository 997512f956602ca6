"""Where each stage reads and writes, relative to one data directory, and where the package's
bundled data lives.

Every command takes `--data-dir` (default `data/`) so runs and tests can be isolated;
this module is the only place that knows the layout below it. What the package needs to run
(topics, lexicons, poll formats, reference tables, the bundled corpus, the shipped labeller
models, the curated polls) lives in `helpers/resources/` and is found wherever the package is
installed, so a wheel install runs without a checkout. A data directory's own `reference/`,
`models/` or `topics/` takes precedence over the bundled ones.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

# the checkout this module sits in (src/helpers/paths.py -> the repository); only meaningful in a
# checkout (notebooks, training corpus, gold sets), never for what the package needs to run
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = Path(os.environ.get("STANCE_TRACKER_DATA", "data"))
# the package's bundled data: a plain folder beside this module (the wheel installs it unzipped)
RESOURCES = Path(__file__).resolve().parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder under the package's bundled data (`helpers/resources/...`)."""
    return RESOURCES.joinpath(*parts)


def lexicon_path(name: str, language: str = "en") -> Path:
    """A general-language word list (`resources/lexicon/<language>/<name>`)."""
    return resource_path("lexicon", language, name)


def bundled_seed_dir() -> Path:
    """The bundled corpus (feed.txt + manifest.csv) that a run with no sources of its own ingests."""
    return resource_path("seed")


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
    def seed_dir(self) -> Path:
        """The data dir's own `raw/seed/` corpus when it has one, else the bundled corpus (so a
        run on an empty folder ingests the package's corpus and writes only under that folder)."""
        own = self.raw / "seed"
        return own if (own / "feed.txt").is_file() else bundled_seed_dir()

    def copy_bundled_seed(self) -> Path:
        """Copy the bundled corpus into this data dir's `raw/seed/` once (raw is never edited after
        capture), so its documents' `raw_path` and the run's inputs name files of this data dir.
        Returns `raw/seed/`; an existing `raw/seed/feed.txt` is left as it is."""
        own = self.raw / "seed"
        if (own / "feed.txt").is_file():
            return own
        self.raw.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".seed-", dir=self.raw))
        for source in sorted(bundled_seed_dir().iterdir()):
            if source.is_file():
                shutil.copy2(source, staging / source.name)
        try:
            staging.rename(own)  # atomic: a reader sees no half-copied corpus
        except OSError:  # another run copied it first
            shutil.rmtree(staging, ignore_errors=True)
        return own

    @property
    def seed_feed(self) -> Path:
        return self.seed_dir / "feed.txt"

    @property
    def seed_manifest(self) -> Path:
        return self.seed_dir / "manifest.csv"

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
        """The data dir's own `reference/` when it has one, else the tables bundled with the package."""
        local = self.root / "reference"
        return local if local.is_dir() else resource_path("reference")

    @property
    def models(self) -> Path:
        """Where `stance-tracker train --data-dir D` writes the labeller models a run on D uses."""
        return self.root / "models"

    @property
    def topics(self) -> Path:
        """A data dir's own topic files (`<data-dir>/topics/<name>.yml`)."""
        return self.root / "topics"

    @property
    def overrides(self) -> Path:
        return self.root / "overrides" / "statements.csv"

    @property
    def cache(self) -> Path:
        return self.root / "cache"
