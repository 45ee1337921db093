"""Key bindings: declared with ids (users remap them with ``App.set_keymap``, Textual's public keymap
API) and string keys as descriptions (``key.submit``), shown in the UI language.

Nothing here rewrites a node's bindings: :class:`cmsim.tui.screens.base.CmsimScreen` reports its
active bindings (what the footer, the key panel and the palette read) with each description translated
at the moment it is read, so a language switch needs only a bindings refresh.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import ActiveBinding, Binding

from cmsim.tui.strings import STRINGS, tr


def localized(binding: Binding, lang: str) -> Binding:
    """``binding`` with its description in ``lang`` when the description is a string key."""
    if binding.description in STRINGS["en"]:
        return replace(binding, description=tr(lang, binding.description))
    return binding


def localized_bindings(active: dict[str, ActiveBinding], lang: str) -> dict[str, ActiveBinding]:
    """Active bindings (as ``Screen.active_bindings`` gives them) with their descriptions in ``lang``."""
    return {key: found._replace(binding=localized(found.binding, lang)) for key, found in active.items()}
