"""Body text of one page through a chain of extractors, so thin or broken pages keep their words.

trafilatura is the best extractor on whole articles (see docs/collection.md), but it returns
nothing or a scrap on exactly what feeds and live pages publish most: two-sentence briefs,
pages whose story sits inside an unclosed `<aside>` or `<footer>` (malformed HTML that
trafilatura then prunes as boilerplate), and script-rendered pages whose text exists only in
their structured data. The chain, first to reach `MIN_WORDS` wins:

1. trafilatura (fast mode, comments excluded);
2. newspaper3k's body (its own cleaner and node scoring: a second, independent opinion);
3. JSON-LD `articleBody`, then `og:description` (`twitter:description`, `description`);
4. the visible paragraph text (`<p>` outside scripts, styles, templates and hidden elements).

When no candidate reaches `MIN_WORDS`, the longest non-empty one is kept (a short page is
then judged by the topic filter as before, never silently emptied); when all are empty, the
page has no text and `tried` says what each extractor found, for `collect_dropped`.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import lxml.html
from lxml import etree

from helpers.collect.html_tree import HTML_PARSER, is_article, newspaper_extractor

__all__ = ["MIN_WORDS", "BodyText", "extract_body_text", "word_count"]

log = logging.getLogger(__name__)

# A news brief is two sentences, 15 words and up: a candidate this long is an article body.
MIN_WORDS = 15

_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]+>")
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object", "textarea")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_DESCRIPTION_KEYS = ("og:description", "twitter:description", "description")


def word_count(text: str) -> int:
    return len(_WORD.findall(text or ""))


@dataclass(frozen=True)
class BodyText:
    """The chosen text, the extractor it came from, and (extractor, words) for each one tried."""

    text: str
    source: str | None
    tried: tuple[tuple[str, int], ...]

    def describe_tries(self) -> str:
        """'trafilatura 0 words, newspaper3k 3 words, ...': why a page ended up without text."""
        return ", ".join(f"{name} {words} words" for name, words in self.tried)


def _tidy(text: str) -> str:
    """Clean a fallback's text as trafilatura cleans its own: characters that are neither printable
    nor whitespace removed (a soft hyphen or zero-width space inside a keyword would hide the word
    from the topic filter), NFC, runs of spaces collapsed inside lines, empty lines dropped."""
    text = text or ""
    invisible = {ord(c): None for c in set(text) if not (c.isprintable() or c.isspace())}
    text = unicodedata.normalize("NFC", text.translate(invisible))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _fresh_tree(html: str) -> etree._Element | None:
    """A new tree for the fallbacks: trafilatura prunes the tree it is given."""
    try:
        return lxml.html.document_fromstring(html, parser=HTML_PARSER)
    except (etree.ParserError, ValueError):
        return None


def newspaper_body(html: str) -> str:
    """newspaper3k's article body: its document cleaner, best-node scoring and formatter."""
    # newspaper3k is heavy to import: most pages never reach this fallback
    from newspaper.cleaners import DocumentCleaner
    from newspaper.outputformatters import OutputFormatter

    tree = _fresh_tree(html)
    if tree is None:
        return ""
    extractor = newspaper_extractor()
    config = extractor.config
    try:
        doc = DocumentCleaner(config).clean(tree)
        top = extractor.calculate_best_node(doc)
        if top is None:
            return ""
        top = extractor.post_cleanup(top)
        text, _ = OutputFormatter(config).get_formatted(top)
    except Exception as err:  # newspaper3k raises assorted errors on odd markup
        log.debug("newspaper3k body failed: %s", err)
        return ""
    return text or ""


def jsonld_body(jsonld: list[dict]) -> str:
    """`articleBody` of the page's structured data (article types first); markup in it removed."""
    ordered = sorted(jsonld, key=lambda obj: not is_article(obj))
    for obj in ordered:
        body = obj.get("articleBody")
        if isinstance(body, str) and body.strip():
            return html_lib.unescape(_TAG.sub(" ", body))
    return ""


def meta_description(meta: dict[str, str]) -> str:
    """og:description (or twitter:description, description): a teaser is better than nothing."""
    for key in _DESCRIPTION_KEYS:
        if meta.get(key, "").strip():
            return html_lib.unescape(meta[key])
    return ""


def _hidden(node: etree._Element) -> bool:
    if node.get("hidden") is not None or (node.get("aria-hidden") or "").lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(node.get("style") or ""))


def visible_paragraphs(html: str) -> str:
    """Text of the `<p>` elements a reader sees, in page order, one per line."""
    tree = _fresh_tree(html)
    if tree is None:
        return ""
    for node in list(tree.iter(*_INVISIBLE_TAGS)):
        if node.getparent() is not None:
            node.drop_tree()
    for node in [n for n in tree.iter(etree.Element) if _hidden(n)]:
        if node.getparent() is not None:
            node.drop_tree()
    return "\n".join(p.text_content() for p in tree.iter("p"))


def extract_body_text(
    html: str,
    trafilatura_text: Callable[[], str],
    jsonld: list[dict[str, Any]],
    meta: dict[str, str],
    min_words: int = MIN_WORDS,
) -> BodyText:
    """Run the chain lazily: later extractors run only when earlier ones fall short."""
    chain: list[tuple[str, Callable[[], str]]] = [
        ("trafilatura", trafilatura_text),
        ("newspaper3k", lambda: newspaper_body(html)),
        ("jsonld", lambda: jsonld_body(jsonld)),
        ("og:description", lambda: meta_description(meta)),
        ("paragraphs", lambda: visible_paragraphs(html)),
    ]
    tried: list[tuple[str, int]] = []
    best: tuple[int, str, str] | None = None  # (words, text, source): the longest so far
    for name, extract in chain:
        # trafilatura's text is kept exactly as it comes (the benchmark scores it); fallbacks are tidied
        text = extract().strip() if name == "trafilatura" else _tidy(extract())
        words = word_count(text)
        tried.append((name, words))
        if words >= min_words:
            return BodyText(text, name, tuple(tried))
        if words and (best is None or words > best[0]):
            best = (words, text, name)
    if best is None:
        return BodyText("", None, tuple(tried))
    return BodyText(best[1], best[2], tuple(tried))
