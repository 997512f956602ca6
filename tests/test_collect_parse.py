"""The one article parser: title, byline, date from metadata before the URL, body without boilerplate."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from helpers.collect.parse import decode_html, parse_article, to_iso_date

WEB = Path(__file__).parent / "fixtures" / "web"


def fixture(name: str) -> bytes:
    return (WEB / name).read_bytes()


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsing must never reach out (no NLTK downloads, no image fetching)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parse_article tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_jsonld_date_wins_over_a_different_date_in_the_url() -> None:
    art = parse_article(
        fixture("2024-01-05-macron-army-chiefs-paris.html"),
        "https://example.com/articles/2024-01-05-macron-army-chiefs-paris.html",
    )
    assert art.published == "2025-03-11"
    assert art.date_source == "jsonld"
    assert art.title == "Macron rallies army chiefs behind a reassurance force for Ukraine"
    assert art.authors == ["Claire Dubois", "Tom Evans"]
    assert art.site_name == "Example Times"


def test_body_text_keeps_the_article_and_leaves_navigation_and_footer_out() -> None:
    art = parse_article(fixture("article-meta.html"), "https://example.com/articles/article-meta.html")
    assert "far too early to discuss sending German troops" in art.text
    assert "Donald Tusk" in art.text
    for boilerplate in (
        "All rights reserved",
        "Privacy policy",
        "Subscribe",
        "Most read",
        "Cup final tickets",
    ):
        assert boilerplate not in art.text


def test_meta_tag_date_and_newspaper_byline() -> None:
    art = parse_article(fixture("article-meta.html"), "https://example.com/x")
    assert (art.published, art.date_source) == ("2025-02-17", "meta")
    assert art.authors == ["Anna Schmidt"]
    assert art.language == "en"


def test_time_element_date_when_no_meta_tags() -> None:
    art = parse_article(fixture("meloni-rules-out-italian-troops-ukraine.html"), "https://example.com/m")
    assert (art.published, art.date_source) == ("2025-03-06", "time")
    assert art.authors == ["Marco Rossi"]


def test_url_date_is_only_the_last_resort() -> None:
    html = (
        "<html><head><title>T</title></head><body><article><p>"
        + "Troops to Ukraine. " * 40
        + "</p></article></body></html>"
    )
    art = parse_article(html, "https://example.com/2025/02/03/story")
    assert (art.published, art.date_source) == ("2025-02-03", "url")
    assert parse_article(html, "https://example.com/story").published is None


def test_latin1_page_without_charset_is_not_mojibake() -> None:
    raw = fixture("latin1.html")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    art = parse_article(raw, "http://example.com/latin1")
    assert "Sébastien Lecornu" in art.text
    assert "Élysée" in art.text and "Zürich" in art.text
    assert "Ã" not in art.text and "\ufffd" not in art.text


def test_declared_charset_is_used() -> None:
    text, charset = decode_html("Zürich".encode("cp1252"), "windows-1252")
    assert text == "Zürich" and charset == "cp1252"


def test_malformed_html_still_yields_title_date_and_text() -> None:
    art = parse_article(fixture("malformed.html"), "http://example.com/malformed")
    assert art.title == "Spain open to sending peacekeepers to Ukraine"
    assert art.published == "2025-03-03"
    assert "José Manuel Albares" in art.text
    assert "trained thousands of Ukrainian soldiers" in art.text


@pytest.mark.parametrize(
    "junk", [b"", b"   ", b"\x00\x01\x02", b"<html></html>", "<?xml version='1.0' encoding='utf-8'?><html/>"]
)
def test_empty_or_garbage_input_gives_an_empty_article_not_an_error(junk: bytes | str) -> None:
    art = parse_article(junk, None)
    assert art.text == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-11T18:05:00+01:00", "2025-03-11"),
        ("Mon, 17 Feb 2025 20:40:00 GMT", "2025-02-17"),
        ("March 6, 2025", "2025-03-06"),
        ("2025-02-30", None),
        ("not a date", None),
        ("", None),
    ],
)
def test_to_iso_date(value: str, expected: str | None) -> None:
    assert to_iso_date(value) == expected


def _page_with(head: str) -> str:
    body = "<p>" + "Leaders discussed sending troops to Ukraine after a ceasefire. " * 20 + "</p>"
    return f"<html><head><title>T</title>{head}</head><body><article>{body}</article></body></html>"


def test_cms_placeholder_date_is_ignored_in_favour_of_the_url() -> None:
    html = _page_with(
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "0001-01-01T00:00:00Z"}</script>'
    )
    art = parse_article(html, "https://example.com/story/news/2019/11/19/headline-words-here/123/")
    assert (art.published, art.date_source) == ("2019-11-19", "url")


def test_utc_timestamp_one_day_after_the_url_date_takes_the_outlets_calendar_day() -> None:
    # 01:50 UTC on the 20th is the evening of the 19th in Los Angeles; the URL says the 19th
    html = _page_with('<meta property="article:published_time" content="2019-11-20T01:50:59Z">')
    art = parse_article(html, "https://example.com/business/story/2019-11-19/headline")
    assert (art.published, art.date_source) == ("2019-11-19", "meta+url")
    # without a URL date, or with a URL date further away, the metadata stands
    assert parse_article(html, "https://example.com/business/story/headline").published == "2019-11-20"
    assert parse_article(html, "https://example.com/2019/10/01/headline").published == "2019-11-20"


def test_month_name_in_url_is_understood() -> None:
    html = _page_with("")
    art = parse_article(html, "https://example.com/statements/2019/nov/18/someone/claim/")
    assert (art.published, art.date_source) == ("2019-11-18", "url")


def test_a_headline_with_a_slash_or_dash_is_kept_whole_when_the_page_names_it() -> None:
    from helpers.collect.parse import parse_article

    for headline in (
        "EU/NATO leaders back Ukraine troops plan",
        "Starmer - UK could send peacekeepers, says PM",
    ):
        page = (
            f"<html><head><title>{headline} | Example News</title>"
            f'<meta property="og:title" content="{headline}"></head><body><article><h1>{headline}</h1>'
            + "<p>Leaders met in Paris to discuss a force for Ukraine after a ceasefire. " * 3
            + "</p>"
            + "</article></body></html>"
        )
        assert parse_article(page, "https://example.com/a").title == headline
