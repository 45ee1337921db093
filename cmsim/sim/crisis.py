"""The crisis engine: a seeded timeline, actions at times, reactions chosen by the state.

Like the runner, it keeps nothing of its own: every call takes a ``CrisisState`` and returns a new one.
The feed is a pure function of the scenario and the reactions fired (see ``crisis_feed``); the state
holds the clock, the actions taken (with their scores) and the reactions fired. The TUI and the headless
``cmsim play`` drive the same engine, so the same actions at the same times give the same feed, the same
reactions and the same scores."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from cmsim.authoring.crisis import LoadedCrisis
from cmsim.model.base import parse_range
from cmsim.model.crisis import HANDLING, Action, CrisisEnding, CrisisScenario, Item, Reaction
from cmsim.model.qualities import Quality
from cmsim.model.result import StepResult
from cmsim.scoring.base import Scorer
from cmsim.scoring.crisis_steps import CrisisSteps
from cmsim.scoring.triage import Done, Triage, combine, triage
from cmsim.sim.crisis_feed import Arrival, arrivals, noise_candidates

LATE_MOOD = 6
"""Mood lost for each critical item left past its deadline."""
GOOD_REPLY, BAD_REPLY = 60, 40


class CrisisError(Exception):
    """An action that does not fit the crisis (unknown or not yet arrived item, unknown team, time going back)."""


class Taken(BaseModel):
    """One action in the state, with its score when it wrote something."""

    model_config = ConfigDict(frozen=True)

    action: Action
    result: StepResult | None = None


class Fired(BaseModel):
    """A reaction that fired, and when its effects start."""

    model_config = ConfigDict(frozen=True)

    reaction: str
    at: float


class CrisisState(BaseModel):
    """Where a crisis stands: the clock, what was done, which reactions fired."""

    model_config = ConfigDict(frozen=True)

    scenario_id: str
    digest: str
    now: float = 0.0
    taken: tuple[Taken, ...] = ()
    fired: tuple[Fired, ...] = ()
    finished: bool = False

    def to_json(self) -> str:
        """Serialise for saving."""
        return self.model_dump_json()

    @classmethod
    def from_json(cls, text: str) -> CrisisState:
        """Restore a saved state."""
        return cls.model_validate_json(text)


@dataclass(frozen=True)
class CrisisOutcome:
    """The end of a crisis: the ending, the six-quality scores, the triage and every scored text."""

    ending: CrisisEnding
    scores: dict[Quality, int]
    triage: Triage
    written: list[StepResult]
    mood: int

    @property
    def results(self) -> list[StepResult]:
        """Every scored text, then the triage: what a store, a profile or a report reads."""
        return [*self.written, self.triage.as_result()]

    @property
    def average(self) -> int:
        """Mean of the quality scores."""
        return round(sum(self.scores.values()) / len(self.scores)) if self.scores else 0


class CrisisEngine:
    """Drives one crisis scenario."""

    def __init__(self, loaded: LoadedCrisis, scorer: Scorer) -> None:
        self.loaded = loaded
        self.scenario: CrisisScenario = loaded.scenario
        self.steps = CrisisSteps(self.scenario, scorer)
        self._feed_cache: tuple[tuple[tuple[Fired, ...], float], list[Arrival]] | None = None

    def start(self) -> CrisisState:
        """A fresh crisis at second 0."""
        return CrisisState(scenario_id=self.scenario.id, digest=self.loaded.digest)

    # The feed -----------------------------------------------------------------------------------
    def _fired(self, state: CrisisState) -> list[tuple[str, float]]:
        return [(f.reaction, f.at) for f in state.fired]

    def feed(self, state: CrisisState, until: float | None = None) -> list[Arrival]:
        """Every item arrived by ``until`` (the state's clock by default), oldest first. The list is
        shared with the next identical call: read it, do not change it."""
        key = (state.fired, state.now if until is None else until)
        if self._feed_cache is None or self._feed_cache[0] != key:
            self._feed_cache = (key, arrivals(self.scenario, self._fired(state), key[1]))
        return self._feed_cache[1]

    def arrival(self, state: CrisisState, item_id: str) -> Arrival | None:
        """When ``item_id`` arrived (None if it has not)."""
        return next((a for a in self.feed(state) if a.id == item_id), None)

    def handled(self, state: CrisisState, item_id: str) -> list[str]:
        """The kinds of action taken on ``item_id`` so far, in order."""
        return [t.action.kind for t in state.taken if t.action.item == item_id]

    def mood(self, state: CrisisState, feed: list[Arrival] | None = None) -> int:
        """The crowd's mood now (0 furious – 100 warm): reactions, late critical items, replies' quality."""
        value = self.scenario.mood
        for f in state.fired:
            reaction = self.scenario.reaction(f.reaction)
            if reaction is not None and f.at <= state.now:
                value += reaction.mood
        for a in feed if feed is not None else self.feed(state):
            e = a.item.expect
            if e and e.critical and a.at + e.within < state.now and not set(self.handled(state, a.id)) & HANDLING:
                value -= LATE_MOOD
        for t in state.taken:
            if t.result is not None and t.action.kind in ("reply", "statement"):
                value += 2 if t.result.average >= GOOD_REPLY else -3 if t.result.average < BAD_REPLY else 0
        return max(0, min(100, value))

    def unanswered_critical(self, state: CrisisState, feed: list[Arrival] | None = None) -> list[Arrival]:
        """Critical items arrived and not yet handled (replied, escalated or hidden)."""
        return [a for a in (feed if feed is not None else self.feed(state))
                if a.item.expect and a.item.expect.critical and not set(self.handled(state, a.id)) & HANDLING]

    # Time and reactions -------------------------------------------------------------------------
    def advance(self, state: CrisisState, to: float) -> CrisisState:
        """Move the clock to ``to`` (never back), firing the reactions whose deadline passed."""
        if state.finished:
            return state
        to = min(max(to, state.now), float(self.scenario.duration))
        final = to >= self.scenario.duration
        while True:
            due = self._next_deadline(state, to, final)
            if due is None:
                break
            reaction, at = due
            state = self._fire(state, reaction, at)
        return state.model_copy(update={"now": to})

    def _next_deadline(self, state: CrisisState, to: float, final: bool) -> tuple[Reaction, float] | None:
        fired = {f.reaction for f in state.fired}
        best: tuple[Reaction, float] | None = None
        feed = None
        for reaction in self.scenario.reactions:
            when = reaction.when
            if reaction.id in fired or when.unless is None or when.item is None or when.within is None:
                continue
            if feed is None:
                feed = {a.id: a for a in self.feed(state, to)}
            arrived = feed.get(when.item)
            if arrived is None:
                continue
            deadline = arrived.at + when.within
            if deadline > to or (deadline == to and not final):
                continue
            done = any(t.action.item == when.item and t.action.kind in when.unless and t.action.at <= deadline
                       for t in state.taken)
            if not done and (best is None or deadline < best[1]):
                best = (reaction, deadline)
        return best

    def _fire(self, state: CrisisState, reaction: Reaction, at: float) -> CrisisState:
        """Record ``reaction`` as fired at ``at`` + its delay, and every reaction chained after it."""
        fired = list(state.fired)
        queue = [(reaction, at + reaction.when.delay)]
        while queue:
            current, when = queue.pop(0)
            if any(f.reaction == current.id for f in fired):
                continue
            fired.append(Fired(reaction=current.id, at=round(when, 2)))
            for follower in self.scenario.reactions:
                if follower.when.after == current.id:
                    queue.append((follower, when + follower.when.delay))
        return state.model_copy(update={"fired": tuple(fired)})

    # Actions ------------------------------------------------------------------------------------
    def act(self, state: CrisisState, action: Action) -> tuple[CrisisState, Taken]:
        """Advance to ``action.at`` and apply it: score what it writes, fire the reactions it triggers."""
        if state.finished:
            raise CrisisError("the crisis is over")
        if action.at < state.now:
            raise CrisisError(f"at {action.at:g} s: the clock already reads {state.now:g} s (actions go in time order)")
        if action.at > self.scenario.duration:
            raise CrisisError(f"at {action.at:g} s: the crisis ends at {self.scenario.duration} s")
        state = self.advance(state, action.at)
        item = self._target(state, action)
        result = self._score(state, action, item)
        taken = Taken(action=action, result=result)
        state = state.model_copy(update={"taken": (*state.taken, taken)})
        for reaction in self.scenario.reactions:
            if self._triggers(state, reaction, action, result):
                state = self._fire(state, reaction, action.at)
        return state, taken

    def _target(self, state: CrisisState, action: Action) -> Item | None:
        if action.item is None:
            return None
        arrived = self.arrival(state, action.item)
        if arrived is None:
            noise = {c.item.id for c in noise_candidates(self.scenario)}
            known = self.scenario.item(action.item) is not None or action.item in noise
            why = "has not arrived yet" if known else "is not an item of this crisis"
            raise CrisisError(f"at {action.at:g} s: item '{action.item}' {why}")
        if action.escalate is not None and self.scenario.teams and action.escalate not in self.scenario.teams:
            raise CrisisError(f"no team '{action.escalate}' here (teams: {', '.join(self.scenario.teams)})")
        return arrived.item

    def _score(self, state: CrisisState, action: Action, item: Item | None) -> StepResult | None:
        step_id = f"{action.kind}-{action.item or 'all'}-{len(state.taken) + 1}"
        if action.reply is not None and item is not None:
            return self.steps.score_reply(item, action.reply, step_id)
        if action.escalate is not None and item is not None:
            return self.steps.score_note(item, action.escalate, action.note or "", step_id)
        if action.statement is not None:
            return self.steps.score_statement(list(action.platforms), action.statement, step_id)
        return None

    def _triggers(self, state: CrisisState, reaction: Reaction, action: Action, result: StepResult | None) -> bool:
        when = reaction.when
        if any(f.reaction == reaction.id for f in state.fired):
            return False
        if when.did is not None:
            if action.item != when.item or action.kind != when.did:
                return False
            return sum(1 for t in state.taken if t.action.item == when.item and t.action.kind == when.did) == when.count
        if when.statement is not None and action.kind == "statement" and result is not None:
            lo, hi = parse_range(when.statement)
            lowest = min(result.scores.values(), default=0)  # a good statement is good on every quality
            return lo <= lowest <= hi
        return False

    # The end ------------------------------------------------------------------------------------
    def finish(self, state: CrisisState) -> CrisisState:
        """Run the clock to the end of the crisis."""
        state = self.advance(state, float(self.scenario.duration))
        return state.model_copy(update={"finished": True})

    def outcome(self, state: CrisisState) -> CrisisOutcome:
        """Score the crisis as it stands (normally once finished)."""
        feed = self.feed(state)
        arrived = {a.id: a.at for a in feed}
        items = {a.id: a.item for a in feed}
        done = [Done(t.action, t.result) for t in state.taken]
        verdict = triage(self.scenario, arrived, items, done)
        written = [t.result for t in state.taken if t.result is not None]
        scores = combine(verdict.scores, written)
        mood = self.mood(state, feed)
        average = round(sum(scores.values()) / len(scores)) if scores else 0
        return CrisisOutcome(self._ending(mood, verdict.coverage, average), scores, verdict, written, mood)

    def _ending(self, mood: int, coverage: int, average: int) -> CrisisEnding:
        values = {"mood": mood, "coverage": coverage, "average": average}
        for ending in self.scenario.endings:
            if ending.when is None:
                return ending
            ranges = {k: getattr(ending.when, k) for k in values if getattr(ending.when, k) is not None}
            if all(parse_range(r)[0] <= values[k] <= parse_range(r)[1] for k, r in ranges.items()):
                return ending
        return self.scenario.endings[-1]

    def replay(self, actions: list[Action]) -> tuple[CrisisState, CrisisOutcome]:
        """Play ``actions`` from the start to the end of the crisis."""
        state = self.start()
        for action in sorted(actions, key=lambda a: a.at):
            state, _ = self.act(state, action)
        state = self.finish(state)
        return state, self.outcome(state)


__all__ = ["CrisisEngine", "CrisisError", "CrisisOutcome", "CrisisState", "Fired", "Taken"]
