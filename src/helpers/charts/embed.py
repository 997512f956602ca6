"""Embedding charts in HTML safely and offline.

Two problems this module exists for (both measured with altair 6.3):
- a scraped string containing `</script>` inside chart data ends the script block that
  embeds the spec, breaking the chart and letting markup in the data run. The spec is
  therefore written into a `<script type="application/json">` block with `<`, `>` and `&`
  escaped as `\\u003c`-style sequences, and read back with `JSON.parse`;
- altair's default renderer loads Vega from a CDN, so offline the charts are blank. The
  Vega, Vega-Lite and vega-embed libraries come from vl-convert's bundle, inlined once.
"""

from __future__ import annotations

import base64
import contextlib
import html
import json
import math
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd

from helpers.tables import atomic_write_bytes

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")
_ID_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")

EMBED_OPTIONS: dict[str, Any] = {
    "renderer": "svg",
    # The editor and source actions link to vega.github.io: not wanted in an offline report.
    "actions": {"export": True, "source": False, "compiled": False, "editor": False},
}


def _missing_as_null(value: Any) -> Any:
    """NaN and infinities as JSON null: pandas' text columns mark a missing value with a float NaN
    (the `str` dtype), which Altair's sanitiser passes through, and JSON has no NaN; Vega reads null
    as missing."""
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dict):
        return {k: _missing_as_null(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_missing_as_null(v) for v in value]
    return value


def script_safe_json(value: Any) -> str:
    """JSON text that cannot close or open an HTML tag wherever it is placed inside a page."""
    text = json.dumps(
        _missing_as_null(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=str
    )
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def chart_spec(chart: alt.TopLevelMixin | dict[str, Any]) -> dict[str, Any]:
    """The validated Vega-Lite spec of a chart (altair validates inside `to_dict`), missing values as
    null (so the HTML embed and the static export both get valid JSON)."""
    if isinstance(chart, dict):
        return chart
    with alt.data_transformers.disable_max_rows():
        # Our chart functions aggregate large inputs themselves; the guard is for charts built elsewhere.
        spec: dict[str, Any] = _missing_as_null(chart.to_dict())
        return spec


def _bundle_cache_dir() -> Path:
    base = (
        os.environ.get("STANCE_TRACKER_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    )
    return Path(base) / "stance-tracker"


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega + Vega-Lite + vega-embed as one script (matching altair's Vega-Lite version).

    vl-convert builds the bundle in about 3 s; it is cached on disk per vl-convert and
    Vega-Lite version (in $STANCE_TRACKER_CACHE or ~/.cache/stance-tracker).
    """
    import vl_convert
    from altair.utils._importers import vl_version_for_vl_convert

    vl_version = vl_version_for_vl_convert()
    cache = (
        _bundle_cache_dir() / f"vega-bundle-{getattr(vl_convert, '__version__', 'unknown')}-{vl_version}.js"
    )
    try:
        return cache.read_text(encoding="utf-8")
    except OSError:
        pass
    # the type stub marks `snippet` as required; it is optional (the default exposes vegaEmbed globally)
    bundle = vl_convert.javascript_bundle(vl_version=vl_version)  # type: ignore[call-arg]
    # A literal "</script" inside the library would end the tag; `<\/` means the same in JS strings/regexes.
    bundle = re.sub(r"</(script)", r"<\\/\1", bundle, flags=re.IGNORECASE)
    with contextlib.suppress(OSError):  # a read-only home is fine: we just rebuild next time
        atomic_write_bytes(cache, bundle.encode("utf-8"))
    return bundle


_EMBED_HELPER = """
window.stanceTrackerEmbed = function (id) {
  var holder = document.getElementById(id);
  var spec = JSON.parse(document.getElementById(id + "-spec").textContent);
  var options = JSON.parse(document.getElementById("stance-tracker-embed-options").textContent);
  return vegaEmbed(holder, spec, options).then(function (result) {
    holder.setAttribute("data-rendered", "true");
    // Other parts of the page (the statements table) can react to clicks on this chart.
    (window.stanceTrackerViews = window.stanceTrackerViews || {})[id] = result.view;
    window.dispatchEvent(new CustomEvent("stance-tracker-chart", {detail: {id: id, view: result.view}}));
    return result;
  }).catch(function (err) {
    holder.setAttribute("data-rendered", "error");
    holder.textContent = "This chart could not be drawn: " + err;
    console.error(err);
  });
};
"""


def vega_scripts() -> str:
    """The script tags every report page needs once, before the first chart."""
    return (
        "<script>\n// Vega, Vega-Lite and vega-embed, inlined (no CDN): the report works offline.\n"
        f"{vega_bundle()}\n</script>\n"
        f'<script type="application/json" id="stance-tracker-embed-options">{script_safe_json(EMBED_OPTIONS)}'
        f"</script>\n<script>{_EMBED_HELPER}</script>\n"
    )


def chart_html(
    chart: alt.TopLevelMixin | dict[str, Any], chart_id: str, *, label: str = "", described_by: str = ""
) -> str:
    """A placeholder div, the spec as inert escaped JSON, and one call that draws it.

    `label` (and the id of an element that describes the chart, `described_by`) make the chart a
    labelled image for screen readers, whose text alternative is that description and data table."""
    if not _ID_RE.match(chart_id):
        raise ValueError(f"chart id {chart_id!r} must be letters, digits, '-' or '_' and start with a letter")
    spec = script_safe_json(chart_spec(chart))
    aria = (f' role="img" aria-label="{html.escape(label)}"' if label else "") + (
        f' aria-describedby="{html.escape(described_by)}"' if described_by else ""
    )
    return (
        f'<div class="stance-chart" id="{chart_id}" data-rendered="false"{aria}></div>\n'
        f'<script type="application/json" id="{chart_id}-spec">{spec}</script>\n'
        f'<script>stanceTrackerEmbed("{chart_id}");</script>\n'
    )


def csv_bytes_uri(payload: bytes) -> str:
    """A `data:` URI holding UTF-8 CSV bytes (base64: no characters that need escaping)."""
    return "data:text/csv;charset=utf-8;base64," + base64.b64encode(payload).decode("ascii")


def csv_data_uri(frame: pd.DataFrame) -> str:
    """A `data:` URI holding the frame as UTF-8 CSV."""
    return csv_bytes_uri(frame.to_csv(index=False).encode("utf-8"))


def download_link(
    frame: pd.DataFrame, filename: str, label: str | None = None, *, href: str | None = None
) -> str:
    """An escaped `<a download>` link: embedded data by default, or a file beside the HTML via `href`."""
    target = href if href is not None else csv_data_uri(frame)
    text = label or f"Download the data ({len(frame):,} rows, CSV)"
    return (
        f'<a class="csv-download" download="{html.escape(filename)}" '
        f'href="{html.escape(target)}">{html.escape(text)}</a>'
    )
