"""What the app does beyond the happy path: errors keep the draft, counts follow the platform, the
countdown, typing delays, the palette, remapped keys, language and filters."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, TextArea

from cmsim.authoring.load import load_scenario
from cmsim.model.scenario import Field
from cmsim.tui.app import CmsimApp
from cmsim.tui.commands import ActionsProvider
from cmsim.tui.screens.feedback import FeedbackScreen
from cmsim.tui.screens.home import HomeScreen
from cmsim.tui.screens.play import PlayScreen
from cmsim.tui.strings import STRINGS
from cmsim.tui.widgets.composer import Composer, FieldEditor, field_limit
from cmsim.tui.widgets.countdown import Countdown, clock_text
from cmsim.tui.widgets.feed import Feed, FeedPost, TypingIndicator
from cmsim.tui.widgets.settings import SettingsPanel
from tests.tui.fakes import FlakyScorer, KeywordScorer
from tests.tui.helpers import frozen_clock, settle, shown

FIXTURES = Path(__file__).parent / "fixtures"
LATE_PARCEL = FIXTURES / "late-parcel-en.yaml"


def app_for(library: Path = LATE_PARCEL, **options: object) -> CmsimApp:
    settings: dict[str, object] = {"scorer": KeywordScorer(), "typing_delay": 0, "clock": frozen_clock, "name": "Alex"}
    settings.update(options)
    return CmsimApp(library=[library], **settings)  # type: ignore[arg-type]


def test_french_and_english_strings_have_the_same_keys() -> None:
    assert set(STRINGS["fr"]) == set(STRINGS["en"])
    assert all(STRINGS["fr"][k].count("{") == STRINGS["en"][k].count("{") for k in STRINGS["en"])


async def test_a_scoring_error_notifies_and_keeps_the_draft() -> None:
    app = app_for(scorer=FlakyScorer(failures=1))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press(*"Dan, sorry")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PlayScreen)
        editor = screen.query_one("#editor-reply", TextArea)
        assert editor.text == "Dan, sorry" and not editor.read_only
        assert any("the scoring endpoint is down" in str(n.message) for n in app._notifications)
        await pilot.press("!", "ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, FeedbackScreen)
        assert app.screen.turn.answer.fields == {"reply": "Dan, sorry!"}


async def test_an_empty_answer_is_not_submitted() -> None:
    app = app_for()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("space", "ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen) and not app.screen.state.turns


async def test_the_count_follows_the_platform_and_warns_past_the_limit() -> None:
    x = Field(id="reply", label="Reply", platform="x")
    assert field_limit(x) == 280
    assert field_limit(Field(id="n", label="Note", kind="internal")) > 280
    assert field_limit(Field(id="r", label="R", platform="x", max_chars=50)) == 50
    app = app_for()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        editor = app.screen.query_one(FieldEditor)
        editor.editor.text = "🎂 https://example.com/a/very/long/link"
        await settle(app, pilot)
        assert shown(editor.query_one(".field-count")) == "26/280"  # emoji 2 + space 1 + URL 23
        assert not editor.has_class("over")
        editor.editor.text = "a" * 281
        await settle(app, pilot)
        assert editor.has_class("over") and "1 over the limit" in shown(editor.query_one(".field-count"))


async def test_the_countdown_runs_on_the_injected_clock() -> None:
    now = [0.0]
    app = app_for(clock=lambda: now[0])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        countdown = app.screen.query_one(Countdown)
        assert "05:00 left" in shown(countdown)
        now[0] = 290.0
        countdown.tick()
        assert "00:10 left" in shown(countdown) and countdown.has_class("low")
        now[0] = 312.0
        countdown.tick()
        await settle(app, pilot)
        assert "+00:12" in shown(countdown) and countdown.has_class("overtime")
        await pilot.press(*"Dan", "ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, FeedbackScreen)
        assert app.screen.turn.elapsed == 312.0 and app.screen.turn.overtime
    assert clock_text(61.2) == "01:02" and clock_text(-5) == "00:00"


async def test_community_messages_arrive_after_a_typing_delay() -> None:
    app = app_for(typing_delay=1.0)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        for _ in range(40):  # a loaded machine may take a moment to push the play screen
            if app.screen.query(Feed):
                break
            await pilot.pause(0.05)
        feed = app.screen.query_one(Feed)
        assert not feed.settled and feed.query(TypingIndicator)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert feed.settled and not feed.query(TypingIndicator)
        assert len(feed.query(FeedPost)) == len(load_scenario(LATE_PARCEL).scenario.thread)


async def test_the_palette_offers_the_actions_of_the_screen() -> None:
    app = app_for()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        provider = ActionsProvider(app.screen)
        found = [hit.text async for hit in provider.discover()]
        assert {"Submit", "Hint", "Charter", "Home", "Theme"} <= set(found)
        assert "Next field" not in found  # one field only at this step
        hits = [hit async for hit in provider.search("subm")]
        assert [h.text for h in hits] == ["Submit"]
        await hits[0].command()
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen)  # nothing typed yet: a warning, no submission
        assert not app.screen.state.turns


async def test_keys_can_be_remapped_by_binding_id() -> None:
    app = app_for(keymap={"play.submit": "ctrl+e", "app.theme": "f9"})
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("f9")
        assert app.theme == "textual-light"
        await pilot.press("enter")
        await settle(app, pilot)
        app.screen.query_one(Composer).editors[0].editor.text = "Dan, sorry"
        await pilot.press("ctrl+e")
        await settle(app, pilot)
        assert isinstance(app.screen, FeedbackScreen)


async def test_language_switch_and_filters_narrow_the_library() -> None:
    app = CmsimApp(library=[FIXTURES], lang="en", typing_delay=0, clock=frozen_clock, name="Alex")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        options = app.screen.query_one("#scenarios", OptionList)
        assert options.option_count == 2
        app.screen.query_one(SettingsPanel).set_value("platform", "instagram")
        await settle(app, pilot)
        assert options.option_count == 1
        assert "1 of 2" in shown(app.screen.query_one("#list-title"))
        await pilot.press("f2")
        await settle(app, pilot)
        assert app.language == "fr" and isinstance(app.screen, HomeScreen)
        assert "Scénarios" in shown(app.screen.query_one("#list-title"))
        french = app.screen.query_one("#scenarios", OptionList)
        assert app.screen.query_one(SettingsPanel).value("platform") == "instagram"
        assert french.option_count == 0  # the French fixture is on X, and the Instagram filter stays
        app.screen.query_one(SettingsPanel).set_value("platform", None)
        await settle(app, pilot)
        assert french.option_count == 1
        assert french.get_option_at_index(0).id == "late-parcel-fr"


async def test_the_settings_panel_is_driven_by_arrows() -> None:
    app = CmsimApp(library=[FIXTURES], lang="en", typing_delay=0, clock=frozen_clock, name="Alex")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        panel = app.screen.query_one(SettingsPanel)
        panel.focus()
        await pilot.press("down", "down", "down", "down", "right", "right")  # platform: any → x → instagram
        await settle(app, pilot)
        assert app.filters.platform == "instagram"
        assert app.screen.query_one("#scenarios", OptionList).option_count == 1
        await pilot.press("up", "up", "up", "up", "right")  # language: English → Français
        await settle(app, pilot)
        assert app.language == "fr"


async def test_f2_keeps_the_focus_on_the_list_so_enter_plays_and_does_not_switch_back() -> None:
    app = CmsimApp(library=[FIXTURES], lang="en", typing_delay=0, clock=frozen_clock, name="Alex")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.screen.focused is not None and app.screen.focused.id == "scenarios"
        await pilot.press("f2")
        await settle(app, pilot)
        assert app.language == "fr"
        assert app.screen.focused is not None and app.screen.focused.id == "scenarios"
        await pilot.press("enter")  # plays the French scenario highlighted (it switched the language back)
        await settle(app, pilot)
        assert app.language == "fr" and not isinstance(app.screen, HomeScreen)
