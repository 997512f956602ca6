"""The local test web for the collection tests: tools/local_web.py (shared with the benchmarks).

pytest puts tools/ on the path (pyproject `pythonpath`); this module keeps the tests' `from webserver
import ...` lines working. New tests import `local_web` directly.
"""

from local_web import (
    TROUBLE_ROLES,
    FixtureServer,
    HostPlan,
    closed_port_url,
    generated_article,
    politeness_floor,
    start_many,
    web_plan,
)

__all__ = [
    "TROUBLE_ROLES",
    "FixtureServer",
    "HostPlan",
    "closed_port_url",
    "generated_article",
    "politeness_floor",
    "start_many",
    "web_plan",
]
