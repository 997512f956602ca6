"""A threaded HTTP server on 127.0.0.1 serving fixture pages and a hostile web's fault endpoints.

Used by the collection tests and by benchmarks/collect_throughput.py and
collect_politeness.py (as `python tools/local_web.py`); never touches the network. It lives in tools/ so
that tests and benchmarks share it without importing each other.

Routes
  /robots.txt                 disallows /private/
  /articles/<name>            tests/fixtures/web/<name> (html as text/html; charset=utf-8)
  /feed.xml, /section/ukraine fixture feed and section page (links rewritten to this server)
  /gen/<n>.html               generated on-topic article n (distinct text); `page_delay` slows them
  /gen-flaky/<n>.html         500 on the first request for that path, then article n (also `page_delay`)
  /gen-fail/<n>.html          always 503 (no Retry-After)
  /fault/404, /fault/403      those statuses
  /fault/flaky                500 on the first request, then the article (per server)
  /fault/429                  429 with Retry-After: 1 on the first request, then the article
  /fault/slow                 sleeps `slow_seconds` before answering (past the client's timeout)
  /fault/loop                 redirects to itself via /fault/loop2 forever
  /fault/pdf                  application/pdf body
  /fault/huge                 a 20 MB text/html body with Content-Length (generated, not stored)
  /fault/huge-chunked         a 20 MB body without Content-Length (chunked), streamed lazily
  /fault/latin1               latin-1 bytes, Content-Type text/html without charset
  /fault/malformed            broken HTML that still carries an article
  /fault/down-once/<name>     503 (no Retry-After) until `fail_until_toggled` is cleared
  /redirect/<name>            302 to /articles/<name>
  /private/<name>             disallowed by robots.txt (serves the article if asked anyway)
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "web"  # the pages it serves
HUGE_BYTES = 20 * 1024 * 1024

_WORDS = [
    "minister",
    "defence",
    "brigade",
    "coalition",
    "ceasefire",
    "border",
    "parliament",
    "summit",
    "guarantee",
    "mission",
    "air",
    "navy",
    "logistics",
    "trainers",
    "reserve",
    "budget",
    "treaty",
    "envoy",
    "frontline",
    "drone",
    "artillery",
    "corridor",
    "port",
    "grain",
    "sanctions",
    "vote",
    "cabinet",
    "chancellor",
    "president",
    "premier",
    "mandate",
    "rotation",
    "contingent",
    "allies",
    "monitoring",
    "airspace",
    "deterrence",
    "pledge",
    "funding",
    "convoy",
    "depot",
    "radar",
    "shelter",
    "negotiation",
    "accord",
]


def generated_article(n: int) -> bytes:
    """An on-topic article page whose text is distinct from every other n (no near-duplicates)."""
    rng = random.Random(n)
    paras = []
    for _ in range(6):
        words = [rng.choice(_WORDS) for _ in range(45)]
        paras.append(" ".join(words).capitalize() + ".")
    body = "".join(f"<p>{p}</p>" for p in paras)
    day = 1 + n % 28
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Report {n}: Ukraine troops debate, part {n}</title>
<meta property="article:published_time" content="2025-03-{day:02d}T08:00:00+00:00">
<meta name="author" content="Reporter {n % 7}">
</head><body><nav><a href="/">Home</a> <a href="/tag/world">World</a></nav>
<article><h1>Report {n}: Ukraine troops debate, part {n}</h1>
<p>Leaders discussed sending troops to Ukraine as part of a reassurance force, item {n}.</p>{body}</article>
<footer>Copyright Example News. All rights reserved.</footer></body></html>""".encode()


class FixtureServer:
    """`with FixtureServer() as srv: srv.url("/articles/a.html")`; `srv.hits[path]` counts requests."""

    def __init__(self, *, slow_seconds: float = 2.0, page_delay: float = 0.0) -> None:
        self.slow_seconds = slow_seconds
        self.page_delay = page_delay
        self.hits: Counter[str] = Counter()
        self.request_log: list[tuple[float, str]] = []  # (time.monotonic() on arrival, path), in order
        self.user_agents: dict[str, str] = {}
        self.inflight = 0
        self.max_inflight = 0
        self.fail_until_toggled = True
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                path = self.path.split("?", 1)[0]
                with server._lock:
                    server.hits[path] += 1
                    server.request_log.append((time.monotonic(), path))
                    count = server.hits[path]
                    server.user_agents[path] = self.headers.get("User-Agent", "")
                    server.inflight += 1
                    server.max_inflight = max(server.max_inflight, server.inflight)
                try:
                    server._route(self, path, count)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with server._lock:
                        server.inflight -= 1

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    # ------------------------------------------------------------ lifecycle
    def start(self) -> FixtureServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FixtureServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, path: str) -> str:
        return self.base + path

    # ------------------------------------------------------------ responses
    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler,
        status: int,
        body: bytes = b"",
        ctype: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        h.send_response(status)
        if ctype:
            h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    def _fixture(self, name: str) -> bytes | None:
        path = FIXTURES / name
        if not path.is_file() or ".." in name:
            return None
        return path.read_bytes().replace(b"{{BASE}}", self.base.encode())

    def _route(self, h: BaseHTTPRequestHandler, path: str, count: int) -> None:
        send = self._send
        if path == "/robots.txt":
            return send(h, 200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if path.startswith(("/articles/", "/private/")):
            body = self._fixture(path.split("/", 2)[2])
            return send(h, 200, body) if body is not None else send(h, 404, b"not found")
        if path == "/feed.xml":
            return send(h, 200, self._fixture("feed.xml") or b"", "application/rss+xml; charset=utf-8")
        if path == "/section/ukraine":
            return send(h, 200, self._fixture("section.html") or b"")
        if path.startswith("/gen-fail/"):
            return send(h, 503, b"unavailable", "text/plain")
        if path.startswith("/gen-flaky/") and count == 1:
            return send(h, 500, b"oops", "text/plain")
        if path.startswith(("/gen/", "/gen-flaky/")):
            if self.page_delay:
                time.sleep(self.page_delay)
            try:
                n = int(path.rsplit("/", 1)[1].split(".")[0])
            except ValueError:
                return send(h, 404, b"not found")
            return send(h, 200, generated_article(n))
        if path.startswith("/redirect/"):
            return send(h, 302, b"", "", {"Location": "/articles/" + path.split("/", 2)[2]})
        article = self._fixture("article-meta.html") or b""
        if path == "/fault/404":
            return send(h, 404, b"<html><body>Not found</body></html>")
        if path == "/fault/403":
            return send(h, 403, b"<html><body>Forbidden</body></html>")
        if path == "/fault/flaky":
            return (
                send(h, 500, b"oops")
                if count == 1
                else send(h, 200, self._fixture("article-flaky.html") or b"")
            )
        if path == "/fault/429":
            if count == 1:
                return send(h, 429, b"slow down", "text/plain", {"Retry-After": "1"})
            return send(h, 200, self._fixture("article-429.html") or b"")
        if path == "/fault/slow":
            time.sleep(self.slow_seconds)
            return send(h, 200, article)
        if path in ("/fault/loop", "/fault/loop2"):
            target = "/fault/loop2" if path == "/fault/loop" else "/fault/loop"
            return send(h, 301, b"", "", {"Location": target})
        if path == "/fault/pdf":
            return send(h, 200, b"%PDF-1.4\n" + b"0" * 2000, "application/pdf")
        if path == "/fault/huge":
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(HUGE_BYTES))
            h.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            sent = 0
            while sent < HUGE_BYTES:
                piece = chunk[: HUGE_BYTES - sent]
                h.wfile.write(piece)
                sent += len(piece)
            return None
        if path == "/fault/huge-chunked":
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Transfer-Encoding", "chunked")
            h.end_headers()
            chunk = b"<p>" + b"y" * 65530 + b"</p>"
            sent = 0
            while sent < HUGE_BYTES:
                h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                sent += len(chunk)
            h.wfile.write(b"0\r\n\r\n")
            return None
        if path == "/fault/latin1":
            return send(h, 200, self._fixture("latin1.html") or b"", "text/html")
        if path == "/fault/malformed":
            return send(h, 200, self._fixture("malformed.html") or b"")
        if path.startswith("/fault/down-once/"):
            if self.fail_until_toggled:
                return send(h, 503, b"maintenance", "text/plain")
            body = self._fixture(path.split("/", 3)[3])
            return send(h, 200, body) if body is not None else send(h, 404, b"not found")
        return send(h, 404, b"<html><body>Not found</body></html>")


@dataclass(frozen=True)
class HostPlan:
    """One host of a local test web: its role (fast | slow | flaky | failing | down) and page count."""

    role: str
    pages: int

    def paths(self, first: int) -> list[str]:
        prefix = {"flaky": "/gen-flaky/", "failing": "/gen-fail/"}.get(self.role, "/gen/")
        return [f"{prefix}{first + i}.html" for i in range(self.pages)]


# Roles given to the hosts ranked 5th to 9th by size (mid-sized hosts); every other host is fast.
TROUBLE_ROLES = ("slow", "slow", "flaky", "failing", "down")


def web_plan(pages: int, hosts: int) -> list[HostPlan]:
    """Pages spread over hosts like a news crawl: one big site with a quarter of the pages (it sets
    the politeness floor: pages/4 x delay), the rest ~ 1/rank (a long tail); among the mid-sized
    hosts two slow, one flaky (500 then 200), one failing (always 503) and one down."""
    if hosts == 1:
        return [HostPlan("fast", pages)]
    big = max(1, pages // 4)
    weights = [1 / (rank + 1) for rank in range(1, hosts)]
    rest = [max(1, int((pages - big) * w / sum(weights))) for w in weights]
    rest[0] += pages - big - sum(rest)
    sizes = [big, *rest]
    first_trouble = min(5, max(1, hosts - len(TROUBLE_ROLES)))
    roles = ["fast"] * hosts
    for offset, role in enumerate(TROUBLE_ROLES[: hosts - first_trouble]):
        roles[first_trouble + offset] = role
    return [HostPlan(role, size) for role, size in zip(roles, sizes, strict=True)]


def politeness_floor(
    plan: list[HostPlan], *, delay: float, retries: int, backoff: float, workers: int, slow_delay: float
) -> tuple[float, dict[str, float]]:
    """The shortest crawl politeness allows: (floor in s, per-role worst host floor).

    Per host, requests go one at a time, each starting >= `delay` after the previous start and
    not before the previous one ended: robots.txt, then every page, plus `retries` more attempts
    for each page of a failing or down host and one more for each flaky page. A failing page's
    own attempts are also >= its backoff chain apart. Over all hosts, the workers' busy time
    (sum of response times / workers) is a second bound. The floor is the larger of the two.
    """
    per_role: dict[str, float] = {}
    busy = 0.0
    for host in plan:
        latency = slow_delay if host.role == "slow" else 0.0
        extra = {"flaky": 1, "failing": retries, "down": retries}.get(host.role, 0)
        # robots.txt answers at once; pages take `latency`
        floor = delay + (host.pages * (1 + extra) - 1) * max(delay, latency) + latency
        if host.role in ("failing", "down"):
            floor = max(floor, backoff * (2**retries - 1))
        busy += host.pages * (1 + extra) * latency
        per_role[host.role] = max(per_role.get(host.role, 0.0), floor)
    return max(max(per_role.values()), busy / max(1, workers)), per_role


def closed_port_url() -> str:
    """A loopback base URL nobody listens on: every request is refused at once (a host that is down)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def start_many(
    count: int, *, slow: frozenset[int] = frozenset(), page_delay: float = 0.0, slow_delay: float = 2.0
) -> list[FixtureServer]:
    """`count` servers (one host each, ports differ); those numbered in `slow` take `slow_delay` s per /gen/ page."""
    return [FixtureServer(page_delay=slow_delay if i in slow else page_delay).start() for i in range(count)]


if __name__ == "__main__":  # run standalone (benchmarks, poking at fixtures by hand)
    import argparse
    import sys

    ap = argparse.ArgumentParser(description="fixture web server(s) on 127.0.0.1")
    ap.add_argument("--page-delay", type=float, default=0.0, help="seconds each /gen/ page takes")
    ap.add_argument("--hosts", type=int, default=1, help="servers to start, one host (port) each")
    ap.add_argument("--slow", default="", help="comma-separated numbers (from 0) of the slow servers")
    ap.add_argument(
        "--slow-delay", type=float, default=2.0, help="seconds a slow server takes per /gen/ page"
    )
    opts = ap.parse_args()
    slow = frozenset(int(n) for n in opts.slow.split(",") if n.strip())
    servers = start_many(opts.hosts, slow=slow, page_delay=opts.page_delay, slow_delay=opts.slow_delay)
    print(" ".join(srv.base for srv in servers), flush=True)  # first line of output: the base URL(s)
    print(f"serving {FIXTURES} on {len(servers)} port(s) (Ctrl-C to stop)", file=sys.stderr)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        for srv in servers:
            srv.stop()
