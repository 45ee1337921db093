"""A visible countdown for timed steps, driven by an injectable clock (tests freeze it)."""

from __future__ import annotations

from collections.abc import Callable

from textual.message import Message
from textual.widgets import Label

from cmsim.tui.strings import tr


def clock_text(seconds: float) -> str:
    """mm:ss of a number of seconds (rounded up, never negative)."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60:02d}:{whole % 60:02d}"


class Countdown(Label):
    """'04:32 left', then 'over time +00:12'; posts ``Expired`` once when the time runs out."""

    class Expired(Message):
        """The step's time limit was reached."""

    def __init__(self, limit: int, started: float, clock: Callable[[], float], lang: str) -> None:
        super().__init__("", id="countdown")
        self.limit = limit
        self.started = started
        self.clock = clock
        self.lang = lang
        self._expired = False

    def on_mount(self) -> None:
        self.tick()
        self.set_interval(1.0, self.tick)

    def remaining(self) -> float:
        """Seconds left (negative once over time)."""
        return self.limit - (self.clock() - self.started)

    def tick(self) -> None:
        """Redraw, and announce the end of the time once."""
        left = self.remaining()
        if left > 0:
            self.update("⏱ " + tr(self.lang, "play.time_left", time=clock_text(left)))
        else:
            self.update("⏱ " + tr(self.lang, "play.overtime", time=clock_text(-left)))
        self.set_class(0 < left <= 30, "low")
        self.set_class(left <= 0, "overtime")
        if left <= 0 and not self._expired:
            self._expired = True
            self.post_message(self.Expired())
