"""The person's way of complaining declared useless: "insulting the staff won't help anyone", "les menaces de
résiliation n'accélèrent pas le traitement", "« sérieusement ? » en majuscules, ce n'est pas la meilleure façon
d'obtenir une réponse". A lecture on how the person complains instead of an answer to the complaint: condescension.
The cue words are data (``rubrics/lexicons/<lang>/futility.yaml``); what makes them a jab is read here."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

FUTILITY = "futility"
"""Lexicon of the person's conduct (group ``conduct``) and of verdicts of futility (group ``futile``)."""


def futilities(fv: FieldView) -> list[Hit]:
    """One hit for each sentence holding both a word of the person's conduct and a verdict of futility ("won't get you
    anywhere", "ne mène à rien"), spanning the two. "Waiting on hold won't help, so I've asked the manager to call you"
    judges a means, not the person's conduct: no word of conduct, no jab."""
    found = fv.hits(FUTILITY)
    if len(found) < 2:
        return []
    sentence_of = fv.an.sentence_of
    conduct: dict[int, Hit] = {}
    for h in found:
        if h.group == "conduct":
            conduct.setdefault(sentence_of[h.first], h)
    out = []
    for h in found:
        c = conduct.pop(sentence_of[h.first], None) if h.group == "futile" else None
        if c is not None:
            first, last = (c, h) if c.first < h.first else (h, c)
            out.append(Hit(h.term, FUTILITY, first.first, last.last, first.start, last.end))
    return out
