"""Reading reports from files, directories, JSONL batches, URLs and feeds into the store.

Each document is extracted and stored in its own transaction, identified by its content
hash: a rerun of a killed batch skips what was stored (without extracting it again) and
finishes the rest; the same content twice changes nothing. One bad item (an unreadable
file, a refused URL, a malformed JSONL line) is reported and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BatchLineError, ConfigError, EventAtlasError, InputError
from .feeds import looks_like_feed, parse_feed
from .fetch import FetchPolicy, FetchResult, fetch
from .htmltext import extract_html, looks_like_html, parse_day
from .models import Report
from .store import EventStore, IngestOutcome, ReextractOutcome, SourceDocument

ExtractFn = Callable[..., Report]
TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".jsonl", ".xml", ".rss", ".atom"}
MIN_ENTRY_CHARS = 200  # a feed entry shorter than this is a teaser: fetch the page


@dataclass(frozen=True)
class IngestFailure:
    origin: str
    error: str


Item = SourceDocument | IngestFailure


@dataclass
class IngestSummary:
    documents: int = 0
    duplicates: int = 0
    events_created: int = 0
    events_merged: int = 0
    failures: list[IngestFailure] = field(default_factory=list)

    def add(self, outcome: IngestOutcome) -> None:
        if outcome.duplicate:
            self.duplicates += 1
        else:
            self.documents += 1
            self.events_created += outcome.created
            self.events_merged += outcome.merged


# --------------------------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------------------------


def _day(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    return parse_day(str(value)) if value else None


def document_from_text(
    raw: str, *, origin: str, published: dt.date | None = None, url: str | None = None, title: str | None = None,
    doc_id: str | None = None, fetched_at: dt.datetime | None = None,
) -> SourceDocument:
    """A document from plain text or HTML (main text, title and date taken from the page)."""
    if looks_like_html(raw):
        page = extract_html(raw, url)
        return SourceDocument(
            text=page.text, url=url, title=title or page.title, published=page.published or published,
            doc_id=doc_id, fetched_at=fetched_at, origin=origin,
        )
    return SourceDocument(
        text=raw, url=url, title=title, published=published, doc_id=doc_id, fetched_at=fetched_at, origin=origin
    )


def read_jsonl(lines: Iterable[str], origin: str, published: dt.date | None = None) -> Iterator[Item]:
    """Batch lines ``{"id", "text", "published"?, "url"?, "title"?}``; a bad line is a failure."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise BatchLineError(f"{where}: a line needs a JSON object with a string \"text\"")
            yield document_from_text(
                obj["text"], origin=where, published=_day(obj.get("published")) or published,
                url=obj.get("url"), title=obj.get("title"), doc_id=str(obj["id"]) if obj.get("id") is not None else where,
            )
        except ValueError as exc:
            yield IngestFailure(where, f"{where}: not JSON ({exc})")
        except EventAtlasError as exc:
            yield IngestFailure(where, str(exc))


def read_path(path: Path, published: dt.date | None = None) -> Iterator[Item]:
    """A file (text, HTML, JSONL, RSS/Atom) or a directory (its files, sorted, recursively)."""
    from .text import decode

    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith("."):
                yield from read_path(p, published)
        return
    try:
        raw = decode(path.read_bytes(), str(path))
    except (OSError, EventAtlasError) as exc:
        yield IngestFailure(str(path), str(exc) if isinstance(exc, EventAtlasError) else f"{path}: {exc.strerror}")
        return
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(raw.splitlines(), str(path), published)
    elif path.suffix.lower() in (".xml", ".rss", ".atom") or looks_like_feed(raw[:2000]):
        try:
            feed = parse_feed(raw, str(path))
        except EventAtlasError as exc:
            yield IngestFailure(str(path), str(exc))
            return
        for e in feed.entries:
            if e.text:
                yield SourceDocument(e.text, url=e.link, title=e.title, published=e.published or published,
                                     doc_id=e.id, origin=str(path))
    else:
        yield document_from_text(raw, origin=str(path), published=published, doc_id=str(path))


def _page(res: FetchResult, origin: str, published: dt.date | None, title: str | None = None) -> SourceDocument:
    return document_from_text(res.text(), origin=origin, published=published, url=res.final_url, title=title,
                              doc_id=res.final_url, fetched_at=res.fetched_at)


def read_url(
    url: str, policy: FetchPolicy, published: dt.date | None = None, store: EventStore | None = None
) -> Iterator[Item]:
    """A page, or every entry of a feed (each entry's page fetched unless the feed holds the text)."""
    try:
        res = fetch(url, policy)
    except EventAtlasError as exc:
        yield IngestFailure(url, str(exc))
        return
    if res.content_type in ("text/html", "application/xhtml+xml", "text/plain") and not looks_like_feed(res.body):
        yield _page(res, url, published)
        return
    try:
        feed = parse_feed(res.body, res.final_url)
    except EventAtlasError as exc:
        yield IngestFailure(url, str(exc))
        return
    yield from read_entries(feed.entries, policy, url, published, store)


def read_entries(entries, policy: FetchPolicy, origin: str, published, store: EventStore | None) -> Iterator[Item]:
    for e in entries:
        if e.link and store is not None and store.has_url(e.link):
            continue  # seen on an earlier poll: no request
        if len(e.text) >= MIN_ENTRY_CHARS or not e.link:
            if e.text:
                yield SourceDocument(e.text, url=e.link, title=e.title, published=e.published or published,
                                     doc_id=e.id, origin=origin)
            continue
        try:
            res = fetch(e.link, policy)
        except EventAtlasError as exc:
            yield IngestFailure(e.link, str(exc))
            continue
        doc = _page(res, origin, e.published or published, e.title)
        yield doc if doc.text.strip() else IngestFailure(e.link, f"{e.link}: no text found on the page")


def read_items(
    items: Sequence[str], *, published: dt.date | None = None, policy: FetchPolicy | None = None,
    store: EventStore | None = None, stdin: Iterable[str] | None = None,
) -> Iterator[Item]:
    """Documents from paths, directories, URLs and ``-`` (JSONL or text on stdin)."""
    policy = policy or FetchPolicy()
    for item in items:
        if item.startswith(("http://", "https://")):
            yield from read_url(item, policy, published, store)
        elif item == "-":
            lines = list(stdin or [])
            first = next((ln for ln in lines if ln.strip()), "")
            if first.lstrip().startswith("{"):
                yield from read_jsonl(lines, "<stdin>", published)
            else:
                yield document_from_text("".join(lines), origin="<stdin>", published=published)
        else:
            path = Path(item)
            if not path.exists():
                yield IngestFailure(item, f"{item}: no such file or directory")
            else:
                yield from read_path(path, published)


# --------------------------------------------------------------------------------------------
# storing
# --------------------------------------------------------------------------------------------


def default_extract(config=None) -> ExtractFn:
    """The default pipeline's extract, made once for a whole batch."""
    from .pipeline import Pipeline

    return Pipeline(config).extract


def ingest_documents(
    store: EventStore,
    items: Iterable[Item],
    *,
    extract: ExtractFn | None = None,
    on_result: Callable[[Item, IngestOutcome | None], None] | None = None,
) -> IngestSummary:
    """Extract and store each document; already stored content is skipped before extraction."""
    extract = extract or default_extract()
    summary = IngestSummary()
    for item in items:
        if isinstance(item, IngestFailure):
            summary.failures.append(item)
            if on_result:
                on_result(item, None)
            continue
        if not item.text.strip():
            fail = IngestFailure(item.origin or "?", f"{item.origin}: empty document")
            summary.failures.append(fail)
            if on_result:
                on_result(fail, None)
            continue
        if store.has_document(item.content_hash):
            outcome = IngestOutcome(document_id=-1, duplicate=True)
        else:
            try:
                report = extract(item.text, published=item.published, doc_id=item.doc_id, url=item.url,
                                 title=item.title)
            except InputError as exc:
                fail = IngestFailure(item.origin or "?", str(exc))
                summary.failures.append(fail)
                if on_result:
                    on_result(fail, None)
                continue
            outcome = store.add_report(item, report)
        summary.add(outcome)
        if on_result:
            on_result(item, outcome)
    return summary


@dataclass
class ReextractSummary:
    documents: int = 0  # documents extracted again
    changed: int = 0  # ... whose events or claims differ from the stored ones
    events_created: int = 0
    events_merged: int = 0
    events_updated: int = 0  # lost this document, kept by other sources
    events_withdrawn: int = 0  # no source reports them any more
    failures: list[IngestFailure] = field(default_factory=list)

    def add(self, outcome: ReextractOutcome) -> None:
        self.documents += 1
        if outcome.changed:
            self.changed += 1
            self.events_created += outcome.created
            self.events_merged += outcome.merged
            self.events_updated += len(outcome.updated)
            self.events_withdrawn += len(outcome.withdrawn)


def reextract_documents(
    store: EventStore,
    document_ids: Sequence[int] | None = None,
    *,
    extract: ExtractFn | None = None,
    on_result: Callable[[int, ReextractOutcome | IngestFailure], None] | None = None,
) -> ReextractSummary:
    """Extract stored documents again (all, or ``document_ids``) and replace their events.

    For after an upgrade of eventatlas or of the gazetteer: each document is re-extracted from
    its stored text and publication date and replaced in its own transaction (see
    :meth:`EventStore.replace_report`), so analyst edits stay and an interrupted run can be
    started again. A document the extractor now refuses is reported and left as it was.
    """
    extract = extract or default_extract()
    summary = ReextractSummary()
    ids = list(document_ids) if document_ids is not None else store.document_ids()
    for doc_id in ids:
        result: ReextractOutcome | IngestFailure
        try:
            doc = store.get_document(doc_id)
            report = extract(doc.text, published=doc.published, doc_id=doc.doc_id, url=doc.url, title=doc.title)
            result = store.replace_report(doc_id, report)
        except EventAtlasError as exc:
            result = IngestFailure(f"document {doc_id}", str(exc))
            summary.failures.append(result)
        else:
            summary.add(result)
        if on_result:
            on_result(doc_id, result)
    return summary


@dataclass(frozen=True)
class FeedPoll:
    url: str
    status: int  # HTTP status; 304 when unchanged; 0 when the fetch failed
    entries: int
    summary: IngestSummary
    error: str | None = None


def poll_feeds(
    store: EventStore,
    feed_urls: Sequence[str],
    *,
    policy: FetchPolicy | None = None,
    extract: ExtractFn | None = None,
    on_result: Callable[[Item, IngestOutcome | None], None] | None = None,
) -> list[FeedPoll]:
    """One round over ``feed_urls`` with conditional requests (ETag / Last-Modified)."""
    policy = policy or FetchPolicy()
    extract = extract or default_extract()
    polls = []
    for url in feed_urls:
        etag, modified = store.feed_state(url)
        try:
            res = fetch(url, policy, etag=etag, last_modified=modified)
            if res.not_modified:
                store.save_feed_state(url, etag, modified, 304, 0)
                polls.append(FeedPoll(url, 304, 0, IngestSummary()))
                continue
            feed = parse_feed(res.body, res.final_url)
        except EventAtlasError as exc:
            polls.append(FeedPoll(url, 0, 0, IngestSummary(), str(exc)))
            continue
        items = read_entries(feed.entries, policy, url, None, store)
        summary = ingest_documents(store, items, extract=extract, on_result=on_result)
        store.save_feed_state(url, res.etag, res.last_modified, res.status, len(feed.entries))
        polls.append(FeedPoll(url, res.status, len(feed.entries), summary))
    return polls


def parse_every(value: str) -> float:
    """'15m', '30s', '2h', '1d' or a number of seconds -> seconds."""
    v = value.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        seconds = float(v[:-1]) * units[v[-1]] if v and v[-1] in units else float(v)
    except ValueError as exc:
        raise ConfigError(f"--every {value!r}: write a duration like 30s, 15m or 2h") from exc
    if seconds <= 0:
        raise ConfigError(f"--every {value!r}: the interval must be positive")
    return seconds
