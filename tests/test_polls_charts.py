"""Polls over time: valid Vega-Lite for 0, 1, 2 and 500 polls, honest captions, a sampling band."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from helpers.charts.polls import polls_caption, polls_over_time
from helpers.polls.trend import kernel_trend, poll_points


def make_polls(n: int, *, seed: int = 0, countries=("DE", "FR", "PL")) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    end = pd.Timestamp("2024-03-01") + pd.to_timedelta(rng.integers(0, 600, n), unit="D")
    return pd.DataFrame(
        {
            "poll_id": [f"p{i}" for i in range(n)],
            "country": rng.choice(list(countries), n),
            "pollster": rng.choice(["Forsa", "Ifop", "CBOS", "YouGov"], n),
            "share_support": rng.uniform(20, 60, n).round(),
            "share_oppose": rng.uniform(20, 60, n).round(),
            "sample_size": rng.choice([1000.0, 2000.0, np.nan], n),
            "question": rng.choice(["Send troops to secure a ceasefire?", "Send troops now?"], n),
            "fieldwork_start": (end - pd.Timedelta(days=2)).strftime("%Y-%m-%d"),
            "fieldwork_end": end.strftime("%Y-%m-%d"),
            "date": (end + pd.Timedelta(days=2)).strftime("%Y-%m-%d"),
        }
    )


def _layers(spec: dict) -> list[dict]:
    """Every single-view spec inside a (v)concat/layer spec."""
    out = []
    for key in ("vconcat", "concat", "layer"):
        for part in spec.get(key, []):
            out.extend(
                _layers(part) if ("layer" in part or "vconcat" in part or "concat" in part) else [part]
            )  # noqa: E501
    return out


@pytest.mark.parametrize("n", [0, 1, 2, 500])
def test_chart_validates_for_0_1_2_and_500_polls(n):
    chart = polls_over_time(make_polls(n), title="Troops to Ukraine: polls")
    spec = chart.to_dict()  # validates against the Vega-Lite schema
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    json.dumps(spec)
    assert isinstance(polls_caption(make_polls(n)), str)


def test_no_polls_says_so():
    spec = polls_over_time(pd.DataFrame()).to_dict()
    assert "No polls" in json.dumps(spec)
    assert polls_caption(pd.DataFrame()).startswith("No polls")


def test_one_poll_shows_the_point_and_says_no_trend_can_be_drawn():
    polls = make_polls(1)
    spec = polls_over_time(polls).to_dict()
    assert "no trend can be drawn" in json.dumps(spec["title"]).lower()
    marks = [layer["mark"]["type"] for layer in _layers(spec)]
    assert marks == ["point"]
    assert "no trend can be drawn" in polls_caption(polls)


def test_points_sit_at_the_fieldwork_midpoint_or_say_they_use_the_publication_date():
    polls = pd.DataFrame(
        [
            {
                "poll_id": "a",
                "country": "DE",
                "pollster": "Forsa",
                "share_support": 46.0,
                "share_oppose": 44.0,
                "fieldwork_start": "2025-03-01",
                "fieldwork_end": "2025-03-05",
                "date": "2025-03-09",
                "question": "Q?",
            },
            {
                "poll_id": "b",
                "country": "DE",
                "pollster": "Ifop",
                "share_support": 40.0,
                "share_oppose": None,
                "fieldwork_start": None,
                "fieldwork_end": None,
                "date": "2025-04-02",
                "question": "Q?",
            },
        ]
    )
    points = poll_points(polls)
    assert list(points["midpoint"].dt.strftime("%Y-%m-%d")) == ["2025-03-03", "2025-04-02", "2025-03-03"]
    assert list(points["date_basis"]) == ["fieldwork midpoint", "publication date", "fieldwork midpoint"]
    assert "1 poll without fieldwork dates placed at the publication date" in polls_caption(polls)


def test_caption_counts_polls_and_pollsters_and_states_the_trend_method():
    polls = make_polls(500)
    caption = polls_caption(polls)
    assert caption.startswith("Based on 500 polls by 4 pollsters")
    assert "Gaussian-kernel weighted average" in caption and "sample size" in caption
    assert "grouped by question: 2 groups" in caption


def test_question_wordings_are_told_apart_by_shape_and_trended_separately():
    spec = polls_over_time(make_polls(500)).to_dict()
    layers = _layers(spec)
    points = [layer for layer in layers if layer["mark"]["type"] == "point"]
    assert points and all(layer["encoding"]["shape"]["field"] == "question_label" for layer in points)
    lines = [layer for layer in layers if layer["mark"]["type"] == "line"]
    assert lines and all(layer["encoding"]["strokeDash"]["field"] == "question_label" for layer in lines)
    assert any(layer["mark"]["type"] == "area" for layer in layers)  # the sampling band
    trend = kernel_trend(poll_points(make_polls(500)))
    assert trend.groupby(["country", "question_key"]).ngroups == 6  # 3 countries x 2 wordings


def test_band_is_the_pooled_sampling_error_when_polls_coincide():
    # four polls of 1,000 at 50% within two days: the band should be that of one 4,000 sample
    polls = pd.DataFrame(
        {
            "poll_id": list("abcd"),
            "country": "DE",
            "pollster": ["A", "B", "C", "D"],
            "share_support": 50.0,
            "share_oppose": 40.0,
            "sample_size": 1000.0,
            "question": "Q?",
            "fieldwork_start": ["2025-03-01", "2025-03-01", "2025-03-03", "2025-03-03"],
            "fieldwork_end": ["2025-03-01", "2025-03-01", "2025-03-03", "2025-03-03"],
            "date": "2025-03-05",
        }
    )
    trend = kernel_trend(poll_points(polls))
    support = trend[trend["measure"] == "Support"]
    half = (support["upper"] - support["lower"]) / 2
    expected = 1.96 * np.sqrt(0.5 * 0.5 / 4000) * 100
    assert np.allclose(support["trend"], 50.0)
    assert np.allclose(half, expected, rtol=0.02)
    bigger = kernel_trend(poll_points(polls.assign(sample_size=4000.0)))
    big_half = (bigger["upper"] - bigger["lower"]) / 2
    assert np.allclose(big_half[bigger["measure"] == "Support"], expected / 2, rtol=0.02)


def test_no_band_without_sample_sizes_and_no_trend_with_too_few_polls():
    polls = make_polls(40, countries=("DE",)).assign(sample_size=np.nan, question="Q?")
    trend = kernel_trend(poll_points(polls))
    assert not trend.empty and trend["lower"].isna().all()
    assert "No band is drawn because no poll gives its sample size" in polls_caption(polls)
    few = make_polls(3, countries=("DE",)).assign(question="Q?")
    assert kernel_trend(poll_points(few)).empty
    assert "No trend is drawn" in polls_caption(few)


def test_trend_does_not_bridge_long_gaps_between_polls():
    dates = ["2024-01-01", "2024-01-10", "2024-01-20", "2025-06-01", "2025-06-10", "2025-06-20"]
    polls = pd.DataFrame(
        {
            "poll_id": [f"p{i}" for i in range(6)],
            "country": "FR",
            "pollster": "Ifop",
            "share_support": 50.0,
            "share_oppose": 40.0,
            "sample_size": 1000.0,
            "question": "Q?",
            "fieldwork_start": dates,
            "fieldwork_end": dates,
            "date": dates,
        }
    )
    trend = kernel_trend(poll_points(polls))
    support = trend[trend["measure"] == "Support"]
    assert support["segment"].nunique() == 2
    assert not ((support["midpoint"] > "2024-03-21") & (support["midpoint"] < "2025-04-02")).any()


def test_an_international_body_is_named_in_the_panel_title_and_the_caption():
    """Country names come from query.country_name, the one naming every table uses: an EU-wide poll
    (country `EU`) reads "European Union", not the bare code."""
    polls = make_polls(12, countries=("EU", "DE"))
    polls.loc[polls["country"] == "EU", "question"] = "Send troops now?"
    spec = json.dumps(polls_over_time(polls).to_dict())
    assert "European Union (" in spec and '"EU (' not in spec
    one = polls_caption(make_polls(1, countries=("EU",)))
    assert "European Union" in one and ", EU," not in one
