"""`RunConfig`: every option of a run, declared once, with its default and help text.

The command line (`helpers.cli`), the notebooks' `parameters` cells (`helpers.report.notebooks`)
and the report runner (`helpers.report.run`) all build one the same way, `RunConfig.from_params`
(names as the notebooks spell them) or `RunConfig.from_args` (an argparse namespace), so a
default or a check lives in one place. It sits low in the import layers (it reads only topics,
schemas and tables) because both the report runner and the pipeline need it.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from dataclasses import Field, asdict, dataclass, field, fields
from datetime import date
from typing import Any

from helpers.schemas import BODIES, COUNTRY_CODES
from helpers.tables import InputError
from helpers.topics import DEFAULT_TOPIC

ENGINES = ("local", "dask")
FORMATS = ("png", "svg", "pdf")
COLLECT, EXTRACT, REPORT, EXPLORE = "01_collect", "02_extract", "03_report", "04_explore"


def option(
    default: Any,
    help: str,
    *,
    flag: str = "",
    metavar: str | None = None,
    notebooks: tuple[str, ...] = (),
    **extra: Any,
) -> Any:
    """A RunConfig field with what the CLI and the notebooks need to show it: its help text, its
    command-line flag (a `--no-x` flag for a field true by default) and the notebooks whose
    `parameters` cell declares it."""
    meta = {"help": help, "flag": flag, "metavar": metavar, "notebooks": notebooks, **extra}
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class RunConfig:
    """The options of one run (collect -> extract -> report). Frozen: a run cannot change them halfway."""

    data_dir: str = option(
        "data",
        "data directory holding raw/, processed/ and overrides/",
        flag="--data-dir",
        metavar="DIR",
        notebooks=(COLLECT, EXTRACT, REPORT, EXPLORE),
    )
    topic: str = option(
        DEFAULT_TOPIC,
        "topic name (bundled, or <data-dir>/topics/<name>.yml) or a YAML path",
        flag="--topic",
        notebooks=(COLLECT, EXTRACT, REPORT, EXPLORE),
    )
    docs: str = option(
        "",
        "a documents file (.jsonl/.csv/.parquet) to use instead of collecting",
        flag="--docs",
        metavar="FILE",
        notebooks=(COLLECT, REPORT),
    )
    # collect: the sources
    urls: tuple[str, ...] = option(
        (),
        "URL lists (.txt one a line, or .csv with a `url` column) or article URLs",
        flag="--urls",
        metavar="FILE",
        notebooks=(COLLECT,),
    )
    feeds: tuple[str, ...] = option(
        (), "RSS/Atom feed URLs", flag="--feed", metavar="URL", notebooks=(COLLECT,)
    )
    sections: tuple[str, ...] = option(
        (),
        "section/tag pages whose article links are collected",
        flag="--section",
        metavar="URL",
        notebooks=(COLLECT,),
    )
    html_dirs: tuple[str, ...] = option(
        (), "folders of saved HTML pages", flag="--html", metavar="DIR", notebooks=(COLLECT,)
    )
    warc: tuple[str, ...] = option(
        (),
        "WARC/WARC.gz files (a path, a glob or a folder)",
        flag="--warc",
        metavar="PATH_OR_GLOB",
        notebooks=(COLLECT,),
    )
    text_feeds: tuple[tuple[str, str], ...] = option(
        (), "[feed.txt, manifest.csv] pairs: plain-text feeds like the bundled corpus", notebooks=(COLLECT,)
    )
    polls_import: tuple[str, ...] = option(
        ("polls/curated/*.csv",),
        "poll tables (CSV/XLSX/HTML, globs) to import; [] for none",
        notebooks=(COLLECT,),
    )
    refresh: bool = option(
        False, "fetch again URLs that are already captured", flag="--refresh", notebooks=(COLLECT,)
    )
    seed: bool = option(True, "never fall back to the bundled corpus", flag="--no-seed")
    engine: str = option(
        "local",
        "where the work runs: local, or dask (WARC files and extraction on a dask.distributed cluster)",
        flag="--engine",
        choices=ENGINES,
        notebooks=(COLLECT, EXTRACT),
    )
    scheduler: str = option(
        "",
        "dask scheduler address (with --engine dask); empty: a LocalCluster",
        flag="--scheduler",
        metavar="ADDR",
        notebooks=(COLLECT, EXTRACT),
    )
    # collect: fetching (None: the fetcher's own default, helpers.collect.FetchOptions)
    user_agent: str | None = option(None, "User-Agent header", flag="--user-agent", group="fetching")
    delay: float | None = option(
        None, "seconds between requests to one host", flag="--delay", type=float, group="fetching"
    )
    workers: int | None = option(None, "concurrent fetches", flag="--workers", type=int, group="fetching")
    read_timeout: float | None = option(
        None, "read timeout, s", flag="--timeout", type=float, group="fetching"
    )
    connect_timeout: float | None = option(
        None, "connect timeout, s", flag="--connect-timeout", type=float, group="fetching"
    )
    retries: int | None = option(
        None, "retries on 5xx/429/network errors", flag="--retries", type=int, group="fetching"
    )
    max_bytes: int | None = option(None, "body size cap", flag="--max-bytes", type=int, group="fetching")
    respect_robots: bool = option(
        True, "do not read or obey robots.txt", flag="--no-robots", group="fetching"
    )
    progress: bool | None = option(
        None, "no progress bar (default: one on a terminal)", flag="--no-progress", group="fetching"
    )
    # extract
    out: str = option("", "output folder (default DATA_DIR/processed/)", flag="--out", metavar="DIR")
    overrides: str = option(
        "",
        "review corrections (default DATA_DIR/overrides/statements.csv)",
        flag="--overrides",
        metavar="FILE",
    )
    apply_overrides: bool = option(True, "do not apply review corrections", flag="--no-overrides")
    cache: bool = option(True, "re-extract every document (ignore DATA_DIR/cache)", flag="--no-cache")
    # report
    title: str = option("", "report title (default: the topic's title)", flag="--title", notebooks=(REPORT,))
    since: str = option(
        "", "first day shown, YYYY-MM-DD", flag="--since", metavar="YYYY-MM-DD", notebooks=(REPORT, EXPLORE)
    )
    until: str = option(
        "", "last day shown, YYYY-MM-DD", flag="--until", metavar="YYYY-MM-DD", notebooks=(REPORT, EXPLORE)
    )
    countries: str = option(
        "",
        "only these ISO codes, comma-separated, e.g. DK,FR",
        flag="--countries",
        metavar="CC,CC",
        notebooks=(REPORT, EXPLORE),
    )
    export_format: str = option(
        "",
        "png, svg or pdf: also save every chart as a static file in <run>/charts/ (vl-convert)",
        flag="--format",
        metavar="{png,svg,pdf}",
        choices=("", *FORMATS),
        notebooks=(REPORT,),
    )

    def __post_init__(self) -> None:
        for f in fields(self):  # parameters from notebooks and `-p NAME=VALUE` arrive as text
            object.__setattr__(self, f.name, _coerce(f, getattr(self, f.name)))
        check_engine(self.engine, self.scheduler)
        check_date(self.since, "since")
        check_date(self.until, "until")
        if self.since and self.until and self.since > self.until:
            raise InputError(f"--since {self.since} is after --until {self.until}")
        object.__setattr__(self, "countries", check_countries(self.countries))
        check_format(self.export_format)
        bad_pairs = [p for p in self.text_feeds if len(p) != 2]
        if bad_pairs:
            raise InputError(f"text_feeds: {bad_pairs[0]!r} is not a [feed, manifest] pair")

    @classmethod
    def from_params(cls, params: Mapping[str, Any] | None = None, /, **more: Any) -> RunConfig:
        """From notebook-style parameters; unknown names are refused with the list of valid ones."""
        given = {**(params or {}), **more}
        valid = cls.names()
        unknown = sorted(set(given) - set(valid))
        if unknown:
            raise InputError(
                f"unknown run parameter{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
                f"valid parameters: {', '.join(sorted(valid))}"
            )
        return cls(**given)

    @classmethod
    def from_args(cls, args: argparse.Namespace, **more: Any) -> RunConfig:
        """From a command's parsed arguments: every attribute named like a field (commands declare
        only the options they take, the rest keep their defaults)."""
        given = {name: getattr(args, name) for name in cls.names() if hasattr(args, name)}
        return cls(**{**given, **more})

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def notebook_fields(cls, notebook: str) -> tuple[str, ...]:
        """The fields a notebook's `parameters` cell declares, in declaration order."""
        return tuple(f.name for f in fields(cls) if notebook in f.metadata["notebooks"])

    @classmethod
    def help_for(cls, name: str) -> str:
        return str(FIELDS[name].metadata["help"])

    def changed_params(self) -> dict[str, Any]:
        """The parameters that differ from the defaults (what names a run: its id, the runs index)."""
        defaults = RunConfig().to_params()
        return {k: v for k, v in self.to_params().items() if v != defaults[k]}

    def to_params(self, names: tuple[str, ...] | None = None) -> dict[str, Any]:
        """The values as notebook parameters (lists, not tuples: papermill writes them as JSON)."""
        values = asdict(self)
        chosen = names if names is not None else self.names()
        return {name: _plain(values[name]) for name in chosen}


# every run option's dataclass field by name (help text, flag, notebooks, default)
FIELDS = {f.name: f for f in fields(RunConfig)}


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _coerce(spec: Field[Any], value: Any) -> Any:
    """Text or lists into the field's type: `"a.csv, b.csv"` -> ("a.csv", "b.csv"), `"true"` -> True,
    `"0.5"` -> 0.5 for a field whose metadata names `type=float`."""
    name, default = spec.name, spec.default
    if isinstance(default, bool):
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered not in ("true", "false", "1", "0", "yes", "no", ""):
                raise InputError(f"{name}={value!r}: use true or false")
            return lowered in ("true", "1", "yes")
        return bool(value)
    if isinstance(default, tuple):
        if value is None:
            return ()
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        if name == "text_feeds":  # pairs stay pairs
            return tuple(tuple(str(x) for x in pair) for pair in value)
        return tuple(str(v) for v in value)
    if isinstance(default, str) and value is None:
        return ""
    kind = spec.metadata.get("type")
    if kind is not None and value is not None and not isinstance(value, kind):
        try:
            return kind(value)
        except ValueError as err:
            raise InputError(f"{name}={value!r}: expected {kind.__name__}") from err
    return value


def check_engine(engine: str, scheduler: str | None = None) -> None:
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r} (choose one of {', '.join(ENGINES)})")
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")


def check_date(value: str, name: str) -> str:
    if value:
        try:
            date.fromisoformat(value)
        except ValueError as err:
            raise InputError(f"--{name} {value!r}: not a YYYY-MM-DD date") from err
    return value


def check_format(value: str) -> str:
    if value and value not in FORMATS:
        raise InputError(f"--format {value!r}: use one of {', '.join(FORMATS)}")
    return value


def check_countries(value: str) -> str:
    """`DK,fr` -> `DK,FR`; codes that are neither ISO 3166-1 alpha-2 nor an international body are refused."""
    codes = [c for c in value.upper().replace(" ", "").split(",") if c]
    unknown = [c for c in codes if c not in COUNTRY_CODES]
    if unknown:
        raise InputError(
            f"--countries: {', '.join(unknown)} not an ISO 3166-1 alpha-2 code (or {'/'.join(BODIES)}); e.g. DK,FR,GB"
        )
    return ",".join(codes)
