"""The dashboard's clickable timeline: one point per statement, click it to drill down.

Unlike the report's `stance_timeline` (whose points open the source URL) the points here
carry `statement_id` and a point selection named `PICK`, which a JupyterChart reports back
to Python. Same house colours and shapes as the report.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers import labels as topic_labels
from helpers.charts.statements import empty_chart, prepare_statements
from helpers.charts.theme import deployment_scale, stance_scale
from helpers.topics import Topic

PICK = "pick"
MAX_POINTS = 5000


def picker_chart(
    statements: pd.DataFrame,
    *,
    title: str = "Statements (click a point to read it)",
    width: int = 620,
    max_points: int = MAX_POINTS,
    topic: Topic | None = None,
) -> alt.TopLevelMixin:
    """Date x country points coloured by stance; selecting one yields its statement_id."""
    if statements.empty:
        return empty_chart("No statements match the filters.", title=title, width=width)
    frame = prepare_statements(statements, topic)
    has_deployment = topic_labels.deployment_labels(topic) is not None
    if frame.empty:
        return empty_chart("No statements with a date match the filters.", title=title, width=width)
    subtitle = f"{len(frame):,} statements"
    if len(frame) > max_points:
        frame = frame.sort_values("day", ascending=False).head(max_points)
        subtitle = f"newest {max_points:,} of {subtitle}; narrow the filters to see the rest"
    data = frame[
        [
            "statement_id",
            "date",
            "country_name",
            "stance",
            *(["deployment"] if has_deployment else []),
            "speaker",
            "speaker_role",
            "quote_short",
            "outlet",
        ]
    ]
    counts = data["country_name"].value_counts()
    order = sorted(counts.index, key=lambda c: (-int(counts[c]), c))
    pick = alt.selection_point(
        name=PICK, fields=["statement_id"], on="click", clear="dblclick", empty=False, toggle=False
    )
    return (
        alt.Chart(data)
        .mark_point(filled=True, size=110, cursor="pointer")
        .encode(
            x=alt.X(
                "date:T",
                title=None,
                scale=alt.Scale(type="utc", padding=12),
                # labelExpr: vega-lite 6 drops `format` when formatType="utc" (ticks read "April")
                axis=alt.Axis(labelExpr="utcFormat(datum.value, '%b %Y')", labelAngle=0, tickCount=8),
            ),
            y=alt.Y("country_name:N", sort=order, title=None),
            color=alt.Color(
                "stance:N",
                scale=stance_scale(topic),
                title="stance",
                legend=alt.Legend(orient="top", direction="horizontal"),
            ),
            **(
                {
                    "shape": alt.Shape(
                        "deployment:N",
                        scale=deployment_scale(topic),
                        title="deployment",
                        legend=alt.Legend(orient="top", direction="horizontal"),
                    )
                }
                if has_deployment
                else {}
            ),
            stroke=alt.condition(pick, alt.value("black"), alt.value(None)),
            strokeWidth=alt.condition(pick, alt.value(2), alt.value(0)),
            opacity=alt.value(0.85),
            tooltip=[
                alt.Tooltip("date:N"),
                alt.Tooltip("speaker:N"),
                alt.Tooltip("speaker_role:N", title="role"),
                alt.Tooltip("country_name:N", title="country"),
                alt.Tooltip("stance:N"),
                *([alt.Tooltip("deployment:N")] if has_deployment else []),
                alt.Tooltip("quote_short:N", title="quote"),
                alt.Tooltip("outlet:N"),
            ],
        )
        .add_params(pick)
        .properties(
            width=width, height=max(120, 24 * len(order)), title=alt.TitleParams(title, subtitle=subtitle)
        )
    )
