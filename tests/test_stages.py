"""What notebooks 01 and 02 call: the stages work on a data dir and refuse what they cannot do."""

import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers.cli import EXIT_USAGE, main
from helpers.pipeline import RunConfig, collect_stage, extract_stage, load_documents_file
from helpers.tables import InputError

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "src" / "helpers" / "resources" / "seed", tmp_path / "data" / "raw" / "seed")
    return tmp_path / "data"


def test_collect_then_extract_on_the_bundled_corpus(data_dir: Path) -> None:
    config = RunConfig(data_dir=str(data_dir))
    collected = collect_stage(config)
    assert collected["documents"] == 23
    summary = extract_stage(config)
    assert summary["statements"] > 0 and summary["quarantined"] == 0
    assert summary["polls_merged"] is not None  # into processed/: the merged polls follow
    assert (data_dir / "processed" / "statements.csv").exists()


def test_extract_before_collect_names_the_missing_table(data_dir: Path) -> None:
    with pytest.raises(InputError, match="run 01_collect"):
        extract_stage(RunConfig(data_dir=str(data_dir)))


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(InputError, match="unknown engine 'spark'"):
        RunConfig(engine="spark")


def test_a_documents_file_with_bad_rows_quarantines_them_and_keeps_the_rest(tmp_path: Path) -> None:
    docs = tmp_path / "docs.csv"
    pd.DataFrame(
        [
            {
                "doc_id": "a",
                "url": "",
                "outlet": "X",
                "published": "2025-03-01",
                "title": "",
                "text": "Some text.",
            },
            {
                "doc_id": "b",
                "url": "",
                "outlet": "X",
                "published": "2025-13-01",
                "title": "",
                "text": "Other.",
            },
        ]
    ).to_csv(docs, index=False)
    kept = load_documents_file(docs, tmp_path / "data")
    assert list(kept["doc_id"]) == ["a"]
    quarantined = pd.read_csv(tmp_path / "data" / "processed" / "quarantine" / "documents.csv")
    assert list(quarantined["doc_id"]) == ["b"] and "published" in quarantined["reason"].iloc[0]


def test_a_text_feed_with_its_manifest_is_copied_to_raw_once_and_ingested(tmp_path: Path) -> None:
    feed = tmp_path / "briefing.txt"
    feed.write_text(
        "\nSweden's prime minister said troops could go to Ukraine after a ceasefire.\n"
        "Sweden's prime minister said troops could go to Ukraine after a ceasefire.\n",
        encoding="utf-8",
    )
    manifest = tmp_path / "briefing.csv"
    manifest.write_text(
        "line,url,outlet,published\n2,https://a.example/1,A,2025-03-02\n3,https://b.example/2,B,2025-03-03\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    for _ in range(2):
        assert (
            main(["collect", "--text-feed", str(feed), "--manifest", str(manifest), "--data-dir", str(data)])
            == 0
        )
    copies = list((data / "raw" / "feeds").glob("briefing-*/briefing.txt"))
    assert len(copies) == 1 and copies[0].read_bytes() == feed.read_bytes()
    docs = pd.read_parquet(data / "processed" / "documents.parquet")
    assert list(docs["doc_id"]) == ["briefing-02"] and docs["n_sources"].iloc[0] == 2


def test_a_text_feed_without_its_manifest_is_refused(tmp_path: Path) -> None:
    feed = tmp_path / "f.txt"
    feed.write_text("a line\n", encoding="utf-8")
    assert main(["collect", "--text-feed", str(feed), "--data-dir", str(tmp_path / "d")]) == EXIT_USAGE


def test_a_text_feed_copy_cut_short_before_its_manifest_is_redone(tmp_path: Path) -> None:
    """A crash between the feed's write and the manifest's leaves a folder that is not a finished copy."""
    from helpers.collect.text_feeds import text_feed_documents
    from helpers.paths import DataLayout

    feed = tmp_path / "briefing.txt"
    feed.write_text("Sweden's prime minister said troops could go to Ukraine.\n", encoding="utf-8")
    manifest = tmp_path / "briefing.csv"
    manifest.write_text("line,url,outlet,published\n1,https://a.example/1,A,2025-03-02\n", encoding="utf-8")
    layout = DataLayout.at(tmp_path / "data")
    first = text_feed_documents(layout, [(feed, manifest)])
    assert first is not None
    (copy,) = (layout.raw / "feeds").glob("briefing-*")
    (copy / "manifest.csv").unlink()  # as if the run had died between the two writes
    (copy / "briefing.txt").write_text("half a line", encoding="utf-8")
    again = text_feed_documents(layout, [(feed, manifest)])
    assert again is not None and list(again["text"]) == list(first["text"])
    assert (copy / "manifest.csv").read_bytes() == manifest.read_bytes()
    assert (copy / "briefing.txt").read_bytes() == feed.read_bytes()
