"""Run the held-out article pages through the real pipeline: serve them on 127.0.0.1, then
`stance-tracker collect` and `stance-tracker extract`, and map the URL-keyed page gold onto the
doc_ids the collector assigned.

Shared by benchmarks/eval_heldout.py (which scores the result) and tests/test_eval_heldout.py (which
checks the plumbing), so neither imports the other.
"""

from __future__ import annotations

import csv
import http.server
import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "data" / "gold" / "pages"
MISSING_DOC = "missing:"  # doc_id prefix for the gold of a page the collector lost (counts as missed)


def cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run `stance-tracker ARGS` with this interpreter; a failure raises with its stderr."""
    proc = subprocess.run(
        [sys.executable, "-m", "helpers", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
    if proc.returncode not in (0, 3):  # 3 = completed, some items failed (reported separately)
        raise RuntimeError(
            f"stance-tracker {' '.join(args)} exited {proc.returncode}:\n{proc.stderr[-3000:]}"
        )
    return proc


def read_manifest(pages_dir: Path = PAGES) -> list[dict]:
    with (pages_dir / "manifest.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def url_path(url: str) -> str:
    return urlparse(str(url)).path.rstrip("/") or "/"


class _PageHandler(http.server.BaseHTTPRequestHandler):
    """Serves each page at the URL path of its real address (so canonical and served URL share a path)."""

    routes: dict[str, Path] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        path = self.routes.get(url_path(self.path.split("?")[0]))
        if path is None:
            self.send_error(404)
            return
        body = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve_pages(pages: list[dict], pages_dir: Path = PAGES) -> Iterator[str]:
    """A 127.0.0.1 server for `pages`; yields its base URL."""
    routes = {url_path(p["url"]): pages_dir / p["file"] for p in pages}
    handler = type("Handler", (_PageHandler,), {"routes": routes})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def read_documents(data_dir: Path) -> pd.DataFrame:
    processed = data_dir / "processed"
    if (processed / "documents.parquet").exists():
        return pd.read_parquet(processed / "documents.parquet")
    if (processed / "documents.csv").exists():
        return pd.read_csv(processed / "documents.csv", dtype=str)
    return pd.DataFrame(columns=["doc_id", "url", "text", "published"])


def _doc_urls(row: pd.Series) -> set[str]:
    urls = {
        str(row.get(c))
        for c in ("url", "final_url", "canonical_url", "requested_url")
        if pd.notna(row.get(c))
    }
    raw = row.get("sources")
    if isinstance(raw, str) and raw.strip().startswith("["):
        with suppress(ValueError):
            urls.update(str(s.get("url")) for s in json.loads(raw) if isinstance(s, dict) and s.get("url"))
    return {u for u in urls if u and u != "None"}


def map_pages_to_docs(pages: list[dict], documents: pd.DataFrame) -> dict[str, str]:
    """{page url: collected doc_id}, matched on URL path (served and canonical URLs share it)."""
    by_path: dict[str, str] = {}
    for _, row in documents.iterrows():
        for u in _doc_urls(row):
            by_path.setdefault(url_path(u), str(row["doc_id"]))
    return {p["url"]: by_path[url_path(p["url"])] for p in pages if url_path(p["url"]) in by_path}


def write_page_gold(
    pages: list[dict], url_to_doc: dict[str, str], out: Path, pages_dir: Path = PAGES
) -> None:
    """The URL-keyed page gold rewritten with doc_ids, in the seed's gold format."""
    wanted = {p["url"] for p in pages}
    out.mkdir(parents=True, exist_ok=True)
    for name in ("statements.jsonl", "polls.jsonl"):
        with (
            (pages_dir / name).open(encoding="utf-8") as src,
            (out / name).open("w", encoding="utf-8") as dst,
        ):
            for line in src:
                if not line.strip():
                    continue
                row = json.loads(line)
                if row["url"] not in wanted:
                    continue
                row["doc_id"] = url_to_doc.get(row["url"], MISSING_DOC + row["url"])
                dst.write(json.dumps(row, ensure_ascii=False) + "\n")


def published_date(path: Path) -> str:
    """The page's own publication date (article:published_time, local date as printed on the page)."""
    found = re.search(
        r'property="article:published_time" content="(\d{4}-\d{2}-\d{2})', path.read_text(encoding="utf-8")
    )
    return found.group(1) if found else ""


def run_pages_pipeline(pages: list[dict], work: Path) -> tuple[Path, pd.DataFrame, dict[str, str]]:
    """Serve, collect and extract `pages` under `work`; returns (data dir, documents, {page url: doc_id})."""
    data = work / "pages_data"
    with serve_pages(pages) as base:
        urls = work / "urls.txt"
        urls.write_text("".join(f"{base}{url_path(p['url'])}\n" for p in pages), encoding="utf-8")
        cli(
            "collect",
            "--urls",
            str(urls),
            "--data-dir",
            str(data),
            "--no-robots",
            "--no-seed",
            "--no-progress",
            "--delay",
            "0",
            "--retries",
            "0",
        )
    documents = read_documents(data)
    cli("extract", "--data-dir", str(data), "--no-overrides", "--no-cache")
    return data, documents, map_pages_to_docs(pages, documents)
