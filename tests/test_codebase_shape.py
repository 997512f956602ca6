"""The codebase keeps the shape issue #14 asks for: thin package faces, no topic words in code,
no dynamic loading of the project's own modules (docs/architecture.md).

Why tests and not a one-off grep: these properties erode one convenient edit at a time; a test
names the file that broke them.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

from helpers.topics import DEFAULT_TOPIC

SRC = Path(__file__).resolve().parents[1] / "src" / "helpers"
TOPICS = SRC / "resources" / "topics"
MODULES = sorted(SRC.rglob("*.py"))


def test_every_package_face_is_at_most_40_lines() -> None:
    long = {
        str(p.relative_to(SRC)): n
        for p in SRC.rglob("__init__.py")
        if (n := len(p.read_text().splitlines())) > 40
    }
    assert not long, f"__init__.py files hold logic: {long}"


def _topic_words() -> set[str]:
    """The words that belong to a bundled topic: its place and subject keywords and its label names
    (deployment labels, and stance labels other than the cue engine's own polarity words)."""
    # the cue engine's polarity words and "other" are ordinary English used everywhere in code
    # ("no_position" is also the key of the labels section that names such a label)
    cue_vocabulary = {"support", "oppose", "conditional", "neutral", "other", "no_position"}
    words: set[str] = set()
    for path in TOPICS.glob("*.yml"):
        topic = yaml.safe_load(path.read_text(encoding="utf-8"))
        keywords = topic.get("keywords") or {}
        words |= {str(w) for w in keywords.get("place") or []}
        labels = topic.get("labels") or {}
        for kind in ("stance", "deployment"):
            for value in ((labels.get(kind) or {}).get("values")) or []:
                words.add(str(value["name"]))
    return {w for w in words if len(w) > 3} - cue_vocabulary


def test_no_topic_word_or_label_in_code() -> None:
    words = _topic_words()
    assert {"Ukraine", "peacekeepers", "for_membership"} <= words  # the check reads real topics
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")\b", re.I)
    found = []
    for path in MODULES:
        if "resources" in path.parts:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if (m := pattern.search(line)) and not (path.name == "topics.py" and DEFAULT_TOPIC in line):
                found.append(f"{path.relative_to(SRC)}:{n}: {m.group(0)}")
    assert not found, "topic words in code (move them to the topic file or the lexicon):\n" + "\n".join(found)


def test_the_default_topic_name_is_written_once() -> None:
    hits = [str(p.relative_to(SRC)) for p in MODULES if DEFAULT_TOPIC in p.read_text(encoding="utf-8")]
    assert hits == ["topics.py"], hits


def test_no_module_loads_project_code_dynamically() -> None:
    offenders = []
    for path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
                offenders.append(str(path.relative_to(SRC)))
    assert not offenders, f"importlib.import_module in {offenders}: import plainly"
