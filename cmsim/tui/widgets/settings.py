"""The home screen's settings as one light widget: ↑ ↓ pick a setting, ← → (Enter, Space, a click)
change its value. One widget rather than one per setting keeps the first frame fast."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widget import Widget


@dataclass
class Setting:
    """One setting: its id, label, the (text, value) choices, which one is chosen; ``section`` puts a
    heading above it."""

    id: str
    label: str
    choices: Sequence[tuple[str, str | None]]
    index: int = 0
    section: str | None = None

    @property
    def value(self) -> str | None:
        """The value chosen (None for 'any')."""
        return self.choices[self.index][1]


class SettingsPanel(Widget, can_focus=True):
    """Settings as lines 'Label   ‹ value ›', one of them under the cursor when focused."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("left", "change(-1)", show=False),
        Binding("right,enter,space", "change(1)", show=False),
    ]

    class Changed(Message):
        """A setting changed value."""

        def __init__(self, setting_id: str, value: str | None) -> None:
            super().__init__()
            self.setting_id = setting_id
            self.value = value

    def __init__(self, settings: Sequence[Setting], id: str | None = None) -> None:
        super().__init__(id=id)
        self.settings = list(settings)
        self.cursor = 0

    def value(self, setting_id: str) -> str | None:
        """The value of one setting."""
        return self._find(setting_id).value

    def set_value(self, setting_id: str, value: str | None, *, announce: bool = True) -> None:
        """Choose ``value`` for a setting (as if the user had), announcing the change unless told not
        to (a value changed elsewhere, such as the theme by its key, only shown here)."""
        setting = self._find(setting_id)
        setting.index = [v for _t, v in setting.choices].index(value)
        self.refresh()
        if announce:
            self.post_message(self.Changed(setting_id, value))

    def _find(self, setting_id: str) -> Setting:
        return next(s for s in self.settings if s.id == setting_id)

    def _lines(self) -> list[tuple[Content, int | None]]:
        """Rendered lines, each with the setting it belongs to (None for headings and gaps)."""
        lines: list[tuple[Content, int | None]] = []
        for index, setting in enumerate(self.settings):
            if setting.section:
                lines.append((Content(""), None))
                lines.append((Content.from_markup("[b $accent]$s[/]", s=setting.section), None))
            style = "reverse" if self.has_focus and index == self.cursor else ""
            text = setting.choices[setting.index][0]
            line = Content.from_markup("[b]$label[/b]  ‹ $text ›", label=f"{setting.label:<11}", text=text)
            lines.append((line.stylize(style) if style else line, index))
        return lines

    def render(self) -> Content:
        return Content("\n").join(line for line, _index in self._lines())

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        return len(self._lines())

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_move(self, delta: int) -> None:
        """Put the cursor on the previous or next setting."""
        self.cursor = (self.cursor + delta) % len(self.settings)
        self.refresh()

    def action_change(self, delta: int) -> None:
        """Give the setting under the cursor its next (or previous) value."""
        setting = self.settings[self.cursor]
        self.set_value(setting.id, setting.choices[(setting.index + delta) % len(setting.choices)][1])

    def on_click(self, event: events.Click) -> None:
        lines = self._lines()
        if 0 <= event.y < len(lines) and (index := lines[event.y][1]) is not None:
            self.cursor = index
            self.action_change(1)
