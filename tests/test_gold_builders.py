"""The gold sets are data (JSONL); their builders in tools/gold/ must still regenerate them byte for byte,
so an edit to a builder that silently changes a gold row shows up here rather than in a score."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"

# builder -> the folder under data/gold/ it writes (build_heldout writes heldout/ and pages/ under its --out)
BUILDERS = {
    "build_dev.py": "dev",
    "build_dev_holdout.py": "dev/holdout",
    "build_dev_holdout2.py": "dev/holdout2",
    "build_dev_holdout3.py": "dev/holdout3",
    "build_attribution.py": "attribution",
    "build_polls_news.py": "polls_news",
    "build_polls_news_heldout.py": "polls_news/heldout",
    "build_heldout.py": "",
}


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_gold_builder_regenerates_its_committed_files(builder: str, tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gold" / builder), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        text=True,
    )
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert written, f"{builder} wrote nothing"
    committed = GOLD / BUILDERS[builder]
    different = [
        str(rel) for rel in written if not filecmp.cmp(tmp_path / rel, committed / rel, shallow=False)
    ]
    assert not different, (
        f"{builder}: regenerated files differ from data/gold/{BUILDERS[builder]}: {different}"
    )


def test_every_gold_builder_is_checked() -> None:
    found = {p.name for p in (ROOT / "tools" / "gold").glob("build_*.py")}
    assert found == set(BUILDERS)


def test_gold_folders_hold_data_only() -> None:
    """Builders live in tools/gold/, not beside the JSONL they write."""
    assert not sorted(GOLD.rglob("*.py"))
