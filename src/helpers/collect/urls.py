"""URL identity: one article reached through many addresses is still one article.

Tracking parameters, fragments, `www.`, default ports and trailing slashes do not change what
a page is, so they are stripped before URLs are compared or used as keys.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|referrer|"
    r"cmpid|cmp|ocid|ito|smid|sh|s_cid|at_medium|at_campaign|at_custom\d*|guccounter|partner|rss|"
    r"taid|share|amp|outputtype|__twitter_impression|spm|mkt_tok|trk|source)$",
    re.IGNORECASE,
)


def normalize_url(url: str) -> str:
    """Canonical form for comparison: lower-case scheme/host, no www., no tracking query, no fragment.

    >>> normalize_url("HTTPS://www.Example.com:443/a/b/?utm_source=x&id=2#top")
    'https://example.com/a/b?id=2'
    """
    parts = urlsplit(url.strip())
    scheme = (parts.scheme or "http").lower()
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode(
        sorted(
            (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)
        )
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def url_key(url: str) -> str:
    """Short stable id of a normalized URL (used in doc ids)."""
    return hashlib.sha1(normalize_url(url).encode("utf-8")).hexdigest()[:16]


def host_dir(url: str) -> str:
    """A filesystem-safe folder name for the URL's host (port kept: two servers, two folders)."""
    parts = urlsplit(url)
    host = (parts.hostname or "unknown-host").lower()
    if parts.port:
        host = f"{host}_{parts.port}"
    return re.sub(r"[^a-z0-9._-]", "_", host) or "unknown-host"


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else (host or None)
