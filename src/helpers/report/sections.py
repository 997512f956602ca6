"""The pieces of the report page, as escaped HTML built from the processed tables.

Notebook 03_report only calls these and displays what they return. Every string that came
from a scraped page goes through `html.escape` (never `to_html(escape=False)`); links are
made only from http(s) URLs.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd

from helpers import labels as topic_labels
from helpers.charts.embed import chart_html, download_link, vega_scripts
from helpers.charts.statements import (
    MAX_POINTS,
    AggregatedPoints,
    balance_from_counts,
    balance_table,
    country_name,
    matrix_from_latest,
    matrix_table,
    prepare_statements,
    safe_link,
)
from helpers.paths import DataLayout
from helpers.tables import InputError
from helpers.topics import Topic

MAX_SOURCE_ROWS = 2000
EMBED_CSV_LIMIT = 750_000  # bytes; larger CSVs are linked as files beside the HTML
TIMELINE_COLUMNS = ["statement_id", "date", "country", "speaker", "speaker_role", "stance", "deployment",
                    "quote", "outlet", "url", "doc_id"]

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


LARGE_ROWS = 50_000  # above this many statements in the window, the report aggregates in DuckDB
DOCUMENT_COLUMNS = ["doc_id", "published", "outlet", "title", "url"]  # what the sources table shows


@dataclass
class ReportData:
    """The tables one report shows, already filtered to the window and countries.

    Small windows hold the statements in `statements` (pandas). When the window of a
    month-partitioned statements dataset has more than `LARGE_ROWS` rows, `dataset` is set,
    `statements` stays empty and every number and chart is computed by DuckDB queries over the
    dataset with the window pushed down (the DuckDB section below; docs/scale.md).
    """

    statements: pd.DataFrame
    polls: pd.DataFrame
    documents: pd.DataFrame
    since: str = ""
    until: str = ""
    countries: list[str] = field(default_factory=list)
    inputs: dict[str, str] = field(default_factory=dict)
    dataset: Path | None = None
    documents_path: Path | None = None
    cache: dict[str, Any] = field(default_factory=dict, repr=False)
    topic: Topic | None = None  # whose labels the report shows (None: the default topic)

    @property
    def aggregated(self) -> bool:
        """True when the statements are aggregated from the dataset instead of held in memory."""
        return self.dataset is not None


def _read_optional(path: Path, columns: list[str] | None = None) -> pd.DataFrame | None:
    if not path.exists():
        return None
    if columns is not None:
        import pyarrow.parquet as pq

        names = set(pq.read_schema(path).names)
        columns = [c for c in columns if c in names]
    return pd.read_parquet(path, columns=columns)


def _window(frame: pd.DataFrame, since: str, until: str, countries: list[str]) -> pd.DataFrame:
    if frame.empty or "date" not in frame.columns:
        return frame
    dates = frame["date"].astype(str).str[:10]
    keep = pd.Series(True, index=frame.index)
    if since:
        keep &= dates >= since
    if until:
        keep &= dates <= until
    if countries and "country" in frame.columns:
        keep &= frame["country"].isin(countries)
    return frame[keep].reset_index(drop=True)


def parse_countries(countries: str | list[str] | None) -> list[str]:
    if not countries:
        return []
    items = countries.split(",") if isinstance(countries, str) else countries
    return [c.strip().upper() for c in items if c.strip()]


def statements_dataset(layout: DataLayout) -> Path | None:
    """The month-partitioned statements dataset, if it holds the same table as statements.parquet.

    `stance-tracker extract` writes both; a data dir whose flat table was written by other
    means (older runs, tests, a copied file) keeps being read from the flat table.
    """
    from helpers import storage

    root = storage.dataset_dir(layout.processed, "statements")
    if not storage.has_fragments(root):
        return None
    if layout.statements.exists():
        import pyarrow.parquet as pq

        if pq.ParquetFile(layout.statements).metadata.num_rows != storage.row_count(root):
            return None
    return root


def load_report_data(*, data_dir: str | Path, since: str = "", until: str = "",
                     countries: str | list[str] = "", mode: str = "auto",
                     large_rows: int = LARGE_ROWS, topic: Topic | None = None) -> ReportData:
    """Read statements, polls (merged table when present) and documents from a data dir.

    mode "auto": statements in pandas unless the window of the statements dataset has more
    than `large_rows` rows, then aggregated in DuckDB; "memory" / "dataset" force one path
    (both give the same numbers and charts: tests/test_report_scale.py).
    """
    from helpers import storage

    layout = DataLayout.at(data_dir)
    for value, name in ((since, "since"), (until, "until")):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError as err:
                raise InputError(f"{name}={value!r}: not a YYYY-MM-DD date") from err
    if mode not in ("auto", "memory", "dataset"):
        raise InputError(f"mode={mode!r}: use auto, memory or dataset")
    wanted = parse_countries(countries)
    dataset = statements_dataset(layout)
    if dataset is None and not layout.statements.exists():
        raise InputError(f"{layout.statements}: no statements table; run `stance-tracker extract` first")
    if mode == "dataset" and dataset is None:
        raise InputError(f"{layout.processed / 'statements_dataset'}: no statements dataset matching "
                         f"{layout.statements.name}; run `stance-tracker extract` first")
    aggregate = False
    if dataset is not None and mode != "memory":
        aggregate = mode == "dataset" or count_window(dataset, since, until, wanted) > large_rows
    merged = layout.processed / "polls_merged.parquet"
    polls_path = merged if merged.exists() else layout.polls
    polls = _read_optional(polls_path)
    inputs = {"statements": str(dataset if aggregate else layout.statements),
              "polls": str(polls_path) if polls is not None else "",
              "documents": str(layout.documents) if layout.documents.exists() else ""}
    if aggregate:
        statements = pd.DataFrame(columns=TIMELINE_COLUMNS)
        documents = pd.DataFrame(columns=DOCUMENT_COLUMNS)  # joined in DuckDB by sources_table
    else:
        if layout.statements.exists():
            statements = _window(pd.read_parquet(layout.statements), since, until, wanted)
        else:
            statements = storage.read_dataset(dataset, since=since or None, until=until or None,
                                              where={"country": wanted} if wanted else None)
        documents = _read_optional(layout.documents, DOCUMENT_COLUMNS)
    return ReportData(
        statements=statements,
        polls=_window(polls if polls is not None else pd.DataFrame(columns=["date", "country"]),
                      since, until, wanted),
        documents=documents if documents is not None else pd.DataFrame(columns=["doc_id"]),
        since=since, until=until, countries=wanted, inputs=inputs,
        dataset=dataset if aggregate else None,
        documents_path=layout.documents if layout.documents.exists() else None,
        topic=topic,
    )


def count_window(dataset: Path, since: str = "", until: str = "", countries: list[str] | None = None) -> int:
    """Statements of a dataset in the window (DuckDB count over pruned partitions)."""
    with _connect(dataset, since, until, countries or []) as con:
        return int(con.execute("SELECT count(*) FROM st").fetchone()[0])


def _esc(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def headline_numbers(data: ReportData) -> dict[str, Any]:
    """Counts shown at the top of the report (also recorded in the run manifest)."""
    if data.aggregated:
        return _headline_from_dataset(data)
    st, polls = data.statements, data.polls
    dates = pd.concat([st.get("date", pd.Series(dtype=object)), polls.get("date", pd.Series(dtype=object))])
    dates = dates.dropna().astype(str).str[:10]
    return {
        "statements": len(st),
        "speakers": int(st["speaker"].dropna().nunique()) if "speaker" in st else 0,
        "countries": int(st["country"].dropna().nunique()) if "country" in st else 0,
        "polls": len(polls),
        "first_date": dates.min() if len(dates) else "",
        "last_date": dates.max() if len(dates) else "",
    }


def page_start(data: ReportData, *, title: str, parameters: dict[str, Any], generated_at: str = "",
               run_id: str = "") -> str:
    """Styles, the Vega libraries (once), the title, parameters, run time and headline numbers."""
    numbers = headline_numbers(data)
    span = (f"{numbers['first_date']} to {numbers['last_date']}" if numbers["first_date"] else "no dates")
    cards = "".join(
        f"<div><b>{_esc(v)}</b>{_esc(k)}</div>"
        for k, v in (("statements", f"{numbers['statements']:,}"), ("speakers", f"{numbers['speakers']:,}"),
                     ("countries", f"{numbers['countries']:,}"), ("polls", f"{numbers['polls']:,}"),
                     ("date range", span))
    )
    rows = "".join(f"<tr><td>{_esc(k)}</td><td>{_esc(v if v not in ('', [], None) else '(all)')}</td></tr>"
                   for k, v in parameters.items())
    meta = " · ".join(x for x in (f"Generated {_esc(generated_at)}" if generated_at else "",
                                  f"run {_esc(run_id)}" if run_id else "") if x)
    return (
        f"<style>{CSS}</style>\n{vega_scripts()}"
        f'<div class="stance-report"><h1>{_esc(title)}</h1><p class="meta">{meta}</p>'
        f'<div class="headline">{cards}</div>'
        f'<details><summary>Parameters of this run</summary><table class="params">{rows}</table></details></div>'
    )


def _csv_link(frame: pd.DataFrame, name: str, out_dir: str | Path | None,
              what: str = "the data behind this chart") -> str:
    """Write the chart's data beside the HTML (when there is an out_dir) and link it, embedded if small."""
    csv_bytes = frame.to_csv(index=False).encode("utf-8")
    filename = f"{name}.csv"
    if out_dir:
        target = Path(out_dir) / "data" / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(csv_bytes)
    if len(csv_bytes) <= EMBED_CSV_LIMIT or not out_dir:
        return download_link(frame, filename, f"Download {what} ({len(frame):,} rows, CSV)")
    return download_link(frame, filename, f"Download {what} ({len(frame):,} rows, CSV, file beside this report)",
                         href=f"data/{filename}")


def export_static(chart: alt.TopLevelMixin, name: str, out_dir: str | Path, fmt: str) -> Path:
    """Save a chart as PNG, SVG or PDF with vl-convert (no browser, no network)."""
    import vl_convert as vlc

    from helpers.charts.embed import chart_spec

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


def chart_section(chart: alt.TopLevelMixin, *, name: str, heading: str, caption: str, data: pd.DataFrame,
                  out_dir: str | Path | None = None, export_format: str = "") -> str:
    """A heading, the interactive chart, a caption and the CSV of the data behind it."""
    if export_format and out_dir:
        export_static(chart, name, out_dir, export_format)
    figure = chart_html(chart, f"chart-{name}", label=f"{heading} (chart; its data as a table follows)",
                        described_by=f"{name}-caption")
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
    body = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>"
                   for row in shown.itertuples(index=False))
    more = f" (first {max_rows:,} of {len(data):,} rows; all in the CSV)" if len(data) > max_rows else ""
    return (f'<details class="chart-data"><summary>{_esc(heading)}: the data as a table{_esc(more)}</summary>'
            f'<table><caption>{_esc(heading)}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></details>")


def timeline_data(statements: pd.DataFrame, topic: Topic | None = None) -> pd.DataFrame:
    frame = prepare_statements(statements, topic)
    return frame[[c for c in TIMELINE_COLUMNS if c in frame.columns]]


def label_swatch(colour: str) -> str:
    """A small colour square next to a label (decorative: the label's name is always written beside it)."""
    return f'<span class="swatch" aria-hidden="true" style="background:{html.escape(colour)}"></span>'


def methodology(data: ReportData, topic_title: str) -> str:
    """What the labels mean (the topic's label descriptions) and what the numbers cannot say."""
    stances = topic_labels.stance_labels(data.topic)
    items = "".join(f"<li>{label_swatch(lab.colour)}<b>{_esc(lab.name)}</b>: {_esc(lab.description)}</li>"
                    for lab in stances.labels)
    deployments = topic_labels.deployment_labels(data.topic)
    kinds = "" if deployments is None else "<p>Deployment: " + ", ".join(
        f"<b>{_esc(lab.name)}</b>" + (f" ({_esc(lab.description)})" if lab.description else "")
        for lab in deployments.labels) + ".</p>"
    what = " and the kind of deployment discussed" if deployments is not None else ""
    return f"""<div class="stance-report"><h2 id="methodology">Methodology</h2>
<p>Topic: {_esc(topic_title)}. Articles are collected from the configured sources, and each statement
by a named official on the topic is extracted with the speaker, their role, the
country they speak for (ISO code; EU/NATO/UN for those bodies), the date the statement was made, a
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


def sources_table(data: ReportData, *, out_dir: str | Path | None = None, max_rows: int = MAX_SOURCE_ROWS) -> str:
    """The documents the statements and polls came from, with escaped links; all of them in a CSV.

    Above `max_rows` documents the table shows the most cited ones (the page stays small enough
    to email); the CSV beside it always lists every document.
    """
    if data.aggregated:
        shown, total, csv = _sources_from_dataset(data, out_dir=out_dir, max_rows=max_rows)
    else:
        cited = pd.concat([data.statements.get("doc_id", pd.Series(dtype=object)),
                           data.polls.get("doc_id", pd.Series(dtype=object))]).dropna().astype(str)
        counts = cited.value_counts()
        docs = data.documents
        if "doc_id" in docs.columns and len(docs):
            docs = docs[docs["doc_id"].astype(str).isin(counts.index)].copy()
        else:
            docs = pd.DataFrame({"doc_id": counts.index})
        for col in ("published", "outlet", "title", "url"):
            if col not in docs.columns:
                docs[col] = None
        docs["n"] = docs["doc_id"].astype(str).map(counts).fillna(0).astype(int)
        docs["title"] = with_readable_titles(docs, data.documents_path)
        docs = docs.sort_values(["published", "doc_id"], ascending=[False, True], na_position="last")
        shown = docs if len(docs) <= max_rows else docs.nlargest(max_rows, "n", keep="first").sort_values(
            ["published", "doc_id"], ascending=[False, True], na_position="last")
        total = len(docs)
        csv = _csv_link(docs[["doc_id", "published", "outlet", "title", "url", "n"]], "sources", out_dir,
                        what="the list of sources")
    note = "" if len(shown) == total else f" ({len(shown):,} most cited shown; all in the CSV)"
    rows = []
    for r in shown.itertuples():
        link = safe_link(r.url)
        title = _esc(r.title) or _esc(readable_title(r.outlet, "", r.url)) or _esc(r.doc_id)
        cell = f'<a href="{html.escape(link)}" rel="noopener noreferrer">{title}</a>' if link else title
        rows.append(f"<tr><td>{_esc(r.published)}</td><td>{_esc(r.outlet)}</td><td>{cell}</td>"
                    f"<td>{r.n}</td><td>{_esc(r.doc_id)}</td></tr>")
    body = "".join(rows) or '<tr><td colspan="5">No sources in this window.</td></tr>'
    return (f'<div class="stance-report"><h2 id="sources">Sources ({total:,} documents)</h2>'
            f"<p>{_esc(note.strip(' ()'))}{' · ' if note else ''}{csv}</p>"
            f'<table class="sources"><thead><tr><th>published</th><th>outlet</th><th>title</th>'
            f"<th>rows</th><th>doc_id</th></tr></thead><tbody>{body}</tbody></table></div>")


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


def with_readable_titles(docs: pd.DataFrame, documents_path: Path | None) -> pd.Series:
    """`docs["title"]`, with a readable title for each document without one (texts read only for those)."""
    titles = docs["title"].astype(object).where(docs["title"].notna(), None)
    missing = titles.map(lambda t: not (isinstance(t, str) and t.strip()))
    if not missing.any():
        return titles
    texts: dict[str, str] = {}
    if documents_path is not None and documents_path.exists():
        ids = docs.loc[missing, "doc_id"].astype(str).tolist()
        try:
            found = pd.read_parquet(documents_path, columns=["doc_id", "text"],
                                    filters=[("doc_id", "in", ids)])
            texts = dict(zip(found["doc_id"].astype(str), found["text"], strict=False))
        except (KeyError, ValueError, OSError):  # an older documents table without text: outlet and host only
            texts = {}
    untitled = docs.loc[missing]
    filled = [readable_title(o, texts.get(str(d), ""), u)
              for d, o, u in zip(untitled["doc_id"], untitled["outlet"], untitled["url"], strict=True)]
    titles.loc[missing] = filled
    return titles


def country_list(codes: list[str]) -> str:
    return ", ".join(country_name(c) for c in codes)


# ---------------------------------------------------------------- the charts' data, from either path

MAX_TABLE_ROWS = 20_000  # an aggregated report (more than LARGE_ROWS statements) lists the newest ones


def table_statements(data: ReportData, *, max_rows: int = MAX_TABLE_ROWS) -> tuple[pd.DataFrame, int, str]:
    """(rows for the statements table, statements in the window, a note when not all are listed).

    Held in memory: every statement. Aggregated: the newest `max_rows`, read by DuckDB."""
    if not data.aggregated:
        return data.statements, len(data.statements), ""
    total = int(headline_numbers(data)["statements"])
    rows = _query(data, "SELECT * FROM st ORDER BY CAST(date AS VARCHAR) DESC, statement_id "
                        f"LIMIT {int(max_rows)}")
    note = (f"Only the newest {len(rows):,} of {total:,} statements are listed here (the report aggregates "
            "this many); the charts count all of them.") if total > len(rows) else ""
    return rows, total, note



def timeline(data: ReportData, *, max_points: int = MAX_POINTS,
             click_opens_source: bool = False) -> tuple[alt.TopLevelMixin, pd.DataFrame]:
    """The timeline chart and the table behind it (every statement, or counts when aggregated).

    A click on a point shows its row in the statements table (`statements_section`), unless
    `click_opens_source`."""
    from helpers.charts import stance_timeline

    options = {"max_points": max_points, "topic": data.topic, "click_opens_source": click_opens_source}
    if not data.aggregated:
        return stance_timeline(data.statements, **options), timeline_data(data.statements, data.topic)
    agg = timeline_aggregate(data, max_points=max_points)
    if agg is None:  # few dated statements: read just those rows and draw every point
        rows = _window_rows(data)
        return stance_timeline(rows, **options), timeline_data(rows, data.topic)
    table = agg.data[["date", "country_name", "stance", "n", "speakers", "deployments"]]
    return stance_timeline(aggregated=agg, **options), table


def balance(data: ReportData) -> tuple[alt.TopLevelMixin, pd.DataFrame]:
    """Stances by month: chart and table."""
    from helpers.charts import stance_balance_by_month

    table = balance_table(data.statements, data.topic) if not data.aggregated else balance_from_counts(
        _query(data, "SELECT strftime(day, '%Y-%m-01') AS month, stance, count(*) AS n FROM p GROUP BY ALL"),
        data.topic)
    return stance_balance_by_month(table=table, topic=data.topic), table


def matrix(data: ReportData) -> tuple[alt.TopLevelMixin, pd.DataFrame]:
    """Latest stance by country and quarter: chart and table."""
    from helpers.charts import country_matrix

    if not data.aggregated:
        table = matrix_table(data.statements, data.topic)
    else:
        latest = _query(data, f"""
            SELECT coalesce(country, '') AS country, year(day) || ' Q' || quarter(day) AS quarter,
                   {_LATEST}, count(*) AS n
            FROM p GROUP BY ALL""")
        table = matrix_from_latest(_with_names(latest).drop(columns=["speaker_role"]))
    return country_matrix(table=table, topic=data.topic), table


def latest_map(data: ReportData) -> tuple[alt.TopLevelMixin, pd.DataFrame]:
    """Each country's latest stance on the map: chart and table."""
    from helpers.charts import stance_map
    from helpers.charts.map import latest_by_country

    if not data.aggregated:
        return (stance_map(data.statements, topic=data.topic),
                latest_by_country(data.statements, data.topic))
    latest = _with_names(_query(data, f"""
        SELECT country, {_LATEST}, count(*) AS n FROM p
        WHERE country IS NOT NULL AND country <> '' GROUP BY ALL"""))
    cols = ["country", "country_name", "stance", "speaker", "speaker_role", "date", "n"]
    latest = latest[cols].sort_values("country").reset_index(drop=True)
    return stance_map(latest=latest, topic=data.topic), latest


# ---------------------------------------------------------------- DuckDB over the statements dataset

def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def prepared_view_sql(topic: Topic | None = None) -> str:
    """View `p`: the same normalisation as helpers.charts.statements.prepare_statements, in SQL,
    with the topic's labels (a stance outside them is its "no position" label, and so on)."""
    stances = topic_labels.stance_labels(topic)
    stance = (f"CASE WHEN stance IN ({', '.join(map(_sql_text, stances.names))}) THEN stance "
              f"ELSE {_sql_text(topic_labels.fallback_stance(stances))} END")
    deployments = topic_labels.deployment_labels(topic)
    deployment = ("CAST(deployment AS VARCHAR)" if deployments is None else
                  f"CASE WHEN deployment IN ({', '.join(map(_sql_text, deployments.names))}) THEN deployment "
                  f"ELSE {_sql_text(topic_labels.fallback_deployment(deployments))} END")
    return f"""
CREATE VIEW p AS SELECT
  try_cast(date AS DATE) AS day, country, statement_id,
  {stance} AS stance,
  {deployment} AS deployment,
  coalesce(CAST(speaker AS VARCHAR), '') AS speaker,
  coalesce(CAST(speaker_role AS VARCHAR), '') AS speaker_role
FROM st WHERE try_cast(date AS DATE) IS NOT NULL"""
# the latest statement of a group: by day, then statement_id (as prepare + sort + tail(1) does)
_KEY = "strftime(day, '%Y-%m-%d') || '|' || coalesce(CAST(statement_id AS VARCHAR), '')"
_LATEST = (f"arg_max(stance, {_KEY}) AS stance, arg_max(speaker, {_KEY}) AS speaker, "
           f"arg_max(speaker_role, {_KEY}) AS speaker_role, strftime(max(day), '%Y-%m-%d') AS date")


# DuckDB's budget for a report's queries: big group-bys and sorts spill to a temporary directory
# beyond it instead of growing (DuckDB's default is 80% of the machine's memory).
DUCKDB_MEMORY_LIMIT = os.environ.get("STANCE_TRACKER_DUCKDB_MEMORY", "512MB")


class _connect:
    """A DuckDB connection with view `st` (the dataset in the window) and `p` (prepared rows)."""

    def __init__(self, dataset: Path, since: str, until: str, countries: list[str],
                 topic: Topic | None = None) -> None:
        import tempfile

        import duckdb

        from helpers import storage

        spill = Path(tempfile.gettempdir()) / "stance-tracker-duckdb"
        self.con = duckdb.connect(config={"memory_limit": DUCKDB_MEMORY_LIMIT, "temp_directory": str(spill)})
        self.con.execute("SET enable_progress_bar = false")  # no progress widget in the report
        storage.duckdb_view(self.con, dataset, "st", since=since or None, until=until or None,
                            where={"country": countries} if countries else None)
        self.con.execute(prepared_view_sql(topic))

    def __enter__(self) -> Any:
        return self.con

    def __exit__(self, *exc: object) -> None:
        self.con.close()


def _query(data: ReportData, sql: str, **frames: pd.DataFrame) -> pd.DataFrame:
    assert data.dataset is not None
    with _connect(data.dataset, data.since, data.until, data.countries, data.topic) as con:
        for name, frame in frames.items():
            con.register(name, frame)
        return con.execute(sql).df()


def _with_names(frame: pd.DataFrame) -> pd.DataFrame:
    """Add `country_name` (pycountry, in pandas: one call per distinct country, not per row)."""
    codes = frame["country"].where(frame["country"].notna(), None)
    names = {c: country_name(c) for c in set(codes)}
    return frame.assign(country_name=codes.map(lambda c: names[c]))


def _names_table(data: ReportData) -> pd.DataFrame:
    if "names" not in data.cache:
        codes = _query(data, "SELECT DISTINCT country FROM p")["country"]
        data.cache["names"] = pd.DataFrame({"code": codes.astype(object).where(codes.notna(), None),
                                            "country_name": [country_name(c) for c in codes]})
    return data.cache["names"]


def _headline_from_dataset(data: ReportData) -> dict[str, Any]:
    if "headline" not in data.cache:
        row = _query(data, """SELECT count(*) AS statements, count(DISTINCT speaker) AS speakers,
                   count(DISTINCT country) AS countries, min(substr(CAST(date AS VARCHAR), 1, 10)) AS first,
                   max(substr(CAST(date AS VARCHAR), 1, 10)) AS last FROM st""").iloc[0]
        poll_dates = data.polls.get("date", pd.Series(dtype=object)).dropna().astype(str).str[:10]
        both = [row["first"], row["last"]] + ([poll_dates.min(), poll_dates.max()] if len(poll_dates) else [])
        firsts = [d for d in both[::2] if isinstance(d, str)]
        lasts = [d for d in both[1::2] if isinstance(d, str)]
        data.cache["headline"] = {
            "statements": int(row["statements"]), "speakers": int(row["speakers"]),
            "countries": int(row["countries"]), "polls": len(data.polls),
            "first_date": min(firsts) if firsts else "", "last_date": max(lasts) if lasts else "",
        }
    return data.cache["headline"]


_TRUNC = {"week": "week", "month": "month", "quarter": "quarter", "year": "year"}


def timeline_aggregate(data: ReportData, *, max_points: int = MAX_POINTS) -> AggregatedPoints | None:
    """The aggregated timeline's counts, computed in DuckDB exactly as the chart does in pandas.

    None when the window has at most `max_points` dated statements (the chart then shows points).
    """
    from helpers.charts.statements import _PERIODS, timeline_limits

    names = _names_table(data)
    join = "FROM p LEFT JOIN names ON p.country IS NOT DISTINCT FROM names.code"
    summary = _query(data, "SELECT count(*) AS n, min(day) AS first, max(day) AS last FROM p").iloc[0]
    if int(summary["n"]) <= max_points:
        return None
    max_rows, max_periods = timeline_limits(max_points)
    for period, _freq in _PERIODS:
        sizes = _query(data, f"""SELECT count(DISTINCT d) AS periods, count(*) AS groups FROM (
            SELECT date_trunc('{_TRUNC[period]}', day) AS d, country_name, stance {join} GROUP BY ALL)""",
                       names=names).iloc[0]
        if sizes["periods"] <= max_periods and sizes["groups"] <= max_rows:
            break
    keys = "date, country_name, stance"
    data_sql = f"""
        WITH d AS (SELECT strftime(date_trunc('{_TRUNC[period]}', day), '%Y-%m-%d') AS date, country_name,
                          stance, speaker, deployment {join}),
        g AS (SELECT {keys}, count(*) AS n FROM d GROUP BY ALL),
        s AS (SELECT {keys}, speaker, count(*) AS k FROM d GROUP BY ALL),
        s3 AS (SELECT {keys}, string_agg(speaker, ', ' ORDER BY k DESC, speaker) AS speakers FROM (
                 SELECT *, row_number() OVER (PARTITION BY {keys} ORDER BY k DESC, speaker) AS r FROM s)
               WHERE r <= 3 GROUP BY ALL),
        e AS (SELECT {keys}, deployment, count(*) AS k FROM d GROUP BY ALL),
        e5 AS (SELECT {keys},
                      string_agg(deployment || ' ' || k, ', ' ORDER BY k DESC, deployment) AS deployments
               FROM (SELECT *, row_number() OVER (PARTITION BY {keys} ORDER BY k DESC, deployment) AS r
                     FROM e)
               WHERE r <= 5 GROUP BY ALL)
        SELECT g.date, g.country_name, g.stance, g.n, s3.speakers, e5.deployments
        FROM g JOIN s3 USING (date, country_name, stance) JOIN e5 USING (date, country_name, stance)
        ORDER BY g.date, g.country_name, g.stance"""
    table = _query(data, data_sql, names=names)
    table["n"] = table["n"].astype("int64")
    table["deployments"] = table["deployments"].fillna("").astype(str).str.replace("_", " ")
    counts = _query(data, f"SELECT country_name, count(*) AS n {join} GROUP BY ALL ORDER BY country_name",
                    names=names)
    counts["n"] = counts["n"].astype("int64")
    first, last = pd.Timestamp(summary["first"]), pd.Timestamp(summary["last"])
    return AggregatedPoints(table, period, counts, first, last, int(summary["n"]))


def _window_rows(data: ReportData) -> pd.DataFrame:
    """The window's statement rows from the dataset (only called when they are few)."""
    from helpers import storage

    assert data.dataset is not None
    return storage.read_dataset(data.dataset, since=data.since or None, until=data.until or None,
                                where={"country": data.countries} if data.countries else None)


def _sources_from_dataset(data: ReportData, *, out_dir: str | Path | None,
                          max_rows: int) -> tuple[pd.DataFrame, int, str]:
    """(the `max_rows` most cited documents, number of documents cited, CSV link) via DuckDB.

    Counts per document and the join with documents.parquet run in DuckDB; the full list is
    written by DuckDB straight to data/sources.csv beside the report (never held in pandas).
    """
    polls_ids = pd.DataFrame({"doc_id": data.polls.get("doc_id", pd.Series(dtype=object))
                              .dropna().astype(str).to_numpy(dtype=object)})
    cited = """cited AS (SELECT doc_id, count(*) AS n FROM (
                   SELECT CAST(doc_id AS VARCHAR) AS doc_id FROM st WHERE doc_id IS NOT NULL
                   UNION ALL SELECT doc_id FROM polls_ids) GROUP BY doc_id)"""
    if data.documents_path is not None and data.documents_path.exists():
        import pyarrow.parquet as pq

        have = set(pq.read_schema(data.documents_path).names)
        picks = ", ".join(f"d.{c}" if c in have else f"NULL AS {c}" for c in DOCUMENT_COLUMNS[1:])
        path = data.documents_path.as_posix().replace("'", "''")
        docs = (f"docs AS (SELECT CAST(d.doc_id AS VARCHAR) AS doc_id, {picks}, c.n "
                f"FROM read_parquet('{path}') d JOIN cited c ON CAST(d.doc_id AS VARCHAR) = c.doc_id)")
    else:
        docs = ("docs AS (SELECT doc_id, NULL AS published, NULL AS outlet, NULL AS title, NULL AS url, n "
                "FROM cited)")
    head = f"WITH {cited}, {docs} "
    total = int(_query(data, head + "SELECT count(*) AS n FROM docs", polls_ids=polls_ids)["n"].iloc[0])
    shown = _query(data, head + f"SELECT * FROM docs ORDER BY n DESC, published DESC NULLS LAST, doc_id "
                                f"LIMIT {int(max_rows)}", polls_ids=polls_ids)
    shown = shown.sort_values(["published", "doc_id"], ascending=[False, True], na_position="last")
    every = (head + "SELECT doc_id, published, outlet, title, url, n FROM docs "
                    "ORDER BY published DESC NULLS LAST, doc_id")
    if out_dir:
        target = Path(out_dir) / "data" / "sources.csv"
        target.parent.mkdir(parents=True, exist_ok=True)
        with _connect(data.dataset, data.since, data.until, data.countries, data.topic) as con:  # type: ignore[arg-type]
            con.register("polls_ids", polls_ids)
            con.execute(f"COPY ({every}) TO '{target.as_posix()}' (HEADER, DELIMITER ',')")
        if target.stat().st_size > EMBED_CSV_LIMIT:
            label = f"Download the list of sources ({total:,} rows, CSV, file beside this report)"
            csv = download_link(shown.head(0), "sources.csv", label, href="data/sources.csv")
            return shown, total, csv
    if total > MAX_SOURCE_ROWS * 50:
        return shown, total, f"({total:,} documents: run with an output folder to get the full list as CSV)"
    return shown, total, _csv_link(_query(data, every, polls_ids=polls_ids), "sources", None,
                                   what="the list of sources")


def whats_new_html(data: ReportData, out_dir: str | None, run_id: str, topic: Topic | None = None) -> str:
    """"New since the last run" and where each country stands, as HTML. Records what this run holds
    (for the next run to compare with) when the run has an output folder; aggregated reports hold no
    rows, so only their polls are compared and the summary comes from the latest-per-country table."""
    from helpers.report import changes

    previous = changes.previous_run(Path(out_dir).parent, run_id) if out_dir else None
    rows_held = None if data.aggregated else data.statements
    if out_dir:
        changes.write_seen(rows_held, data.polls, out_dir)
    summary = (changes.country_summary(data.statements, topic) if not data.aggregated
               else changes.summary_from_latest(latest_map(data)[1]))
    return (changes.changes_section(changes.compare(rows_held, data.polls, previous, topic), topic)
            + changes.country_summary_section(summary, topic))
