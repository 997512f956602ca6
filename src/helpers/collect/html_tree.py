"""What the page parser and the body-text fallbacks share: one lxml parser, one offline
newspaper3k extractor, and the test for an article-typed JSON-LD object.

It sits below both `parse` (metadata, dates, the chain's first step) and `body_text` (the
fallback chain) so neither has to import the other.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html

__all__ = ["HTML_PARSER", "is_article", "newspaper_extractor"]

# The parser trafilatura itself uses (comments and processing instructions dropped), so the one
# tree built per page serves the metadata extractors and trafilatura alike.
HTML_PARSER = lxml.html.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
)

_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|NewsArticle|WebPage|LiveBlogPosting", re.IGNORECASE)


def is_article(obj: dict[str, Any]) -> bool:
    """Is this JSON-LD object an article (or a page) rather than a breadcrumb, organisation ...?"""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds)


_NP_EXTRACTOR: Any = None


def newspaper_extractor() -> Any:
    """A newspaper3k ContentExtractor configured never to fetch anything (built once per process)."""
    global _NP_EXTRACTOR
    if _NP_EXTRACTOR is None:
        # newspaper3k is heavy to import: only pages that reach it pay for it
        from newspaper.configuration import Configuration
        from newspaper.extractors import ContentExtractor

        config = Configuration()
        config.fetch_images = False
        config.follow_meta_refresh = False
        config.memoize_articles = False
        config.request_timeout = 0
        _NP_EXTRACTOR = ContentExtractor(config)
    return _NP_EXTRACTOR
