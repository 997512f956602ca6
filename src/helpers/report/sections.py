"""The pieces of the report page, as escaped HTML built from the processed tables.

Notebook 03_report only calls these and displays what they return. Every string that came
from a scraped page goes through `html.escape` (never `to_html(escape=False)`); links are
made only from http(s) URLs.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd

from helpers.charts.embed import chart_html, download_link, vega_scripts
from helpers.charts.statements import country_name, prepare_statements, safe_link
from helpers.charts.theme import STANCE_COLOURS, STANCE_ORDER
from helpers.paths import DataLayout
from helpers.tables import InputError

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
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .3em;
  vertical-align: -0.05em; }
@media print { .sources td:first-child { white-space: nowrap; }
.sources { max-height: none; overflow: visible; } .csv-download { display: none; } }
"""


@dataclass
class ReportData:
    """The tables one report shows, already filtered to the window and countries."""

    statements: pd.DataFrame
    polls: pd.DataFrame
    documents: pd.DataFrame
    since: str = ""
    until: str = ""
    countries: list[str] = field(default_factory=list)
    inputs: dict[str, str] = field(default_factory=dict)


def _read_optional(path: Path) -> pd.DataFrame | None:
    return pd.read_parquet(path) if path.exists() else None


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


def load_report_data(*, data_dir: str | Path, since: str = "", until: str = "",
                     countries: str | list[str] = "") -> ReportData:
    """Read statements, polls (merged table when present) and documents from a data dir."""
    layout = DataLayout.at(data_dir)
    for value, name in ((since, "since"), (until, "until")):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError as err:
                raise InputError(f"{name}={value!r}: not a YYYY-MM-DD date") from err
    statements = _read_optional(layout.statements)
    if statements is None:
        raise InputError(f"{layout.statements}: no statements table; run `stance-tracker extract` first")
    merged = layout.processed / "polls_merged.parquet"
    polls_path = merged if merged.exists() else layout.polls
    polls = _read_optional(polls_path)
    documents = _read_optional(layout.documents)
    wanted = parse_countries(countries)
    inputs = {"statements": str(layout.statements), "polls": str(polls_path) if polls is not None else "",
              "documents": str(layout.documents) if documents is not None else ""}
    return ReportData(
        statements=_window(statements, since, until, wanted),
        polls=_window(polls if polls is not None else pd.DataFrame(columns=["date", "country"]),
                      since, until, wanted),
        documents=documents if documents is not None else pd.DataFrame(columns=["doc_id"]),
        since=since, until=until, countries=wanted, inputs=inputs,
    )


def _esc(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def headline_numbers(data: ReportData) -> dict[str, Any]:
    """Counts shown at the top of the report (also recorded in the run manifest)."""
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
    return (
        f'<div class="stance-report"><h2 id="{name}-section">{_esc(heading)}</h2>'
        f"{chart_html(chart, f'chart-{name}')}"
        f'<p class="caption">{_esc(caption)}</p><p>{_csv_link(data, name, out_dir)}</p></div>'
    )


def timeline_data(statements: pd.DataFrame) -> pd.DataFrame:
    frame = prepare_statements(statements)
    return frame[[c for c in TIMELINE_COLUMNS if c in frame.columns]]


def methodology(data: ReportData, topic_title: str) -> str:
    """What the labels mean (the codebook in brief) and what the numbers cannot say."""
    swatches = {s: f'<span class="swatch" style="background:{STANCE_COLOURS[s]}"></span>' for s in STANCE_ORDER}
    stance_text = {
        "support": "favours sending personnel, is willing, or does not rule it out",
        "conditional": "willing only under a stated condition (ceasefire, peace deal, US backstop, mandate)",
        "neutral": "states facts or process without a position (“too early to discuss”)",
        "oppose": "rules it out, refuses for their own country, warns against it or objects to the debate",
    }
    items = "".join(f"<li>{swatches[s]}<b>{s}</b>: {_esc(stance_text[s])}</li>" for s in STANCE_ORDER)
    return f"""<div class="stance-report"><h2 id="methodology">Methodology</h2>
<p>Topic: {_esc(topic_title)}. Articles are collected from the configured sources, and each statement
by a named official about sending military personnel is extracted with the speaker, their role, the
country they speak for (ISO code; EU/NATO/UN for those bodies), the date the statement was made, a
stance and the kind of deployment discussed. Identical statements reported by several outlets are
counted once and list all their sources. Reviewed corrections are applied before charting.</p>
<ul>{items}</ul>
<p>Deployment: <b>peacekeepers</b> (a presence to secure a ceasefire or peace deal), <b>trainers</b>,
<b>combat_troops</b> (troops or “boots on the ground” in general), <b>reassurance_force</b>, <b>other</b>
(demining, air or naval assets, technical personnel).</p>
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
    docs = docs.sort_values(["published", "doc_id"], ascending=[False, True], na_position="last")
    shown = docs if len(docs) <= max_rows else docs.nlargest(max_rows, "n", keep="first").sort_values(
        ["published", "doc_id"], ascending=[False, True], na_position="last")
    note = "" if len(shown) == len(docs) else f" ({len(shown):,} most cited shown; all in the CSV)"
    csv = _csv_link(docs[["doc_id", "published", "outlet", "title", "url", "n"]], "sources", out_dir,
                    what="the list of sources")
    rows = []
    for r in shown.itertuples():
        link = safe_link(r.url)
        title = _esc(r.title) or _esc(r.url) or _esc(r.doc_id)
        cell = f'<a href="{html.escape(link)}" rel="noopener noreferrer">{title}</a>' if link else title
        rows.append(f"<tr><td>{_esc(r.published)}</td><td>{_esc(r.outlet)}</td><td>{cell}</td>"
                    f"<td>{r.n}</td><td>{_esc(r.doc_id)}</td></tr>")
    body = "".join(rows) or '<tr><td colspan="5">No sources in this window.</td></tr>'
    return (f'<div class="stance-report"><h2 id="sources">Sources ({len(docs):,} documents)</h2>'
            f"<p>{_esc(note.strip(' ()'))}{' · ' if note else ''}{csv}</p>"
            f'<table class="sources"><thead><tr><th>published</th><th>outlet</th><th>title</th>'
            f"<th>rows</th><th>doc_id</th></tr></thead><tbody>{body}</tbody></table></div>")


def country_list(codes: list[str]) -> str:
    return ", ".join(country_name(c) for c in codes)
