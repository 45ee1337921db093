"""An on-disk cache of the judge's verdicts (SQLite), so re-scoring a transcript sends no request.

Keys come from :meth:`cmsim.scoring.judge.prompt.Prompt.key` (model + endpoint + prompt version +
criterion + text). Only usable verdicts are stored: an unscored criterion is asked again next time.
A broken or locked cache file never stops scoring: the judge then simply asks the endpoint.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from cmsim.scoring.judge.verdict import Verdict

_SCHEMA = "CREATE TABLE IF NOT EXISTS verdicts (key TEXT PRIMARY KEY, score INTEGER, reason TEXT, at REAL)"


class VerdictCache:
    """Verdicts by key in one SQLite file (safe to share between processes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.broken: str | None = None

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=5.0)
        connection.execute(_SCHEMA)
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

    def put_many(self, verdicts: Mapping[str, Verdict]) -> None:
        """Store ``verdicts`` (a failure to write is remembered in :attr:`broken`, never raised)."""
        if not verdicts:
            return
        now = time.time()
        try:
            connection = self._connect()
            try:
                with connection:
                    connection.executemany(
                        "INSERT OR REPLACE INTO verdicts (key, score, reason, at) VALUES (?, ?, ?, ?)",
                        [(key, v.score, v.reason, now) for key, v in verdicts.items()],
                    )
            finally:
                connection.close()
        except (sqlite3.Error, OSError) as exc:
            self.broken = str(exc)
