"""The store's SQL: people, sessions, answers and their scores, drafts and the step timer, campaigns,
integrity signals, export (SQLite by default, PostgreSQL for fleets; see ``cmsim.store.connection``).
Drafts and the step timer are in ``cmsim.store.drafts``, campaigns in ``cmsim.store.campaigns``.

Every answer is committed the moment it is submitted (``record_turn``), every line typed can be kept
as a draft (``save_draft``), and the step's timer is saved with the session, so a session killed at
any point reopens exactly where it stopped. The schema and its migrations live in
``cmsim.store.schema``; rows become records in ``cmsim.store.rows``.
"""

from __future__ import annotations

import json
import time
from typing import Any, cast

from cmsim.model.result import StepResult
from cmsim.store.campaigns import CampaignStore
from cmsim.store.drafts import DraftStore
from cmsim.store.records import (
    Campaign,
    Mode,
    NewSession,
    NewState,
    NewTurn,
    Person,
    Role,
    SessionInfo,
    Signal,
    StoreError,
    TurnRecord,
)
from cmsim.store.rows import (
    SESSION_SELECT,
    Transcripts,
    filters,
    person_row,
    session_row,
)


class Store(DraftStore, CampaignStore):
    """Sessions, answers, scores, drafts, campaigns and integrity signals of every person.

    Open with ``Store.open()`` (or ``Store.open(path)``), use as a context manager or call ``close()``.
    ``now`` is the wall clock (epoch seconds); tests pass their own.
    """

    # ── people ──────────────────────────────────────────────────────────────────────────────────

    def person(self, name: str, role: Role = "trainee") -> Person:
        """The person called ``name`` (case-insensitive), created with ``role`` if new."""
        name = name.strip()
        if not name:
            raise StoreError("a person needs a name")
        with self._tx() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO people (name, role, created_at) VALUES (?, ?, ?)", (name, role, self.now())
            )
        found = self.find_person(name)
        assert found is not None
        return found

    def find_person(self, name: str) -> Person | None:
        """The person called ``name`` (case-insensitive), or None."""
        rows = self._rows("SELECT * FROM people WHERE name = ?", (name.strip(),))
        return person_row(rows[0]) if rows else None

    def people(self) -> list[Person]:
        """Everyone, by name."""
        return [person_row(r) for r in self._rows("SELECT * FROM people ORDER BY name")]

    def delete_person(self, name: str) -> dict[str, int]:
        """Remove the person and everything about them (sessions, answers, scores, drafts, signals);
        the count of rows removed per table (empty when there is no such person). Deleted pages are
        zeroed (secure_delete) and the journal truncated, so nothing of theirs stays in the files."""
        person = self.find_person(name)
        if person is None:
            return {}
        sessions = "SELECT id FROM sessions WHERE person_id = ?"
        turns = f"SELECT id FROM turns WHERE session_id IN ({sessions})"
        counts: dict[str, int] = {}
        with self._tx() as conn:
            for table, where in (
                ("scores", f"turn_id IN ({turns})"),
                ("turns", f"session_id IN ({sessions})"),
                ("drafts", f"session_id IN ({sessions})"),
                ("signals", f"session_id IN ({sessions})"),
                ("consents", "person_id = ?"),
                ("sessions", "person_id = ?"),
                ("people", "id = ?"),
            ):
                counts[table] = conn.execute(f"DELETE FROM {table} WHERE {where}", (person.id,)).rowcount
            counts["invitations"] = conn.execute("DELETE FROM invitations WHERE candidate = ?", (person.name,)).rowcount
        with self._lock:
            if self.dialect == "sqlite":
                self.finish_erasure(patience=0.0)  # one try here; callers retry and report (finish_erasure)
            else:  # dead row versions stay in the pages until VACUUM (docs/store.md): reclaim them now
                self.conn.execute("VACUUM " + ", ".join(counts))
        return counts

    def finish_erasure(self, patience: float = 5.0) -> bool:
        """Make deleted rows leave the database files: True once done. On SQLite the write-ahead log is
        checkpointed and truncated, retried for ``patience`` seconds while another process reads (its
        snapshot keeps the old pages alive); False when it still could not, and the old copies then
        stay in the main file until that reader is gone and this runs again (``cmsim people purge``)."""
        if self.dialect != "sqlite":
            return True  # VACUUM ran with the deletion (see delete_person)
        deadline = time.monotonic() + patience
        with self._lock:
            self.conn.execute("PRAGMA busy_timeout = 250")
            try:
                while True:
                    row = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    if row is not None and row[0] == 0:
                        return True
                    if time.monotonic() >= deadline:
                        return False
                    time.sleep(0.1)
            finally:
                self.conn.execute("PRAGMA busy_timeout = 10000")

    # ── sessions ────────────────────────────────────────────────────────────────────────────────

    def start_session(
        self, person: Person, new: NewSession, mode: Mode = "practice", campaign: Campaign | None = None
    ) -> int:
        """Create a session of ``person`` on the scenario ``new`` describes, at its first step; its id.
        The step's timer starts when the step is first shown (``open_step``).

        In a campaign a candidate has one session per scenario (a unique index says so): when another
        process started it first, this returns that session instead of a second one. The check and the
        insert are one write transaction."""
        now = self.now()
        with self._tx() as conn:
            if campaign is not None:
                row = conn.execute(
                    "SELECT id FROM sessions WHERE campaign_id = ? AND person_id = ? AND scenario_id = ?",
                    (campaign.id, person.id, new.scenario_id),
                ).fetchone()
                if row is not None:
                    return int(row["id"])
            cur = conn.execute(
                "INSERT INTO sessions (person_id, mode, scenario_id, scenario_path, digest, lang, node, "
                "started_at, updated_at, seen_at, campaign_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    person.id,
                    mode,
                    new.scenario_id,
                    new.scenario_path,
                    new.digest,
                    new.lang,
                    new.node,
                    now,
                    now,
                    now,
                    campaign.id if campaign else None,
                ),
            )
            return int(cast(int, cur.lastrowid))

    def session(self, session_id: int) -> SessionInfo:
        """The session with this id (``StoreError`` if none)."""
        rows = self._rows(SESSION_SELECT + " WHERE s.id = ?", (session_id,))
        if not rows:
            raise StoreError(f"no session {session_id} (see 'cmsim resume --list')")
        return session_row(rows[0])

    def sessions(
        self, person: Person | None = None, campaign: Campaign | None = None, mode: Mode | None = None
    ) -> list[SessionInfo]:
        """Sessions, oldest first, optionally of one person, one campaign, one mode."""
        where, params = filters(person, campaign, mode)
        return [session_row(r) for r in self._rows(SESSION_SELECT + where + " ORDER BY s.started_at, s.id", params)]

    def unfinished(self, person: Person | None = None, mode: Mode | None = None) -> list[SessionInfo]:
        """Sessions not yet finished, most recently active first."""
        where, params = filters(person, None, mode)
        where += (" AND" if where else " WHERE") + " s.finished = 0"
        rows = self._rows(SESSION_SELECT + where + " ORDER BY s.seen_at DESC, s.id DESC", params)
        return [session_row(r) for r in rows]

    def record_turn(self, session_id: int, turn: NewTurn, state: NewState) -> int:
        """Commit one submitted answer, its scores (with the scorer and scenario versions) and the new
        state in a single transaction; the turn's id. The step's draft is dropped and the timer moves
        to the next step.

        Answers are locked: ``turn`` must answer the step the session stands at, otherwise
        ``StoreError`` (an answered step can never be answered again)."""
        now = self.now()
        with self._session_tx(session_id) as conn:
            row = conn.execute("SELECT node, finished FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                raise StoreError(f"no session {session_id}")
            if row["finished"]:
                raise StoreError(f"session {session_id} is finished: its answers are locked")
            if row["node"] != turn.step_id:
                raise StoreError(
                    f"session {session_id} stands at step '{row['node']}', not '{turn.step_id}': "
                    "an answered step is locked"
                )
            seq = conn.execute("SELECT COUNT(*) FROM turns WHERE session_id = ?", (session_id,)).fetchone()[0]
            cur = conn.execute(
                "INSERT INTO turns (session_id, seq, step_id, answer, goto, branch, elapsed, overtime, submitted_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    seq,
                    turn.step_id,
                    turn.answer.model_dump_json(),
                    turn.goto,
                    turn.branch,
                    turn.elapsed,
                    int(turn.overtime),
                    now,
                ),
            )
            turn_id = int(cast(int, cur.lastrowid))
            conn.execute(
                "INSERT INTO scores (turn_id, scorer, digest, result, current, scored_at) VALUES (?, ?, ?, ?, 1, ?)",
                (turn_id, turn.result.scorer, state.digest, turn.result.model_dump_json(), now),
            )
            conn.execute(
                "UPDATE sessions SET node = ?, finished = ?, flags = ?, updated_at = ?, seen_at = ?, "
                "finished_at = ?, clock_step = NULL, clock_opened = NULL, clock_away = 0 WHERE id = ?",
                (
                    state.node,
                    int(state.finished),
                    json.dumps(dict(state.flags)),
                    now,
                    now,
                    now if state.finished else None,
                    session_id,
                ),
            )
            conn.execute("DELETE FROM drafts WHERE session_id = ? AND step_id = ?", (session_id, turn.step_id))
        return turn_id

    def turns(self, session_id: int) -> list[TurnRecord]:
        """The session's transcript in order, each answer with its current scoring and older ones."""
        return self._transcripts("t.session_id = ?", (session_id,)).get(session_id, [])

    def campaign_turns(self, campaign: Campaign) -> Transcripts:
        """Every transcript of the campaign by session id: two queries, however many candidates."""
        return self._transcripts("t.session_id IN (SELECT id FROM sessions WHERE campaign_id = ?)", (campaign.id,))

    def _transcripts(self, where: str, params: tuple[object, ...]) -> Transcripts:
        turn_rows = self._rows(f"SELECT t.* FROM turns t WHERE {where} ORDER BY t.session_id, t.seq", params)
        score_rows = self._rows(
            f"SELECT sc.* FROM scores sc JOIN turns t ON t.id = sc.turn_id WHERE {where} ORDER BY sc.id", params
        )
        return Transcripts(turn_rows, score_rows)

    def flags(self, session_id: int) -> dict[str, Any]:
        """The story flags saved with the session (``StoreError`` if no such session)."""
        rows = self._rows("SELECT flags FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise StoreError(f"no session {session_id}")
        return cast(dict[str, Any], json.loads(rows[0]["flags"]))

    # ── rescoring ───────────────────────────────────────────────────────────────────────────────

    def add_scores(self, turn_id: int, result: StepResult, digest: str) -> bool:
        """Record a new scoring of a stored answer as the current one, keeping the older ones;
        False (nothing written) when it scores as the current scoring does (``StepResult.scores_as``: the same
        scores, spans and feedback, whatever metadata the stored one predates)."""
        with self._tx() as conn:
            row = conn.execute(
                "SELECT scorer, digest, result FROM scores WHERE turn_id = ? AND current = 1", (turn_id,)
            ).fetchone()
            same_versions = row is not None and (row["scorer"], row["digest"]) == (result.scorer, digest)
            if same_versions and result.scores_as(StepResult.model_validate_json(row["result"])):
                return False  # a result stored before evidence said what it is scores as today's: nothing new
            conn.execute("UPDATE scores SET current = 0 WHERE turn_id = ?", (turn_id,))
            conn.execute(
                "INSERT INTO scores (turn_id, scorer, digest, result, current, scored_at) VALUES (?, ?, ?, ?, 1, ?)",
                (turn_id, result.scorer, digest, result.model_dump_json(), self.now()),
            )
        return True

    # ── integrity signals ───────────────────────────────────────────────────────────────────────

    def add_signal(self, session_id: int, step_id: str, kind: str, detail: dict[str, float | int | str]) -> None:
        """Commit one integrity signal of an assessment step."""
        with self._session_tx(session_id) as conn:
            conn.execute(
                "INSERT INTO signals (session_id, step_id, kind, detail, at) VALUES (?, ?, ?, ?, ?)",
                (session_id, step_id, kind, json.dumps(detail), self.now()),
            )

    def signals(self, session_id: int) -> list[Signal]:
        """The session's integrity signals, in order."""
        rows = self._rows("SELECT * FROM signals WHERE session_id = ? ORDER BY id", (session_id,))
        return [Signal(r["session_id"], r["step_id"], r["kind"], json.loads(r["detail"]), r["at"]) for r in rows]
