"""The SQLite schema of the place index and the helpers that write rows into it."""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = "14"

DDL = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places(
    pid INTEGER PRIMARY KEY,
    geonameid INTEGER,
    name TEXT NOT NULL,
    lat REAL, lon REAL,
    fclass TEXT, fcode TEXT,
    cc TEXT,
    a1 TEXT, a2 TEXT,
    a1name TEXT, a2name TEXT,
    population INTEGER DEFAULT 0,
    source TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS places_geonameid ON places(geonameid);
CREATE INDEX IF NOT EXISTS places_cc ON places(cc, a1);
CREATE TABLE IF NOT EXISTS names(
    key TEXT NOT NULL, pid INTEGER NOT NULL, is_primary INTEGER NOT NULL,
    PRIMARY KEY(key, pid)
) WITHOUT ROWID;
-- the names of one country's places (close-spelling and sound lookups): by place id
CREATE INDEX IF NOT EXISTS names_pid ON names(pid, key);
CREATE TABLE IF NOT EXISTS admin(
    cc TEXT NOT NULL, code TEXT NOT NULL, level INTEGER NOT NULL, name TEXT NOT NULL,
    geonameid INTEGER,
    PRIMARY KEY(cc, code)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS countries(
    iso2 TEXT PRIMARY KEY, iso3 TEXT, isonum INTEGER, name TEXT, acled_name TEXT,
    geonameid INTEGER, population INTEGER, lat REAL, lon REAL
);
CREATE TABLE IF NOT EXISTS sources(
    path TEXT NOT NULL, kind TEXT NOT NULL, rows INTEGER NOT NULL, loaded_at TEXT NOT NULL
);
"""

PLACE_COLUMNS = (
    "pid, geonameid, name, lat, lon, fclass, fcode, cc, a1, a2, a1name, a2name, population, source"
)


def create(conn: sqlite3.Connection) -> None:
    conn.executescript(DDL)
    conn.execute("INSERT OR REPLACE INTO meta VALUES('schema_version', ?)", (SCHEMA_VERSION,))
