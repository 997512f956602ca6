"""How charts are drawn inside JupyterLab 4: `alt.JupyterChart` with its libraries inlined.

Measured: JupyterLab 4.6 has no renderer for altair 6's default output (mimetype
application/vnd.vega.v6+json) and prints "renderer has not been properly enabled". A
JupyterChart is an anywidget: the widget manager JupyterLab already ships draws it, it can be
re-drawn in place when the data changes, and it reports clicked points back to Python (the
drill-down). Offline mode inlines vega/vega-lite/vega-embed from vl-convert, so nothing is
fetched from a CDN (the machines here, and many newsrooms' laptops, have no such access).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import altair as alt

_enabled = False


class RenderingUnavailable(RuntimeError):
    """The live chart path cannot work in this environment (a package is missing)."""


def enable_live_charts() -> None:
    """Switch JupyterChart to inlined (offline) libraries once per kernel."""
    global _enabled
    if _enabled:
        return
    try:
        import anywidget  # noqa: F401  (JupyterChart is an anywidget)
        import vl_convert  # noqa: F401  (source of the inlined JavaScript bundle)
    except ModuleNotFoundError as err:
        raise RenderingUnavailable(
            f"live charts need the {err.name!r} package: pip install anywidget vl-convert-python"
        ) from err
    alt.JupyterChart.enable_offline(True)
    _enabled = True


def live_chart(chart: alt.TopLevelMixin, *, renderer: str = "svg") -> alt.JupyterChart:
    """A widget drawing `chart`; `redraw` replaces it in place.

    SVG by default: every point is an element with an aria-label (screen readers, browser tests);
    pass renderer="canvas" for many thousands of marks.
    """
    enable_live_charts()
    return alt.JupyterChart(cast(Any, chart), embed_options={"renderer": renderer})


def redraw(widget: alt.JupyterChart, chart: alt.TopLevelMixin) -> None:
    """Replace the chart a live widget shows (selections on the old chart are dropped)."""
    widget.chart = cast(Any, chart)


def selected_values(vl_selections: dict, param: str, field: str) -> list[object]:
    """Values of `field` in the points a point selection `param` holds, read from the widget's
    `_vl_selections` state (that trait survives redraws, unlike the `selections` object)."""
    from altair.utils.selection import PointSelection

    entry = (vl_selections or {}).get(param)
    if not isinstance(entry, dict):
        return []
    store: Any = entry.get("store") or []
    selection = PointSelection.from_vega(param, signal=entry.get("value"), store=store)
    values = [v.get(field) for v in selection.value or [] if isinstance(v, dict) and field in v]
    if values:
        return values
    for point in entry.get("store") or []:  # the selection's dataset: {fields: [{field}], values: [...]}
        names = [f.get("field") for f in point.get("fields", []) if isinstance(f, dict)]
        if field in names and len(point.get("values", [])) == len(names):
            values.append(point["values"][names.index(field)])
    return values


def on_point_selected(
    widget: alt.JupyterChart, param: str, field: str, callback: Callable[[list[object]], None]
) -> None:
    """Call `callback(values)` whenever the reader clicks points of selection `param`."""

    def handler(change: dict) -> None:
        callback(selected_values(change["new"], param, field))

    widget.observe(handler, names="_vl_selections")
