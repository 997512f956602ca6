"""Small processed tables (statements, polls, documents) for the report tests and benchmark, built inline.

They follow the data contract (helpers.schemas) and include one hostile document whose
title, quote and URL try to inject markup, for the XSS checks.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from helpers.tables import write_table

XSS_TITLE = 'Leaders meet</script><script>window.__xss=1</script><img src=x onerror="window.__xss=2">'
XSS_QUOTE = '</script><img src=x onerror="window.__xss=3"> we will <b>never</b> send troops & that is final'

_ROWS = [
    # doc_id, date, speaker, role, country, stance, deployment, quote, outlet, url
    (
        "d1",
        "2024-02-26",
        "Emmanuel Macron",
        "President",
        "FR",
        "support",
        "combat_troops",
        "Nothing should be excluded",
        "Le Monde",
        "https://example.org/fr-1",
    ),
    (
        "d2",
        "2024-02-27",
        "Olaf Scholz",
        "Chancellor",
        "DE",
        "oppose",
        "combat_troops",
        "There will be no ground troops",
        "Reuters",
        "https://example.org/de-1",
    ),
    (
        "d3",
        "2024-06-06",
        "Joe Biden",
        "President",
        "US",
        "oppose",
        "trainers",
        "expressed concern",
        "AP",
        "https://example.org/us-1",
    ),
    (
        "d4",
        "2024-12-04",
        "Annalena Baerbock",
        "Foreign Minister",
        "DE",
        "conditional",
        "peacekeepers",
        None,
        "DW",
        "https://example.org/de-2",
    ),
    (
        "d5",
        "2025-02-17",
        "Keir Starmer",
        "Prime Minister",
        "GB",
        "support",
        "peacekeepers",
        "ready and willing to put our own troops on the ground",
        "BBC",
        "https://example.org/gb-1",
    ),
    (
        "d6",
        "2025-03-11",
        "Lars Løkke Rasmussen",
        "Foreign Minister",
        "DK",
        "conditional",
        "peacekeepers",
        "Denmark is in principle prepared",
        "Kyiv Independent",
        "https://example.org/dk-1",
    ),
    (
        "d7",
        "2025-03-15",
        "Giorgia Meloni",
        "Prime Minister",
        "IT",
        "oppose",
        "reassurance_force",
        "not a priority",
        "ANSA",
        "https://example.org/it-1",
    ),
    (
        "d8",
        "2025-03-20",
        "Mark Rutte",
        "Secretary General",
        "NATO",
        "neutral",
        "other",
        "too early to discuss",
        "NATO",
        "https://example.org/nato-1",
    ),
    (
        "dx",
        "2025-04-01",
        "Olaf Scholz",
        "Chancellor",
        "DE",
        "neutral",
        "peacekeepers",
        XSS_QUOTE,
        "Evil <b>Outlet</b>",
        "javascript:window.__xss=4",
    ),
]


def statements_frame(rows: list[tuple] | None = None) -> pd.DataFrame:
    rows = _ROWS if rows is None else rows
    frame = pd.DataFrame(
        rows,
        columns=[
            "doc_id",
            "date",
            "speaker",
            "speaker_role",
            "country",
            "stance",
            "deployment",
            "quote",
            "outlet",
            "url",
        ],
    )
    frame.insert(0, "statement_id", [f"st-{i:04d}" for i in range(len(frame))])
    frame["reported_by"] = frame["outlet"]
    frame["sentence"] = frame["quote"].fillna("(paraphrase)")
    frame["published"] = frame["date"]
    return frame


def synthetic_statements(n: int, seed: int = 7) -> pd.DataFrame:
    """n statements spread over two years, a dozen countries, every stance and deployment."""
    rng = np.random.default_rng(seed)
    countries = ["FR", "DE", "GB", "PL", "DK", "SE", "IT", "ES", "NL", "EE", "US", "NATO"]
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 720, n), unit="D")
    frame = pd.DataFrame(
        {
            "doc_id": [f"doc-{i % max(1, n // 3):05d}" for i in range(n)],
            "date": days.strftime("%Y-%m-%d"),
            "speaker": [f"Speaker {k}" for k in rng.integers(0, 150, n)],
            "speaker_role": rng.choice(["Prime Minister", "Defence Minister", "Foreign Minister"], n),
            "country": rng.choice(countries, n),
            "stance": rng.choice(["support", "conditional", "neutral", "oppose"], n),
            "deployment": rng.choice(
                ["peacekeepers", "trainers", "combat_troops", "reassurance_force", "other"], n
            ),
            "quote": [
                f"Quote number {i} about sending troops to Ukraine, with some length to it." for i in range(n)
            ],
            "outlet": rng.choice(["Reuters", "AP", "BBC", "Le Monde"], n),
        }
    )
    frame["url"] = "https://example.org/" + frame["doc_id"]
    return statements_frame(list(frame.itertuples(index=False, name=None)))


def polls_frame() -> pd.DataFrame:
    rows = [
        ("p1", "d6", "2025-02-21", "DK", "Voxmeter for Ritzau", 53.0, None, 1000.0),
        ("p2", "d6", "2025-03-10", "DK", "Voxmeter for Ritzau", 49.0, 31.0, 1020.0),
        ("p3", "d5", "2025-03-01", "GB", "YouGov", 50.0, 30.0, 2100.0),
    ]
    frame = pd.DataFrame(
        rows,
        columns=[
            "poll_id",
            "doc_id",
            "date",
            "country",
            "pollster",
            "share_support",
            "share_oppose",
            "sample_size",
        ],
    )
    frame["question"] = "in favour of sending peacekeepers to Ukraine"
    frame["reported_by"] = "Kyiv Independent"
    frame["sentence"] = "A poll found ..."
    frame["url"] = "https://example.org/poll"
    frame["outlet"] = "Kyiv Independent"
    frame["published"] = frame["date"]
    frame["source_kind"] = "news"
    return frame


def documents_frame(statements: pd.DataFrame) -> pd.DataFrame:
    docs = statements.drop_duplicates("doc_id")[["doc_id", "url", "outlet", "date"]].rename(
        columns={"date": "published"}
    )
    docs["title"] = ["Article " + d for d in docs["doc_id"]]
    docs.loc[docs["doc_id"] == "dx", "title"] = XSS_TITLE
    docs["text"] = "text"
    return docs.reset_index(drop=True)


def write_processed(
    data_dir: Path, statements: pd.DataFrame | None = None, polls: pd.DataFrame | None = None
) -> Path:
    """Write processed/{statements,polls,documents} into data_dir; return it."""
    statements = statements_frame() if statements is None else statements
    processed = Path(data_dir) / "processed"
    write_table(statements, processed, "statements")
    write_table(polls_frame() if polls is None else polls, processed, "polls")
    write_table(documents_frame(statements), processed, "documents")
    return Path(data_dir)


def test_fixture_tables_follow_the_data_contract(tmp_path):
    """The report tests are only meaningful if their tables are ones extraction could produce."""
    from helpers.schemas import validate_or_quarantine

    statements = synthetic_statements(200)
    for frame, table in (
        (statements_frame(), "statements"),
        (statements, "statements"),
        (polls_frame(), "polls"),
        (documents_frame(statements_frame()), "documents"),
    ):
        valid, bad = validate_or_quarantine(frame, table, tmp_path)
        assert bad.empty, bad[["reason"]].to_dict("records")
        assert len(valid) == len(frame)
