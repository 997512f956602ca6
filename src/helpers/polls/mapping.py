"""Per-source-format mapping files (resources/poll_formats/*.yml): data, not code per source.

A mapping names which header means which field (fieldwork, pollster, sample size...),
which answer columns mean support / oppose / don't know, date formats and constants
(pollster, country, question). `encyclopedia.yml` is the built-in layout; its synonyms
are used for every file, so a mapping only has to say what differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from helpers.paths import resource_path
from helpers.polls.parsing import clean_cell
from helpers.tables import InputError

FORMATS_DIR = resource_path("poll_formats")
DEFAULT_FORMAT = "encyclopedia"
FIELDS = (
    "fieldwork",
    "fieldwork_start",
    "fieldwork_end",
    "published",
    "pollster",
    "client",
    "sample_size",
    "margin_of_error",
    "country",
    "population",
    "question",
    "source_url",  # a row's own source (a curated list cites one page per poll)
    "source_outlet",
)
ANSWERS = ("support", "oppose", "dont_know")


def header_key(text: object) -> str:
    """Header text compared case- and footnote-insensitively ('Sample size[b]' -> 'sample size')."""
    cleaned = clean_cell(text) or ""
    return " ".join(cleaned.replace("\n", " ").casefold().split())


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


@dataclass
class PollFormat:
    """One source format: header synonyms per field, answer synonyms, constants, date rules."""

    name: str
    path: Path | None = None
    description: str = ""
    detect: list[str] = field(default_factory=list)
    columns: dict[str, list[str]] = field(default_factory=dict)
    answers: dict[str, list[str]] = field(default_factory=dict)
    questions: list[dict[str, Any]] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    constants: dict[str, Any] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)
    dayfirst: bool = True
    date_format: str | None = None
    share_scale: str = "percent"
    header_rows: int | None = None
    sheet: str | int | None = None
    table: int | None = None

    def field_of(self, header: str) -> str | None:
        """The field a header names (explicit mapping first, then synonyms)."""
        key = header_key(header)
        for name in FIELDS:
            if key in {header_key(h) for h in self.columns.get(name, [])}:
                return name
        return None

    def answer_of(self, header: str) -> str | None:
        key = header_key(header)
        for name in ANSWERS:
            if key in {header_key(h) for h in self.answers.get(name, [])}:
                return name
        return None

    def ignored(self, header: str) -> bool:
        return header_key(header) in {header_key(h) for h in self.ignore}

    def own_name(self, header: str) -> str | None:
        """The field or answer this format's own file assigns to a header (before any synonym)."""
        key = header_key(header)
        for name, heads in self._own.items():
            if key in {header_key(h) for h in heads}:
                return name
        return None

    _own: dict[str, list[str]] = field(default_factory=dict, repr=False)


def _merge(base: dict[str, list[str]], own: dict[str, list[str]]) -> dict[str, list[str]]:
    """Own names first (they win), then the defaults not claimed by another field."""
    claimed = {header_key(h) for names in own.values() for h in names}
    merged = {k: list(v) for k, v in own.items()}
    for name, names in base.items():
        merged.setdefault(name, [])
        merged[name] += [h for h in names if header_key(h) not in claimed and h not in merged[name]]
    return merged


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise InputError(f"{path}: cannot read poll format mapping ({err})") from err
    if not isinstance(data, dict):
        raise InputError(f"{path}: a poll format mapping must be a YAML mapping of keys")
    unknown = set(data) - {
        "name",
        "description",
        "detect",
        "columns",
        "answers",
        "questions",
        "ignore",
        "constants",
        "context",
        "dates",
        "shares",
        "read",
    }
    if unknown:
        raise InputError(f"{path}: unknown keys in poll format mapping: {sorted(unknown)}")
    bad = set(data.get("columns") or {}) - set(FIELDS) - set(ANSWERS)
    if bad:
        raise InputError(
            f"{path}: unknown column fields {sorted(bad)} (known: {', '.join(FIELDS + ANSWERS)})"
        )
    return data


def load_format(name_or_path: str | Path | None = None) -> PollFormat:
    """A mapping by name (resources/poll_formats/<name>.yml) or path, layered on the defaults."""
    base = _read_yaml(FORMATS_DIR / f"{DEFAULT_FORMAT}.yml")
    if name_or_path is None or str(name_or_path) == DEFAULT_FORMAT:
        own: dict[str, Any] = {}
        path = FORMATS_DIR / f"{DEFAULT_FORMAT}.yml"
    else:
        path = Path(name_or_path)
        if not path.exists() and re.fullmatch(r"[\w-]+", str(name_or_path)):
            path = FORMATS_DIR / f"{name_or_path}.yml"
        if not path.exists():
            known = ", ".join(p.stem for p in sorted(FORMATS_DIR.glob("*.yml")))
            raise InputError(f"{name_or_path}: no such poll format mapping (known: {known})")
        own = _read_yaml(path)
    own_cols = {k: _as_list(v) for k, v in (own.get("columns") or {}).items()}
    own_fields = {k: v for k, v in own_cols.items() if k in FIELDS}
    own_answers = {k: v for k, v in own_cols.items() if k in ANSWERS}
    for k, v in (own.get("answers") or {}).items():
        own_answers.setdefault(k, []).extend(_as_list(v))
    base_fields = {k: _as_list(v) for k, v in (base.get("columns") or {}).items()}
    base_answers = {k: _as_list(v) for k, v in (base.get("answers") or {}).items()}
    read = {**(base.get("read") or {}), **(own.get("read") or {})}
    dates = {**(base.get("dates") or {}), **(own.get("dates") or {})}
    shares = {**(base.get("shares") or {}), **(own.get("shares") or {})}
    return PollFormat(
        name=str(own.get("name") or base.get("name")),
        path=path,
        description=str(own.get("description") or base.get("description") or ""),
        detect=_as_list(own.get("detect")),
        columns=_merge(base_fields, own_fields),
        answers=_merge(base_answers, own_answers),
        questions=list(own.get("questions") or []),
        ignore=_as_list(base.get("ignore")) + _as_list(own.get("ignore")),
        constants=dict(own.get("constants") or {}),
        context={**(base.get("context") or {}), **(own.get("context") or {})},
        dayfirst=bool(dates.get("dayfirst", True)),
        date_format=dates.get("format"),
        share_scale=str(shares.get("scale", "percent")),
        header_rows=read.get("header_rows"),
        sheet=read.get("sheet"),
        table=read.get("table"),
        _own={**own_fields, **own_answers},
    )


def available_formats() -> list[PollFormat]:
    """Every mapping shipped in resources/poll_formats (the default last)."""
    names = [p.stem for p in sorted(FORMATS_DIR.glob("*.yml")) if p.stem != DEFAULT_FORMAT]
    return [load_format(n) for n in names] + [load_format(None)]


def detect_format(headers: list[str]) -> PollFormat | None:
    """The shipped mapping whose `detect` headers all appear in a table (None if none does)."""
    keys = {header_key(h) for h in headers}
    for fmt in available_formats():
        if fmt.detect and {header_key(h) for h in fmt.detect} <= keys:
            return fmt
    return None
