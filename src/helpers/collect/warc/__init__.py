"""News web archives (WARC / WARC.gz, e.g. Common Crawl's CC-NEWS) as a document source.

`read_warc_documents` is the entry point; the modules below it each do one step: `records`
streams records, `needles` + `prefilter` test raw bytes for the topic, `documents` turns one
file into rows (the per-file unit of work), `read` runs the files and stores their output, and
`source` folds them into a collection run.
"""

from helpers.collect.warc.documents import WARC_DOCUMENT_COLUMNS, FileResult, process_warc_file
from helpers.collect.warc.prefilter import BytePrefilter
from helpers.collect.warc.read import (
    FileMapper,
    WarcResult,
    dedupe_documents,
    expand_paths,
    map_in_process,
    read_warc_documents,
    warc_dirs,
    warc_file_task,
)

__all__ = [
    "WARC_DOCUMENT_COLUMNS",
    "BytePrefilter",
    "FileMapper",
    "FileResult",
    "WarcResult",
    "dedupe_documents",
    "expand_paths",
    "map_in_process",
    "process_warc_file",
    "read_warc_documents",
    "warc_dirs",
    "warc_file_task",
]
