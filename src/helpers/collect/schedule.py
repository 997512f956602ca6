"""A crawl scheduler that keeps pace with politeness: per-host queues, shared workers.

Why not a thread pool over URLs: a worker that takes a URL must then wait for that URL's host
(politeness delay), for its retries (backoff, Retry-After) and for its robots.txt; with the
URLs of a big host queued together, every worker ends up waiting on the same host while the
other hosts sit idle. Here workers take *hosts that are ready*, never a URL that is not:

- each host has its own queue and its own clock: the next request to a host starts no sooner
  than `delay` after the previous one started, and never while one is in flight (one request
  per host at a time);
- a worker picks the host that has been ready the longest, makes one request, gives the host
  back and takes the next ready host: workers are shared across all hosts;
- a retry is put back in its host's queue with a not-before time (backoff, or the server's
  Retry-After, which also pauses the whole host): no worker sleeps through a backoff;
- robots.txt is fetched once per host, as that host's first request (it counts for politeness),
  and cached by the `Fetcher`;
- a slow host holds at most one worker, and while fast hosts still have work, slow hosts
  together hold at most `workers - 1`, so one worker always serves the fast hosts (a host is
  slow once a response took longer than `slow_after` seconds).

Every URL ends with exactly one final `FetchResult` passed to `on_done` (in a worker thread,
so captures are written as soon as a page arrives): success, or the last failure with its reason.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from helpers.collect.fetch import HTML_TYPES, Fetcher, FetchResult, robots_base

__all__ = ["CrawlStats", "crawl"]

T = TypeVar("T")


@dataclass
class _Job(Generic[T]):
    url: str
    item: T
    attempt: int = 0
    result: FetchResult | None = None


@dataclass
class _Host(Generic[T]):
    """One host's queue and clock (all fields guarded by the scheduler's lock)."""

    name: str
    ready: deque[_Job[T]] = field(default_factory=deque)
    waiting: list[tuple[float, int, _Job[T]]] = field(default_factory=list)  # (not_before, seq, job)
    next_start: float = 0.0
    busy: bool = False
    slow: bool = False
    robots_pending: bool = False

    def has_work(self) -> bool:
        return bool(self.ready or self.waiting or self.robots_pending)

    def ready_at(self) -> float:
        """Earliest time this host may be given a worker (it has work and is idle)."""
        soonest = 0.0 if (self.ready or self.robots_pending) else self.waiting[0][0]
        return max(self.next_start, soonest)

    def take(self, now: float) -> _Job[T] | None:
        while self.waiting and self.waiting[0][0] <= now:
            self.ready.append(heapq.heappop(self.waiting)[2])
        return self.ready.popleft() if self.ready else None


@dataclass
class CrawlStats:
    """What the scheduler did: requests made (robots.txt included), retries queued, hosts seen."""

    requests: int = 0
    retries: int = 0
    robots: int = 0
    hosts: int = 0
    slow_hosts: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # (host, start, end) of every request on the scheduler's clock: politeness can be checked from it
    timeline: list[tuple[str, float, float]] = field(default_factory=list)


class _Scheduler(Generic[T]):
    def __init__(
        self,
        fetcher: Fetcher,
        on_done: Callable[[T, FetchResult], None],
        *,
        workers: int,
        delay: float,
        slow_after: float,
        accept: tuple[str, ...],
        clock: Callable[[], float],
    ) -> None:
        self.fetcher = fetcher
        self.on_done = on_done
        self.workers = max(1, workers)
        self.delay = max(0.0, delay)
        self.slow_after = slow_after
        self.accept = accept
        self.clock = clock
        self.hosts: dict[str, _Host[T]] = {}
        self.heap: list[tuple[float, int, str]] = []  # (ready_at, seq, host) of idle hosts with work
        self.parked: list[str] = []  # ready slow hosts waiting for a slow-host slot
        self.seq = itertools.count()
        self.cond = threading.Condition()
        self.remaining = 0
        self.slow_inflight = 0
        self.max_slow = max(1, self.workers - 1)
        self.stats = CrawlStats()
        self.error: BaseException | None = None

    # ------------------------------------------------------------ queue (lock held)
    def add(self, url: str, item: T) -> None:
        name = robots_base(url)
        host = self.hosts.get(name)
        if host is None:
            web = url.startswith(("http://", "https://"))  # other schemes are refused without a request
            host = self.hosts[name] = _Host(name, robots_pending=web and not self.fetcher.robots_cached(url))
        host.ready.append(_Job(url, item))
        self.remaining += 1

    def _offer(self, host: _Host[T]) -> None:
        if not host.busy and host.has_work():
            heapq.heappush(self.heap, (host.ready_at(), next(self.seq), host.name))

    def _fast_work_left(self) -> bool:
        return any(h.has_work() and not h.slow for h in self.hosts.values())

    def _offer_parked(self) -> None:
        for name in self.parked:
            self._offer(self.hosts[name])
        self.parked.clear()

    def _next(self) -> tuple[_Host[T], _Job[T] | None] | None:
        """Block until some host may be served; (host, job), (host, None) for its robots.txt, or None at the end."""
        with self.cond:
            while True:
                if self.error is not None or self.remaining == 0:
                    self.cond.notify_all()
                    return None
                now = self.clock()
                while self.heap and self.heap[0][0] <= now:
                    _, _, name = heapq.heappop(self.heap)
                    host = self.hosts[name]
                    if host.busy or not host.has_work() or host.ready_at() > now:
                        if not host.busy:
                            self._offer(host)  # stale entry: queue it again at its real time
                        continue
                    if host.slow and self.slow_inflight >= self.max_slow and self._fast_work_left():
                        self.parked.append(name)
                        continue
                    if host.robots_pending:
                        job = None
                    else:
                        job = host.take(now)
                        if job is None:
                            self._offer(host)
                            continue
                    host.busy = True
                    if host.slow:
                        self.slow_inflight += 1
                    return host, job
                if self.parked and not self._fast_work_left():
                    # only slow hosts have work left: the reserved worker would idle, so it serves one
                    self._offer_parked()
                    continue
                timeout = self.heap[0][0] - now if self.heap else None
                self.cond.wait(timeout)

    def _release(
        self, host: _Host[T], started: float, elapsed: float, requested: bool, was_slow: bool
    ) -> None:
        with self.cond:
            host.busy = False
            if was_slow:
                self.slow_inflight -= 1
                self._offer_parked()  # a slow-host slot is free again
            if requested:
                self.stats.timeline.append((host.name, started, started + elapsed))
                host.next_start = max(host.next_start, started + self.delay)
                host.slow = elapsed > self.slow_after
                if host.slow and host.name not in self.stats.slow_hosts:
                    self.stats.slow_hosts.append(host.name)
            self._offer(host)
            self.cond.notify_all()

    # ------------------------------------------------------------ work (lock not held)
    def _work(self) -> None:
        while True:
            picked = self._next()
            if picked is None:
                return
            host, job = picked
            was_slow = host.slow
            started = self.clock()
            requested = True
            try:
                if job is None:
                    self._robots(host, started)
                else:
                    requested = self._fetch(host, job)
            except BaseException as err:  # a bug must end the crawl loudly, not hang the other workers
                with self.cond:
                    self.error = err
                    self.cond.notify_all()
                raise
            finally:
                self._release(host, started, self.clock() - started, requested, was_slow)

    def _robots(self, host: _Host[T], started: float) -> None:
        first = host.ready[0].url if host.ready else host.waiting[0][2].url
        self.fetcher.allowed(first)  # downloads and caches this host's robots.txt
        with self.cond:
            host.robots_pending = False
            self.stats.robots += 1
            self.stats.requests += 1

    def _fetch(self, host: _Host[T], job: _Job[T]) -> bool:
        """One attempt for `job`; False when no request was made (refused by scheme or robots.txt)."""
        if job.result is None:
            refused = self.fetcher.refusal(job.url)
            if refused is not None:
                self._finish(job, refused)
                return False
            job.result = FetchResult(requested_url=job.url)
        retry = self.fetcher.attempt(job.url, job.result, job.attempt, accept=self.accept)
        with self.cond:
            self.stats.requests += 1
        if retry is None:
            self._finish(job, job.result)
            return True
        now = self.clock()
        job.attempt += 1
        with self.cond:
            self.stats.retries += 1
            heapq.heappush(host.waiting, (now + retry.wait, next(self.seq), job))
            if retry.host_asked:  # Retry-After speaks for the whole server
                host.next_start = max(host.next_start, now + retry.wait)
        return True

    def _finish(self, job: _Job[T], result: FetchResult) -> None:
        self.on_done(job.item, result)
        with self.cond:
            self.remaining -= 1
            if self.remaining == 0:
                self.cond.notify_all()

    # ------------------------------------------------------------ run
    def run(self) -> CrawlStats:
        started = self.clock()
        self.stats.hosts = len(self.hosts)
        with self.cond:
            for host in self.hosts.values():
                self._offer(host)
        threads = [
            threading.Thread(target=self._work, name=f"crawl-{i}", daemon=True)
            for i in range(min(self.workers, max(1, self.remaining)))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if self.error is not None:
            raise self.error
        self.stats.seconds = self.clock() - started
        return self.stats


def crawl(
    fetcher: Fetcher,
    items: Iterable[tuple[str, T]],
    on_done: Callable[[T, FetchResult], None],
    *,
    workers: int | None = None,
    delay: float | None = None,
    slow_after: float | None = None,
    accept: tuple[str, ...] = HTML_TYPES,
    clock: Callable[[], float] = time.monotonic,
) -> CrawlStats:
    """Fetch every (url, item) politely with shared workers; `on_done(item, result)` once per URL.

    `workers`, `delay` and `slow_after` default to the fetcher's options. Returns counts of what was done.
    """
    scheduler: _Scheduler[T] = _Scheduler(
        fetcher,
        on_done,
        workers=fetcher.options.workers if workers is None else workers,
        delay=fetcher.options.delay if delay is None else delay,
        slow_after=fetcher.options.slow_host_after if slow_after is None else slow_after,
        accept=accept,
        clock=clock,
    )
    with scheduler.cond:
        for url, item in items:
            scheduler.add(url, item)
    if scheduler.remaining == 0:
        return scheduler.stats
    return scheduler.run()
