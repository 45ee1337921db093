"""The SQL of what is being typed and of the step's timer: drafts (every line typed can be kept, so a
session killed mid-reply loses nothing) and the clock saved with the session (started when a step is
first shown, paused or not while the session was closed)."""

from __future__ import annotations

import json
from typing import cast

from cmsim.store.connection import Database
from cmsim.store.records import Clock, StoreError


class DraftStore(Database):
    """Drafts and the step timer of sessions (part of ``cmsim.store.db.Store``)."""

    def save_draft(self, session_id: int, step_id: str, fields: dict[str, str]) -> None:
        """Commit what has been typed so far for a step (field id → text, in typing order); also a
        sign of life for the timer."""
        now = self.now()
        with self._session_tx(session_id) as conn:
            conn.execute(
                "INSERT INTO drafts (session_id, step_id, fields, saved_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (session_id, step_id) "
                "DO UPDATE SET fields = excluded.fields, saved_at = excluded.saved_at",
                (session_id, step_id, json.dumps(fields, ensure_ascii=False), now),
            )
            conn.execute("UPDATE sessions SET seen_at = ? WHERE id = ?", (now, session_id))

    def draft(self, session_id: int, step_id: str) -> dict[str, str]:
        """What was typed for a step and not yet submitted (empty when nothing)."""
        rows = self._rows("SELECT fields FROM drafts WHERE session_id = ? AND step_id = ?", (session_id, step_id))
        return cast(dict[str, str], json.loads(rows[0]["fields"])) if rows else {}

    def open_step(self, session_id: int, step_id: str) -> Clock:
        """Start the step's timer the first time it is shown (later calls keep the saved timer)."""
        now = self.now()
        with self._session_tx(session_id) as conn:
            conn.execute(
                "UPDATE sessions SET clock_step = ?, clock_opened = ?, clock_away = 0, seen_at = ? "
                "WHERE id = ? AND (clock_step IS NULL OR clock_step != ?)",
                (step_id, now, now, session_id, step_id),
            )
        return self.clock(session_id)

    def clock(self, session_id: int) -> Clock:
        """The saved timer of the session's current step."""
        rows = self._rows(
            "SELECT clock_step, clock_opened, clock_away, seen_at FROM sessions WHERE id = ?", (session_id,)
        )
        if not rows:
            raise StoreError(f"no session {session_id}")
        r = rows[0]
        return Clock(r["clock_step"], r["clock_opened"], r["clock_away"], r["seen_at"])

    def reopen(self, session_id: int, *, pause_clock: bool) -> float:
        """Mark a session reopened; the seconds since its last sign of life. With ``pause_clock`` (practice)
        that gap does not count in the step's time; without it (assessments) the clock ran on."""
        now = self.now()
        with self._session_tx(session_id) as conn:
            row = conn.execute("SELECT seen_at, clock_opened FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                raise StoreError(f"no session {session_id}")
            gap = max(0.0, now - float(row["seen_at"]))
            away = gap if pause_clock and row["clock_opened"] is not None else 0.0
            conn.execute(
                "UPDATE sessions SET clock_away = clock_away + ?, seen_at = ? WHERE id = ?", (away, now, session_id)
            )
        return gap
