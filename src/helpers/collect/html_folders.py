"""Folders of saved HTML pages as a source: each page is captured into raw/ like a fetched one,
so provenance, the parse cache and deduplication work the same for both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from helpers.collect.captures import CaptureRow, RawStore, now_utc
from helpers.collect.discover import html_files, saved_page_url
from helpers.collect.failures import failure_row
from helpers.collect.pages import document_row, documents_frame, parse_captures
from helpers.collect.parse import decode_html
from helpers.paths import DataLayout


def html_documents(
    layout: DataLayout,
    store: RawStore,
    folders: list[Path],
    summary: dict[str, Any],
    failures: list[dict[str, Any]],
    *,
    workers: int | None = None,
) -> pd.DataFrame:
    """Documents of every .html/.htm/.xhtml file in `folders`; an unreadable file is a failure row.

    Every file is captured first, then all are parsed in one batch through `parse_captures`, so a
    large folder uses the parse pool (`workers` processes; None: its default) like fetched pages
    do; rows keep the folders' file order whatever the pool does."""
    known = {(r["requested_url"], r["sha256"]) for r in store.captured().values()}
    captured: list[tuple[dict[str, Any], str]] = []  # (capture row, the page's own URL), in file order
    for folder in folders:
        for path in html_files(folder):
            try:
                body = path.read_bytes()
            except OSError as err:
                failures.append(
                    failure_row(
                        path.as_uri(),
                        f"unreadable file ({err})",
                        role="file",
                        source=str(folder),
                        fetched_at=now_utc(),
                    )
                )
                continue
            text, charset = decode_html(body)
            page_url = saved_page_url(text) or path.resolve().as_uri()
            digest, rel = store.store_body(page_url if page_url.startswith("http") else "file://local", body)
            requested = path.resolve().as_uri()
            row = CaptureRow(
                requested_url=requested,
                final_url=page_url,
                status="",
                content_type="text/html",
                charset=charset,
                fetched_at=now_utc(),
                sha256=digest,
                bytes=len(body),
                path=rel,
                role="file",
                source=str(folder),
            )
            if (requested, digest) not in known:
                store.append(row)
            summary["html_files"] += 1
            rowd = {k: getattr(row, k) for k in ("requested_url", "fetched_at", "path", "charset")}
            captured.append(({**rowd, "sha256": digest, "final_url": page_url}, page_url))
    parsed = parse_captures(layout, store, [row for row, _ in captured], workers=workers)
    out = [
        document_row(page, page_url, row, "html", "html")
        for (row, page_url), page in zip(captured, parsed, strict=True)
    ]
    summary["parsed"] += len(out)
    return documents_frame(out)
