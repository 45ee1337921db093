"""The crisis room: the feed across networks, the triage queue, the clock and the counters; keyboard
triage (reply, escalate with a note, hide, like, pin, skip, a public statement). The clock runs on its
own; practice can pause and slow it, an assessment cannot (the session's ``CrisisRun`` decides)."""

from __future__ import annotations

from contextlib import suppress
from typing import ClassVar

from pydantic import ValidationError
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Key, Resize
from textual.widgets import Footer, Header, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option, OptionDoesNotExist

from cmsim.platforms import limit_for, platform
from cmsim.session.crisis import CrisisRun
from cmsim.sim.crisis import CrisisError
from cmsim.sim.crisis_feed import Arrival
from cmsim.tui.screens.base import CmsimScreen
from cmsim.tui.strings import tr
from cmsim.tui.widgets import crisis_items as ci
from cmsim.tui.widgets.wrapped_list import WrappedOptionList

TICK = 0.25
"""Seconds between two clock ticks."""
NARROW = 100
"""Below this width the feed and the queue take turns (Tab switches)."""
INSTANT = ("hide", "like", "pin", "skip")
STATEMENT_PLATFORMS = 2
"""A statement goes to the crisis's first networks."""
END_CONFIRM = 4.0
"""Seconds within which a second Ctrl+X ends an assessment's crisis."""
FEED_SHOWN = 150
"""The feed keeps this many items on screen (the newest)."""


class CrisisScreen(CmsimScreen[None]):
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

    # Drawing ------------------------------------------------------------------------------------
    def _handled(self) -> dict[str, list[str]]:
        return ci.handled_by_item(self.run.state.taken)

    def refresh_view(self) -> None:
        """Redraw the status line, append new feed items, rebuild the queue when something changed."""
        engine, state = self.run.engine, self.run.state
        feed = engine.feed(state)
        handled = self._handled()
        critical = len(engine.unanswered_critical(state, feed))
        self._status(len(feed), critical, engine.mood(state, feed))
        key = (len(feed), len(state.taken))
        if key == self._feed_key:
            return
        self._feed_key = key
        feed_list = self.query_one("#crisis-feed", OptionList)
        fresh = feed[self._shown_feed:]
        if fresh:
            at_end = feed_list.highlighted is None or feed_list.highlighted >= feed_list.option_count - 1
            feed_list.add_options(
                [Option(ci.item_content(a, state.now, [], self.lang, full=True), id=a.id) for a in fresh]
            )
            self._shown_feed = len(feed)
            for _ in range(max(0, feed_list.option_count - FEED_SHOWN)):
                feed_list.remove_option_at_index(0)  # the oldest leave the screen; the debrief keeps them all
            if at_end:
                feed_list.highlighted = feed_list.option_count - 1
        self._mark_feed(feed_list, feed, handled, state.now)
        self._rebuild_queue(ci.queue(feed, handled, state.now), handled, state.now)
        self._show_detail(feed, handled)

    def _mark_feed(self, box: OptionList, feed: list[Arrival], handled: dict[str, list[str]], now: float) -> None:
        """Show on each feed item what was done with it (✓ replied, escalated…) once something was."""
        for item_id, kinds in handled.items():
            arrival = next((a for a in feed if a.id == item_id), None)
            if self._marked.get(item_id) != kinds and arrival is not None:
                self._marked[item_id] = list(kinds)
                with suppress(OptionDoesNotExist):  # scrolled off the feed
                    box.replace_option_prompt(item_id, ci.item_content(arrival, now, kinds, self.lang, full=True))

    def _status(self, items: int, critical: int, mood: int) -> None:
        text = ci.status_text(self.run, items, critical, mood, self.lang)
        if text != self._status_text:
            self._status_text = text
            status = self.query_one("#crisis-status", Static)
            status.update(Content(text))
            status.set_class(critical > 0, "-critical")

    def _rebuild_queue(self, waiting: list[Arrival], handled: dict[str, list[str]], now: float) -> None:
        key = tuple((a.id, tuple(ci.tags(a, now, handled.get(a.id, []), self.lang))) for a in waiting)
        if key == self._queue_key:
            return  # same items, same tags: nothing to redraw
        self._queue_key = key
        box = self.query_one("#crisis-queue", OptionList)
        current = self._highlighted_id(box)
        box.clear_options()
        box.add_options([Option(ci.item_content(a, now, handled.get(a.id, []), self.lang, full=False), id=a.id)
                         for a in waiting])
        ids = [a.id for a in waiting]
        if ids:
            box.highlighted = ids.index(current) if current in ids else 0
        self.query_one("#crisis-queue-title", Label).update(tr(self.lang, "crisis.queue", count=len(waiting)))

    def _highlighted_id(self, box: OptionList) -> str | None:
        return None if box.highlighted is None or box.option_count == 0 else box.get_option_at_index(box.highlighted).id

    def selected(self, feed: list[Arrival] | None = None) -> Arrival | None:
        """The item under the cursor of the focused list (the queue by default)."""
        focused = self.focused
        box = focused if isinstance(focused, OptionList) and focused.id in ("crisis-feed", "crisis-queue") else None
        box = box or self.query_one("#crisis-queue", OptionList)
        if (item_id := self._highlighted_id(box)) is None:
            return None
        return next((a for a in feed if a.id == item_id), None) if feed else self.run.engine.arrival(
            self.run.state, item_id)

    def _show_detail(self, feed: list[Arrival] | None = None, handled: dict[str, list[str]] | None = None) -> None:
        arrival = self.selected(feed) if self._picked or self.run.state.taken else None
        done = (handled if handled is not None else self._handled()).get(arrival.id, []) if arrival else []
        key = (arrival.id if arrival else None, tuple(done))
        if key == self._detail_key:
            return
        self._detail_key = key
        detail = self.query_one("#crisis-detail", Static)
        if arrival is None:
            brief = ci.brief_content(self.scenario, self.lang)  # the brief, then the teams on call by name
            detail.update(Content("\n").join([brief, Content(tr(self.lang, "crisis.detail_empty"))]))
        else:
            detail.update(ci.detail_content(arrival, done, self.lang))

    @on(OptionList.OptionHighlighted, "#crisis-feed, #crisis-queue")
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        self._show_detail()

    def on_key(self, event: Key) -> None:  # a move in a list (bubbled from it) is a pick: the item replaces the brief
        self._picked = self._picked or event.key in ("up", "down", "pageup", "pagedown", "home", "end")
        self._show_detail()

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

    def action_open(self, kind: str) -> None:
        """Open the composer for a reply or an escalation of the selected item, or for a statement."""
        arrival = self.selected()
        if kind != "statement" and arrival is None:
            return
        self.composing, self.target = kind, arrival
        lang = self.lang
        if kind == "reply" and arrival is not None:
            where = arrival.item.platform
            hint = tr(lang, "crisis.reply_to", author=arrival.item.author, platform=platform(where).label,
                      limit=limit_for(where, "comment"))
        elif kind == "escalate" and arrival is not None:
            hint = tr(lang, "crisis.escalate_to", author=arrival.item.author)
        else:
            hint = tr(lang, "crisis.statement_on", platforms=", ".join(self._statement_platforms()))
        self.query_one("#crisis-compose-hint", Static).update(Content(hint))
        teams = self.query_one("#crisis-teams", OptionList)
        teams.display = kind == "escalate"
        chosen = self.query_one("#crisis-team-chosen", Label)
        chosen.display = kind == "escalate"
        teams.highlighted = 0
        chosen.update(tr(lang, "crisis.team_chosen", team=ci.team_label(self._highlighted_id(teams), lang)))
        self.query_one("#crisis-compose").add_class("-open")
        self.add_class("-composing")
        text = self.query_one("#crisis-text", TextArea)
        text.clear()
        (teams if kind == "escalate" else text).focus()
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#crisis-teams")
    def _team_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one("#crisis-text", TextArea).focus()

    @on(OptionList.OptionHighlighted, "#crisis-teams")
    def _team_moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        team = ci.team_label(event.option.id, self.lang)
        self.query_one("#crisis-team-chosen", Label).update(tr(self.lang, "crisis.team_chosen", team=team))

    def _statement_platforms(self) -> list[str]:
        return list(self.scenario.platforms[:STATEMENT_PLATFORMS])

    def action_send(self) -> None:
        self.after_typed_keys(self._send_now)

    def _send_now(self) -> None:
        """Send what the composer holds, every key typed before Ctrl+S (kept if the engine refuses it)."""
        text = self.query_one("#crisis-text", TextArea).text.strip()
        if not text:
            self.notify(tr(self.lang, "crisis.empty"), severity="warning")
            return
        kind, arrival = self.composing, self.target
        if kind == "reply" and arrival is not None:
            ok = self._do("reply", item=arrival.id, reply=text)
        elif kind == "escalate" and arrival is not None:
            teams = self.query_one("#crisis-teams", OptionList)
            team = self._highlighted_id(teams) or ""
            ok = self._do("escalate", item=arrival.id, escalate=team, note=text)
        else:
            ok = self._do("statement", statement=text, platforms=self._statement_platforms())
        if ok:
            self._close()

    def action_cancel(self) -> None:
        """Close the composer without sending."""
        self._close()

    def _close(self) -> None:
        self.composing, self.target = None, None
        self.query_one("#crisis-compose").remove_class("-open")
        self.remove_class("-composing")
        box = "#crisis-feed" if self.has_class("-show-feed") else "#crisis-queue"
        self.query_one(box, OptionList).focus()
        self.refresh_bindings()
        self._show_detail()

    def _do(self, kind: str, **what: object) -> bool:
        try:
            self.run.act(**what)
        except (CrisisError, ValidationError) as exc:
            message = str(exc) if isinstance(exc, CrisisError) else exc.errors()[0]["msg"]
            self.notify(tr(self.lang, "crisis.refused", error=message), severity="error")
            return False
        self.cmsim.crisis_acted(self.run)
        self.notify(tr(self.lang, "crisis.done", action=tr(self.lang, f"crisis.status.{kind}"),
                       clock=ci.clock(self.run.state.now)), timeout=2)
        self.refresh_view()
        return True

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
