"""Whether a field is prose in the thread's other language reads the field's tokens as the other language's analysis
would: the same folded tokens as the field's own analysis (tokens and folding do not depend on the language, stems
do), so the field is analysed once, except when its own analysis read only the beginning of a very long field."""

from __future__ import annotations

import pytest

from cmsim.scoring.foreign import OTHER, _other_tokens, foreign_prose
from cmsim.scoring.integrity import MAX_CHARS, inspect
from cmsim.scoring.lexicon import lexicons
from cmsim.scoring.text import analyse

TEXTS = [
    "Hi Aurélie, so sorry to hear about the closures… DM us your pass numbers 🙏",
    "Désolés pour le retard, l'équipe s'en occupe aujourd'hui : on vous écrit en privé d'ici 17 h.",
    "Bonjour Kev — we're on it!!! Ça arrive demain, promis 😅 #SAV",
    "Ｆｕｌｌ-width, naïve café, ﬁnance, Straße, e\u0301te\u0301 (décomposé)",
    "refund, sorry, replacement, Monday",
    "",
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("text", TEXTS)
def test_the_other_languages_tokens_are_the_fields_own(lang: str, text: str) -> None:
    view = inspect("reply", "public", "x", 280, text, lexicons(lang), frozenset())
    other = OTHER[lang]
    norms, is_word = _other_tokens(view, other)
    full = analyse(view.raw, other)
    assert (norms, is_word) == (full.norms, full.is_word)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_field_cut_short_is_read_whole(lang: str) -> None:
    text = "So sorry to hear that, we are on it. " * (MAX_CHARS // 30)
    view = inspect("reply", "public", "facebook", 8000, text, lexicons(lang), frozenset())
    assert "truncated" in view.flags and view.an.text != view.raw
    norms, _is_word = _other_tokens(view, OTHER[lang])
    assert len(norms) > len(view.an.norms)
    assert foreign_prose(view) is (lang == "fr")
