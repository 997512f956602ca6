"""The review corrections log: applied on every extraction, safe under concurrent writers and kills."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

import pandas as pd
import pytest

from helpers.overrides import (
    OVERRIDE_COLUMNS,
    add_override,
    add_overrides,
    apply_overrides,
    load_overrides,
    lock_path,
    undo_last,
)
from helpers.tables import InputError


def statements() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "statement_id": ["s1", "s2", "s3"],
            "speaker": ["Emmanuel Macron", "Donald Tusk", "Olaf Scholz"],
            "country": ["FR", "PL", "DE"],
            "stance": ["support", "oppose", "neutral"],
            "deployment": ["combat_troops", "peacekeepers", "other"],
            "date": ["2024-02-26", "2024-02-27", "2024-02-27"],
        }
    )


def test_absent_log_is_empty_and_applies_nothing(tmp_path: Path) -> None:
    path = tmp_path / "overrides" / "statements.csv"
    assert load_overrides(path).empty
    out = apply_overrides(statements(), path)
    assert list(out["stance"]) == ["support", "oppose", "neutral"]
    assert not out["reviewed"].any()


def test_correction_changes_value_and_marks_reviewed_with_note(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    add_override(path, "s2", "stance", "conditional", note="'only with a US backstop'", author="ana")
    out = apply_overrides(statements(), path)
    row = out.set_index("statement_id").loc["s2"]
    assert row["stance"] == "conditional"
    assert bool(row["reviewed"]) is True
    assert row["review_note"] == "'only with a US backstop'"
    assert not out.set_index("statement_id").loc["s1", "reviewed"]


def test_later_correction_wins(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    add_override(path, "s1", "deployment", "trainers", author="ana")
    add_override(path, "s1", "deployment", "reassurance_force", author="ben")
    out = apply_overrides(statements(), path)
    assert out.set_index("statement_id").loc["s1", "deployment"] == "reassurance_force"


def test_irrelevant_removes_row_and_false_brings_it_back(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    add_override(path, "s3", "irrelevant", True, author="ana")
    assert list(apply_overrides(statements(), path)["statement_id"]) == ["s1", "s2"]
    add_override(path, "s3", "irrelevant", "false", author="ana")
    assert list(apply_overrides(statements(), path)["statement_id"]) == ["s1", "s2", "s3"]


def test_override_for_missing_statement_is_kept_but_ignored(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    add_override(path, "gone", "stance", "oppose", author="ana")
    out = apply_overrides(statements(), path)
    assert len(out) == 3 and not out["reviewed"].any()
    assert list(load_overrides(path)["statement_id"]) == ["gone"]


def test_who_and_when_are_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "statements.csv"
    monkeypatch.setenv("STANCE_TRACKER_AUTHOR", "Reviewer One")
    row = add_override(path, "s1", "country", "fr", previous="DE")
    log = load_overrides(path)
    assert log.iloc[0]["author"] == "Reviewer One"
    assert log.iloc[0]["value"] == "FR"  # normalised to the schema's form
    assert log.iloc[0]["previous"] == "DE"
    assert pd.Timestamp(log.iloc[0]["created_at"]).tzinfo is not None
    assert row["created_at"] == log.iloc[0]["created_at"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("stance", "maybe"),
        ("deployment", "navy"),
        ("country", "XX"),
        ("date", "2025-02-30"),
        ("irrelevant", "perhaps"),
        ("outlet", "BBC"),
    ],
)
def test_values_extraction_would_reject_are_refused_before_writing(
    tmp_path: Path, field: str, value: str
) -> None:
    path = tmp_path / "statements.csv"
    with pytest.raises(InputError):
        add_override(path, "s1", field, value, author="ana")
    assert not path.exists()


def test_one_review_of_several_fields_is_undone_as_one(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    add_override(path, "s1", "stance", "oppose", author="ana")
    rows = add_overrides(
        path,
        "s2",
        {"stance": "support", "deployment": "trainers"},
        author="ana",
        previous={"stance": "oppose", "deployment": "peacekeepers"},
    )
    assert len({r["change_id"] for r in rows}) == 1
    removed = undo_last(path)
    assert sorted(r["field"] for r in removed) == ["deployment", "stance"]
    assert {r["previous"] for r in removed} == {"oppose", "peacekeepers"}
    log = load_overrides(path)
    assert list(log["statement_id"]) == ["s1"]
    out = apply_overrides(statements(), path).set_index("statement_id")
    assert out.loc["s2", "stance"] == "oppose" and out.loc["s1", "stance"] == "oppose"


def test_undo_by_author_leaves_other_reviewers_changes(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    add_override(path, "s1", "stance", "oppose", author="ana")
    add_override(path, "s2", "stance", "support", author="ben")
    removed = undo_last(path, author="ana")
    assert [r["author"] for r in removed] == ["ana"]
    assert list(load_overrides(path)["author"]) == ["ben"]
    assert undo_last(path, author="ana") == []


def test_undo_on_empty_log_returns_nothing(tmp_path: Path) -> None:
    assert undo_last(tmp_path / "statements.csv") == []


def test_log_written_in_the_old_seven_column_format_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    path.write_text(
        "override_id,statement_id,field,value,note,author,created_at\n"
        "a1,s1,stance,oppose,checked,ana,2025-01-01T00:00:00+00:00\n"
    )
    log = load_overrides(path)
    assert log.iloc[0]["change_id"] == "a1"
    assert apply_overrides(statements(), path).set_index("statement_id").loc["s1", "stance"] == "oppose"
    add_override(path, "s2", "stance", "support", author="ben")
    assert list(load_overrides(path)["override_id"])[0] == "a1"
    assert list(pd.read_csv(path).columns) == OVERRIDE_COLUMNS


def test_notes_with_commas_quotes_and_newlines_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    note = 'He said "not now",\nthen: "maybe later"'
    add_override(path, "s1", "stance", "neutral", note=note, author="ana")
    assert load_overrides(path).iloc[0]["note"] == note


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"override_id,statement_id,field,value,note,author,created_at\na1,s1,stance\n", "row 2"),
        (b'override_id,statement_id,field,value,note,author,created_at\na1,s1,stance,"oppose,x\n', "line"),
        (b"\xff\xfe garbage", "not UTF-8"),
        (b"", "empty"),
        (b"id,what\n1,2\n", "lacks columns"),
        (
            b"override_id,statement_id,field,value,note,author,created_at\na1,s1,colour,red,,ana,t\n",
            "unknown field",
        ),
    ],
)
def test_corrupt_log_is_a_clear_error_and_is_never_overwritten(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "statements.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=expected) as info:
        load_overrides(path)
    assert str(path) in str(info.value)
    with pytest.raises(InputError):
        add_override(path, "s1", "stance", "oppose", author="ana")
    with pytest.raises(InputError):
        undo_last(path)
    with pytest.raises(InputError):
        apply_overrides(statements(), path)
    assert path.read_bytes() == content


def test_failed_write_leaves_previous_log_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "statements.csv"
    add_override(path, "s1", "stance", "oppose", author="ana")
    before = path.read_bytes()

    def die(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the kernel being interrupted mid-write

    monkeypatch.setattr("os.replace", die)
    with pytest.raises(KeyboardInterrupt):
        add_override(path, "s2", "stance", "support", author="ana")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def _writer(path: str, worker: int, n: int) -> None:
    for i in range(n):
        add_override(Path(path), f"w{worker}-{i}", "stance", "support", author=f"proc{worker}")


def test_concurrent_processes_lose_no_corrections(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(str(path), w, 15)) for w in range(4)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=120)
        assert p.exitcode == 0
    log = load_overrides(path)
    assert len(log) == 60
    assert log["override_id"].is_unique
    assert set(log["statement_id"]) == {f"w{w}-{i}" for w in range(4) for i in range(15)}
    assert lock_path(path).exists()


def test_concurrent_threads_lose_no_corrections(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    threads = [threading.Thread(target=_writer, args=(str(path), w, 20)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(load_overrides(path)) == 80
