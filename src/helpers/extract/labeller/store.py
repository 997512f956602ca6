"""Where a topic's labeller model lives.

The model shipped with the package is `resources/models/<topic>.labeller.json` (found wherever
the package is installed); a model retrained on a data folder's reviewed rows (`stance-tracker
train --data-dir D`) is written to `D/models/<topic>.labeller.json` and takes precedence for runs
on that folder. The training corpus (`data/training/`) lives in the checkout only.
"""

from __future__ import annotations

from pathlib import Path

from helpers.extract.labeller.model import LabellerModel, load_model
from helpers.paths import PROJECT_ROOT, DataLayout, resource_path

SHIPPED_MODELS = resource_path("models")
TRAINING_ROOT = PROJECT_ROOT / "data" / "training"


def model_path(topic: str, data_dir: str | Path | None = None) -> Path:
    """The model a run on `data_dir` uses: the folder's own when it has one, else the shipped one."""
    if data_dir is not None:
        own = DataLayout.at(data_dir).models / f"{topic}.labeller.json"
        if own.exists():
            return own
    return SHIPPED_MODELS / f"{topic}.labeller.json"


_LOADED: dict[tuple[str, float], LabellerModel] = {}


def find_model(topic: str, data_dir: str | Path | None = None) -> LabellerModel | None:
    """The topic's model, or None when none was trained (the cue rules then label alone)."""
    path = model_path(topic, data_dir)
    if not path.exists():
        return None
    key = (str(path.resolve()), path.stat().st_mtime)
    if key not in _LOADED:
        _LOADED[key] = load_model(path)
    return _LOADED[key]
