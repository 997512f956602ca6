"""RunConfig: one declaration of a run's options, read the same way from notebooks, `-p` and the CLI."""

import argparse

import pytest

from helpers.cli.common import add_option
from helpers.cli.report import build_config, register
from helpers.report.notebooks import parameters_source
from helpers.runconfig import COLLECT, EXTRACT, REPORT, RunConfig
from helpers.tables import InputError
from helpers.topics import DEFAULT_TOPIC


def test_text_parameters_are_read_into_the_fields_types() -> None:
    config = RunConfig.from_params(
        feeds="https://a.example/rss, https://b.example/rss",
        refresh="true",
        countries="dk, fr",
        urls="my-urls.txt",
        polls_import="",
    )
    assert config.feeds == ("https://a.example/rss", "https://b.example/rss")
    assert config.refresh is True and config.countries == "DK,FR"
    assert config.urls == ("my-urls.txt",) and config.polls_import == ()
    assert RunConfig.from_params(delay="0.5", workers="2").delay == 0.5
    with pytest.raises(InputError, match="expected int"):
        RunConfig.from_params(workers="many")


def test_unknown_or_bad_parameters_are_refused_with_the_valid_names() -> None:
    with pytest.raises(InputError) as err:
        RunConfig.from_params(contries="DK")
    assert "'contries'" in str(err.value) and "countries" in str(err.value)
    with pytest.raises(InputError, match="XX not an ISO 3166-1"):
        RunConfig(countries="DK,XX")
    with pytest.raises(InputError, match="after"):
        RunConfig(since="2025-02-01", until="2025-01-01")
    with pytest.raises(InputError, match="needs --engine dask"):
        RunConfig(scheduler="tcp://10.0.0.1:8786")
    with pytest.raises(InputError, match="true or false"):
        RunConfig.from_params(refresh="maybe")


def test_notebook_parameters_cells_are_derived_from_the_fields() -> None:
    collect = parameters_source(COLLECT)
    assert f'topic = "{DEFAULT_TOPIC}"' in collect and "polls_import = [" in collect
    assert "since" not in collect
    assert RunConfig.notebook_fields(EXTRACT) == ("data_dir", "topic", "engine", "scheduler")
    assert {"since", "until", "countries", "title", "export_format"} <= set(RunConfig.notebook_fields(REPORT))
    # the defaults written into a cell read back to the same RunConfig
    namespace: dict[str, object] = {}
    exec(collect, namespace)
    values = {k: namespace[k] for k in RunConfig.notebook_fields(COLLECT)}
    assert RunConfig.from_params(values) == RunConfig()


def test_cli_options_are_built_from_the_fields_and_read_back() -> None:
    parser = argparse.ArgumentParser()
    for name in ("topic", "feeds", "seed", "delay", "engine", "progress"):
        add_option(parser, name)
    args = parser.parse_args(
        ["--feed", "https://a.example/rss", "--no-seed", "--delay", "0.5", "--no-progress"]
    )
    config = RunConfig.from_args(args)
    assert config.feeds == ("https://a.example/rss",) and config.seed is False
    assert config.delay == 0.5 and config.progress is False and config.topic == DEFAULT_TOPIC
    assert RunConfig.from_args(parser.parse_args([])) == RunConfig()
    with pytest.raises(SystemExit):
        parser.parse_args(["--engine", "spark"])


def test_changed_params_name_only_what_differs_from_the_defaults() -> None:
    assert RunConfig().changed_params() == {}
    assert RunConfig(since="2025-01-01", feeds=("u",)).changed_params() == {
        "feeds": ["u"],
        "since": "2025-01-01",
    }


def test_report_command_reads_dash_p_into_the_run_config(tmp_path) -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(
        [
            "report",
            "-p",
            "feeds=https://a.example/rss,https://b.example/rss",
            "-p",
            "refresh=true",
            "--last",
            "7d",
        ]
    )
    config = build_config(args)
    assert config.feeds == ("https://a.example/rss", "https://b.example/rss") and config.refresh is True
    assert config.since and config.until and config.since < config.until
    with pytest.raises(InputError, match="set by the runner"):
        build_config(parser.parse_args(["report", "-p", "run_id=x"]))
    with pytest.raises(InputError, match="valid parameters"):
        build_config(parser.parse_args(["report", "-p", "delay=0"]))  # a run option no notebook takes
