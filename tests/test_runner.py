"""The runner: branching on scores, options and flags; answers checked; state saved and resumed."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmsim.authoring.load import load_scenario
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Scenario, Step
from cmsim.sim.runner import Runner, RunnerError
from cmsim.sim.state import RunState

SCENARIO = """\
format: 1
id: branchy
title: Branchy
lang: en
difficulty: easy
summary: A scenario to test branching.
platforms: [x]
brand: {name: B, handle: "@b"}
personas:
  - {id: ann, name: Ann, handle: "@ann", role: customer}
thread:
  - {author: ann, text: "Hello?"}
steps:
  - id: first
    title: First
    prompt: Answer Ann.
    qualities: [calm, listening]
    next:
      - when: {calm: ">= 60", listening: ">= 50"}
        goto: pick
        set: {polite: true}
      - when: {calm: "< 30"}
        goto: bad-end
      - goto: second
  - id: second
    title: Second
    prompt: Try again, with an internal note.
    messages:
      - {author: ann, text: Still waiting.}
    qualities: [calm, teamwork]
    fields:
      - {id: public, label: Public}
      - {id: note, label: Note, kind: internal}
    next:
      - when: {average: ">= 50"}
        goto: pick
      - goto: bad-end
  - id: pick
    kind: choice
    title: Pick
    prompt: "What now?"
    qualities: [listening]
    options:
      - {id: a, text: Good move, scores: {listening: 90}, feedback: Yes.}
      - {id: b, text: Bad move, scores: {listening: 10}, feedback: No.}
    next:
      - when: {option: a, flags: {polite: true}}
        goto: best-end
      - when: {option: [a, b]}
        goto: ok-end
endings:
  - {id: best-end, title: Best, outcome: good, debrief: Great.}
  - {id: ok-end, title: OK, outcome: mixed, debrief: Fine.}
  - {id: bad-end, title: Bad, outcome: bad, debrief: Oops.}
"""


class KeywordScorer:
    """A transparent test scorer: 'calm' and 'listen' in the text raise those qualities."""

    name = "test"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        if step.kind == "choice":
            option = next(o for o in step.options if o.id == answer.option)
            return StepResult(step_id=step.id, scores=dict(option.scores))
        text = " ".join(answer.fields.values()).lower()
        scores = {q: (90 if q.value[:4] in text else 40 if "meh" in text else 10) for q in step.qualities}
        return StepResult(step_id=step.id, scores=scores)


@pytest.fixture
def runner(tmp_path: Path) -> Runner:
    path = tmp_path / "branchy.yaml"
    path.write_text(SCENARIO)
    return Runner(load_scenario(path), KeywordScorer())


def play(runner: Runner, *answers: Answer) -> RunState:
    state = runner.start()
    for answer in answers:
        state, _ = runner.submit(state, answer)
    return state


def test_good_answer_takes_the_first_branch_and_sets_its_flag(runner: Runner) -> None:
    state = play(runner, Answer(fields={"reply": "calm and I listen"}))
    assert state.node == "pick" and not state.finished
    assert state.flags == {"polite": True}
    assert state.turns[0].branch == "listening >= 50, calm >= 60"  # canonical quality order


def test_flag_set_earlier_decides_a_later_branch(runner: Runner) -> None:
    good = play(runner, Answer(fields={"reply": "calm, listen"}), Answer(option="a"))
    assert (good.node, good.finished) == ("best-end", True)
    # Same option, but reached without the flag: the other ending.
    other = play(
        runner,
        Answer(fields={"reply": "meh"}),
        Answer(fields={"public": "calm", "note": "team"}),
        Answer(option="a"),
    )
    assert [t.step_id for t in other.turns] == ["first", "second", "pick"]
    assert other.node == "ok-end"


def test_bad_answer_ends_badly(runner: Runner) -> None:
    state = play(runner, Answer(fields={"reply": "whatever"}))
    assert (state.node, state.finished) == ("bad-end", True)
    assert runner.ending(state) is not None and runner.ending(state).outcome == "bad"  # type: ignore[union-attr]


def test_average_branch_and_multi_field_answer(runner: Runner) -> None:
    state = play(runner, Answer(fields={"reply": "meh"}), Answer(fields={"public": "calm, team"}))
    turn = state.turns[1]
    assert turn.answer.fields == {"public": "calm, team", "note": ""}
    assert turn.result.scores == {Quality.calm: 90, Quality.teamwork: 90}
    assert state.node == "pick"


def test_answers_are_checked_against_the_step(runner: Runner) -> None:
    state = runner.start()
    with pytest.raises(RunnerError, match="choose one of a, b"):
        runner.submit(play(runner, Answer(fields={"reply": "calm listen"})), Answer(option="z"))
    with pytest.raises(RunnerError, match="takes the fields reply"):
        runner.submit(state, Answer(fields={"public": "x"}))
    finished = play(runner, Answer(fields={"reply": "nope"}))
    with pytest.raises(RunnerError, match="over"):
        runner.submit(finished, Answer(fields={"reply": "x"}))


def test_state_round_trips_through_json_and_resumes(runner: Runner) -> None:
    state = play(runner, Answer(fields={"reply": "meh"}))
    restored = runner.resume(RunState.from_json(state.to_json()))
    assert restored == state
    done, _ = runner.submit(restored, Answer(fields={"public": "calm team", "note": "calm team"}))
    assert done.node == "pick"


def test_resume_refuses_a_state_of_another_scenario(runner: Runner) -> None:
    state = runner.start().model_copy(update={"scenario_id": "other"})
    with pytest.raises(RunnerError, match="for 'other'"):
        runner.resume(state)


def test_thread_grows_with_step_messages_and_the_trainees_replies(runner: Runner) -> None:
    state = play(runner, Answer(fields={"reply": "meh, sorry Ann"}))
    texts = [(m.author, m.channel, m.text) for m in runner.messages(state)]
    assert texts == [
        ("ann", "public", "Hello?"),
        ("brand", "public", "meh, sorry Ann"),
        ("ann", "public", "Still waiting."),
    ]


def test_runner_is_deterministic(runner: Runner) -> None:
    answers = (Answer(fields={"reply": "calm listen"}), Answer(option="b"))
    assert play(runner, *answers) == play(runner, *answers)
