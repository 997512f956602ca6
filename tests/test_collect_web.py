"""Collection against a local server: fault endpoints, manifest, dedup, topic filter, reruns, CLI."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from pathlib import Path

import pandas as pd
import pytest
from local_web import FixtureServer

from helpers.cli import main
from helpers.collect import CollectResult, collect_documents
from helpers.collect.captures import RawStore
from helpers.collect.fetch import Fetcher, FetchOptions
from helpers.paths import PROJECT_ROOT
from helpers.tables import InputError

FAST = dict(
    delay=0,
    retries=2,
    backoff=0.05,
    read_timeout=0.5,
    connect_timeout=1,
    max_retry_after=5,
    max_bytes=2_000_000,
    progress=False,
)
FAULTS = [
    "/fault/404",
    "/fault/403",
    "/fault/flaky",
    "/fault/429",
    "/fault/slow",
    "/fault/loop",
    "/fault/pdf",
    "/fault/huge",
    "/fault/huge-chunked",
    "/fault/latin1",
    "/fault/malformed",
    "/private/article-meta.html",
]
ARTICLES = [
    "/articles/article-meta.html",
    "/articles/article-meta-amp.html",
    "/redirect/article-meta.html",
    "/articles/article-meta.html?utm_source=newsletter#top",
    "/articles/2024-01-05-macron-army-chiefs-paris.html",
    "/articles/syndicated-macron-army-chiefs.html",
    "/articles/football-cup-final.html",
]


@pytest.fixture(scope="module")
def server():
    with FixtureServer(slow_seconds=1.5) as srv:
        yield srv


@pytest.fixture(scope="module")
def big_run(server: FixtureServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[CollectResult, Path]:
    """One collection over every fault endpoint and the article fixtures (shared: slow cases cost time)."""
    data = tmp_path_factory.mktemp("big")
    result = collect_documents(data_dir=data, urls=[server.url(p) for p in ARTICLES + FAULTS], **FAST)
    return result, data


def manifest_row(data: Path, server: FixtureServer, path: str) -> dict:
    rows = RawStore(data / "raw").manifest()
    rows = rows[rows["requested_url"] == server.url(path)]
    assert len(rows) == 1, f"expected one manifest row for {path}, found {len(rows)}"
    return rows.iloc[0].to_dict()


def doc_with(result: CollectResult, needle: str) -> dict:
    hits = result.documents[result.documents["text"].str.contains(needle, regex=False)]
    assert len(hits) == 1, f"expected one document containing {needle!r}, found {len(hits)}"
    return hits.iloc[0].to_dict()


@pytest.mark.parametrize(
    ("path", "status", "error"),
    [
        ("/fault/404", "404", "HTTP 404"),
        ("/fault/403", "403", "HTTP 403"),
        ("/fault/slow", "", "timeout"),
        ("/fault/loop", "", "redirect loop"),
        ("/fault/pdf", "200", "unsupported content type application/pdf"),
        ("/fault/huge", "200", "body too large"),
        ("/fault/huge-chunked", "200", "body too large"),
        ("/private/article-meta.html", "", "blocked by robots.txt"),
    ],
)
def test_failed_fetch_is_recorded_with_its_reason_and_no_body(big_run, server, path, status, error) -> None:
    result, data = big_run
    row = manifest_row(data, server, path)
    assert row["status"] == status
    assert row["error"].startswith(error)
    assert row["sha256"] == "" and row["path"] == ""
    failed = result.failures[result.failures["url"] == server.url(path)]
    assert len(failed) == 1 and failed["reason"].iloc[0].startswith(error)


def test_robots_txt_disallowed_page_is_never_requested(big_run, server) -> None:
    assert server.hits["/private/article-meta.html"] == 0


def test_huge_bodies_are_not_stored(big_run) -> None:
    _, data = big_run
    assert all(p.stat().st_size < 2_000_000 for p in (data / "raw").rglob("*") if p.is_file())


def test_500_then_200_and_429_with_retry_after_are_retried_within_the_run(big_run, server) -> None:
    result, data = big_run
    for path, needle in (("/fault/flaky", "Nordic countries"), ("/fault/429", "Kristen Michal")):
        row = manifest_row(data, server, path)
        assert row["status"] == "200" and row["error"] == ""
        assert server.hits[path] == 2
        assert doc_with(result, needle)["url"] == server.url(path)


def test_retry_after_is_honoured(server) -> None:
    srv = FixtureServer().start()  # fresh hit counters: the first /fault/429 answer is the 429
    try:
        fetcher = Fetcher(FetchOptions(delay=0, retries=1, backoff=0.01, respect_robots=False))
        start = time.monotonic()
        res = fetcher.fetch(srv.url("/fault/429"))
        assert res.ok and res.status == 200 and res.attempts == 2
        assert time.monotonic() - start >= 0.95  # waited the 1 s the server asked for, not the 0.01 s backoff
    finally:
        srv.stop()


def test_retry_after_longer_than_the_cap_is_a_failure_not_a_hang(server) -> None:
    srv = FixtureServer().start()
    try:
        fetcher = Fetcher(FetchOptions(delay=0, retries=3, max_retry_after=0.5, respect_robots=False))
        res = fetcher.fetch(srv.url("/fault/429"))
        assert not res.ok and "exceeds" in res.error and res.attempts == 1
    finally:
        srv.stop()


def test_politeness_delay_user_agent_and_bounded_concurrency() -> None:
    with FixtureServer(page_delay=0.05) as srv:
        polite = Fetcher(
            FetchOptions(delay=0.3, workers=3, user_agent="stance-test/1.0", respect_robots=False)
        )
        from concurrent.futures import ThreadPoolExecutor

        start = time.monotonic()
        with ThreadPoolExecutor(3) as pool:
            results = list(pool.map(polite.fetch, [srv.url(f"/gen/{n}.html") for n in range(3)]))
        assert all(r.ok for r in results)
        assert time.monotonic() - start >= 0.6  # three requests to one host, 0.3 s apart
        assert srv.user_agents["/gen/0.html"] == "stance-test/1.0"

    with FixtureServer(page_delay=0.05) as srv:
        collect_documents(
            data_dir=Path(tempfile.mkdtemp()),
            urls=[srv.url(f"/gen/{n}.html") for n in range(12)],
            **{**FAST, "workers": 2},
        )
        assert srv.max_inflight <= 2 and srv.hits["/gen/11.html"] == 1


def test_redirect_records_the_final_url(big_run, server) -> None:
    _, data = big_run
    row = manifest_row(data, server, "/redirect/article-meta.html")
    assert row["final_url"] == server.url("/articles/article-meta.html")


def test_latin1_without_charset_header_becomes_readable_text(big_run, server) -> None:
    result, data = big_run
    row = manifest_row(data, server, "/fault/latin1")
    assert row["content_type"] == "text/html" and row["charset"] == ""
    doc = doc_with(result, "Zürich")
    assert "Sébastien Lecornu" in doc["text"] and "Élysée" in doc["text"]


def test_malformed_html_becomes_a_document(big_run) -> None:
    result, _ = big_run
    doc = doc_with(result, "Albares")
    assert doc["title"] == "Spain open to sending peacekeepers to Ukraine"
    assert doc["published"] == "2025-03-03"


def test_captures_are_content_addressed_and_intact(big_run) -> None:
    _, data = big_run
    manifest = RawStore(data / "raw").manifest()
    ok = manifest[manifest["error"] == ""]
    # 7 article URLs, one of which is article-meta.html again with tracking parameters (not fetched),
    # plus flaky, 429, latin1 and malformed
    assert len(ok) == 10
    for row in ok.to_dict("records"):
        body = (data / "raw" / row["path"]).read_bytes()
        assert hashlib.sha256(body).hexdigest() == row["sha256"] == Path(row["path"]).stem
        assert len(body) == int(row["bytes"])
        assert row["fetched_at"].endswith("Z")
    # the same page reached through three URLs is stored once
    meta_rows = ok[ok["final_url"].str.endswith("/articles/article-meta.html")]
    assert len(meta_rows) == 2 and meta_rows["sha256"].nunique() == 1
    assert len({row["path"] for row in ok.to_dict("records")}) == 9


def test_same_story_via_redirect_tracking_params_and_copy_is_one_document(big_run, server) -> None:
    result, _ = big_run
    doc = doc_with(result, "far too early to discuss sending German troops")
    assert doc["url"] == server.url("/articles/article-meta.html")
    urls = {s["url"] for s in json.loads(doc["sources"])}
    assert server.url("/articles/article-meta-amp.html") in urls  # identical text, other page
    assert doc["n_sources"] == len(json.loads(doc["sources"]))
    assert doc["published"] == "2025-02-17" and doc["date_source"] == "meta"
    assert json.loads(doc["authors"]) == ["Anna Schmidt"]


def test_syndicated_near_duplicate_collapses_into_the_original(big_run, server) -> None:
    result, data = big_run
    doc = doc_with(result, "Macron hosted army chiefs")
    assert doc["published"] == "2025-03-11" and doc["date_source"] == "jsonld"
    urls = [s["url"] for s in json.loads(doc["sources"])]
    assert server.url("/articles/syndicated-macron-army-chiefs.html") in urls
    dropped = pd.read_csv(data / "processed" / "collect_dropped.csv")
    syn = dropped[dropped["url"] == server.url("/articles/syndicated-macron-army-chiefs.html")]
    assert syn["reason"].iloc[0].startswith("duplicate: near-duplicate of")


def test_off_topic_page_is_dropped_with_its_reason_but_kept_in_raw(big_run, server) -> None:
    result, data = big_run
    assert not result.documents["text"].str.contains("cup final").any()
    dropped = pd.read_csv(data / "processed" / "collect_dropped.csv")
    row = dropped[dropped["url"] == server.url("/articles/football-cup-final.html")].iloc[0]
    assert row["reason"].startswith("off-topic for ukraine_troops")
    assert manifest_row(data, server, "/articles/football-cup-final.html")["error"] == ""


def test_documents_table_is_written_and_has_the_contract_columns(big_run) -> None:
    result, data = big_run
    table = pd.read_parquet(data / "processed" / "documents.parquet")
    assert len(table) == len(result.documents) == 6
    for col in (
        "doc_id",
        "url",
        "outlet",
        "published",
        "title",
        "text",
        "sha256",
        "source_kind",
        "raw_path",
        "fetched_at",
        "authors",
        "language",
        "date_source",
        "sources",
        "n_sources",
    ):
        assert col in table.columns
    assert table["doc_id"].is_unique and (table["source_kind"] == "web").all()
    assert all((data / p).exists() for p in table["raw_path"])
    assert (data / "processed" / "documents.csv").exists()
    summary = json.loads((data / "processed" / "collect_summary.json").read_text())
    assert summary["kept"] == 6 and summary["failed"] == 8 and summary["dropped"] == 1
    assert summary["failed_by_reason"]["body too large"] == 2
    assert result.exit_code == 3


def test_rerun_fetches_only_failures_and_new_urls_and_refresh_refetches(server, tmp_path) -> None:
    down = "/fault/down-once/starmer-coalition-willing-london.html"
    urls = [server.url("/articles/meloni-rules-out-italian-troops-ukraine.html"), server.url(down)]
    server.fail_until_toggled = True
    try:
        first = collect_documents(data_dir=tmp_path, urls=urls, **{**FAST, "retries": 1})
        assert first.exit_code == 3 and first.failures["reason"].iloc[0] == "HTTP 503"
        assert len(first.documents) == 1
        hits_meloni = server.hits["/articles/meloni-rules-out-italian-troops-ukraine.html"]

        server.fail_until_toggled = False
        second = collect_documents(data_dir=tmp_path, urls=urls, **FAST)
        assert second.exit_code == 0
        assert second.summary["fetched"] == 1 and second.summary["cached"] == 1
        assert server.hits["/articles/meloni-rules-out-italian-troops-ukraine.html"] == hits_meloni
        assert len(second.documents) == 2

        third = collect_documents(data_dir=tmp_path, urls=urls, refresh=True, **FAST)
        assert third.summary["fetched"] == 2
        assert server.hits["/articles/meloni-rules-out-italian-troops-ukraine.html"] == hits_meloni + 1
        assert len(third.documents) == 2
        bodies = [p for p in (tmp_path / "raw").rglob("*.html")]
        assert len(bodies) == 2  # refetched identical bodies are not stored twice
    finally:
        server.fail_until_toggled = True


def test_documents_accumulate_across_runs_with_different_urls(server, tmp_path) -> None:
    collect_documents(data_dir=tmp_path, urls=[server.url("/articles/article-meta.html")], **FAST)
    later = collect_documents(data_dir=tmp_path, urls=[server.url("/articles/article-flaky.html")], **FAST)
    assert len(later.documents) == 2


def test_feed_and_section_page_discovery(server, tmp_path) -> None:
    before = server.hits.copy()
    result = collect_documents(
        data_dir=tmp_path, feeds=[server.url("/feed.xml")], sections=[server.url("/section/ukraine")], **FAST
    )
    titles = set(result.documents["title"])
    assert {
        "Scholz calls troop debate for Ukraine premature",
        "Starmer says coalition of the willing will move to operational phase",
        "Meloni rules out Italian troops for Ukraine",
        "Macron rallies army chiefs behind a reassurance force for Ukraine",
    } == titles
    # the section page's tag/about/external links are not articles; a URL seen twice is fetched once
    for path in ("/tag/nato-troops", "/about"):
        assert server.hits[path] == before[path]
    assert (
        server.hits["/articles/starmer-coalition-willing-london.html"]
        - before["/articles/starmer-coalition-willing-london.html"]
        == 1
    )
    manifest = RawStore(tmp_path / "raw").manifest()
    assert set(manifest["role"]) == {"feed", "section", "article"}
    assert result.summary["index_pages"] == 2


def test_saved_html_folder_is_captured_and_parsed(tmp_path) -> None:
    web = Path(__file__).parent / "fixtures" / "web"
    folder = tmp_path / "saved"
    folder.mkdir()
    for name in (
        "article-meta.html",
        "meloni-rules-out-italian-troops-ukraine.html",
        "football-cup-final.html",
    ):
        shutil.copy(web / name, folder / name)
    data = tmp_path / "data"
    result = collect_documents(data_dir=data, html_dirs=[folder], progress=False)
    assert len(result.documents) == 2 and (result.documents["source_kind"] == "html").all()
    assert result.summary["html_files"] == 3 and result.exit_code == 0
    again = collect_documents(data_dir=data, html_dirs=[folder], progress=False)
    assert len(again.documents) == 2
    manifest = RawStore(data / "raw").manifest()
    assert len(manifest) == 3 and set(manifest["role"]) == {"file"}


def test_a_second_collector_on_the_same_data_dir_is_refused(tmp_path) -> None:
    store = RawStore(tmp_path / "raw")
    with store.exclusive(), pytest.raises(InputError, match="another collection is running"):
        collect_documents(
            data_dir=tmp_path, html_dirs=[Path(__file__).parent / "fixtures" / "web"], progress=False
        )


def test_cli_exit_codes_and_bad_url_list(server, tmp_path, capsys) -> None:
    good = tmp_path / "good.txt"
    good.write_text(f"# articles\n{server.url('/articles/article-meta.html')}\n")
    common = ["--delay", "0", "--retries", "0", "--timeout", "1", "--no-progress"]
    assert main(["collect", "--urls", str(good), "--data-dir", str(tmp_path / "a"), *common]) == 0
    some_bad = tmp_path / "bad.csv"
    some_bad.write_text(
        f"url,outlet\n{server.url('/articles/article-meta.html')},X\n{server.url('/fault/404')},X\n"
    )
    assert main(["collect", "--urls", str(some_bad), "--data-dir", str(tmp_path / "b"), *common]) == 3
    assert "1 item(s) failed" in capsys.readouterr().err
    broken = tmp_path / "broken.txt"
    broken.write_text("https://ok.example/a\nnot a url\n")
    assert main(["collect", "--urls", str(broken), "--data-dir", str(tmp_path / "c")]) == 2
    assert f"{broken}, line 2" in capsys.readouterr().err


def test_bundled_corpus_without_sources(tmp_path, capsys) -> None:
    shutil.copytree(PROJECT_ROOT / "src" / "helpers" / "resources" / "seed", tmp_path / "raw" / "seed")
    assert main(["collect", "--data-dir", str(tmp_path)]) == 0
    docs = pd.read_parquet(tmp_path / "processed" / "documents.parquet")
    lines = [ln for ln in (tmp_path / "raw/seed/feed.txt").read_text().splitlines() if ln.strip()]
    assert len(docs) == len(set(ln.strip() for ln in lines))  # identical lines collapse, nothing else does
    assert (docs["source_kind"] == "feed").all() and docs["doc_id"].str.startswith("seed-").all()
    assert (tmp_path / "processed" / "documents.csv").exists()
    assert "seed documents" in capsys.readouterr().out


def test_warc_documents_merge_and_deduplicate_with_saved_html(tmp_path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    web = Path(__file__).parent / "fixtures" / "web"
    warc = tmp_path / "crawl.warc.gz"
    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for name in ("article-meta.html", "starmer-coalition-willing-london.html"):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.com/articles/{name}",
                    "response",
                    payload=io.BytesIO((web / name).read_bytes()),
                    http_headers=headers,
                )
            )
    ran: list[int] = []

    def mapper(func, units, *, on_result):  # type: ignore[no-untyped-def]  # what the pipeline passes
        for i, unit in enumerate(units):
            ran.append(i)
            on_result(i, func(unit))

    with pytest.raises(InputError, match="file mapper"):  # collection itself starts no cluster
        collect_documents(data_dir=tmp_path / "refused", warc=[str(warc)], engine="dask", progress=False)
    result = collect_documents(
        data_dir=tmp_path / "data",
        warc=[str(warc)],
        html_dirs=[web / "article-meta-amp.html"],
        map_files=mapper,
        engine="test",
        progress=False,
    )
    assert ran == [0]  # the one WARC file went through the given mapper
    assert len(result.documents) == 2
    scholz = doc_with(result, "German Chancellor Olaf Scholz")
    assert scholz["n_sources"] == 2  # the WARC copy and the saved AMP page
    assert {json.loads(scholz["sources"])[0]["url"], json.loads(scholz["sources"])[1]["url"]} >= {
        "https://example.com/articles/article-meta.html"
    }


def test_feed_that_is_down_falls_back_to_its_last_capture_and_is_reported(server, tmp_path) -> None:
    feed = server.url("/fault/down-once/feed.xml")
    server.fail_until_toggled = False
    try:
        first = collect_documents(data_dir=tmp_path, feeds=[feed], **FAST)
        assert first.exit_code == 0 and len(first.documents) == 2  # the cup final is off-topic
        server.fail_until_toggled = True
        second = collect_documents(data_dir=tmp_path, feeds=[feed], **{**FAST, "retries": 0})
        assert second.exit_code == 3
        assert second.failures["url"].tolist() == [feed] and second.failures["role"].tolist() == ["feed"]
        assert second.summary["index_pages"] == 1 and second.summary["cached"] == 3
        assert len(second.documents) == 2
    finally:
        server.fail_until_toggled = True


def test_collection_filters_with_a_topic_from_the_data_dir(tmp_path) -> None:
    """A topic in `<data-dir>/topics/` is found by collection, as extraction and the docs promise."""
    web = Path(__file__).parent / "fixtures" / "web"
    folder = tmp_path / "saved"
    folder.mkdir()
    for name in ("meloni-rules-out-italian-troops-ukraine.html", "football-cup-final.html"):
        shutil.copy(web / name, folder / name)
    data = tmp_path / "data"
    (data / "topics").mkdir(parents=True)
    (data / "topics" / "cup_finals.yml").write_text(
        "name: cup_finals\nkeywords:\n  sport: [cup final]\n  play: [header, goal]\n", encoding="utf-8"
    )
    result = collect_documents(data_dir=data, html_dirs=[folder], topic="cup_finals", progress=False)
    assert len(result.documents) == 1
    assert "stoppage-time header" in result.documents["text"].iloc[0]


def test_saved_html_folders_parse_through_the_pool_in_file_order(tmp_path, monkeypatch) -> None:
    """A folder's pages are parsed in one batch, so the parse pool runs; its rows match one process's."""
    from helpers.collect import pages
    from helpers.collect.html_folders import html_documents
    from helpers.collect.summary import new_summary
    from helpers.paths import DataLayout

    web = Path(__file__).parent / "fixtures" / "web"
    folder = tmp_path / "saved"
    folder.mkdir()
    for name in (
        "article-meta.html",
        "meloni-rules-out-italian-troops-ukraine.html",
        "starmer-coalition-willing-london.html",
        "football-cup-final.html",
    ):
        shutil.copy(web / name, folder / name)
    pools: list[int] = []
    real_pool = pages.ProcessPoolExecutor

    def counting_pool(*args, **kwargs):  # type: ignore[no-untyped-def]
        pools.append(kwargs["max_workers"])
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(pages, "PARALLEL_PARSE_MIN", 2)
    monkeypatch.setattr(pages, "ProcessPoolExecutor", counting_pool)
    frames = {}
    for workers in (1, 2):
        layout = DataLayout.at(tmp_path / f"data{workers}")  # its own parse cache
        frames[workers] = html_documents(
            layout, RawStore(layout.raw), [folder], new_summary(), [], workers=workers
        )
    assert pools == [2]  # one pool, for the two-worker run only
    same = ["doc_id", "url", "outlet", "published", "title", "text", "raw_path", "authors", "date_source"]
    pd.testing.assert_frame_equal(frames[1][same], frames[2][same])
    assert len(frames[2]) == 4
