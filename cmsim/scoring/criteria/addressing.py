"""Listening's addressing: the reply names the person it answers (``person``), never greets someone else in their
place (``addressee``); who a reply calls by name (:func:`vocatives`). Names themselves are read in
:mod:`cmsim.scoring.names`."""

from __future__ import annotations

from rapidfuzz import fuzz

from cmsim.scoring.criteria.base import NOT_APPLICABLE, Context, Outcome, Params, field_criterion
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.names import is_handle, is_short_name, name_words, signature_start

READS = ("public", "private")
MIN_NAME_PART = 2
"""Shortest part of a person's name that counts ("Jo" does, an initial does not)."""
FUZZY_NAME_MIN, FUZZY_NAME_RATIO = 4, 80
"""Names of at least this many letters also match close spellings at this similarity (0–100)."""


@field_criterion("person", READS, merge="max")
def person(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The reply names the person it answers (any part of their name, close spellings accepted, or the short name a
    handle begins with when the reply calls them by it), addressing them: not in the signature, and not a common word
    that happens to be the name ("I will…" does not name Will)."""
    if not ctx.person:
        return NOT_APPLICABLE
    parts = [p for p in name_words(ctx.person) if len(p) >= MIN_NAME_PART]
    close = [p for p in parts if len(p) >= FUZZY_NAME_MIN]  # the parts long enough to be read in a close spelling
    an = fv.an
    end = signature_start(fv.an.text, ctx.brand.charter.signature, ctx.lang, ctx.person)
    lowercase = not any(c.isupper() for c in fv.raw)  # a reply all in lower case names people in lower case too
    function = ctx.lex["function-words"].words
    called = set(vocatives(fv))
    short = is_handle(ctx.person)
    for i, norm in enumerate(an.norms):
        if fv.mask[i] or not an.is_word[i] or an.starts[i] >= end:
            continue
        named = norm in parts or (bool(close) and any(fuzz.ratio(norm, p) >= FUZZY_NAME_RATIO for p in close))
        if not (named or (short and i in called and is_short_name(norm, parts))):  # "Tom, …" to tomtom_44
            continue
        if not (lowercase or an.surface[i][:1].isupper()):
            continue  # "will", "grace period", "mark": the word, not the person
        if norm in function and i not in called and an.sentences[an.sentence_of[i]].first == i:
            continue  # "Will you DM us?" opens a question, it does not call Will
        return Outcome(100.0, [(fv.id, an.starts[i], an.ends[i], "+")])
    return Outcome(0.0, missing=[ctx.person])


_GREETINGS = frozenset({"hi", "hello", "hey", "dear", "morning", "evening", "bonjour", "bonsoir", "salut", "coucou",
                        "cher", "chere", "yo"})


def vocatives(fv: FieldView) -> list[int]:
    """Token indexes of names the reply addresses: a capitalised word opening a sentence and followed by a
    comma or "!" ("Inès, …"), or following a greeting ("Bonjour Inès")."""
    an = fv.an
    out: list[int] = []
    for sent in an.sentences:
        i = sent.first
        if an.norms[i] in _GREETINGS and i + 1 < sent.last:
            i += 1
        elif fv.raw[an.ends[i] : an.ends[i] + 1] not in (",", "!"):
            continue
        if an.is_word[i] and not fv.mask[i] and an.surface[i][:1].isupper():
            out.append(i)
    return out


@field_criterion("addressee", READS, merge="min")
def addressee(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The reply does not greet someone else in the person's place ("Bonjour Inès" to Camille): calling a
    customer by the wrong name is a costly, visible mistake. Addressing a third party as well is fine, and so is a name
    called after the opening sentence ("… Inès, merci pour ton soutien !"): it answers another participant.

    A guard: applicable only when a wrong name is greeted, so it never dilutes the other listening criteria."""
    if not ctx.person or not ctx.others or fv.empty:
        return NOT_APPLICABLE
    an = fv.an
    mine = {p for p in name_words(ctx.person) if len(p) >= MIN_NAME_PART}
    called = vocatives(fv)
    wrong = [i for i in called if an.norms[i] in ctx.others and an.sentence_of[i] == 0]
    if not wrong or any(n in mine for n in an.norms):
        return NOT_APPLICABLE
    if is_handle(ctx.person) and any(is_short_name(an.norms[i], list(mine)) for i in called):
        return NOT_APPLICABLE  # "Tom, …" answers tomtom_44: greeting Léa beside him is no wrong name
    return Outcome(0.0, [(fv.id, an.starts[i], an.ends[i], "-") for i in wrong], [ctx.person])
