"""Whether a field written as sentences in the thread's other language (an English reply to a French thread)."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.language import OTHER as OTHER
from cmsim.scoring.lexicon import one_lexicon
from cmsim.scoring.text import analyse

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
    norms, is_word = _other_tokens(fv, other)
    words = [n for n, w in zip(norms, is_word, strict=True) if w]
    function = one_lexicon(other, "function-words").words
    return len(words) > 0 and sum(1 for n in words if n in function) >= FOREIGN_FUNCTION_SHARE * len(words)


def foreign_field(fv: FieldView) -> bool:
    """Whether a written field is written in its thread's other language (see :meth:`FieldView.written_in_other`):
    "on your daughter's birthday" has French "on", yet it is English; "Merci pour le 'like'" is French."""
    return fv.an.word_count > 0 and fv.written_in_other(fv.lex.lang)


def _other_tokens(fv: FieldView, other: str) -> tuple[list[str], list[bool]]:
    """The folded tokens of the whole field and which are words, as the ``other`` language's analysis reads them. The
    tokens and their folded forms do not depend on the language (only stems do): when the field's own analysis read
    the whole field (not cut short), they are its own, and the field is not analysed a second time (that second
    analysis cost 5 % of a reply)."""
    an = fv.an if fv.an.text == fv.raw else analyse(fv.raw, other)
    return an.norms, an.is_word
