"""Where article URLs come from: URL lists, RSS/Atom feeds, section/tag pages, saved HTML folders."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html

from helpers.collect.parse import decode_html, to_iso_date
from helpers.collect.urls import normalize_url
from helpers.tables import InputError


@dataclass
class Lead:
    """An article URL to fetch, with what its source already told us about it."""

    url: str
    source: str = ""  # the list file, feed or section page it came from
    title: str | None = None
    published: str | None = None
    outlet: str | None = None


def read_url_list(path: str | Path) -> list[Lead]:
    """A .txt (one URL a line, `#` comments) or .csv (a `url` column; optional outlet/published/title)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: URL list not found")
    text = path.read_text(encoding="utf-8-sig")
    leads: list[Lead] = []
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        cols = [c.strip().lower() for c in (reader.fieldnames or [])]
        if "url" not in cols:
            raise InputError(f"{path}: a CSV URL list needs a `url` column (found {reader.fieldnames})")
        for lineno, row in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            url = row.get("url", "")
            if not url:
                continue
            _check_url(url, f"{path}, row {lineno}")
            leads.append(
                Lead(
                    url=url,
                    source=str(path),
                    title=row.get("title") or None,
                    published=row.get("published") or None,
                    outlet=row.get("outlet") or None,
                )
            )
        return leads
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not line:
            continue
        _check_url(line, f"{path}, line {lineno}")
        leads.append(Lead(url=line, source=str(path)))
    return leads


def _check_url(url: str, where: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{where}: {url!r} is not an http(s) URL")


def parse_feed(body: bytes, feed_url: str) -> list[Lead]:
    """Article links of an RSS/Atom feed, with the entry's title and date."""
    import feedparser  # only feed runs need it

    parsed = feedparser.parse(body)
    leads = []
    for entry in parsed.entries:
        link = entry.get("link") or next(
            (lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None
        )
        if not link:
            continue
        link = urljoin(feed_url, link)
        published = None
        for key in ("published_parsed", "updated_parsed"):
            if entry.get(key):
                year, month, day = entry[key][:3]
                published = f"{year:04d}-{month:02d}-{day:02d}"
                break
        if published is None:
            published = to_iso_date(entry.get("published") or entry.get("updated"))
        leads.append(
            Lead(
                url=link,
                source=feed_url,
                title=entry.get("title"),
                published=published,
                outlet=(parsed.feed.get("title") or None),
            )
        )
    return leads


_NOT_ARTICLE = re.compile(
    r"/(tag|tags|topic|topics|category|categories|section|author|authors|about|contact|login|signin|"
    r"register|subscribe|newsletter|search|privacy|terms|cookies?|advert\w*|jobs|careers|feed|rss|page)(/|$)",
    re.IGNORECASE,
)
_FILE_EXT = re.compile(r"\.(jpe?g|png|gif|svg|webp|pdf|zip|mp[34]|css|js|xml|json|ico)$", re.IGNORECASE)
_DATE_IN_PATH = re.compile(r"/20\d{2}[/-]\d{1,2}")


def looks_like_article(url: str) -> bool:
    """Article pages have a long slug (several hyphenated words), a date or a long numeric id in the path."""
    path = urlsplit(url).path
    if not path or path == "/" or _FILE_EXT.search(path) or _NOT_ARTICLE.search(path):
        return False
    last = [seg for seg in path.split("/") if seg]
    slug = last[-1] if last else ""
    return slug.count("-") >= 3 or bool(_DATE_IN_PATH.search(path)) or bool(re.search(r"\d{5,}", slug))


def section_links(body: bytes | str, page_url: str) -> list[Lead]:
    """Article links on a section/tag page: same site, article-shaped, in page order, each once."""
    html = decode_html(body)[0] if isinstance(body, bytes) else body
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)
    try:
        tree = lxml.html.document_fromstring(html)
    except Exception as err:  # lxml raises ParserError on empty/garbage documents
        raise InputError(f"{page_url}: section page is not parseable HTML ({err})") from err
    site = (urlsplit(page_url).hostname or "").removeprefix("www.")
    seen: set[str] = set()
    leads = []
    for anchor in tree.iter("a"):
        href = anchor.get("href")
        if not href or href.startswith(("#", "mailto:", "javascript:")):
            continue
        url = urljoin(page_url, href.strip())
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        if host != site or not looks_like_article(url):
            continue
        key = normalize_url(url)
        if key in seen or key == normalize_url(page_url):
            continue
        seen.add(key)
        title = " ".join(anchor.text_content().split()) or None
        leads.append(Lead(url=url, source=page_url, title=title))
    return leads


def html_files(folder: str | Path) -> list[Path]:
    """Saved pages under a folder (or one file): *.html, *.htm, *.xhtml, recursively, sorted."""
    root = Path(folder)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise InputError(f"{root}: HTML folder not found")
    return sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in (".html", ".htm", ".xhtml")
    )


def saved_page_url(html: str) -> str | None:
    """The page's own address, if the saved file says it (canonical link, og:url, SingleFile/wget notes)."""
    m = (
        re.search(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", html, re.IGNORECASE)
        or re.search(r"<link[^>]+href=[\"']([^\"']+)[\"'][^>]*rel=[\"']canonical", html, re.IGNORECASE)
        or re.search(r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)", html, re.IGNORECASE)
        or re.search(r"saved from url=\(\d+\)(\S+)", html, re.IGNORECASE)
        or re.search(r"url: (https?://\S+)", html[:2000])
    )
    return m.group(1).strip() if m else None
