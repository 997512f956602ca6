"""Open pages in Debian's headless chromium through Playwright, offline, and record what happened.

Shared by the browser tests and benchmarks/report_size.py, so neither
imports the other.

Never downloads a browser: it uses /usr/bin/chromium (override with STANCE_TRACKER_CHROMIUM).
Every request that is not file:// (or data:/blob:) is aborted and recorded, so a test can
assert that a report needs nothing from the network.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("STANCE_TRACKER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


def chromium_available() -> bool:
    return Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None


@dataclass
class PageLog:
    """What a page did: console errors, uncaught exceptions, requests that tried to leave file://."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def launch_browser() -> Iterator[Any]:
    """A headless chromium browser (Playwright's sync API)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def offline_page(browser: Any, *, width: int = 1200, height: int = 900) -> Iterator[tuple[Any, PageLog]]:
    """A page whose non-local requests are aborted and logged, with console errors collected."""
    context = browser.new_context(
        viewport={"width": width, "height": height}, offline=True, accept_downloads=False
    )
    page = context.new_page()
    log = PageLog()

    def route(r: Any) -> None:
        url = r.request.url
        log.requests.append(url)
        if url.startswith(LOCAL_SCHEMES):
            r.continue_()
        else:
            log.blocked.append(url)
            r.abort()

    context.route("**/*", route)
    page.on("console", lambda msg: log.console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: log.page_errors.append(str(exc)))
    page.on("dialog", lambda d: (log.dialogs.append(d.message), d.dismiss()))
    try:
        yield page, log
    finally:
        context.close()
