"""A stored session being played: the runner, the store and the rules of its mode, in one object.

The line-based console and the TUI both drive a ``Playthrough``; it never scores or branches by
itself (the runner does) and commits every answer before returning it.

Rules by mode:

* ``practice``: feedback after each answer, hints allowed, time limits only noted (overtime); time
  spent with the session closed does not count.
* ``assess``: no feedback, hints only if the campaign allows them, answers locked once submitted, the
  clock keeps running while the session is closed. Past a reply step's time limit the step
  auto-submits what was typed (its draft); a choice made late is recorded as overtime. Integrity
  signals (overtime, auto-submit, interruptions, hints, pastes) are recorded for the recruiter.
"""

from __future__ import annotations

from pathlib import Path

from cmsim.authoring.load import Loaded, find_scenario, load_scenario
from cmsim.authoring.problems import AuthoringError
from cmsim.model.result import Answer
from cmsim.model.scenario import Step
from cmsim.scoring.base import Scorer
from cmsim.session.signals import AutoSubmitted, Interrupted, Overtime, ScenarioChanged, SignalDetail
from cmsim.sim.runner import Runner, RunnerError
from cmsim.sim.state import RunState, Turn
from cmsim.store.db import Store
from cmsim.store.records import Campaign, Clock, Mode, NewSession, Person, SessionInfo, StoreError


def load_for_session(info: SessionInfo) -> Loaded:
    """The scenario of a stored session: its file when it still exists, else the library's by id."""
    path = Path(info.scenario_path)
    try:
        return load_scenario(path) if path.exists() else find_scenario(info.scenario_id)
    except AuthoringError as exc:
        from cmsim.session.crisis import crisis_shell  # crisis hook: reports read a crisis session too

        shell = crisis_shell(path, info.scenario_id)
        if shell is not None:
            return shell
        raise StoreError(f"session {info.id}: its scenario '{info.scenario_id}' no longer loads:\n{exc}") from None


def load_state(store: Store, session_id: int, runner: Runner) -> RunState:
    """The runner state of a saved session, rebuilt from its stored transcript and checked against
    ``runner``'s scenario (``StoreError`` when the scenario no longer fits it)."""
    info = store.session(session_id)
    turns = tuple(
        Turn(
            step_id=t.step_id,
            answer=t.answer,
            result=t.result,
            goto=t.goto,
            branch=t.branch,
            elapsed=t.elapsed,
            overtime=t.overtime,
        )
        for t in store.turns(session_id)
    )
    state = RunState(
        scenario_id=info.scenario_id,
        digest=info.digest,
        node=info.node,
        finished=info.finished,
        turns=turns,
        flags=store.flags(session_id),
    )
    try:
        return runner.resume(state)
    except RunnerError as exc:
        raise StoreError(f"session {session_id} cannot resume: {exc}") from None


def new_session(loaded: Loaded) -> NewSession:
    """What the store records of the scenario a session starts on."""
    scenario = loaded.scenario
    return NewSession(scenario.id, str(loaded.path.resolve()), loaded.digest, scenario.lang, scenario.first_step)


class Playthrough:
    """One session in play. Build it with ``start`` or ``resume``; read ``state``; ``submit`` answers."""

    def __init__(self, store: Store, session_id: int, runner: Runner, campaign: Campaign | None = None) -> None:
        self.store = store
        self.session_id = session_id
        self.runner = runner
        self.campaign = campaign
        self.info = store.session(session_id)
        self.state: RunState = load_state(store, session_id, runner)

    @classmethod
    def start(
        cls,
        store: Store,
        person: Person,
        loaded: Loaded,
        scorer: Scorer,
        mode: Mode = "practice",
        campaign: Campaign | None = None,
    ) -> Playthrough:
        """A new stored session of ``person`` on ``loaded``."""
        session_id = store.start_session(person, new_session(loaded), mode, campaign)
        return cls(store, session_id, Runner(loaded, scorer), campaign)

    @classmethod
    def resume(cls, store: Store, session_id: int, scorer: Scorer) -> Playthrough:
        """Reopen a stored session where it stopped, with its answers, draft and timer.

        In practice mode the time the session spent closed is taken off the step's clock; in an
        assessment it is not, and the interruption (and a scenario file changed since the start) is
        recorded as an integrity signal."""
        info = store.session(session_id)
        loaded = load_for_session(info)
        campaign = store.campaign(info.campaign_id) if info.campaign_id is not None else None
        play = cls(store, session_id, Runner(loaded, scorer), campaign)
        if info.finished:
            return play
        gap = store.reopen(session_id, pause_clock=info.mode == "practice")
        play.signal(info.node, Interrupted(seconds_away=round(gap, 1)))
        if loaded.digest != info.digest:
            play.signal(info.node, ScenarioChanged(was=info.digest, now=loaded.digest))
        return play

    @property
    def assessing(self) -> bool:
        """True in an assessment (no feedback, locked answers, enforced time limits)."""
        return self.info.mode == "assess"

    @property
    def feedback(self) -> bool:
        """Whether scores and feedback may be shown after each answer."""
        return not self.assessing

    @property
    def hints_allowed(self) -> bool:
        """Practice always; an assessment only when its campaign allows hints."""
        return not self.assessing or bool(self.campaign and self.campaign.hints)

    @property
    def finished(self) -> bool:
        """True once an ending is reached."""
        return self.state.finished

    def step(self) -> Step:
        """The step to answer now (``RunnerError`` once finished). Reads nothing from the store."""
        return self.runner.current_step(self.state)

    def open_step(self) -> Step:
        """The step to answer now, its timer started if this is the first time it is shown (a write:
        call it off the UI thread)."""
        step = self.step()
        self.store.open_step(self.session_id, step.id)
        return step

    def time_limit(self, step: Step) -> int | None:
        """Seconds allowed for ``step`` (the campaign's limit overrides the scenario's)."""
        return self.campaign.limit_for(step.time_limit) if self.campaign else step.time_limit

    def clock(self) -> Clock:
        """The current step's saved timer."""
        return self.store.clock(self.session_id)

    def elapsed(self) -> float:
        """Seconds spent on the current step."""
        return self.clock().elapsed(self.store.now())

    def remaining(self, step: Step, *, elapsed: float | None = None) -> float | None:
        """Seconds left on ``step`` (negative once over), or None when it has no limit. ``elapsed``
        (seconds spent on the step, as the caller measured it) spares reading the saved timer."""
        limit = self.time_limit(step)
        return None if limit is None else limit - (self.elapsed() if elapsed is None else elapsed)

    def expired(self, step: Step, *, elapsed: float | None = None) -> bool:
        """True when an assessment's reply step is past its limit and must auto-submit its draft."""
        left = self.remaining(step, elapsed=elapsed)
        return self.assessing and step.kind == "reply" and left is not None and left <= 0

    def save_draft(self, fields: dict[str, str]) -> None:
        """Commit what has been typed so far for the current step."""
        self.store.save_draft(self.session_id, self.step().id, fields)

    def draft(self) -> dict[str, str]:
        """What was typed for the current step and not yet submitted."""
        return self.store.draft(self.session_id, self.step().id)

    def submit(self, answer: Answer, *, auto: bool = False) -> Turn:
        """Score ``answer`` to the current step through the runner, commit it, move on; the turn.

        ``auto`` marks an answer submitted by the time limit rather than by the person. Raises
        ``RunnerError`` for an answer that does not fit the step (nothing is stored then)."""
        state, turn = self.commit(answer, auto=auto)
        self.advance(state)
        return turn

    def commit(self, answer: Answer, *, auto: bool = False) -> tuple[RunState, Turn]:
        """Score and commit ``answer`` as :meth:`submit` does, without moving ``state`` on: the new
        state and the turn. A worker thread commits; the UI thread then calls :meth:`advance`."""
        step = self.step()
        limit = self.time_limit(step)
        elapsed = round(self.elapsed(), 2)
        state, turn = self.runner.submit(self.state, answer, elapsed=elapsed, limit=limit)
        self.store.record_turn(self.session_id, turn, state)
        if auto:
            self.signal(step.id, AutoSubmitted(limit=limit or 0, elapsed=elapsed))
        elif turn.overtime:
            self.signal(step.id, Overtime(limit=limit or 0, elapsed=elapsed))
        return state, turn

    def advance(self, state: RunState) -> None:
        """Move on to ``state``, the one :meth:`commit` returned for the current step."""
        if state.turns[: len(self.state.turns)] != self.state.turns or len(state.turns) != len(self.state.turns) + 1:
            raise StoreError(f"session {self.session_id}: that state does not follow the current one")
        self.state = state

    def submit_draft(self) -> Turn:
        """Submit the saved draft as the answer (missing fields empty): the time limit's auto-submit."""
        return self.submit(Answer(fields=self.draft()), auto=True)

    def signal(self, step_id: str, detail: SignalDetail) -> None:
        """Record an integrity signal (assessments only; practice keeps none)."""
        if self.assessing:
            self.store.add_signal(self.session_id, step_id, detail.kind, detail.values())
