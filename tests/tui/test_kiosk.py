"""Kiosk assessment mode and the local lock: once an assessment is open nothing switches to practice; in
kiosk mode the candidate gets the briefing, agrees before anything is stored, then nothing but the
campaign — no home, no palette, no quit, no feedback, no revealing ending — and a reload resumes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from textual.widgets import Button, Input, TextArea

from cmsim.store.db import Store
from cmsim.tui.app import CmsimApp
from cmsim.tui.kiosk import Kiosk
from cmsim.tui.screens.briefing import BriefingScreen
from cmsim.tui.screens.debrief import AssessmentDoneScreen, DebriefScreen
from cmsim.tui.screens.feedback import FeedbackScreen
from cmsim.tui.screens.home import HomeScreen
from cmsim.tui.screens.play import DRAFT_DELAY, PlayScreen
from cmsim.tui.screens.profile import ProfileScreen
from cmsim.tui.widgets.composer import Composer
from cmsim.tui.widgets.settings import SettingsPanel
from tests.tui.fakes import KeywordScorer
from tests.tui.helpers import settle, shown

FIXTURES = Path(__file__).parent / "fixtures"
LATE_PARCEL = FIXTURES / "late-parcel-en.yaml"


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def make_campaign(clock: Clock, step_limit: int | None = 120) -> None:
    with Store.open(now=clock) as store:
        store.create_campaign("cm-junior", "en", [str(LATE_PARCEL)], step_limit=step_limit, hints=False)


def kiosk_app(clock: Clock, **kw: str) -> CmsimApp:
    return CmsimApp(
        scorer=KeywordScorer(),
        library=[LATE_PARCEL],
        typing_delay=0,
        clock=clock,
        kiosk=Kiosk(campaign="cm-junior", candidate="Kim Candidate", **kw),
    )


def people_rows() -> list[str]:
    with Store.open() as store:
        return [p.name for p in store.people()]


async def test_once_an_assessment_is_open_nothing_switches_back_to_practice() -> None:
    clock = Clock()
    make_campaign(clock)
    app = CmsimApp(scorer=KeywordScorer(), library=[LATE_PARCEL], typing_delay=0, clock=clock, name="Alex")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("f3")
        await settle(app, pilot)
        await pilot.press(*"Sam", "enter", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen) and app.screen.play.assessing
        await pilot.press("escape")  # a candidate may step back to the home screen…
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("f3")  # …but F3 no longer switches to practice
        await settle(app, pilot)
        assert app.mode == "assessment"
        assert not [s for s in app.screen.query_one(SettingsPanel).settings if s.id == "mode"]
        await pilot.press("f4")  # and the trainee's profile is not offered
        await settle(app, pilot)
        assert not isinstance(app.screen, ProfileScreen)
        assert not app.screen.check_action("toggle_mode", ())
        await app.screen._switch_mode("practice")  # not even through the settings' message
        assert app.mode == "assessment"


async def test_the_briefing_comes_first_and_nothing_is_stored_before_i_agree() -> None:
    clock = Clock()
    make_campaign(clock)
    app = kiosk_app(clock, retention="6 months, then deleted")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        text = shown(screen.query_one("#briefing-body"))
        assert "1 scenario, 3 steps at most" in text and "120 s per step" in text
        assert "integrity signals" in text and "cm-junior" in text and "6 months, then deleted" in text
        charter = " ".join(shown(w) for w in screen.query("#briefing-brands CharterPanel"))
        assert "^Sam" in charter  # the signature every reply is scored against, before the clock starts
        for key in ("ctrl+q", "ctrl+p", "escape", "f3", "f4", "ctrl+c"):
            await pilot.press(key)
            await settle(app, pilot)
        assert app.is_running and isinstance(app.screen, BriefingScreen)
        assert people_rows() == []  # nothing about the candidate yet
        screen.query_one("#agree", Button).press()
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen) and app.screen.play.assessing
        assert people_rows() == ["Kim Candidate"]
        with Store.open() as store:
            raw = sqlite3.connect(store.path)
            assert raw.execute("SELECT COUNT(*) FROM consents").fetchone()[0] == 1
            raw.close()


async def test_kiosk_keys_do_nothing_and_the_end_reveals_nothing() -> None:
    clock = Clock()
    make_campaign(clock)
    app = kiosk_app(clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.screen.query_one("#agree", Button).press()
        await settle(app, pilot)
        play = app.screen
        assert isinstance(play, PlayScreen)
        for key in ("escape", "ctrl+q", "ctrl+p", "f2", "ctrl+c"):
            await pilot.press(key)
            await settle(app, pilot)
        assert app.is_running and app.screen is play
        assert not app.check_action("quit", ()) and not app.use_command_palette
        steps = 0
        while isinstance(app.screen, PlayScreen):
            screen = app.screen
            for composer in screen.query(Composer).results():
                for field in composer.editors:
                    field.editor.text = "Calm down. Not our fault!!!"
            await pilot.press("ctrl+s" if screen.query(Composer) else "enter")
            await settle(app, pilot)
            assert not isinstance(app.screen, (FeedbackScreen, DebriefScreen))
            steps += 1
        assert steps >= 2
        done = app.screen
        assert isinstance(done, AssessmentDoneScreen)
        text = " ".join(shown(w) for w in done.query("Static"))
        ending_titles = [e.title for e in play.runner.scenario.endings]
        assert not any(title in text for title in ending_titles)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is done  # no way back to any home
        assert app.check_action("quit", ())  # the campaign is done: the window may close


async def test_a_new_connection_resumes_the_same_step_with_its_draft_and_clock() -> None:
    clock = Clock()
    make_campaign(clock)
    first = kiosk_app(clock)
    async with first.run_test(size=(120, 36)) as pilot:
        await settle(first, pilot)
        first.screen.query_one("#agree", Button).press()
        await settle(first, pilot)
        play = first.screen
        assert isinstance(play, PlayScreen)
        step_id = play.play.step().id
        area = play.query_one(TextArea)
        area.focus()
        await pilot.press(*"Dan, so sorry")
        await pilot.pause(DRAFT_DELAY + 0.2)
        await settle(first, pilot)
    clock.now += 30
    second = kiosk_app(clock)
    async with second.run_test(size=(120, 36)) as pilot:
        await settle(second, pilot)
        play = second.screen
        assert isinstance(play, PlayScreen), "agreed once: no second briefing"
        assert play.play.step().id == step_id
        assert play.query_one(TextArea).text == "Dan, so sorry"
        assert play.play.elapsed() >= 30  # the clock kept running while away
        assert not second.query(Input)


async def test_the_french_briefing_at_80x24_reaches_its_agree_button() -> None:
    from cmsim.authoring.load import find_scenario

    clock = Clock()
    loaded = find_scenario("late-parcel-fr")
    with Store.open(now=clock) as store:
        store.create_campaign("cm-fr", "fr", [str(loaded.path)], step_limit=90)
    app = CmsimApp(
        scorer=KeywordScorer(),
        lang="fr",
        typing_delay=0,
        clock=clock,
        kiosk=Kiosk(campaign="cm-fr", candidate="Léa Candidate"),
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        text = shown(screen.query_one("#briefing-body"))
        for words in ("Ce qui est enregistré", "Qui le voit", "90 s par étape", "cm-fr"):
            assert words in text
        assert "Bonjour Léa Candidate" in shown(screen.query_one("#briefing-hello"))
        agree = screen.query_one("#agree", Button)
        assert agree.has_focus and "J'accepte" in str(agree.label)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen) and app.screen.play.assessing
        assert people_rows() == ["Léa Candidate"]
