"""The store's schema as numbered migrations, written once for SQLite and PostgreSQL.

Each migration is a list of statements with three placeholders that each dialect fills in:
``{pk}`` an auto-numbered primary key, ``{id}`` a reference to one, ``{float}`` a double.
Never edit a released migration: add the next one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "documents, campaigns, events, sources, claims, evidence, revisions, analyst edits",
        (
            """CREATE TABLE documents (
                id {pk},
                content_hash TEXT NOT NULL UNIQUE,
                doc_key TEXT,
                url TEXT,
                title TEXT,
                published TEXT,
                fetched_at TEXT,
                ingested_at TEXT NOT NULL,
                origin TEXT,
                n_chars INTEGER NOT NULL,
                language TEXT,
                warnings TEXT NOT NULL DEFAULT '[]',
                text TEXT NOT NULL)""",
            "CREATE INDEX documents_url ON documents (url)",
            """CREATE TABLE campaigns (
                id {pk},
                key TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                country TEXT,
                created_at TEXT NOT NULL)""",
            """CREATE TABLE events (
                id {pk},
                campaign_id {id} REFERENCES campaigns (id),
                event_date TEXT,
                time_precision INTEGER NOT NULL,
                country TEXT NOT NULL DEFAULT '',
                admin1 TEXT,
                admin2 TEXT,
                location TEXT,
                geo_precision INTEGER NOT NULL,
                latitude {float},
                longitude {float},
                event_type TEXT NOT NULL,
                sub_event_type TEXT NOT NULL,
                actor1 TEXT,
                actor2 TEXT,
                fatalities INTEGER NOT NULL DEFAULT 0,
                fatalities_low INTEGER NOT NULL DEFAULT 0,
                fatalities_high INTEGER,
                n_sources INTEGER NOT NULL DEFAULT 0,
                revision INTEGER NOT NULL DEFAULT 0,
                data TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL)""",
            "CREATE INDEX events_block ON events (country, event_date)",
            "CREATE INDEX events_date ON events (event_date)",
            """CREATE TABLE event_sources (
                event_id {id} NOT NULL REFERENCES events (id),
                document_id {id} NOT NULL REFERENCES documents (id),
                position INTEGER NOT NULL,
                event_json TEXT NOT NULL,
                merge_reason TEXT NOT NULL,
                score {float},
                added_at TEXT NOT NULL,
                PRIMARY KEY (event_id, document_id))""",
            "CREATE INDEX event_sources_document ON event_sources (document_id)",
            """CREATE TABLE claims (
                id {pk},
                event_id {id} REFERENCES events (id),
                campaign_id {id} REFERENCES campaigns (id),
                document_id {id} NOT NULL REFERENCES documents (id),
                claimant TEXT NOT NULL,
                stance TEXT NOT NULL,
                scope TEXT NOT NULL,
                outcome TEXT NOT NULL,
                figure INTEGER NOT NULL,
                low INTEGER NOT NULL,
                high INTEGER,
                qualifier TEXT NOT NULL,
                victims TEXT NOT NULL,
                victim_kind TEXT,
                ev_start INTEGER,
                ev_end INTEGER,
                ev_text TEXT)""",
            "CREATE INDEX claims_event ON claims (event_id)",
            "CREATE INDEX claims_campaign ON claims (campaign_id)",
            "CREATE INDEX claims_document ON claims (document_id)",
            """CREATE TABLE evidence (
                id {pk},
                event_id {id} NOT NULL REFERENCES events (id),
                document_id {id} NOT NULL REFERENCES documents (id),
                field TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                text TEXT NOT NULL)""",
            "CREATE INDEX evidence_event ON evidence (event_id)",
            """CREATE TABLE event_revisions (
                id {pk},
                event_id {id} NOT NULL REFERENCES events (id),
                revision INTEGER NOT NULL,
                kind TEXT NOT NULL,
                reason TEXT NOT NULL,
                changes TEXT NOT NULL,
                document_id {id},
                edit_id {id},
                created_at TEXT NOT NULL,
                UNIQUE (event_id, revision))""",
            """CREATE TABLE analyst_edits (
                id {pk},
                event_id {id} NOT NULL REFERENCES events (id),
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                analyst TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1)""",
            "CREATE INDEX analyst_edits_event ON analyst_edits (event_id)",
        ),
    ),
    Migration(
        2,
        "feed state for conditional polling",
        (
            """CREATE TABLE feeds (
                url TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT,
                checked_at TEXT,
                status INTEGER,
                entries_seen INTEGER NOT NULL DEFAULT 0)""",
        ),
    ),
)

LATEST = MIGRATIONS[-1].version
