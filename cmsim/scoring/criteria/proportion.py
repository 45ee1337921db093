"""The person's problem made an exception by counting the others: "this only affected a small number of customers",
"the vast majority of users updated without any issue", "which is what most of our members want", "la grande majorité
de nos usagers n'a eu aucun souci". Said to someone upset, a share of the brand's people tells them their problem is
small, as "no other complaints" does: minimising, priced by calm alone (the caller reads it only in a reply to someone
upset). The words are data (``rubrics/lexicons/<lang>/proportion.yaml``: groups ``share`` and ``people``)."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

PROPORTION = "proportion"
"""Lexicon of shares ("a small number of", "la plupart de") and of the brand's people (customers, usagers)."""
PEOPLE_REACH = 2
"""How many words may stand between a share and the people it counts ("most of our members", "la plupart de nos
clients")."""
_OWNING = frozenset({"owning", "agreement"})
"""Groups of the de-escalation lexicon that own the fault or agree: beside them the count is a fact conceded ("we let
down a small number of customers, you among them")."""


def exceptions(fv: FieldView) -> list[Hit]:
    """One hit per share followed closely in its sentence by a word of the brand's people, spanning both; none in a
    sentence that owns the fault, agrees or apologises, nor in a note to colleagues (it reports)."""
    found = fv.hits(PROPORTION)
    if len(found) < 2 or fv.kind == "internal":
        return []
    sentence_of = fv.an.sentence_of
    conceded = {sentence_of[h.first] for h in fv.hits("de-escalation") if h.group in _OWNING}
    conceded |= {sentence_of[h.first] for h in fv.hits("apology")}
    out: list[Hit] = []
    for share in found:
        if share.group != "share" or sentence_of[share.first] in conceded:
            continue
        people = next((p for p in found if p.group == "people" and share.last <= p.first <= share.last + PEOPLE_REACH
                       and sentence_of[p.first] == sentence_of[share.first]), None)
        if people is not None:
            out.append(Hit(share.term, PROPORTION, share.first, people.last, share.start, people.end))
    return out
