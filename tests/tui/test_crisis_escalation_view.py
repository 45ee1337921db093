"""Escalating an item low in a long triage queue: opening the composer shrinks the queue (to eight lines at 80x24),
and the item being escalated must stay in view and highlighted, not left below the fold where it was (the trainee
escalated blind). Also at 120x36, where a long enough queue hid it too; in English and in French."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from cmsim.tui.screens.crisis import CrisisScreen
from cmsim.tui.widgets import crisis_items as ci
from tests.tui.crisis_kit import RECALL, VIDEO, advance, crisis_app, launch, pick
from tests.tui.fakes import KeywordScorer

LATE = 60.0
"""Crisis time by which both fixtures' queues hold more items than the composer leaves room for."""


def visible_lines(box: OptionList) -> list[str]:
    """The lines the list shows, as text."""
    return ["".join(segment.text for segment in box.render_line(y)) for y in range(box.size.height)]


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_the_item_being_escalated_stays_in_the_queue_view(lang: str, size: tuple[int, int]) -> None:
    app, clock = crisis_app(KeywordScorer(), lang=lang)
    async with app.run_test(size=size) as pilot:
        screen = await launch(app, pilot, RECALL if lang == "en" else VIDEO)
        await advance(app, pilot, clock, LATE)
        assert isinstance(screen, CrisisScreen)
        queue = screen.query_one("#crisis-queue", OptionList)
        last = queue.get_option_at_index(queue.option_count - 1).id
        assert last is not None
        await pick(app, pilot, last)
        await pilot.press("e")
        await pilot.pause()
        await pilot.pause()
        assert screen.composing == "escalate" and screen.target is not None and screen.target.id == last
        # the composer took its room: the queue holds fewer lines than its items need (else the test proves nothing)
        assert queue.virtual_size.height > queue.size.height
        assert queue.highlighted == queue.option_count - 1
        arrival = screen.target
        head = f"{arrival.item.author} {ci.clock(arrival.at)}"
        shown = visible_lines(queue)
        assert any(head in line for line in shown), (head, shown)
