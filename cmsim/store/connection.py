"""Opening a database (SQLite file or PostgreSQL URL), migrating it, and the one write transaction
every change goes through, and the whole database as data (tables, rows, export).
``cmsim.store.db.Store`` adds the SQL of people, sessions and the rest.

Threads: a database object owns one connection guarded by a lock, so it can be opened on one thread
and used from a worker thread (the TUI does this); calls are serialised. Several processes may share
a database file (WAL journal, busy timeout), or several hosts one PostgreSQL database (writes
serialised by an advisory lock: see ``cmsim.store.dialect``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from cmsim.store.dialect import INSERT_ORDER, TABLES_SQL, Dialect, OperationalError, PgConnection, redact
from cmsim.store.location import db_target
from cmsim.store.records import SessionGone, StoreError
from cmsim.store.rows import JSON_COLUMNS
from cmsim.store.schema import SCHEMA_VERSION, Connection, connect, migrate, schema_version


class Database:
    """One open database. Open with ``open()`` (or ``open(path)``), use as a context manager or call
    ``close()``. ``now`` is the wall clock (epoch seconds); tests pass their own."""

    def __init__(self, conn: Connection, path: Path | None, now: Callable[[], float] = time.time) -> None:
        self.conn = conn
        self.path = path  # the SQLite file; None on PostgreSQL
        self.dialect: Dialect = "postgresql" if isinstance(conn, PgConnection) else "sqlite"
        self.where = redact(conn.url) if isinstance(conn, PgConnection) else str(path)  # fit to print
        self.target = conn.url if isinstance(conn, PgConnection) else str(path)  # what --db takes
        self.now = now
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: Path | str | None = None, *, now: Callable[[], float] = time.time) -> Self:
        """Open (creating and upgrading as needed) the database at ``path`` or the default location
        (see ``cmsim.store.location``). Raises ``StoreError`` when the file is not a usable database.

        A ``postgresql://`` URL opens that database, which must already be at this cmsim's schema
        version: a fleet's database is migrated explicitly (``cmsim db migrate``), never behind the
        back of the servers running on it."""
        target = db_target(path)
        if isinstance(target, str):
            return cls._open_postgres(target, now)
        file = target
        conn: sqlite3.Connection | None = None
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            conn = connect(file)
            migrate(conn)
        except (OSError, sqlite3.OperationalError) as exc:
            _close(conn)
            raise StoreError(f"cannot open the database {file}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            _close(conn)
            raise StoreError(f"{file} is not a cmsim database or is damaged ({exc})") from None
        except StoreError:
            _close(conn)
            raise
        return cls(conn, file, now)

    @classmethod
    def _open_postgres(cls, url: str, now: Callable[[], float]) -> Self:
        try:
            conn = PgConnection(url)
        except OperationalError as exc:
            raise StoreError(str(exc)) from None
        except ImportError:
            raise StoreError("PostgreSQL needs psycopg: pip install 'cmsim[postgres]'") from None
        try:
            version = schema_version(conn)
        except OperationalError as exc:
            conn.close()
            raise StoreError(f"cannot read {redact(url)}: {exc}") from None
        if version != SCHEMA_VERSION:
            conn.close()
            if version > SCHEMA_VERSION:
                raise StoreError(f"{redact(url)} has schema version {version}, newer than this cmsim: upgrade cmsim")
            raise StoreError(
                f"{redact(url)} is at schema version {version}, this cmsim needs {SCHEMA_VERSION}: "
                f"run 'cmsim db migrate --db {redact(url)}' once, with the servers stopped"
            )
        return cls(conn, None, now)

    @classmethod
    def migrate(cls, path: Path | str | None = None) -> tuple[int, int]:
        """Bring the database at ``path`` (file or URL) to this cmsim's schema; (before, after) versions."""
        target = db_target(path)
        if isinstance(target, str):
            try:
                conn: Connection = PgConnection(target)
            except OperationalError as exc:
                raise StoreError(str(exc)) from None
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            conn = connect(target)
        try:
            before = schema_version(conn)
            return before, migrate(conn)
        finally:
            conn.close()

    def close(self) -> None:
        """Close the connection (everything is already committed)."""
        with self._lock:
            self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        """One write transaction, committed on exit (rolled back on error)."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        with self._lock:
            return list(self.conn.execute(sql, params).fetchall())

    @contextmanager
    def _session_tx(self, session_id: int) -> Iterator[Connection]:
        """A write transaction on a session that must still exist (``SessionGone`` when it was deleted,
        with its person, while open: never a foreign-key error)."""
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
                raise SessionGone(session_id)
            yield conn

    # ── the whole database, as data ──────────────────────────────────────────────────────────────────────────────────

    def tables(self) -> list[str]:
        """The names of cmsim's tables, sorted."""
        return [str(r["name"]) for r in self._rows(TABLES_SQL[self.dialect])]

    def table_rows(self, table: str) -> list[Any]:
        """Every row of one of ``tables()``, in the order they were written."""
        if table not in self.tables():
            raise StoreError(f"no table {table!r}")
        return self._rows(f"SELECT * FROM {table} ORDER BY {INSERT_ORDER[self.dialect]}")

    def export(self) -> dict[str, Any]:
        """Every row of every table as plain data (JSON columns decoded), with the schema version."""
        data: dict[str, list[dict[str, Any]]] = {}
        for table in self.tables():
            data[table] = [
                {k: json.loads(r[k]) if k in JSON_COLUMNS and isinstance(r[k], str) else r[k] for k in r.keys()}  # noqa: SIM118
                for r in self.table_rows(table)
            ]
        return {"format": 1, "schema_version": SCHEMA_VERSION, "exported_at": self.now(), "tables": data}


def _close(conn: Connection | None) -> None:
    if conn is not None:
        conn.close()
