"""The crisis room in the TUI: it plays, triages by keyboard, keeps the clock rules of its mode, and gives
exactly the scores of a headless replay of the same actions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from textual.widgets import DataTable, OptionList

from cmsim.authoring.crisis import load_crisis
from cmsim.cli import main
from cmsim.scoring.offline import OfflineScorer
from cmsim.tui.app import CmsimApp
from cmsim.tui.screens.crisis import CrisisScreen
from cmsim.tui.screens.crisis_debrief import CrisisDebriefScreen
from cmsim.tui.widgets.settings import SettingsPanel
from tests.tui.crisis_kit import CRISIS_FIXTURES, RECALL, VIDEO, advance, crisis_app, launch, perform, pick
from tests.tui.fakes import KeywordScorer
from tests.tui.helpers import frozen_clock, settle, shown

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("path", [RECALL, VIDEO], ids=["en", "fr"])
async def test_tui_and_headless_replay_give_the_same_scores(path: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    scenario = load_crisis(path).scenario
    expert = scenario.expert_run()
    assert expert is not None
    # The TUI sends a statement to the crisis's first two networks: the same actions, said so.
    actions = [a.model_copy(update={"platforms": list(scenario.platforms[:2])}) if a.kind == "statement" else a
               for a in expert.actions]
    app, clock = crisis_app(OfflineScorer(), scenario.lang, tmp_path / "s.db")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await launch(app, pilot, path)
        for action in actions:
            await perform(app, pilot, clock, action, list(scenario.teams))
        taken = [t.action for t in screen.run.state.taken]
        await pilot.press("ctrl+x")
        await settle(app, pilot)
        debrief = app.screen
        assert isinstance(debrief, CrisisDebriefScreen)
        tui = debrief.outcome
        await app.workers.wait_for_complete()
    assert taken == actions  # every key press became exactly the intended action, at its second
    answers = tmp_path / "run.yaml"
    answers.write_text(yaml.safe_dump([a.model_dump(exclude_defaults=True) for a in actions], allow_unicode=True))
    assert main(["play", str(path), "--answers", str(answers), "--json"]) == 0
    headless = json.loads(capsys.readouterr().out)
    assert headless["scores"] == {q.value: v for q, v in tui.scores.items()}
    assert headless["triage"] == {c.id: c.score for c in tui.triage.criteria}
    assert (headless["ending"], headless["mood"]) == (tui.ending.id, tui.mood)
    assert tui.ending.outcome == "good"
    # The crisis is one session of the trainee: every scored text and the triage, read by 'cmsim profile'.
    assert main(["profile", "Alex", "--db", str(tmp_path / "s.db"), "--json"]) == 0
    profile = json.loads(capsys.readouterr().out)
    assert profile["sessions"] == 1
    assert profile["qualities"]["teamwork"]["points"] == sum(1 for r in tui.results if "teamwork" in r.scores)


async def test_home_lists_the_crisis_and_enter_starts_it() -> None:
    app, _clock = crisis_app(KeywordScorer())
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("end", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CrisisScreen)
        assert app.screen.scenario.id == "crisis-recall-en"


async def test_the_home_count_counts_the_crises_listed_and_follows_the_filters() -> None:
    app = CmsimApp(library=[FIXTURES, CRISIS_FIXTURES], lang="en", typing_delay=0, clock=frozen_clock, name="Alex")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        options = screen.query_one("#scenarios", OptionList)
        title = screen.query_one("#list-title")
        assert options.option_count == 3 and "(3 of 3)" in shown(title)  # two thread scenarios, one crisis
        screen.query_one(SettingsPanel).set_value("difficulty", "hard")  # pile-on and the recall crisis
        await settle(app, pilot)
        assert options.option_count == 2 and "(2 of 3)" in shown(title)
        screen.query_one(SettingsPanel).set_value("platform", "tiktok")  # the crisis alone: it is previewed
        await settle(app, pilot)
        assert options.option_count == 1 and "(1 of 3)" in shown(title)
        assert options.get_option_at_index(0).id == "crisis:crisis-recall-en"
        assert "crisis" in shown(screen.query_one("#preview"))
        screen.query_one(SettingsPanel).set_value("difficulty", "easy")
        await settle(app, pilot)
        assert options.option_count == 0 and "(0 of 3)" in shown(title)


async def test_practice_pauses_and_slows_the_clock() -> None:
    app, clock = crisis_app(KeywordScorer())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await launch(app, pilot, RECALL)
        await advance(app, pilot, clock, 10)
        await pilot.press("space")
        clock.now += 30
        screen.tick()
        assert screen.run.state.now == 10 and screen.run.paused
        await pilot.press("space", "v")
        clock.now += 30
        screen.tick()
        assert screen.run.state.now == 25  # half speed
        assert "×0.5" in str(screen.query_one("#crisis-status").render())


async def test_an_assessment_cannot_pause_or_slow_the_clock() -> None:
    app, clock = crisis_app(KeywordScorer())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await launch(app, pilot, RECALL, mode="assess")
        await pilot.press("space", "v")
        clock.now += 30
        screen.tick()
        assert screen.run.state.now == 30 and not screen.run.paused and screen.run.speed == 1.0
        assert screen.check_action("pause", ()) is False


async def test_a_refused_reply_keeps_the_text_and_says_why() -> None:
    app, clock = crisis_app(KeywordScorer())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await launch(app, pilot, RECALL)
        await advance(app, pilot, clock, 10)
        await pick(app, pilot, "mum")
        await pilot.press("r")
        await pilot.press("ctrl+s")  # nothing typed: a warning, the composer stays open
        assert screen.composing == "reply"
        await pilot.press("escape")
        assert screen.composing is None and screen.run.state.taken == ()


async def test_the_queue_shows_what_waits_and_drops_what_was_handled() -> None:
    app, clock = crisis_app(KeywordScorer())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await launch(app, pilot, RECALL)
        await advance(app, pilot, clock, 40)
        queue = screen.query_one("#crisis-queue")
        assert "mum" in [queue.get_option_at_index(i).id for i in range(queue.option_count)]  # type: ignore[attr-defined]
        await pick(app, pilot, "mum")
        await pilot.press("s")
        await settle(app, pilot)
        assert "mum" not in [queue.get_option_at_index(i).id for i in range(queue.option_count)]  # type: ignore[attr-defined]
        # Skipping is not handling: the journalist and the mother still count as critical and unanswered.
        assert "Critical unanswered: 2" in str(screen.query_one("#crisis-status").render())


async def test_the_debrief_shows_reactions_misses_and_the_experts_path() -> None:
    app, clock = crisis_app(KeywordScorer())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await launch(app, pilot, RECALL)
        await advance(app, pilot, clock, 10)
        await pick(app, pilot, "mum")
        await pilot.press("l")  # liking is not handling
        await advance(app, pilot, clock, 200)
        feed = screen.query_one("#crisis-feed")
        marked = feed.get_option(  # type: ignore[attr-defined]
            "mum").prompt
        assert "liked" in str(marked)
        await pilot.press("ctrl+x")
        await settle(app, pilot)
        table = app.screen.query_one("#crisis-timeline")
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]  # type: ignore[attr-defined]
    text = "\n".join(" | ".join(r) for r in rows)
    assert "⚡ Nobody answered the reporter" in text
    reporter = next(r for r in rows if "@dan_okafor_news" in r[1])
    assert reporter[2].startswith("✗") and "escalated → PR" in reporter[3]
    mum = next(r for r in rows if "@sarah.m.lives" in r[1])
    assert "liked" in mum[2] and mum[2].startswith("✗")


async def test_the_timeline_shows_a_miss_whole_when_every_item_was_missed() -> None:
    app, clock = crisis_app(KeywordScorer())
    async with app.run_test(size=(120, 36)) as pilot:
        await launch(app, pilot, RECALL)
        await advance(app, pilot, clock, 100)
        await pilot.press("ctrl+x")  # nothing done: every row of "You" is a miss, drawn in red
        await settle(app, pilot)
        table = app.screen.query_one("#crisis-timeline", DataTable)
        you = list(table.columns.values())[2]
        assert you.get_render_width(table) >= len("✗ none") + 2, you  # was the width of "You": "✗ n"
        lines = [" ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]
    assert any("✗ none" in line for line in lines)
