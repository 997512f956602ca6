"""Poll tables import whole: numbers pandas hands over as floats, thousands separators, 'n/a',
footnote marks, dashes, and shares with or without '%'."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.polls import import_polls
from helpers.polls.importers import read_html_tables
from helpers.polls.parsing import CellError, parse_sample_size, parse_share

# An encyclopedia-style table (invented figures) whose sample-size column pandas reads as float:
# one cell says "n/a", so 2,104 arrives as 2104.0.
ROWS = [
    ("3–5 Mar 2025", "Forsa", "RTL", "2,104", "46%", "44%", "10%"),
    ("27 Feb – 1 Mar 2025", "Infratest dimap", "ARD", "1,321", "43%[a]", "49%", "8%"),
    ("12–14 Feb 2025", "YouGov", "dpa", "n/a", "38 %", "51 %", "11 %"),
    ("6–7 Feb 2025", "INSA", "Bild", "1,003<sup>[1]</sup>", "40", "50", "10"),
    ("28–30 Jan 2025", "Civey", "t-online", "5,000", "41.5%", "48.5%", "–"),
    ("20–21 Jan 2025", "Forsa", "Stern", "1,008", "39%*", "52%", "9%"),
    ("9–13 Jan 2025", "Allensbach", "FAZ", "1,050", "37%", "50%", "13%"),
    ("2–3 Jan 2025", "Ipsos", "—", "2,000", "35%", "55%", "10%"),
]
EXPECTED_SAMPLES = [2104, 1321, None, 1003, 5000, 1008, 1050, 2000]


def _page(tmp_path: Path) -> Path:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    html = (
        "<html><head><title>Opinion polling on German troops in Ukraine</title></head><body>"
        "<h2>Germany</h2><table class='wikitable'><caption>\"Should German soldiers help secure a ceasefire "
        'in Ukraine?"</caption><tr><th>Fieldwork date</th><th>Pollster</th><th>Client</th><th>Sample size</th>'  # noqa: E501
        f"<th>Support</th><th>Oppose</th><th>Don't know</th></tr>{body}</table></body></html>"
    )
    path = tmp_path / "float_sample_column.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_the_fixture_really_has_a_float_column(tmp_path):
    page = _page(tmp_path)
    (table,) = read_html_tables(page, page.read_bytes())
    samples = [row[3] for row in table.grid[1:]]
    assert samples[0] == 2104.0 and isinstance(samples[0], float)  # what the importer is handed
    assert samples[2] is None


def test_a_float_sample_column_imports_every_row(tmp_path):
    result = import_polls([_page(tmp_path)], data_dir=tmp_path / "data", merge=False)
    rows = result.added.sort_values("fieldwork_start", ascending=False).reset_index(drop=True)
    assert len(result.quarantined) == 0, list(result.quarantined.get("reason", []))
    assert len(rows) == 8
    samples = [None if pd.isna(v) else int(v) for v in rows["sample_size"]]
    assert samples == EXPECTED_SAMPLES
    assert rows["share_support"].tolist() == [46, 43, 38, 40, 41.5, 39, 37, 35]
    assert set(rows["country"]) == {"DE"}
    assert pd.isna(rows.loc[4, "share_dont_know"])  # "–"


@pytest.mark.parametrize(
    "cell,expected",
    [
        ("2104.0", 2104), (2104.0, 2104), ("2,104.0", 2104), ("1,012", 1012), ("1 012", 1012),
        ("1.012", 1012), ("1\u202f012", 1012), ("c. 2,000", 2000), ("n=1000", 1000), ("1,003[1]", 1003),
        ("n/a", None), ("–", None), ("−", None), (float("nan"), None), ("", None),
    ],
)  # fmt: skip
def test_sample_size_cells(cell, expected):
    assert parse_sample_size(cell) == expected


@pytest.mark.parametrize("cell", ["2104.5", "about a thousand", "12-15"])
def test_sample_size_cells_that_are_not_a_whole_number_are_refused(cell):
    with pytest.raises(CellError):
        parse_sample_size(cell)


@pytest.mark.parametrize(
    "cell,expected",
    [("45%", 45.0), ("45", 45.0), (45.0, 45.0), ("43%[a]", 43.0), ("57%*", 57.0), ("37,5", 37.5),
     ("45 percent", 45.0), ("n/a", None), ("—", None)],
)  # fmt: skip
def test_share_cells(cell, expected):
    assert parse_share(cell) == expected
