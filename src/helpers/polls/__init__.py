"""Opinion polls: import poll tables, merge them with polls found in the news.

Every polls table is checked by its model in helpers.schemas.polls (rules: helpers.schemas.rules).

Public entry points (docs/polls.md):
- `import_polls(paths, data_dir=...)` reads CSV/XLSX/HTML poll tables into processed/polls_imported.parquet;
- `merge_polls(news_polls, imported_polls)` makes one row per poll listing all its sources;
- `build_merged_table(data_dir)` writes processed/polls_merged.parquet.
"""

from helpers.polls.importers import ImportResult, import_polls
from helpers.polls.merge import build_merged_table, merge_polls

__all__ = ["import_polls", "ImportResult", "merge_polls", "build_merged_table"]
