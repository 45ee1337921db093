"""The store's schema: ordered migrations and the connection settings.

Schema versions live in ``PRAGMA user_version`` (SQLite) or the ``cmsim_schema`` table (PostgreSQL);
``MIGRATIONS[i]`` (written in SQLite's spelling, rewritten for PostgreSQL by ``cmsim.store.dialect``)
upgrades version ``i`` to ``i+1`` and runs inside one transaction, so a database is never left half
upgraded.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from cmsim.store.dialect import NOCASE_COLLATION, PgConnection
from cmsim.store.records import StoreError

# How long a SQLite writer waits for the write lock before "database is locked". Writes take milliseconds,
# but SQLite's busy handler is not a queue: with dozens of writer processes on a loaded machine one of
# them can wait several seconds, and an answer being submitted should wait rather than fail.
BUSY_TIMEOUT = 60.0

# A connection of either dialect (see cmsim.store.dialect).
Connection = sqlite3.Connection | PgConnection

MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: people, sessions (with the step timer), the transcript, its scorings, drafts.
    """
    CREATE TABLE people (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('trainee', 'candidate')),
        created_at REAL NOT NULL
    );
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        mode TEXT NOT NULL CHECK (mode IN ('practice', 'assess')),
        scenario_id TEXT NOT NULL,
        scenario_path TEXT NOT NULL,
        digest TEXT NOT NULL,
        lang TEXT NOT NULL,
        node TEXT NOT NULL,
        finished INTEGER NOT NULL DEFAULT 0,
        flags TEXT NOT NULL DEFAULT '{}',
        started_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        finished_at REAL,
        clock_step TEXT,
        clock_opened REAL,
        clock_away REAL NOT NULL DEFAULT 0,
        seen_at REAL NOT NULL
    );
    CREATE INDEX sessions_person ON sessions(person_id);
    CREATE TABLE turns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        step_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        goto TEXT NOT NULL,
        branch TEXT NOT NULL,
        elapsed REAL,
        overtime INTEGER NOT NULL DEFAULT 0,
        submitted_at REAL NOT NULL,
        UNIQUE (session_id, seq)
    );
    CREATE TABLE scores (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        turn_id INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
        scorer TEXT NOT NULL,
        digest TEXT NOT NULL,
        result TEXT NOT NULL,
        current INTEGER NOT NULL DEFAULT 1,
        scored_at REAL NOT NULL
    );
    CREATE INDEX scores_turn ON scores(turn_id);
    CREATE TABLE drafts (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step_id TEXT NOT NULL,
        fields TEXT NOT NULL,
        saved_at REAL NOT NULL,
        PRIMARY KEY (session_id, step_id)
    );
    """,
    # 1 -> 2: recruiters' campaigns and the integrity signals of assessments.
    """
    CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        lang TEXT NOT NULL,
        scenarios TEXT NOT NULL,
        step_limit INTEGER,
        hints INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL
    );
    ALTER TABLE sessions ADD COLUMN campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL;
    CREATE INDEX sessions_campaign ON sessions(campaign_id);
    CREATE TABLE signals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}',
        at REAL NOT NULL
    );
    CREATE INDEX signals_session ON signals(session_id);
    """,
    # 2 -> 3: one session per candidate and scenario of a campaign, enforced by the database (two
    # terminals starting the same candidate at once used to get two). Duplicates made before keep the
    # session that went furthest in the campaign; the others stay stored, outside the campaign.
    """
    UPDATE sessions SET campaign_id = NULL WHERE campaign_id IS NOT NULL AND id <> (
        SELECT s2.id FROM sessions s2
        WHERE s2.campaign_id = sessions.campaign_id AND s2.person_id = sessions.person_id
            AND s2.scenario_id = sessions.scenario_id
        ORDER BY s2.finished DESC, (SELECT COUNT(*) FROM turns t WHERE t.session_id = s2.id) DESC, s2.id
        LIMIT 1
    );
    CREATE UNIQUE INDEX sessions_campaign_scenario ON sessions(campaign_id, person_id, scenario_id)
        WHERE campaign_id IS NOT NULL;
    """,
    # 3 -> 4: a candidate's consent to a campaign's briefing, and invitations (hashed single-use tokens).
    """
    CREATE TABLE consents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        lang TEXT NOT NULL,
        briefing TEXT NOT NULL,
        agreed_at REAL NOT NULL,
        UNIQUE (person_id, campaign_id)
    );
    CREATE TABLE invitations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        candidate TEXT NOT NULL COLLATE NOCASE,
        token_hash TEXT NOT NULL UNIQUE,
        created_at REAL NOT NULL,
        expires_at REAL NOT NULL,
        closed_at REAL
    );
    CREATE INDEX invitations_candidate ON invitations(candidate);
    """,
    # 4 -> 5: the files cmsim wrote holding people's data (reports, exports), so that deleting a
    # person removes theirs too, and names the ones it cannot (person_id NULL: a file about everyone).
    """
    CREATE TABLE written_files (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        path TEXT NOT NULL,
        kind TEXT NOT NULL,
        person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
        digest TEXT NOT NULL,
        written_at REAL NOT NULL
    );
    CREATE INDEX written_files_person ON written_files(person_id);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to schema version ``target``, one committed step at a time; the version.

    Each step reads the version only once it holds the write lock (``BEGIN IMMEDIATE``; on PostgreSQL
    the store's advisory lock): two processes opening a new database at once then migrate it one after
    the other, and the second finds the work done instead of creating the tables again. A database
    already at ``target`` is seen without taking the lock, so fifty processes opening a busy database
    do not queue behind its writers just to read its version.
    """
    postgres = isinstance(conn, PgConnection)
    if schema_version(conn) == target:
        return target
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = _read_version(conn, create=postgres)
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"this database has schema version {version}, newer than this cmsim knows ({SCHEMA_VERSION}): "
                    "upgrade cmsim"
                )
            if version >= target:
                conn.execute("COMMIT")
                return version
            if postgres and version == 0:
                conn.execute(NOCASE_COLLATION)
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            _write_version(conn, version + 1)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def schema_version(conn: Connection) -> int:
    """The schema version of an open database (0 for an empty one), read without changing anything."""
    return _read_version(conn, create=False)


def _read_version(conn: Connection, *, create: bool) -> int:
    if not isinstance(conn, PgConnection):
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    if create:
        conn.execute("CREATE TABLE IF NOT EXISTS cmsim_schema (version INTEGER NOT NULL)")
    elif not conn.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'cmsim_schema'"
    ).fetchall():
        return 0
    row = conn.execute("SELECT version FROM cmsim_schema").fetchone()
    return int(row["version"]) if row else 0


def _write_version(conn: Connection, version: int) -> None:
    if not isinstance(conn, PgConnection):
        conn.execute(f"PRAGMA user_version = {version}")
        return
    if conn.execute("UPDATE cmsim_schema SET version = ?", (version,)).rowcount == 0:
        conn.execute("INSERT INTO cmsim_schema (version) VALUES (?)", (version,))


def _statements(script: str) -> list[str]:
    """The statements of a migration script (they hold no string literal containing ';')."""
    return [s.strip() for s in script.split(";") if s.strip()]


def _set_wal(conn: sqlite3.Connection, patience: float = 10.0) -> None:
    """Switch to WAL. On a new file another process may be switching it at the same moment, and
    SQLite then answers "locked" at once (no busy wait for this pragma): retry until ``patience`` runs out."""
    deadline = time.monotonic() + patience
    delay = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def connect(path: Path) -> sqlite3.Connection:
    """A SQLite connection with cmsim's settings: WAL, full sync, foreign keys, secure delete, busy timeout."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    _set_wal(conn)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    return conn
