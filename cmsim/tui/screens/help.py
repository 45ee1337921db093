"""Help: the keys of the screen it was opened from, the six qualities, and how scoring works."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Label, Static

from cmsim.model.qualities import QUALITIES, label
from cmsim.tui.screens.modal import CmsimModal
from cmsim.tui.strings import tr


class HelpScreen(CmsimModal[None]):
    """Over the current screen; Escape (or F1 again) closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "key.close", id="help.close"),
        Binding("f1", "close", "key.close", show=False, id="help.close_f1"),
    ]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(id="help"):
            yield Label(tr(lang, "help.title"), classes="title")
            yield Label(tr(lang, "help.qualities"), classes="section")
            for quality in QUALITIES:
                yield Static(
                    Content.from_markup(
                        "[b]$name[/b]  $text", name=label(quality, lang), text=tr(lang, f"help.quality.{quality}")
                    ),
                    classes="help-quality",
                )
            yield Label(tr(lang, "help.scoring"), classes="section")
            yield Static(tr(lang, "help.scoring.text"), id="help-scoring")
            yield Label(tr(lang, "help.keys"), classes="section")
            for key, description in self.keys:
                yield Static(Content.from_markup("[b]$key[/b]  $what", key=key, what=description), classes="help-key")
            yield Static(tr(lang, "help.keys_palette"), classes="dim")
            yield Label(tr(lang, "help.close"), classes="dim")

    def action_close(self) -> None:
        """Back to the screen underneath."""
        self.dismiss()
