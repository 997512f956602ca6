"""Topics as configuration: a topic file (`<name>.yml`) holds what makes the topic (keywords,
relevance, deployment and stance cues, poll question words, labels, period).

Retargeting the suite to another debate means writing another YAML file, not code. General
English that every topic shares (speech verbs, outlets, roles, pollsters, poll answer words) is
in the language lexicon (`resources/lexicon/en/*.yml`); `load_topic` lays the topic over it, so
`Topic.config` holds both and a topic may still override any lexicon section.

A topic name is looked up in `<data-dir>/topics/` first, then in the topics bundled with the
package (`resources/topics/`); a path to a YAML file is read as is.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from helpers.paths import DataLayout, lexicon_path, resource_path
from helpers.tables import InputError

TOPICS_DIR = resource_path("topics")
DEFAULT_TOPIC = "ukraine_troops"
# the lexicon files that hold general sections of a topic's configuration, by section
LEXICON_SECTIONS = {"speech": "speech.yml", "polls": "polls.yml", "roles": "roles.yml"}


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
        raise InputError(
            f"{where}: a label set needs `values`, a list of {{name, description, colour}} ({err})"
        ) from err
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

    @cached_property
    def excluded_poll_countries(self) -> frozenset[str]:
        """Codes whose people a document may name without being the population it polled (the topic's
        `polls.exclude_poll_countries`, e.g. the other side of a war); empty unless the topic sets it."""
        polls = self.config.get("polls") or {}
        return frozenset(str(c).upper() for c in polls.get("exclude_poll_countries") or ())

    def relevance(self, text: str) -> tuple[bool, str]:
        """(relevant?, why): every keyword group must match at least once."""
        missing = [g for g, pat in self._patterns.items() if not pat.search(text or "")]
        if missing:
            return False, f"no {'/'.join(missing)} keyword"
        return True, "all keyword groups match"


def _topic_dirs(data_dir: str | Path | None) -> list[Path]:
    return [DataLayout.at(data_dir).topics, TOPICS_DIR]


def available_topics(data_dir: str | Path | None = None) -> list[str]:
    """Topic names found in the data dir's `topics/` and in the bundled topics."""
    return sorted({p.stem for folder in _topic_dirs(data_dir) for p in folder.glob("*.yml")})


def topic_path(name_or_path: str | Path = DEFAULT_TOPIC, data_dir: str | Path | None = None) -> Path:
    """The file a topic name stands for (the data dir's own first), or the YAML path given."""
    path = Path(name_or_path)
    if path.suffix in (".yml", ".yaml"):
        return path
    for folder in _topic_dirs(data_dir):
        candidate = folder / f"{name_or_path}.yml"
        if candidate.is_file():
            return candidate
    return TOPICS_DIR / f"{name_or_path}.yml"


@cache
def lexicon_sections(language: str = "en") -> dict[str, Any]:
    """The general sections every topic starts from (speech, polls, roles), read from the lexicon."""
    out: dict[str, Any] = {}
    for section, name in LEXICON_SECTIONS.items():
        path = lexicon_path(name, language)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as err:
            raise InputError(f"{path}: cannot read the lexicon ({err})") from err
        if section not in data:
            raise InputError(f"{path}: lacks its `{section}` section")
        out[section] = data[section]
    return out


def with_lexicon(cfg: dict[str, Any], language: str = "en") -> dict[str, Any]:
    """The topic's configuration laid over the lexicon: a topic's own `speech` / `roles` replace the
    lexicon's, its `polls` keys override the lexicon's poll keys one by one."""
    merged = dict(cfg)
    for section, value in lexicon_sections(language).items():
        if section not in merged:
            merged[section] = copy.deepcopy(value)
        elif section == "polls" and isinstance(merged[section], dict):
            merged[section] = {**copy.deepcopy(value), **merged[section]}
    return merged


# what a topic that `extends:` another keeps of its own even when it does not set it
_NOT_INHERITED = frozenset({"name", "title", "description", "extends"})


def _read_topic_file(
    name_or_path: str | Path, data_dir: str | Path | None, seen: tuple[Path, ...] = ()
) -> tuple[Path, dict[str, Any]]:
    """A topic file's own keys with what it `extends:` laid under them (before the lexicon).

    Every reader of a topic (rules, labelling, training, reports) sees the same merged keys: a
    section the file does not set comes from the topic it extends; its `polls` keys override the
    parent's one by one, as they override the lexicon's."""
    path = topic_path(name_or_path, data_dir)
    if not path.exists():
        raise InputError(
            f"unknown topic {str(name_or_path)!r}: no {path} (available: {available_topics(data_dir)})"
        )
    if path.resolve() in seen:
        raise InputError(f"{path}: topics extend each other in a circle ({' -> '.join(map(str, seen))})")
    try:
        cfg = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise InputError(f"{path}: not valid YAML ({err})") from err
    if not isinstance(cfg, dict):
        raise InputError(f"{path}: a topic file is a mapping of sections")
    if cfg.get("extends"):
        parent_ref: str | Path = str(cfg["extends"])
        beside = path.parent / parent_ref
        if beside.suffix in (".yml", ".yaml") and beside.is_file():
            parent_ref = beside  # a parent named by a relative path is looked for beside the topic file
        _, parent = _read_topic_file(parent_ref, data_dir, (*seen, path.resolve()))
        for key, value in parent.items():
            if key in _NOT_INHERITED:
                continue
            if key == "polls" and isinstance(cfg.get("polls"), dict) and isinstance(value, dict):
                cfg["polls"] = {**value, **cfg["polls"]}
            else:
                cfg.setdefault(key, value)
    return path, cfg


def load_topic(name_or_path: str | Path = DEFAULT_TOPIC, data_dir: str | Path | None = None) -> Topic:
    """Load a topic by name (the data dir's `topics/`, then the bundled ones) or from a YAML path;
    a topic that `extends:` another gets the sections it does not set from it."""
    path, cfg = _read_topic_file(name_or_path, data_dir)
    if not isinstance(cfg.get("keywords"), dict) or not cfg["keywords"]:
        raise InputError(f"{path}: a topic needs a `keywords` mapping of term groups")
    return Topic(
        name=str(cfg.get("name") or path.stem),
        title=str(cfg.get("title") or path.stem),
        keywords={str(k): [str(t) for t in v] for k, v in cfg["keywords"].items()},
        config=with_lexicon(cfg, str(cfg.get("language") or "en")),
        path=path,
    )
