"""The data contract (docs/data.md): one pandera model per table, enforced at every stage boundary.

A column is declared once, in its table's model; the column lists the stages import are read off
the models (`columns_of`). Cross-column rules live in `rules`; `validate_or_quarantine` sends rows
that break a check or a rule to the quarantine with the reason. Modules, in reading order:
`fields` (column kinds, date/country checks), `rules`, `documents`, `statements`, `polls`,
`records` (overrides, actors, failures, ledger), `validate`.
"""

from __future__ import annotations

from helpers.schemas import documents, fields, polls, records, rules, statements, validate
from helpers.schemas.documents import *  # noqa: F403
from helpers.schemas.fields import *  # noqa: F403
from helpers.schemas.polls import *  # noqa: F403
from helpers.schemas.records import *  # noqa: F403
from helpers.schemas.rules import *  # noqa: F403
from helpers.schemas.statements import *  # noqa: F403
from helpers.schemas.validate import *  # noqa: F403

__all__ = [
    *fields.__all__,
    *rules.__all__,
    *documents.__all__,
    *statements.__all__,
    *polls.__all__,
    *records.__all__,
    *validate.__all__,
]
