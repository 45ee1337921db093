"""What every cmsim box over another screen shares (help, the name question): the UI language, and key
descriptions in it, as on every cmsim screen."""

from __future__ import annotations

from typing import TypeVar, cast

from textual.binding import ActiveBinding
from textual.screen import ModalScreen

from cmsim.tui.keys import localized_bindings

ResultT = TypeVar("ResultT")


class CmsimModal(ModalScreen[ResultT]):
    """A box over the current screen."""

    @property
    def lang(self) -> str:
        """The UI language."""
        return cast(str, getattr(self.app, "language", "en"))

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The active bindings, their descriptions in the UI language."""
        return localized_bindings(super().active_bindings, self.lang)
