"""Labels belong to the topic: a second topic (NATO membership, no deployment dimension) gets its own
labels in schema checks, charts, the report's legend, the statements table and the explore widgets."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from helpers import labels as topic_labels
from helpers import query
from helpers.charts.embed import chart_spec
from helpers.report import sections, statements_table
from helpers.schemas import statements_schema, validate_or_quarantine
from helpers.tables import write_table
from helpers.topics import load_topic

NATO = load_topic("ukraine_nato_membership")
TROOPS = load_topic("ukraine_troops")


def nato_statements() -> pd.DataFrame:
    """Statements labelled with the NATO topic's stances, no deployment."""
    rows = [
        ("n1", "2024-07-10", "Speaker A", "President", "FR", "for_membership", "The path is irreversible"),
        ("n2", "2024-07-11", "Speaker B", "Chancellor", "DE", "later_or_conditional", "Only after the war"),
        ("n3", "2025-02-01", "Speaker C", "Prime Minister", "HU", "against_membership", "We would block it"),
        (
            "n4",
            "2025-03-05",
            "Speaker D",
            "Secretary General",
            "NATO",
            "no_position",
            "The summit will discuss it",
        ),
        ("n5", "2025-03-06", "Speaker B", "Chancellor", "DE", "for_membership", "Ukraine belongs in NATO"),
    ]
    frame = pd.DataFrame(
        rows, columns=["statement_id", "date", "speaker", "speaker_role", "country", "stance", "quote"]
    )
    frame["doc_id"] = "doc-" + frame["statement_id"]
    frame["deployment"] = None
    frame["reported_by"] = "Reuters"
    frame["sentence"] = frame["quote"]
    frame["url"] = "https://example.org/" + frame["statement_id"]
    frame["outlet"] = "Reuters"
    frame["published"] = frame["date"]
    frame["stance_confidence"] = [0.9, 0.55, None, 0.7, 0.95]
    return frame


def _encodings(spec: dict) -> list[dict]:
    """Every `encoding` block of a (possibly layered / concatenated) Vega-Lite spec."""
    found = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "encoding" in node:
                found.append(node["encoding"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    return found


def test_label_sets_come_from_the_topic_files():
    assert NATO.deployment_labels is None
    assert topic_labels.stance_labels(NATO).names == (
        "for_membership",
        "later_or_conditional",
        "no_position",
        "against_membership",
    )
    assert topic_labels.fallback_stance(NATO.stance_labels) == "no_position"
    assert topic_labels.stance_labels() == TROOPS.stance_labels  # default topic
    shapes = topic_labels.shapes(TROOPS.deployment_labels)
    assert len(set(shapes.values())) == len(shapes)  # each deployment its own shape, by position


def test_schema_checks_the_topics_labels_and_allows_no_deployment():
    frame = nato_statements()
    valid, bad = validate_or_quarantine(frame, "statements", topic=NATO)
    assert bad.empty and len(valid) == len(frame)
    # the default topic's schema rejects the NATO labels (and the missing deployments) ...
    _valid, bad_default = validate_or_quarantine(frame, "statements")
    assert len(bad_default) == len(frame)
    # ... and the NATO schema rejects the default topic's labels
    wrong = frame.assign(stance=TROOPS.stance_labels.names[0])
    _valid, bad_wrong = validate_or_quarantine(wrong, "statements", topic=NATO)
    assert len(bad_wrong) == len(frame) and bad_wrong["reason"].str.contains("stance").all()
    assert statements_schema(NATO).columns["deployment"].nullable


def test_report_sections_and_charts_for_the_nato_topic(tmp_path):
    write_table(nato_statements(), tmp_path / "processed", "statements")
    data = sections.load_report_data(data_dir=tmp_path, topic=NATO)
    nato_names = list(NATO.stance_labels.names)
    nato_colours = [NATO.stance_labels.colours[s] for s in nato_names]
    for build in (sections.timeline, sections.balance, sections.matrix, sections.latest_map):
        chart, table = build(data)
        spec = chart_spec(chart)
        colours = [
            e["color"]
            for e in _encodings(spec)
            if isinstance(e.get("color"), dict) and e["color"].get("scale")
        ]
        assert colours, build.__name__
        for colour in colours:
            domain = colour["scale"]["domain"]
            assert domain[:4] == nato_names, (build.__name__, domain)
            assert colour["scale"]["range"][:4] == nato_colours
        assert not any("shape" in e for e in _encodings(spec)), f"{build.__name__} draws deployment shapes"
        assert set(table["stance"]) <= set(nato_names)
    matrix_spec = json.dumps(chart_spec(sections.matrix(data)[0]))
    assert "F for membership" in matrix_spec and "A against membership" in matrix_spec
    legend = sections.methodology(data, NATO.title)
    for label in NATO.stance_labels.labels:
        assert label.name in legend and label.colour in legend
    assert "Deployment:" not in legend
    for name in TROOPS.stance_labels.names:
        assert f"<b>{name}</b>" not in legend


def test_statements_table_for_the_nato_topic_has_its_chips_and_no_deployment_column():
    rows = statements_table.table_rows(nato_statements(), NATO)
    assert "deployment" not in rows.columns and "deployment_confidence" not in rows.columns
    assert list(rows["statement_id"]) == ["n5", "n4", "n3", "n2", "n1"]  # newest first
    page = statements_table.statements_section(nato_statements(), NATO)
    styles = statements_table._label_styles(NATO)
    assert set(styles) == {"stance"} and set(styles["stance"]) == set(NATO.stance_labels.names)
    assert NATO.stance_labels.colours["against_membership"] in page
    assert ">deployment<" not in page


def test_unknown_stances_fall_back_to_the_topics_no_position_label_in_pandas_and_duckdb():
    duckdb = pytest.importorskip("duckdb")
    frame = nato_statements().assign(stance=["for_membership", "maybe", None, "no_position", "nonsense"])
    prepared = sections.prepare_statements(frame, NATO)
    assert list(prepared.sort_values("statement_id")["stance"]) == [
        "for_membership",
        "no_position",
        "no_position",
        "no_position",
        "no_position",
    ]
    con = duckdb.connect()
    con.register("st", frame)
    con.execute(query.prepared_view_sql(NATO))
    got = con.execute("SELECT statement_id, stance, deployment FROM p ORDER BY statement_id").fetchall()
    assert [g[1] for g in got] == [
        "for_membership",
        "no_position",
        "no_position",
        "no_position",
        "no_position",
    ]
    assert all(g[2] is None for g in got)


def test_explore_widgets_and_overrides_offer_the_topics_labels(tmp_path):
    from helpers.explore.filters import filter_options, selection_counts
    from helpers.overrides import normalise_value
    from helpers.tables import InputError

    options = filter_options(nato_statements(), NATO)
    assert options.stances == NATO.stance_labels.names and options.deployments == ()
    counts = selection_counts(nato_statements(), 5, NATO)
    assert counts.by_stance["for_membership"] == 2
    assert normalise_value("stance", "against_membership", NATO) == "against_membership"
    with pytest.raises(InputError, match="for_membership"):
        normalise_value("stance", TROOPS.stance_labels.names[0], NATO)
    with pytest.raises(InputError, match="no deployment"):
        normalise_value("deployment", "anything", NATO)
    pytest.importorskip("ipywidgets")
    from helpers.explore.dashboard import build_dashboard

    board = build_dashboard(
        nato_statements(), overrides_path=tmp_path / "overrides.csv", live_charts=False, topic=NATO
    )
    assert tuple(board.stance_toggles) == NATO.stance_labels.names
    assert board.deployment_toggles == {}
    board.refresh()
    assert len(board.view) == 5  # no deployment filter hides rows
    assert tuple(board.f_stance.options) == NATO.stance_labels.names


def test_a_topic_that_extends_another_reads_the_merged_sections(tmp_path):
    """Everyone reading `Topic.config` (rules, labelling, training) sees the parent's sections under
    the child's own; the child keeps its name, and its poll keys override the parent's one by one."""
    child = tmp_path / "child.yml"
    child.write_text(
        "name: child\nextends: ukraine_nato_membership\nkeywords:\n  place: [Kyiv]\n"
        "polls:\n  topic_patterns: [membership]\n",
        encoding="utf-8",
    )
    topic = load_topic(child)
    assert topic.name == "child" and topic.keywords == {"place": ["Kyiv"]}
    stance = topic.config["labels"]["stance"]
    assert stance["from_cues"] == NATO.config["labels"]["stance"]["from_cues"]
    assert topic.stance_labels.names == NATO.stance_labels.names and topic.deployment_labels is None
    assert topic.config["relevance"] == NATO.config["relevance"]
    polls = topic.config["polls"]
    assert polls["topic_patterns"] == ["membership"]
    for key in (
        "trigger_patterns",
        "other_question_patterns",
    ):  # the parent's (its trigger overrides the lexicon's)
        assert polls[key] == NATO.config["polls"][key]
    assert polls["support_patterns"] == NATO.config["polls"]["support_patterns"]  # the lexicon's


def test_topics_that_extend_each_other_in_a_circle_are_refused(tmp_path):
    from helpers.tables import InputError

    (tmp_path / "a.yml").write_text("extends: b.yml\nkeywords: {x: [y]}\n", encoding="utf-8")
    (tmp_path / "b.yml").write_text("extends: a.yml\nkeywords: {x: [y]}\n", encoding="utf-8")
    with pytest.raises(InputError, match="circle"):
        load_topic(tmp_path / "a.yml")


def test_the_nato_topic_reads_membership_however_worded():
    """The second topic's relevance is configuration: "Ukraine coming into NATO" and, near an
    on-topic sentence, a bare "membership" are its subject; an unrelated sentence is not."""
    import pandas as pd

    from helpers.extract import extract_documents

    def speakers(text: str) -> set[str]:
        docs = pd.DataFrame(
            [
                {
                    "doc_id": "n1",
                    "url": "https://example.org/n",
                    "outlet": "Example",
                    "published": "2025-05-30",
                    "title": None,
                    "text": text,
                }
            ]
        )
        rows, _ = extract_documents(docs, "ukraine_nato_membership")
        return set(rows["speaker"])

    assert speakers(
        "Special envoy John Doe told ABC News that Ukraine coming into NATO is not on the table."
    ) == {"John Doe"}
    lead = "Allies discussed Ukraine's bid to join NATO at the summit in Washington. "
    assert "Jane Roe" in speakers(lead + "President Jane Roe said membership would come at some point.")
    assert speakers("President Jane Roe said the harvest in Ukraine would come at some point.") == set()
