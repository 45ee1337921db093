"""X's weighted length reads only the characters past U+10FF one by one; it must count exactly as weighing every
character does (a difference would call a reply too long, or let one through, on X)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from cmsim.platforms import _URL_WEIGHT, _char_weight, _patterns, _weight, weighted_length

TEXT = st.text(alphabet=st.one_of(st.characters(max_codepoint=0x1200), st.sampled_from(
    "\u200d\ufe0e\ufe0f\u2013\u2019\u2026\u4e00🙂👍🏽🏳️‍🌈💯\U0001F3FB")), max_size=80)


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_weight_counts_as_every_character_weighed(text: str) -> None:
    assert _weight(text) == sum(_char_weight(c) for c in text)


def test_known_lengths() -> None:
    assert weighted_length("Désolée 🙂 https://example.com/a-long-path", "x") == 8 + 2 + 1 + 23
    # a bare domain with a known suffix is a link too; a dot between words or figures is none
    assert weighted_length("Voir velo-nantes.fr/aide-et-contact-apres-vente.", "x") == 5 + 23 + 1
    assert weighted_length("Details at shop.com", "x") == 11 + 23
    assert weighted_length("e.g. version 3.5, ask Mr.Smith", "x") == len("e.g. version 3.5, ask Mr.Smith")
    assert weighted_length("write to care@shop.com or @shopcare", "x") == len("write to care@shop.com or @shopcare")
    assert weighted_length("a\u200db") == 2 and weighted_length("日本") == 4


URLISH = st.lists(st.sampled_from(["https://a.b/c", "HTTP://X.Y", "www.cmsim.fr", "WwW.Example.com", "http:/no", "ww.",
                                   "wwww.x", "Désolée", "🙂", " ", "://", "www", ".", "shop.com", "/aide", "e.g.",
                                   "3.5", "Mr.Smith", "@", ")", "com"]), max_size=8)


@settings(max_examples=300, deadline=None)
@given(URLISH)
def test_urls_weigh_the_same_with_or_without_the_quick_check(parts: list[str]) -> None:
    text = unicodedata.normalize("NFC", "".join(parts))
    total, last = 0, 0
    for match in _patterns()[0].finditer(text):  # the weighing without the quick check for a link
        total += _weight(text[last : match.start()]) + _URL_WEIGHT
        last = match.end()
    assert weighted_length(text, "x") == total + _weight(text[last:])


def test_link_suffixes_are_validated_data() -> None:
    import pytest
    from pydantic import ValidationError

    from cmsim.platforms import PlatformBook, platform_book

    assert {"com", "fr", "co", "uk"} <= set(platform_book().link_suffixes)
    data = platform_book().model_dump()
    for bad in ([".fr"], ["Com"], ["fr", "fr"], [], ["e"]):
        with pytest.raises(ValidationError):
            PlatformBook.model_validate({**data, "link_suffixes": bad})
