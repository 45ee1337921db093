"""A list item keeps its second line when the list's scrollbar appears: Textual's OptionList measured each
option once, at the width it had before the scrollbar took two columns, so a title that then wrapped
pushed its meta line ("medium · YouTube") out of the list (seen at 80×24 after the first-start name box)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from cmsim.tui.screens.home import HomeScreen
from cmsim.tui.widgets.wrapped_list import WrappedOptionList

TITLE = "A title that is rather ab"  # fits the list's width, not that width less a scrollbar


def options(start: int, stop: int) -> list[Option]:
    return [Option(Content.from_markup("$title\n[dim]$meta[/dim]", title=TITLE, meta=f"meta {i}"), id=f"o{i}")
            for i in range(start, stop)]


async def shown(kind: type[OptionList]) -> list[str]:
    class Lists(App[None]):
        CSS = "OptionList { width: 30; height: 10; }"

        def compose(self) -> ComposeResult:
            yield kind(id="list")

    app = Lists()
    async with app.run_test(size=(40, 12)) as pilot:
        listed = app.query_one("#list", OptionList)
        listed.add_options(options(0, 2))  # no scrollbar yet
        await pilot.pause()
        listed.add_options(options(2, 6))  # now one
        await pilot.pause()
        await pilot.pause()
        return [listed.render_line(y).text.rstrip() for y in range(10)]


async def test_textual_s_own_list_loses_the_line_under_a_title_that_wraps_once_the_scrollbar_shows() -> None:
    assert "meta 2" not in await shown(OptionList)  # the check can fail


async def test_every_item_keeps_its_meta_line_when_the_scrollbar_appears() -> None:
    lines = await shown(WrappedOptionList)
    assert lines[:6] == ["A title that is rather", "ab", "meta 0", "A title that is rather", "ab", "meta 1"]
    assert "meta 2" in lines


async def test_the_home_list_is_a_wrapped_list() -> None:
    from pathlib import Path

    from cmsim.tui.app import CmsimApp
    from cmsim.tui.screens.play import ChoiceList
    from tests.tui.fakes import KeywordScorer
    from tests.tui.helpers import frozen_clock, settle

    library = Path(__file__).parent / "fixtures"
    app = CmsimApp(scorer=KeywordScorer(), library=[library], typing_delay=0, clock=frozen_clock, name="Alex")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert isinstance(app.screen.query_one("#scenarios"), WrappedOptionList)
    assert issubclass(ChoiceList, WrappedOptionList)
