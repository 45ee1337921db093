"""A jab the brand denies wishing: "we don't want you to have to go elsewhere", "on ne veut pas que vous ayez à aller
voir ailleurs" say the brand wants to keep the person, with the very words that show them the door elsewhere. With
another subject the negation is the jab's own ("no whining if you lose", "if you don't like it, go elsewhere", "rien ne
vous empêche de commander ailleurs"), and with another verb it may be the jab ("nous n'avons jamais eu ce souci avec
personne d'autre"). A need the person is spared is none either: "no need to go somewhere else", "pas besoin d'aller
voir ailleurs", "vous n'avez pas à acheter ailleurs" keep the person too; a need spared for another jab is the jab
("no need to whine", "pas besoin de râler")."""

from __future__ import annotations

from cmsim.scoring.criteria.voiding import NEGATION, voided
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Lexicon
from cmsim.scoring.text import Analysis
from cmsim.scoring.wordsets import group_stems

WISH_DENIAL = "wish-denial"
"""Word sets of a wish the brand denies of itself (groups ``subjects``, ``wishes``: "we don't want", "on ne veut pas")
and of a need it spares the person (``needs``, ``links``, for the ``doors`` words: "no need to go elsewhere")."""
_SUBJECT_REACH = 3
"""How many tokens may stand between the subject and its negation ("we don't": we, don, t; "we really never")."""


def _spared(an: Analysis, negation: frozenset[str], lex: Lexicon, k: int, first: int) -> bool:
    """Whether a need word follows the negation at ``k``, then (past the negation's other half) the word that opens the
    infinitive holding tokens ``first``...: "no need to", "you don't have to", "pas besoin d'", "vous n'avez pas à"."""
    for j in range(k + 1, first):
        if an.stems[j] in group_stems(lex, "needs"):
            after = j + 1
            while after < first and an.norms[after] in negation:
                after += 1
            return after < first and an.stems[after] in group_stems(lex, "links")
    return False


def negated(fv: FieldView, first: int, last: int) -> bool:
    """Whether the brand denies wishing the words at tokens ``first``..``last`` (exclusive): a negation before them in
    their clause voids them (the checklist's reading, :func:`voided`: at most two content words away, no joining word
    between), a first-person subject stands just before that negation and a verb of wishing between it and the words,
    or, for the door shown (the words hold a ``doors`` word: "elsewhere", "ailleurs"), a need stands after it that the
    words' infinitive opens (:func:`_spared`): "no need to whine" keeps its jab.
    Words that hold the negation themselves ("we don't care") are read as they are."""
    an = fv.an
    negation = fv.lex[NEGATION].words
    wishes = fv.lex[WISH_DENIAL]
    norms, stems = an.norms, an.stems
    if negation.intersection(norms[first:last]) or not voided(fv, first, last - 1, must=False):
        return False
    start = an.sentences[an.sentence_of[first]].first
    for k in range(start, first):
        if norms[k] not in negation:
            continue
        if group_stems(wishes, "subjects").intersection(norms[max(start, k - _SUBJECT_REACH) : k]):
            return any(stems[j] in group_stems(wishes, "wishes") for j in range(k + 1, first))
        if group_stems(wishes, "doors").intersection(stems[first:last]) and _spared(an, negation, wishes, k, first):
            return True
    return False
