"""Driving the crisis room in tests: a clock the test moves, the crisis launched, items picked by id."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import OptionList, TextArea
from textual.widgets.option_list import OptionDoesNotExist

from cmsim.authoring.crisis import load_crisis
from cmsim.model.crisis import Action
from cmsim.scoring.base import Scorer
from cmsim.tui.app import CmsimApp
from cmsim.tui.screens.crisis import CrisisScreen
from tests.tui.helpers import freeze_cursors, settle

CRISIS_FIXTURES = Path(__file__).parent / "crisis_fixtures"
RECALL = CRISIS_FIXTURES / "crisis-recall-en.yaml"
VIDEO = CRISIS_FIXTURES / "crisis-video-fr.yaml"


class StepClock:
    """Wall time that only moves when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def crisis_app(scorer: Scorer, lang: str = "en", db: Path | None = None) -> tuple[CmsimApp, StepClock]:
    clock = StepClock()
    app = CmsimApp(scorer=scorer, library=[CRISIS_FIXTURES], lang=lang, typing_delay=0, clock=clock,
                   name="Alex", db=db)
    return app, clock


async def launch(app: CmsimApp, pilot: Pilot[Any], path: Path, mode: str = "practice") -> CrisisScreen:
    await settle(app, pilot)
    app.start_crisis(load_crisis(path), mode)  # type: ignore[arg-type]
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, CrisisScreen)
    screen.tick()  # the first tick only starts the wall clock
    return screen


async def advance(app: CmsimApp, pilot: Pilot[Any], clock: StepClock, to: float) -> None:
    """Move the crisis clock to ``to`` seconds (at full speed, not paused)."""
    screen = app.screen
    assert isinstance(screen, CrisisScreen)
    clock.now += to - screen.run.state.now
    screen.tick()
    await settle(app, pilot)


async def pick(app: CmsimApp, pilot: Pilot[Any], item_id: str) -> None:
    """Put the cursor of the queue (or of the feed, when the item left the queue) on ``item_id``."""
    screen = app.screen
    assert isinstance(screen, CrisisScreen)
    for list_id in ("#crisis-queue", "#crisis-feed"):
        box = screen.query_one(list_id, OptionList)
        try:
            index = box.get_option_index(item_id)
        except OptionDoesNotExist:
            continue
        box.focus()
        box.highlighted = index
        await settle(app, pilot)
        return
    raise AssertionError(f"item {item_id} is neither in the queue nor in the feed")


async def type_text(app: CmsimApp, pilot: Pilot[Any], text: str) -> None:
    area = app.screen.query_one("#crisis-text", TextArea)
    area.insert(text)
    await settle(app, pilot)


async def perform(app: CmsimApp, pilot: Pilot[Any], clock: StepClock, action: Action, teams: list[str]) -> None:
    """Do ``action`` the way a trainee does: move the clock, pick the item, press the keys, type."""
    await advance(app, pilot, clock, action.at)
    if action.item is not None:
        await pick(app, pilot, action.item)
    kind = action.kind
    if kind in ("hide", "like", "pin", "skip"):
        await pilot.press({"hide": "h", "like": "l", "pin": "p", "skip": "s"}[kind])
    elif kind == "reply":
        await pilot.press("r")
        await type_text(app, pilot, action.text)
        await pilot.press("ctrl+s")
    elif kind == "escalate":
        await pilot.press("e")
        await pilot.press(*["down"] * teams.index(action.escalate or ""), "enter")
        await type_text(app, pilot, action.text)
        await pilot.press("ctrl+s")
    else:
        await pilot.press("w")
        await type_text(app, pilot, action.text)
        await pilot.press("ctrl+s")
    await settle(app, pilot)


async def quiet(app: CmsimApp, pilot: Pilot[Any]) -> None:
    """No toast and no blinking cursor: a screen that can be photographed."""
    app.clear_notifications()
    await freeze_cursors(app, pilot)
