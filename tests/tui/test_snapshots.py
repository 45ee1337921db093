"""Snapshots of every screen at 80x24 and 120x36, in English and in French, on fixed scenarios copied
into fixtures/ and a fixed scorer, with the countdown frozen, cursors not blinking, workers awaited, no
typing delay, a fixed locale and a cmsim home of its own (config, cache and store)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
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


SCREENS: dict[str, tuple[str | tuple[str, str], ...]] = {
    "home": (),
    "play-one-field": ("enter",),
    "play-two-fields": ("enter", ("type", RUDE), "ctrl+s", "enter", ("type", "Sorry. " * 8), "ctrl+n", ("type", "now")),
    "choice": ("enter", ("type", GOOD), "ctrl+s", "enter"),
    "feedback": ("enter", ("type", GOOD + " Calm down!!!"), "ctrl+s"),
    "choice-feedback": ("enter", ("type", GOOD), "ctrl+s", "enter", "enter"),
    "debrief": ("enter", ("type", GOOD), "ctrl+s", "enter", "enter", "enter"),
    "debrief-what-if": (
        *("enter", ("type", RUDE), "ctrl+s", "enter"),
        *(("type", "Sorry, DM us."), "ctrl+s", "enter", "end"),
    ),
    "profile": ("enter", ("type", GOOD), "ctrl+s", "enter", "enter", "enter", "p", "d"),
    "help": ("enter", "f1"),
}


@pytest.fixture(autouse=True)
def _fixed_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.setenv(name, "C.UTF-8")


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_screen(snap_compare: Compare, screen: str, lang: str, size: tuple[int, int]) -> None:
    library = FIXTURES if screen == "home" else FIXTURES / f"late-parcel-{lang}.yaml"
    assert snap_compare(app_for(library, lang=lang), terminal_size=size, run_before=steps(*SCREENS[screen]))


def test_play_single_reply_with_a_hint(snap_compare: Compare) -> None:
    run = steps("enter", ("type", "Dan, I'm sorry 🎂 see https://brightbox.example/help"), "f2")
    assert snap_compare(app_for(LATE_PARCEL), terminal_size=SIZE, run_before=run)


def test_play_multi_field_over_the_limit(snap_compare: Compare) -> None:
    run = steps("enter", ("type", RUDE), "ctrl+s", "enter", ("type", "Dan, sorry. " * 30), "ctrl+n", ("type", "urgent"))
    assert snap_compare(app_for(LATE_PARCEL), terminal_size=SIZE, run_before=run)


def test_play_fields_in_tabs(snap_compare: Compare) -> None:
    assert snap_compare(app_for(PILE_ON), terminal_size=SIZE, run_before=steps("enter", "enter", "enter", "ctrl+n"))


def test_play_in_the_light_theme(snap_compare: Compare) -> None:
    run = steps("enter", ("type", GOOD), "ctrl+s", "enter", "down", "enter", "enter")
    assert snap_compare(app_for(LATE_PARCEL, theme="light"), terminal_size=SIZE, run_before=run)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_profile_asks_whose_when_no_name_was_given(snap_compare: Compare, lang: str, size: tuple[int, int]) -> None:
    app = app_for(FIXTURES / f"late-parcel-{lang}.yaml", lang=lang)
    app.trainee_name = None
    assert snap_compare(app, terminal_size=size, run_before=steps("escape", "f4"))


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_home_asks_whose_progress_once_when_no_name_was_given(snap_compare: Compare, lang: str,
                                                              size: tuple[int, int]) -> None:
    from textual.widgets import Input

    async def typed(pilot: Pilot[Any]) -> None:
        await steps()(pilot)
        pilot.app.screen.query_one(Input).cursor_blink = False
        await pilot.press(*"Camille")
        await settle(pilot.app, pilot)  # type: ignore[arg-type]

    app = app_for(FIXTURES, lang=lang)
    app.trainee_name = None
    assert snap_compare(app, terminal_size=size, run_before=typed)
