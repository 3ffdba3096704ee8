"""The event store: documents, merged events, claims, evidence, history, analyst edits.

    from eventatlas.store import open_store
    with open_store("events.sqlite") as store:          # or "postgresql://user@host/db"
        outcome = store.add_report(SourceDocument(text, url=...), report)
        for se in store.events(EventFilter(country="Pakistan")):
            print(se.id, se.event.location, se.event.fatalities, len(se.sources))

The database is chosen by ``--db`` / the ``url`` argument, else ``EVENTATLAS_DB``, else
``<Config.home>/events.sqlite``. Opening a store applies any pending schema migration.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..config import Config
from ..errors import StoreError
from ..merge import MergePolicy
from .backend import Backend, PostgresBackend, SqliteBackend
from .core import EventStore
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
    content_hash,
)

ENV_VAR = "EVENTATLAS_DB"


def resolve_url(url: str | None = None, config: Config | None = None) -> str:
    """The store URL to use: ``url``, else $EVENTATLAS_DB, else Config.home/events.sqlite."""
    if url:
        return url
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    return str((config or Config()).home / "events.sqlite")


def open_backend(url: str) -> Backend:
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(url)
    if "://" in url and not url.startswith("sqlite://"):
        scheme = url.split("://", 1)[0]
        raise StoreError(
            f"unknown store URL scheme {scheme!r}: use a file path, sqlite:///path or postgresql://user@host/db"
        )
    # sqlite:///rel/path.sqlite and sqlite:////abs/path.sqlite, as SQLAlchemy writes them
    path = url[len("sqlite:///") :] if url.startswith("sqlite:///") else url
    return SqliteBackend(Path(path).expanduser())


def open_store(
    url: str | None = None, *, config: Config | None = None, policy: MergePolicy | None = None, migrate: bool = True
) -> EventStore:
    """Open (creating and migrating when needed) the store at ``url``."""
    resolved = resolve_url(url, config)
    store = EventStore(open_backend(resolved), policy=policy, url=resolved)
    if migrate:
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
    return store


__all__ = [
    "AnalystEdit",
    "EventDetail",
    "EventFilter",
    "EventLink",
    "EventStore",
    "IngestOutcome",
    "ReextractOutcome",
    "MergePolicy",
    "Revision",
    "SourceDocument",
    "SourceRef",
    "StoreStats",
    "StoredClaim",
    "StoredEvent",
    "StoredEvidence",
    "content_hash",
    "open_store",
    "resolve_url",
]
