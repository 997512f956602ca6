"""The statements themselves, as a sortable, filterable, searchable table in the report.

The grid is itables (DataTables), embedded offline: its bundle is inlined once by
`itables_assets()` and nothing is fetched. Rows travel as JSON (itables escapes `&`, `<`, `>` in
every string), and small render functions draw the colour chips, links and confidence marks in
the browser, so 10,000 statements stay a few MB. Chip colours are the topic's label colours, the
same the charts use. A click on a timeline point shows that statement's row (`LINK_SCRIPT`).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any

import pandas as pd
from itables import JavascriptFunction, to_html_datatable
from itables import options as itables_options
from itables.javascript import _itables_underscore_version, generate_init_offline_itables_html

from helpers import labels as topic_labels
from helpers.charts.embed import script_safe_json
from helpers.charts.statements import country_name, safe_link
from helpers.topics import Topic

TABLE_ID = "statements-table"
TABLE_CAPTION = "Statements: who said what, when, with source and confidence"
QUOTE_CHARS = 300
LOW_CONFIDENCE = 0.6
PAGE_LENGTH = 25
CONFIDENCE_COLUMNS = ("stance_confidence", "deployment_confidence")


@dataclass(frozen=True)
class Column:
    """One column of the table: its field in the row data and the header a reader sees."""

    field: str
    header: str
    searchable: bool = True
    visible: bool = True


def table_columns(topic: Topic | None = None) -> list[Column]:
    """The columns, in order; no deployment columns for a topic without that dimension."""
    has_deployment = topic_labels.deployment_labels(topic) is not None
    cols = [
        Column("date", "date"),
        Column("speaker", "speaker"),
        Column("role", "role"),
        Column("country", "country"),
        Column("stance", "stance"),
        *([Column("deployment", "deployment")] if has_deployment else []),
        Column("quote", "quote or sentence"),
        Column("outlet", "outlet"),
        Column("sources", "sources"),
        Column("stance_confidence", "stance confidence", searchable=False),
        *(
            [Column("deployment_confidence", "deployment confidence", searchable=False)]
            if has_deployment
            else []
        ),
        Column("reviewed", "reviewed"),
        Column("url", "url", searchable=False, visible=False),
        Column("statement_id", "statement id", searchable=False, visible=False),
    ]
    return cols


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    return " ".join(str(value).split())


def _shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _confidence(frame: pd.DataFrame, column: str) -> pd.Series:
    """Floats 0-1 rounded to two places; NaN where the column is missing (older tables) or empty."""
    if column not in frame.columns:
        return pd.Series(float("nan"), index=frame.index)
    return pd.to_numeric(frame[column], errors="coerce").round(2)


def table_rows(statements: pd.DataFrame, topic: Topic | None = None) -> pd.DataFrame:
    """One row per statement with the table's columns, newest first.

    Links only from http(s) URLs; the quote (or the sentence when there is none) is shortened
    to `QUOTE_CHARS`; `sources` counts the places a statement was reported (`n_sources`, else 1)."""
    cols = [c.field for c in table_columns(topic)]
    if statements.empty:
        return pd.DataFrame(columns=cols)
    st = statements.reset_index(drop=True)

    def col(name: str) -> pd.Series:
        return st[name] if name in st.columns else pd.Series(None, index=st.index, dtype=object)

    quote = col("quote").map(_text)
    sentence = col("sentence").map(_text)
    codes = col("country")
    names = {c: country_name(c) for c in codes.dropna().unique()}
    n_sources = pd.to_numeric(col("n_sources"), errors="coerce").fillna(1).astype(int).clip(lower=1)
    reviewed = col("reviewed").map(lambda v: "yes" if (v is True or str(v).lower() == "true") else "")
    url = col("url").astype(object).map(lambda u: (safe_link(u) or "").replace('"', "%22"))
    rows = pd.DataFrame(
        {
            "date": col("date").map(_text).str[:10],
            "speaker": col("speaker").map(_text),
            "role": col("speaker_role").map(_text),
            "country": codes.map(
                lambda c: names.get(c, "Unknown") if isinstance(c, str) and c else "Unknown"
            ),
            "stance": col("stance").map(_text),
            "deployment": col("deployment").map(_text),
            "quote": quote.where(quote != "", sentence).map(_shorten),
            "outlet": col("outlet").map(_text),
            "sources": n_sources,
            "stance_confidence": _confidence(st, "stance_confidence"),
            "deployment_confidence": _confidence(st, "deployment_confidence"),
            "reviewed": reviewed,
            "url": url,
            "statement_id": col("statement_id").map(_text),
        }
    )
    rows = rows.sort_values(["date", "country", "speaker"], ascending=[False, True, True], kind="stable")
    return rows[cols].reset_index(drop=True)


def _label_styles(topic: Topic | None) -> dict[str, dict[str, dict[str, str]]]:
    """{"stance": {name: {bg, fg}}, "deployment": {...}}: chip colours from the topic's label sets."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for dim, labels in (
        ("stance", topic_labels.stance_labels(topic)),
        ("deployment", topic_labels.deployment_labels(topic)),
    ):
        if labels is None:
            continue
        out[dim] = {
            lab.name: {
                "bg": lab.colour,
                "fg": topic_labels.text_colour_on(lab.colour),
                "title": lab.description,
            }
            for lab in labels.labels
        }
    return out


# Render functions run in the reader's browser. Their inputs were HTML-escaped by itables (&, <, >);
# `q` also escapes quotes before a value goes into an attribute. They only change what is *displayed*:
# sorting and searching use the plain values.
_CHIP = """function (data, type, row, meta) {
  if (type !== 'display' || !data) { return data; }
  var style = (window.stanceTrackerLabels[%(dim)s] || {})[data.replace(/&amp;/g, '&')];
  var q = function (s) { return String(s).replace(/"/g, '&quot;'); };
  var text = data.replace(/_/g, ' ');
  if (!style) { return '<span class="chip">' + text + '</span>'; }
  return '<span class="chip" style="background:' + q(style.bg) + ';color:' + q(style.fg) + '" title="'
    + q(style.title) + '">' + text + '</span>';
}"""
# The outlet cell becomes a link once its row is drawn. URLs travel once, in `stanceTrackerUrls`,
# and rows hold their index; the link is built with DOM calls (textContent), never from markup.
_OUTLET = """function (td, cellData, rowData, row, col) {
  var url = window.stanceTrackerUrls[rowData[%(url)d]];
  if (!url) { return; }
  var a = document.createElement('a');
  a.href = url;
  a.rel = 'noopener noreferrer';
  a.textContent = td.textContent || url.replace(/^https?:\\/\\/([^\\/]+).*$/, '$1');
  td.textContent = '';
  td.appendChild(a);
}"""
# Columns with few distinct values travel as category ranks (itables draws the text back), which
# keeps 10,000 rows small.
CATEGORY_COLUMNS = ("date", "speaker", "role", "country", "outlet")
_CONFIDENCE = """function (data, type, row, meta) {
  if (type !== 'display') { return data; }
  if (data === null || data === undefined || data < 0) {
    return '<span class="conf-missing" title="not recorded">—</span>';
  }
  var value = (data / 100).toFixed(2);
  if (data < %(low_percent)d) {
    return '<span class="conf-low" title="low confidence (below %(low)s)">' + value + ' low</span>';
  }
  return value;
}"""


def _render(code: str) -> Any:
    return JavascriptFunction(code)


def statements_datatable(rows: pd.DataFrame, topic: Topic | None = None, *, caption: str = "") -> str:
    """The itables HTML for `rows` (from `table_rows`): every row, paginated, sortable, searchable,
    with per-column filters and filter panes for country and stance."""
    cols = table_columns(topic)
    index = {c.field: i for i, c in enumerate(cols)}
    defs: list[dict[str, Any]] = [
        {"targets": [index["stance"]], "render": _render(_CHIP % {"dim": json.dumps("stance")})},
        {"targets": [index["outlet"]], "createdCell": _render(_OUTLET % {"url": index["url"]})},
        {
            "targets": [i for f, i in index.items() if f.endswith("_confidence")],
            "render": _render(
                _CONFIDENCE % {"low": LOW_CONFIDENCE, "low_percent": round(100 * LOW_CONFIDENCE)}
            ),
            "className": "dt-right",
        },
        {"targets": [c_i for c_i, c in enumerate(cols) if not c.visible], "visible": False},
        {"targets": [c_i for c_i, c in enumerate(cols) if not c.searchable], "searchable": False},
        {"targets": [index["quote"]], "className": "quote-cell"},
        {"targets": [index["date"]], "className": "date-cell"},
        # category columns sort by rank (categories are sorted): numbers, not text ("10" < "9")
        {"targets": [index[name] for name in CATEGORY_COLUMNS], "type": "num", "className": "text-cell"},
        # filter panes for these even when most values are distinct (SearchPanes hides those by default)
        {"targets": [index["country"], index["stance"]], "searchPanes": {"show": True}},
    ]
    if "deployment" in index:
        defs.append(
            {"targets": [index["deployment"]], "render": _render(_CHIP % {"dim": json.dumps("deployment")})}
        )
    frame = compact_rows(rows)[0].rename(columns={c.field: c.header for c in cols})
    return to_html_datatable(
        frame,
        caption=caption or None,
        table_id=TABLE_ID,
        connected=False,
        maxBytes=0,  # never downsample: the table shows every statement
        showIndex=False,
        classes="display compact stripe",
        style="width:100%;table-layout:auto;caption-side:top",
        pageLength=PAGE_LENGTH,
        lengthMenu=[10, 25, 50, 100],
        order=[[index["date"], "desc"]],
        deferRender=True,  # only the rows of the page shown become DOM nodes
        column_filters="footer",
        keys=True,  # arrow keys move between cells
        searchPanes={
            "columns": [index["country"], index["stance"]],
            "layout": "columns-2",
            "initCollapsed": True,
            "cascadePanes": False,
            "viewTotal": False,
        },
        layout={
            "top1": "searchPanes",
            "topStart": "pageLength",
            "topEnd": "search",
            "bottomStart": "info",
            "bottomEnd": "paging",
        },
        columnDefs=defs,
        autoWidth=False,
        text_in_header_can_be_selected=False,  # the whole header sorts, by mouse or keyboard (Enter)
        format_floats_in_python=False,  # numbers travel as numbers (confidences are drawn by _CONFIDENCE)
        language={
            "search": "Search all statements:",
            "searchPlaceholder": "speaker, words of a quote, outlet…",
        },
    )


def compact_rows(rows: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """(rows as they travel to the browser, the distinct URLs): repeated texts as categories, the URL
    as an index into the URL list, confidences as whole percents (-1: missing)."""
    out = rows.copy()
    for name in CATEGORY_COLUMNS:
        out[name] = out[name].astype(str).astype("category")
    urls = sorted(set(out["url"].astype(str)))
    position = {u: i for i, u in enumerate(urls)}
    out["url"] = out["url"].astype(str).map(position).astype(int)
    for name in CONFIDENCE_COLUMNS:
        if name in out.columns:  # whole percent, -1 when missing (two bytes, not a NaN marker per row)
            out[name] = (pd.to_numeric(out[name], errors="coerce") * 100).round().fillna(-1).astype(int)
    return out, urls


def itables_assets() -> str:
    """The DataTables bundle (JavaScript and CSS), inlined once per page: nothing is fetched."""
    return generate_init_offline_itables_html(itables_options.dt_bundle)


def itables_ready_key() -> str:
    """The window property itables' offline bundle resolves to (a promise of the module)."""
    return _itables_underscore_version()


# Links the timeline with the table: a click on a point with a `statement_id` clears the table's
# filters, pages to that row, highlights it and moves focus to it (keyboard and screen readers follow).
LINK_SCRIPT = """
(function () {
  var key = %(key)s, tableId = %(table)s;
  function showStatement(statementId) {
    var ready = window[key];
    if (!ready) { return; }
    ready.then(function (m) {
      var $ = m.jQuery, el = document.getElementById(tableId);
      if (!el || !$.fn.dataTable.isDataTable(el)) { return; }
      var api = $(el).DataTable();
      var idCol = api.columns().count() - 1;
      var idx = api.column(idCol, {order: 'index'}).data().indexOf(statementId);  // = the row's index
      if (idx < 0) { return; }
      api.search('').columns().search('');
      if (api.searchPanes) { try { api.searchPanes.clearSelections(); } catch (e) {} }
      api.draw(false);
      var pos = api.rows({order: 'applied', search: 'applied'}).indexes().indexOf(idx);
      if (pos < 0) { return; }
      api.page(Math.floor(pos / api.page.len())).draw(false);
      var node = api.row(idx).node();
      document.querySelectorAll('#' + tableId + ' tr.picked').forEach(function (r) {
        r.classList.remove('picked');
      });
      if (node) {
        node.classList.add('picked');
        node.setAttribute('tabindex', '-1');
        node.scrollIntoView({block: 'center'});
        node.focus({preventScroll: true});
      }
      el.setAttribute('data-picked', statementId);
    });
  }
  window.stanceTrackerShowStatement = showStatement;
  function listen(view) {
    view.addEventListener('click', function (_e, item) {
      var datum = item && item.datum;
      if (datum && datum.statement_id) { showStatement(String(datum.statement_id)); }
    });
  }
  var views = window.stanceTrackerViews || {};
  if (views['chart-timeline']) { listen(views['chart-timeline']); }  // drawn before this script ran
  window.addEventListener('stance-tracker-chart', function (event) {
    if (event.detail.id === 'chart-timeline') { listen(event.detail.view); }
  });
})();
"""

CSS = """
#statements-section .dt-container { font-size: .85rem; }
#statements-section td.quote-cell { white-space: normal; min-width: 18rem; max-width: 32rem; }
#statements-section td { white-space: normal; }
#statements-section td.date-cell { white-space: nowrap; }
#statements-section td.text-cell, #statements-section th.text-cell { text-align: left; }
#statements-section th.text-cell .dt-column-header { flex-direction: row; }
#statements-section .dt-layout-table { overflow-x: auto; }
#statements-section .conf-low { color: #9a3412; font-weight: 600; }
#statements-section .conf-missing { color: #777; }
#statements-section tr.picked td { background: #fff3b0 !important; }
#statements-section tfoot input { width: 100%; box-sizing: border-box; font-size: .75rem; }
"""


def statements_section(
    statements: pd.DataFrame, topic: Topic | None = None, *, total: int | None = None, note: str = ""
) -> str:
    """The report's statements section: heading, how to use it, the table, and the link script."""
    rows = table_rows(statements, topic)
    labels = script_safe_json(_label_styles(topic))
    n = len(rows) if total is None else total
    low = (
        int(
            (
                (rows["stance_confidence"] < LOW_CONFIDENCE)
                | (rows.get("deployment_confidence", pd.Series(dtype=float)) < LOW_CONFIDENCE)
            ).sum()
        )
        if len(rows)
        else 0
    )
    intro = (
        f"{len(rows):,} statements{f' of {n:,}' if n != len(rows) else ''}, newest first. Sort by a column "
        "header, filter by country or stance in the panes above the table (or type in the boxes under each "
        "column, e.g. a month such as 2025-03 under date), and search every column with the search box. "
        f"Confidence below {LOW_CONFIDENCE} is marked “low” ({low:,} row{'s' if low != 1 else ''}); "
        "“—”: not recorded. "
        "Click a point in the timeline to show its statement here."
    )
    script = LINK_SCRIPT % {"key": json.dumps(itables_ready_key()), "table": json.dumps(TABLE_ID)}
    return (
        f"<style>{CSS}</style>"
        f'<div class="stance-report" id="statements-section"><h2 id="statements">Statements</h2>'
        f'<p class="caption">{html.escape(intro)}{(" " + html.escape(note)) if note else ""}</p>'
        f"<script>window.stanceTrackerLabels = {labels};\n"
        f"window.stanceTrackerUrls = {script_safe_json(compact_rows(rows)[1])};</script>"
        f"{itables_assets()}"
        f"{statements_datatable(rows, topic, caption=TABLE_CAPTION)}"
        f"<script>{script}</script></div>"
    )
