"""X's weighted length reads only the characters past U+10FF one by one; it must count exactly as weighing every
character does (a difference would call a reply too long, or let one through, on X)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cmsim.platforms import _char_weight, _weight, weighted_length

TEXT = st.text(alphabet=st.one_of(st.characters(max_codepoint=0x1200), st.sampled_from(
    "\u200d\ufe0e\ufe0f\u2013\u2019\u2026\u4e00🙂👍🏽🏳️‍🌈💯\U0001F3FB")), max_size=80)


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_weight_counts_as_every_character_weighed(text: str) -> None:
    assert _weight(text) == sum(_char_weight(c) for c in text)


def test_known_lengths() -> None:
    assert weighted_length("Désolée 🙂 https://example.com/a-long-path", "x") == 8 + 2 + 1 + 23
    assert weighted_length("a\u200db") == 2 and weighted_length("日本") == 4
