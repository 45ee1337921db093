"""The TUI on the session store: answers committed as submitted, drafts saved and restored on resume
(timer included), the profile of ``cmsim profile``, and locked, timed, feedback-free assessments."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

from textual import events
from textual.widgets import Input, TextArea

from cmsim.cli import main
from cmsim.report.data import build_report
from cmsim.report.markdown import render_markdown
from cmsim.store.db import Store
from cmsim.tui.app import CmsimApp
from cmsim.tui.screens.debrief import AssessmentDoneScreen
from cmsim.tui.screens.feedback import FeedbackScreen
from cmsim.tui.screens.home import HomeScreen
from cmsim.tui.screens.play import DRAFT_DELAY, PlayScreen
from cmsim.tui.screens.profile import ProfileScreen
from cmsim.tui.widgets.composer import Composer
from cmsim.tui.widgets.countdown import Countdown
from tests.tui.fakes import KeywordScorer
from tests.tui.helpers import bar_value, settle, shown

FIXTURES = Path(__file__).parent / "fixtures"
LATE_PARCEL = FIXTURES / "late-parcel-en.yaml"


class Clock:
    """A wall clock the test moves by hand (shared by the app's countdown and the store's timers)."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def app_for(clock: Clock, library: Path = LATE_PARCEL) -> CmsimApp:
    return CmsimApp(scorer=KeywordScorer(), library=[library], typing_delay=0, clock=clock, name="Alex")


async def test_submitted_turns_and_drafts_are_saved_and_resume_restores_them() -> None:
    clock = Clock()
    app = app_for(clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press(*"Calm down")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, FeedbackScreen)
        turn = app.screen.turn
        await pilot.press("enter")
        await settle(app, pilot)
        play = app.screen
        assert isinstance(play, PlayScreen)
        session_id = play.play.session_id
        [stored] = app.store().turns(session_id)
        assert (stored.step_id, stored.result, stored.goto) == (turn.step_id, turn.result, turn.goto)
        clock.now += 30
        await pilot.press(*"Dan, sorry")
        await pilot.pause(DRAFT_DELAY + 0.2)
        await app.workers.wait_for_complete()
        assert app.store().draft(session_id, "pile-on") == {"public": "Dan, sorry", "note": ""}
    clock.now += 3600  # closed for an hour: practice does not count it
    again = app_for(clock)
    async with again.run_test(size=(120, 36)) as pilot:
        await settle(again, pilot)
        home = again.screen
        assert isinstance(home, HomeScreen)
        assert "Where is my parcel?, at step 2" in shown(home.query_one("#resume"))
        await pilot.press("f5")
        await settle(again, pilot)
        play = again.screen
        assert isinstance(play, PlayScreen)
        assert play.play.session_id == session_id
        assert play.runner.current_step(play.state).id == "pile-on"
        assert play.query_one(Composer).drafts() == {"public": "Dan, sorry", "note": ""}
        assert 29 <= play.play.elapsed() <= 31  # the step's timer, without the hour away


async def test_the_profile_screen_shows_what_cmsim_profile_prints() -> None:
    clock = Clock()
    app = app_for(clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        for keys in (["enter"], [*"Dan, sorry about the birthday", "ctrl+s"], ["enter"], ["enter"], ["enter"]):
            await pilot.press(*keys)
            await settle(app, pilot)
        await pilot.press("p")
        await settle(app, pilot)
        profile = app.screen
        assert isinstance(profile, ProfileScreen)
        bars = {b.id: bar_value(shown(b)) for b in profile.query(".quality-bar")}
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["profile", "Alex", "--json"]) == 0
    printed = json.loads(out.getvalue())["qualities"]
    for quality, data in printed.items():
        expected = "—" if data["score"] is None else str(round(data["score"]))
        assert bars[f"score-{quality}"] == expected


async def test_an_assessment_shows_no_feedback_auto_submits_and_records_signals() -> None:
    clock = Clock()
    with Store.open(now=clock) as store:
        store.create_campaign("cm-junior", "en", [str(LATE_PARCEL)], step_limit=60, hints=False)
    app = app_for(clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("f3")
        await settle(app, pilot)
        assert app.screen.query_one("#candidate", Input).has_focus
        await pilot.press(*"Sam Candidate", "enter", "enter")
        await settle(app, pilot)
        play = app.screen
        assert isinstance(play, PlayScreen) and play.play.assessing
        assert not play.check_action("hint", ())
        area = play.query_one(TextArea)
        area.post_message(events.Paste("Dan, I am so sorry about the birthday present. " * 3))
        await settle(app, pilot)
        assert "birthday present" in area.text
        clock.now += 61
        play.query_one(Countdown).tick()
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen)  # no feedback screen in an assessment
        assert app.screen.runner.current_step(app.screen.state).id != "first-reply"
        session_id = play.play.session_id
        store = app.store()
        [turn] = store.turns(session_id)
        assert turn.answer.fields["reply"].startswith("Dan, I am so sorry") and turn.overtime
        kinds = [s.kind for s in store.signals(session_id)]
        assert "paste" in kinds and "auto-submitted" in kinds
        step = app.screen.runner.current_step(app.screen.state)
        if step.kind == "choice":
            await pilot.press("enter")
        else:
            app.screen.query_one(Composer).editors[0].editor.text = "Dan, sorry. ^Sam"
            await pilot.press("ctrl+s")
        await settle(app, pilot)
        while isinstance(app.screen, PlayScreen):
            screen = app.screen
            for editor in screen.query(Composer).results():
                for field in editor.editors:
                    field.editor.text = "Noted, on it."
            await pilot.press("ctrl+s" if screen.query(Composer) else "enter")
            await settle(app, pilot)
        assert isinstance(app.screen, AssessmentDoneScreen)
        assert store.sessions(store.find_person("Sam Candidate"))[0].finished


async def test_a_hint_asked_in_the_tui_reads_as_words_in_the_report() -> None:
    clock = Clock()
    with Store.open(now=clock) as store:
        store.create_campaign("with-hints", "en", [str(LATE_PARCEL)], hints=True)
    app = app_for(clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("f3")
        await settle(app, pilot)
        await pilot.press(*"Hana Hint", "enter", "enter")
        await settle(app, pilot)
        play = app.screen
        assert isinstance(play, PlayScreen) and play.play.assessing
        assert play.check_action("hint", ())
        await pilot.press("f2")
        await settle(app, pilot)
        session_id = play.play.session_id
    with Store.open(now=clock) as store:
        [signal] = store.signals(session_id)
        assert (signal.kind, signal.detail) == ("hint", {"number": 1})
        person = store.find_person("Hana Hint")
        assert person is not None
        for lang in ("en", "fr"):
            report = build_report(store, person, store.sessions(person), lang=lang)
            [line] = report.sessions[0].signals
            words = "asked for hint 1" if lang == "en" else "a demandé l'indice 1"
            assert line.endswith(words), line
            markdown = render_markdown(report)
            assert words in markdown and "{'hint'" not in markdown
