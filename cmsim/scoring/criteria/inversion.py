"""A French subject pronoun written after its verb ("Pouvez-vous…", "Voulez-vous…"): a question's inverted subject,
not the object of the words that follow it; hostility reads it before taking "vous bloquer" for a threat."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

_INVERTED_SUBJECTS = frozenset({"vous", "tu", "nous", "on"})


def inverted(fv: FieldView, hit: Hit) -> bool:
    """Whether a hit opens on a subject pronoun glued by a hyphen to the verb before it: "Pouvez-vous bloquer le lot ?"
    asks a colleague to block a batch, "vous" its subject, not the object of "vous bloquer" (a threat); "nous allons
    vous bloquer", "dois-je vous bloquer ?" keep theirs."""
    an = fv.an
    return (hit.first > 0 and an.norms[hit.first] in _INVERTED_SUBJECTS
            and an.text[an.starts[hit.first] - 1 : an.starts[hit.first]] == "-")
