"""The crawl scheduler keeps pace with politeness on a local test web of many hosts.

Every host is a server of its own on 127.0.0.1 (`webserver.start_many`); the server logs when
each request arrives, so politeness is checked where it matters, at the host.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from local_web import FixtureServer, closed_port_url, politeness_floor, start_many, web_plan

from helpers.collect import collect_documents
from helpers.collect.fetch import Fetcher, FetchOptions, FetchResult
from helpers.collect.schedule import crawl

# A scaled-down version of the case (300 pages, 20 hosts, 1 s, 4 workers).
DELAY, WORKERS, RETRIES, BACKOFF, SLOW_DELAY = 0.3, 4, 2, 0.2, 0.6
OPTIONS = dict(
    delay=DELAY,
    workers=WORKERS,
    retries=RETRIES,
    backoff=BACKOFF,
    slow_host_after=0.4,
    read_timeout=5,
    connect_timeout=2,
    progress=False,
)


def arrivals(server: FixtureServer, prefix: str = "/") -> list[float]:
    return [t for t, path in server.request_log if path.startswith(prefix)]


@pytest.fixture(scope="module")
def test_web():
    plan = web_plan(60, 8)
    slow = frozenset(i for i, host in enumerate(plan) if host.role == "slow")
    servers = start_many(len(plan), slow=slow, slow_delay=SLOW_DELAY)
    bases = [
        closed_port_url() if h.role == "down" else srv.base for h, srv in zip(plan, servers, strict=True)
    ]
    urls, first = {}, 0
    for host, base in zip(plan, bases, strict=True):
        urls[base] = [base + path for path in host.paths(first)]
        first += host.pages
    yield plan, servers, urls
    for srv in servers:
        srv.stop()


@pytest.fixture(scope="module")
def crawled(test_web, tmp_path_factory):
    plan, servers, urls = test_web
    data = tmp_path_factory.mktemp("polite")
    started = time.monotonic()
    result = collect_documents(data_dir=data, urls=[u for host in urls.values() for u in host], **OPTIONS)
    return result, time.monotonic() - started, data


def test_the_crawl_is_within_one_and_a_half_times_the_politeness_floor(test_web, crawled) -> None:
    plan, _, _ = test_web
    result, _, _ = crawled
    floor, _ = politeness_floor(
        plan, delay=DELAY, retries=RETRIES, backoff=BACKOFF, workers=WORKERS, slow_delay=SLOW_DELAY
    )
    assert floor > 4  # the big host alone: 15 pages and robots.txt, 0.3 s apart
    assert result.summary["seconds_fetch"] <= 1.5 * floor


def test_each_host_gets_one_request_at_a_time_at_least_delay_apart(test_web, crawled) -> None:
    plan, servers, urls = test_web
    result, _, _ = crawled
    assert result.crawl is not None
    by_host: dict[str, list[tuple[float, float]]] = {}
    for host, start, end in result.crawl.timeline:
        by_host.setdefault(host, []).append((start, end))
    assert set(by_host) == set(urls)  # every host, the down one included
    for host, plan_host in zip(urls, plan, strict=True):
        spans = sorted(by_host[host])
        extra = {"flaky": 1, "failing": RETRIES, "down": RETRIES}.get(plan_host.role, 0)
        assert len(spans) == 1 + plan_host.pages * (1 + extra)  # robots.txt, pages, retries: no more
        for (start, end), (next_start, _) in zip(spans, spans[1:], strict=False):
            assert next_start >= start + DELAY  # politeness
            assert next_start >= end  # never two requests in flight to one host
    for host, srv in zip(plan, servers, strict=True):
        if host.role != "down":  # the servers saw exactly these requests
            assert len(srv.request_log) == len(by_host[srv.base])


def test_robots_txt_is_fetched_once_per_host(test_web, crawled) -> None:
    plan, servers, _ = test_web
    for host, srv in zip(plan, servers, strict=True):
        if host.role != "down":
            assert srv.hits["/robots.txt"] == 1


def test_every_failure_is_recorded_after_its_retries(test_web, crawled) -> None:
    plan, servers, urls = test_web
    result, _, _ = crawled
    failing = [
        u
        for base, host in zip(urls, plan, strict=True)
        if host.role in ("failing", "down")
        for u in urls[base]
    ]
    assert sorted(result.failures["url"]) == sorted(failing)
    assert (result.failures["attempts"] == RETRIES + 1).all()
    for host, srv in zip(plan, servers, strict=True):
        pages = [p for p in srv.hits if p.startswith("/gen")]
        if host.role == "failing":
            assert {srv.hits[p] for p in pages} == {RETRIES + 1}
        if host.role == "flaky":  # 500 then 200: retried within the run, kept
            assert {srv.hits[p] for p in pages} == {2}
    kept = sum(h.pages for h in plan if h.role not in ("failing", "down"))
    assert result.summary["fetched"] == kept


def test_the_fast_hosts_are_not_held_back_by_slow_ones(test_web, crawled) -> None:
    plan, servers, _ = test_web
    slow_done = max(arrivals(srv)[-1] for h, srv in zip(plan, servers, strict=True) if h.role == "slow")
    for host, srv in zip(plan, servers, strict=True):
        if host.role == "fast":
            times = arrivals(srv, "/gen/")
            # a fast host's pages follow each other at the politeness delay, not at the slow hosts' pace
            spread = times[-1] - times[0]
            assert spread <= (len(times) - 1) * DELAY * 1.5 + 2 * SLOW_DELAY, host
    assert slow_done > 0


def test_the_next_run_retries_only_what_failed(test_web, crawled, tmp_path) -> None:
    plan, servers, urls = test_web
    _, _, data = crawled
    before = [srv.hits.copy() for srv in servers]
    again = collect_documents(data_dir=data, urls=[u for host in urls.values() for u in host], **OPTIONS)
    assert again.summary["fetched"] == 0
    assert again.summary["cached"] == sum(h.pages for h in plan if h.role not in ("failing", "down"))
    assert sorted(again.failures["url"]) == sorted(
        u for base, h in zip(urls, plan, strict=True) if h.role in ("failing", "down") for u in urls[base]
    )
    for host, srv, old in zip(plan, servers, before, strict=True):
        new_requests = sum((srv.hits - old).values())
        if host.role == "failing":
            assert new_requests == host.pages * (RETRIES + 1) + 1  # and robots.txt, read again by a new run
        elif host.role != "down":
            assert new_requests == 0


def test_a_retry_waits_in_the_queue_not_in_a_worker() -> None:
    """One worker: while a failing page backs off, the other host's pages are fetched."""
    with FixtureServer() as failing, FixtureServer() as healthy:
        fetcher = Fetcher(FetchOptions(delay=0.05, workers=1, retries=2, backoff=0.6, respect_robots=False))
        done: dict[str, FetchResult] = {}
        lock = threading.Lock()

        def record(url: str, res: FetchResult) -> None:
            with lock:
                done[url] = res

        items = [(failing.url("/gen-fail/1.html"), failing.url("/gen-fail/1.html"))]
        items += [(healthy.url(f"/gen/{n}.html"),) * 2 for n in range(8)]
        started = time.monotonic()
        stats = crawl(fetcher, items, record)
        elapsed = time.monotonic() - started
        fail_times = arrivals(failing)
        ok_times = arrivals(healthy)
    assert len(done) == 9 and not done[failing.url("/gen-fail/1.html")].ok
    assert sum(r.ok for r in done.values()) == 8
    assert len(fail_times) == 3 and stats.retries == 2
    # the healthy host's pages went out during the failing page's first backoff (0.6 s)
    assert ok_times[-1] < fail_times[1]
    # backoff 0.6 + 1.2 s is the whole crawl's length: nothing was waited for twice
    assert elapsed < 1.8 + 0.6


def test_slow_hosts_leave_a_worker_for_the_fast_ones() -> None:
    slow_servers = [FixtureServer(page_delay=0.8).start() for _ in range(2)]
    fast = FixtureServer().start()
    try:
        fetcher = Fetcher(FetchOptions(delay=0.05, workers=2, respect_robots=False, slow_host_after=0.3))
        items = [(srv.url(f"/gen/{n}.html"),) * 2 for srv in slow_servers for n in range(3)]
        items += [(fast.url(f"/gen/{n}.html"),) * 2 for n in range(10)]
        results: list[FetchResult] = []
        started = time.monotonic()
        stats = crawl(fetcher, items, lambda _url, res: results.append(res))
        fast_done = arrivals(fast)[-1] - started
    finally:
        for srv in [*slow_servers, fast]:
            srv.stop()
    assert len(results) == 16 and all(r.ok for r in results)
    assert len(stats.slow_hosts) == 2
    # at worst the first slow answers (0.8 s) hold both workers once; then one worker is kept for
    # the fast host, whose 10 pages need 0.45 s of politeness
    assert fast_done < 0.8 + 0.45 + 0.5


def test_a_crawl_with_nothing_to_do_returns_at_once() -> None:
    stats = crawl(Fetcher(FetchOptions()), [], lambda *_: None)
    assert stats.requests == 0


def test_unknown_schemes_and_robots_refusals_make_no_request(tmp_path: Path) -> None:
    with FixtureServer() as srv:
        fetcher = Fetcher(FetchOptions(delay=0.5, workers=2))
        results: dict[str, FetchResult] = {}
        items = [
            (u, u)
            for u in (srv.url("/private/article-meta.html"), "ftp://example.com/x", srv.url("/gen/1.html"))
        ]
        started = time.monotonic()
        stats = crawl(fetcher, items, lambda url, res: results.__setitem__(url, res))
        elapsed = time.monotonic() - started
    assert results[srv.url("/private/article-meta.html")].error == "blocked by robots.txt"
    assert results["ftp://example.com/x"].error.startswith("unsupported URL scheme")
    assert results[srv.url("/gen/1.html")].ok
    assert srv.hits["/private/article-meta.html"] == 0
    assert stats.requests == 2  # robots.txt and the one allowed page
    assert elapsed < 1.5  # robots.txt, then the page 0.5 s later; the refused page cost no turn
