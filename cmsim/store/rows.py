"""Rows of the store's tables turned into the plain records it hands out, and the session filters."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from cmsim.model.result import Answer, StepResult
from cmsim.store.records import Campaign, Mode, Person, ScoreVersion, SessionInfo, StoreError, TurnRecord

# Columns holding JSON text, decoded in exports.
JSON_COLUMNS = {"answer", "result", "fields", "detail", "scenarios", "flags"}

SESSION_SELECT = """
    SELECT s.*, p.name AS p_name, p.role AS p_role, p.created_at AS p_created,
           (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id) AS n_turns
    FROM sessions s JOIN people p ON p.id = s.person_id
"""


def filters(person: Person | None, campaign: Campaign | None, mode: Mode | None) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    for column, value in (
        ("s.person_id", person.id if person else None),
        ("s.campaign_id", campaign.id if campaign else None),
        ("s.mode", mode),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def person_row(r: Any) -> Person:
    return Person(id=r["id"], name=r["name"], role=r["role"], created_at=r["created_at"])


def session_row(r: Any) -> SessionInfo:
    return SessionInfo(
        id=r["id"],
        person=Person(id=r["person_id"], name=r["p_name"], role=r["p_role"], created_at=r["p_created"]),
        mode=r["mode"],
        scenario_id=r["scenario_id"],
        scenario_path=r["scenario_path"],
        digest=r["digest"],
        lang=r["lang"],
        node=r["node"],
        finished=bool(r["finished"]),
        started_at=r["started_at"],
        updated_at=r["updated_at"],
        finished_at=r["finished_at"],
        turns=r["n_turns"],
        campaign_id=r["campaign_id"],
    )


def campaign_row(r: Any) -> Campaign:
    return Campaign(
        id=r["id"],
        name=r["name"],
        lang=r["lang"],
        scenarios=tuple(json.loads(r["scenarios"])),
        step_limit=r["step_limit"],
        hints=bool(r["hints"]),
        created_at=r["created_at"],
    )


def turn_records(session_id: int, turn_rows: Sequence[Any], score_rows: Sequence[Any]) -> list[TurnRecord]:
    """A session's transcript from its turn rows (in order) and all their score rows: each answer with
    its current scoring and the older ones (``StoreError`` when an answer has no current scoring)."""
    versions: dict[int, list[ScoreVersion]] = {}
    for r in score_rows:
        versions.setdefault(r["turn_id"], []).append(
            ScoreVersion(
                result=StepResult.model_validate_json(r["result"]),
                scorer=r["scorer"],
                digest=r["digest"],
                scored_at=r["scored_at"],
                current=bool(r["current"]),
            )
        )
    out = []
    for r in turn_rows:
        scored = versions.get(r["id"], [])
        current = next((v for v in scored if v.current), None)
        if current is None:
            raise StoreError(f"session {session_id}: the answer to '{r['step_id']}' has no current score")
        out.append(
            TurnRecord(
                id=r["id"],
                session_id=session_id,
                seq=r["seq"],
                step_id=r["step_id"],
                answer=Answer.model_validate_json(r["answer"]),
                goto=r["goto"],
                branch=r["branch"],
                elapsed=r["elapsed"],
                overtime=bool(r["overtime"]),
                submitted_at=r["submitted_at"],
                score=current,
                history=tuple(v for v in scored if not v.current),
            )
        )
    return out


class Transcripts(Mapping[int, list[TurnRecord]]):
    """Several sessions' transcripts (session id → turns), read with one query for the turns and one for
    their scores, decoded one session at a time when asked: a campaign of thousands is never held as
    decoded objects all at once (that made the garbage collector, not SQL, the cost of reading it)."""

    def __init__(self, turn_rows: Sequence[Any], score_rows: Sequence[Any]) -> None:
        session_of = {r["id"]: r["session_id"] for r in turn_rows}
        self._turns: dict[int, list[Any]] = {}
        self._scores: dict[int, list[Any]] = {}
        for r in turn_rows:
            self._turns.setdefault(r["session_id"], []).append(r)
        for r in score_rows:
            self._scores.setdefault(session_of[r["turn_id"]], []).append(r)

    def __getitem__(self, session_id: int) -> list[TurnRecord]:
        return turn_records(session_id, self._turns[session_id], self._scores.get(session_id, []))

    def __iter__(self) -> Iterator[int]:
        return iter(self._turns)

    def __len__(self) -> int:
        return len(self._turns)
