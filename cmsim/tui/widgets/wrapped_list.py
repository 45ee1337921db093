"""An option list whose options wrap to the width they are shown at.

Textual's ``OptionList`` measures each option's height once and forgets it only on a resize. When its
vertical scrollbar appears (options added to a list that had none) the width left to the options
shrinks by the scrollbar's, but the widget's size does not change: a title that now wraps onto a second
line kept its old height, and the line under it (the difficulty and networks of a scenario) was cut
off until the app restarted. This list measures again whenever that width changes.

Nor does Textual's list follow its highlighted option when the list itself shrinks: opening the crisis room's
composer at 80x24 left the triage queue eight lines high, scrolled as before, and the item being escalated
below its fold. This list brings the highlighted option back into view whenever its size changes."""

from __future__ import annotations

from textual.events import Resize
from textual.widgets import OptionList


class WrappedOptionList(OptionList):
    """An ``OptionList`` that re-measures its options when the width left to them changes."""

    _measured_at: int | None = None

    def _update_lines(self) -> None:
        width = self.scrollable_content_region.width
        if width != self._measured_at:
            # Textual's private caches (textual is pinned: check on upgrade); the option lines are rebuilt
            self._measured_at = width
            self._line_cache.clear()
            self._option_render_cache.clear()
        super()._update_lines()

    def on_resize(self, event: Resize) -> None:
        """Keep the highlighted option in view when the list grows or shrinks (after OptionList's own handler has
        dropped its measures, and once the new size is laid out)."""
        self.call_after_refresh(self.scroll_to_highlight)


__all__ = ["WrappedOptionList"]
