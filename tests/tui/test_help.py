"""The palette lists each command once and nothing generic; "help" finds Help; F1 opens the help (the six
qualities, scoring, the keys) and Escape closes it; Escape closes the keys panel."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmsim.model.qualities import QUALITIES, label
from cmsim.tui.app import CmsimApp
from cmsim.tui.commands import ActionsProvider
from cmsim.tui.screens.help import HelpScreen
from cmsim.tui.screens.home import HomeScreen
from cmsim.tui.screens.play import PlayScreen
from cmsim.tui.strings import tr
from tests.tui.fakes import KeywordScorer
from tests.tui.helpers import frozen_clock, settle, shown

FIXTURES = Path(__file__).parent / "fixtures"
GENERIC = {"Up", "Down", "Scroll Left", "Scroll Right", "Page Up", "Page Down", "Top", "Bottom", "Select"}


def app_for(lang: str = "en") -> CmsimApp:
    library = [FIXTURES / f"late-parcel-{lang}.yaml"]
    return CmsimApp(scorer=KeywordScorer(), library=library, lang=lang, typing_delay=0, clock=frozen_clock, name="Alex")


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_the_palette_lists_each_command_once_and_nothing_generic(lang: str) -> None:
    app = app_for(lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        for _screen in ("home", "play"):
            found = [hit.text async for hit in ActionsProvider(app.screen).discover()]
            assert len(found) == len(set(found)), found
            assert not GENERIC & {str(f) for f in found}
            assert tr(lang, "key.help") in found and tr(lang, "key.quit") in found
            await pilot.press("enter")
            await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen)


async def test_help_finds_help_and_opens_it() -> None:
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        hits = [hit async for hit in ActionsProvider(app.screen).search("help")]
        assert hits and hits[0].text == "Help"
        await hits[0].command()
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(shown(w) for w in app.screen.query(".help-quality"))
        assert all(label(q, "en") in text for q in QUALITIES)
        assert "70" in shown(app.screen.query_one("#help-scoring"))
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_f1_opens_help_and_escape_closes_the_keys_panel_without_leaving_the_screen() -> None:
    app = app_for("fr")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("f1")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        keys = " ".join(shown(w) for w in app.screen.query(".help-key"))
        assert tr("fr", "key.submit") in keys
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen)
        app.action_toggle_keys()
        await settle(app, pilot)
        assert app.screen.query("HelpPanel")
        await pilot.press("escape")
        await settle(app, pilot)
        assert not app.screen.query("HelpPanel")
        assert isinstance(app.screen, PlayScreen)  # Escape closed the panel, it did not go home
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_a_digit_chooses_the_numbered_option() -> None:
    from cmsim.tui.screens.feedback import FeedbackScreen

    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press(*"Dan, so sorry. DM us. ^Sam")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen)
        step = app.screen.play.step()
        assert step.kind == "choice"
        await pilot.press("2")
        await settle(app, pilot)
        assert isinstance(app.screen, FeedbackScreen)
        assert app.screen.turn.answer.option == step.options[1].id


async def test_choice_feedback_shows_the_best_option() -> None:
    from cmsim.tui.screens.feedback import FeedbackScreen

    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press(*"Dan, so sorry. DM us. ^Sam", "ctrl+s")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen)
        step = app.screen.play.step()
        best = max(step.options, key=lambda o: sum(o.scores.values()) / len(o.scores))
        worse = next(i for i, o in enumerate(step.options, 1) if o.id != best.id)
        await pilot.press(str(worse))
        await settle(app, pilot)
        assert isinstance(app.screen, FeedbackScreen)
        assert best.text in shown(app.screen.query_one("#best-option"))


async def test_help_and_quit_typed_in_english_find_the_french_commands() -> None:
    app = app_for("fr")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        for typed, expected in (("help", "Aide"), ("quit", "Quitter"), ("aide", "Aide"), ("theme", "Thème")):
            hits = [hit async for hit in ActionsProvider(app.screen).search(typed)]
            assert hits and hits[0].text == expected, (typed, [h.text for h in hits])
        hits = [hit async for hit in ActionsProvider(app.screen).search("help")]
        await hits[0].command()
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_a_search_that_finds_nothing_says_so_in_the_ui_language(lang: str) -> None:
    from textual.command import CommandList, CommandPalette

    app = app_for(lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"zzqx")
        await pilot.pause(0.8)  # Textual waits half a second before saying nothing matched
        options = app.screen.query_one(CommandList)
        [message] = [str(options.get_option_at_index(i).prompt.renderable)  # type: ignore[union-attr]
                     for i in range(options.option_count)]
        assert message == tr(lang, "palette.none")
        assert "No matches found" not in message
