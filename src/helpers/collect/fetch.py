"""HTTP for a hostile web: timeouts, retries with backoff, Retry-After, politeness, size cap, robots.txt.

One `Fetcher` is shared by the worker threads of a run; it keeps one requests session, a
per-host clock for the politeness delay and a per-host robots.txt parser. `fetch()` never
raises for network trouble: it returns a `FetchResult` whose `error` says what went wrong,
so the collector can record the reason and retry on the next run.
"""

from __future__ import annotations

import email.utils
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib import robotparser
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from helpers.collect.captures import now_utc

DEFAULT_USER_AGENT = "stance-tracker/0.1 (+research; news collection for a public-debate tracker)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
    "application/feed+json",
)


@dataclass
class FetchOptions:
    """Every knob of the fetcher; the CLI and `collect_documents(**fetch_options)` map onto these."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0  # wall-clock cap on one response body (slow-drip servers)
    retries: int = 3  # extra attempts on 5xx / 429 / connection errors
    backoff: float = 1.0  # seconds, doubled per attempt
    max_retry_after: float = 120.0  # longer Retry-After values are not waited for: recorded as failure
    delay: float = 1.0  # politeness: minimum seconds between two requests to one host
    workers: int = 4  # bounded concurrency
    max_bytes: int = 10_000_000
    max_redirects: int = 10
    respect_robots: bool = True
    slow_host_after: float = 2.0  # a host whose response took longer is slow: slow hosts share workers - 1


@dataclass
class FetchResult:
    requested_url: str
    final_url: str = ""
    status: int | None = None
    content_type: str = ""
    charset: str = ""
    body: bytes | None = None
    error: str = ""
    attempts: int = 0
    fetched_at: str = field(default_factory=now_utc)

    @property
    def ok(self) -> bool:
        return not self.error and self.body is not None


class BodyTooLarge(Exception):
    pass


@dataclass(frozen=True)
class Retry:
    """Another attempt is due after `wait` seconds; `host_asked`: the server said so (Retry-After),
    which a scheduler applies to the whole host, not just this URL."""

    wait: float
    host_asked: bool = False


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _split_content_type(header: str) -> tuple[str, str]:
    parts = [p.strip() for p in (header or "").split(";")]
    mime = parts[0].lower() if parts else ""
    charset = ""
    for p in parts[1:]:
        if p.lower().startswith("charset="):
            charset = p.split("=", 1)[1].strip("\"' ").lower()
    return mime, charset


class Fetcher:
    """Thread-safe polite HTTP client."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        self.options = options or FetchOptions()
        self.session = requests.Session()
        self.session.headers.update(
            {
                "User-Agent": self.options.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            }
        )
        self.session.max_redirects = self.options.max_redirects
        adapter = HTTPAdapter(
            pool_connections=32, pool_maxsize=max(8, self.options.workers * 2), max_retries=0
        )
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self._host_lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, robotparser.RobotFileParser | None] = {}
        self._robots_lock = threading.Lock()
        self._robots_locks: dict[str, threading.Lock] = {}

    # ------------------------------------------------------------ politeness
    def _wait_turn(self, host: str) -> None:
        if self.options.delay <= 0:
            return
        with self._host_lock:
            lock = self._host_locks.setdefault(host, threading.Lock())
        with lock:
            last = self._last_request.get(host)
            now = time.monotonic()
            if last is not None and now - last < self.options.delay:
                time.sleep(self.options.delay - (now - last))
            self._last_request[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """robots.txt check (cached per host); an unreachable robots.txt allows everything."""
        if not self.options.respect_robots:
            return True
        base = robots_base(url)
        with self._robots_lock:
            lock = self._robots_locks.setdefault(base, threading.Lock())
        with lock:  # one download per host; other hosts' checks are not held up by a slow one
            if base not in self._robots:
                self._robots[base] = self._load_robots(base)
            parser = self._robots[base]
        return parser is None or parser.can_fetch(self.options.user_agent, url)

    def robots_cached(self, url: str) -> bool:
        """True when `allowed(url)` will not need a request (robots off, or this host's file is known)."""
        return not self.options.respect_robots or robots_base(url) in self._robots

    def _load_robots(self, base: str) -> robotparser.RobotFileParser | None:
        try:
            resp = self.session.get(
                f"{base}/robots.txt", timeout=(self.options.connect_timeout, 10), allow_redirects=True
            )
        except requests.RequestException:
            return None
        if resp.status_code >= 400 or "html" in resp.headers.get("Content-Type", ""):
            return None
        parser = robotparser.RobotFileParser()
        parser.parse(resp.text.splitlines())
        return parser

    # ------------------------------------------------------------ fetching
    def fetch(self, url: str, *, accept: tuple[str, ...] = HTML_TYPES) -> FetchResult:
        """GET with retries, sleeping between attempts; a body is only returned for an accepted
        content type within the size cap. Used for index pages and by callers without a scheduler;
        article crawls go through `schedule.crawl`, which waits in a queue instead of sleeping."""
        result = self.refusal(url)
        if result is not None:
            return result
        result = FetchResult(requested_url=url)
        host = urlsplit(url).netloc
        attempt = 0
        while True:
            self._wait_turn(host)
            retry = self.attempt(url, result, attempt, accept=accept)
            if retry is None:
                return result
            time.sleep(retry.wait)
            attempt += 1

    def refusal(self, url: str) -> FetchResult | None:
        """A failed result when `url` must not be requested at all (scheme, robots.txt), else None."""
        if urlsplit(url).scheme not in ("http", "https"):
            return FetchResult(requested_url=url, error=f"unsupported URL scheme in {url!r}")
        if not self.allowed(url):
            return FetchResult(requested_url=url, error="blocked by robots.txt")
        return None

    def attempt(
        self, url: str, result: FetchResult, attempt: int, *, accept: tuple[str, ...] = HTML_TYPES
    ) -> Retry | None:
        """One request (no politeness wait, no sleeping): fills `result`; returns a `Retry` when the
        error is worth another attempt and attempts remain, None when `result` is final."""
        opts = self.options
        result.attempts = attempt + 1
        result.fetched_at = now_utc()  # the time of the attempt whose outcome is recorded
        wait: float | None = None
        server_asked = False
        try:
            resp = self.session.get(
                url, timeout=(opts.connect_timeout, opts.read_timeout), stream=True, allow_redirects=True
            )
        except requests.TooManyRedirects:
            result.error = f"redirect loop (more than {opts.max_redirects} redirects)"
            return None
        except requests.Timeout as err:
            result.error = f"timeout ({type(err).__name__})"
            wait = opts.backoff * 2**attempt
        except requests.ConnectionError as err:
            result.error = f"connection error ({_short(err)})"
            wait = opts.backoff * 2**attempt
        except requests.RequestException as err:
            result.error = f"request failed ({_short(err)})"
            return None
        else:
            with resp:
                result.status = resp.status_code
                result.final_url = resp.url
                mime, charset = _split_content_type(resp.headers.get("Content-Type", ""))
                result.content_type, result.charset = mime, charset
                if resp.status_code in (429,) or resp.status_code >= 500:
                    result.error = f"HTTP {resp.status_code}"
                    retry_after = _retry_after_seconds(resp.headers.get("Retry-After"))
                    cap = opts.max_retry_after
                    if retry_after is not None and retry_after > cap:
                        result.error += f" (Retry-After {retry_after:.0f}s exceeds the {cap:.0f}s cap)"
                        return None
                    server_asked = retry_after is not None
                    wait = retry_after if retry_after is not None else opts.backoff * 2**attempt
                elif resp.status_code >= 400:
                    result.error = f"HTTP {resp.status_code}"
                    return None
                elif accept and mime and not any(mime == a for a in accept):
                    result.error = f"unsupported content type {mime}"
                    return None
                else:
                    try:
                        result.body = self._read_capped(resp)
                    except BodyTooLarge as err:
                        result.error = str(err)
                        return None
                    except requests.RequestException as err:
                        result.error = f"body read failed ({_short(err)})"
                        wait = opts.backoff * 2**attempt
                    else:
                        result.error = ""
                        return None
        if attempt < opts.retries and wait is not None:
            return Retry(wait=wait, host_asked=server_asked)
        return None

    def _read_capped(self, resp: requests.Response) -> bytes:
        cap = self.options.max_bytes
        length = resp.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > cap:
            raise BodyTooLarge(f"body too large ({int(length)} bytes > cap {cap})")
        deadline = time.monotonic() + self.options.total_timeout
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_content(chunk_size=65536):
            size += len(chunk)
            if size > cap:
                raise BodyTooLarge(f"body too large (more than {cap} bytes)")
            if time.monotonic() > deadline:
                raise requests.Timeout(f"body not complete after {self.options.total_timeout:.0f}s")
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        self.session.close()


def robots_base(url: str) -> str:
    """scheme://host[:port]: robots.txt and politeness are both per this origin."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _short(err: BaseException) -> str:
    text = str(err)
    return text if len(text) <= 160 else text[:157] + "..."
