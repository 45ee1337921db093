"""Shown text counts the cells a terminal draws: no variation selector makes a one-cell character count two."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from cmsim.tui.cells import EMOJI_PRESENTATION, drawable


def test_one_cell_characters_lose_the_selector_two_cell_emoji_keep_it() -> None:
    assert drawable("Rappel ⚠️ lot 42 ❤️ 1️⃣ ✔️") == "Rappel ⚠ lot 42 ❤ 1\u20e3 ✔"
    assert cell_len(drawable("⚠️ ❤️ ✔️")) == 5
    assert drawable("☕️ 👍️") == "☕️ 👍️" and cell_len("☕️") == 2
    assert drawable("no selector, « French » too") == "no selector, « French » too"


@given(st.text(alphabet=st.sampled_from(["a", " ", "é", "❤", "⚠", "☕", "👍", "1", "\u20e3", EMOJI_PRESENTATION])))
def test_only_selectors_go_and_the_width_never_grows(text: str) -> None:
    shown = drawable(text)
    assert shown.replace(EMOJI_PRESENTATION, "") == text.replace(EMOJI_PRESENTATION, "")
    assert cell_len(shown) <= cell_len(text)
    assert drawable(shown) == shown
