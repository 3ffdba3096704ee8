"""RSS / Atom feeds: entries with link, title, date and whatever text the feed carries.

feedparser is imported only when a feed is parsed (it costs ~50 ms of import time).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .errors import FetchError, InputError


@dataclass(frozen=True)
class FeedEntry:
    id: str
    link: str | None
    title: str | None
    published: dt.date | None
    text: str  # the entry's content or summary as plain text (may be a teaser)


@dataclass(frozen=True)
class Feed:
    title: str | None
    entries: list[FeedEntry]


def looks_like_feed(data: bytes | str) -> bool:
    head = (data[:2000].decode("utf-8", "replace") if isinstance(data, bytes) else data[:2000]).lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def _plain(html: str) -> str:
    if "<" not in html:
        return html.strip()
    from .htmltext import extract_html

    page = extract_html(f"<html><body>{html}</body></html>")
    return page.text.strip()


def parse_feed(data: bytes | str, base_url: str | None = None) -> Feed:
    """Parse RSS 0.9x/1.0/2.0 or Atom. Raises FetchError when ``data`` is not a feed."""
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": base_url} if base_url else None)
    if not parsed.entries and (parsed.bozo or not parsed.feed):
        reason = getattr(parsed, "bozo_exception", None) or "no entries"
        raise FetchError(f"{base_url or 'input'} is not a readable RSS/Atom feed: {reason}")
    entries = []
    for e in parsed.entries:
        content = ""
        if e.get("content"):
            content = max((c.get("value", "") for c in e.content), key=len)
        text = _plain(content or e.get("summary", "") or "")
        when = e.get("published_parsed") or e.get("updated_parsed")
        published = dt.date(when.tm_year, when.tm_mon, when.tm_mday) if when else None
        link = e.get("link")
        entries.append(FeedEntry(e.get("id") or link or e.get("title", ""), link, e.get("title"), published, text))
    return Feed(parsed.feed.get("title"), entries)


def read_feeds_file(path: Path) -> list[str]:
    """Feed URLs, one a line; blank lines and '#' comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the feeds file {path}: {exc}") from exc
    urls = [ln.split("#", 1)[0].strip() for ln in lines]
    urls = [u for u in urls if u]
    if not urls:
        raise InputError(f"{path} lists no feed URL (one URL a line)")
    return urls
