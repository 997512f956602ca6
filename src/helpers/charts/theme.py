"""The house theme and the colours every chart shares, registered once with altair.

Stance colours follow a blue/orange diverging scheme from the Okabe-Ito palette, which
stays distinguishable for the common forms of colour blindness; shapes (deployment) and
text labels (matrix) repeat the information so no reading depends on colour alone.
"""

from __future__ import annotations

import altair as alt

from helpers.schemas import DEPLOYMENTS, STANCES

THEME_NAME = "stance_tracker"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

# Diverging order: most in favour first, most against last.
STANCE_ORDER: tuple[str, ...] = ("support", "conditional", "neutral", "oppose")
STANCE_COLOURS: dict[str, str] = {
    "support": "#0072B2",  # Okabe-Ito blue
    "conditional": "#56B4E9",  # Okabe-Ito sky blue
    "neutral": "#A6A6A6",  # mid grey
    "oppose": "#D55E00",  # Okabe-Ito vermillion
}
STANCE_LETTERS: dict[str, str] = {"support": "S", "conditional": "C", "neutral": "N", "oppose": "O"}
NO_STATEMENT = "no statement"
NO_STATEMENT_COLOUR = "#DDDDDD"

DEPLOYMENT_ORDER: tuple[str, ...] = tuple(DEPLOYMENTS)
DEPLOYMENT_SHAPES: dict[str, str] = {
    "peacekeepers": "circle",
    "trainers": "square",
    "combat_troops": "triangle-up",
    "reassurance_force": "diamond",
    "other": "cross",
}

assert set(STANCE_ORDER) == set(STANCES), "theme and schema disagree on stances"

# Default labels for every temporal axis: in UTC (dates are UTC days; local formatting moves
# them a day west of UTC) and always with the year: "Mar 2024" on a month start, else
# "9 Mar 2024". Needed because altair 6 drops `format`/`formatType="utc"` on temporal axes
# (ticks read "April"). To label a temporal axis differently, set its `labelExpr`: an
# axis's own labelExpr wins over this default, but a plain `format` does not (measured).
TEMPORAL_LABEL_EXPR = (
    "utcdate(datum.value) == 1 && utchours(datum.value) == 0 && utcminutes(datum.value) == 0"
    " ? utcFormat(datum.value, '%b %Y') : utcFormat(datum.value, '%-d %b %Y')"
)


def stance_scale(*, with_missing: bool = False) -> alt.Scale:
    """A fixed stance -> colour mapping, so a stance has the same colour in every chart."""
    domain = list(STANCE_ORDER) + ([NO_STATEMENT] if with_missing else [])
    colours = [STANCE_COLOURS[s] for s in STANCE_ORDER] + ([NO_STATEMENT_COLOUR] if with_missing else [])
    return alt.Scale(domain=domain, range=colours)


def deployment_scale() -> alt.Scale:
    return alt.Scale(domain=list(DEPLOYMENT_ORDER), range=[DEPLOYMENT_SHAPES[d] for d in DEPLOYMENT_ORDER])


def house_theme() -> alt.theme.ThemeConfig:
    """Readable defaults: larger type, light grid, no chart border, left-aligned titles."""
    return alt.theme.ThemeConfig(
        config={
            "font": FONT,
            "background": "white",
            "view": {"stroke": None, "continuousWidth": 640, "continuousHeight": 320},
            "title": {"fontSize": 16, "fontWeight": 600, "anchor": "start", "subtitleFontSize": 12,
                      "subtitleColor": "#555555", "offset": 10},
            "axis": {"labelFontSize": 12, "titleFontSize": 12, "titleFontWeight": 500,
                     "gridColor": "#E6E6E6", "domainColor": "#888888", "tickColor": "#888888",
                     "labelColor": "#333333", "titleColor": "#333333"},
            "axisTemporal": {"labelExpr": TEMPORAL_LABEL_EXPR, "labelOverlap": True},
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "symbolSize": 90, "orient": "right"},
            "header": {"labelFontSize": 12, "titleFontSize": 12},
            "point": {"filled": True, "size": 70, "opacity": 0.85},
            "bar": {"stroke": "white", "strokeWidth": 0.5},
            "range": {"category": [STANCE_COLOURS[s] for s in STANCE_ORDER]
                      + ["#009E73", "#CC79A7", "#F0E442", "#000000"]},
        }
    )


def register_theme(enable: bool = True) -> str:
    """Register the house theme (idempotent) and enable it; returns its name."""
    if THEME_NAME not in alt.theme.names():
        alt.theme.register(THEME_NAME, enable=False)(house_theme)
    if enable:
        alt.theme.enable(THEME_NAME)
    return THEME_NAME
