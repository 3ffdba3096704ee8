"""Commands of the event store: ingest, watch, events, show, edit, revert."""

from __future__ import annotations

import json
import sys
import time

import click

from .errors import EventAtlasError

DB_HELP = "store URL: a SQLite file path or postgresql://user@host/db (default: $EVENTATLAS_DB, else <home>/events.sqlite)"


def _policy(allow_private: bool, allow_host: tuple[str, ...], timeout: float, max_bytes: int):
    from .fetch import FetchPolicy

    return FetchPolicy(timeout_s=timeout, max_bytes=max_bytes, allow_private=allow_private, allow=tuple(allow_host))


def _fetch_options(f):
    for opt in reversed(
        [
            click.option("--allow-private", is_flag=True, help="allow URLs on private, loopback and link-local addresses"),
            click.option("--allow-host", multiple=True, metavar="HOST|CIDR", help="allow this private host or network (repeatable)"),
            click.option("--timeout", default=20.0, show_default=True, help="seconds per request"),
            click.option("--max-bytes", default=5_000_000, show_default=True, help="largest page or feed fetched"),
        ]
    ):
        f = opt(f)
    return f


def _reporter(verbose: bool):
    from .ingest import IngestFailure

    def report(item, outcome) -> None:
        if isinstance(item, IngestFailure):
            click.echo(f"error: {item.error}", err=True)
        elif verbose and outcome is not None:
            name = item.url or item.doc_id or item.origin
            if outcome.duplicate:
                click.echo(f"= {name}: already stored", err=True)
            else:
                click.echo(
                    f"+ {name}: document {outcome.document_id}, {outcome.created} new event(s), "
                    f"{outcome.merged} merged",
                    err=True,
                )

    return report


def _summary_line(s) -> str:
    return (
        f"{s.documents} document(s) stored, {s.duplicates} already stored, {s.events_created} new event(s), "
        f"{s.events_merged} merged into existing events, {len(s.failures)} failed"
    )


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--published", metavar="YYYY-MM-DD", help="publication date for documents that carry none")
@click.option("--db", metavar="URL", help=DB_HELP)
@click.option("-q", "--quiet", is_flag=True, help="print only the summary and errors")
@_fetch_options
def ingest(sources, published, db, quiet, allow_private, allow_host, timeout, max_bytes) -> None:
    """Extract reports and merge their events into the store.

    SOURCES are text or HTML files, JSONL batches ({"id", "text", "published"?, "url"?,
    "title"?} a line), directories, http(s) URLs of pages or RSS/Atom feeds, or - for stdin.
    The same content ingested twice changes nothing; a rerun of an interrupted batch finishes it.
    """
    from .ingest import ingest_documents, read_items
    from .pipeline import parse_published
    from .store import open_store

    try:
        pub = parse_published(published)
        with open_store(db) as store:
            items = read_items(
                sources, published=pub, policy=_policy(allow_private, allow_host, timeout, max_bytes), store=store,
                stdin=sys.stdin if "-" in sources else None,
            )
            summary = ingest_documents(store, items, on_result=_reporter(not quiet))
    except EventAtlasError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(_summary_line(summary))
    if summary.failures:
        sys.exit(1)


@click.command()
@click.argument("feeds_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--every", default="15m", show_default=True, help="time between polls (30s, 15m, 2h)")
@click.option("--iterations", type=int, default=0, help="stop after this many polls (0: run until stopped)")
@click.option("--db", metavar="URL", help=DB_HELP)
@click.option("-q", "--quiet", is_flag=True, help="print only one line per poll and errors")
@_fetch_options
def watch(feeds_file, every, iterations, db, quiet, allow_private, allow_host, timeout, max_bytes) -> None:
    """Poll the RSS/Atom feeds listed in FEEDS_FILE (one URL a line) and ingest new entries.

    Uses conditional requests (ETag / Last-Modified), so an unchanged feed costs one 304.
    """
    from pathlib import Path

    from .feeds import read_feeds_file
    from .ingest import default_extract, parse_every, poll_feeds
    from .store import open_store

    try:
        interval = parse_every(every)
        urls = read_feeds_file(Path(feeds_file))
        policy = _policy(allow_private, allow_host, timeout, max_bytes)
        extract = default_extract()
        with open_store(db) as store:
            n = 0
            while True:
                n += 1
                for poll in poll_feeds(store, urls, policy=policy, extract=extract, on_result=_reporter(not quiet)):
                    if poll.error:
                        click.echo(f"error: {poll.error}", err=True)
                    elif poll.status == 304:
                        click.echo(f"{poll.url}: not modified")
                    else:
                        click.echo(f"{poll.url}: {poll.entries} entries; {_summary_line(poll.summary)}")
                if iterations and n >= iterations:
                    break
                time.sleep(interval)
    except EventAtlasError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@click.command()
@click.option("--db", metavar="URL", help=DB_HELP)
@click.option("--since", metavar="YYYY-MM-DD", help="events on or after this day")
@click.option("--until", metavar="YYYY-MM-DD", help="events on or before this day")
@click.option("--country")
@click.option("--admin1")
@click.option("--type", "event_type", help="event type or sub-event type")
@click.option("--actor", help="part of an actor name")
@click.option("--source", help="part of a source URL or title, or a document id")
@click.option("--limit", type=int)
@click.option("--withdrawn", is_flag=True, help="also list events that no source reports any more")
@click.option(
    "--format", "fmt", default="table", show_default=True,
    type=click.Choice(["table", "jsonl", "csv", "geojson", "acled-csv", "parquet"]),
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="write here instead of stdout (parquet needs it)")
def events(db, since, until, country, admin1, event_type, actor, source, limit, withdrawn, fmt, output) -> None:
    """List stored events; jsonl lines carry each event's sources and claims."""
    from .pipeline import parse_published
    from .store import EventFilter, open_store
    from .store.export import TEXT_WRITERS, write_parquet

    try:
        for day in (since, until):
            parse_published(day)
        flt = EventFilter(since=since, until=until, country=country, admin1=admin1, event_type=event_type,
                          actor=actor, source=source, limit=limit, withdrawn=withdrawn)
        with open_store(db) as store:
            found = store.events(flt)
        if fmt == "parquet":
            if not output:
                raise click.UsageError("--format parquet writes a file: add --output FILE.parquet")
            write_parquet(found, output)
            click.echo(f"{len(found)} event(s) written to {output}", err=True)
        elif output:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                TEXT_WRITERS[fmt](found, fh)
            click.echo(f"{len(found)} event(s) written to {output}", err=True)
        else:
            TEXT_WRITERS[fmt](found, sys.stdout)
    except EventAtlasError as exc:
        raise click.ClickException(str(exc)) from exc


def _show_text(det) -> str:
    ev = det.event
    state = f"{det.n_sources} source(s)" if det.n_sources else "withdrawn: no source reports it any more"
    lines = [f"event {det.id}  (revision {det.revision}, {state})"]
    edited = set(det.edited_fields)
    for f in ("event_date", "time_precision", "event_type", "sub_event_type", "disorder_type", "actor1",
              "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
              "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
              "fatalities", "fatalities_low", "fatalities_high", "campaign", "notes", "tags"):
        v = getattr(ev, f, None)
        if f == "campaign":
            v = det.campaign or v
        if v in (None, "") and f not in edited:
            continue
        mark = f"   [edited; machine value: {getattr(det.machine, f)!r}]" if f in edited else ""
        lines.append(f"  {f:<18} {v}{mark}")
    for w in ev.warnings:
        lines.append(f"  warning: {w}")
    lines.append("sources:")
    for s in det.sources:
        lines.append(f"  [{s.document_id}] {s.title or s.doc_key or ''} {s.url or ''} ({s.published or 'undated'})")
        lines.append(f"       {s.merge_reason}")
    lines.append("claims:")
    for c in det.claims:
        cl = c.claim
        lines.append(
            f"  [{c.document_id}] {cl.claimant} ({cl.stance}): {cl.qualifier} {cl.figure} {cl.victims} {cl.outcome}"
            f"  scope={cl.scope}  \"{cl.evidence.text[:90]}\""
        )
    lines.append("evidence:")
    for e in det.evidence:
        lines.append(f"  [{e.document_id}] {e.field}: {e.span.start}-{e.span.end} \"{e.span.text[:90]}\"")
    if det.edits:
        lines.append("analyst edits:")
        for e in det.edits:
            state = "" if e.active else " (reverted)"
            lines.append(f"  #{e.id} {e.created_at} {e.analyst}: {e.field} = {e.value!r} {e.note}{state}")
    lines.append("history:")
    for h in det.history:
        ch = ", ".join(f"{k}: {v[0]!r} -> {v[1]!r}" for k, v in h.changes.items() if k != "location" or h.kind != "created")
        lines.append(f"  r{h.revision} {h.created_at} {h.kind}: {h.reason}")
        if ch and h.kind != "created":
            lines.append(f"       {ch}")
    return "\n".join(lines)


@click.command()
@click.argument("event_id", type=int)
@click.option("--db", metavar="URL", help=DB_HELP)
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "json"]))
def show(event_id, db, fmt) -> None:
    """Print one event with its claims, sources, evidence and history."""
    from dataclasses import asdict

    from .store import open_store
    from .store.export import event_record

    try:
        with open_store(db) as store:
            det = store.get_event(event_id)
    except EventAtlasError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        rec = event_record(det)
        rec["evidence"] = [{"document_id": e.document_id, "field": e.field, **e.span.model_dump()} for e in det.evidence]
        rec["history"] = [asdict(h) for h in det.history]
        rec["edits"] = [asdict(e) for e in det.edits]
        rec["machine"] = det.machine.model_dump(exclude={"claims", "evidence"})
        click.echo(json.dumps(rec, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(_show_text(det))


def _value(text: str):
    """A value as typed on the command line: JSON when it parses (5, null, "x"), else the text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


@click.command()
@click.argument("event_id", type=int)
@click.argument("field")
@click.argument("value")
@click.option("--analyst", required=True, help="who makes the edit (kept in the event's history)")
@click.option("--note", default="", help="why: the source or reasoning, kept with the edit")
@click.option("--db", metavar="URL", help=DB_HELP)
def edit(event_id, field, value, analyst, note, db) -> None:
    """Set FIELD of a stored event by hand (an analyst's correction).

    VALUE is read as JSON when it parses (5, null, "Quetta"), else as text. The machine's value
    is kept; later reports of the same incident never overwrite the edit; `eventatlas revert`
    withdraws it. Example: eventatlas edit 12 fatalities 7 --analyst maria --note "hospital list".
    """
    from .store import open_store

    try:
        with open_store(db) as store:
            edit_id = store.edit_event(event_id, field, _value(value), analyst=analyst, note=note)
    except EventAtlasError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"edit {edit_id}: event {event_id} {field} = {value}")


@click.command()
@click.argument("edit_id", type=int)
@click.option("--analyst", required=True, help="who withdraws the edit")
@click.option("--db", metavar="URL", help=DB_HELP)
def revert(edit_id, analyst, db) -> None:
    """Withdraw analyst edit EDIT_ID: the machine's value shows again (the edit stays in the history)."""
    from .store import open_store

    try:
        with open_store(db) as store:
            store.revert_edit(edit_id, analyst=analyst)
    except EventAtlasError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"edit {edit_id} withdrawn")


@click.command()
@click.argument("document_ids", nargs=-1, type=int)
@click.option("--db", metavar="URL", help=DB_HELP)
@click.option("-q", "--quiet", is_flag=True, help="print only the summary and errors")
def reextract(document_ids, db, quiet) -> None:
    """Extract stored documents again with this version and update their events.

    Run it after upgrading eventatlas or loading gazetteer files. DOCUMENT_IDS (as `show`
    lists them) limit it to those documents; without them every stored document is redone.
    Analyst edits stay; an event no source reports any more is withdrawn (`events
    --withdrawn` lists it, `show` gives its history). A run can be stopped and started again.
    """
    from .ingest import IngestFailure, reextract_documents
    from .store import open_store

    def report(doc_id, result) -> None:
        if isinstance(result, IngestFailure):
            click.echo(f"error: {result.error}", err=True)
        elif result.changed and not quiet:
            parts = [f"{len(result.links)} event(s): {result.created} new, {result.merged} merged"]
            if result.updated:
                parts.append(f"no longer feeds {len(result.updated)}")
            if result.withdrawn:
                parts.append(f"withdrawn {', '.join(map(str, result.withdrawn))}")
            click.echo(f"document {doc_id}: " + "; ".join(parts))

    try:
        with open_store(db) as store:
            s = reextract_documents(store, document_ids or None, on_result=report)
    except EventAtlasError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"re-extracted {s.documents} document(s): {s.changed} changed, {s.documents - s.changed} unchanged; "
        f"events: {s.events_created} new, {s.events_merged} merged, {s.events_updated} updated, "
        f"{s.events_withdrawn} withdrawn" + (f"; {len(s.failures)} failed" if s.failures else "")
    )
    if s.failures:
        sys.exit(1)
