"""The crisis room: the feed across networks, the triage queue, the clock and the counters; keyboard
triage (reply, escalate with a note, hide, like, pin, skip, a public statement). The clock runs on its
own; practice can pause and slow it, an assessment cannot (the session's ``CrisisRun`` decides).
What it shows is drawn by ``crisis_view.CrisisView``, what the trainee writes by ``crisis_compose.CrisisComposer``."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.widgets import Footer, Header, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from cmsim.session.crisis import CrisisRun
from cmsim.sim.crisis_feed import Arrival
from cmsim.tui.screens.crisis_compose import CrisisComposer
from cmsim.tui.strings import tr
from cmsim.tui.widgets import crisis_items as ci
from cmsim.tui.widgets.wrapped_list import WrappedOptionList

TICK = 0.25
"""Seconds between two clock ticks."""
NARROW = 100
"""Below this width the feed and the queue take turns (Tab switches)."""
INSTANT = ("hide", "like", "pin", "skip")
END_CONFIRM = 4.0
"""Seconds within which a second Ctrl+X ends an assessment's crisis."""


class CrisisScreen(CrisisComposer):
    """One crisis played live."""

    DEFAULT_CSS = """
    CrisisScreen #crisis-status { height: 1; width: 1fr; padding: 0 1; background: $boost; }
    CrisisScreen #crisis-status.-critical { color: $text-error; }
    CrisisScreen #crisis-main { height: 1fr; }
    CrisisScreen #crisis-feed-box { width: 1fr; }
    CrisisScreen #crisis-side { width: 56; }
    CrisisScreen .crisis-title { text-style: bold; padding: 0 1; background: $panel; width: 1fr; height: 1; }
    CrisisScreen OptionList { height: 1fr; border: none; padding: 0; }
    CrisisScreen #crisis-detail { height: 9; width: 1fr; padding: 0 1; border-top: solid $primary-muted; }
    CrisisScreen #crisis-compose { height: 14; border-top: solid $accent; display: none; }
    CrisisScreen #crisis-compose.-open { display: block; }
    CrisisScreen #crisis-compose-hint { padding: 0 1; color: $text-muted; }
    CrisisScreen #crisis-teams { height: 4; }
    CrisisScreen #crisis-team-chosen { padding: 0 1; text-style: bold; color: $text-accent; }
    CrisisScreen #crisis-text { height: 1fr; }
    CrisisScreen.-narrow #crisis-main { layout: vertical; }
    CrisisScreen.-narrow #crisis-side { width: 1fr; }
    CrisisScreen.-narrow.-show-feed #crisis-side { height: auto; }
    CrisisScreen.-narrow #crisis-detail { height: 6; }
    CrisisScreen.-narrow #crisis-compose { height: 12; }
    CrisisScreen.-narrow.-show-queue #crisis-feed-box { display: none; }
    CrisisScreen.-narrow.-show-feed #crisis-side #crisis-queue-box { display: none; }
    CrisisScreen.-composing #crisis-detail { display: none; }
    CrisisScreen #crisis-detail.-brief, CrisisScreen.-narrow #crisis-detail.-brief { height: auto; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "open('reply')", "key.crisis_reply", id="crisis.reply"),
        Binding("e", "open('escalate')", "key.crisis_escalate", id="crisis.escalate"),
        Binding("h", "instant('hide')", "key.crisis_hide", id="crisis.hide"),
        Binding("l", "instant('like')", "key.crisis_like", id="crisis.like", show=False),
        Binding("p", "instant('pin')", "key.crisis_pin", id="crisis.pin", show=False),
        Binding("s", "instant('skip')", "key.crisis_skip", id="crisis.skip"),
        Binding("w", "open('statement')", "key.crisis_statement", id="crisis.statement"),
        Binding("space", "pause", "key.crisis_pause", id="crisis.pause"),
        Binding("v", "speed", "key.crisis_speed", id="crisis.speed", show=False),
        Binding("tab", "switch", "key.crisis_switch", id="crisis.switch", priority=True),
        Binding("ctrl+s", "send", "key.crisis_send", id="crisis.send", priority=True),
        Binding("escape", "cancel", "key.crisis_cancel", id="crisis.cancel"),
        Binding("ctrl+x", "end", "key.crisis_end", id="crisis.end"),
    ]

    def __init__(self, run: CrisisRun) -> None:
        super().__init__()
        self.run = run
        self.scenario = run.engine.scenario
        self.composing: str | None = None
        self.target: Arrival | None = None
        self._shown_feed = 0
        self._feed_key: tuple[int, int] = (-1, -1)
        self._queue_key: tuple[tuple[str, tuple[str, ...]], ...] | None = None
        self._status_text = ""
        self._marked: dict[str, list[str]] = {}
        self._detail_key: tuple[str | None, tuple[str, ...]] | None = None
        self._last_wall: float | None = None
        self._ended = False
        self._end_asked: float | None = None
        self._picked = False  # the brief shows until the trainee moves in a list or acts

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="crisis-status")
        with Horizontal(id="crisis-main"):
            with Vertical(id="crisis-feed-box"):
                yield Label(tr(self.lang, "crisis.feed"), classes="crisis-title", id="crisis-feed-title")
                yield WrappedOptionList(id="crisis-feed")
            with Vertical(id="crisis-side"):
                with Vertical(id="crisis-queue-box"):
                    yield Label("", classes="crisis-title", id="crisis-queue-title")
                    yield WrappedOptionList(id="crisis-queue")
                yield Static("", id="crisis-detail")
                with Vertical(id="crisis-compose"):
                    yield Static("", id="crisis-compose-hint")
                    yield Label("", id="crisis-team-chosen")
                    yield WrappedOptionList(id="crisis-teams")
                    yield TextArea(id="crisis-text", soft_wrap=True, show_line_numbers=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"{tr(self.lang, 'crisis.badge')} · {self.scenario.title}"
        teams = [Option(ci.team_label(t, self.lang), id=t) for t in self.scenario.teams or ci.DEFAULT_TEAMS]
        self.query_one("#crisis-teams", OptionList).add_options(teams)
        self._layout(self.size.width)
        self.refresh_view()
        self.query_one("#crisis-queue", OptionList).focus()
        self.set_interval(TICK, self.tick)

    def on_resize(self, event: Resize) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int) -> None:
        narrow = width < NARROW
        self.set_class(narrow, "-narrow")
        if narrow and not (self.has_class("-show-feed") or self.has_class("-show-queue")):
            self.add_class("-show-queue")

    # The clock ----------------------------------------------------------------------------------
    def tick(self) -> None:
        """Let the wall time since the last tick pass on the crisis clock, then redraw what changed."""
        now = self.cmsim.clock()
        last, self._last_wall = self._last_wall, now
        if last is None or self._ended:
            return
        self.run.tick(now - last)
        self.refresh_view()
        if self.run.finished:
            self._end()

    # Acting -------------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("pause", "speed"):
            return not self.run.assessing
        if action in ("open", "instant", "switch", "end"):
            return self.composing is None and not self._ended
        if action in ("send", "cancel"):
            return self.composing is not None
        return True

    def action_pause(self) -> None:
        """Pause or resume the clock (practice)."""
        self.run.toggle_pause()
        self.refresh_view()

    def action_speed(self) -> None:
        """Full speed or half speed (practice)."""
        self.run.cycle_speed()
        self.refresh_view()

    def action_switch(self) -> None:
        """Move between the feed and the queue (on a narrow screen, show the other one)."""
        if self.has_class("-narrow"):
            feed = self.has_class("-show-queue")
            self.set_class(feed, "-show-feed")
            self.set_class(not feed, "-show-queue")
        else:
            feed = self.focused is not None and self.focused.id == "crisis-queue"
        self.query_one("#crisis-feed" if feed else "#crisis-queue", OptionList).focus()
        self._show_detail()

    def action_instant(self, kind: str) -> None:
        """Hide, like, pin or skip the selected item."""
        arrival = self.selected()
        if arrival is not None and kind in INSTANT:
            self._do(kind, item=arrival.id, **{kind: True})

    def action_end(self) -> None:
        """End the crisis now; in an assessment only on a second Ctrl+X within a few seconds (it is final)."""
        now, asked = self.cmsim.clock(), self._end_asked
        if self.run.assessing and (asked is None or now - asked > END_CONFIRM):
            self._end_asked = now
            self.notify(tr(self.lang, "crisis.end_confirm"), severity="warning", timeout=END_CONFIRM)
            return
        self._end()

    def _end(self) -> None:
        if self._ended:
            return
        self._ended = True
        from cmsim.tui.screens.crisis_debrief import CrisisDebriefScreen

        outcome = self.run.finish()
        self.cmsim.record_crisis(self.run, outcome)
        if self.run.campaign is not None:  # an assessment: no debrief, the campaign goes on
            self.app.pop_screen()
            return
        self.app.switch_screen(CrisisDebriefScreen(self.run, outcome))


__all__ = ["CrisisScreen"]
