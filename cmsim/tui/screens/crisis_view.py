"""The crisis room's drawing: the status line, the feed (new items appended, handled ones marked), the
triage queue rebuilt only when something changed, and the detail of the item under the cursor (the brief
until the trainee picks one). ``CrisisScreen`` (``crisis.py``) builds on it."""

from __future__ import annotations

from contextlib import suppress

from textual import on
from textual.content import Content
from textual.events import Key
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from cmsim.model.crisis import CrisisScenario
from cmsim.session.crisis import CrisisRun
from cmsim.sim.crisis_feed import Arrival
from cmsim.tui.screens.base import CmsimScreen
from cmsim.tui.strings import tr
from cmsim.tui.widgets import crisis_items as ci

FEED_SHOWN = 150
"""The feed keeps this many items on screen (the newest)."""


class CrisisView(CmsimScreen[None]):
    """What the crisis room shows, redrawn from the run's state (the state is set by ``CrisisScreen``)."""

    run: CrisisRun
    scenario: CrisisScenario
    _shown_feed: int
    _feed_key: tuple[int, int]
    _queue_key: tuple[tuple[str, tuple[str, ...]], ...] | None
    _status_text: str
    _marked: dict[str, list[str]]
    _detail_key: tuple[str | None, tuple[str, ...]] | None
    _picked: bool

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
        # the brief takes the lines it needs, so that the hint under it shows whatever the language (a French brief
        # at 80x24 pushed it under the fold); an item's detail keeps the box's height
        detail.set_class(arrival is None, "-brief")
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
