"""Snapshots of the crisis room (feed, queue, reply, escalation, debrief) at 120x36 and 80x24, in English,
and the queue and the debrief in French, on fixed scenarios with a fixed scorer and a clock the test moves; the
escalation of the last item of a long queue (it stays in view above the composer) in both languages and sizes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from cmsim.model.crisis import Action
from tests.tui.crisis_kit import RECALL, VIDEO, advance, crisis_app, launch, perform, pick, quiet, type_text
from tests.tui.fakes import KeywordScorer

Compare = Callable[..., bool]
SIZES = {"wide": (120, 36), "narrow": (80, 24)}
REPLY = "Sarah, I'm so sorry about Leo's night in A&E. Batch L2291 is recalled today. Please DM us? ^Jo"
NOTE = "Press: Dan Okafor publishes in 5 minutes. Urgent: we need a statement on the L2291 recall now."


def scene(path: Path, view: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run(pilot: Pilot[Any]) -> None:
        app = pilot.app
        screen = await launch(app, pilot, path)  # type: ignore[arg-type]
        clock = app.clock
        english = path == RECALL
        await advance(app, pilot, clock, 75)  # type: ignore[arg-type]
        if view == "feed":  # the queue view shows the brief (nothing picked yet); a move in the feed, its item
            await pilot.press("tab", "up")
        elif view == "reply":
            await pick(app, pilot, "mum" if english else "cliente")  # type: ignore[arg-type]
            await pilot.press("r")
            await type_text(app, pilot, REPLY)  # type: ignore[arg-type]
        elif view == "escalation":
            await pick(app, pilot, "reporter" if english else "journaliste")  # type: ignore[arg-type]
            await pilot.press("e", "down")
            await type_text(app, pilot, NOTE)  # type: ignore[arg-type]
        elif view == "escalation-late":  # the queue is longer than the room the composer leaves it
            await advance(app, pilot, clock, 90)  # type: ignore[arg-type]
            queue = screen.query_one("#crisis-queue", OptionList)
            last = queue.get_option_at_index(queue.option_count - 1).id
            await pick(app, pilot, last or "")  # type: ignore[arg-type]
            await pilot.press("e")
            await type_text(app, pilot, NOTE)  # type: ignore[arg-type]
        elif view == "debrief":
            teams = list(screen.scenario.teams)
            item = "mum" if english else "cliente"
            await perform(app, pilot, clock, Action(at=80, item=item, reply=REPLY), teams)  # type: ignore[arg-type]
            await perform(app, pilot, clock, Action(at=90, item="troll", hide=True), teams)  # type: ignore[arg-type]
            await pilot.press("ctrl+x")
        await quiet(app, pilot)  # type: ignore[arg-type]

    return run


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("view", ["queue", "feed", "reply", "escalation", "escalation-late", "debrief"])
def test_crisis_room(snap_compare: Compare, view: str, size: str) -> None:
    app, _clock = crisis_app(KeywordScorer())
    assert snap_compare(app, terminal_size=SIZES[size], run_before=scene(RECALL, view))


@pytest.mark.parametrize("view", ["queue", "escalation", "debrief"])
def test_crisis_room_in_french(snap_compare: Compare, view: str) -> None:
    app, _clock = crisis_app(KeywordScorer(), lang="fr")
    assert snap_compare(app, terminal_size=SIZES["narrow"], run_before=scene(VIDEO, view))


@pytest.mark.parametrize("size", sorted(SIZES))
def test_crisis_escalation_late_in_french(snap_compare: Compare, size: str) -> None:
    app, _clock = crisis_app(KeywordScorer(), lang="fr")
    assert snap_compare(app, terminal_size=SIZES[size], run_before=scene(VIDEO, "escalation-late"))
