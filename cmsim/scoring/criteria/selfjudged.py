"""A verdict aimed at ourselves: "c'est nul de notre part", "that was stupid of us", "we were rubbish here", "on a été
nuls", "our cleaning was pathetic" own a failure; "vous êtes nul", "your request is rubbish" attack the person. The
words are data (``self-judgement.yaml``: the brand's words, the person's, the verbs of being, the words that give a
verdict to someone); what makes a verdict ours is read here, for hostility's verdict families (insults, contempt,
judgement)."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from cmsim.scoring.criteria.denial import PAUSE
from cmsim.scoring.criteria.insinuation import conditioned
from cmsim.scoring.fieldview import FieldView
from cmsim.scoring.lexicon import Hit, Lexicon
from cmsim.scoring.text import fold
from cmsim.scoring.wordsets import group_terms

SELF_JUDGEMENT = "self-judgement"
"""Lexicon of the words that say who a verdict is aimed at (groups self, you, copula, by)."""
SUBJECT_REACH = 3
"""How many words may stand between the brand as subject and its verdict ("we've been absolutely rubbish", "notre
accueil a été nul"); further, "our" or "nos" belongs to a longer subject that is not us ("traiter nos clients de
pigeons, c'est minable" judges the troll's words)."""
BY_REACH = 1
"""How many words may stand between a verdict and the word giving it to us ("nul de notre part", "really stupid of
us", "rubbish on our part")."""
OWNING = "owning"
"""Group of the de-escalation lexicon: a fault named as ours ("our fault", "de notre faute", "our bad")."""


class _Words(NamedTuple):
    mine: frozenset[str]
    yours: frozenset[str]
    being: frozenset[str]
    by: frozenset[str]


@lru_cache(maxsize=4)
def _words(lex: Lexicon) -> _Words:
    def group(name: str) -> frozenset[str]:
        return frozenset(fold(term) for term in group_terms(lex, name))

    return _Words(group("self"), group("you"), group("copula"), group("by"))


def self_judged(fv: FieldView, hit: Hit) -> bool:
    """Whether a verdict is the brand's on itself: given to us right after it ("nul de notre part", "stupid of us"); or
    said of us as subject through a verb of being, with no word of the person nearer and no negation between ("we were
    idiots about this", "on a été nuls", "our cleaning was pathetic"; not "we're not idiots", "we think you're
    stupid"); or standing in a clause that speaks of no one, in a sentence that owns the fault ("c'est nul, c'est de
    notre faute")."""
    an = fv.an
    words = _words(fv.lex[SELF_JUDGEMENT])
    norms, text = an.norms, an.text
    sent = an.sentences[an.sentence_of[hit.first]]
    for k in range(hit.last, min(hit.last + BY_REACH + 1, sent.last - 1)):
        if PAUSE.search(text, an.ends[k - 1], an.starts[k]):
            break
        if norms[k] in words.by and norms[k + 1] in words.mine:
            return True
    first = _clause_start(fv, hit.first, sent.first)
    for k in range(hit.first - 1, max(first, hit.first - SUBJECT_REACH - 1) - 1, -1):
        if norms[k] in words.yours:
            return False
        if norms[k] in words.mine:
            between = norms[k + 1 : hit.first]
            return bool(words.being.intersection(between)) and not fv.lex["negation"].words.intersection(between)
    last = _clause_end(fv, hit.last, sent.last)
    spoken = words.mine | words.yours
    if spoken.intersection(norms[first:hit.first]) or spoken.intersection(norms[hit.last:last]):
        return False
    return any(h.group == OWNING and sent.first <= h.first < sent.last
               and not fv.lex["negation"].words.intersection(norms[max(sent.first, h.first - 2) : h.first])
               and not conditioned(fv, h) for h in fv.hits("de-escalation"))


def _clause_start(fv: FieldView, i: int, first: int) -> int:
    """The first token of the clause holding token ``i``: after the last pause before it in its sentence."""
    an = fv.an
    k = i
    while k > first and not PAUSE.search(an.text, an.ends[k - 1], an.starts[k]):
        k -= 1
    return k


def _clause_end(fv: FieldView, i: int, last: int) -> int:
    """The end (exclusive) of the clause from token ``i``: the next pause in its sentence."""
    an = fv.an
    k = i
    while k < last and not PAUSE.search(an.text, an.ends[k - 1], an.starts[k]):
        k += 1
    return k
