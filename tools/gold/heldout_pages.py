# ruff: noqa: E501  (gold data: long text lines are the documents themselves)
"""Render the held-out article pages (realistic boilerplate + metadata) and their URL-keyed gold
(data/gold/pages: one HTML file per page, manifest.csv, statements.jsonl, polls.jsonl)."""

import csv
import html
import json
from pathlib import Path
from urllib.parse import urlparse

from goldkit import write_jsonl
from heldout_page_specs import PAGES

TZ = ["+00:00", "+01:00", "Z", "+02:00", "-05:00"]
NAV = [
    "Home",
    "World",
    "Europe",
    "Politics",
    "Business",
    "Markets",
    "Opinion",
    "Sport",
    "Culture",
    "Video",
    "Podcasts",
]
MOST_READ = [
    "Live: Markets brace for central bank decision",
    "Five things to know about the new EU budget",
    "Heatwave warning issued for southern Europe",
    "Opinion: The hidden cost of cheap flights",
    "Champions League draw: who plays whom",
]


def esc(t):
    return html.escape(t, quote=True)


def jsonld(p, iso, modified):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p["title"],
        "description": p["desc"],
        "datePublished": iso,
        "dateModified": modified,
        "author": [{"@type": "Person", "name": p["author"]}]
        if p["template"] % 2
        else {"@type": "Person", "name": p["author"]},
        "publisher": {
            "@type": "Organization",
            "name": p["outlet"],
            "logo": {"@type": "ImageObject", "url": f"https://{urlparse(p['url']).netloc}/logo.png"},
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": p["url"]},
        "articleSection": p["section"],
        "image": [f"https://{urlparse(p['url']).netloc}/images/{p['file'].replace('.html', '.jpg')}"],
    }
    if p["template"] % 3 == 0:
        data = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": p["outlet"], "url": f"https://{urlparse(p['url']).netloc}/"},
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [{"@type": "ListItem", "position": 1, "name": p["section"]}],
                },
                data,
            ],
        }
    return json.dumps(data, ensure_ascii=False, indent=1)


def head(p, iso, modified):
    host = urlparse(p["url"]).netloc
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p["title"])} | {esc(p["outlet"])}</title>
<meta name="description" content="{esc(p["desc"])}">
<link rel="canonical" href="{esc(p["url"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(p["outlet"])}">
<meta property="og:title" content="{esc(p["title"])}">
<meta property="og:description" content="{esc(p["desc"])}">
<meta property="og:url" content="{esc(p["url"])}">
<meta property="og:image" content="https://{host}/images/{p["file"].replace(".html", ".jpg")}">
<meta property="article:published_time" content="{iso}">
<meta property="article:modified_time" content="{modified}">
<meta property="article:section" content="{esc(p["section"])}">
<meta property="article:author" content="{esc(p["author"])}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{esc(p["title"])}">
<link rel="stylesheet" href="/static/css/main.{p["template"]}a7f3.css">
<script type="application/ld+json">
{jsonld(p, iso, modified)}
</script>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"pageType": "article", "section": "{esc(p["section"])}"}});</script>
</head>
"""


def header(p):
    nav = "".join(f'<li><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)
    return f"""<body class="article-page t{p["template"]}">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner" class="consent">We use cookies to improve your experience and to show you personalised ads. <button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header">
 <div class="brand"><a href="/"><img src="/logo.svg" alt="{esc(p["outlet"])}"></a></div>
 <nav aria-label="Main"><ul>{nav}</ul></nav>
 <form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form>
 <a class="subscribe" href="/subscribe">Subscribe</a> <a class="login" href="/login">Sign in</a>
</header>
"""


def footer(p):
    return f"""<footer class="site-footer">
 <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/careers">Careers</a></li></ul>
 <p>&copy; 2025 {esc(p["outlet"])}. All rights reserved. Reproduction without permission is prohibited.</p>
 <p class="social">Follow us on <a href="#">X</a>, <a href="#">Facebook</a>, <a href="#">Instagram</a> and <a href="#">LinkedIn</a>.</p>
</footer>
<script src="/static/js/app.bundle.js" defer></script>
</body>
</html>
"""


def aside():
    items = "".join(f'<li><a href="/news/{i}">{esc(t)}</a></li>' for i, t in enumerate(MOST_READ))
    return f'<aside class="most-read"><h2>Most read</h2><ol>{items}</ol></aside>\n<div class="newsletter"><h3>Sign up for our morning briefing</h3><p>The day\'s top stories, in your inbox every weekday.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>\n'


def body(p, date_human, iso):
    paras = p["paras"]
    t = p["template"] % 5
    figure = f'<figure class="lead-image"><img src="/images/{p["file"].replace(".html", ".jpg")}" alt=""><figcaption>File photo. Photo: Agency/Pool</figcaption></figure>'
    byline = f'<div class="byline">By <a rel="author" href="/authors/{p["author"].lower().replace(" ", "-")}">{esc(p["author"])}</a></div>'
    timeel = f'<time datetime="{iso}">{date_human}</time>'
    crumbs = f'<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/{p["section"].lower().replace(" ", "-")}/">{esc(p["section"])}</a></nav>'
    share = '<div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">Copy link</a></div>'
    if t == 0:
        ps = "\n".join(f"<p>{esc(x)}</p>" for x in paras)
        main = f'<main id="main"><article>{crumbs}<h1>{esc(p["title"])}</h1>{byline}<div class="dateline">{timeel}</div>{share}{figure}<div class="article-body">\n{ps}\n</div></article>{aside()}</main>'
    elif t == 1:
        ps = "\n".join(
            f'<div data-component="text-block"><p>{esc(x)}</p></div>'
            + ('<div class="ad-slot" data-ad="mid">Advertisement</div>' if i == 2 else "")
            for i, x in enumerate(paras)
        )
        main = f'<main id="main"><div class="content">{crumbs}<header class="article-header"><h1 class="headline">{esc(p["title"])}</h1><p class="standfirst">{esc(p["desc"])}</p><p class="meta">{byline} {timeel}</p></header>{figure}<section class="article-body" itemprop="articleBody">\n{ps}\n</section></div>{aside()}</main>'
    elif t == 2:
        ps = "\n".join(f"<p>{esc(x)}</p>" for x in paras if x != "Advertisement")
        main = f'<div id="main" class="wrapper"><div class="story">{crumbs}<h1 class="story-title">{esc(p["title"])}</h1><div class="story-meta"><span class="author">{esc(p["author"])}</span> <span class="date">{timeel}</span></div>{figure}<div class="story-body__inner">\n{ps}\n<p class="related-inline"><strong>Read also:</strong> <a href="/news/99">EU ministers to discuss defence bonds</a></p></div><div class="tags"><a href="/tag/ukraine">Ukraine</a> <a href="/tag/nato">NATO</a> <a href="/tag/defence">Defence</a></div></div>{aside()}</div>'
    elif t == 3:
        first, rest = paras[0], paras[1:]
        ps = "\n".join(f"<p>{esc(x)}</p>" for x in rest)
        main = f'<main id="main"><article class="post">{crumbs}<h1 class="entry-title">{esc(p["title"])}</h1><div class="entry-meta">{byline} <span class="posted-on">Published {timeel}</span></div>{figure}<div class="entry-content">\n<p class="lead"><strong>{esc(first)}</strong></p>\n{ps}\n</div><div class="comments"><h3>Comments (12)</h3><p>Log in to comment.</p></div></article>{aside()}</main>'
    else:
        ps = "\n".join(f'<p class="paragraph">{esc(x)}</p>' for x in paras)
        main = f'<div id="main" role="main"><div class="layout"><div class="col-main">{crumbs}<h1>{esc(p["title"])}</h1><p class="summary">{esc(p["desc"])}</p>{byline}<p class="published">Updated {timeel}</p>{share}{figure}<div class="text">\n{ps}\n</div></div><div class="col-side">{aside()}</div></div></div>'
    return main + "\n"


def render_pages(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows, st_rows, po_rows = [], [], []
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    for i, p in enumerate(PAGES):
        tz = TZ[i % len(TZ)]
        iso = f"{p['published']}T{p['time']}:00{tz}"
        y, m, d = p["published"].split("-")
        modified = iso if i % 3 else f"{p['published']}T23:59:00{tz}"
        human = f"{months[int(m) - 1]} {int(d)}, {y}"
        html_text = head(p, iso, modified) + header(p) + body(p, human, iso) + footer(p)
        (out / p["file"]).write_text(html_text, encoding="utf-8")
        rows.append({"file": p["file"], "url": p["url"], "outlet": p["outlet"]})
        for s in p["st"]:
            assert s["date"] <= p["published"]
            st_rows.append({"url": p["url"], **s})
        for q in p["po"]:
            po_rows.append({"url": p["url"], **q})
    with open(out / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["file", "url", "outlet"])
        w.writeheader()
        w.writerows(rows)
    write_jsonl(out / "statements.jsonl", st_rows)
    write_jsonl(out / "polls.jsonl", po_rows)
    print(f"{out}: {len(rows)} pages, {len(st_rows)} statements, {len(po_rows)} polls")
