"""Topics as configuration: `config/topics/<name>.yml` holds keywords, lexicons and cues.

Retargeting the suite to another debate means writing another YAML file, not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from helpers.paths import PROJECT_ROOT
from helpers.tables import InputError

TOPICS_DIR = PROJECT_ROOT / "config" / "topics"
DEFAULT_TOPIC = "ukraine_troops"


@dataclass(frozen=True)
class Label:
    """One label of a topic's label set, as the topic file declares it."""

    name: str
    description: str
    colour: str
    letter: str


@dataclass(frozen=True)
class LabelSet:
    """A topic's labels for one dimension, in display order. `no_position` names the label that
    means "no position" (never kept over another label for the same person and document)."""

    labels: tuple[Label, ...]
    no_position: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(lab.name for lab in self.labels)

    @property
    def colours(self) -> dict[str, str]:
        return {lab.name: lab.colour for lab in self.labels}

    def describe(self, name: str) -> str:
        return next((lab.description for lab in self.labels if lab.name == name), "")


def _label_set(spec: Any, where: str) -> LabelSet:
    try:
        labels = tuple(
            Label(
                name=str(item["name"]),
                description=str(item.get("description") or ""),
                colour=str(item.get("colour") or "#888888"),
                letter=str(item.get("letter") or str(item["name"])[:1].upper()),
            )
            for item in spec["values"]
        )
    except (KeyError, TypeError) as err:
        raise InputError(f"{where}: a label set needs `values`, a list of {{name, description, colour}} ({err})") from err
    if not labels or len({lab.name for lab in labels}) != len(labels):
        raise InputError(f"{where}: label names must be unique and at least one")
    no_position = spec.get("no_position")
    if no_position is not None and no_position not in {lab.name for lab in labels}:
        raise InputError(f"{where}: no_position {no_position!r} is not one of its labels")
    return LabelSet(labels, no_position)


@dataclass(frozen=True)
class Topic:
    name: str
    title: str
    keywords: dict[str, list[str]]
    config: dict[str, Any] = field(default_factory=dict, repr=False)
    path: Path | None = None

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        """One compiled pattern per keyword group, built once per topic (relevance runs per page)."""
        return {
            group: re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + ")", re.IGNORECASE)
            for group, terms in self.keywords.items()
        }

    @cached_property
    def stance_labels(self) -> LabelSet:
        """The topic's stance labels (`labels.stance` in its file)."""
        spec = (self.config.get("labels") or {}).get("stance")
        if spec is None:
            raise InputError(f"{self.path}: topic declares no `labels.stance`")
        return _label_set(spec, f"{self.path}: labels.stance")

    @cached_property
    def deployment_labels(self) -> LabelSet | None:
        """The topic's deployment labels, or None when the topic has no deployment dimension."""
        labels = self.config.get("labels") or {}
        spec = labels.get("deployment")
        return None if spec is None else _label_set(spec, f"{self.path}: labels.deployment")

    def relevance(self, text: str) -> tuple[bool, str]:
        """(relevant?, why): every keyword group must match at least once."""
        missing = [g for g, pat in self._patterns.items() if not pat.search(text or "")]
        if missing:
            return False, f"no {'/'.join(missing)} keyword"
        return True, "all keyword groups match"


def available_topics() -> list[str]:
    return sorted(p.stem for p in TOPICS_DIR.glob("*.yml"))


def load_topic(name_or_path: str | Path = DEFAULT_TOPIC) -> Topic:
    """Load a topic by name (from config/topics) or from a YAML path."""
    path = Path(name_or_path)
    if path.suffix not in (".yml", ".yaml"):
        path = TOPICS_DIR / f"{name_or_path}.yml"
    if not path.exists():
        raise InputError(f"unknown topic {str(name_or_path)!r}: no {path} (available: {available_topics()})")
    try:
        cfg = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise InputError(f"{path}: not valid YAML ({err})") from err
    if not isinstance(cfg.get("keywords"), dict) or not cfg["keywords"]:
        raise InputError(f"{path}: a topic needs a `keywords` mapping of term groups")
    return Topic(
        name=str(cfg.get("name") or path.stem),
        title=str(cfg.get("title") or path.stem),
        keywords={str(k): [str(t) for t in v] for k, v in cfg["keywords"].items()},
        config=cfg,
        path=path,
    )
