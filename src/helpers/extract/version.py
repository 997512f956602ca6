"""The extractor's version: a checksum of its code and of the word lists it reads.

Why a checksum: the extraction cache and run manifests key on it, so any change to the rules'
code (any module under `extract/`, sub-packages included) or to a lexicon file invalidates
cached extractions without anyone remembering to bump a number.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from helpers.paths import resource_path

LEXICON_DIR = resource_path("lexicon")


def _code_hash() -> str:
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(path.read_bytes())
    if LEXICON_DIR.is_dir():
        for path in sorted(p for p in LEXICON_DIR.rglob("*") if p.is_file()):
            h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:8]


EXTRACTOR_VERSION = f"1.0.0+{_code_hash()}"
