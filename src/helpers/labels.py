"""The label sets charts, schemas, the report and the explore widgets use: always a topic's.

A topic declares its labels (`labels:` in its topic file; helpers.topics reads
it). Code that shows or checks labels takes a `topic` argument and falls back to the default
topic, so no label name is written in code and a second topic brings its own labels.
"""

from __future__ import annotations

from functools import lru_cache

from helpers.topics import DEFAULT_TOPIC, LabelSet, Topic, load_topic

# Vega point shapes given to deployment labels by position (the topic file sets the order).
SHAPES: tuple[str, ...] = (
    "circle",
    "square",
    "triangle-up",
    "diamond",
    "cross",
    "triangle-down",
    "wedge",
    "triangle-left",
    "triangle-right",
    "stroke",
)


@lru_cache(maxsize=1)
def default_topic() -> Topic:
    """The default topic, read once per process."""
    return load_topic(DEFAULT_TOPIC)


def topic_or_default(topic: Topic | None) -> Topic:
    return topic if topic is not None else default_topic()


def stance_labels(topic: Topic | None = None) -> LabelSet:
    return topic_or_default(topic).stance_labels


def deployment_labels(topic: Topic | None = None) -> LabelSet | None:
    """The deployment labels, or None when the topic has no deployment dimension."""
    return topic_or_default(topic).deployment_labels


def fallback_stance(labels: LabelSet) -> str:
    """Where a value outside the label set is charted: the "no position" label (else the middle one)."""
    return labels.no_position or labels.names[len(labels.names) // 2]


def fallback_deployment(labels: LabelSet) -> str:
    """Where an unknown deployment is charted: the last label (the topic's catch-all, e.g. "other")."""
    return labels.names[-1]


def letters(labels: LabelSet) -> dict[str, str]:
    return {lab.name: lab.letter for lab in labels.labels}


def shapes(labels: LabelSet) -> dict[str, str]:
    """Label -> Vega shape, by the label's position in the topic's order."""
    return {name: SHAPES[i % len(SHAPES)] for i, name in enumerate(labels.names)}


def readable(name: str) -> str:
    """A label as a reader sees it: "a_b" -> "a b"."""
    return name.replace("_", " ")


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a #RRGGBB colour (0 black .. 1 white)."""
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    try:
        rgb = [int(text[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    except ValueError:
        return 0.5
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def text_colour_on(colour: str) -> str:
    """White text on dark fills, black on light ones (the matrix letters, the report's chips)."""
    return "white" if relative_luminance(colour) < 0.3 else "black"
