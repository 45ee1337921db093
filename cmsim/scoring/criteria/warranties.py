"""What a guarantee word or a "100%" promises (read by trust's overpromises and listening's next step): a "100%"
promises only an outcome or a certainty, and a guarantee word in a sentence naming the warranty is the warranty, a
fact the brand states."""

from __future__ import annotations

import re

from cmsim.scoring.criteria.denial import PAUSE
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.text import fold

_OUTCOME_BEFORE, _OUTCOME_AFTER = 2, 3
"""How many words before ("sure 100%", "réglé à 100 %") or after ("100% of orders on time") a '100%' the outcome it
promises may stand, in its clause."""


def promised_hundred(fv: FieldView, first: int) -> bool:
    """Whether the '100%' at word ``first`` qualifies an outcome or a certainty (the ``outcomes`` lexicon: "100% sure",
    "100% waterproof", "100 % des trains à l'heure"), in its clause: beside anything else it measures what a thing is
    made of ("100% British wheat", "100 % coton recyclé"), a fact, not a promise."""
    an = fv.an
    for h in fv.hits("outcomes"):
        if first - _OUTCOME_BEFORE <= h.last - 1 and h.first <= first + _OUTCOME_AFTER and h.first != first:
            start, end = (an.ends[h.last - 1], an.starts[first]) if h.first < first else (an.ends[first],
                                                                                         an.starts[h.first])
            if an.sentence_of[h.first] == an.sentence_of[first] and not PAUSE.search(an.text, start, end):
                return True
    return False


_GUARANTEE = re.compile(r"guarant|garant")


def warranted(fv: FieldView, hit: Hit) -> bool:
    """Whether a guarantee word ("guarantee", "garanti") stands in a sentence naming the warranty or its term ("the
    guarantee only applies where…", "guaranteed for 2 years", « la garantie ne couvre pas »): the warranty, a fact the
    brand states, neither a promise (trust) nor something it does (listening's next step)."""
    if not _GUARANTEE.search(fold(hit.term)):
        return False
    an = fv.an
    sentence = an.sentence_of[hit.first]
    if any(an.sentence_of[w.first] == sentence for w in fv.hits("warranty")):
        return True
    # "our refund guarantee only applies…": the English noun, a determiner one or two words before it in its clause
    # ("the hour, guaranteed" is the participle; French "la livraison garantie" promises, so the lexicon names the noun)
    first = max(an.sentences[sentence].first, hit.first - 2)
    return (hit.last - hit.first == 1 and an.norms[hit.first] in _NOUN_FORMS
            and bool(fv.lex["determiners"].words.intersection(an.norms[first : hit.first]))
            and not PAUSE.search(an.text, an.ends[first], an.starts[hit.first]))


_NOUN_FORMS = frozenset({"guarantee", "guarantees"})
"""The English guarantee words that are nouns after a determiner ("guaranteed" never is)."""
