"""The run, stage by stage: collect -> extract (-> polls) -> report, each a function of a RunConfig.

The command line and the notebooks call these; helpers.pipeline.engine holds the Dask path.
"""

from __future__ import annotations

from helpers.pipeline.collect import collect_sources, collect_stage, expand_poll_paths
from helpers.pipeline.documents import load_documents_file, prepare_documents, read_documents
from helpers.pipeline.extract import extract_stage, extract_tables, write_extracted
from helpers.pipeline.polls import import_poll_files, merge_polls_stage
from helpers.pipeline.report import report_stage
from helpers.runconfig import RunConfig

__all__ = [
    "RunConfig",
    "collect_sources",
    "collect_stage",
    "expand_poll_paths",
    "extract_stage",
    "extract_tables",
    "import_poll_files",
    "load_documents_file",
    "merge_polls_stage",
    "prepare_documents",
    "read_documents",
    "report_stage",
    "write_extracted",
]
