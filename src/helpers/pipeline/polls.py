"""The polls stage (`stance-tracker polls import|merge`): poll releases into the polls tables.

Imported rows go to processed/polls_imported; processed/polls_merged joins them with the polls
found in the news (helpers.polls does the work).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from helpers.paths import DataLayout
from helpers.polls import ImportResult, build_merged_table, import_polls
from helpers.polls.importers import import_paths
from helpers.runconfig import RunConfig


def import_poll_files(
    config: RunConfig,
    paths: Sequence[str],
    *,
    mapping: str | None = None,
    country: str | None = None,
    question: str | None = None,
    source_url: str | None = None,
) -> ImportResult:
    """Import poll files (folders expanded to the poll files in them) into the config's data dir
    and rebuild the merged table."""
    return import_polls(
        import_paths(paths),
        data_dir=DataLayout.at(config.data_dir).root,
        mapping=mapping,
        country=country,
        question=question,
        source_url=source_url,
    )


def merge_polls_stage(config: RunConfig) -> pd.DataFrame:
    """Rebuild processed/polls_merged from the news polls and the imported ones."""
    return build_merged_table(DataLayout.at(config.data_dir).root)
