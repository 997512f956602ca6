"""Cell parsers and question ids: the messy text poll tables are typed in."""

from __future__ import annotations

import doctest

import pytest

from helpers.polls import parsing, questions
from helpers.polls.parsing import CellError, clean_cell, parse_fieldwork, parse_sample_size, parse_share
from helpers.polls.questions import question_id


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("4-5 Mar 2025", None, ("2025-03-04", "2025-03-05")),
        ("28 Feb – 3 Mar", 2025, ("2025-02-28", "2025-03-03")),
        ("Mar 4–5, 2025", None, ("2025-03-04", "2025-03-05")),
        ("29 Dec 2024 – 4 Jan 2025", None, ("2024-12-29", "2025-01-04")),
        ("29 Dec – 4 Jan 2025", None, ("2024-12-29", "2025-01-04")),
        ("12–14 Feb[a]", 2025, ("2025-02-12", "2025-02-14")),
        ("2025-03-01 – 2025-03-04", None, ("2025-03-01", "2025-03-04")),
        ("04/03/2025", None, ("2025-03-04", "2025-03-04")),
        ("4 March 2025", None, ("2025-03-04", "2025-03-04")),
        ("Feb 2025", None, ("2025-02-01", "2025-02-28")),
        ("4. März 2025", None, ("2025-03-04", "2025-03-04")),
        ("n/a", 2025, (None, None)),
    ],
)
def test_fieldwork_ranges_are_read_with_year_from_context(text, year, expected):
    assert parse_fieldwork(text, default_year=year) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31 Feb 2025", "not a real calendar date"),
        ("3 Mar – 1 Mar 2025", "starts after it ends"),
        ("4-5 Mar", "no year"),
        ("Spring", "cannot read"),
    ],
)
def test_unreadable_fieldwork_raises_with_the_reason(text, message):
    with pytest.raises(CellError, match=message):
        parse_fieldwork(text)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("45%", 45.0),
        ("43%[a]", 43.0),
        ("57%*", 57.0),
        ("38 %", 38.0),
        ("37,5", 37.5),
        ("n/a", None),
        ("–", None),
        ("", None),
        (44, 44.0),
        (float("nan"), None),
    ],
)
def test_shares_lose_percent_signs_and_footnote_marks(cell, expected):
    assert parse_share(cell) == expected


def test_fraction_shares_are_scaled_to_percent_when_the_mapping_says_so():
    assert parse_share("0.45", scale="fraction") == 45.0


def test_a_share_that_is_not_a_number_is_an_error():
    with pytest.raises(CellError, match="'lots' is not a number"):
        parse_share("lots")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1,012", 1012),
        ("2 037", 2037),
        ("1.012", 1012),
        ("c. 2,000", 2000),
        ("n=1000", 1000),
        (1000.0, 1000),
        ("5,000[b]", 5000),
        ("n/a", None),
    ],
)
def test_sample_sizes_with_thousands_separators(cell, expected):
    assert parse_sample_size(cell) == expected


def test_fractional_sample_size_is_an_error():
    with pytest.raises(CellError):
        parse_sample_size("10.5")


def test_footnotes_and_blanks_are_cleaned():
    assert clean_cell("Forsa[1]") == "Forsa"
    assert clean_cell(" n/a ") is None
    assert clean_cell("Ifop†") == "Ifop"


def test_same_wording_same_question_id_and_different_wording_differs():
    a = question_id("Should Germany send troops to Ukraine now?")
    assert a == question_id("  should germany send troops to Ukraine now ")
    assert a != question_id("Should Germany send troops to Ukraine after a ceasefire?")
    assert question_id(None) is None and question_id("  ") is None


def test_doctests_of_the_parsers_pass():
    for module in (parsing, questions):
        assert doctest.testmod(module).failed == 0
