"""Thanks that ask: French "merci de" followed by an infinitive is a polite request ("merci de patienter", "merci de
nous envoyer votre numéro", "merci de ne pas tout mélanger"), and so are English thanks given in advance ("thanks in
advance for sending…"): no gratitude, so the readers of thanks (calm's calming moves) do not credit them. "Merci
d'avoir…", "merci d'être venus" thank for what was done, and "merci de nous prévenir" for what the person did by
writing. The cue words are data (``rubrics/lexicons/<lang>/thanks-requests.yaml``); what makes them a request is read
here."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

THANKS_REQUESTS = "thanks-requests"
"""Lexicon of thanks that ask by themselves (``asking``), of "merci de" (``lead``), of the words that may stand before
its verb (``between``), and of the verbs after which it thanks all the same (``done``: avoir, être; ``reported``:
prévenir, signaler)."""
INFINITIVE = ("er", "ir", "re")
"""Endings of a French infinitive ("-oir" ends in "ir"): the word after "merci de" (and its pronouns) ends so and is no
function word."""


def thanks_requests(fv: FieldView) -> list[Hit]:
    """One hit per thanks that asks: thanks in advance, and "merci de" whose next word, past pronouns and a negation,
    is an infinitive other than those of ``done`` and ``reported`` (spanning "merci de" to the verb)."""
    found = fv.hits(THANKS_REQUESTS)
    if not found:
        return []
    an = fv.an
    at = {h.first: h for h in found}
    function = fv.lex["function-words"].words
    out = [h for h in found if h.group == "asking"]
    for h in found:
        if h.group != "lead":
            continue
        i = h.last
        while i < len(an.norms) and (w := at.get(i)) is not None and w.group == "between":
            i = w.last
        if i >= len(an.norms) or an.sentence_of[i] != an.sentence_of[h.first] or i in at:
            continue  # "merci d'avoir…", "merci de nous prévenir": gratitude
        word = an.norms[i]
        if an.is_word[i] and word.endswith(INFINITIVE) and word not in function:
            out.append(Hit(h.term, THANKS_REQUESTS, h.first, i + 1, h.start, an.ends[i]))
    return out
