"""Plain values the store hands out (people, sessions, turns, clocks, campaigns, integrity signals) and
the shapes of what it is handed (a new session, a submitted turn and the state it leads to).

The store knows nothing of the runner or of scenario files: the session layer passes it these values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

from cmsim.model.result import Answer, StepResult

Role = Literal["trainee", "candidate"]
Mode = Literal["practice", "assess"]


class StoreError(Exception):
    """A problem with the database or a request it refuses (locked answer, unknown session…).

    The message is meant for the user, as is."""


class SessionGone(StoreError):
    """The session being played no longer exists: its person was deleted while it was open."""

    def __init__(self, session_id: int) -> None:
        super().__init__(
            f"session {session_id} no longer exists: its person was deleted while it was open. "
            "Nothing more is saved; this session has ended."
        )
        self.session_id = session_id


@dataclass(frozen=True)
class NewSession:
    """The scenario a new session is played on: its id, file, digest, language and first step."""

    scenario_id: str
    scenario_path: str
    digest: str
    lang: str
    node: str


class NewTurn(Protocol):
    """A submitted answer to record (the runner's ``Turn`` has this shape)."""

    @property
    def step_id(self) -> str: ...
    @property
    def answer(self) -> Answer: ...
    @property
    def result(self) -> StepResult: ...
    @property
    def goto(self) -> str: ...
    @property
    def branch(self) -> str: ...
    @property
    def elapsed(self) -> float | None: ...
    @property
    def overtime(self) -> bool: ...


class NewState(Protocol):
    """Where the session stands after a turn (the runner's ``RunState`` has this shape)."""

    @property
    def digest(self) -> str: ...
    @property
    def node(self) -> str: ...
    @property
    def finished(self) -> bool: ...
    @property
    def flags(self) -> Mapping[str, object]: ...


@dataclass(frozen=True)
class Person:
    """Someone who plays: a trainee (practice) or a candidate (assessments)."""

    id: int
    name: str
    role: Role
    created_at: float


@dataclass(frozen=True)
class SessionInfo:
    """One playthrough of one scenario by one person."""

    id: int
    person: Person
    mode: Mode
    scenario_id: str
    scenario_path: str
    digest: str
    lang: str
    node: str
    finished: bool
    started_at: float
    updated_at: float
    finished_at: float | None
    turns: int
    campaign_id: int | None = None


@dataclass(frozen=True)
class ScoreVersion:
    """One scoring of a turn: the result and the versions that produced it (scorer, scenario digest)."""

    result: StepResult
    scorer: str
    digest: str
    scored_at: float
    current: bool


@dataclass(frozen=True)
class TurnRecord:
    """A submitted answer as stored: the transcript line, its current score and every older scoring."""

    id: int
    session_id: int
    seq: int
    step_id: str
    answer: Answer
    goto: str
    branch: str
    elapsed: float | None
    overtime: bool
    submitted_at: float
    score: ScoreVersion
    history: tuple[ScoreVersion, ...] = ()

    @property
    def result(self) -> StepResult:
        """The current scoring's result."""
        return self.score.result


@dataclass(frozen=True)
class Clock:
    """The timer of the step being answered, as saved.

    ``opened_at`` is when the step was first shown (epoch seconds); ``away`` the seconds not counted
    (time the session spent closed, in practice mode); ``seen_at`` the last sign of life (a draft
    saved, an answer, a reopen)."""

    step_id: str | None
    opened_at: float | None
    away: float
    seen_at: float

    def elapsed(self, now: float) -> float:
        """Seconds spent on the step so far (0 before it was shown)."""
        if self.opened_at is None:
            return 0.0
        return max(0.0, now - self.opened_at - self.away)


@dataclass(frozen=True)
class Campaign:
    """A recruiter's assessment: scenarios in order, a language, time limits and whether hints are allowed.

    ``step_limit`` (seconds) overrides every step's own ``time_limit``; None keeps the scenario's."""

    id: int
    name: str
    lang: str
    scenarios: tuple[str, ...]
    step_limit: int | None
    hints: bool
    created_at: float

    def limit_for(self, step_time_limit: int | None) -> int | None:
        """The time limit that applies to a step of this campaign."""
        return self.step_limit or step_time_limit


@dataclass(frozen=True)
class Signal:
    """An integrity signal of an assessment (paste, fast typing, overtime, interruption, hint…).

    Facts for a recruiter to ask about, never a verdict."""

    session_id: int
    step_id: str
    kind: str
    detail: dict[str, float | int | str] = field(default_factory=dict)
    at: float = 0.0
