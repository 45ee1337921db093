"""Whether a field written as sentences in the thread's other language (an English reply to a French thread)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from cmsim.scoring.integrity import FieldView, inspect
from cmsim.scoring.lexicon import lexicons, one_lexicon
from cmsim.scoring.text import analyse

if TYPE_CHECKING:
    from cmsim.scoring.criteria import Context

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
    norms, is_word = _other_tokens(fv, other)
    words = [n for n, w in zip(norms, is_word, strict=True) if w]
    function = one_lexicon(other, "function-words").words
    return len(words) > 0 and sum(1 for n in words if n in function) >= FOREIGN_FUNCTION_SHARE * len(words)


FOREIGN_LISTENING = 0.85
"""How much of what a reply in the thread's other language shows of listening counts (see :func:`foreign_reading`)."""


def foreign_field(fv: FieldView) -> bool:
    """Whether a written field is prose in the other language, more than in its thread's: the thread's language may
    find a sentence or two in it ("on your daughter's birthday" has French "on"), yet it is the other's. A field a
    quarter of whose words are the thread language's function words is its prose: the other language is not read
    (it costs a second analysis, which most replies need not pay)."""
    if not fv.an.word_count:
        return False
    if not fv.empty:
        function = fv.lex["function-words"].words
        own = sum(1 for n, w in zip(fv.an.norms, fv.an.is_word, strict=True) if w and n in function)
        if own >= FOREIGN_FUNCTION_SHARE * fv.an.word_count:
            return False
        return foreign_prose(fv) and own < _other_function_words(fv)
    return foreign_prose(fv)


def _other_function_words(fv: FieldView) -> int:
    other = OTHER[fv.lex.lang]
    norms, is_word = _other_tokens(fv, other)
    function = one_lexicon(other, "function-words").words
    return sum(1 for n, w in zip(norms, is_word, strict=True) if w and n in function)


def _other_tokens(fv: FieldView, other: str) -> tuple[list[str], list[bool]]:
    """The folded tokens of the whole field and which are words, as the ``other`` language's analysis reads them. The
    tokens and their folded forms do not depend on the language (only stems do): when the field's own analysis read
    the whole field (not cut short), they are its own, and the field is not analysed a second time (that second
    analysis cost 5 % of a reply)."""
    an = fv.an if fv.an.text == fv.raw else analyse(fv.raw, other)
    return an.norms, an.is_word


def foreign_reading(ctx: Context, views: list[FieldView],
                    grams: frozenset[tuple[str, ...]]) -> tuple[Context, list[FieldView]] | None:
    """The context and views listening reads when a field is prose in the thread's other language ("Hi Aurélie, so
    sorry to hear about the closures… DM us your pass numbers" under a French thread): the field read in its own
    language, so the name, the apology, the next step and the private channel it gives are seen (hand graders put
    such a reply at 55 on listening, and at 15 on communication, which keeps reading it in the thread's language).
    None when no field is.
    """
    if not any(foreign_field(v) for v in views):
        return None
    read = []
    for v in views:
        if foreign_field(v):
            w = inspect(v.id, v.kind, v.platform, v.limit, v.typed or v.raw, lexicons(OTHER[v.lex.lang]), grams)
            w.gate *= FOREIGN_LISTENING
            read.append(w)
        else:
            read.append(v)
    return replace(ctx, fields=read, coverage={}), read
