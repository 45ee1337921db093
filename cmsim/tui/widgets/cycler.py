"""A one-line setting that cycles through its values: ← → (or Enter, Space, a click) change it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widget import Widget


class Cycler(Widget, can_focus=True):
    """'Platform   ‹ instagram ›': a light setting widget (the home screen must start fast)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "step(-1)", show=False),
        Binding("right,enter,space", "step(1)", show=False),
    ]

    class Changed(Message):
        """The value changed."""

        def __init__(self, cycler: Cycler, value: str | None) -> None:
            super().__init__()
            self.cycler = cycler
            self.value = value

        @property
        def control(self) -> Cycler:
            """The cycler that changed."""
            return self.cycler

    def __init__(
        self, label: str, choices: Sequence[tuple[str, str | None]], value: str | None = None, id: str | None = None
    ) -> None:
        super().__init__(id=id, classes="cycler")
        self.label = label
        self.choices = list(choices)
        values = [v for _text, v in self.choices]
        self.index = values.index(value) if value in values else 0

    @property
    def value(self) -> str | None:
        """The value chosen (None for 'any')."""
        return self.choices[self.index][1]

    @value.setter
    def value(self, value: str | None) -> None:
        self.index = [v for _text, v in self.choices].index(value)
        self.refresh()
        self.post_message(self.Changed(self, value))

    def render(self) -> Content:
        text = self.choices[self.index][0]
        return Content.from_markup("[b]$label[/b]\n ‹ $text ›", label=self.label, text=text)

    def action_step(self, delta: int) -> None:
        """Move to the next (or previous) value."""
        self.value = self.choices[(self.index + delta) % len(self.choices)][1]

    def on_click(self) -> None:
        self.action_step(1)
