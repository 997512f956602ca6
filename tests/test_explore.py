"""The explore dashboard's logic: filtering, counts, drill-down, review, chart selection, wiring."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from helpers.explore.dashboard import build_dashboard, table_label
from helpers.explore.data import load_explore_data, open_dashboard
from helpers.explore.drilldown import (
    detail_html,
    parse_sources,
    sentence_in_context,
    split_sentences,
    statement_detail,
)
from helpers.explore.filters import UNKNOWN_COUNTRY, Filters, apply_filters, filter_options, selection_counts
from helpers.explore.picker import PICK, picker_chart
from helpers.explore.render import selected_values
from helpers.explore.review import apply_in_memory, pending_changes, revert_in_memory, save_review
from helpers.overrides import apply_overrides, load_overrides
from helpers.tables import InputError, write_table

DOC_TEXT = (
    "Leaders met in Paris on Monday. French President Emmanuel Macron said sending Western troops "
    "to Ukraine could not be ruled out. Polish Prime Minister Donald Tusk said Poland had no plans "
    "to send troops. The meeting ended late."
)


def statements() -> pd.DataFrame:
    sources = json.dumps(
        [
            {"url": "https://www.lemonde.fr/a", "outlet": "Le Monde", "published": "2024-02-27"},
            {
                "url": "https://kyivindependent.com/b",
                "outlet": "The Kyiv Independent",
                "published": "2024-02-28",
            },
        ]
    )
    return pd.DataFrame(
        {
            "statement_id": ["s1", "s2", "s3", "s4"],
            "doc_id": ["d1", "d1", "d2", "d3"],
            "date": ["2024-02-26", "2024-02-26", "2024-12-04", "2025-03-11"],
            "speaker": ["Emmanuel Macron", "Donald Tusk", "Annalena Baerbock", "Lars Løkke Rasmussen"],
            "speaker_role": ["President", "Prime Minister", "Foreign Minister", "Foreign Minister"],
            "country": ["FR", "PL", "DE", None],
            "stance": ["support", "oppose", "conditional", "conditional"],
            "deployment": ["combat_troops", "combat_troops", "peacekeepers", "peacekeepers"],
            "quote": [None, None, None, "Denmark is in principle prepared"],
            "reported_by": ["Le Monde", "Reuters", None, None],
            "sentence": [
                "French President Emmanuel Macron said sending Western troops to Ukraine "
                "could not be ruled out.",
                "Polish Prime Minister Donald Tusk said Poland had no plans to send troops.",
                "German FM Baerbock said Germany would support a peace mission.",
                "Rasmussen said Denmark is in principle prepared.",
            ],
            "url": ["https://www.lemonde.fr/a", "https://www.lemonde.fr/a", "https://dw.com/c", None],
            "outlet": ["Le Monde", "Le Monde", "DW", "Ritzau"],
            "published": ["2024-02-27", "2024-02-27", "2024-12-05", "2025-03-11"],
            "stance_cue": ["could not be ruled out", "no plans", "would support", "in principle prepared"],
            "sources": [sources, None, None, None],
            "n_sources": [2, 1, 1, 1],
        }
    )


def documents() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["d1", "d2"],
            "title": ["Paris meeting", "Baerbock"],
            "text": [DOC_TEXT, "German FM Baerbock said Germany would support a peace mission."],
        }
    )


# ---------------------------------------------------------------- filters


def test_no_filters_keep_everything_newest_first() -> None:
    out = apply_filters(statements(), Filters())
    assert list(out["statement_id"]) == ["s4", "s3", "s2", "s1"]  # same day: by speaker


def test_country_multiselect_and_unknown_country() -> None:
    assert set(apply_filters(statements(), Filters(countries=("FR", "PL")))["statement_id"]) == {"s1", "s2"}
    assert list(apply_filters(statements(), Filters(countries=(UNKNOWN_COUNTRY,)))["statement_id"]) == ["s4"]


def test_stance_and_deployment_toggles_switched_off_hide_rows() -> None:
    out = apply_filters(
        statements(), Filters(stances=("support", "conditional"), deployments=("peacekeepers",))
    )
    assert set(out["statement_id"]) == {"s3", "s4"}
    assert apply_filters(statements(), Filters(stances=())).empty


def test_date_range_is_inclusive() -> None:
    out = apply_filters(statements(), Filters(date_from="2024-02-26", date_to="2024-12-04"))
    assert set(out["statement_id"]) == {"s1", "s2", "s3"}


def test_speaker_search_ignores_case_accents_and_matches_role() -> None:
    assert list(apply_filters(statements(), Filters(speaker="macron"))["statement_id"]) == ["s1"]
    frame = statements()
    frame.loc[3, "speaker"] = "Lars Løkke Rásmussen"
    assert list(apply_filters(frame, Filters(speaker="rasmussen"))["statement_id"]) == ["s4"]
    assert set(apply_filters(statements(), Filters(speaker="foreign minister"))["statement_id"]) == {
        "s3",
        "s4",
    }


def test_outlet_search_finds_every_source_not_just_the_first() -> None:
    out = apply_filters(statements(), Filters(outlet="kyiv independent"))
    assert list(out["statement_id"]) == ["s1"]
    assert set(apply_filters(statements(), Filters(outlet="reuters"))["statement_id"]) == {"s2"}


def test_filter_options_follow_the_data() -> None:
    opts = filter_options(statements())
    assert opts.countries[-1] == UNKNOWN_COUNTRY
    assert set(opts.countries) == {"FR", "PL", "DE", UNKNOWN_COUNTRY}
    assert opts.dates == ("2024-02-26", "2024-12-04", "2025-03-11")
    assert "neutral" in opts.stances and "reassurance_force" in opts.deployments


def test_counts_describe_the_selection() -> None:
    selected = apply_filters(statements(), Filters(stances=("conditional",)))
    counts = selection_counts(selected, total=4)
    assert (counts.shown, counts.total, counts.speakers, counts.countries) == (2, 4, 2, 1)
    assert counts.by_stance["conditional"] == 2 and counts.by_stance["support"] == 0
    assert counts.text().startswith("2 of 4 statements · 2 speakers · 1 country")


# ---------------------------------------------------------------- drill-down


def test_sentence_is_shown_with_its_neighbours() -> None:
    ctx = sentence_in_context(
        DOC_TEXT, "Polish Prime Minister Donald Tusk said Poland had no plans to send troops."
    )
    assert ctx.found
    assert ctx.before.startswith("French President Emmanuel Macron")
    assert ctx.after == "The meeting ended late."


def test_sentence_with_different_spacing_or_small_edits_is_still_located() -> None:
    ctx = sentence_in_context(
        DOC_TEXT, "Polish Prime Minister  Donald Tusk said\nPoland had no plans to send troops."
    )
    assert ctx.found and ctx.after == "The meeting ended late."
    fuzzy = sentence_in_context(
        DOC_TEXT, "Polish Prime Minister Donald Tusk said Poland has no plans to send troops."
    )
    assert fuzzy.found and "Macron" in fuzzy.before
    missing = sentence_in_context(DOC_TEXT, "Something never said anywhere in this text at all.")
    assert not missing.found and missing.sentence.startswith("Something")


def test_split_sentences_keeps_every_character_of_each_sentence() -> None:
    spans = split_sentences(DOC_TEXT)
    assert [DOC_TEXT[a:b] for a, b in spans][-1] == "The meeting ended late."
    assert len(spans) == 4


def test_sources_list_every_outlet_or_fall_back_to_the_row() -> None:
    rows = statements()
    assert [s["outlet"] for s in parse_sources(rows.iloc[0])] == ["Le Monde", "The Kyiv Independent"]
    assert parse_sources(rows.iloc[2]) == [
        {"url": "https://dw.com/c", "outlet": "DW", "published": "2024-12-05", "doc_id": "d2"}
    ]


def test_detail_has_context_facts_and_links_and_escapes_text() -> None:
    frame = statements()
    frame.loc[1, "quote"] = "<script>alert(1)</script>"
    frame.loc[1, "sources"] = json.dumps(
        [{"url": "javascript:alert(1)", "outlet": "Evil"}, {"url": "https://tvn24.pl/x", "outlet": "TVN24"}]
    )
    detail = statement_detail(frame, "s2", documents())
    assert detail.context.found and detail.document_title == "Paris meeting"
    page = detail_html(detail)
    assert "<mark>Polish Prime Minister Donald Tusk" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'href="https://tvn24.pl/x"' in page and 'href="javascript' not in page
    for text in ("Prime Minister", "PL", "oppose", "combat_troops", "no plans", "2024-02-26", "Sources (2)"):
        assert text in page


def test_detail_of_unknown_statement_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="nope"):
        statement_detail(statements(), "nope")


# ---------------------------------------------------------------- review


def test_pending_changes_are_only_the_edited_fields() -> None:
    row = statements().iloc[0]
    proposed = {
        "stance": "support",
        "deployment": "trainers",
        "speaker": "Emmanuel Macron",
        "speaker_role": "President",
        "country": "fr",
        "date": "2024-02-26",
        "irrelevant": False,
    }
    assert pending_changes(row, proposed) == {"deployment": "trainers"}
    assert pending_changes(row, {"irrelevant": True}) == {"irrelevant": "true"}


def test_pending_changes_refuse_a_date_after_publication() -> None:
    with pytest.raises(InputError, match="after the article"):
        pending_changes(statements().iloc[0], {"date": "2024-03-01"})


def test_saved_review_is_what_extraction_applies(tmp_path: Path) -> None:
    path = tmp_path / "overrides" / "statements.csv"
    row = statements().iloc[1]
    rows = save_review(
        path, row, {"stance": "conditional", "country": "PL"}, note="codebook: US backstop", author="ana"
    )
    assert [r["field"] for r in rows] == ["stance"]
    assert rows[0]["previous"] == "oppose"
    applied = apply_overrides(statements(), path).set_index("statement_id")
    assert applied.loc["s2", "stance"] == "conditional"
    assert applied.loc["s2", "review_note"] == "codebook: US backstop"
    in_memory = apply_in_memory(statements(), rows).set_index("statement_id")
    assert in_memory.loc["s2", "stance"] == "conditional"
    reverted = revert_in_memory(in_memory.reset_index(), rows).set_index("statement_id")
    assert reverted.loc["s2", "stance"] == "oppose"


# ---------------------------------------------------------------- charts


def test_picker_chart_carries_statement_ids_and_a_point_selection() -> None:
    spec = picker_chart(statements()).to_dict()
    assert spec["params"][0]["name"] == PICK
    assert spec["params"][0]["select"]["fields"] == ["statement_id"]
    data = next(iter(spec["datasets"].values()))
    assert {d["statement_id"] for d in data} == {"s1", "s2", "s3", "s4"}


def test_picker_chart_of_no_rows_says_so() -> None:
    spec = picker_chart(statements().iloc[0:0]).to_dict()
    assert "No statements" in json.dumps(spec)


def test_selected_values_read_the_widgets_selection_state() -> None:
    state = {PICK: {"value": {"vlPoint": {"or": [{"statement_id": "s3"}]}}, "store": []}}
    assert selected_values(state, PICK, "statement_id") == ["s3"]
    store_only = {
        PICK: {
            "value": None,
            "store": [{"fields": [{"field": "statement_id", "type": "E"}], "values": ["s2"]}],
        }
    }
    assert selected_values(store_only, PICK, "statement_id") == ["s2"]
    assert selected_values({}, PICK, "statement_id") == []


# ---------------------------------------------------------------- the dashboard's wiring


@pytest.fixture(scope="module")
def live() -> object:
    """One dashboard with live charts (building JupyterChart's offline bundle costs ~1.5 s once)."""
    return build_dashboard(statements(), documents(), None)


def test_dashboard_counts_table_and_charts_follow_the_filters(live) -> None:
    board = live
    board.reset_filters()
    assert board.counts.value.startswith("4 of 4 statements")
    board.stance_toggles["conditional"].value = False
    assert board.counts.value.startswith("2 of 4 statements")
    assert [v for _, v in board.rows.options] == ["s2", "s1"]
    picked = {d["statement_id"] for d in next(iter(board.picker.chart.to_dict()["datasets"].values()))}
    assert picked == {"s1", "s2"}
    board.countries.value = ("PL",)
    assert board.counts.value.startswith("1 of 4 statements")
    board.reset_filters()
    board.dates.value = ("2024-12-04", "2025-03-11")
    assert {v for _, v in board.rows.options} == {"s3", "s4"}
    board.speaker.value = "baerbock"
    assert [v for _, v in board.rows.options] == ["s3"]
    board.reset_filters()


def test_clicking_a_chart_point_opens_that_statement(live) -> None:
    board = live
    board.picker._vl_selections = {
        PICK: {"value": {"vlPoint": {"or": [{"statement_id": "s3"}]}}, "store": []}
    }
    assert board.selected_id == "s3"
    assert 'data-statement-id="s3"' in board.detail.value
    assert board.rows.value == "s3"
    assert board.f_stance.value == "conditional" and board.f_country.value == "DE"


def test_table_row_selection_fills_detail_and_review_form(tmp_path: Path) -> None:
    board = build_dashboard(statements(), documents(), tmp_path / "statements.csv", live_charts=False)
    board.rows.value = "s2"
    assert "<mark>Polish Prime Minister" in board.detail.value
    assert (board.f_stance.value, board.f_deployment.value, board.f_speaker.value) == (
        "oppose",
        "combat_troops",
        "Donald Tusk",
    )


def test_review_saves_updates_view_and_undo_restores(tmp_path: Path) -> None:
    path = tmp_path / "overrides" / "statements.csv"
    board = build_dashboard(statements(), documents(), path, author="ana", live_charts=False)
    board.rows.value = "s2"
    board.f_stance.value = "conditional"
    board.f_note.value = "backstop condition in para 3"
    rows = board.save_correction()
    assert [(r["field"], r["value"], r["author"]) for r in rows] == [("stance", "conditional", "ana")]
    assert "conditional 3" in board.counts.value and "1 reviewed" in board.counts.value
    assert load_overrides(path).iloc[0]["note"] == "backstop condition in para 3"
    assert table_label(board.view.set_index("statement_id").loc["s2"]).startswith("✓")

    board.undo_last_change()
    assert load_overrides(path).empty
    assert "oppose 1" in board.counts.value and "reviewed" not in board.counts.value


def test_marking_irrelevant_removes_the_statement_until_undone(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    board = build_dashboard(statements(), documents(), path, author="ana", live_charts=False)
    board.rows.value = "s4"
    board.f_irrelevant.value = True
    board.save_correction()
    assert board.counts.value.startswith("3 of 3 statements")
    assert "s4" not in {v for _, v in board.rows.options}
    assert list(apply_overrides(statements(), path)["statement_id"]) == ["s1", "s2", "s3"]
    board.undo_last_change()
    assert board.counts.value.startswith("4 of 4 statements")


def test_invalid_correction_is_reported_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    board = build_dashboard(statements(), documents(), path, author="ana", live_charts=False)
    board.rows.value = "s1"
    board.f_country.value = "Frankreich"
    assert board.save_correction() == []
    assert "not an ISO" in board.review_status.value
    assert not path.exists()


def test_corrupt_overrides_file_is_shown_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "statements.csv"
    path.write_bytes(b"override_id,statement_id\n\xff\n")
    board = build_dashboard(statements(), documents(), path, author="ana", live_charts=False)
    board.rows.value = "s1"
    board.f_stance.value = "oppose"
    assert board.save_correction() == []
    assert "corrupt" in board.review_status.value
    assert path.read_bytes() == b"override_id,statement_id\n\xff\n"


def test_table_pages_through_long_selections() -> None:
    frame = pd.concat([statements()] * 10, ignore_index=True)
    frame["statement_id"] = [f"s{i}" for i in range(len(frame))]
    board = build_dashboard(frame, None, None, page_size=15, live_charts=False)
    assert len(board.rows.options) == 15 and board.page_label.value == "rows 1–15 of 40"
    board.next_page.click()
    board.next_page.click()
    assert len(board.rows.options) == 10 and board.next_page.disabled


# ---------------------------------------------------------------- loading


def test_missing_tables_give_a_message_naming_the_next_step(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="02_extract"):
        load_explore_data(tmp_path)
    widget = open_dashboard(tmp_path)
    assert "Nothing to explore yet" in widget.data and "stance-tracker extract" in widget.data


def test_open_dashboard_reads_the_processed_tables(tmp_path: Path) -> None:
    write_table(statements(), tmp_path / "processed", "statements")
    write_table(documents(), tmp_path / "processed", "documents")
    board = open_dashboard(tmp_path, live_charts=False)
    assert board.counts.value.startswith("4 of 4")
    assert board.overrides_path == tmp_path / "overrides" / "statements.csv"


def test_relative_data_dir_is_found_from_the_notebooks_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers.explore.data import resolve_data_dir

    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "data").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")  # where JupyterLab starts the kernel
    assert resolve_data_dir("data").resolve() == (tmp_path / "data").resolve()
    monkeypatch.chdir(tmp_path)  # where papermill runs usually start
    assert resolve_data_dir("data") == Path("data")


def test_dashboard_over_an_empty_table_says_zero_and_does_not_fail() -> None:
    board = build_dashboard(statements().iloc[0:0], None, None)
    assert board.counts.value.startswith("0 of 0 statements")
    assert board.rows.options == () and board.date_label.value == "no dates"
    board.speaker.value = "anyone"
    assert board.counts.value.startswith("0 of 0")


def test_table_line_falls_back_to_the_sentence_when_there_is_no_quote() -> None:
    row = statements().iloc[1].copy()
    row["quote"] = float("nan")
    assert "Polish Prime Minister" in table_label(row)
    assert table_label(statements().iloc[3]).rstrip().endswith("Denmark is in principle prepared")
