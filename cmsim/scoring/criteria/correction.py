"""The correction announced: "just so you know, the pledge includes…", "to give you some context, the role was offered
to…", "it might help to put this in perspective", "nous tenons à préciser que…", "pour info, lire la fiche produit…".
Said to someone upset, words that open a correction set the record straight instead of answering the complaint: a
lecture in polite words, as tone policing is ("kindly note"). The cue words are data
(``rubrics/lexicons/<lang>/correction.yaml``); calm prices them, in a reply to someone upset only, and not in a
sentence that owns the fault or agrees ("just to clarify, that was our mistake")."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

CORRECTION = "correction"
"""Lexicon of the words that announce a correction."""
CORRECTION_COST = 40.0
"""What a correction announced costs calm in a reply to someone upset: a defensive line's price."""
_CONCEDING = frozenset({"owning", "agreement"})
"""Groups of the de-escalation lexicon that own the fault or agree: beside them in its sentence, a correction
concedes."""


def corrections(fv: FieldView) -> list[Hit]:
    """The correction cues of a public field (one per sentence), but those in a sentence that owns the fault or agrees
    with the person (the caller reads them only in a reply to someone upset)."""
    found = fv.hits(CORRECTION)
    if not found or fv.kind == "internal":
        return []
    sentence_of = fv.an.sentence_of
    conceded = {sentence_of[h.first] for h in fv.hits("de-escalation") if h.group in _CONCEDING}
    out: list[Hit] = []
    seen: set[int] = set()
    for h in found:
        s = sentence_of[h.first]
        if s not in conceded and s not in seen:
            seen.add(s)
            out.append(h)
    return out
