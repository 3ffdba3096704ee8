"""The two database backends behind one small interface: SQL is written once with ``?``.

A backend knows how to connect, fill the schema's type placeholders, run one statement and
hold a write transaction. Concurrency: SQLite runs in WAL mode and takes the write lock at
``BEGIN IMMEDIATE`` (other writers wait up to ``busy_timeout``); PostgreSQL takes a
transaction-scoped advisory lock per blocking key (the country), so two ingesters merging
events of one country queue while other countries go on in parallel.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError


class Backend:
    """One connection and its dialect."""

    dialect = "base"
    types: dict[str, str] = {}

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:  # pragma: no cover
        raise NotImplementedError

    @contextmanager
    def write(self, lock_keys: Iterable[str] = ()) -> Iterator[None]:  # pragma: no cover
        raise NotImplementedError
        yield

    def table_exists(self, name: str) -> bool:  # pragma: no cover
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def size_bytes(self) -> int | None:
        return None


class SqliteBackend(Backend):
    dialect = "sqlite"
    types = {"pk": "INTEGER PRIMARY KEY", "id": "INTEGER", "float": "REAL"}

    def __init__(self, path: Path, *, busy_timeout_s: float = 60.0) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(path), timeout=busy_timeout_s, isolation_level=None)
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(
                f"cannot open the SQLite store at {path}: {exc}. Check that the folder is writable, "
                "or pass another --db / EVENTATLAS_DB."
            ) from exc
        if mode.lower() != "wal":  # e.g. a network file system
            self.conn.execute("PRAGMA journal_mode = DELETE")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(sql, tuple(params))
        except sqlite3.Error as exc:
            raise StoreError(f"SQLite store {self.path}: {exc}") from exc

    @contextmanager
    def write(self, lock_keys: Iterable[str] = ()) -> Iterator[None]:
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    def table_exists(self, name: str) -> bool:
        row = self.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        return row is not None

    def close(self) -> None:
        self.conn.close()

    def size_bytes(self) -> int | None:
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        total = 0
        for suffix in ("", "-wal"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                total += p.stat().st_size
        return total


def _lock_id(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(f"eventatlas:{key}".encode(), digest_size=8).digest(), "big", signed=True)


class PostgresBackend(Backend):
    dialect = "postgresql"
    types = {"pk": "BIGSERIAL PRIMARY KEY", "id": "BIGINT", "float": "DOUBLE PRECISION"}

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError(
                "a postgresql:// store needs psycopg: pip install 'eventatlas[postgres]' "
                "(or pip install 'psycopg[binary]')"
            ) from exc
        self._psycopg = psycopg
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}".strip()) from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(sql.replace("?", "%s"), tuple(params))
        except self._psycopg.Error as exc:
            raise StoreError(f"PostgreSQL store {_redact(self.url)}: {exc}") from exc

    @contextmanager
    def write(self, lock_keys: Iterable[str] = ()) -> Iterator[None]:
        with self.conn.transaction():
            for key in sorted(set(lock_keys)):  # sorted: no deadlock between two ingesters
                self.execute("SELECT pg_advisory_xact_lock(?)", (_lock_id(key),))
            yield

    def table_exists(self, name: str) -> bool:
        row = self.execute("SELECT to_regclass(?)", (name,)).fetchone()
        return row is not None and row[0] is not None

    def close(self) -> None:
        self.conn.close()

    def size_bytes(self) -> int | None:
        row = self.execute(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind = 'r'"
        ).fetchone()
        return int(row[0])


def _redact(url: str) -> str:
    """A URL without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url
