"""The pieces of the report page, as escaped HTML built from what helpers.query returns.

Notebook 03_report only calls these and displays what they return. Every number, chart table
and list comes from one read path (helpers.query: DuckDB over the processed Parquet), whatever
the size of the window. Every string that came from a scraped page goes through `html.escape`
(never `to_html(escape=False)`); links are made only from http(s) URLs.
"""

from __future__ import annotations

import html
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd

from helpers import labels as topic_labels
from helpers import query
from helpers.charts import country_matrix, stance_balance_by_month, stance_map, stance_timeline
from helpers.charts.embed import chart_html, chart_spec, csv_bytes_uri, download_link, vega_scripts
from helpers.charts.statements import (
    MAX_POINTS,
    balance_from_counts,
    matrix_from_latest,
    prepare_statements,
    safe_link,
    timeline_limits,
)
from helpers.report import changes
from helpers.schemas import BODIES
from helpers.tables import InputError
from helpers.topics import Topic

MAX_SOURCE_ROWS = 2000
EMBED_CSV_LIMIT = 750_000  # bytes; larger CSVs are linked as files beside the HTML
TIMELINE_COLUMNS = [
    "statement_id",
    "date",
    "country",
    "speaker",
    "speaker_role",
    "stance",
    "deployment",
    "quote",
    "outlet",
    "url",
    "doc_id",
]
# A window with more statements than this is "large": its statements table lists the newest
# MAX_TABLE_ROWS, and "new since the last run" compares its polls only (its statement ids are not
# recorded). Every count and chart covers all statements whatever the size.
LARGE_ROWS = 50_000
MAX_TABLE_ROWS = 20_000

CSS = """
main { max-width: 1080px; margin: 0 auto; padding: 0 1rem 3rem; }
.stance-report { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #222; line-height: 1.45; font-size: 15px; }
.stance-report h1 { font-size: 1.8rem; margin: 1.2rem 0 .3rem; }
.stance-report h2 { font-size: 1.3rem; margin: 2rem 0 .4rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
.stance-report .meta { color: #555; font-size: .9rem; }
.stance-report table { border-collapse: collapse; font-size: .85rem; margin: .5rem 0; }
.jp-RenderedHTMLCommon .stance-report th, .jp-RenderedHTMLCommon .stance-report td,
.stance-report th, .stance-report td { border-bottom: 1px solid #e3e3e3; padding: .25rem .5rem;
  text-align: left; vertical-align: top; }
.stance-report th { background: #f5f5f5; }
.stance-report .params td:first-child { font-family: ui-monospace, monospace; color: #555; }
.headline { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }
.headline div { background: #f4f7fa; border-radius: 6px; padding: .5rem .9rem; min-width: 7rem; }
.headline b { display: block; font-size: 1.5rem; color: #0b3d66; }
.stance-chart { margin: .6rem 0; overflow-x: auto; }
.caption { color: #444; font-size: .9rem; max-width: 60rem; }
.csv-download { font-size: .85rem; }
.sources td:first-child { white-space: nowrap; }
.sources { max-height: 32rem; overflow-y: auto; display: block; }
.stance-report .chip { display: inline-block; padding: 0 .45em; border-radius: .7em; font-size: .8rem;
  white-space: nowrap; border: 1px solid rgba(0,0,0,.15); }
.country-summary td:nth-child(3), .changes-new td:first-child { white-space: nowrap; }
.chart-data { font-size: .85rem; margin: .3rem 0; }
.chart-data table { max-height: 24rem; overflow-y: auto; display: block; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .3em;
  vertical-align: -0.05em; }
@media print { .sources td:first-child { white-space: nowrap; }
.sources { max-height: none; overflow: visible; } .csv-download { display: none; } }
"""


@dataclass
class ReportData:
    """One report's window over the processed tables (helpers.query.Window) and its polls."""

    window: query.Window
    polls: pd.DataFrame
    inputs: dict[str, str] = field(default_factory=dict)
    large_rows: int = LARGE_ROWS

    @property
    def topic(self) -> Topic | None:
        return self.window.topic

    @property
    def since(self) -> str:
        return self.window.since

    @property
    def until(self) -> str:
        return self.window.until

    @property
    def countries(self) -> list[str]:
        return list(self.window.countries)

    @property
    def large(self) -> bool:
        """More than `large_rows` statements in the window (see LARGE_ROWS)."""
        return query.count_statements(self.window) > self.large_rows

    def statements(self) -> pd.DataFrame:
        """Every statement row of the window (only for windows that are not large), read once per
        report: the table, the timeline and the changes section share it (a copy each)."""
        if "rows" not in self.window.cache:
            self.window.cache["rows"] = query.statement_rows(self.window)
        return self.window.cache["rows"].copy()


def load_report_data(
    *,
    data_dir: str | Path,
    since: str = "",
    until: str = "",
    countries: str | list[str] = "",
    large_rows: int = LARGE_ROWS,
    topic: Topic | None = None,
) -> ReportData:
    """The window over a data dir's statements, polls (the merged table when present) and documents."""
    window = query.open_window(data_dir, since=since, until=until, countries=countries, topic=topic)
    inputs = {
        "statements": str(window.statements),
        "polls": str(window.polls) if window.polls is not None else "",
        "documents": str(window.documents) if window.documents is not None else "",
    }
    return ReportData(window=window, polls=query.polls(window), inputs=inputs, large_rows=large_rows)


def _esc(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def headline_numbers(data: ReportData) -> dict[str, Any]:
    """Counts shown at the top of the report (also recorded in the run manifest)."""
    return query.headline(data.window)


def page_start(
    data: ReportData, *, title: str, parameters: dict[str, Any], generated_at: str = "", run_id: str = ""
) -> str:
    """Styles, the Vega libraries (once), the title, parameters, run time and headline numbers."""
    numbers = headline_numbers(data)
    span = f"{numbers['first_date']} to {numbers['last_date']}" if numbers["first_date"] else "no dates"
    cards = "".join(
        f"<div><b>{_esc(v)}</b>{_esc(k)}</div>"
        for k, v in (
            ("statements", f"{numbers['statements']:,}"),
            ("speakers", f"{numbers['speakers']:,}"),
            ("countries", f"{numbers['countries']:,}"),
            ("polls", f"{numbers['polls']:,}"),
            ("date range", span),
        )
    )
    rows = "".join(
        f"<tr><td>{_esc(k)}</td><td>{_esc(v if v not in ('', [], None) else '(all)')}</td></tr>"
        for k, v in parameters.items()
    )
    meta = " · ".join(
        x
        for x in (
            f"Generated {_esc(generated_at)}" if generated_at else "",
            f"run {_esc(run_id)}" if run_id else "",
        )
        if x
    )
    return (
        f"<style>{CSS}</style>\n{vega_scripts()}"
        f'<div class="stance-report"><h1>{_esc(title)}</h1><p class="meta">{meta}</p>'
        f'<div class="headline">{cards}</div>'
        f'<details><summary>Parameters of this run</summary><table class="params">{rows}</table></details></div>'
    )


def _csv_link(
    frame: pd.DataFrame, name: str, out_dir: str | Path | None, what: str = "the data behind this chart"
) -> str:
    """Write the chart's data beside the HTML (when there is an out_dir) and link it, embedded if small."""
    csv_bytes = frame.to_csv(index=False).encode("utf-8")
    filename = f"{name}.csv"
    if out_dir:
        target = Path(out_dir) / "data" / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(csv_bytes)
    if len(csv_bytes) <= EMBED_CSV_LIMIT or not out_dir:
        return download_link(
            frame, filename, f"Download {what} ({len(frame):,} rows, CSV)", href=csv_bytes_uri(csv_bytes)
        )
    return download_link(
        frame,
        filename,
        f"Download {what} ({len(frame):,} rows, CSV, file beside this report)",
        href=f"data/{filename}",
    )


def export_static(chart: alt.TopLevelMixin, name: str, out_dir: str | Path, fmt: str) -> Path:
    """Save a chart as PNG, SVG or PDF with vl-convert (no browser, no network)."""
    import vl_convert as vlc  # heavy (a bundled JavaScript engine): loaded only when a static export is asked

    spec = chart_spec(chart)
    target = Path(out_dir) / "charts" / f"{name}.{fmt}"
    target.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "png":
        target.write_bytes(vlc.vegalite_to_png(spec, scale=2))
    elif fmt == "svg":
        target.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
    elif fmt == "pdf":
        target.write_bytes(vlc.vegalite_to_pdf(spec))
    else:
        raise InputError(f"format={fmt!r}: use png, svg or pdf")
    return target


def chart_section(
    chart: alt.TopLevelMixin,
    *,
    name: str,
    heading: str,
    caption: str,
    data: pd.DataFrame,
    out_dir: str | Path | None = None,
    export_format: str = "",
) -> str:
    """A heading, the interactive chart, a caption and the CSV of the data behind it."""
    if export_format and out_dir:
        export_static(chart, name, out_dir, export_format)
    figure = chart_html(
        chart,
        f"chart-{name}",
        label=f"{heading} (chart; its data as a table follows)",
        described_by=f"{name}-caption",
    )
    return (
        f'<div class="stance-report"><h2 id="{name}-section">{_esc(heading)}</h2>'
        f"{figure}"
        f'<p class="caption" id="{name}-caption">{_esc(caption)}</p>'
        f"{data_table_alternative(data, heading)}"
        f"<p>{_csv_link(data, name, out_dir)}</p></div>"
    )


ALTERNATIVE_ROWS = 60


def data_table_alternative(data: pd.DataFrame, heading: str, *, max_rows: int = ALTERNATIVE_ROWS) -> str:
    """The chart's data as an HTML table (its text alternative), folded away; the first `max_rows`
    rows, the rest in the CSV."""
    shown = data.head(max_rows)
    head = "".join(f'<th scope="col">{_esc(c)}</th>' for c in shown.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>"
        for row in shown.itertuples(index=False)
    )
    more = f" (first {max_rows:,} of {len(data):,} rows; all in the CSV)" if len(data) > max_rows else ""
    return (
        f'<details class="chart-data"><summary>{_esc(heading)}: the data as a table{_esc(more)}</summary>'
        f"<table><caption>{_esc(heading)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></details>"
    )


def timeline_data(statements: pd.DataFrame, topic: Topic | None = None) -> pd.DataFrame:
    frame = prepare_statements(statements, topic)
    return frame[[c for c in TIMELINE_COLUMNS if c in frame.columns]]


def label_swatch(colour: str) -> str:
    """A small colour square next to a label (decorative: the label's name is always written beside it)."""
    return f'<span class="swatch" aria-hidden="true" style="background:{html.escape(colour)}"></span>'


def methodology(data: ReportData, topic_title: str) -> str:
    """What the labels mean (the topic's label descriptions) and what the numbers cannot say."""
    stances = topic_labels.stance_labels(data.topic)
    items = "".join(
        f"<li>{label_swatch(lab.colour)}<b>{_esc(lab.name)}</b>: {_esc(lab.description)}</li>"
        for lab in stances.labels
    )
    deployments = topic_labels.deployment_labels(data.topic)
    kinds = (
        ""
        if deployments is None
        else "<p>Deployment: "
        + ", ".join(
            f"<b>{_esc(lab.name)}</b>" + (f" ({_esc(lab.description)})" if lab.description else "")
            for lab in deployments.labels
        )
        + ".</p>"
    )
    what = " and the kind of deployment discussed" if deployments is not None else ""
    return f"""<div class="stance-report"><h2 id="methodology">Methodology</h2>
<p>Topic: {_esc(topic_title)}. Articles are collected from the configured sources, and each statement
by a named official on the topic is extracted with the speaker, their role, the
country they speak for (ISO code; {"/".join(BODIES)} for those bodies), the date the statement was made, a
stance{what}. Identical statements reported by several outlets are
counted once and list all their sources. Reviewed corrections are applied before charting.</p>
<ul>{items}</ul>
{kinds}
<h3>Known limits</h3>
<ul>
<li>Stances and roles are assigned by rules applied to news text; a statement that is reported only
in paraphrase, or cut off in a teaser, may be labelled wrongly or missed. Check the quote and source.</li>
<li>The corpus is what the configured outlets published: countries and speakers covered more by those
outlets appear more often. Counts measure attention, not the weight of a position.</li>
<li>The map and matrix show the <i>latest</i> statement per country, whoever made it; one remark by a
junior official can stand in for a government's position.</li>
<li>Polls differ in question wording, population and fieldwork dates; compare trends within a
pollster and question rather than levels across them.</li>
</ul></div>"""


SOURCE_COLUMNS = ["doc_id", "published", "outlet", "title", "url", "n"]


def with_readable_titles(sources: pd.DataFrame) -> pd.DataFrame:
    """`sources` (helpers.query's columns) with a readable title for each document without one
    (from the start of its text, in column `text`), in the columns of the sources CSV."""
    titles = sources["title"].astype(object).where(sources["title"].notna(), None)
    missing = titles.map(lambda t: not (isinstance(t, str) and t.strip()))
    if missing.any():
        untitled = sources.loc[missing]
        titles.loc[missing] = [
            readable_title(o, t, u)
            for o, t, u in zip(untitled["outlet"], untitled["text"], untitled["url"], strict=True)
        ]
    return sources.assign(title=titles)[SOURCE_COLUMNS]


def _sources_csv(data: ReportData, out_dir: str | Path | None) -> tuple[int, str]:
    """(documents cited, a link to all of them as CSV). DuckDB writes the CSV beside the report (or to
    a temporary file without an output folder); it is embedded in the page when small."""
    untitled = query.untitled_sources(data.window)
    named = [
        readable_title(o, t, u)
        for o, t, u in zip(untitled["outlet"], untitled["text"], untitled["url"], strict=True)
    ]
    titles = pd.DataFrame({"doc_id": untitled["doc_id"], "title": named})
    titles = titles[titles["title"] != ""]
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(out_dir) / "data" / "sources.csv" if out_dir else Path(tmp) / "sources.csv"
        total = query.write_sources_csv(data.window, target, titles)
        label = f"Download the list of sources ({total:,} rows, CSV"
        if not out_dir and total > MAX_SOURCE_ROWS * 50:
            return total, f"({total:,} documents: run with an output folder to get the full list as CSV)"
        if not out_dir or target.stat().st_size <= EMBED_CSV_LIMIT:
            link = download_link(
                pd.DataFrame(), "sources.csv", label + ")", href=csv_bytes_uri(target.read_bytes())
            )
            return total, link
    return total, download_link(
        pd.DataFrame(), "sources.csv", label + ", file beside this report)", href="data/sources.csv"
    )


def sources_table(
    data: ReportData, *, out_dir: str | Path | None = None, max_rows: int = MAX_SOURCE_ROWS
) -> str:
    """The documents the statements and polls came from, with escaped links; all of them in a CSV.

    Above `max_rows` documents the table shows the most cited ones (the page stays small enough
    to email); the CSV beside it always lists every document.
    """
    total, csv = _sources_csv(data, out_dir)
    shown = with_readable_titles(query.most_cited_sources(data.window, max_rows))
    note = "" if len(shown) == total else f" ({len(shown):,} most cited shown; all in the CSV)"
    rows = []
    for r in shown.itertuples():
        link = safe_link(r.url)
        title = _esc(r.title) or _esc(readable_title(r.outlet, "", r.url)) or _esc(r.doc_id)
        cell = f'<a href="{html.escape(link)}" rel="noopener noreferrer">{title}</a>' if link else title
        rows.append(
            f"<tr><td>{_esc(r.published)}</td><td>{_esc(r.outlet)}</td><td>{cell}</td>"
            f"<td>{r.n}</td><td>{_esc(r.doc_id)}</td></tr>"
        )
    body = "".join(rows) or '<tr><td colspan="5">No sources in this window.</td></tr>'
    return (
        f'<div class="stance-report"><h2 id="sources">Sources ({total:,} documents)</h2>'
        f"<p>{_esc(note.strip(' ()'))}{' · ' if note else ''}{csv}</p>"
        f'<table class="sources"><thead><tr><th>published</th><th>outlet</th><th>title</th>'
        f"<th>rows</th><th>doc_id</th></tr></thead><tbody>{body}</tbody></table></div>"
    )


TITLE_WORDS = 10


def readable_title(outlet: object, text: object, url: object = None, *, words: int = TITLE_WORDS) -> str:
    """A title for a document that has none: its outlet and the first words of its text
    ("Reuters: Denmark is in principle prepared to send …"), else the outlet and the URL's host."""

    def missing(value: object) -> bool:
        return value is None or (isinstance(value, float) and pd.isna(value))

    outlet_text = "" if missing(outlet) else str(outlet).strip()
    body = "" if missing(text) else " ".join(str(text).split())
    if body:
        first = body.split(" ")
        snippet = " ".join(first[:words]) + (" …" if len(first) > words else "")
        return f"{outlet_text}: {snippet}" if outlet_text else snippet
    host = ""
    if isinstance(url, str) and "://" in url:
        host = url.split("://", 1)[1].split("/", 1)[0]
    return " · ".join(x for x in (outlet_text, host) if x) or ""


# ---------------------------------------------------------------- the charts and their tables


def table_statements(data: ReportData, *, max_rows: int = MAX_TABLE_ROWS) -> tuple[pd.DataFrame, int, str]:
    """(rows for the statements table, statements in the window, a note when not all are listed).

    Every statement, or for a large window (LARGE_ROWS) the newest `max_rows`."""
    total = query.count_statements(data.window)
    if not data.large:
        return data.statements(), total, ""
    rows = query.statement_rows(data.window, limit=max_rows, newest_first=True)
    note = (
        (
            f"Only the newest {len(rows):,} of {total:,} statements are listed here (the report aggregates "
            "this many); the charts count all of them."
        )
        if total > len(rows)
        else ""
    )
    return rows, total, note


def timeline(
    data: ReportData, *, max_points: int = MAX_POINTS, click_opens_source: bool = False
) -> tuple[alt.TopLevelMixin, pd.DataFrame]:
    """The timeline chart and the table behind it: every statement when there are at most
    `max_points` dated ones, else counts per period, country and stance (column `n`).

    A click on a point shows its row in the statements table (`statements_section`), unless
    `click_opens_source`."""
    if query.dated_count(data.window) <= max_points:
        rows = data.statements()
        chart = stance_timeline(
            rows, max_points=max_points, topic=data.topic, click_opens_source=click_opens_source
        )
        return chart, timeline_data(rows, data.topic)
    max_rows, max_periods = timeline_limits(max_points)
    counts = query.timeline_counts(data.window, max_rows=max_rows, max_periods=max_periods)
    chart = stance_timeline(
        aggregated=counts, max_points=max_points, topic=data.topic, click_opens_source=click_opens_source
    )
    return chart, counts.data[["date", "country_name", "stance", "n", "speakers", "deployments"]]


def balance(data: ReportData) -> tuple[alt.TopLevelMixin, pd.DataFrame]:
    """Stances by month: chart and table."""
    table = balance_from_counts(query.stance_counts_by_month(data.window), data.topic)
    return stance_balance_by_month(table=table, topic=data.topic), table


def matrix(data: ReportData) -> tuple[alt.TopLevelMixin, pd.DataFrame]:
    """Latest stance by country and quarter: chart and table."""
    table = matrix_from_latest(query.latest_by_country_quarter(data.window))
    return country_matrix(table=table, topic=data.topic), table


def latest_map(data: ReportData) -> tuple[alt.TopLevelMixin, pd.DataFrame]:
    """Each country's latest stance on the map: chart and table."""
    latest = query.latest_by_country(data.window)
    return stance_map(latest=latest, topic=data.topic), latest


def whats_new_html(data: ReportData, out_dir: str | None, run_id: str, topic: Topic | None = None) -> str:
    """ "New since the last run" and where each country stands, as HTML. Records what this run holds
    (for the next run to compare with) when the run has an output folder. A large window records no
    statement ids, so only its polls are compared and its summary comes from the latest statement per
    country, without the movement."""
    previous = changes.previous_run(Path(out_dir).parent, run_id) if out_dir else None
    rows = None if data.large else data.statements()
    if out_dir:
        changes.write_seen(rows, data.polls, out_dir)
    summary = (
        changes.country_summary(rows, topic)
        if rows is not None
        else changes.summary_from_latest(query.latest_by_country(data.window))
    )
    return changes.changes_section(
        changes.compare(rows, data.polls, previous, topic), topic
    ) + changes.country_summary_section(summary, topic)
