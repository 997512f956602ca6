"""The ipywidgets dashboard of notebook 04_explore: filters, live charts, table, drill-down, review.

Only wiring lives here: which widget calls which tested function (filters, drilldown, review,
render). `build_dashboard` returns a `Dashboard` whose `.widget` the notebook displays; a test
can set the same widget values a reader would and read what is shown.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import ipywidgets as w
import pandas as pd
from IPython.display import display

from helpers import labels as topic_labels
from helpers.charts import stance_balance_by_month
from helpers.explore.drilldown import detail_html, statement_detail
from helpers.explore.filters import Filters, apply_filters, filter_options, selection_counts
from helpers.explore.picker import PICK, picker_chart
from helpers.explore.queue import queue_label, review_queue
from helpers.explore.render import live_chart, on_point_selected, redraw
from helpers.explore.review import apply_in_memory, revert_in_memory, save_review, undo_review
from helpers.overrides import default_author, load_overrides
from helpers.schemas import BODIES
from helpers.tables import InputError
from helpers.topics import Topic

_CSS = """<style>
.explore-table select { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 12px; }
.explore-counts { font-size: 14px; font-weight: 600; }
</style>"""


def _cell(value: object, width: int) -> str:
    text = (
        "" if value is None or (isinstance(value, float) and pd.isna(value)) else " ".join(str(value).split())
    )
    return (text[: width - 1] + "…" if len(text) > width else text).ljust(width)


def table_label(row: pd.Series) -> str:
    """One statement as a fixed-width table line (the row a reader clicks)."""
    mark = "✓" if bool(row.get("reviewed")) is True else " "
    quote = _s(row.get("quote")) or _s(row.get("sentence"))
    return " ".join(
        [
            mark,
            _cell(row.get("date"), 10),
            _cell(row.get("country"), 4),
            _cell(row.get("stance"), 11),
            _cell(row.get("deployment"), 17),
            _cell(row.get("speaker"), 24),
            _cell(row.get("outlet"), 18),
            _cell(quote, 70),
        ]
    )


TABLE_HEADER = " ".join(
    [
        " ",
        _cell("date", 10),
        _cell("ctry", 4),
        _cell("stance", 11),
        _cell("deployment", 17),
        _cell("speaker", 24),
        _cell("outlet", 18),
        "quote / sentence",
    ]
)


class Dashboard:
    """Filters → (counts, charts, table) → selected statement → (detail, review form)."""

    def __init__(
        self,
        statements: pd.DataFrame,
        documents: pd.DataFrame | None = None,
        overrides_path: str | Path | None = None,
        *,
        author: str = "",
        page_size: int = 25,
        live_charts: bool = True,
        topic: Topic | None = None,
    ) -> None:
        self.topic = topic  # whose labels the toggles and the review form offer (None: the default topic)
        self.table = statements.reset_index(drop=True).copy()
        if "_irrelevant" not in self.table.columns:
            self.table["_irrelevant"] = False
        self.documents = documents
        self.overrides_path = Path(overrides_path) if overrides_path else None
        self.page_size = page_size
        self.page = 0
        self.selected_id: str | None = None
        self.view = self.table
        self._quiet = False
        options = filter_options(self.table, topic)

        # ---- filters
        self.countries = w.SelectMultiple(
            options=[(f"{c} ({options.counts_by_country[c]})", c) for c in options.countries],
            rows=min(8, max(3, len(options.countries))),
            description="Countries",
        )
        self.stance_toggles = {s: _toggle(s) for s in options.stances}
        self.deployment_toggles = {d: _toggle(d) for d in options.deployments}
        dates = list(options.dates) or ["—"]
        self.dates = w.SelectionRangeSlider(
            options=dates,
            index=(0, len(dates) - 1),
            description="Dates",
            continuous_update=False,
            readout=False,
            layout=w.Layout(width="560px"),
        )
        self.date_label = w.Label()
        self.speaker = w.Text(placeholder="name or role", description="Speaker")
        self.outlet = w.Text(placeholder="publisher or URL", description="Outlet")
        self.reviewed_only = w.Checkbox(value=False, description="reviewed only", indent=False)
        self.reset = w.Button(description="Reset filters", icon="undo")
        self.counts = w.HTML()
        self.counts.add_class("explore-counts")

        # ---- charts, table, detail
        self.live_charts = live_charts
        self.picker = self.balance = None
        if live_charts:
            self.picker = live_chart(picker_chart(self.table, topic=topic))
            self.balance = live_chart(self._balance_chart(self.table))
            on_point_selected(self.picker, PICK, "statement_id", self._on_chart_pick)
        self.rows = w.Select(options=[], rows=12, layout=w.Layout(width="100%"))
        self.rows.add_class("explore-table")
        self.prev_page = w.Button(description="◀ newer", layout=w.Layout(width="auto"))
        self.next_page = w.Button(description="older ▶", layout=w.Layout(width="auto"))
        self.page_label = w.Label()
        self.detail = w.HTML("<i>Select a statement in the table or click a point in the chart.</i>")
        # ---- review next: least confident first
        self.queue = w.Select(options=[], rows=6, layout=w.Layout(width="100%"))
        self.queue.add_class("explore-queue")
        self.review_next = w.Button(description="Review next", icon="forward", layout=w.Layout(width="auto"))

        # ---- review
        field = {"style": {"description_width": "80px"}, "layout": w.Layout(width="300px")}
        deployments = topic_labels.deployment_labels(topic)
        stances = list(topic_labels.stance_labels(topic).names)
        self.f_stance = w.Dropdown(options=stances, description="stance", **field)
        self.f_deployment = w.Dropdown(
            options=list(deployments.names) if deployments else [], description="deployment", **field
        )
        if deployments is None:  # the topic has no deployment dimension: nothing to correct
            self.f_deployment.layout.display = "none"
        self.f_speaker = w.Text(description="speaker", **field)
        self.f_role = w.Text(description="role", **field)
        self.f_country = w.Text(description="country", placeholder="ISO code, " + ", ".join(BODIES), **field)
        self.f_date = w.Text(description="date", placeholder="YYYY-MM-DD", **field)
        self.f_irrelevant = w.Checkbox(description="not relevant (remove it)", indent=False)
        self.f_note = w.Textarea(
            description="note",
            placeholder="why (the codebook rule, the source)",
            style={"description_width": "80px"},
            layout=w.Layout(width="95%"),
        )
        self.f_author = w.Text(value=author or default_author(), description="reviewer", **field)
        self.save = w.Button(
            description="Save correction", button_style="primary", icon="save", layout=w.Layout(width="auto")
        )
        self.undo = w.Button(description="Undo my last change", icon="undo", layout=w.Layout(width="auto"))
        self.review_status = w.HTML()
        self._review_widgets = [
            self.f_stance,
            self.f_deployment,
            self.f_speaker,
            self.f_role,
            self.f_country,
            self.f_date,
            self.f_irrelevant,
            self.f_note,
            self.save,
        ]
        if self.overrides_path is None:
            self.review_status.value = "<i>Review is off: no overrides file was given.</i>"

        # ---- wiring
        for control in (
            self.countries,
            self.dates,
            self.speaker,
            self.outlet,
            self.reviewed_only,
            *self.stance_toggles.values(),
            *self.deployment_toggles.values(),
        ):
            control.observe(self._on_filter, names="value")
        self.reset.on_click(lambda _b: self.reset_filters())
        self.rows.observe(self._on_row, names="value")
        self.queue.observe(self._on_queue, names="value")
        self.review_next.on_click(lambda _b: self.next_in_queue())
        self.prev_page.on_click(lambda _b: self.goto_page(self.page - 1))
        self.next_page.on_click(lambda _b: self.goto_page(self.page + 1))
        self.save.on_click(lambda _b: self.save_correction())
        self.undo.on_click(lambda _b: self.undo_last_change())
        self.widget = self._layout()
        self.refresh()

    # ------------------------------------------------------------------ state
    def filters(self) -> Filters:
        """The Filters value the controls currently describe."""
        lo, hi = self.dates.value if self.dates.options and self.dates.options[0] != "—" else (None, None)
        return Filters(
            countries=tuple(self.countries.value),
            stances=tuple(s for s, b in self.stance_toggles.items() if b.value),
            deployments=(
                tuple(d for d, b in self.deployment_toggles.items() if b.value)
                if self.deployment_toggles
                else None
            ),
            date_from=lo,
            date_to=hi,
            speaker=self.speaker.value,
            outlet=self.outlet.value,
            reviewed_only=self.reviewed_only.value,
        )

    def visible(self) -> pd.DataFrame:
        """Statements not marked irrelevant (in this session or before)."""
        return self.table[~self.table["_irrelevant"].astype(bool)]

    def refresh(self) -> None:
        """Re-apply the filters and redraw counts, charts and table together."""
        lo, hi = self.dates.value
        self.date_label.value = f"{lo} → {hi}" if lo != "—" else "no dates"
        base = self.visible()
        self.view = apply_filters(base, self.filters())
        self.counts.value = html.escape(selection_counts(self.view, len(base), self.topic).text())
        if self.live_charts and self.picker is not None and self.balance is not None:
            redraw(self.picker, picker_chart(self.view, topic=self.topic))
            redraw(self.balance, self._balance_chart(self.view))
        self.goto_page(0 if self.selected_id is None else self._page_of(self.selected_id))
        self._refresh_queue()

    def _page_of(self, statement_id: str) -> int:
        hits = self.view.index[self.view["statement_id"] == statement_id]
        return int(hits[0]) // self.page_size if len(hits) else 0

    def goto_page(self, page: int) -> None:
        n_pages = max(1, -(-len(self.view) // self.page_size))
        self.page = min(max(0, page), n_pages - 1)
        chunk = self.view.iloc[self.page * self.page_size : (self.page + 1) * self.page_size]
        self._quiet = True
        try:
            self.rows.options = [(table_label(r), r["statement_id"]) for _, r in chunk.iterrows()]
            self.rows.value = self.selected_id if self.selected_id in set(chunk["statement_id"]) else None
        finally:
            self._quiet = False
        first = self.page * self.page_size + 1 if len(chunk) else 0
        self.page_label.value = (
            f"rows {first}–{first + len(chunk) - 1 if len(chunk) else 0} of {len(self.view)}"
        )
        self.prev_page.disabled = self.page == 0
        self.next_page.disabled = self.page >= n_pages - 1

    def reset_filters(self) -> None:
        self._quiet = True
        try:
            self.countries.value = ()
            for b in (*self.stance_toggles.values(), *self.deployment_toggles.values()):
                b.value = True
            self.dates.index = (0, len(self.dates.options) - 1)
            self.speaker.value = self.outlet.value = ""
            self.reviewed_only.value = False
        finally:
            self._quiet = False
        self.refresh()

    # ------------------------------------------------------------------ selection
    def select(self, statement_id: str | None) -> None:
        """Show one statement's detail and load it into the review form."""
        self.selected_id = statement_id
        if statement_id is None:
            return
        try:
            detail = statement_detail(self.visible(), statement_id, self.documents)
        except InputError as err:
            self.detail.value = f"<span style='color:#b00'>{html.escape(str(err))}</span>"
            return
        self.detail.value = detail_html(detail)
        row = self.table[self.table["statement_id"] == statement_id].iloc[0]
        for widget, field in ((self.f_stance, "stance"), (self.f_deployment, "deployment")):
            value = row.get(field)
            if field == "deployment" and not self.deployment_toggles:
                continue
            if value not in widget.options:
                widget.options = [*widget.options, value]
            widget.value = value
        self.f_speaker.value = _s(row.get("speaker"))
        self.f_role.value = _s(row.get("speaker_role"))
        self.f_country.value = _s(row.get("country"))
        self.f_date.value = _s(row.get("date"))
        self.f_irrelevant.value = False
        self.f_note.value = ""
        if self.rows.value != statement_id and statement_id in set(self.view["statement_id"]):
            self.goto_page(self._page_of(statement_id))

    def _on_row(self, change: dict[str, Any]) -> None:
        if not self._quiet and change["new"] is not None:
            self.select(change["new"])

    def _on_chart_pick(self, values: list[object]) -> None:
        if values:
            self.select(str(values[0]))

    def _on_filter(self, _change: dict[str, Any]) -> None:
        if not self._quiet:
            self.refresh()

    # ------------------------------------------------------------------ review
    def proposed(self) -> dict[str, Any]:
        return {
            "stance": self.f_stance.value,
            **({"deployment": self.f_deployment.value} if self.deployment_toggles else {}),
            "speaker": self.f_speaker.value,
            "speaker_role": self.f_role.value,
            "country": self.f_country.value,
            "date": self.f_date.value,
            "irrelevant": self.f_irrelevant.value,
        }

    def save_correction(self) -> list[dict[str, str]]:
        """Write the form's changes for the selected statement; show them at once."""
        if self.overrides_path is None or self.selected_id is None:
            self._status("Select a statement first." if self.overrides_path else "Review is off.", error=True)
            return []
        picked = self.table[self.table["statement_id"] == self.selected_id].iloc[0]
        row = {str(k): v for k, v in picked.items()}
        try:
            rows = save_review(
                self.overrides_path,
                row,
                self.proposed(),
                note=self.f_note.value,
                author=self.f_author.value,
                topic=self.topic,
            )
        except InputError as err:
            self._status(str(err), error=True)
            return []
        if not rows:
            self._status("Nothing changed: edit a field (or tick 'not relevant') before saving.")
            return []
        self.table = apply_in_memory(self.table, rows)
        self._sync_reviewed()
        fields = ", ".join(f"{r['field']} → {r['value'] or '(empty)'}" for r in rows)
        self._status(
            f"Saved by {rows[0]['author']} at {rows[0]['created_at']}: {fields}. "
            f"Logged in {self.overrides_path.parent.name}/{self.overrides_path.name}; "
            "re-run extraction (02_extract) to carry it into the tables and reports."
        )
        keep = self.selected_id if not any(r["field"] == "irrelevant" for r in rows) else None
        self.selected_id = keep
        self.refresh()
        if keep:
            self.select(keep)
        else:
            self.detail.value = "<i>Marked not relevant and removed; Undo brings it back.</i>"
        return rows

    def undo_last_change(self) -> list[dict[str, str]]:
        """Take back this reviewer's newest change, in the log and on screen."""
        if self.overrides_path is None:
            return []
        try:
            removed = undo_review(self.overrides_path, author=self.f_author.value.strip() or default_author())
        except InputError as err:
            self._status(str(err), error=True)
            return []
        if not removed:
            self._status("Nothing to undo for this reviewer.")
            return []
        self.table = revert_in_memory(self.table, removed)
        self._sync_reviewed()
        sid = removed[0]["statement_id"]
        self._status(
            f"Undid the change of {removed[0]['created_at']} to statement {sid} "
            f"({', '.join(r['field'] for r in removed)})."
        )
        self.refresh()
        if sid in set(self.table["statement_id"]):
            self.select(sid)
        return removed

    def _refresh_queue(self) -> None:
        queue = review_queue(self.view, 20)
        self._quiet = True
        try:
            self.queue.options = [(queue_label(r), r["statement_id"]) for _, r in queue.iterrows()]
            self.queue.value = None
        finally:
            self._quiet = False

    def next_in_queue(self) -> str | None:
        """Select the least-confident statement not yet reviewed (in the current selection)."""
        queue = review_queue(self.view, 2)
        ids = [sid for sid in queue["statement_id"] if sid != self.selected_id] if not queue.empty else []
        if not ids:
            self._status("Nothing left to review in this selection.")
            return None
        self.select(ids[0])
        return ids[0]

    def _on_queue(self, change: dict[str, Any]) -> None:
        if not self._quiet and change["new"]:
            self.select(change["new"])

    def _sync_reviewed(self) -> None:
        """`reviewed` means: the log holds a correction for the statement (as apply_overrides sets it)."""
        if self.overrides_path is not None:
            ids = set(load_overrides(self.overrides_path)["statement_id"])
            self.table["reviewed"] = self.table["statement_id"].isin(ids)

    def _status(self, message: str, *, error: bool = False) -> None:
        colour = "#b00" if error else "#060"
        self.review_status.value = f"<span style='color:{colour}'>{html.escape(message)}</span>"

    # ------------------------------------------------------------------ layout
    def _balance_chart(self, frame: pd.DataFrame) -> Any:
        return stance_balance_by_month(frame, title="Stances by month (current selection)", topic=self.topic)

    def _layout(self) -> w.Widget:
        stance_row = w.HBox([w.Label("Stance", layout=w.Layout(width="90px")), *self.stance_toggles.values()])
        deploy_row = w.HBox(
            [w.Label("Deployment", layout=w.Layout(width="90px")), *self.deployment_toggles.values()]
        )
        filters = w.VBox(
            [
                w.HBox(
                    [
                        self.countries,
                        w.VBox([self.speaker, self.outlet, w.HBox([self.reviewed_only, self.reset])]),
                    ]
                ),
                stance_row,
                *([deploy_row] if self.deployment_toggles else []),
                w.HBox([self.dates, self.date_label]),
                self.counts,
            ]
        )
        charts = [c for c in (self.picker, self.balance) if c is not None]
        table = w.VBox(
            [
                w.HTML(f"<pre style='margin:0;font-size:12px'>{html.escape(TABLE_HEADER)}</pre>"),
                self.rows,
                w.HBox([self.prev_page, self.next_page, self.page_label]),
            ]
        )
        review = w.VBox(
            [
                w.HTML("<b>Review this statement</b>"),
                self.f_stance,
                self.f_deployment,
                self.f_country,
                self.f_date,
                self.f_speaker,
                self.f_role,
                self.f_irrelevant,
                self.f_note,
                self.f_author,
                w.HBox([self.save, self.undo]),
                self.review_status,
            ],
            layout=w.Layout(width="40%", padding="0 0 0 1em"),
        )
        return w.VBox(
            [
                w.HTML(_CSS),
                filters,
                *charts,
                table,
                w.HTML("<b>Review next</b> (least confident first; reviewed rows leave the queue)"),
                w.HBox([self.queue, self.review_next]),
                w.HBox(
                    [w.VBox([w.HTML("<b>Statement</b>"), self.detail], layout=w.Layout(width="60%")), review]
                ),
            ]
        )

    def _ipython_display_(self) -> None:
        display(self.widget)


def _toggle(label: str) -> w.ToggleButton:
    """An on/off filter button whose tick shows the state (pressed styling alone is easy to misread)."""
    button = w.ToggleButton(
        value=True,
        description=label,
        icon="check",
        tooltip=f"{label}: shown (click to switch)",
        layout=w.Layout(width="auto"),
    )

    def show_state(change: dict[str, Any]) -> None:
        button.icon = "check" if change["new"] else ""
        button.tooltip = f"{label}: {'shown' if change['new'] else 'hidden'} (click to switch)"

    button.observe(show_state, names="value")
    return button


def _s(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def build_dashboard(
    statements: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    overrides_path: str | Path | None = None,
    *,
    author: str = "",
    page_size: int = 25,
    live_charts: bool = True,
    topic: Topic | None = None,
) -> Dashboard:
    """The dashboard over `statements` (drill-down text from `documents`, corrections to `overrides_path`),
    with the `topic`'s labels (default: the default topic)."""
    return Dashboard(
        statements,
        documents,
        overrides_path,
        author=author,
        page_size=page_size,
        live_charts=live_charts,
        topic=topic,
    )
