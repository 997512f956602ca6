"""Importing poll tables: a pollster CSV, an XLSX with a merged header, an encyclopedia page, broken files."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers.cli import main
from helpers.polls import import_polls
from helpers.polls.importers import rows_from_file
from helpers.polls.mapping import load_format
from helpers.tables import InputError, read_table

FIXTURES = Path(__file__).parent / "fixtures" / "polls"


def _build_xlsx(path: Path) -> Path:
    spec = importlib.util.spec_from_file_location("build_xlsx", FIXTURES / "build_xlsx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build(path)


@pytest.fixture
def xlsx(tmp_path: Path) -> Path:
    return _build_xlsx(tmp_path / "in" / "merged_header.xlsx")


def test_pollster_csv_is_recognised_by_its_mapping_and_keeps_provenance(tmp_path):
    result = import_polls([FIXTURES / "pollster_release.csv"], data_dir=tmp_path, merge=False)
    rows = result.added
    assert set(rows["mapping"]) == {"pollster_release_csv"}
    assert len(rows) == 8
    de = rows[(rows["country"] == "DE") & (rows["fieldwork_start"] == "2025-03-03")].iloc[0]
    assert (de["fieldwork_end"], de["published"], de["date"]) == ("2025-03-05", "2025-03-07", "2025-03-07")
    assert de["sample_size"] == 2012 and de["share_support"] == 41 and de["share_dont_know"] == 14
    assert de["pollster"] == "Example Research" and de["population"] == "adults 18+"
    assert de["source_file"] == "pollster_release.csv" and de["source_row"] == 6
    assert pd.isna(rows[rows["country"] == "GB"].iloc[0]["margin_of_error"])  # "n/a"
    assert de["source_kind"] == "import" and de["question_id"].startswith("q-")
    # the two rows failing domain checks are quarantined, with file and row in the reason
    reasons = sorted(result.quarantined["reason"])
    assert any("row 13" in r and "exceeds 100" in r for r in reasons)
    assert any("row 15" in r and "fieldwork ends after the publication date" in r for r in reasons)


def test_xlsx_merged_header_gives_one_poll_per_question(xlsx, tmp_path):
    result = import_polls([xlsx], data_dir=tmp_path / "data", merge=False)
    rows = result.added
    assert len(rows) == 7  # 4 rows x 2 questions, minus the IBRiS question left blank ("n/a")
    assert set(rows["country"]) == {"PL"}  # from the sheet name / title row
    assert set(rows["question"]) == {
        "Send troops to secure a ceasefire",
        "Send troops to fight alongside Ukraine now",
    }
    cbos = rows[(rows["pollster"] == "CBOS") & (rows["fieldwork_start"] == "2025-03-04")]
    assert sorted(cbos["share_support"]) == [12.0, 58.0]
    assert set(cbos["sample_size"]) == {1012.0}
    ibris = rows[rows["pollster"] == "IBRiS"].iloc[0]
    assert (ibris["fieldwork_start"], ibris["fieldwork_end"]) == (
        "2025-02-28",
        "2025-03-03",
    )  # year from the row above
    assert ibris["source_sheet"] == "Poland" and ibris["source_row"] == 6
    us = rows[rows["pollster"] == "United Surveys"]
    assert set(us["fieldwork_start"]) == {"2025-02-14"}  # a real Excel date cell
    assert len(result.quarantined) == 0


def test_encyclopedia_page_imports_without_a_mapping(tmp_path):
    result = import_polls([FIXTURES / "encyclopedia_page.html"], data_dir=tmp_path, merge=False)
    rows = result.added
    assert set(rows["mapping"]) == {"encyclopedia"}
    assert set(rows["source_table"].astype(int)) == {2, 3}  # infobox, contents and "see also" tables skipped
    de = rows[rows["country"] == "DE"]
    assert len(de) == 5
    assert de["question"].nunique() == 2  # two questions in one table, named by spanning rows
    infratest = de[de["pollster"] == "Infratest dimap"].iloc[0]
    assert (infratest["fieldwork_start"], infratest["fieldwork_end"]) == ("2025-02-28", "2025-03-03")
    assert infratest["share_support"] == 43 and pd.isna(infratest["share_dont_know"])
    assert infratest["client"] == "ARD" and infratest["sample_size"] == 1321
    forsa = de[(de["pollster"] == "Forsa")]
    assert set(forsa["pollster"]) == {"Forsa"}  # footnote <sup> removed
    assert set(de["source_url"]) == {
        "https://encyclopedia.example.org/wiki/Opinion_polling_on_European_troops_in_Ukraine"
    }
    fr = rows[rows["country"] == "FR"]
    assert set(fr["question"]) == {
        "Would you be in favour of sending French troops to Ukraine to guarantee a ceasefire?"
    }
    assert fr[fr["pollster"] == "Ifop"].iloc[0]["fieldwork_start"] == "2024-12-29"
    reasons = " ".join(result.quarantined["reason"])
    assert "table 2, row 6" in reasons and "'Spring'" in reasons
    assert "table 3, row 3" in reasons and "= 107 exceeds 100" in reasons


def test_country_and_question_options_win_over_the_file(tmp_path):
    result = import_polls(
        [FIXTURES / "encyclopedia_page.html"],
        data_dir=tmp_path,
        merge=False,
        country="AT",
        question="Custom wording?",
    )
    assert set(result.added["country"]) == {"AT"}
    # a question named inside the table (spanning row, caption) is more specific than the option
    assert "Should Germany send troops to Ukraine now?" in set(result.added["question"])


def test_broken_csv_quarantines_bad_rows_naming_file_and_row_and_keeps_the_rest(tmp_path):
    result = import_polls([FIXTURES / "broken.csv"], data_dir=tmp_path, country="NO", merge=False)
    assert sorted(result.added["fieldwork_start"]) == ["2025-04-01", "2025-04-22"]
    reasons = sorted(result.quarantined["reason"])
    assert len(reasons) == 3
    assert any(r.startswith("broken.csv, row 3") and "'31 Feb 2025'" in r for r in reasons)
    assert any(r.startswith("broken.csv, row 4") and "6 cells but the header has 5" in r for r in reasons)
    assert any(r.startswith("broken.csv, row 5") and "'lots' is not a number" in r for r in reasons)
    quarantine = pd.read_csv(tmp_path / "processed" / "quarantine" / "polls_imported.csv")
    assert sorted(quarantine["source_row"]) == [3, 4, 5]


def test_unreadable_file_is_an_error_naming_it_and_other_files_still_import(tmp_path):
    result = import_polls(
        [FIXTURES / "broken.xlsx", FIXTURES / "pollster_release.csv"], data_dir=tmp_path, merge=False
    )
    assert [f.path for f in result.failed_files] == [str(FIXTURES / "broken.xlsx")]
    assert "broken.xlsx: not a readable XLSX workbook" in result.failed_files[0].error
    assert len(read_table(tmp_path / "processed" / "polls_imported.parquet")) == 8


def test_a_file_without_a_poll_table_is_an_error_suggesting_a_mapping(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><table><tr><th>Name</th><th>Age</th></tr><tr><td>A</td><td>3</td></tr></table></body></html>"
    )
    with pytest.raises(InputError, match=r"page.html: no table with poll columns.*--mapping"):
        rows_from_file(page)


def test_reimporting_a_file_replaces_its_rows_and_keeps_the_others(tmp_path):
    import_polls(
        [FIXTURES / "pollster_release.csv", FIXTURES / "encyclopedia_page.html"],
        data_dir=tmp_path,
        merge=False,
    )
    first = read_table(tmp_path / "processed" / "polls_imported.parquet")
    changed = tmp_path / "in" / "pollster_release.csv"
    changed.parent.mkdir()
    text = (FIXTURES / "pollster_release.csv").read_text().replace("41%,45%,14%", "42%,45%,13%")
    changed.write_text(text)
    import_polls([changed], data_dir=tmp_path, merge=False)
    second = read_table(tmp_path / "processed" / "polls_imported.parquet")
    assert len(second) == len(first) == 15
    assert second["poll_id"].is_unique
    row = second[(second["country"] == "DE") & (second["fieldwork_start"] == "2025-03-03")].iloc[0]
    assert row["share_support"] == 42
    quarantine = pd.read_csv(tmp_path / "processed" / "quarantine" / "polls_imported.csv")
    assert len(quarantine) == 4  # 2 per file, not duplicated by the second import
    manifest = pd.read_csv(tmp_path / "raw" / "polls" / "manifest.csv")
    assert len(manifest) == 3 and manifest["sha256"].is_unique  # both versions of the CSV kept in raw/


def test_explicit_mapping_file_is_used(tmp_path):
    mapping = tmp_path / "fmt.yml"
    mapping.write_text(
        "name: tiny\ncolumns:\n  fieldwork: Dates\n  support: Ja\n  oppose: Nein\n"
        "constants:\n  pollster: Test Institut\n  country: AT\n  question: Truppen?\n"
        "shares:\n  scale: fraction\n"
    )
    data = tmp_path / "tiny.csv"
    data.write_text("Dates;Ja;Nein\n3.–5. März 2025;0,4;0,5\nbald;0.45;0.5\n1-2 Apr 2025;0.45;0.5\n")
    fmt = load_format(mapping)
    rows, problems, report, _ = rows_from_file(data, fmt=fmt)
    assert report.tables == ["csv"]
    assert list(rows["share_support"]) == [40.0, 45.0] and set(rows["pollster"]) == {"Test Institut"}
    assert list(rows["fieldwork_start"]) == ["2025-03-03", "2025-04-01"]  # German month name, comma decimals
    assert (
        len(problems) == 1
        and "row 3" in problems.iloc[0]["reason"]
        and "'bald'" in problems.iloc[0]["reason"]
    )


def test_unknown_mapping_keys_are_rejected(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("name: x\ncolums: {}\n")
    with pytest.raises(InputError, match="unknown keys"):
        load_format(bad)


def test_cli_import_reports_counts_and_exits_3_when_something_failed(tmp_path, capsys, xlsx):
    folder = tmp_path / "polls"
    folder.mkdir()
    for name in ("pollster_release.csv", "encyclopedia_page.html", "broken.xlsx"):
        shutil.copy(FIXTURES / name, folder / name)
    shutil.copy(xlsx, folder / "merged_header.xlsx")
    code = main(["polls", "import", str(folder), "--data-dir", str(tmp_path / "data")])
    out = capsys.readouterr().out
    assert code == 3
    assert "FAILED" in out and "broken.xlsx" in out
    assert "22 rows imported, 4 quarantined, 1 of 4 files failed" in out
    merged = read_table(tmp_path / "data" / "processed" / "polls_merged.parquet")
    assert len(merged) == 22
    sources = json.loads(merged.iloc[0]["sources"])
    assert sources[0]["source_kind"] == "import"


def test_cli_rejects_an_unknown_country(tmp_path, capsys):
    code = main(
        [
            "polls",
            "import",
            str(FIXTURES / "broken.csv"),
            "--country",
            "Atlantis",
            "--data-dir",
            str(tmp_path),
        ]
    )
    assert code == 2
    assert "Atlantis" in capsys.readouterr().err


def test_mapping_can_name_several_questions_in_one_table(tmp_path):
    mapping = tmp_path / "multi.yml"
    mapping.write_text(
        "name: multi\n"
        "questions:\n"
        "  - {question: 'Troops after a ceasefire?', support: Q1 yes, oppose: Q1 no}\n"
        "  - {question: 'Troops now?', support: Q2 yes, oppose: Q2 no}\n"
        "constants: {country: DK}\n"
    )
    data = tmp_path / "multi.csv"
    data.write_text(
        "Date,Pollster,Q1 yes,Q1 no,Q2 yes,Q2 no\n"
        "21/02/2025,Voxmeter,53,30,20,70\n01/03/2025,Epinion,50,33,,\n"
    )
    rows, problems, _, _ = rows_from_file(data, fmt=load_format(mapping))
    assert problems.empty
    assert sorted(zip(rows["question"], rows["share_support"], strict=True)) == [
        ("Troops after a ceasefire?", 50.0),
        ("Troops after a ceasefire?", 53.0),
        ("Troops now?", 20.0),
    ]
    assert set(rows["country"]) == {"DK"} and set(rows["fieldwork_end"]) == {"2025-02-21", "2025-03-01"}
