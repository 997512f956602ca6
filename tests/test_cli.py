"""The command line is the stable interface: every command has --help and meaningful exit codes."""

import subprocess
import sys
from pathlib import Path

import pytest

from helpers.cli import EXIT_USAGE, build_parser, main

COMMANDS = ("collect", "extract", "evaluate", "report", "polls", "train", "actors")
# Every flag each command has taken since the CLI became the stable interface: add, don't break.
FLAGS = {
    (
        "collect",
    ): "--connect-timeout --data-dir --delay --engine --feed --html --manifest --max-bytes --no-progress "
    "--no-robots --no-seed --refresh --retries --scheduler --section --text-feed --timeout --topic --url --urls "
    "--user-agent --warc --workers",
    (
        "extract",
    ): "--data-dir --docs --engine --no-cache --no-overrides --out --overrides --scheduler --topic",
    ("evaluate",): "--data-dir --docs --figures --gold --json --labeller --out --pred --topic",
    (
        "report",
    ): "--countries --data-dir --docs --format --last --notebooks --out --param --run-id --since --title "
    "--topic --until -p",
    ("train",): "--data-dir --figures --folds --no-reviewed --out --topic --training",
    ("polls", "import"): "--country --data-dir --mapping --question --source-url",
    ("polls", "merge"): "--data-dir",
    ("actors", "unknown"): "--actors --data-dir --min-count --out --statements",
}


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_python_dash_m_helpers_lists_every_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert "--data-dir" in capsys.readouterr().out or command in ("polls", "actors")  # they have actions


@pytest.mark.parametrize("command", list(FLAGS))
def test_every_command_keeps_its_flags(command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    shown = set(capsys.readouterr().out.replace("[", " ").replace(",", " ").split())
    missing = [flag for flag in FLAGS[command].split() if flag not in shown]
    assert not missing, f"{' '.join(command)} lost {missing}"


def test_no_command_prints_help_and_exits_with_usage_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_USAGE
    assert "COMMAND" in capsys.readouterr().out


def test_unknown_command_is_refused() -> None:
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["frobnicate"])
    assert exc.value.code == 2


def test_extract_with_a_missing_docs_file_names_the_file(tmp_path: Path) -> None:
    result = run_cli("extract", "--docs", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "out"))
    assert result.returncode == EXIT_USAGE
    assert "nope.jsonl" in result.stderr


def test_extract_with_a_broken_jsonl_names_the_line(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"doc_id": "a", "text": "x"}\n{not json\n', encoding="utf-8")
    result = run_cli("extract", "--docs", str(docs), "--out", str(tmp_path / "out"))
    assert result.returncode == EXIT_USAGE
    assert "docs.jsonl, line 2" in result.stderr


def test_report_refuses_an_unknown_country_code(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert (
        main(["report", "--countries", "DK,XX", "--data-dir", str(tmp_path), "--out", str(tmp_path / "r")])
        == 2
    )
    assert "XX not an ISO 3166-1 alpha-2 code" in capsys.readouterr().err


def test_collect_with_an_empty_url_list_is_refused_not_replaced_by_the_bundled_corpus(tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("# my urls\n\n", encoding="utf-8")
    assert main(["collect", "--urls", str(urls), "--data-dir", str(tmp_path / "d")]) == EXIT_USAGE
    assert not (tmp_path / "d" / "processed" / "documents.parquet").exists()


def test_collect_from_an_empty_html_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    assert (
        main(["collect", "--html", str(tmp_path / "pages"), "--data-dir", str(tmp_path / "d")]) == EXIT_USAGE
    )


def test_collect_where_every_url_failed_exits_1_not_partial(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on: connection refused at once
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    urls = tmp_path / "urls.txt"
    urls.write_text(f"http://127.0.0.1:{port}/gone.html\n", encoding="utf-8")
    code = main(
        [
            "collect",
            "--urls",
            str(urls),
            "--data-dir",
            str(tmp_path / "d"),
            "--retries",
            "0",
            "--no-robots",
            "--no-progress",
            "--delay",
            "0",
        ]
    )
    assert code == 1


def test_extract_quarantines_bad_and_repeated_documents_and_says_so(tmp_path: Path) -> None:
    import pandas as pd

    docs = tmp_path / "docs.jsonl"
    text = "French President Emmanuel Macron said France is ready to send troops to Ukraine."
    docs.write_text(
        f'{{"doc_id": "a", "published": "01/03/2025", "text": "{text}"}}\n'
        f'{{"doc_id": "b", "published": "2025-03-01", "text": "{text}"}}\n'
        '{"doc_id": "b", "published": "2025-03-02", "text": "another"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run_cli("extract", "--docs", str(docs), "--out", str(out), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 3, result.stderr
    quarantined = pd.read_csv(out / "quarantine" / "documents.csv")
    assert sorted(quarantined["doc_id"]) == ["a", "b"]
    assert "2 document rows quarantined" in result.stderr
    statements = pd.read_csv(out / "statements.csv")
    assert set(statements["doc_id"]) == {"b"}


def test_report_says_when_input_rows_were_quarantined_and_exits_partial(tmp_path: Path) -> None:
    import json

    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        '{"doc_id": "a", "published": "01/03/2025", "text": "troops to Ukraine"}\n'
        '{"doc_id": "b", "url": "https://x.example/b", "outlet": "X", "title": "t", "published": "2025-03-01", '
        '"text": "French President Emmanuel Macron said France is ready to send troops to Ukraine."}\n',
        encoding="utf-8",
    )
    result = run_cli(
        "report",
        "--docs",
        str(docs),
        "--data-dir",
        str(tmp_path / "d"),
        "--out",
        str(tmp_path / "r"),
        "--run-id",
        "q",
    )
    assert result.returncode == 3, result.stderr
    assert "1 documents rows quarantined" in result.stderr
    manifest = json.loads((tmp_path / "r" / "q" / "manifest.json").read_text())
    assert manifest["quarantined"] == {"documents": 1}
    assert (tmp_path / "r" / "q" / "report.html").exists()
