"""The package carries what it needs (issue #14, part 6): topics, lexicons, reference tables, the
bundled corpus and the shipped models are package data, so an empty data dir and a wheel install
outside the checkout both run; a data dir's own reference/, models/ and topics/ take precedence."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pandas as pd
import pytest
import yaml

import helpers
from helpers.extract.labeller.store import model_path
from helpers.extract.rules import compile_rules
from helpers.paths import PROJECT_ROOT, RESOURCES, DataLayout, bundled_seed_dir, lexicon_path
from helpers.tables import InputError
from helpers.topics import DEFAULT_TOPIC, available_topics, lexicon_sections, load_topic, topic_path

# --------------------------------------------------------------------------- package data


def test_bundled_data_sits_inside_the_package():
    assert Path(helpers.__file__).resolve().parent / "resources" == RESOURCES
    for part in ("topics", "lexicon/en", "poll_formats", "reference", "seed", "models", "polls/curated"):
        assert (RESOURCES / part).is_dir(), part
    assert topic_path(DEFAULT_TOPIC).parent == RESOURCES / "topics"
    assert (RESOURCES / "models" / f"{DEFAULT_TOPIC}.labeller.json").is_file()
    assert not (PROJECT_ROOT / "config").exists()  # configuration moved into the package


def test_an_empty_data_dir_reads_the_bundled_corpus_and_reference_tables(tmp_path):
    layout = DataLayout.at(tmp_path)
    assert layout.seed_feed == bundled_seed_dir() / "feed.txt"
    assert layout.reference == RESOURCES / "reference"
    assert model_path(DEFAULT_TOPIC, tmp_path) == RESOURCES / "models" / f"{DEFAULT_TOPIC}.labeller.json"
    assert list(tmp_path.iterdir()) == []  # looking up locations writes nothing


def test_the_bundled_corpus_is_copied_byte_identical_into_raw_once(tmp_path):
    layout = DataLayout.at(tmp_path)
    seed = layout.copy_bundled_seed()
    assert seed == tmp_path / "raw" / "seed"
    names = sorted(p.name for p in bundled_seed_dir().iterdir())
    assert sorted(p.name for p in seed.iterdir()) == names == ["feed.txt", "manifest.csv"]
    _, mismatch, errors = filecmp.cmpfiles(bundled_seed_dir(), seed, names, shallow=False)
    assert mismatch == errors == []
    assert layout.seed_feed == seed / "feed.txt"
    (seed / "feed.txt").write_text("edited capture\n", encoding="utf-8")
    layout.copy_bundled_seed()  # raw is never overwritten
    assert (seed / "feed.txt").read_text(encoding="utf-8") == "edited capture\n"
    assert [p.name for p in (tmp_path / "raw").iterdir()] == ["seed"]  # no staging folder left behind


def test_a_data_dirs_own_reference_models_and_topics_win(tmp_path):
    layout = DataLayout.at(tmp_path)
    (tmp_path / "reference").mkdir()
    assert layout.reference == tmp_path / "reference"
    own_model = tmp_path / "models" / f"{DEFAULT_TOPIC}.labeller.json"
    own_model.parent.mkdir()
    shutil.copy(RESOURCES / "models" / own_model.name, own_model)
    assert model_path(DEFAULT_TOPIC, tmp_path) == own_model
    own_topic = yaml.safe_load(topic_path("all").read_text(encoding="utf-8"))
    own_topic["name"] = "local_topic"
    (tmp_path / "topics").mkdir()
    (tmp_path / "topics" / "local_topic.yml").write_text(yaml.safe_dump(own_topic), encoding="utf-8")
    assert "local_topic" in available_topics(tmp_path) and "local_topic" not in available_topics()
    assert load_topic("local_topic", tmp_path).path == tmp_path / "topics" / "local_topic.yml"
    with pytest.raises(InputError, match="unknown topic 'local_topic'"):
        load_topic("local_topic")


# --------------------------------------------------------------------------- topic over lexicon


def test_general_english_lives_in_the_lexicon_not_in_the_topic_file():
    raw = yaml.safe_load(topic_path(DEFAULT_TOPIC).read_text(encoding="utf-8"))
    assert "speech" not in raw and "roles" not in raw and "extends" not in raw
    assert "pollsters" not in raw["polls"] and "support_patterns" not in raw["polls"]
    general = lexicon_sections()
    assert set(general) == {"speech", "roles", "polls"}
    assert lexicon_path("speech.yml").is_file() and general["speech"]["outlets"]
    topic = load_topic(DEFAULT_TOPIC)
    # the Topic keeps the attributes extraction reads: lexicon sections plus the topic's own poll words
    assert topic.config["speech"] == general["speech"] and topic.config["roles"] == general["roles"]
    assert topic.config["polls"]["pollsters"] == general["polls"]["pollsters"]
    assert topic.config["polls"]["topic_patterns"] == raw["polls"]["topic_patterns"]
    rules = compile_rules(DEFAULT_TOPIC)
    assert "reuters" in rules.outlets and rules.pollster_rx is not None and rules.roles


def test_no_bundled_topic_extends_another():
    for name in available_topics():
        assert "extends" not in yaml.safe_load(topic_path(name).read_text(encoding="utf-8")), name


def test_a_topic_may_override_single_poll_words_and_replace_roles(tmp_path):
    cfg = yaml.safe_load(topic_path("all").read_text(encoding="utf-8"))
    cfg["name"] = "custom"
    cfg["polls"] = {"support_patterns": "aye", "trigger_patterns": ["\\bballot\\b"]}
    cfg["roles"] = [{"pattern": "mayor", "role": "mayor", "title": "Mayor"}]
    path = tmp_path / "custom.yml"
    path.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    rules = compile_rules(str(path))
    assert rules.poll_support == "aye"
    assert rules.poll_oppose == lexicon_sections()["polls"]["oppose_patterns"]  # the rest from the lexicon
    assert [r[1] for r in rules.roles] == ["mayor"]
    assert rules.outlets  # speech still from the lexicon


def test_a_topic_names_its_own_reference_tables_relative_to_its_file(tmp_path):
    shutil.copy(RESOURCES / "reference" / "demonyms.csv", tmp_path / "demonyms.csv")
    actors = pd.read_csv(RESOURCES / "reference" / "actors.csv").head(3)
    actors.to_csv(tmp_path / "few_actors.csv", index=False)
    cfg = yaml.safe_load(topic_path("all").read_text(encoding="utf-8"))
    cfg.update(name="few", actors="few_actors.csv", demonyms="demonyms.csv")
    path = tmp_path / "few.yml"
    path.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    assert compile_rules(str(path)).fingerprint != compile_rules("all").fingerprint
    cfg["actors"] = "missing.csv"
    path.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    with pytest.raises((InputError, FileNotFoundError), match="missing.csv"):
        compile_rules.__wrapped__(str(path))


# --------------------------------------------------------------------------- end to end (slow)


def _clean_env() -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "STANCE_TRACKER_DATA")
    }
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 600) -> str:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, (
        f"{' '.join(cmd)} -> {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    )
    return proc.stdout


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_report_on_an_empty_data_dir_from_the_checkout(tmp_path):
    data, out = tmp_path / "empty", tmp_path / "reports"
    data.mkdir()
    env = {**_clean_env(), "PYTHONPATH": str(PROJECT_ROOT / "src")}
    _run(
        [
            sys.executable,
            "-m",
            "helpers",
            "report",
            "--data-dir",
            str(data),
            "--out",
            str(out),
            "--run-id",
            "r1",
        ],
        cwd=PROJECT_ROOT,
        env=env,
    )
    assert (out / "r1" / "report.html").is_file()
    statements = pd.read_parquet(data / "processed" / "statements.parquet")
    documents = pd.read_parquet(data / "processed" / "documents.parquet")
    assert len(statements) > 0 and documents["doc_id"].str.startswith("seed-").all()


def _build_wheel(tmp: Path) -> Path:
    """A wheel built from a copy of the sources (the checkout is left as it is), without network."""
    src = tmp / "source"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(PROJECT_ROOT / name, src / name)
    shutil.copytree(
        PROJECT_ROOT / "src", src / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    dist = tmp / "dist"
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(dist), str(src)]
    import setuptools

    if int(setuptools.__version__.split(".")[0]) >= 77:
        cmd[4:4] = ["--no-build-isolation", "--no-index"]
    # else the build backend pyproject.toml asks for comes from the configured (local) package index
    _run(cmd, cwd=tmp, env=_clean_env())
    (wheel,) = dist.glob("stance_tracker-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory) -> Path:
    """A fresh venv outside the checkout with the wheel installed; it reuses the test environment's
    installed dependencies through a .pth line (a plain path, so the editable `helpers` finder of
    that environment is not run and the wheel's copy is the one imported)."""
    tmp = tmp_path_factory.mktemp("wheel")
    wheel = _build_wheel(tmp)
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp, env=_clean_env())
    python = venv / "bin" / "python"
    # installed before the .pth exists, so pip sees no other stance-tracker to replace
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        cwd=tmp,
        env=_clean_env(),
    )
    site = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            tmp,
            _clean_env(),
        ).strip()
    )
    shared = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "shared_dependencies.pth").write_text("\n".join(sorted(shared)) + "\n", encoding="utf-8")
    # the HTML export templates are data files of the reused nbconvert install (not its kernel specs,
    # which would start that environment's Python)
    templates = Path(sys.prefix) / "share" / "jupyter" / "nbconvert"
    if templates.is_dir():
        (venv / "share" / "jupyter").mkdir(parents=True)
        (venv / "share" / "jupyter" / "nbconvert").symlink_to(templates)
    return venv


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_wheel_imports_its_own_copy_and_collects_and_extracts_outside_the_checkout(wheel_venv, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _clean_env()
    where = _run(
        [str(wheel_venv / "bin" / "python"), "-c", "import helpers; print(helpers.__file__)"], elsewhere, env
    )
    assert Path(where.strip()).resolve().is_relative_to(wheel_venv.resolve())
    data = elsewhere / "data"
    cli = str(wheel_venv / "bin" / "stance-tracker")
    _run([cli, "collect", "--data-dir", str(data)], elsewhere, env)
    _run([cli, "extract", "--data-dir", str(data)], elsewhere, env)
    statements = pd.read_parquet(data / "processed" / "statements.parquet")
    assert len(statements) > 0 and statements["speaker"].notna().any()


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_wheel_runs_the_report_outside_the_checkout(wheel_venv, tmp_path):
    """The runner builds its notebooks from package code, so a wheel needs no checkout at all."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    data, out = elsewhere / "data", elsewhere / "reports"
    _run(
        [
            str(wheel_venv / "bin" / "stance-tracker"),
            "report",
            "--data-dir",
            str(data),
            "--out",
            str(out),
            "--run-id",
            "w1",
        ],
        elsewhere,
        _clean_env(),
    )
    assert (out / "w1" / "report.html").is_file()
    manifest = (out / "w1" / "manifest.json").read_text(encoding="utf-8")
    assert str(wheel_venv.resolve() / "lib") in manifest  # the bundled model the run read
    assert len(pd.read_parquet(data / "processed" / "statements.parquet")) > 0
