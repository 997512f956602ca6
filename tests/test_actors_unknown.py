"""`stance-tracker actors unknown`: who the extractor met that the actors table does not know."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.cli import main

COLUMNS = ["doc_id", "date", "speaker", "speaker_role", "country", "url", "sentence", "speaker_in_table"]


def _statements(tmp_path, rows, name="statements.csv"):
    frame = pd.DataFrame(rows, columns=COLUMNS)
    path = tmp_path / name
    if name.endswith(".parquet"):  # parquet keeps a real boolean column, as the extractor writes it
        frame["speaker_in_table"] = frame["speaker_in_table"].map(lambda v: v is True or v == "True")
        frame.to_parquet(path, index=False)
    else:
        frame.to_csv(path, index=False)
    return path


ROWS = [
    (
        "d1",
        "2025-03-02",
        "Peter Dutton",
        "Opposition Leader",
        "AU",
        "https://a.example/1",
        "Peter Dutton said sending troops was not for Australia.",
        False,
    ),
    (
        "d2",
        "2025-03-05",
        "Peter Dutton",
        "Opposition Leader",
        "AU",
        "https://a.example/2",
        "Dutton repeated that no troops should go.",
        False,
    ),
    (
        "d3",
        "2025-02-20",
        "Volodymyr Zelinskyy",
        "President",
        "UA",
        "https://b.example/3",
        "Volodymyr Zelinskyy said a European contingent was needed.",
        False,
    ),
    (
        "d4",
        "2025-02-21",
        "Emmanuel Macron",
        "President",
        "FR",
        "https://c.example/4",
        "Macron said troops could be sent.",
        True,
    ),
    (
        "d5",
        "2025-02-22",
        "Jake Sullivan",
        None,
        "US",
        "https://d.example/5",
        "Jake Sullivan said no US troops would go.",
        "False",
    ),
]


def test_lists_unknown_speakers_with_counts_dates_and_closest_names(tmp_path, capsys):
    path = _statements(tmp_path, ROWS)
    out = tmp_path / "unknown.csv"
    assert main(["actors", "unknown", "--statements", str(path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    result = pd.read_csv(out, keep_default_na=False)
    assert list(result["speaker"]) == ["Peter Dutton", "Jake Sullivan", "Volodymyr Zelinskyy"]
    dutton = result.iloc[0]
    assert dutton["count"] == 2
    assert dutton["countries"] == "AU"
    assert dutton["roles"] == "Opposition Leader"
    assert (dutton["first_date"], dutton["last_date"]) == ("2025-03-02", "2025-03-05")
    assert dutton["example_url"] == "https://a.example/1"
    assert "Macron" not in set(result["speaker"])  # in the table: not listed
    zelinskyy = result[result["speaker"] == "Volodymyr Zelinskyy"].iloc[0]
    assert zelinskyy["closest"].startswith("Volodymyr Zelensky (")
    assert "Peter Dutton" in printed and "closest in table" in printed


def test_min_count_keeps_only_speakers_quoted_often_enough(tmp_path):
    path = _statements(tmp_path, ROWS, "statements.parquet")
    out = tmp_path / "unknown.csv"
    assert main(["actors", "unknown", "--statements", str(path), "--min-count", "2", "--out", str(out)]) == 0
    assert list(pd.read_csv(out)["speaker"]) == ["Peter Dutton"]


def test_reads_the_data_dir_statements_by_default(tmp_path, capsys):
    processed = tmp_path / "processed"
    processed.mkdir()
    _statements(processed, ROWS, "statements.parquet")
    assert main(["actors", "unknown", "--data-dir", str(tmp_path)]) == 0
    assert "Jake Sullivan" in capsys.readouterr().out


def test_missing_statements_is_exit_2_naming_the_file(tmp_path, capsys):
    assert main(["actors", "unknown", "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path / "processed" / "statements.parquet") in err
    missing = tmp_path / "nope.csv"
    assert main(["actors", "unknown", "--statements", str(missing)]) == 2
    assert str(missing) in capsys.readouterr().err


def test_statements_without_the_needed_columns_are_exit_2(tmp_path, capsys):
    path = tmp_path / "statements.csv"
    pd.DataFrame({"speaker": ["X Y"]}).to_csv(path, index=False)
    assert main(["actors", "unknown", "--statements", str(path)]) == 2
    assert "speaker_in_table" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["organisation", "unnamed"])
def test_non_people_are_left_out_when_the_type_is_known(tmp_path, kind):
    frame = pd.DataFrame(ROWS, columns=COLUMNS)
    frame["speaker_type"] = "person"
    frame.loc[frame["speaker"] == "Jake Sullivan", "speaker_type"] = kind
    path = tmp_path / "statements.csv"
    frame.to_csv(path, index=False)
    out = tmp_path / "unknown.csv"
    assert main(["actors", "unknown", "--statements", str(path), "--out", str(out)]) == 0
    assert "Jake Sullivan" not in set(pd.read_csv(out)["speaker"])
