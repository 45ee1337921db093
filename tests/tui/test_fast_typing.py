"""Keys typed faster than the app handles them (a paste without bracketed paste, a fast typist, a script
driving the terminal) all reach the reply before Ctrl+S sends it: the priority binding used to read the
editor while the last keys were still queued, and sent a reply cut mid-word."""

from __future__ import annotations

from pathlib import Path

from textual import events

from cmsim.tui.app import CmsimApp
from cmsim.tui.screens.feedback import FeedbackScreen
from cmsim.tui.screens.play import PlayScreen
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
