"""Whose progress this is, asked once in a small box when no name was given (no ``--name``, no
``CMSIM_NAME``, none in ``config.yaml``): rather than keep sessions under the login name unseen. The
name typed is saved to the config file, so the next start knows it; Escape leaves everything as it was
and keeps what was typed for the next time the box opens."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label

from cmsim.tui.screens.modal import CmsimModal
from cmsim.tui.strings import tr


class NameScreen(CmsimModal[str | None]):
    """A name typed and Enter: dismissed with it; Escape: dismissed with None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "not_now", "key.not_now", id="name.not_now")]

    def __init__(self, draft: str = "") -> None:
        super().__init__()
        self.draft = draft
        """What was typed the last time the box was closed with Escape."""

    def compose(self) -> ComposeResult:
        lang = self.lang
        with Vertical(id="name-box"):
            yield Label(tr(lang, "name.title"), classes="title")
            yield Label(tr(lang, "name.why"), id="name-why")
            yield Input(
                self.draft, placeholder=tr(lang, "profile.ask_placeholder"), max_length=80, select_on_focus=False
            )
            yield Label(tr(lang, "name.keys"), classes="dim")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.focus()
        field.cursor_position = len(field.value)  # typing goes on after the draft

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter: the name, if there is one (spaces alone are not a name)."""
        event.stop()
        name = event.value.strip()
        if name:
            self.dismiss(name)

    def action_not_now(self) -> None:
        """Escape: nothing changes; what was typed waits in ``draft`` for the next time."""
        self.draft = self.query_one(Input).value
        self.dismiss(None)
