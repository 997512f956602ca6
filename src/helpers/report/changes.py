"""What changed since the previous report run, and where each country stands now.

A weekly run is read by people who saw last week's. Each run leaves, beside its report, the ids
it showed (`data/statements_seen.csv`, `data/polls_seen.csv`); the next run in the same
`reports/` folder compares with the newest earlier successful run and lists the statements and
polls that are new, and the countries whose latest stance changed. Runs made before these files
existed are read from their `timeline.csv` / `polls.csv` when those carry the ids.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import labels as topic_labels
from helpers.charts.statements import country_name, prepare_statements, safe_link
from helpers.polls.trend import MEASURES
from helpers.topics import Topic

SEEN_STATEMENTS = "statements_seen.csv"
SEEN_POLLS = "polls_seen.csv"
SEEN_COLUMNS = ["statement_id", "date", "country", "stance"]
MAX_LISTED = 30


@dataclass
class PreviousRun:
    """The ids an earlier run showed (None: that run did not record them)."""

    run_id: str
    finished_at: str
    statements: pd.DataFrame | None = None
    poll_ids: set[str] | None = None


@dataclass
class Changes:
    previous: PreviousRun | None
    new_statements: pd.DataFrame = field(default_factory=pd.DataFrame)
    moved: pd.DataFrame = field(default_factory=pd.DataFrame)
    new_polls: pd.DataFrame = field(default_factory=pd.DataFrame)
    statements_known: bool = (
        True  # False: a large window (sections.LARGE_ROWS) did not compare its statements
    )


def _e(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def write_seen(statements: pd.DataFrame | None, polls: pd.DataFrame, out_dir: str | Path) -> None:
    """Record the statement and poll ids this run shows, for the next run to compare with
    (statements None: not recorded, and the next run says so rather than calling every row new)."""
    target = Path(out_dir) / "data"
    target.mkdir(parents=True, exist_ok=True)
    if statements is not None:
        statements.reindex(columns=SEEN_COLUMNS).to_csv(target / SEEN_STATEMENTS, index=False)
    polls.reindex(columns=["poll_id"]).dropna().to_csv(target / SEEN_POLLS, index=False)


def _read_ids(path: Path, columns: list[str]) -> pd.DataFrame | None:
    if not path.exists():
        return None
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError):
        return None
    return frame if set(columns) <= set(frame.columns) else None


def list_runs(reports: Path) -> list[dict[str, Any]]:
    """The runs of a reports folder (their manifest.json, with the folder name as `_dir`), newest first."""
    runs = []
    for manifest in reports.glob("*/manifest.json"):
        if manifest.parent.is_symlink() or manifest.parent.name.startswith("."):
            continue
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        data["_dir"] = manifest.parent.name
        runs.append(data)
    return sorted(runs, key=lambda r: (str(r.get("finished_at", "")), r["_dir"]), reverse=True)


def previous_run(reports: str | Path, current_run_id: str) -> PreviousRun | None:
    """The newest successful run in `reports` other than `current_run_id`, with what it showed."""
    reports = Path(reports)
    if not reports.is_dir():
        return None
    for run in list_runs(reports):
        if run["_dir"] == current_run_id or run.get("status") != "ok":
            continue
        data = reports / run["_dir"] / "data"
        statements = _read_ids(data / SEEN_STATEMENTS, ["statement_id"])
        if statements is None:  # an older run: its timeline CSV lists every statement when not aggregated
            statements = _read_ids(data / "timeline.csv", ["statement_id", "date", "stance"])
        polls = _read_ids(data / SEEN_POLLS, ["poll_id"])
        if polls is None:
            polls = _read_ids(data / "polls.csv", ["poll_id"])
        return PreviousRun(
            run_id=str(run["_dir"]),
            finished_at=str(run.get("finished_at", "")),
            statements=statements,
            poll_ids=set(polls["poll_id"]) if polls is not None else None,
        )
    return None


def _latest_by_country(frame: pd.DataFrame) -> pd.DataFrame:
    """Each country's latest statement (by date, then statement_id), from rows with country, date, stance."""
    rows = frame[frame["country"].notna() & (frame["country"].astype(str) != "")].copy()
    if rows.empty:
        return rows
    rows["country"] = rows["country"].astype(str)
    rows = rows.sort_values(["country", "date", "statement_id"], kind="stable")
    return rows.groupby("country").tail(1).set_index("country")


def compare(
    statements: pd.DataFrame | None,
    polls: pd.DataFrame,
    previous: PreviousRun | None,
    topic: Topic | None = None,
) -> Changes:
    """New statements and polls, and countries whose latest stance differs from the previous run's.

    `statements` None: a large window whose statement ids are not compared; only polls are compared."""
    if previous is None:
        return Changes(previous=None)
    changes = Changes(previous=previous, statements_known=statements is not None)
    frame = prepare_statements(statements if statements is not None else pd.DataFrame(), topic)
    if previous.statements is not None and len(frame):
        known = set(previous.statements["statement_id"].astype(str))
        changes.new_statements = frame[~frame["statement_id"].astype(str).isin(known)].sort_values(
            ["date", "country_name"], ascending=[False, True], kind="stable"
        )
        if "country" in previous.statements.columns:
            before = _latest_by_country(previous.statements)
            now = _latest_by_country(frame)
            both = now.join(before[["stance", "date"]].add_suffix("_before"), how="inner")
            changes.moved = both[both["stance"] != both["stance_before"]].reset_index()
    if previous.poll_ids is not None and "poll_id" in polls.columns:
        changes.new_polls = polls[~polls["poll_id"].astype(str).isin(previous.poll_ids)]
    return changes


def label_chip(name: object, topic: Topic | None = None, dimension: str = "stance") -> str:
    """A label with its topic colour as a small chip (the name is always written: colour is never alone)."""
    labels = (
        topic_labels.stance_labels(topic) if dimension == "stance" else topic_labels.deployment_labels(topic)
    )
    text = _e(name)
    if labels is None or not text:
        return text
    colour = labels.colours.get(str(name))
    if colour is None:
        return text
    return (
        f'<span class="chip" style="background:{html.escape(colour)};'
        f'color:{topic_labels.text_colour_on(colour)}">{_e(topic_labels.readable(str(name)))}</span>'
    )


def changes_section(changes: Changes, topic: Topic | None = None) -> str:
    """The "new since the last run" section as escaped HTML."""
    head = '<div class="stance-report" id="changes-section"><h2 id="changes">New since the last run</h2>'
    if changes.previous is None:
        return head + "<p>No earlier run in this reports folder: nothing to compare with yet.</p></div>"
    prev = changes.previous
    n_new = len(changes.new_statements)
    counted = []
    if changes.statements_known and prev.statements is not None:
        n_moved = len(changes.moved)
        counted += [
            f"{n_new:,} new statement{'s' if n_new != 1 else ''}",
            f"{n_moved:,} {'countries' if n_moved != 1 else 'country'} whose latest stance changed",
        ]
    if prev.poll_ids is not None:
        counted.append(f"{len(changes.new_polls):,} new poll{'s' if len(changes.new_polls) != 1 else ''}")
    parts = [
        f"<p>Compared with run <b>{_e(prev.run_id)}</b> (finished {_e(prev.finished_at)})"
        + (f": {', '.join(counted)}." if counted else ".")
        + "</p>"
    ]
    if prev.statements is None:
        parts.append("<p>The earlier run did not record its statements; new statements cannot be told.</p>")
    elif not changes.statements_known:
        parts.append(
            "<p>This report aggregates its statements (too many to list), so new statements and "
            "stance changes are not compared; polls are.</p>"
        )
    if len(changes.moved):
        rows = "".join(
            f'<tr><th scope="row">{_e(country_name(r.country))}</th><td>{label_chip(r.stance_before, topic)} '
            f"({_e(r.date_before)})</td><td>{label_chip(r.stance, topic)} ({_e(r.date)})</td>"
            f"<td>{_e(r.speaker)}</td></tr>"
            for r in changes.moved.itertuples()
        )
        parts.append(
            '<h3>Latest stance changed</h3><table class="changes-moved"><thead><tr>'
            '<th scope="col">country</th>'
            '<th scope="col">before</th><th scope="col">now</th><th scope="col">latest speaker</th></tr>'
            f"</thead><tbody>{rows}</tbody></table>"
        )
    if n_new:
        shown = changes.new_statements.head(MAX_LISTED)
        rows = "".join(
            f"<tr><td>{_e(r.date)}</td><td>{_e(r.speaker)}</td><td>{_e(r.country_name)}</td>"
            f"<td>{label_chip(r.stance, topic)}</td><td>{_e(r.quote_short)}</td></tr>"
            for r in shown.itertuples()
        )
        more = (
            f"<p>… and {n_new - len(shown):,} more: sort the statements table by date to see them.</p>"
            if n_new > len(shown)
            else ""
        )
        parts.append(
            f'<h3>New statements</h3><table class="changes-new"><thead><tr><th scope="col">date</th>'
            '<th scope="col">speaker</th><th scope="col">country</th><th scope="col">stance</th>'
            f'<th scope="col">quote</th></tr></thead><tbody>{rows}</tbody></table>{more}'
        )
    if len(changes.new_polls):
        polls = changes.new_polls.head(MAX_LISTED)
        in_favour, against = MEASURES  # the poll table's share columns, in favour then against
        rows = "".join(
            f"<tr><td>{_e(r.get('date'))}</td><td>{_e(country_name(r.get('country')))}</td><td>{_e(r.get('pollster'))}</td>"
            f"<td>{_e(r.get(in_favour))}</td><td>{_e(r.get(against))}</td></tr>"
            for r in polls.to_dict("records")
        )
        parts.append(
            '<h3>New polls</h3><table class="changes-polls"><thead><tr><th scope="col">date</th>'
            '<th scope="col">country</th><th scope="col">pollster</th><th scope="col">% in favour</th>'
            f'<th scope="col">% against</th></tr></thead><tbody>{rows}</tbody></table>'
        )
    return head + "".join(parts) + "</div>"


def country_summary(statements: pd.DataFrame, topic: Topic | None = None) -> pd.DataFrame:
    """Per country: latest stance, its date, speaker and source, the stance before it and when it moved."""
    cols = [
        "country",
        "country_name",
        "stance",
        "date",
        "speaker",
        "outlet",
        "link",
        "previous",
        "moved_on",
        "first_stance",
        "n",
    ]
    frame = prepare_statements(statements, topic)
    frame = frame[frame["country"].notna() & (frame["country"].astype(str) != "")]
    if frame.empty:
        return pd.DataFrame(columns=cols)
    frame = frame.sort_values(["country", "day", "statement_id"], kind="stable")
    out = []
    for code, group in frame.groupby("country", sort=False):
        latest = group.iloc[-1]
        differs = group[group["stance"] != latest["stance"]]
        previous = differs.iloc[-1] if len(differs) else None
        # the move: the first statement with the latest stance after the last differing one
        moved_on = (
            group[group["day"] > previous["day"]].iloc[0]["date"]
            if previous is not None and (group["day"] > previous["day"]).any()
            else ""
        )
        out.append(
            {
                "country": code,
                "country_name": latest["country_name"],
                "stance": latest["stance"],
                "date": latest["date"],
                "speaker": latest["speaker"],
                "outlet": latest["outlet"],
                "link": latest["link"],
                "previous": previous["stance"] if previous is not None else "",
                "moved_on": moved_on,
                "first_stance": group.iloc[0]["stance"],
                "n": len(group),
            }
        )
    return pd.DataFrame(out, columns=cols).sort_values("country_name").reset_index(drop=True)


def summary_from_latest(latest: pd.DataFrame) -> pd.DataFrame:
    """The country summary from a latest-per-country table (the map's: country, country_name, stance,
    speaker, date, n), for large windows: no source and no movement (marked "not computed")."""
    out = latest.reindex(columns=["country", "country_name", "stance", "date", "speaker", "n"]).copy()
    out["outlet"], out["link"], out["previous"], out["moved_on"] = "", None, "", ""
    out["first_stance"] = None  # not computed: the summary says so
    return out.sort_values("country_name").reset_index(drop=True)


def country_summary_section(summary: pd.DataFrame, topic: Topic | None = None) -> str:
    """The per-country summary as an escaped HTML table."""
    head = (
        '<div class="stance-report" id="countries-section"><h2 id="countries">Where each country stands</h2>'
        '<p class="caption">The latest statement per country in this window, its source, and how the '
        "country's stance moved: the stance before the latest one and when it changed.</p>"
    )
    if summary.empty:
        return head + "<p>No statements by countries in this window.</p></div>"
    rows = []
    for r in summary.itertuples():
        link = safe_link(r.link)
        source = (
            f'<a href="{html.escape(link)}" rel="noopener noreferrer">{_e(r.outlet) or _e(link)}</a>'
            if link
            else _e(r.outlet)
        )
        if r.previous:
            moved = (
                f"from {label_chip(r.previous, topic)} to {label_chip(r.stance, topic)} on {_e(r.moved_on)}"
            )
        elif r.first_stance is None:
            moved = "not computed (aggregated report)"
        else:
            moved = "unchanged" + (" (one statement)" if r.n == 1 else f" across {r.n:,} statements")
        rows.append(
            f'<tr><th scope="row">{_e(r.country_name)}</th><td>{label_chip(r.stance, topic)}</td>'
            f"<td>{_e(r.date)}</td><td>{_e(r.speaker)}</td><td>{source}</td><td>{moved}</td>"
            f"<td>{r.n:,}</td></tr>"
        )
    return (
        head + '<table class="country-summary"><thead><tr><th scope="col">country</th>'
        '<th scope="col">latest stance</th><th scope="col">date</th><th scope="col">speaker</th>'
        '<th scope="col">source</th><th scope="col">how it moved</th><th scope="col">statements</th></tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def seen_manifest(changes: Changes) -> dict[str, object]:
    """Counts for the run manifest / a test: what the comparison found."""
    return {
        "previous_run": changes.previous.run_id if changes.previous else None,
        "new_statements": len(changes.new_statements),
        "moved_countries": len(changes.moved),
        "new_polls": len(changes.new_polls),
    }


__all__ = [
    "Changes",
    "PreviousRun",
    "changes_section",
    "compare",
    "country_summary",
    "country_summary_section",
    "previous_run",
    "seen_manifest",
    "write_seen",
]
