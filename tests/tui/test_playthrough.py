"""Pilot tests: every built-in scenario played through the TUI, with good and with bad answers, takes the
same branches and shows the same scores as ``cmsim play --answers`` on the same answers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from textual.pilot import Pilot

from cmsim.authoring.load import load_scenario, scenario_files
from cmsim.commands.play import play
from cmsim.model.qualities import QUALITIES
from cmsim.model.result import Answer
from cmsim.model.scenario import Scenario
from cmsim.tui.app import CmsimApp
from cmsim.tui.screens.debrief import DebriefScreen
from cmsim.tui.screens.feedback import FeedbackScreen
from cmsim.tui.screens.home import HomeScreen
from cmsim.tui.screens.play import ChoiceList, PlayScreen
from cmsim.tui.widgets.composer import Composer
from cmsim.tui.words import branch_in_words
from tests.tui.helpers import Strategy, answer_data, bar_value, frozen_clock, settle, shown

# Step scenarios only: a crisis has no steps to branch on; tests/tui/test_crisis_tui.py plays those.
SCENARIOS = [p for p in scenario_files() if "kind: crisis" not in p.read_text(encoding="utf-8")[:2000]]


def test_the_library_is_not_empty() -> None:
    assert SCENARIOS, "no built-in scenario found: the playthrough tests would test nothing"


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: f"{p.parent.name}/{p.stem}")
async def test_tui_takes_the_branches_and_shows_the_scores_of_cmsim_play(path: Path, tmp_path: Path) -> None:
    scenario = load_scenario(path).scenario
    app = CmsimApp(library=[path], lang=scenario.lang, typing_delay=0, clock=frozen_clock, name="Alex")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        for strategy in ("good", "bad"):
            assert isinstance(app.screen, HomeScreen)
            await play_through(app, pilot, scenario, path, strategy, tmp_path / f"{strategy}.yaml")
            await pilot.press("escape")
            await settle(app, pilot)


async def play_through(
    app: CmsimApp, pilot: Pilot[None], scenario: Scenario, path: Path, strategy: Strategy, answers_file: Path
) -> None:
    """Play ``scenario`` from the home screen with ``strategy``'s answers; compare with ``cmsim play``."""
    data = {step.id: answer_data(scenario, step, strategy) for step in scenario.steps}
    answers_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    runner, expected = play(str(path), answers_file)
    await pilot.press("enter")
    await settle(app, pilot)
    for turn in expected.turns:
        screen = app.screen
        assert isinstance(screen, PlayScreen)
        step = screen.runner.current_step(screen.state)
        assert step.id == turn.step_id
        answer = runner.check_answer(step, Answer.from_data(data[step.id]))
        if step.kind == "choice":
            assert screen.query_one(ChoiceList).has_focus
            index = [o.id for o in step.options].index(str(answer.option))
            await pilot.press(*(["down"] * index), "enter")
        else:
            for editor in screen.query_one(Composer).editors:
                editor.editor.text = answer.fields[editor.field.id]
            await pilot.press("ctrl+s")
        await settle(app, pilot)
        feedback = app.screen
        assert isinstance(feedback, FeedbackScreen), f"no feedback after {step.id}"
        for quality in QUALITIES:
            bars = feedback.query(f"#score-{quality.value}")
            if quality in turn.result.scores:
                assert bar_value(shown(bars.first())) == str(turn.result.scores[quality])
            else:
                assert not bars
        assert branch_in_words(turn.branch, scenario.lang) in shown(feedback.query_one("#feedback-next"))
        await pilot.press("enter")
        await settle(app, pilot)
    debrief = app.screen
    assert isinstance(debrief, DebriefScreen)
    ending = runner.ending(expected)
    assert ending is not None and ending.title in shown(debrief.query_one("#ending"))
    same = {"step_id", "answer", "result", "goto", "branch"}
    assert [t.model_dump(include=same) for t in debrief.state.turns] == [
        t.model_dump(include=same) for t in expected.turns
    ]
    for number, turn in enumerate(expected.turns, 1):
        text = shown(debrief.query_one(f"#turn-{number}"))
        assert all(f" {score}" in text for score in turn.result.scores.values())
        assert branch_in_words(turn.branch, scenario.lang) in text
    await check_expert_path(debrief, scenario, path, answers_file.with_suffix(".model.yaml"))


async def check_expert_path(debrief: DebriefScreen, scenario: Scenario, path: Path, answers_file: Path) -> None:
    """The "what if" path the debrief shows is the one ``cmsim play --answers <model answers>`` takes,
    whatever the trainee answered."""
    data = {step.id: answer_data(scenario, step, "good") for step in scenario.steps}
    answers_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    runner, expected = play(str(path), answers_file)
    _expert_runner, shown_state = debrief.expert
    same = {"step_id", "answer", "result", "goto", "branch"}
    assert [t.model_dump(include=same) for t in shown_state.turns] == [
        t.model_dump(include=same) for t in expected.turns
    ]
    text = shown(debrief.query_one("#expert-path"))
    lines = [line for line in text.splitlines() if not line.startswith("   ")]
    assert len(lines) == len(expected.turns) + 1
    for number, (line, turn) in enumerate(zip(lines, expected.turns, strict=False), 1):
        step = runner.scenario.step(turn.step_id)
        assert line.startswith(f"{number}. {step.title} ")
        assert f" {turn.result.average})" in line
        if turn.answer.option:
            assert next(o.text for o in step.options if o.id == turn.answer.option) in text
    ending = runner.ending(expected)
    assert ending is not None and ending.title in lines[-1]
