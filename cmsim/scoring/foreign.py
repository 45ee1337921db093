"""Whether a field written as sentences in the thread's other language (an English reply to a French thread)."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import one_lexicon
from cmsim.scoring.text import analyse

OTHER = {"fr": "en", "en": "fr"}
FOREIGN_FUNCTION_SHARE = 0.25
"""Share of the words that must be function words of the other language: prose has many ("so sorry to hear about
the closures", "désolés pour le retard"), a keyword list or a list of names has few."""


def foreign_prose(fv: FieldView) -> bool:
    """Whether the field reads as prose in the other language: the thread's language found no sentence in it, yet a
    quarter of its words are the other language's function words. Its tone is still read by everyone (hand graders
    judged "Hi Aurélie, so sorry to hear about the closures…" under a French thread calm at 78); what the switch
    costs is communication's (clarity)."""
    other = OTHER.get(fv.lex.lang)
    if other is None:
        return False
    an = analyse(fv.raw, other)
    words = [n for n, w in zip(an.norms, an.is_word, strict=True) if w]
    function = one_lexicon(other, "function-words").words
    return len(words) > 0 and sum(1 for n in words if n in function) >= FOREIGN_FUNCTION_SHARE * len(words)
