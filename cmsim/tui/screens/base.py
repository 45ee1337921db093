"""What every cmsim screen shares: the app typed, the UI language, and key descriptions in it."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from textual.binding import ActiveBinding
from textual.screen import Screen

from cmsim.tui.keys import localized_bindings

if TYPE_CHECKING:
    from cmsim.tui.app import CmsimApp

ResultT = TypeVar("ResultT")


class CmsimScreen(Screen[ResultT]):
    """A screen of the cmsim app."""

    @property
    def cmsim(self) -> CmsimApp:
        """The app, typed."""
        return cast("CmsimApp", self.app)

    @property
    def lang(self) -> str:
        """The UI language."""
        return self.cmsim.language

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The active bindings of the screen and the app, their descriptions in the UI language (what the
        footer, the key panel and the command palette show)."""
        return localized_bindings(super().active_bindings, self.lang)
