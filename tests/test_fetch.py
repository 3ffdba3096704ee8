"""Safe fetching, feeds and conditional polling (issue 5), against servers on 127.0.0.1 only."""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from test_store_factories import fake_extract

from eventatlas.errors import FetchError
from eventatlas.feeds import parse_feed
from eventatlas.fetch import FetchPolicy, fetch
from eventatlas.htmltext import extract_html
from eventatlas.ingest import poll_feeds
from eventatlas.store import open_store

LOCAL = FetchPolicy(allow=("127.0.0.1/32",), timeout_s=2)
ARTICLE = (
    "<!doctype html><html lang='en'><head><title>Site | Clash</title>"
    "<meta property='og:title' content='Clash in Kalat'>"
    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": \"2026-02-01T10:00:00+05:00\"}"
    "</script></head><body><header><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>"
    "</header><div id='c'><p>EVENT Kalat 2026-01-31 killed=3</p><p>Officials said the clash lasted hours and that "
    "the road to the town was closed to traffic for the rest of the day while troops searched the area.</p></div>"
    "<aside><p>Most read: something else</p></aside><footer>(c) Site</footer></body></html>"
)


def rss(n_items: int, base: str) -> str:
    items = "".join(
        f"<item><title>Story {i}</title><link>{base}/story/{i}</link><guid>{base}/story/{i}</guid>"
        f"<pubDate>Sat, 31 Jan 2026 10:00:00 GMT</pubDate><description>Teaser {i}</description></item>"
        for i in range(n_items)
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Feed</title>{items}</channel></rss>"


class Handler(BaseHTTPRequestHandler):
    hits: list[str] = []
    feed_items = 2

    def log_message(self, *a):  # quiet
        pass

    def _send(self, status, body: bytes, ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        type(self).hits.append(self.path)
        host = f"http://127.0.0.1:{self.server.server_port}"
        if self.path == "/article":
            self._send(200, ARTICLE.encode())
        elif self.path.startswith("/story/"):
            i = self.path.rsplit("/", 1)[1]
            self._send(200, ARTICLE.replace("Kalat", ["Kalat", "Quetta", "Gwadar"][int(i) % 3]).encode())
        elif self.path == "/gzip":
            self._send(200, gzip.compress(ARTICLE.encode()), headers=[("Content-Encoding", "gzip")])
        elif self.path == "/big":
            self._send(200, b"x" * 5000, "text/plain")
        elif self.path == "/image":
            self._send(200, b"\x89PNG....", "image/png")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, b"late")
        elif self.path == "/to-metadata":
            self._send(302, b"", headers=[("Location", "http://169.254.169.254/latest/meta-data/")])
        elif self.path == "/to-article":
            self._send(301, b"", headers=[("Location", "/article")])
        elif self.path == "/feed":
            if self.headers.get("If-None-Match") == '"v1"' and type(self).feed_items == 2:
                self._send(304, b"")
                return
            etag = '"v1"' if type(self).feed_items == 2 else '"v2"'
            self._send(200, rss(type(self).feed_items, host).encode(), "application/rss+xml", [("ETag", etag)])
        else:
            self._send(404, b"no")


@pytest.fixture
def server():
    Handler.hits = []
    Handler.feed_items = 2
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


def test_loopback_private_and_link_local_are_refused_by_default(server):
    for url in (server + "/article", "http://10.0.0.1/", "http://169.254.169.254/", "http://[::1]/"):
        with pytest.raises(FetchError, match="private, loopback or link-local"):
            fetch(url)
    with pytest.raises(FetchError, match="only http and https"):
        fetch("file:///etc/passwd")
    assert Handler.hits == []  # refused before any request


def test_allowed_loopback_fetches_and_follows_checked_redirects(server):
    res = fetch(server + "/article", LOCAL)
    assert res.status == 200 and res.content_type == "text/html" and "Kalat" in res.text()
    assert fetch(server + "/to-article", LOCAL).final_url == server + "/article"
    with pytest.raises(FetchError, match="169.254.169.254"):
        fetch(server + "/to-metadata", LOCAL)  # the redirect hop is checked too
    assert fetch(server + "/article", FetchPolicy(allow_private=True)).status == 200


def test_size_cap_content_type_timeout_and_gzip(server):
    with pytest.raises(FetchError, match="over the 1,000-byte limit"):
        fetch(server + "/big", FetchPolicy(allow=("127.0.0.1",), max_bytes=1000))
    with pytest.raises(FetchError, match="content type 'image/png'"):
        fetch(server + "/image", LOCAL)
    with pytest.raises(FetchError, match="timeout"):
        fetch(server + "/slow", FetchPolicy(allow=("127.0.0.1",), timeout_s=0.3))
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(server + "/nothing", LOCAL)
    assert "Kalat" in fetch(server + "/gzip", LOCAL).text()


def test_html_main_text_title_and_date():
    page = extract_html(ARTICLE)
    assert page.title == "Clash in Kalat"
    assert page.published.isoformat() == "2026-02-01"
    assert page.text.startswith("EVENT Kalat 2026-01-31 killed=3")
    assert "Home" not in page.text and "Most read" not in page.text and "(c) Site" not in page.text


def test_parse_rss_and_atom():
    feed = parse_feed(rss(2, "http://x"))
    assert [e.link for e in feed.entries] == ["http://x/story/0", "http://x/story/1"]
    assert feed.entries[0].published.isoformat() == "2026-01-31" and feed.entries[0].text == "Teaser 0"
    atom = ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>"
            "<entry><id>tag:1</id><title>T</title><link href='http://x/a'/><updated>2026-02-02T00:00:00Z</updated>"
            "<content type='html'>&lt;p&gt;EVENT Quetta 2026-02-01 killed=1&lt;/p&gt;</content></entry></feed>")
    e = parse_feed(atom).entries[0]
    assert (e.link, e.published.isoformat(), e.text) == ("http://x/a", "2026-02-02", "EVENT Quetta 2026-02-01 killed=1")
    with pytest.raises(FetchError, match="not a readable RSS/Atom feed"):
        parse_feed("just some words")


def test_watch_polls_with_conditional_requests(server, tmp_path):
    with open_store(str(tmp_path / "e.sqlite")) as store:
        first = poll_feeds(store, [server + "/feed"], policy=LOCAL, extract=fake_extract)[0]
        assert first.status == 200 and first.summary.documents == 2
        assert store.feed_state(server + "/feed")[0] == '"v1"'
        again = poll_feeds(store, [server + "/feed"], policy=LOCAL, extract=fake_extract)[0]
        assert again.status == 304 and again.entries == 0
        Handler.feed_items = 3  # a new story appears
        third = poll_feeds(store, [server + "/feed"], policy=LOCAL, extract=fake_extract)[0]
        assert third.status == 200 and third.summary.documents == 1
        assert store.stats().documents == 3
    stories = [h for h in Handler.hits if h.startswith("/story/")]
    assert sorted(stories) == ["/story/0", "/story/1", "/story/2"]  # known links are not fetched again


def test_refused_feed_is_reported_not_raised(server, tmp_path):
    with open_store(str(tmp_path / "e.sqlite")) as store:
        poll = poll_feeds(store, [server + "/feed"], extract=fake_extract)[0]
    assert poll.status == 0 and "loopback" in poll.error
