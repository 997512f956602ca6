"""Thin or broken pages keep their text: the extractor chain behind `parse_article`."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from helpers.collect import collect_documents
from helpers.collect.body_text import MIN_WORDS, extract_body_text, word_count
from helpers.collect.parse import _text_trafilatura, parse_article

WEB = Path(__file__).parent / "fixtures" / "web"

# fixture page -> (extractor expected to supply the text, words that must be in it)
FALLBACK_PAGES = {
    "brief-unclosed-aside.html": ("newspaper3k", ["military trainers", "Parliament would have to approve"]),
    "brief-unclosed-footer.html": ("paragraphs", ["reassurance force", "mandate next month"]),
    "jsonld-only.html": ("jsonld", ["contingent of soldiers", "prime minister said"]),
    "og-description-only.html": ("og:description", ["Portugal's government", "coalition of the willing"]),
}


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsing tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("name", sorted(FALLBACK_PAGES))
def test_trafilatura_alone_loses_these_pages(name: str) -> None:
    """The premise: without the chain these pages had (almost) no text."""
    import lxml.html

    tree = lxml.html.document_fromstring((WEB / name).read_bytes())
    assert word_count(_text_trafilatura(tree)) < MIN_WORDS


@pytest.mark.parametrize("name", sorted(FALLBACK_PAGES))
def test_the_chain_recovers_the_brief(name: str) -> None:
    source, phrases = FALLBACK_PAGES[name]
    art = parse_article((WEB / name).read_bytes(), f"https://example.com/{name}")
    assert art.text_source == source
    for phrase in phrases:
        assert phrase in art.text
    assert word_count(art.text) >= MIN_WORDS
    assert art.text_note is None


def test_full_articles_still_come_from_trafilatura() -> None:
    art = parse_article(
        (WEB / "meloni-rules-out-italian-troops-ukraine.html").read_bytes(), "https://example.com/m"
    )
    assert art.text_source == "trafilatura"


def test_a_page_without_text_says_what_each_extractor_found() -> None:
    art = parse_article((WEB / "empty-shell.html").read_bytes(), "https://example.com/shell")
    assert art.text == ""
    assert art.text_source is None
    for name in ("trafilatura", "newspaper3k", "jsonld", "og:description", "paragraphs"):
        assert f"{name} 0 words" in (art.text_note or "")


def test_first_candidate_reaching_the_minimum_wins_and_later_ones_do_not_run() -> None:
    brief = "Sweden said on Monday that it was ready to send a battalion of its soldiers to Ukraine."
    ran: list[str] = []

    def trafilatura() -> str:
        ran.append("trafilatura")
        return "Home"

    html = f"<html><body><div><p>{brief}</p></div></body></html>"
    got = extract_body_text(html, trafilatura, [{"@type": "NewsArticle", "articleBody": "never read"}], {})
    assert got.source == "newspaper3k"
    assert got.text == brief
    assert got.tried == (("trafilatura", 1), ("newspaper3k", word_count(brief)))  # JSON-LD never read
    assert ran == ["trafilatura"]


def test_below_the_minimum_the_longest_candidate_is_kept_not_emptied() -> None:
    meta = {"og:description": "Denmark could send troops to Ukraine, Frederiksen said."}  # 9 words
    got = extract_body_text("<html><body><div id=app></div></body></html>", lambda: "Home", [], meta)
    assert got.source == "og:description"
    assert got.text.startswith("Denmark could send troops")


def test_briefs_are_documents_and_empty_pages_are_dropped_with_their_reason(tmp_path: Path) -> None:
    pages = tmp_path / "saved"
    pages.mkdir()
    for name in [*FALLBACK_PAGES, "empty-shell.html"]:
        shutil.copy(WEB / name, pages / name)
    result = collect_documents(data_dir=tmp_path / "data", html_dirs=[pages])
    texts = " ".join(result.documents["text"])
    for _source, phrases in FALLBACK_PAGES.values():
        assert phrases[0] in texts
    assert len(result.documents) == len(FALLBACK_PAGES)
    assert "text_note" not in result.documents.columns
    reasons = result.dropped["reason"].tolist()
    assert len(reasons) == 1
    assert reasons[0].startswith("no article text extracted: trafilatura 0 words")
    written = (tmp_path / "data" / "processed" / "collect_dropped.csv").read_text(encoding="utf-8")
    assert "newspaper3k 0 words" in written
