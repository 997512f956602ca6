"""Headless chromium for the browser tests: tools/offline_browser.py (shared with benchmarks/report_size.py).

pytest puts tools/ on the path (pyproject `pythonpath`); this module keeps the tests' `from browser
import ...` lines working. New tests import `offline_browser` directly.
"""

from offline_browser import CHROMIUM, PageLog, chromium_available, launch_browser, offline_page

__all__ = ["CHROMIUM", "PageLog", "chromium_available", "launch_browser", "offline_page"]
