"""Jabs that need someone to aim at: "it can be learned" ("ça s'apprend") and laughter ("lol", "mdr").

Said in a reply, to someone who wrote about what went wrong, "ça s'apprend" tells them they do not know how ("Lire une
étiquette, ça s'apprend"), and "lol" laughs at them: condescension, sarcasm. Said in a post, where nobody has written
and nobody is answered, "ça s'apprend" tells every reader that the skill is within reach ("Réparer plutôt que jeter, ça
s'apprend. Et ça se transmet."), and "lol" laughs with them at the brand's own joke ("come throw a pot with us (or at
us lol)"): no jab. Whether the register suits the brand is the casual markers' matter, not respect's. The terms are the
``learnable`` group of the condescension lexicon and the ``laughter`` group of the sarcasm lexicon.
"""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

AIMED = frozenset({"learnable", "laughter"})
"""Groups of hostile terms that are jabs only at a person ("ça s'apprend", "it can be learned", "lol", "mdr")."""


def aimless(fv: FieldView, hit: Hit) -> bool:
    """Whether a hit of a group that needs a target stands in a post, which answers no one: no person is told they
    lack the skill or laughed at."""
    return hit.group in AIMED and fv.kind == "post"
