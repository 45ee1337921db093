"""A crisis being played live: the engine's state, the clock and the rules of its mode, and its record.

Rules by mode:

* ``practice``: the clock can be paused and slowed (half speed); scores are shown in the debrief.
* ``assess``: the clock runs at full speed and cannot be paused or slowed.

The shells (the TUI) only say how much wall time passed and what the trainee did; this object turns
that into crisis time and goes through the engine, which scores and picks the reactions. At the end,
every written action and the triage are stored as the turns of one session, so ``cmsim profile`` and
the reports read a crisis like any other session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cmsim.authoring.crisis import LoadedCrisis, find_crisis, load_crisis
from cmsim.authoring.load import Loaded
from cmsim.authoring.problems import AuthoringError
from cmsim.model.base import PlatformId
from cmsim.model.crisis import Action
from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Scenario
from cmsim.scoring.base import Scorer
from cmsim.scoring.triage import TRIAGE_STEP
from cmsim.session.crisis_log import save_log
from cmsim.sim.crisis import CrisisEngine, CrisisOutcome, CrisisState, Taken
from cmsim.store.db import Store
from cmsim.store.live import move_to
from cmsim.store.records import Campaign, Mode, NewSession, Person

TRIAGE_TITLE = {"en": "Crisis triage", "fr": "Tri de la crise"}
SPEEDS: tuple[float, ...] = (1.0, 0.5)
"""Clock speeds a practice crisis cycles through (an assessment stays at the first)."""


class CrisisRun:
    """One crisis in play."""

    def __init__(
        self, engine: CrisisEngine, mode: Mode = "practice", session_id: int | None = None,
        campaign: Campaign | None = None,
    ) -> None:
        self.engine = engine
        self.mode: Mode = mode
        self.session_id = session_id
        """The stored session of a campaign's crisis (stored from its start); None in practice."""
        self.campaign = campaign
        self.state: CrisisState = engine.start()
        self.paused = False
        self.speed = SPEEDS[0]

    @property
    def assessing(self) -> bool:
        """True in an assessment: no pause, no slow motion."""
        return self.mode == "assess"

    @property
    def finished(self) -> bool:
        """True once the clock reached the end (or the trainee ended the crisis)."""
        return self.state.finished

    def toggle_pause(self) -> bool:
        """Pause or resume the clock (practice only); whether it is now paused."""
        if not self.assessing:
            self.paused = not self.paused
        return self.paused

    def cycle_speed(self) -> float:
        """Next clock speed (practice only); the speed now."""
        if not self.assessing:
            self.speed = SPEEDS[(SPEEDS.index(self.speed) + 1) % len(SPEEDS)]
        return self.speed

    def tick(self, wall_seconds: float) -> CrisisState:
        """Let ``wall_seconds`` of real time pass (nothing while paused); the crisis ends at its duration."""
        if self.finished or self.paused or wall_seconds <= 0:
            return self.state
        target = round(self.state.now + wall_seconds * self.speed, 2)  # hundredths: replays write them as is
        if target >= self.engine.scenario.duration:
            self.state = self.engine.finish(self.state)
        else:
            self.state = self.engine.advance(self.state, target)
        return self.state

    def act(self, **what: object) -> Taken:
        """Do something now: ``reply=…``, ``escalate=team, note=…``, ``hide=True``, ``statement=…``…
        (``CrisisError`` or ``ValueError`` when it does not fit)."""
        action = Action.model_validate({"at": self.state.now, **what})
        self.state, taken = self.engine.act(self.state, action)
        return taken

    def finish(self) -> CrisisOutcome:
        """End the crisis now (the remaining time runs out at once) and score it."""
        if not self.finished:
            self.state = self.engine.finish(self.state)
        return self.engine.outcome(self.state)


@dataclass(frozen=True)
class _Turn:
    step_id: str
    answer: Answer
    result: StepResult
    goto: str
    branch: str
    elapsed: float | None
    overtime: bool = False


@dataclass(frozen=True)
class _State:
    digest: str
    node: str
    finished: bool
    flags: dict[str, object]


def stored_crisis(path: Path, scenario_id: str) -> LoadedCrisis | None:
    """The crisis a stored session played: its file when it still exists, else the library's by id; None
    when neither is a crisis that loads."""
    try:
        return load_crisis(path) if path.is_file() else find_crisis(scenario_id)
    except AuthoringError:
        return None


def crisis_shell(path: Path, scenario_id: str) -> Loaded | None:
    """A crisis seen as a thread scenario by what reads stored sessions (reports, rescore, compare):
    its brand, title, language and endings, and one step, the triage; every other turn keeps its own id
    (``reply-mum-1``) as its title. None when ``path`` (or the library, by id) holds no crisis."""
    found = stored_crisis(path, scenario_id)
    if found is None:
        return None
    c = found.scenario
    step = {"id": TRIAGE_STEP, "title": TRIAGE_TITLE[c.lang], "prompt": c.brief, "qualities": c.qualities(),
            "fields": [{"id": "text", "label": TRIAGE_TITLE[c.lang], "platform": c.platforms[0]}],
            "next": c.endings[-1].id}
    endings = [{"id": e.id, "title": e.title, "outcome": e.outcome, "debrief": e.debrief} for e in c.endings]
    scenario = Scenario.model_validate(
        {"format": 1, "id": c.id, "pair": c.pair, "title": c.title, "lang": c.lang, "difficulty": c.difficulty,
         "summary": c.summary, "tags": c.tags, "platforms": c.platforms, "brand": c.brand, "steps": [step],
         "endings": endings}
    )
    return Loaded(scenario, found.source, found.path, found.digest)


def _answer(action: Action, first_platform: PlatformId) -> Answer:
    """The text as the scorer saw it, under the field ids its evidence points at."""
    if action.kind == "statement":
        return Answer(fields={f"post-{p}": action.text for p in action.platforms or [first_platform]})
    return Answer(fields={"note" if action.kind == "escalate" else "reply": action.text})


@dataclass(frozen=True)
class Replayed:
    """One turn of a crisis played again: its step id, the text as the scorer saw it, and its scores."""

    step_id: str
    answer: Answer
    result: StepResult


def replay_turns(loaded: LoadedCrisis, actions: list[Action], scorer: Scorer) -> list[Replayed]:
    """A crisis played again from its action log with ``scorer``: the turns :func:`record` stores
    (each written action, then the triage), with the same step ids (``CrisisError`` when an action no
    longer fits the crisis)."""
    engine = CrisisEngine(loaded, scorer)
    state, outcome = engine.replay(actions)
    taken = {t.result.step_id: t.action for t in state.taken if t.result is not None}
    first = loaded.scenario.platforms[0]
    return [Replayed(r.step_id, _answer(taken[r.step_id], first) if r.step_id in taken else Answer(), r)
            for r in outcome.results]


def record(store: Store, person: Person | None, run: CrisisRun, outcome: CrisisOutcome) -> int:
    """Store a finished crisis as one session of ``person``: each written action, then the triage, as
    its turns (with their scores), and its action log (to play it again); the session's id. A campaign's
    crisis (``run.session_id``) fills the session opened when it started."""
    loaded = run.engine.loaded
    results = outcome.results
    taken = {t.result.step_id: t for t in run.state.taken if t.result is not None}
    if run.session_id is not None:
        session_id = run.session_id
        move_to(store, session_id, results[0].step_id)
    elif person is None:
        raise ValueError("a practice crisis is recorded for a person")
    else:
        new = NewSession(loaded.scenario.id, str(loaded.path), loaded.digest, loaded.scenario.lang,
                         results[0].step_id)
        session_id = store.start_session(person, new, run.mode)
    save_log(store, session_id, [t.action for t in run.state.taken])
    for n, result in enumerate(results):
        last = n == len(results) - 1
        action = taken.get(result.step_id)
        answer = _answer(action.action, loaded.scenario.platforms[0]) if action else Answer()
        goto = outcome.ending.id if last else results[n + 1].step_id
        turn = _Turn(result.step_id, answer, result, goto, action.action.kind if action else "triage",
                     action.action.at if action else run.state.now)
        store.record_turn(session_id, turn, _State(loaded.digest, goto, last, {"outcome": outcome.ending.outcome}))
    return session_id


__all__ = ["SPEEDS", "CrisisRun", "Replayed", "crisis_shell", "record", "replay_turns", "stored_crisis"]
