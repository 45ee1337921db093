"""The matter declared closed at the person: what they ask recalled as already said ("as already explained", "comme
déjà indiqué", "as we told you") or declared answered ("it's been cleared up", "nous avons déjà répondu"). It points
the person back to what was said instead of answering them again: condescension (calm, listening's regard and
communication's respect read it with that family). Or the repetition counted ("I've told you three times", "pour la
énième fois"). A recall or a count in a sentence that apologises ("as I said, I'm sorry", "sorry you had to ask for the
umpteenth time") lectures no one. The cue words are data (``rubrics/lexicons/<lang>/cleared.yaml``).

Its kin, read here too: the person told their message was not understood ("I don't understand what you're asking",
"votre message n'est pas clair"), which sends the burden back to them (dismissal), unless a genuine clarifying
question follows ("…: do you mean the refund or the exchange?"). Cue words in ``not-understood.yaml``."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

CLEARED = "cleared"
"""Lexicon of recalls of what was said (``recalled``), of the repetition counted (``repeated``) and of the matter
declared answered (``closed``)."""


def cleared(fv: FieldView) -> list[Hit]:
    """One hit per recall, count or closing phrase, but recalls and counts in a sentence that apologises."""
    found = fv.hits(CLEARED)
    if not found:
        return []
    sentence_of = fv.an.sentence_of
    sorry = {sentence_of[h.first] for h in fv.hits("apology")}
    return [h for h in found if h.group == "closed" or sentence_of[h.first] not in sorry]


NOT_UNDERSTOOD = "not-understood"
"""Lexicon of telling the person their message was not understood or is unclear."""


def not_understood(fv: FieldView) -> list[Hit]:
    """One hit per "not understood" phrase that no question follows: a question mark closing its sentence or the next
    one asks the person in good faith what they meant."""
    found = fv.hits(NOT_UNDERSTOOD)
    if not found:
        return []
    an = fv.an
    return [h for h in found if not any(fv.asks(s) for s in (an.sentence_of[h.first], an.sentence_of[h.first] + 1))]
