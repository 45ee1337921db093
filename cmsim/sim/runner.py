"""Drive a scenario: present a step, take an answer, score it, follow the branch, until an ending.

The runner holds no mutable state of its own: every call takes a ``RunState`` and returns a new one,
so a session can be saved after each answer, resumed after a crash, or replayed in a test. The TUI,
the CLI and the assessment mode all go through it, so they score and branch the same way.
"""

from __future__ import annotations

from cmsim.authoring.load import Loaded
from cmsim.model.result import Answer
from cmsim.model.scenario import Ending, Message, Scenario, Step
from cmsim.scoring.base import Scorer
from cmsim.sim.branching import choose, describe
from cmsim.sim.state import RunState, Turn


class RunnerError(Exception):
    """An answer or a state that does not fit the scenario (wrong field, unknown option, finished run)."""


class Runner:
    """The one engine of a playthrough."""

    def __init__(self, loaded: Loaded, scorer: Scorer) -> None:
        self.loaded = loaded
        self.scenario: Scenario = loaded.scenario
        self.scorer = scorer

    def start(self) -> RunState:
        """A fresh state at the scenario's first step."""
        return RunState(scenario_id=self.scenario.id, digest=self.loaded.digest, node=self.scenario.first_step)

    def current_step(self, state: RunState) -> Step:
        """The step to answer now (RunnerError once the run is finished)."""
        if state.finished:
            raise RunnerError("the scenario is over")
        return self.scenario.step(state.node)

    def ending(self, state: RunState) -> Ending | None:
        """The ending reached, or None while playing."""
        return self.scenario.ending(state.node) if state.finished else None

    def check_answer(self, step: Step, answer: Answer) -> Answer:
        """The answer, checked against the step's fields or options; missing fields become empty."""
        if step.kind == "choice":
            ids = [o.id for o in step.options]
            if answer.option not in ids:
                raise RunnerError(f"step '{step.id}': choose one of {', '.join(ids)} (got {answer.option!r})")
            return answer
        fields = [f.id for f in self.scenario.fields_of(step)]
        given = dict(answer.fields)
        if list(given) == ["reply"] and len(fields) == 1:
            given = {fields[0]: given["reply"]}
        unknown = [k for k in given if k not in fields]
        if unknown or answer.option is not None:
            raise RunnerError(
                f"step '{step.id}' takes the fields {', '.join(fields)}; got {', '.join(unknown) or 'an option'}"
            )
        return Answer(fields={f: given.get(f, "") for f in fields})

    def submit(
        self, state: RunState, answer: Answer, *, elapsed: float | None = None, limit: int | None = None
    ) -> tuple[RunState, Turn]:
        """Score ``answer`` to the current step and move on; returns the new state and the turn taken.

        ``elapsed`` is the seconds spent on the step and ``limit`` the time allowed, as the caller
        decided it (a campaign may override the scenario's); the turn is overtime when over it."""
        step = self.current_step(state)
        answer = self.check_answer(step, answer)
        result = self.scorer.score(self.scenario, step, answer)
        branch = choose(step, result, answer.option, state.flags)
        if branch is None:
            raise RunnerError(f"step '{step.id}': no branch matches these scores (run 'cmsim validate')")
        overtime = limit is not None and elapsed is not None and elapsed > limit
        turn = Turn(
            step_id=step.id,
            answer=answer,
            result=result,
            goto=branch.goto,
            branch=describe(branch.when),
            elapsed=elapsed,
            overtime=overtime,
            set=dict(branch.set),
        )
        new_state = state.model_copy(
            update={
                "node": branch.goto,
                "finished": self.scenario.is_ending(branch.goto),
                "turns": (*state.turns, turn),
                "flags": {**state.flags, **branch.set},
            }
        )
        return new_state, turn

    def resume(self, state: RunState) -> RunState:
        """Check that a saved state belongs to this scenario and points at a real step or ending."""
        if state.scenario_id != self.scenario.id:
            raise RunnerError(f"this saved run is for '{state.scenario_id}', not '{self.scenario.id}'")
        known = {s.id for s in self.scenario.steps} | {e.id for e in self.scenario.endings}
        if state.node not in known:
            raise RunnerError(f"the saved run stands at '{state.node}', which this scenario no longer has")
        return state

    def messages(self, state: RunState) -> list[Message]:
        """The thread as the trainee sees it now: the opening messages, then those of each step reached."""
        out = list(self.scenario.thread)
        for turn in state.turns:
            step = self.scenario.step(turn.step_id)
            out.extend(step.messages)
            out.extend(self._replies(step, turn))
        if state.finished:
            out.extend(self.scenario.ending(state.node).messages)
        else:
            out.extend(self.scenario.step(state.node).messages)
        return out

    def _replies(self, step: Step, turn: Turn) -> list[Message]:
        """The trainee's texts as brand messages in the thread (internal notes on the internal channel)."""
        channel = {"public": "public", "post": "public", "private": "private", "internal": "internal"}
        out = []
        for field in self.scenario.fields_of(step):
            text = turn.answer.fields.get(field.id, "").strip()
            if text:
                out.append(Message(author="brand", text=text, platform=field.platform, channel=channel[field.kind]))
        return out
