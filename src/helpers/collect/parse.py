"""One article parser for the whole suite: collector, WARC reader and benchmark runner.

Why a combination: newspaper3k is good at titles and bylines but weak at body text (F1 0.91
on the article-extraction benchmark) and notorious for wrong dates (it trusts URL patterns
first). trafilatura extracts the body better and faster, so:

- text: trafilatura (comments excluded); for thin or broken pages a fallback chain
  (newspaper3k's body, JSON-LD `articleBody` / `og:description`, visible paragraphs: `body_text`);
- title and authors: newspaper3k, with JSON-LD/meta as fallbacks;
- date: page metadata first (JSON-LD `datePublished`, then meta tags, then `<time>`),
  the URL pattern only after that, newspaper3k last; `date_source` says which one won.

Nothing here touches the network: newspaper3k is used only through its extractor on an
already-parsed tree (no download, no image fetching, no NLTK).
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import warnings
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from importlib.metadata import version
from typing import Any

import lxml.html
from lxml import etree

from helpers.collect.body_text import extract_body_text
from helpers.collect.html_tree import HTML_PARSER, is_article, newspaper_extractor

__all__ = ["PARSER_VERSION", "ParsedArticle", "parse_article", "decode_html"]

# Bump when the output of parse_article changes: parsed-page caches are keyed by it.
PARSER_VERSION = "3"

log = logging.getLogger(__name__)

# trafilatura and newspaper log a lot at WARNING on odd pages; their messages are not ours.
for _name in ("trafilatura", "htmldate", "newspaper", "readability"):
    logging.getLogger(_name).setLevel(logging.ERROR)


@dataclass
class ParsedArticle:
    """What the collector keeps from one page."""

    title: str | None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO YYYY-MM-DD
    date_source: str | None = None  # jsonld | meta | time | url | newspaper | None
    text: str = ""
    # which extractor of the chain gave `text` (trafilatura | newspaper3k | jsonld | og:description | paragraphs)
    text_source: str | None = None
    # when no extractor found text: what each one found ("trafilatura 0 words, ..."), for collect_dropped
    text_note: str | None = None
    language: str | None = None
    site_name: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------- decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def decode_html(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """Bytes -> (text, charset used): HTTP charset, then <meta charset>, then UTF-8, then detection.

    A page served without a charset header (common for old latin-1 sites) must not come
    out as mojibake, so an undeclared page that is not valid UTF-8 is detected with
    charset-normalizer rather than assumed.
    """
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    m = _META_CHARSET.search(raw[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    candidates.append("utf-8")
    for enc in candidates:
        try:
            return raw.decode(enc), norm_charset(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    # Undeclared and not UTF-8: browsers assume windows-1252 for Western pages; short Latin texts
    # fool detectors into cp1250 & co, so detection only wins when it finds another script.
    from charset_normalizer import from_bytes  # detection is rare: most pages declare or are UTF-8

    best = from_bytes(raw[:200_000]).best()
    enc = best.encoding if best is not None else "cp1252"
    if norm_charset(enc) in _LATIN_SINGLE_BYTE:
        enc = "cp1252"
    return raw.decode(enc, errors="replace"), norm_charset(enc)


_LATIN_SINGLE_BYTE = {
    "cp1250",
    "cp1252",
    "cp1254",
    "cp1257",
    "latin-1",
    "iso8859-1",
    "iso8859-2",
    "iso8859-3",
    "iso8859-4",
    "iso8859-9",
    "iso8859-10",
    "iso8859-13",
    "iso8859-14",
    "iso8859-15",
    "iso8859-16",
    "mac-latin2",
    "mac-roman",
    "cp850",
    "cp437",
    "cp858",
    "ascii",
}


def norm_charset(enc: str) -> str:
    """A charset's canonical codec name (lower-case text when Python does not know it)."""
    try:
        return codecs.lookup(enc).name
    except LookupError:
        return enc.lower()


# ---------------------------------------------------------------- dates

_PLAUSIBLE_YEARS = (1990, 2100)
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_URL_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[/\-_.]?(0[1-9]|1[0-2])[/\-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish_date",
    "publish-date",
    "pubdate",
    "publication_date",
    "date.published",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article_date_original",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
    "date",
    "rnews:datepublished",
    "article.published",
    "published_time",
    "published-date",
)
_META_RANK = {k: i for i, k in enumerate(_META_DATE_KEYS)}


def to_iso_date(value: object) -> str | None:
    """A date-ish string -> YYYY-MM-DD of the date as written (its own time zone), or None."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if not text:
        return None
    m = _ISO_PREFIX.match(text)
    if m:
        if not _PLAUSIBLE_YEARS[0] <= int(m[1]) <= _PLAUSIBLE_YEARS[1]:
            return None  # e.g. "0001-01-01T00:00:00Z", a CMS placeholder
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    from dateutil import parser as du  # only dates that are not ISO need it

    try:
        with warnings.catch_warnings():  # "tzname EST not understood": the date part is still right
            warnings.simplefilter("ignore")
            parsed = du.parse(text, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if not _PLAUSIBLE_YEARS[0] <= parsed.year <= _PLAUSIBLE_YEARS[1]:
        return None
    return parsed.strftime("%Y-%m-%d")


def _jsonld_objects(tree: etree._Element) -> list[dict]:
    out: list[dict] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (node.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # trailing commas / control characters are common in the wild
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
                if isinstance(item.get("mainEntity"), dict | list):
                    stack.append(item["mainEntity"])
    return out


def _jsonld_names(value: object) -> list[str]:
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            names.append(item)
        elif (
            isinstance(item, dict)
            and isinstance(item.get("name"), str)
            and str(item.get("@type", "Person")).lower() != "organization"
        ):
            names.append(item["name"])
    return [n.strip() for n in names if n and n.strip()]


def _meta_content(tree: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = meta.get("content") or meta.get("datetime")
        if key and content and key not in found:
            found[key] = content.strip()
    return found


_URL_DATE_MONTH_NAME = re.compile(
    r"/(20\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(\d{1,2})(?:/|$)", re.IGNORECASE
)
_MONTH_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {m: i for i, m in enumerate(_MONTH_ABBR, start=1)}


def _url_date(url: str | None) -> str | None:
    """A date in the URL path: /2025/03/11/, 2025-03-11, 20250311 or /2025/mar/11/."""
    m = _URL_DATE.search(url or "")
    parts = (int(m[1]), int(m[2]), int(m[3])) if m else None
    if parts is None:
        n = _URL_DATE_MONTH_NAME.search(url or "")
        parts = (int(n[1]), _MONTHS[n[2].lower()[:3]], int(n[3])) if n else None
    if parts is None:
        return None
    try:
        return date(*parts).isoformat()
    except ValueError:
        return None


def _has_time(value: object) -> bool:
    return bool(re.search(r"\d{1,2}:\d{2}", str(value or "")))


def _metadata_date(
    tree: etree._Element, jsonld: list[dict], meta: dict[str, str]
) -> tuple[str | None, str | None, object]:
    for obj in jsonld:
        if is_article(obj):
            for key in ("datePublished", "dateCreated", "uploadDate"):
                iso = to_iso_date(obj.get(key))
                if iso:
                    return iso, "jsonld", obj.get(key)
    for key in sorted((k for k in meta if k in _META_RANK), key=_META_RANK.__getitem__):
        iso = to_iso_date(meta[key])
        if iso:
            return iso, "meta", meta[key]
    for node in tree.xpath('//*[@itemprop="datePublished"]|//time[@pubdate]|//article//time[@datetime]'):
        raw = node.get("datetime") or node.get("content") or node.text_content()
        iso = to_iso_date(raw)
        if iso:
            return iso, "time", raw
    return None, None, None


def find_date(
    tree: etree._Element, url: str | None, jsonld: list[dict], meta: dict[str, str]
) -> tuple[str | None, str | None]:
    """Publication date from metadata before URL patterns; returns (date, source).

    One reconciliation: a metadata timestamp is often in UTC, so an evening story in the Americas
    (or a past-midnight one in Asia) lands on the neighbouring day. When the URL carries a date one
    day off and the metadata has a time of day, the URL's day is the outlet's own calendar day and
    wins (source `jsonld+url`, `meta+url`, `time+url`).
    """
    iso, source, raw = _metadata_date(tree, jsonld, meta)
    from_url = _url_date(url)
    if iso is None:
        return (from_url, "url") if from_url else (None, None)
    if from_url and from_url != iso and _has_time(raw):
        gap = abs((date.fromisoformat(iso) - date.fromisoformat(from_url)).days)
        if gap == 1:
            return from_url, f"{source}+url"
    return iso, source


# ---------------------------------------------------------------- newspaper3k

_AUTHOR_ATTRS = ("name", "rel", "itemprop", "class", "id")
_AUTHOR_VALUE = re.compile(r"author|byl|dc\.creator", re.IGNORECASE)


def _author_candidates(tree: etree._Element) -> list[etree._Element]:
    """Elements whose name/rel/itemprop/class/id contains author, byl(ine) or dc.creator."""
    found = []
    for node in tree.iter(etree.Element):
        attrib = node.attrib
        if attrib and any(_AUTHOR_VALUE.search(attrib.get(a) or "") for a in _AUTHOR_ATTRS):
            found.append(node)
    return found


def _newspaper_authors(tree: etree._Element) -> list[str]:
    """newspaper3k's byline extraction, run on a copy of only the nodes it would look at.

    newspaper3k runs 20 XPath scans of the whole page (attributes containing author/byline/
    dc.creator/byl) and reads each match's own text; one scan that gathers those nodes
    (shallow copies: tag, attributes, own text, in document order) gives it the same input at
    a tenth of the cost on large pages.
    """
    stub = lxml.html.Element("div")
    for node in _author_candidates(tree):
        tag = node.tag if isinstance(node.tag, str) else "span"
        copy = etree.SubElement(stub, tag, attrib={k: v for k, v in node.attrib.items()})
        copy.text = node.text
    if not len(stub):
        return []
    return list(newspaper_extractor().get_authors(stub))


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    return title or None


_BAD_AUTHOR = re.compile(r"https?://|@|\bstaff\b|^by$|facebook|twitter|\d{3,}", re.IGNORECASE)


def _clean_authors(names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        name = re.sub(r"^\s*(by|von|par|por)\s+", "", " ".join(str(name).split()), flags=re.IGNORECASE)
        if not name or len(name) > 80 or _BAD_AUTHOR.search(name):
            continue
        if name.lower() not in {o.lower() for o in out}:
            out.append(name)
    return out


# ---------------------------------------------------------------- text


def _text_trafilatura(html: str | etree._Element) -> str:
    """Main text; trafilatura's fast mode (no readability/jusText second opinion) is both quicker and,
    from 2.x on, more accurate on the benchmark (see docs/collection.md)."""
    import trafilatura  # heavy: loaded when the first page is parsed

    speed: dict[str, Any] = {"fast": True} if _TRAFILATURA_MAJOR >= 2 else {"no_fallback": True}
    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, with_metadata=False, **speed
    )
    return text or ""


def _trafilatura_major() -> int:
    try:
        return int(version("trafilatura").split(".")[0])
    except Exception:  # not installed as a distribution: assume the current API
        return 2


_TRAFILATURA_MAJOR = _trafilatura_major()


def _jsonld_publisher(obj: dict) -> str | None:
    pub = obj.get("publisher")
    if isinstance(pub, list):
        pub = pub[0] if pub else None
    if isinstance(pub, dict) and isinstance(pub.get("name"), str):
        return pub["name"]
    return pub if isinstance(pub, str) else None


def _lang(tree: etree._Element, meta: dict[str, str]) -> str | None:
    lang = tree.get("lang") or meta.get("og:locale") or meta.get("content-language") or meta.get("language")
    if not lang:
        return None
    lang = lang.strip().replace("_", "-").split("-")[0].lower()
    return lang if re.fullmatch(r"[a-z]{2,3}", lang) else None


def parse_article(html: bytes | str, url: str | None = None, *, charset: str | None = None) -> ParsedArticle:
    """Title, authors, publication date (with its source), body text and language of one page."""
    if isinstance(html, bytes):
        html, _ = decode_html(html, charset)
    if not html or not html.strip():
        return ParsedArticle(title=None)
    # lxml refuses str input carrying an XML encoding declaration
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)
    try:
        tree = lxml.html.document_fromstring(html, parser=HTML_PARSER)
    except (etree.ParserError, ValueError):
        return ParsedArticle(title=None, text="")
    jsonld = _jsonld_objects(tree)
    meta = _meta_content(tree)
    article_ld = next((o for o in jsonld if is_article(o)), {})

    extractor = newspaper_extractor()
    title = None
    authors: list[str] = []
    # structured data names the authors outright; newspaper3k's byline heuristics come next
    authors = _clean_authors(_jsonld_names(article_ld.get("author")))
    try:
        title = _clean_title(extractor.get_title(tree))
        if not authors:
            authors = _clean_authors(_newspaper_authors(tree))
    except Exception as err:  # newspaper3k raises assorted errors on odd markup
        log.debug("newspaper3k metadata failed on %s: %s", url, err)
    # newspaper3k splits titles at "/", "-", "|" to drop site names, which also cuts headlines like
    # "US/UK talks ..."; the page's own headline (JSON-LD, og:title) carries no site name: when it
    # contains what newspaper3k kept, it is the whole headline
    structured = _clean_title(article_ld.get("headline") or meta.get("og:title"))
    if structured and (not title or (title != structured and title in structured)):
        title = structured
    if not title:
        title = _clean_title(tree.findtext(".//title"))
    if not authors:
        authors = _clean_authors([meta[k] for k in ("author", "article:author", "dc.creator") if k in meta])

    published, date_source = find_date(tree, url, jsonld, meta)
    # trafilatura gets the tree already parsed (it prunes it, so this comes last): one parse per page;
    # the fallbacks (rare: thin or broken pages) parse their own copy of the page
    body = extract_body_text(html, lambda: _text_trafilatura(tree), jsonld, meta)
    text = body.text
    if not re.search(r"\w", text):  # binary junk or replacement characters only
        text = ""
    return ParsedArticle(
        title=title,
        authors=authors,
        published=published,
        date_source=date_source,
        text=text.strip(),
        text_source=body.source if text else None,
        text_note=None if text else body.describe_tries(),
        language=_lang(tree, meta),
        site_name=_clean_title(meta.get("og:site_name") or _jsonld_publisher(article_ld)),
    )
