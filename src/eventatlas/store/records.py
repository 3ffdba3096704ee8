"""Typed records going into and out of the event store."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..models import Claim, EvidenceSpan, Event


def content_hash(text: str) -> str:
    """sha256 of the text with whitespace runs collapsed: the identity of a document."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SourceDocument:
    """One report to ingest: its text and what is known about where it came from."""

    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    doc_id: str | None = None  # the caller's id (a JSONL "id", a file path)
    fetched_at: dt.datetime | None = None
    origin: str | None = None  # the path, URL or feed it was read from

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class EventLink:
    """What happened to one extracted event: a new stored event or a merge into one."""

    event_id: int
    merged: bool
    reason: str


class _Linked:
    """``created`` / ``merged`` counts of an outcome's event links."""

    links: list[EventLink]

    @property
    def created(self) -> int:
        return sum(1 for x in self.links if not x.merged)

    @property
    def merged(self) -> int:
        return sum(1 for x in self.links if x.merged)


@dataclass(frozen=True)
class IngestOutcome(_Linked):
    """The result of storing one document's report."""

    document_id: int
    duplicate: bool  # the same content was already stored: nothing changed
    links: list[EventLink] = field(default_factory=list)
    campaign_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class ReextractOutcome(_Linked):
    """The result of re-extracting one stored document."""

    document_id: int
    changed: bool  # False: the new extraction equals the stored one and nothing was written
    links: list[EventLink] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)  # events the document no longer feeds, still sourced
    withdrawn: list[int] = field(default_factory=list)  # events no source reports any more


@dataclass(frozen=True)
class SourceRef:
    document_id: int
    url: str | None
    title: str | None
    published: str | None
    doc_key: str | None
    merge_reason: str


@dataclass(frozen=True)
class StoredClaim:
    claim: Claim
    document_id: int
    event_id: int | None
    campaign_id: int | None


@dataclass(frozen=True)
class StoredEvidence:
    document_id: int
    field: str
    span: EvidenceSpan


@dataclass(frozen=True)
class Revision:
    revision: int
    kind: str  # created / merged / edit / revert / reextracted / withdrawn
    reason: str
    changes: dict[str, Any]
    document_id: int | None
    edit_id: int | None
    created_at: str


@dataclass(frozen=True)
class AnalystEdit:
    id: int
    event_id: int
    field: str
    value: Any
    analyst: str
    note: str
    created_at: str
    active: bool


@dataclass
class StoredEvent:
    """An event as the store holds it: the effective values (analyst edits applied)."""

    id: int
    event: Event
    machine: Event  # what extraction + merge give, before analyst edits
    n_sources: int
    revision: int
    campaign_id: int | None
    campaign: str | None
    created_at: str
    updated_at: str
    sources: list[SourceRef] = field(default_factory=list)
    claims: list[StoredClaim] = field(default_factory=list)
    edits: list[AnalystEdit] = field(default_factory=list)

    @property
    def edited_fields(self) -> list[str]:
        return sorted({e.field for e in self.edits if e.active})


@dataclass
class EventDetail(StoredEvent):
    """One event with everything ``show`` prints."""

    evidence: list[StoredEvidence] = field(default_factory=list)
    history: list[Revision] = field(default_factory=list)


@dataclass(frozen=True)
class EventFilter:
    """Query of ``events``. Text filters are case-insensitive; ``actor`` and ``source`` match a part."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None  # an event type or a sub-event type
    actor: str | None = None
    source: str | None = None  # part of a source URL or title, or a document id
    limit: int | None = None
    withdrawn: bool = False  # also list events that no source reports any more


@dataclass(frozen=True)
class StoreStats:
    documents: int
    events: int
    claims: int
    campaigns: int
    schema_version: int
    withdrawn: int = 0  # events no source reports any more (not in ``events``)
