"""A jab the brand denies wishing: "we don't want you to have to go elsewhere", "on ne veut pas que vous ayez à aller
voir ailleurs" say the brand wants to keep the person, with the very words that show them the door elsewhere. With
another subject the negation is the jab's own ("no whining if you lose", "if you don't like it, go elsewhere", "rien ne
vous empêche de commander ailleurs"), and with another verb it may be the jab ("nous n'avons jamais eu ce souci avec
personne d'autre")."""

from __future__ import annotations

from functools import lru_cache

from cmsim.scoring.criteria.voiding import NEGATION, voided
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Lexicon

WISH_DENIAL = "wish-denial"
"""Word sets (groups ``subjects``, ``wishes``) of a wish the brand denies of itself ("we don't want", "on ne veut
pas")."""
_SUBJECT_REACH = 3
"""How many tokens may stand between the subject and its negation ("we don't": we, don, t; "we really never")."""


@lru_cache(maxsize=4)
def _groups(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    words: dict[str, set[str]] = {"subjects": set(), "wishes": set()}
    for cands in lex.table.values():
        for seq, _term, group, _wild in cands:
            words[group].update(seq)
    return frozenset(words["subjects"]), frozenset(words["wishes"])


def negated(fv: FieldView, first: int, last: int) -> bool:
    """Whether the brand denies wishing the words at tokens ``first``..``last`` (exclusive): a negation before them in
    their clause voids them (the checklist's reading, :func:`voided`: at most two content words away, no joining word
    between), a first-person subject stands just before that negation and a verb of wishing between it and the words.
    Words that hold the negation themselves ("we don't care") are read as they are."""
    an = fv.an
    negation = fv.lex[NEGATION].words
    subjects, wishes = _groups(fv.lex[WISH_DENIAL])
    norms, stems = an.norms, an.stems
    if negation.intersection(norms[first:last]) or not voided(fv, first, last - 1, must=False):
        return False
    start = an.sentences[an.sentence_of[first]].first
    for k in range(start, first):
        if norms[k] in negation and subjects.intersection(norms[max(start, k - _SUBJECT_REACH) : k]):
            return any(stems[j] in wishes for j in range(k + 1, first))
    return False
