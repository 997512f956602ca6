"""Kill a collection mid-run, run it again: every page captured exactly once, nothing corrupt."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from local_web import FixtureServer

from helpers.collect.captures import CaptureRow, RawStore

N_PAGES = 200


def ok_rows(data: Path) -> pd.DataFrame:
    manifest = RawStore(data / "raw").manifest()
    return manifest[manifest["error"] == ""]


@pytest.mark.slow
def test_killed_collection_resumes_and_captures_every_page_exactly_once(tmp_path: Path) -> None:
    with FixtureServer(page_delay=0.03) as srv:
        urls = [srv.url(f"/gen/{n}.html") for n in range(N_PAGES)]
        url_file = tmp_path / "urls.txt"
        url_file.write_text("\n".join(urls) + "\n")
        data = tmp_path / "data"
        cmd = [
            sys.executable,
            "-m",
            "helpers",
            "collect",
            "--urls",
            str(url_file),
            "--data-dir",
            str(data),
            "--delay",
            "0",
            "--workers",
            "4",
            "--retries",
            "0",
            "--no-progress",
            "--no-robots",
        ]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        manifest = data / "raw" / "manifest.csv"
        deadline = time.monotonic() + 60
        try:
            while time.monotonic() < deadline:
                if manifest.exists() and manifest.read_bytes().count(b"\n") > 40:
                    break
                assert proc.poll() is None, "collection finished before it could be killed"
                time.sleep(0.01)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == -signal.SIGKILL
        before = ok_rows(data)
        assert 0 < len(before) < N_PAGES, "the kill should land mid-run"
        hits_before = srv.hits.copy()

        rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180)
        assert rerun.returncode == 0, rerun.stderr

        after = ok_rows(data)
        assert sorted(after["requested_url"]) == sorted(urls)  # each page: exactly one successful row
        # pages captured before the kill were not fetched again
        for url in before["requested_url"]:
            path = url.split(str(srv.port), 1)[1]
            assert srv.hits[path] == hits_before[path] == 1
        # only the few in flight at the kill were fetched twice
        assert sum(1 for n in range(N_PAGES) if srv.hits[f"/gen/{n}.html"] > 1) <= 8

    bodies = [p for p in (data / "raw").rglob("*") if p.is_file() and p.parent.name.startswith("127.0.0.1")]
    assert not [p for p in bodies if p.name.endswith(".part")]
    assert len(bodies) == N_PAGES
    for body in bodies:
        assert hashlib.sha256(body.read_bytes()).hexdigest() == body.stem
    docs = pd.read_parquet(data / "processed" / "documents.parquet")
    assert len(docs) == N_PAGES and docs["doc_id"].is_unique


def test_half_written_manifest_line_is_skipped_and_not_glued_to_the_next(tmp_path: Path) -> None:
    store = RawStore(tmp_path / "raw")
    store.append(CaptureRow(requested_url="http://a.example/1", error="HTTP 404", status=404))
    with open(store.manifest_path, "ab") as fh:  # what a kill in the middle of a write could leave
        fh.write(b"http://a.example/2,http://a.exa")
    store.append(CaptureRow(requested_url="http://a.example/3", error="HTTP 500", status=500))
    rows = store.manifest()
    assert list(rows["requested_url"]) == ["http://a.example/1", "http://a.example/3"]
    assert list(rows["error"]) == ["HTTP 404", "HTTP 500"]


def test_body_file_without_manifest_row_is_reused_not_duplicated(tmp_path: Path) -> None:
    store = RawStore(tmp_path / "raw")
    body = b"<html><body><p>hello</p></body></html>"
    digest, rel = store.store_body("http://a.example/x", body)
    again, rel2 = store.store_body("http://a.example/x", body)
    assert (digest, rel) == (again, rel2)
    assert len(list((tmp_path / "raw").rglob("*.html"))) == 1
    assert store.captured() == {}  # no manifest row yet: not counted as captured, so fetched again
