"""What every cmsim screen shares: the app typed, the UI language, and key descriptions in it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from textual import events
from textual.binding import ActiveBinding
from textual.screen import Screen

from cmsim.tui.keys import localized_bindings

if TYPE_CHECKING:
    from cmsim.tui.host import CmsimHost

ResultT = TypeVar("ResultT")


class CmsimScreen(Screen[ResultT]):
    """A screen of the cmsim app."""

    def __init__(self, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name, id, classes)
        self._shown_once = False
        try:
            width, height = self.app.size
        except RuntimeError:  # NoActiveAppError: made outside a running app, the first resize sets them
            return
        # The size classes ('-narrow', '-short'...) Textual sets on the first resize, set now: set then,
        # they restyled every widget of a screen just styled without them (a second pass on each start).
        for size, breakpoints in ((width, self._breakpoints("HORIZONTAL")), (height, self._breakpoints("VERTICAL"))):
            reached = [name for at, name in sorted(breakpoints) if size >= at]
            if reached:
                self.add_class(reached[-1], update=False)

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """Shown for the first time: styled as it was mounted, moments ago, with its size classes, so
        Textual's restyle of the whole screen on resume (Screen._on_screen_resume, which Textual calls
        after this one, base classes' handlers too) would style every widget a second time; later
        resumes (back from another screen) restyle as usual."""
        if not self._shown_once:
            self._shown_once = True
            event.refresh_styles = False

    def _breakpoints(self, axis: str) -> list[tuple[int, str]]:
        """The screen's breakpoints on ``axis``, else the app's (Textual's rule)."""
        own: list[tuple[int, str]] | None = getattr(self, f"{axis}_BREAKPOINTS")
        return list(own if own is not None else getattr(self.app, f"{axis}_BREAKPOINTS") or [])

    def after_typed_keys(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the keys already typed have reached the focused widget. A priority binding
        (Ctrl+S, kept priority so that a remapped key wins over the editor's own) runs before the keys
        still queued in the editor: read at once, a reply typed fast or pasted was sent cut mid-word."""
        focused = self.app.focused
        (focused if focused is not None else self).call_later(callback)

    @property
    def cmsim(self) -> CmsimHost:
        """The app, typed as what a screen may ask of it."""
        return cast("CmsimHost", self.app)

    @property
    def lang(self) -> str:
        """The UI language."""
        return self.cmsim.language

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The active bindings of the screen and the app, their descriptions in the UI language (what the
        footer, the key panel and the command palette show)."""
        return localized_bindings(super().active_bindings, self.lang)
