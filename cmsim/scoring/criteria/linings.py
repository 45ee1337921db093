"""A silver lining read by its shape: "at least" / "au moins" opening a clause that goes on to speak of the person ("at
least all that frustration keeps you warm", "au moins, avec tout ce stress, tu n'as pas besoin de café"), whatever words
stand between the cue and the person. "At least" inside a clause is a minimum ("could you at least send the number"),
and a lining that speaks of the outcome, not the person, is news ("at least the refund has gone out"). The cue words are
data (``rubrics/lexicons/<lang>/lining.yaml``); whether the lining mocks someone upset is read with the consolation
lexicon's own hits (:mod:`cmsim.scoring.criteria.hostility`)."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

LINING = "lining"
"""Lexicon of the cue opening a silver lining (``opener``) and of the person's words (``person``)."""
SILVER_LINING = "silver-lining"
"""The consolation lexicon's group a lining read by its shape joins."""
LINING_REACH = 6
"""How many words after the cue the person's word may stand."""
_PAUSES = ",;:—–("


def silver_linings(fv: FieldView) -> list[Hit]:
    """One hit per cue opening its sentence or following a pause, with a word of the person within
    :data:`LINING_REACH` words after it in the same sentence; the hit spans the cue."""
    found = fv.hits(LINING)
    if len(found) < 2:
        return []
    an = fv.an
    sentence_of = an.sentence_of
    persons = [h.first for h in found if h.group == "person"]
    out = []
    for h in found:
        if h.group != "opener":
            continue
        sent = an.sentences[sentence_of[h.first]]
        opens = h.first == sent.first or fv.raw[: h.start].rstrip()[-1:] in _PAUSES
        if opens and any(h.last <= p <= h.last + LINING_REACH and sentence_of[p] == sentence_of[h.first]
                         for p in persons):
            out.append(h._replace(group=SILVER_LINING))
    return out
