"""Main text, title and publication date of an HTML news page (selectolax, no network).

Chosen over trafilatura for import time and footprint: selectolax is already a dependency
and parses a page in about a millisecond. The main text is the paragraphs of the page's
``<article>`` / ``[itemprop=articleBody]`` / ``<main>`` when there is one, else of the element
that holds the most paragraph text; navigation, scripts, forms and link lists are dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, template, figure"
BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre"
DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None
    published: dt.date | None
    language: str | None


def parse_day(value: str | None) -> dt.date | None:
    """The calendar day in an ISO or free-form date string, or None."""
    if not value:
        return None
    m = _ISO_DAY.search(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    try:
        from dateutil import parser

        return parser.parse(value, fuzzy=True, default=dt.datetime(1900, 1, 1)).date() if re.search(
            r"\d{4}", value
        ) else None
    except (ValueError, OverflowError):
        return None


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _meta(tree, names: tuple[str, ...]) -> str | None:
    wanted = {n.lower() for n in names}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in wanted and attrs.get("content"):
            return attrs["content"]
    return None


def _json_ld_date(tree) -> str | None:
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    return item["datePublished"]
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return None


def _title(tree) -> str | None:
    title = _meta(tree, ("og:title", "twitter:title"))
    if not title:
        node = tree.css_first("title") or tree.css_first("h1")
        title = node.text() if node else None
    return _clean(title) if title and title.strip() else None


def _paragraphs(root) -> list[str]:
    out = []
    for node in root.css(BLOCKS):
        if node.tag == "li" and node.css_first("p"):
            continue  # its paragraphs come on their own
        text = _clean(node.text(separator=" "))
        if not text:
            continue
        links = sum(len(a.text()) for a in node.css("a"))
        if node.tag == "li" and links > 0.5 * len(text):
            continue  # a list of links: navigation or related stories
        out.append(text)
    return out


def _best_container(body):
    scores: dict[int, tuple[int, object]] = {}
    for p in body.css("p"):
        parent = p.parent
        if parent is None:
            continue
        n = len(_clean(p.text()))
        key = parent.mem_id
        prev = scores.get(key, (0, parent))
        scores[key] = (prev[0] + n, parent)
    if not scores:
        return body
    return max(scores.values(), key=lambda t: t[0])[1]


def extract_html(html: str, url: str | None = None) -> HtmlPage:
    """Title, publication day, language and main text of ``html``."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    title = _title(tree)
    published = parse_day(_meta(tree, DATE_META) or _json_ld_date(tree))
    if published is None:
        node = tree.css_first("time[datetime]")
        published = parse_day(node.attributes.get("datetime")) if node else None
    html_node = tree.css_first("html")
    lang = (html_node.attributes.get("lang") or None) if html_node else None
    for node in tree.css(DROP):
        node.decompose()
    root = (
        tree.css_first("[itemprop=articleBody]")
        or max(tree.css("article"), key=lambda n: len(n.text()), default=None)
        or tree.css_first("main, [role=main]")
    )
    body = tree.body or tree.root
    if root is None and body is not None:
        root = _best_container(body)
    paras = _paragraphs(root) if root is not None else []
    if sum(len(p) for p in paras) < 200 and body is not None:
        paras = _paragraphs(body) or [_clean(body.text(separator=" "))]
    if title and paras and paras[0] == title:
        paras = paras[1:]
    text = "\n\n".join(p for p in paras if p)
    return HtmlPage(text=text, title=title, published=published, language=lang)


def looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "<" == head[:1])
