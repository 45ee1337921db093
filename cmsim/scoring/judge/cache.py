"""An on-disk cache of the judge's verdicts (SQLite), so re-scoring a transcript sends no request.

Keys come from :meth:`cmsim.scoring.judge.prompt.Prompt.key` (model + endpoint + prompt version +
criterion + text). Only usable verdicts are stored: an unscored criterion is asked again next time.
A broken or locked cache file never stops scoring: the judge then simply asks the endpoint.

Each verdict also records its *owner*, a digest of the answer as typed (:func:`answer_owner`): the
judge's reasons quote the answer, so deleting a person forgets the verdicts on their answers
(:meth:`VerdictCache.forget`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from cmsim.scoring.judge.verdict import Verdict

_SCHEMA = "CREATE TABLE IF NOT EXISTS verdicts (key TEXT PRIMARY KEY, score INTEGER, reason TEXT, at REAL)"


def answer_owner(fields: Mapping[str, str]) -> str:
    """The digest of an answer's fields as typed: what ties a cached verdict to the answer it judged."""
    text = json.dumps(dict(fields), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class VerdictCache:
    """Verdicts by key in one SQLite file (safe to share between processes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.broken: str | None = None

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=5.0)
        connection.execute("PRAGMA secure_delete = ON")  # forgotten verdicts leave no bytes behind
        connection.execute(_SCHEMA)
        columns = {row[1] for row in connection.execute("PRAGMA table_info(verdicts)")}
        if "owner" not in columns:  # a cache written before verdicts had owners
            connection.execute("ALTER TABLE verdicts ADD COLUMN owner TEXT")
            connection.execute("CREATE INDEX IF NOT EXISTS verdicts_owner ON verdicts(owner)")
        return connection

    def get_many(self, keys: Iterable[str]) -> dict[str, Verdict]:
        """The cached verdicts among ``keys``."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return {}
        try:
            connection = self._connect()
            try:
                marks = ",".join("?" * len(wanted))
                rows = connection.execute(
                    f"SELECT key, score, reason FROM verdicts WHERE key IN ({marks})", wanted
                ).fetchall()
            finally:
                connection.close()
        except (sqlite3.Error, OSError) as exc:
            self.broken = str(exc)
            return {}
        return {key: Verdict(int(score), str(reason)) for key, score, reason in rows}

    def put_many(self, verdicts: Mapping[str, Verdict], owner: str | None = None) -> None:
        """Store ``verdicts`` on the answer ``owner`` (see :func:`answer_owner`); a failure to write is
        remembered in :attr:`broken`, never raised."""
        if not verdicts:
            return
        now = time.time()
        try:
            connection = self._connect()
            try:
                with connection:
                    connection.executemany(
                        "INSERT OR REPLACE INTO verdicts (key, score, reason, at, owner) VALUES (?, ?, ?, ?, ?)",
                        [(key, v.score, v.reason, now, owner) for key, v in verdicts.items()],
                    )
            finally:
                connection.close()
        except (sqlite3.Error, OSError) as exc:
            self.broken = str(exc)

    def forget(self, owners: Iterable[str]) -> int:
        """Remove the verdicts on the answers ``owners`` and those whose answer is unknown (written
        before verdicts had owners: they may quote anyone); how many went. Raises ``OSError`` or
        ``sqlite3.Error`` when the cache cannot be changed: deletion must not fail silently."""
        if not self.path.exists():
            return 0
        wanted = list(dict.fromkeys(owners))
        connection = self._connect()
        try:
            with connection:
                removed = connection.execute("DELETE FROM verdicts WHERE owner IS NULL").rowcount
                for start in range(0, len(wanted), 500):
                    chunk = wanted[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    removed += connection.execute(f"DELETE FROM verdicts WHERE owner IN ({marks})", chunk).rowcount
        finally:
            connection.close()
        return removed
