"""Keys typed faster than the app handles them (a paste without bracketed paste, a fast typist, a script
driving the terminal) all reach the reply before Ctrl+S sends it: the priority binding used to read the
editor while the last keys were still queued, and sent a reply cut mid-word."""

from __future__ import annotations

from pathlib import Path

from textual import events

from cmsim.tui.app import CmsimApp
from cmsim.tui.screens.feedback import FeedbackScreen
from cmsim.tui.screens.play import PlayScreen
from cmsim.tui.widgets.composer import Composer
from tests.tui.fakes import KeywordScorer
from tests.tui.helpers import frozen_clock, settle

LATE_PARCEL = Path(__file__).parent / "fixtures" / "late-parcel-en.yaml"
REPLY = "Dan, sorry about the wait: DM me your order number and I will chase the carrier today. Sam"


async def test_ctrl_s_right_after_fast_typing_sends_every_key() -> None:
    app = CmsimApp(scorer=KeywordScorer(), library=[LATE_PARCEL], typing_delay=0, clock=frozen_clock, name="Alex")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        play = app.screen
        assert isinstance(play, PlayScreen)
        for char in REPLY:  # queued at once, as a terminal delivers a burst of input
            app.post_message(events.Key("space" if char == " " else char, char))
        app.post_message(events.Key("ctrl+s", None))
        await settle(app, pilot)
        assert isinstance(app.screen, FeedbackScreen)
        assert play.state.turns[-1].answer.fields["reply"] == REPLY


def burst(app: CmsimApp, text: str) -> None:
    for char in text:  # queued at once, as a terminal delivers a burst of input
        app.post_message(events.Key("space" if char == " " else char, char))


async def test_keys_typed_right_after_ctrl_n_land_in_the_next_field() -> None:
    app = CmsimApp(scorer=KeywordScorer(), library=[LATE_PARCEL], typing_delay=0, clock=frozen_clock, name="Alex")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        play = app.screen
        assert isinstance(play, PlayScreen)
        burst(app, "Calm down!!! Not our fault.")
        app.post_message(events.Key("ctrl+s", None))
        await settle(app, pilot)
        await pilot.press("enter")  # on to the step with two fields (the thread heated up)
        await settle(app, pilot)
        assert app.screen is play and play.play.step().id == "pile-on"
        burst(app, "Dan, sorry.")
        app.post_message(events.Key("ctrl+n", None))
        burst(app, "Urgent: parcel 4471.")
        app.post_message(events.Key("ctrl+n", None))
        burst(app, " Please")
        await settle(app, pilot)
        composer = play.query_one(Composer)
        assert composer.drafts() == {"public": "Dan, sorry. Please", "note": "Urgent: parcel 4471."}


async def test_keys_typed_right_after_ctrl_n_land_in_the_next_tab() -> None:
    pile_on = LATE_PARCEL.parent / "pile-on-en.yaml"
    app = CmsimApp(scorer=KeywordScorer(), library=[pile_on], typing_delay=0, clock=frozen_clock, name="Alex")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        for key in ("enter", "enter", "enter"):  # as the snapshot of fields in tabs gets there
            await pilot.press(key)
            await settle(app, pilot)
        composer = app.screen.query_one(Composer)
        ids = [e.field.id for e in composer.editors]
        assert len(ids) > 2  # in tabs
        for n, field_id in enumerate(ids):
            if n:
                app.post_message(events.Key("ctrl+n", None))
            burst(app, f"for {field_id}")
        await settle(app, pilot)
        assert composer.drafts() == {field_id: f"for {field_id}" for field_id in ids}
