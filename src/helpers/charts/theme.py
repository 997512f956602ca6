"""The house theme and the colours every chart shares, registered once with altair.

Stance colours follow a blue/orange diverging scheme from the Okabe-Ito palette, which
stays distinguishable for the common forms of colour blindness; shapes (deployment) and
text labels (matrix) repeat the information so no reading depends on colour alone.
"""

from __future__ import annotations

import altair as alt

from helpers import labels as topic_labels
from helpers.topics import Topic

THEME_NAME = "stance_tracker"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

# The default topic's labels, kept as module constants for code that reads them without a topic
# (e.g. the polls chart takes its answer colours from STANCE_COLOURS). They come from the topic
# file: the order there is the display order (most in favour first, most against last).
_DEFAULT_STANCES = topic_labels.stance_labels()
STANCE_ORDER: tuple[str, ...] = _DEFAULT_STANCES.names
STANCE_COLOURS: dict[str, str] = _DEFAULT_STANCES.colours
STANCE_LETTERS: dict[str, str] = topic_labels.letters(_DEFAULT_STANCES)
NO_STATEMENT = "no statement"
NO_STATEMENT_COLOUR = "#DDDDDD"

_DEFAULT_DEPLOYMENTS = topic_labels.deployment_labels()
DEPLOYMENT_ORDER: tuple[str, ...] = _DEFAULT_DEPLOYMENTS.names if _DEFAULT_DEPLOYMENTS else ()
DEPLOYMENT_SHAPES: dict[str, str] = topic_labels.shapes(_DEFAULT_DEPLOYMENTS) if _DEFAULT_DEPLOYMENTS else {}

# Default labels for every temporal axis: in UTC (dates are UTC days; local formatting moves
# them a day west of UTC) and always with the year: "Mar 2024" on a month start, else
# "9 Mar 2024". Needed because altair 6 drops `format`/`formatType="utc"` on temporal axes
# (ticks read "April"). To label a temporal axis differently, set its `labelExpr`: an
# axis's own labelExpr wins over this default, but a plain `format` does not (measured).
TEMPORAL_LABEL_EXPR = (
    "utcdate(datum.value) == 1 && utchours(datum.value) == 0 && utcminutes(datum.value) == 0"
    " ? utcFormat(datum.value, '%b %Y') : utcFormat(datum.value, '%-d %b %Y')"
)


def stance_scale(topic: Topic | None = None, *, with_missing: bool = False) -> alt.Scale:
    """A fixed stance -> colour mapping from the topic, so a stance has the same colour in every chart."""
    labels = topic_labels.stance_labels(topic)
    domain = list(labels.names) + ([NO_STATEMENT] if with_missing else [])
    colours = [labels.colours[s] for s in labels.names] + ([NO_STATEMENT_COLOUR] if with_missing else [])
    return alt.Scale(domain=domain, range=colours)


def deployment_scale(topic: Topic | None = None) -> alt.Scale:
    """Deployment -> point shape, by the label's position in the topic's order.

    Raises ValueError for a topic without a deployment dimension (charts then draw no shapes)."""
    labels = topic_labels.deployment_labels(topic)
    if labels is None:
        raise ValueError("this topic has no deployment dimension")
    shapes = topic_labels.shapes(labels)
    return alt.Scale(domain=list(labels.names), range=[shapes[d] for d in labels.names])


def house_theme() -> alt.theme.ThemeConfig:
    """Readable defaults: larger type, light grid, no chart border, left-aligned titles."""
    return alt.theme.ThemeConfig(
        config={
            "font": FONT,
            "background": "white",
            "view": {"stroke": None, "continuousWidth": 640, "continuousHeight": 320},
            "title": {
                "fontSize": 16,
                "fontWeight": 600,
                "anchor": "start",
                "subtitleFontSize": 12,
                "subtitleColor": "#555555",
                "offset": 10,
            },
            "axis": {
                "labelFontSize": 12,
                "titleFontSize": 12,
                "titleFontWeight": 500,
                "gridColor": "#E6E6E6",
                "domainColor": "#888888",
                "tickColor": "#888888",
                "labelColor": "#333333",
                "titleColor": "#333333",
            },
            "axisTemporal": {"labelExpr": TEMPORAL_LABEL_EXPR, "labelOverlap": True},
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "symbolSize": 90, "orient": "right"},
            "header": {"labelFontSize": 12, "titleFontSize": 12},
            "point": {"filled": True, "size": 70, "opacity": 0.85},
            "bar": {"stroke": "white", "strokeWidth": 0.5},
            "range": {
                "category": [STANCE_COLOURS[s] for s in STANCE_ORDER]
                + ["#009E73", "#CC79A7", "#F0E442", "#000000"]
            },
        }
    )


def register_theme(enable: bool = True) -> str:
    """Register the house theme (idempotent) and enable it; returns its name."""
    if THEME_NAME not in alt.theme.names():
        alt.theme.register(THEME_NAME, enable=False)(house_theme)
    if enable:
        alt.theme.enable(THEME_NAME)
    return THEME_NAME
