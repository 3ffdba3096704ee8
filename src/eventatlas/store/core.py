"""The event store: one class over either backend.

:meth:`EventStore.add_report` writes one document's results in one transaction: the document
(unique by content hash, so the same content twice changes nothing), each event merged into a
stored one or created, its claims, evidence and a revision. Analyst edits live in their own
table and are laid over the machine values on every recompute, so re-extraction and new
sources never overwrite them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError

from .. import merge
from ..errors import StoreError
from ..models import Claim, EvidenceSpan, Event, Report
from .backend import Backend
from .records import (
    AnalystEdit,
    EventDetail,
    EventFilter,
    EventLink,
    IngestOutcome,
    ReextractOutcome,
    Revision,
    SourceDocument,
    SourceRef,
    StoredClaim,
    StoredEvent,
    StoredEvidence,
    StoreStats,
)
from .schema import LATEST, MIGRATIONS

EDITABLE = frozenset(Event.model_fields) - {"claims", "evidence"}
TRACKED = [f for f in Event.model_fields if f not in ("claims", "evidence", "warnings")]
EVENT_COLUMNS = (
    "campaign_id, event_date, time_precision, country, admin1, admin2, location, geo_precision, latitude, "
    "longitude, event_type, sub_event_type, actor1, actor2, fatalities, fatalities_low, fatalities_high"
)
CHUNK = 500


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _campaign_key(name: str, country: str | None) -> str:
    return f"{merge.norm(name)}|{merge.norm(country)}"


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


class EventStore:
    """Documents, merged events, claims, evidence, history and analyst edits."""

    def __init__(self, backend: Backend, *, policy: merge.MergePolicy | None = None, url: str = "") -> None:
        self.backend = backend
        self.policy = policy or merge.MergePolicy()
        self.url = url

    # ---------------------------------------------------------------------------------------
    # lifecycle
    # ---------------------------------------------------------------------------------------

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    def schema_version(self) -> int:
        if not self.backend.table_exists("schema_migrations"):
            return 0
        row = self.backend.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> list[int]:
        """Apply the migrations this database lacks; return their versions."""
        b = self.backend
        applied: list[int] = []
        with b.write(["schema"]):
            if not b.table_exists("schema_migrations"):
                b.execute(
                    "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                    "applied_at TEXT NOT NULL)"
                )
            current = int(b.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()[0])
            if current > LATEST:
                raise StoreError(
                    f"this store has schema version {current} but this eventatlas knows only up to {LATEST}: "
                    "upgrade eventatlas (pip install -U eventatlas) to open it"
                )
            for m in MIGRATIONS:
                if m.version <= current:
                    continue
                for stmt in m.statements:
                    b.execute(stmt.format(**b.types))
                b.execute(
                    "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                    (m.version, m.description, _now()),
                )
                applied.append(m.version)
        return applied

    # ---------------------------------------------------------------------------------------
    # documents
    # ---------------------------------------------------------------------------------------

    def has_document(self, content_hash: str) -> bool:
        row = self.backend.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def has_url(self, url: str) -> bool:
        row = self.backend.execute("SELECT 1 FROM documents WHERE url = ?", (url,)).fetchone()
        return row is not None

    def add_report(self, doc: SourceDocument, report: Report) -> IngestOutcome:
        """Store ``doc`` and merge the events of its ``report``, all in one transaction."""
        b = self.backend
        countries = {merge.norm(e.country) for e in report.events} or {""}
        with b.write(countries):
            row = b.execute(
                "INSERT INTO documents (content_hash, doc_key, url, title, published, fetched_at, ingested_at, "
                "origin, n_chars, language, warnings, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (content_hash) DO NOTHING RETURNING id",
                (
                    doc.content_hash,
                    doc.doc_id,
                    doc.url,
                    doc.title,
                    doc.published.isoformat() if doc.published else None,
                    doc.fetched_at.isoformat(timespec="seconds") if doc.fetched_at else None,
                    _now(),
                    doc.origin,
                    len(doc.text),
                    report.language,
                    json.dumps(report.warnings),
                    doc.text,
                ),
            ).fetchone()
            if row is None:
                existing = b.execute("SELECT id FROM documents WHERE content_hash = ?", (doc.content_hash,)).fetchone()
                return IngestOutcome(document_id=int(existing[0]), duplicate=True)
            doc_id = int(row[0])
            default_campaign = self._report_campaign(report, doc_id)
            links = self._merge_events(doc_id, report.events, default_campaign)
            for claim in report.campaign_claims:
                self._insert_claim(claim, doc_id, None, default_campaign)
            camp_ids = sorted({c for c in [default_campaign] if c is not None})
        return IngestOutcome(document_id=doc_id, duplicate=False, links=links, campaign_ids=camp_ids)

    def _campaign_id(self, name: str, country: str | None) -> int:
        key = _campaign_key(name, country)
        self.backend.execute(
            "INSERT INTO campaigns (key, name, country, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
            (key, name, country, _now()),
        )
        return int(self.backend.execute("SELECT id FROM campaigns WHERE key = ?", (key,)).fetchone()[0])

    def _report_campaign(self, report: Report, doc_id: int) -> int | None:
        """The campaign a report's campaign-wide claims belong to (None when it has none)."""
        named = Counter((e.campaign, e.country) for e in report.events if e.campaign)
        if named:
            (name, country), _ = named.most_common(1)[0]
            return self._campaign_id(name, country)
        wide = list(report.campaign_claims) + [c for e in report.events for c in e.claims if c.scope == "campaign"]
        if not wide:
            return None
        # Campaign claims but no named operation: one unnamed campaign for the province and day.
        dated = sorted((e.event_date or "", e.admin1 or "", e.country or "") for e in report.events)
        if dated:
            day, admin1, country = dated[0]
            where = ", ".join(x for x in (admin1, country) if x) or "unknown place"
            return self._campaign_id(f"Unnamed operation ({where}, {day or 'undated'})", country or None)
        return self._campaign_id(f"Unnamed operation (document {doc_id})", None)

    # ---------------------------------------------------------------------------------------
    # merge
    # ---------------------------------------------------------------------------------------

    def _candidates(self, events: Sequence[Event]) -> list[tuple[int, Event]]:
        found: dict[int, Event] = {}
        for ev in events:
            rng = merge.candidate_range(ev, self.policy)
            if rng is None:
                continue
            # per stored time precision, only the days its own window can reach: day-precise
            # events are looked up on the same day(s), not across the widest window
            day = merge.event_day(ev)
            w = self.policy.window(ev)
            ors, params = [], [merge.norm(ev.country)]
            for prec, pw in sorted(self.policy.day_window.items()):
                ors.append("(time_precision = ? AND event_date >= ? AND event_date <= ?)")
                span = dt.timedelta(days=w + pw)
                params += [prec, (day - span).isoformat(), (day + span).isoformat()]
            rows = self.backend.execute(
                f"SELECT id, data FROM events WHERE country = ? AND event_date >= ? AND event_date <= ? "
                f"AND ({' OR '.join(ors)})",
                (params[0], rng[0], rng[1], *params[1:]),
            ).fetchall()
            for eid, data in rows:
                if eid not in found:
                    found[int(eid)] = Event.model_validate_json(data)
        return sorted(found.items())

    def _merge_events(
        self, doc_id: int, events: Sequence[Event], default_campaign: int | None, kind: str = "merged"
    ) -> list[EventLink]:
        assignment = merge.assign(events, self._candidates(events), self.policy)
        links = []
        for pos, ev in enumerate(events):
            campaign_id = self._campaign_id(ev.campaign, ev.country) if ev.campaign else default_campaign
            if pos in assignment:
                sid, m = assignment[pos]
                self._add_source(sid, doc_id, pos, ev, m.reason, m.score, kind)
                links.append(EventLink(sid, True, m.reason))
            else:
                sid = self._create_event(doc_id, pos, ev, campaign_id)
                links.append(EventLink(sid, False, "new event"))
            for claim in ev.claims:
                if claim.scope == "campaign":
                    self._insert_claim(claim, doc_id, None, campaign_id)
                elif claim.scope == "document":
                    self._insert_claim(claim, doc_id, None, default_campaign)
                else:
                    self._insert_claim(claim, doc_id, sid, None)
            for field, spans in ev.evidence.items():
                for sp in spans:
                    self.backend.execute(
                        "INSERT INTO evidence (event_id, document_id, field, start_offset, end_offset, text) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (sid, doc_id, field, sp.start, sp.end, sp.text),
                    )
        return links

    def _insert_claim(self, c: Claim, doc_id: int, event_id: int | None, campaign_id: int | None) -> None:
        self.backend.execute(
            "INSERT INTO claims (event_id, campaign_id, document_id, claimant, stance, scope, outcome, figure, low, "
            "high, qualifier, victims, victim_kind, ev_start, ev_end, ev_text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event_id, campaign_id, doc_id, c.claimant, c.stance, c.scope, c.outcome, c.figure, c.low, c.high,
                c.qualifier, c.victims, c.victim_kind, c.evidence.start, c.evidence.end, c.evidence.text,
            ),
        )

    def _event_values(self, ev: Event, campaign_id: int | None) -> tuple:
        return (
            campaign_id, ev.event_date, ev.time_precision, merge.norm(ev.country), ev.admin1, ev.admin2, ev.location,
            ev.geo_precision, ev.latitude, ev.longitude, ev.event_type, ev.sub_event_type, ev.actor1, ev.actor2,
            ev.fatalities, ev.fatalities_low, ev.fatalities_high,
        )

    def _create_event(self, doc_id: int, pos: int, ev: Event, campaign_id: int | None) -> int:
        machine = merge.combine([ev])
        now = _now()
        sid = int(
            self.backend.execute(
                f"INSERT INTO events ({EVENT_COLUMNS}, n_sources, revision, data, created_at, updated_at) "
                f"VALUES ({_marks(17)}, 1, 1, ?, ?, ?) RETURNING id",
                (*self._event_values(machine, campaign_id), machine.model_dump_json(exclude_defaults=True), now, now),
            ).fetchone()[0]
        )
        self._link_source(sid, doc_id, pos, ev, "new event", None)
        # the first source's values are in event_sources: the revision need not repeat them
        self._revision(sid, 1, "created", f"created from document {doc_id}", {}, doc_id, None)
        return sid

    def _link_source(self, sid: int, doc_id: int, pos: int, ev: Event, reason: str, score: float | None) -> None:
        self.backend.execute(
            "INSERT INTO event_sources (event_id, document_id, position, event_json, merge_reason, score, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (sid, doc_id, pos, ev.model_dump_json(exclude_defaults=True), reason, score, _now()),
        )

    def _add_source(
        self, sid: int, doc_id: int, pos: int, ev: Event, reason: str, score: float, kind: str = "merged"
    ) -> None:
        self._link_source(sid, doc_id, pos, ev, reason, score)
        verb = "re-extracted" if kind == "reextracted" else "merged"
        self._recompute(sid, kind, f"{verb} document {doc_id}: {reason}", doc_id=doc_id)

    def _effective(self, sid: int) -> Event:
        row = self.backend.execute("SELECT data FROM events WHERE id = ?", (sid,)).fetchone()
        return _apply_edits(Event.model_validate_json(row[0]), self._edits([sid]).get(sid, []))

    def _recompute(
        self,
        sid: int,
        kind: str,
        reason: str,
        *,
        doc_id: int | None = None,
        edit_id: int | None = None,
        old_eff: Event | None = None,
    ) -> None:
        b = self.backend
        row = b.execute("SELECT data, revision, campaign_id FROM events WHERE id = ?", (sid,)).fetchone()
        old_machine = Event.model_validate_json(row[0])
        sources = [
            Event.model_validate_json(r[0])
            for r in b.execute(
                "SELECT event_json FROM event_sources WHERE event_id = ? ORDER BY document_id", (sid,)
            ).fetchall()
        ]
        machine = merge.combine(sources)
        edits = self._edits([sid]).get(sid, [])
        eff = _apply_edits(machine, edits)
        if old_eff is None:  # edits unchanged: the old effective event is the old machine one + edits
            old_eff = _apply_edits(old_machine, edits)
        changes = {f: [getattr(old_eff, f), getattr(eff, f)] for f in TRACKED if getattr(old_eff, f) != getattr(eff, f)}
        if len(machine.claims) != len(old_machine.claims):
            changes["claims"] = [len(old_machine.claims), len(machine.claims)]
        rev = int(row[1]) + 1
        b.execute(
            f"UPDATE events SET ({EVENT_COLUMNS}, n_sources, revision, data, updated_at) = "
            f"({_marks(17)}, ?, ?, ?, ?) WHERE id = ?",
            (*self._event_values(eff, row[2]), len(sources), rev, machine.model_dump_json(exclude_defaults=True), _now(), sid),
        )
        self._revision(sid, rev, kind, reason, changes, doc_id, edit_id)

    def _revision(self, sid, rev, kind, reason, changes, doc_id, edit_id) -> None:
        self.backend.execute(
            "INSERT INTO event_revisions (event_id, revision, kind, reason, changes, document_id, edit_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (sid, rev, kind, reason, json.dumps(changes, default=str), doc_id, edit_id, _now()),
        )

    # ---------------------------------------------------------------------------------------
    # analyst edits
    # ---------------------------------------------------------------------------------------

    def edit_event(self, event_id: int, field: str, value: Any, *, analyst: str, note: str = "") -> int:
        """Set ``field`` of an event by hand; returns the edit's id. Later sources never undo it."""
        if field not in EDITABLE:
            raise StoreError(f"cannot edit {field!r}: editable fields are {', '.join(sorted(EDITABLE))}")
        with self.backend.write():
            row = self.backend.execute("SELECT data FROM events WHERE id = ?", (event_id,)).fetchone()
            if row is None:
                raise StoreError(f"no event {event_id} in this store: list them with `eventatlas events`")
            try:
                Event.model_validate({**json.loads(row[0]), field: value})
            except ValidationError as exc:
                raise StoreError(f"bad value {value!r} for {field}: {exc.errors()[0]['msg']}") from exc
            before = self._effective(event_id)
            eid = int(
                self.backend.execute(
                    "INSERT INTO analyst_edits (event_id, field, value, analyst, note, created_at, active) "
                    "VALUES (?, ?, ?, ?, ?, ?, 1) RETURNING id",
                    (event_id, field, json.dumps(value), analyst, note, _now()),
                ).fetchone()[0]
            )
            reason = f"{analyst} set {field}" + (f": {note}" if note else "")
            self._recompute(event_id, "edit", reason, edit_id=eid, old_eff=before)
        return eid

    def revert_edit(self, edit_id: int, *, analyst: str) -> None:
        """Withdraw an analyst edit: the machine value shows again."""
        with self.backend.write():
            row = self.backend.execute("SELECT event_id, field FROM analyst_edits WHERE id = ?", (edit_id,)).fetchone()
            if row is None:
                raise StoreError(f"no analyst edit {edit_id}")
            before = self._effective(int(row[0]))
            self.backend.execute("UPDATE analyst_edits SET active = 0 WHERE id = ?", (edit_id,))
            reason = f"{analyst} reverted edit {edit_id} of {row[1]}"
            self._recompute(int(row[0]), "revert", reason, edit_id=edit_id, old_eff=before)

    def _edits(self, ids: Sequence[int], active_only: bool = True) -> dict[int, list[AnalystEdit]]:
        out: dict[int, list[AnalystEdit]] = {}
        for chunk in _chunks(list(ids)):
            rows = self.backend.execute(
                "SELECT id, event_id, field, value, analyst, note, created_at, active FROM analyst_edits "
                f"WHERE event_id IN ({_marks(len(chunk))})" + (" AND active = 1" if active_only else "") + " ORDER BY id",
                tuple(chunk),
            ).fetchall()
            for r in rows:
                out.setdefault(int(r[1]), []).append(
                    AnalystEdit(int(r[0]), int(r[1]), r[2], json.loads(r[3]), r[4], r[5], r[6], bool(r[7]))
                )
        return out

    # ---------------------------------------------------------------------------------------
    # re-extraction
    # ---------------------------------------------------------------------------------------

    def document_ids(self) -> list[int]:
        """Ids of all stored documents, oldest first."""
        return [int(r[0]) for r in self.backend.execute("SELECT id FROM documents ORDER BY id").fetchall()]

    def get_document(self, document_id: int) -> SourceDocument:
        """A stored document as it was ingested (text, URL, title, publication date, caller's id)."""
        row = self.backend.execute(
            "SELECT text, url, title, published, doc_key, fetched_at, origin FROM documents WHERE id = ?",
            (document_id,),
        ).fetchone()
        if row is None:
            raise _no_document(document_id)
        return SourceDocument(
            text=row[0], url=row[1], title=row[2], published=dt.date.fromisoformat(row[3]) if row[3] else None,
            doc_id=row[4], fetched_at=dt.datetime.fromisoformat(row[5]) if row[5] else None, origin=row[6],
        )

    def _same_report(self, document_id: int, report: Report) -> bool:
        """True when ``report`` would store exactly what the document contributes now."""
        b = self.backend
        old = [r[0] for r in b.execute(
            "SELECT event_json FROM event_sources WHERE document_id = ? ORDER BY position", (document_id,)
        ).fetchall()]
        if old != [ev.model_dump_json(exclude_defaults=True) for ev in report.events]:
            return False
        keep = ("claimant", "stance", "scope", "outcome", "figure", "low", "high", "qualifier", "victims", "victim_kind")
        old_claims = Counter(
            tuple(r) for r in b.execute(
                f"SELECT {', '.join(keep)}, ev_start, ev_end FROM claims WHERE document_id = ? AND event_id IS NULL",
                (document_id,),
            ).fetchall()
        )
        wide = list(report.campaign_claims) + [
            c for ev in report.events for c in ev.claims if c.scope in ("campaign", "document")
        ]
        new_claims = Counter(tuple(getattr(c, k) for k in keep) + (c.evidence.start, c.evidence.end) for c in wide)
        return old_claims == new_claims

    def replace_report(self, document_id: int, report: Report) -> ReextractOutcome:
        """Replace what a stored document contributes with ``report``, a new extraction of its text.

        All in one transaction: the document's sources, claims and evidence are removed and its
        new events merged as at ingestion. An event that merges into the stored event it fed
        before keeps that event's id, analyst edits and history. An event the document no
        longer reports is recomputed from its other sources, or, with none left, withdrawn:
        kept with its history and edits, out of listings, and revived if a later report merges
        into it. A report identical to the stored one changes nothing.
        """
        if self.backend.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is None:
            raise _no_document(document_id)
        if self._same_report(document_id, report):
            return ReextractOutcome(document_id=document_id, changed=False)
        b = self.backend
        # lock the countries of the events it feeds now and of the new ones, as ingest does
        countries = {merge.norm(e.country) for e in report.events} | {
            r[0] or "" for r in b.execute(
                "SELECT DISTINCT e.country FROM events e JOIN event_sources s ON s.event_id = e.id "
                "WHERE s.document_id = ?", (document_id,)
            ).fetchall()
        }
        with b.write(countries or {""}):
            before = [int(r[0]) for r in b.execute(
                "SELECT event_id FROM event_sources WHERE document_id = ? ORDER BY position", (document_id,)
            ).fetchall()]
            for table in ("evidence", "claims", "event_sources"):
                b.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
            b.execute(
                "UPDATE documents SET language = ?, warnings = ? WHERE id = ?",
                (report.language, json.dumps(report.warnings), document_id),
            )
            default_campaign = self._report_campaign(report, document_id)
            links = self._merge_events(document_id, report.events, default_campaign, kind="reextracted")
            for claim in report.campaign_claims:
                self._insert_claim(claim, document_id, None, default_campaign)
            kept = {x.event_id for x in links}
            updated, withdrawn = [], []
            for sid in dict.fromkeys(before):
                if sid in kept:
                    continue
                left = int(b.execute("SELECT COUNT(*) FROM event_sources WHERE event_id = ?", (sid,)).fetchone()[0])
                if left:
                    self._recompute(
                        sid, "reextracted", f"re-extracted document {document_id}: it no longer reports this event",
                        doc_id=document_id,
                    )
                    updated.append(sid)
                else:
                    self._withdraw(sid, document_id)
                    withdrawn.append(sid)
        return ReextractOutcome(
            document_id=document_id, changed=True, links=links, updated=updated, withdrawn=withdrawn
        )

    def _withdraw(self, sid: int, doc_id: int) -> None:
        rev = int(self.backend.execute("SELECT revision FROM events WHERE id = ?", (sid,)).fetchone()[0]) + 1
        self.backend.execute(
            "UPDATE events SET n_sources = 0, revision = ?, updated_at = ? WHERE id = ?", (rev, _now(), sid)
        )
        reason = f"re-extracted document {doc_id}: no source reports this event any more"
        self._revision(sid, rev, "withdrawn", reason, {}, doc_id, None)


    # ---------------------------------------------------------------------------------------
    # feeds
    # ---------------------------------------------------------------------------------------

    def feed_state(self, url: str) -> tuple[str | None, str | None]:
        """(etag, last_modified) remembered from the last poll of ``url``."""
        row = self.backend.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_feed_state(self, url: str, etag: str | None, last_modified: str | None, status: int, entries: int) -> None:
        with self.backend.write():
            self.backend.execute(
                "INSERT INTO feeds (url, etag, last_modified, checked_at, status, entries_seen) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
                "checked_at = excluded.checked_at, status = excluded.status, "
                "entries_seen = feeds.entries_seen + excluded.entries_seen",
                (url, etag, last_modified, _now(), status, entries),
            )

    # ---------------------------------------------------------------------------------------
    # queries
    # ---------------------------------------------------------------------------------------

    def stats(self) -> StoreStats:
        n = {
            t: int(self.backend.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
            for t in ("documents", "events", "claims", "campaigns")
        }
        gone = int(self.backend.execute("SELECT COUNT(*) FROM events WHERE n_sources = 0").fetchone()[0])
        return StoreStats(
            n["documents"], n["events"] - gone, n["claims"], n["campaigns"], self.schema_version(), withdrawn=gone
        )

    def event_ids(self, flt: EventFilter | None = None) -> list[int]:
        flt = flt or EventFilter()
        where, params = ([] if flt.withdrawn else ["e.n_sources > 0"]), []
        if flt.since:
            where.append("e.event_date >= ?")
            params.append(flt.since)
        if flt.until:
            where.append("e.event_date <= ?")
            params.append(flt.until)
        if flt.country:
            where.append("e.country = ?")
            params.append(merge.norm(flt.country))
        if flt.admin1:
            where.append("LOWER(e.admin1) = ?")
            params.append(flt.admin1.lower())
        if flt.event_type:
            where.append("(LOWER(e.event_type) = ? OR LOWER(e.sub_event_type) = ?)")
            params += [flt.event_type.lower()] * 2
        if flt.actor:
            where.append("(LOWER(e.actor1) LIKE ? OR LOWER(e.actor2) LIKE ?)")
            params += [f"%{flt.actor.lower()}%"] * 2
        if flt.source:
            src = "(LOWER(d.url) LIKE ? OR LOWER(d.title) LIKE ? OR d.doc_key = ?"
            params += [f"%{flt.source.lower()}%"] * 2 + [flt.source]
            if flt.source.isdigit():
                src += " OR d.id = ?"
                params.append(int(flt.source))
            where.append(
                "EXISTS (SELECT 1 FROM event_sources s JOIN documents d ON d.id = s.document_id "
                f"WHERE s.event_id = e.id AND {src}))"
            )
        sql = "SELECT e.id FROM events e" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY e.event_date, e.id"
        if flt.limit:
            sql += f" LIMIT {int(flt.limit)}"
        return [int(r[0]) for r in self.backend.execute(sql, params).fetchall()]

    def events(self, flt: EventFilter | None = None) -> list[StoredEvent]:
        """Events matching ``flt`` with their sources and claims, in date order."""
        return self._load(self.event_ids(flt), StoredEvent)

    def get_event(self, event_id: int) -> EventDetail:
        """One event with claims, sources, evidence, analyst edits and history."""
        found = self._load([event_id], EventDetail, all_edits=True)
        if not found:
            raise StoreError(f"no event {event_id} in this store: list them with `eventatlas events`")
        det = found[0]
        b = self.backend
        det.evidence = [
            StoredEvidence(int(r[0]), r[1], EvidenceSpan(start=r[2], end=r[3], text=r[4]))
            for r in b.execute(
                "SELECT document_id, field, start_offset, end_offset, text FROM evidence WHERE event_id = ? "
                "ORDER BY document_id, field, start_offset",
                (event_id,),
            ).fetchall()
        ]
        det.history = [
            Revision(int(r[0]), r[1], r[2], json.loads(r[3]), r[4], r[5], r[6])
            for r in b.execute(
                "SELECT revision, kind, reason, changes, document_id, edit_id, created_at FROM event_revisions "
                "WHERE event_id = ? ORDER BY revision",
                (event_id,),
            ).fetchall()
        ]
        return det

    def campaign_claims(self, campaign_id: int) -> list[StoredClaim]:
        rows = self.backend.execute(_CLAIM_SQL + " WHERE campaign_id = ? ORDER BY id", (campaign_id,)).fetchall()
        return [_claim(r) for r in rows]

    def _load(self, ids: Sequence[int], cls: type, all_edits: bool = False) -> list:
        b = self.backend
        out = []
        for chunk in _chunks(list(ids)):
            marks = _marks(len(chunk))
            rows = b.execute(
                "SELECT e.id, e.data, e.n_sources, e.revision, e.campaign_id, c.name, e.created_at, e.updated_at "
                f"FROM events e LEFT JOIN campaigns c ON c.id = e.campaign_id WHERE e.id IN ({marks})",
                tuple(chunk),
            ).fetchall()
            edits = self._edits(chunk, active_only=not all_edits)
            sources: dict[int, list[SourceRef]] = {}
            for r in b.execute(
                "SELECT s.event_id, d.id, d.url, d.title, d.published, d.doc_key, s.merge_reason FROM event_sources s "
                f"JOIN documents d ON d.id = s.document_id WHERE s.event_id IN ({marks}) ORDER BY d.id",
                tuple(chunk),
            ).fetchall():
                sources.setdefault(int(r[0]), []).append(SourceRef(int(r[1]), r[2], r[3], r[4], r[5], r[6]))
            claims: dict[int, list[StoredClaim]] = {}
            for r in b.execute(_CLAIM_SQL + f" WHERE event_id IN ({marks}) ORDER BY id", tuple(chunk)).fetchall():
                sc = _claim(r)
                claims.setdefault(int(sc.event_id), []).append(sc)  # type: ignore[arg-type]
            by_id = {}
            for r in rows:
                eid = int(r[0])
                machine = Event.model_validate_json(r[1])
                ed = edits.get(eid, [])
                by_id[eid] = cls(
                    id=eid, event=_apply_edits(machine, [e for e in ed if e.active]), machine=machine,
                    n_sources=int(r[2]), revision=int(r[3]), campaign_id=r[4], campaign=r[5], created_at=r[6],
                    updated_at=r[7], sources=sources.get(eid, []), claims=claims.get(eid, []), edits=ed,
                )
            out += [by_id[i] for i in chunk if i in by_id]
        return out


_CLAIM_SQL = (
    "SELECT figure, low, high, qualifier, outcome, victims, victim_kind, claimant, stance, scope, ev_start, ev_end, "
    "ev_text, document_id, event_id, campaign_id FROM claims"
)


def _claim(r: Sequence[Any]) -> StoredClaim:
    c = Claim(
        figure=r[0], low=r[1], high=r[2], qualifier=r[3], outcome=r[4], victims=r[5], victim_kind=r[6],
        claimant=r[7], stance=r[8], scope=r[9], evidence=EvidenceSpan(start=r[10] or 0, end=r[11] or 0, text=r[12] or ""),
    )
    return StoredClaim(c, int(r[13]), r[14], r[15])


def _no_document(document_id: int) -> StoreError:
    return StoreError(f"no document {document_id} in this store: `eventatlas show EVENT` lists an event's documents")


def _apply_edits(machine: Event, edits: Sequence[AnalystEdit]) -> Event:
    """The effective event: each field's latest active edit over the machine value."""
    if not edits:
        return machine
    update = {e.field: e.value for e in edits if e.active}
    return Event.model_validate({**machine.model_dump(), **update})
