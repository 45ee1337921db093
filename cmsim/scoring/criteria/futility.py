"""The person's way of complaining declared useless: "insulting the staff won't help anyone", "les menaces de
résiliation n'accélèrent pas le traitement", "« sérieusement ? » en majuscules, ce n'est pas la meilleure façon
d'obtenir une réponse"; or declared needless: "there's no need to shout", "pas besoin de vous énerver", "inutile
d'insulter nos équipes". A lecture on how the person complains instead of an answer to the complaint: condescension.
The cue words are data (``rubrics/lexicons/<lang>/futility.yaml``); what makes them a jab is read here."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

FUTILITY = "futility"
"""Lexicon of the person's conduct (group ``conduct``), where they complain (``channel``, conduct only before a verdict
of futility), their temper (``temper``: rude, angry, s'emporter; conduct only after "no need to"), of verdicts of
futility (group ``futile``) and of needlessness (group ``needless``: "no need to", "pas besoin de", "inutile de")."""
NEEDLESS_REACH = 2
"""How many words may stand between "no need to" and the conduct it declares needless ("no need to get so angry",
"pas besoin de vous énerver", "inutile de nous insulter")."""


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
        if h.group in ("conduct", "channel"):  # where they complain is conduct before a verdict of futility
            conduct.setdefault(sentence_of[h.first], h)
    out = _needless(fv, found)
    for h in found:
        c = conduct.pop(sentence_of[h.first], None) if h.group == "futile" else None
        if c is not None:
            first, last = (c, h) if c.first < h.first else (h, c)
            out.append(Hit(h.term, FUTILITY, first.first, last.last, first.start, last.end))
    return out


def _needless(fv: FieldView, found: list[Hit]) -> list[Hit]:
    """One hit per "no need to" / "pas besoin de" / "inutile de" followed closely in its sentence by a word of the
    person's conduct ("there's no need to shout", "pas besoin de s'énerver"): their way of complaining declared
    needless. "No need to cancel your direct debit" and "inutile d'appeler le standard" spare the person a step: no
    conduct, no jab."""
    sentence_of = fv.an.sentence_of
    out = []
    for h in found:
        if h.group != "needless":
            continue
        c = next((c for c in found if c.group in ("conduct", "temper") and h.last <= c.first <= h.last + NEEDLESS_REACH
                  and sentence_of[c.first] == sentence_of[h.first]), None)
        if c is not None:
            out.append(Hit(h.term, FUTILITY, h.first, c.last, h.start, c.end))
    return out
