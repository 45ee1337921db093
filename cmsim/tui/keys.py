"""Key bindings: declared with ids (users remap them with ``App.set_keymap``) and string keys as
descriptions, translated into the UI language when a screen is built."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import BindingsMap
from textual.dom import DOMNode

from cmsim.tui.strings import STRINGS, tr


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Replace each binding description of ``node`` that is a string key (``key.submit``) by its text."""
    keys = {
        key: [replace(b, description=tr(lang, b.description)) if b.description in STRINGS["en"] else b for b in found]
        for key, found in node._bindings.key_to_bindings.items()
    }
    node._bindings = BindingsMap.from_keys(keys)
