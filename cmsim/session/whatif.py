"""The "what if" path: the path the scenario's model answers take, beside the trainee's.

The same runner plays the steps' model answers (a choice step: its model option, else its best-scored
option) with the offline scorer, so the debrief shows where an expert would have ended, and the shells
only display it."""

from __future__ import annotations

from cmsim.authoring.load import Loaded
from cmsim.model.result import Answer
from cmsim.model.scenario import Step
from cmsim.scoring.offline import OfflineScorer
from cmsim.sim.runner import Runner
from cmsim.sim.state import RunState


def model_answer(step: Step) -> Answer | None:
    """The expert's answer to ``step``; None for a reply step without a model answer."""
    if step.kind == "choice":
        ids = [o.id for o in step.options]
        if isinstance(step.model_answer, str) and step.model_answer in ids:
            return Answer(option=step.model_answer)
        ranked = sorted(step.options, key=lambda o: sum(o.scores.values()) / max(1, len(o.scores)))
        return Answer(option=ranked[-1].id)
    if step.model_answer is None:
        return None
    return Answer.from_data(step.model_answer)


def expert_path(loaded: Loaded) -> tuple[Runner, RunState]:
    """The run of the model answers from the first step, scored offline. It stops unfinished at a step
    without a model answer (``state.finished`` is then False and ``state.node`` names that step)."""
    runner = Runner(loaded, OfflineScorer())
    state = runner.start()
    while not state.finished:
        answer = model_answer(runner.current_step(state))
        if answer is None:
            break
        state, _turn = runner.submit(state, answer)
    return runner, state
