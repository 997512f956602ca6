"""Stream the records of one WARC / WARC.gz file, surviving damage.

Reader: **fastwarc**, chosen by measurement (benchmarks/warc_scale.py, docs/scale.md): it
iterated our benchmark files ~2.3x faster than warcio, and on damaged gzip members it raises
where warcio prints a warning and goes on parsing whatever the broken inflater returns as if it
were a record (seen in our truncated-member fixture). warcio stays for writing WARCs and for
undoing HTTP chunking / content encoding.

Each record becomes a `RawRecord` (headers, absolute byte offset, HTTP payload when asked for,
de-chunked and content-decoded) or a `RecordFailure` (offset and reason). After a failure the
reader re-synchronises on the next gzip member (or `WARC/1.` line for uncompressed files) that
really starts a WARC record, so a damaged record costs that record, not the rest of the file.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from warcio.bufferedreaders import BufferedReader, ChunkedDataReader

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
_SCAN_BLOCK = 1 << 20
_ERRORS = (zlib.error, EOFError, OSError, ValueError)


@dataclass
class RawRecord:
    """One WARC record's metadata, plus its decoded HTTP payload when `want_body` said so."""

    offset: int
    rec_type: str
    record_id: str | None
    target_uri: str | None
    warc_date: str | None
    http_status: str | None
    content_type: str | None
    body: bytes | None = None
    payload_digest: str | None = None  # WARC-Payload-Digest, e.g. "sha1:BASE32..."
    raw_payload: bytes | None = field(default=None, repr=False)  # as stored, for the digest check

    def digest_matches(self) -> bool | None:
        """Does the payload still hash to its WARC-Payload-Digest? None when there is none to check.

        A truncated gzip member can be inflated into plausible-looking bytes from the next
        member; the digest is what tells such a record apart from a real one.
        """
        if not self.payload_digest or self.raw_payload is None:
            return None
        algo, _, value = self.payload_digest.partition(":")
        algo = algo.strip().lower().replace("-", "")
        if algo not in ("sha1", "sha256", "md5") or not value:
            return None
        digest = hashlib.new(algo, self.raw_payload).digest()
        value = value.strip()
        return value.upper() == base64.b32encode(digest).decode() or value.lower() == digest.hex()


@dataclass
class RecordFailure:
    offset: int
    reason: str
    record_id: str | None = None
    target_uri: str | None = None


def is_gzip_file(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(3) == GZIP_MAGIC


def _starts_warc_record(fh: BinaryIO, pos: int, gzipped: bool) -> bool:
    fh.seek(pos)
    head = fh.read(4096)
    if not gzipped:
        return head.startswith(WARC_MAGIC)
    try:
        return zlib.decompressobj(31).decompress(head, 16).startswith(WARC_MAGIC)
    except zlib.error:
        return False


def next_record_start(fh: BinaryIO, after: int, gzipped: bool) -> int | None:
    """First position > `after` where a genuine WARC record begins (each candidate is checked)."""
    magic = GZIP_MAGIC if gzipped else WARC_MAGIC
    pos = after + 1
    while True:
        fh.seek(pos)
        block = fh.read(_SCAN_BLOCK + len(magic))
        if len(block) < len(magic):
            return None
        idx = block.find(magic)
        while idx != -1 and idx < _SCAN_BLOCK:
            cand = pos + idx
            at_line_start = gzipped or cand == 0 or _byte_before(fh, cand) == b"\n"
            if at_line_start and _starts_warc_record(fh, cand, gzipped):
                return cand
            idx = block.find(magic, idx + 1)
        if len(block) <= _SCAN_BLOCK:
            return None
        pos += _SCAN_BLOCK


def _byte_before(fh: BinaryIO, pos: int) -> bytes:
    fh.seek(pos - 1)
    return fh.read(1)


def _short(err: BaseException) -> str:
    """An exception as a one-line printable reason (readers quote raw, possibly binary, lines)."""
    text = "".join(ch if ch.isprintable() and ord(ch) < 0x250 else "?" for ch in str(err))
    text = " ".join(text.split())
    return f"{type(err).__name__}: {text[:160]}{'...' if len(text) > 160 else ''}"


def decode_payload(raw: bytes, transfer_encoding: str | None, content_encoding: str | None) -> bytes:
    """HTTP payload as the server meant it: de-chunked and content-decoded (as warcio does)."""
    encoding = (content_encoding or "").lower() or None
    if encoding not in BufferedReader.get_supported_decompressors():
        encoding = None
    if (transfer_encoding or "").lower() == "chunked":
        return ChunkedDataReader(io.BytesIO(raw), decomp_type=encoding).read()
    if encoding:
        return BufferedReader(io.BytesIO(raw), decomp_type=encoding).read()
    return raw


# A pass reads from one record start until the end of the file or an error. It yields records
# (and failures of records whose offset it knows) and returns (error reason or None, whether
# the error struck before this pass yielded anything).
Pass = Generator["RawRecord | RecordFailure", None, "tuple[str | None, bool]"]


def _fastwarc_pass(fh: BinaryIO, want_body: Callable[[RawRecord], bool]) -> Pass:
    try:
        from fastwarc.warc import ArchiveIterator
    except ImportError as err:  # a dependency of the project; say what to install, not a traceback
        raise RuntimeError(
            "reading WARC files needs the fastwarc package: pip install 'fastwarc>=2.0'"
        ) from err

    yielded = False
    try:
        for record in ArchiveIterator(fh, parse_http=True):
            offset = int(record.stream_pos)
            http = record.http_headers
            rec_type = str(record.record_type).rsplit(".", 1)[-1]
            status = getattr(http, "status_code", None) if http is not None else None
            meta = RawRecord(
                offset=offset,
                rec_type=rec_type,
                record_id=record.headers.get("WARC-Record-ID"),
                target_uri=record.headers.get("WARC-Target-URI"),
                warc_date=record.headers.get("WARC-Date"),
                http_status=str(status) if status is not None and rec_type != "request" else None,
                content_type=http.get("Content-Type") if http is not None else None,
            )
            try:
                raw = record.reader.read()  # always read: a short body is how truncation shows
                if len(raw) < record.content_length:
                    yield RecordFailure(
                        offset,
                        f"truncated record: {record.content_length - len(raw)} of the "
                        f"declared bytes are missing",
                        meta.record_id,
                        meta.target_uri,
                    )
                    return "resync", False
                if want_body(meta):
                    meta.raw_payload = raw
                    meta.payload_digest = record.headers.get("WARC-Payload-Digest")
                    meta.body = decode_payload(
                        raw,
                        http.get("Transfer-Encoding") if http is not None else None,
                        http.get("Content-Encoding") if http is not None else None,
                    )
            except _ERRORS as err:
                yield RecordFailure(
                    offset, f"corrupt record ({_short(err)})", meta.record_id, meta.target_uri
                )
                return "resync", False
            yielded = True
            yield meta
    except _ERRORS as err:
        return f"unreadable record ({_short(err)})", not yielded
    return None, False


def iter_records(path: Path, want_body: Callable[[RawRecord], bool]) -> Iterator[RawRecord | RecordFailure]:
    """Yield every record of `path` in file order, and a failure for each damaged stretch.

    `want_body(meta)` decides from the headers alone whether the HTTP payload is needed.
    """
    gzipped = is_gzip_file(path)
    with open(path, "rb") as fh:
        start: int | None = 0
        if not _starts_warc_record(fh, 0, gzipped):
            fh.seek(0)
            yield RecordFailure(0, f"not a WARC record at the start of the file (begins {fh.read(40)!r})")
            start = next_record_start(fh, 0, gzipped)
        pending: tuple[int, str] | None = None  # an error after a good record, place not yet known
        while start is not None:
            fh.seek(start)
            last_offset = start
            gen = _fastwarc_pass(fh, want_body)
            first = True
            while True:
                try:
                    item = next(gen)
                except StopIteration as stop:
                    error, at_start = stop.value
                    break
                if first and pending is not None:
                    if item.offset != start or not isinstance(item, RecordFailure):
                        yield RecordFailure(
                            pending[0],
                            f"damaged data after this offset, skipped up to offset {start} ({pending[1]})",
                        )
                    pending = None
                first = False
                last_offset = item.offset
                yield item
            if error is None:
                if pending is not None:
                    yield RecordFailure(pending[0], f"damaged data after this offset ({pending[1]})")
                return
            if error != "resync":
                if at_start:
                    yield RecordFailure(start, error)
                    pending = None
                else:
                    pending = (last_offset, error)
            start = next_record_start(fh, last_offset, gzipped)
        if pending is not None:
            yield RecordFailure(
                pending[0], f"damaged data after this offset, up to the end of the file ({pending[1]})"
            )
