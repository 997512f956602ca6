"""News web archives (WARC / WARC.gz, e.g. Common Crawl's CC-NEWS) as a document source.

`read_warc_documents` is the entry point (`stance-tracker collect --warc`); the modules
below it each do one step: `records` streams records, `prefilter` tests raw bytes for the
topic, `documents` turns one file into rows, `read` runs files on an engine and stores them.
"""

from helpers.warc.documents import FileResult, process_warc_file
from helpers.warc.prefilter import BytePrefilter
from helpers.warc.read import WarcResult, dedupe_documents, expand_paths, read_warc_documents

__all__ = [
    "BytePrefilter",
    "FileResult",
    "WarcResult",
    "dedupe_documents",
    "expand_paths",
    "process_warc_file",
    "read_warc_documents",
]
