"""The removal warning: "comments mocking our staff will be removed", "les commentaires insultants seront supprimés".
In a reply to someone upset it polices how they complain: tone policing. What the brand removes of its own ("the
posters will be removed", "la vidéo sera supprimée") has no word of the person's posting and is none. The cue words
are data (``rubrics/lexicons/<lang>/removal.yaml``); what makes them a jab is read here."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

REMOVAL_COST = 30.0
"""What a removal warning costs calm in a reply to someone upset: half a tone-policing reminder (60), since graders put
a reply that warns and then owns the fault (54) above civil replies that explain the rules away (24-45)."""
REMOVAL = "removal"
"""Lexicon of the person's way of posting (``posting``: comments, language; commentaires, propos) and of verdicts of
removal (``removed``: will be removed, may be deleted; seront supprimés, pourront être masqués)."""


def removal_warnings(fv: FieldView) -> list[Hit]:
    """One hit for each sentence holding a word of posting and, after it, a verdict of removal, spanning the two; none
    in a sentence that gives the person's protection as the reason ("we'll hide it to protect you", "pour vous
    protéger")."""
    found = fv.hits(REMOVAL)
    if len(found) < 2 or fv.kind == "internal":
        return []
    sentence_of = fv.an.sentence_of
    shielded = {sentence_of[h.first] for h in found if h.group == "protect"}
    posting: dict[int, Hit] = {}
    out = []
    for h in found:
        s = sentence_of[h.first]
        if s in shielded or h.group == "protect":
            continue
        if h.group == "posting":
            posting.setdefault(s, h)
        elif s in posting:
            first = posting.pop(s)
            out.append(Hit(h.term, REMOVAL, first.first, h.last, first.start, h.end))
    return out
