"""The collect stage (notebook 01_collect, `stance-tracker collect`): a run's documents and poll tables.

processed/documents comes from a documents file, the web, saved HTML, WARC, plain-text feeds or
the bundled corpus (helpers.collect does the work); poll tables named in `polls_import` are
imported alongside.
"""

from __future__ import annotations

import glob
from pathlib import Path
from typing import Any

from helpers.collect import CollectResult, collect_documents
from helpers.paths import PROJECT_ROOT, RESOURCES, DataLayout
from helpers.pipeline.documents import load_documents_file
from helpers.pipeline.engine import file_mapper
from helpers.polls import import_polls
from helpers.runconfig import RunConfig

FETCH_FIELDS = ("user_agent", "delay", "workers", "read_timeout", "connect_timeout", "retries", "max_bytes")


def collect_sources(config: RunConfig) -> CollectResult:
    """helpers.collect over the sources the config names (the bundled corpus when it names none)."""
    fetch: dict[str, Any] = {
        name: getattr(config, name) for name in FETCH_FIELDS if getattr(config, name) is not None
    }
    mapper = file_mapper(config.engine, config.scheduler or None)
    if mapper is not None:  # WARC files fanned out over the cluster
        fetch["map_files"] = mapper
    return collect_documents(
        data_dir=DataLayout.at(config.data_dir).root,
        seed=config.seed,
        urls=list(config.urls) or None,
        feeds=config.feeds,
        sections=config.sections,
        html_dirs=config.html_dirs,
        warc=config.warc,
        text_feeds=config.text_feeds,
        engine=config.engine,
        scheduler=config.scheduler or None,
        topic=config.topic,
        refresh=config.refresh,
        progress=config.progress,
        respect_robots=config.respect_robots,
        **fetch,
    )


def collect_stage(config: RunConfig) -> dict[str, Any]:
    """Build processed/documents (from `docs`, else from the sources) and import `polls_import`.
    Returns a summary for the notebook to show."""
    layout = DataLayout.at(config.data_dir)
    summary: dict[str, Any] = {}
    if config.docs:
        documents = load_documents_file(config.docs, layout.root)
        summary["documents"] = len(documents)
        summary["source"] = config.docs
    else:
        result = collect_sources(config)
        summary.update(result.summary)
        summary["documents"] = len(result.documents)
    poll_paths, unmatched = expand_poll_paths(config.polls_import)
    if unmatched:
        summary["polls_import_unmatched"] = unmatched
    if poll_paths:
        imported = import_polls(poll_paths, data_dir=layout.root)
        summary["polls_import"] = imported.summary
        summary["polls_import_errors"] = [f.error for f in imported.failed_files]
    return summary


def expand_poll_paths(entries: list[str] | tuple[str, ...]) -> tuple[list[Path], list[str]]:
    """Files named by `polls_import`: globs expanded ("polls/curated/*.csv"); a relative path
    or glob is read from the working directory, else from the project root, else from the package
    resources (helpers/resources) (notebooks and the report runner may run elsewhere; bundled files sit in the package).
    Returns (files, globs that matched nothing); a plain path that does not exist is kept, so the
    importer names it in its error."""
    files: list[Path] = []
    unmatched: list[str] = []
    for entry in map(str, entries):
        bases = [Path()] if Path(entry).is_absolute() else [Path(), PROJECT_ROOT, RESOURCES]
        if not glob.has_magic(entry):
            found_at = next((base / entry for base in bases if (base / entry).exists()), Path(entry))
            files.append(found_at)
            continue
        found = next(
            (sorted(glob.glob(str(base / entry))) for base in bases if glob.glob(str(base / entry))), []
        )
        if not found:
            unmatched.append(entry)
        files.extend(Path(f) for f in found)
    return files, unmatched
