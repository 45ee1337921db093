"""Help: the keys of the screen it was opened from, the six qualities, and how scoring works."""

from __future__ import annotations

from typing import ClassVar, cast

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from cmsim.model.qualities import QUALITIES, label
from cmsim.tui.keys import localized_bindings
from cmsim.tui.strings import tr


class HelpScreen(ModalScreen[None]):
    """Over the current screen; Escape (or F1 again) closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "key.close", id="help.close"),
        Binding("f1", "close", "key.close", show=False, id="help.close_f1"),
    ]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    @property
    def lang(self) -> str:
        """The UI language."""
        return cast(str, getattr(self.app, "language", "en"))

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The active bindings, their descriptions in the UI language (as on every cmsim screen)."""
        return localized_bindings(super().active_bindings, self.lang)

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
