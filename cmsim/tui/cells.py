"""Text drawn in as many cells as Textual counts for it.

An emoji variation selector (U+FE0F) after a character that is one cell wide on its own ("❤️", "⚠️", "✔️",
the keycap "1️⃣") asks for the emoji picture. Rich, and so Textual, then counts two cells; tmux 3.3 and many
terminals draw one, and every border after it on that row moves one cell to the left (the crisis room's
divider did). Shown without the selector the character is one cell for everybody. Emoji that are two cells
wide on their own ("☕️", "👍") keep it: both sides already agree. Only what is shown changes: what a person typed
and what is stored are left as they are.
"""

from __future__ import annotations

from rich.cells import cell_len

EMOJI_PRESENTATION = "\ufe0f"


def drawable(text: str) -> str:
    """``text`` without the variation selectors that would make a one-cell character count as two."""
    if EMOJI_PRESENTATION not in text:
        return text
    out: list[str] = []
    for char in text:
        if char == EMOJI_PRESENTATION and out and cell_len(out[-1]) == 1:
            continue
        out.append(char)
    return "".join(out)
