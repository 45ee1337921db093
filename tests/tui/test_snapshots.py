"""Snapshots of every screen at 120x36, on fixed scenarios copied into fixtures/ and a fixed scorer,
with the countdown frozen, cursors not blinking, workers awaited and no typing delay."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from cmsim.tui.app import CmsimApp
from tests.tui.fakes import KeywordScorer
from tests.tui.helpers import freeze_cursors, frozen_clock, settle

FIXTURES = Path(__file__).parent / "fixtures"
LATE_PARCEL = FIXTURES / "late-parcel-en.yaml"
PILE_ON = FIXTURES / "pile-on-en.yaml"
SIZE = (120, 36)
GOOD = "Dan, so sorry: a birthday present late before Saturday is awful. DM us, I'm on it with logistics. ^Sam"
RUDE = "Calm down!!! Not our fault."

Compare = Callable[..., bool]
Steps = Callable[[Pilot[Any]], Awaitable[None]]


def app_for(library: Path, lang: str = "en", theme: str = "dark") -> CmsimApp:
    return CmsimApp(
        scorer=KeywordScorer(),
        library=[library],
        lang=lang,
        theme=theme,
        typing_delay=0,
        clock=frozen_clock,
        name="Alex",
    )


def steps(*actions: str | tuple[str, str]) -> Steps:
    """Key presses ('ctrl+s'), or ('type', text) to fill the focused editor, with the app settled between."""

    async def run(pilot: Pilot[Any]) -> None:
        app = pilot.app
        assert isinstance(app, CmsimApp)
        await settle(app, pilot)
        for action in actions:
            if isinstance(action, tuple):
                from textual.widgets import TextArea

                focused = app.focused
                assert isinstance(focused, TextArea)
                focused.insert(action[1])
                focused.move_cursor(focused.document.end)
            else:
                await pilot.press(action)
            await settle(app, pilot)
        await freeze_cursors(app, pilot)

    return run


def test_home(snap_compare: Compare) -> None:
    assert snap_compare(app_for(FIXTURES), terminal_size=SIZE, run_before=steps())


def test_home_in_french(snap_compare: Compare) -> None:
    assert snap_compare(app_for(FIXTURES, lang="fr"), terminal_size=SIZE, run_before=steps())


def test_play_single_reply_with_a_hint(snap_compare: Compare) -> None:
    run = steps("enter", ("type", "Dan, I'm sorry 🎂 see https://brightbox.example/help"), "f2")
    assert snap_compare(app_for(LATE_PARCEL), terminal_size=SIZE, run_before=run)


def test_play_multi_field_over_the_limit(snap_compare: Compare) -> None:
    run = steps("enter", ("type", RUDE), "ctrl+s", "enter", ("type", "Dan, sorry. " * 30), "ctrl+n", ("type", "urgent"))
    assert snap_compare(app_for(LATE_PARCEL), terminal_size=SIZE, run_before=run)


def test_play_fields_in_tabs(snap_compare: Compare) -> None:
    assert snap_compare(app_for(PILE_ON), terminal_size=SIZE, run_before=steps("enter", "enter", "enter", "ctrl+n"))


def test_play_choice(snap_compare: Compare) -> None:
    run = steps("enter", ("type", GOOD), "ctrl+s", "enter", "down")
    assert snap_compare(app_for(LATE_PARCEL), terminal_size=SIZE, run_before=run)


def test_feedback_with_evidence(snap_compare: Compare) -> None:
    run = steps("enter", ("type", GOOD + " Calm down!!!"), "ctrl+s")
    assert snap_compare(app_for(LATE_PARCEL), terminal_size=SIZE, run_before=run)


def test_feedback_of_a_choice(snap_compare: Compare) -> None:
    run = steps("enter", ("type", GOOD), "ctrl+s", "enter", "enter")
    assert snap_compare(app_for(LATE_PARCEL), terminal_size=SIZE, run_before=run)


def test_debrief(snap_compare: Compare) -> None:
    run = steps("enter", ("type", GOOD), "ctrl+s", "enter", "enter", "enter")
    assert snap_compare(app_for(LATE_PARCEL), terminal_size=SIZE, run_before=run)


def test_profile_with_the_step_detail(snap_compare: Compare) -> None:
    run = steps("enter", ("type", GOOD), "ctrl+s", "enter", "enter", "enter", "p", "d")
    assert snap_compare(app_for(LATE_PARCEL), terminal_size=SIZE, run_before=run)


def test_play_in_the_light_theme(snap_compare: Compare) -> None:
    run = steps("enter", ("type", GOOD), "ctrl+s", "enter", "down", "enter", "enter")
    assert snap_compare(app_for(LATE_PARCEL, theme="light"), terminal_size=SIZE, run_before=run)
