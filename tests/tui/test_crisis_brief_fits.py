"""The crisis room's brief, shown before an item is picked, keeps its action hint on screen at both sizes and in both
languages (the French brief at 80x24 pushed the hint under the fold of its fixed-height box); once an item is picked
the box goes back to its height."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from cmsim.tui.screens.crisis import CrisisScreen
from cmsim.tui.strings import tr
from tests.tui.crisis_kit import RECALL, VIDEO, advance, crisis_app, launch
from tests.tui.fakes import KeywordScorer
from tests.tui.helpers import settle


def _needed(detail: Static) -> int:
    """Lines the box's content takes at its width."""
    return detail.get_content_height(detail.size, detail.app.size, detail.content_size.width)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["narrow", "wide"])
@pytest.mark.parametrize(("path", "lang"), [(RECALL, "en"), (VIDEO, "fr")], ids=["en", "fr"])
async def test_the_brief_shows_its_hint_whole(path: Path, lang: str, size: tuple[int, int]) -> None:
    app, clock = crisis_app(KeywordScorer(), lang=lang)
    async with app.run_test(size=size) as pilot:
        screen = await launch(app, pilot, path)
        await advance(app, pilot, clock, 75)
        detail = screen.query_one("#crisis-detail", Static)
        hint = tr(lang, "crisis.detail_empty")
        assert hint in str(detail.render())  # the brief shows, its hint after it
        assert detail.content_size.height >= _needed(detail) > 4, "every line of the brief and its hint is on screen"
        footer_top = screen.query_one("Footer").region.y
        assert detail.region.bottom <= footer_top
        queue = screen.query_one("#crisis-queue")
        assert queue.region.height >= 6, "the queue keeps room for its items"
        await pilot.press("down")  # a pick: the item's detail in the box's own height
        await settle(app, pilot)
        assert isinstance(app.screen, CrisisScreen)
        assert not detail.has_class("-brief")
        assert hint not in str(detail.render())
