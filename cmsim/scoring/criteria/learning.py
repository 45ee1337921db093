""""It can be learned" ("ça s'apprend"): a lesson at a person, or encouragement to all.

Said in a reply, to someone who wrote about what went wrong, "ça s'apprend" tells them they do not know how ("Lire une
étiquette, ça s'apprend"): condescension. Said in a post, where nobody has written and nobody is answered, it tells
every reader that the skill is within reach ("Réparer plutôt que jeter, ça s'apprend. Et ça se transmet."), which is
the opposite: an invitation. The terms are the condescension lexicon's ``learnable`` group; this module says when they
are no jab.
"""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

LEARNABLE = "learnable"
"""Group of condescension terms saying the thing can be learned ("ça s'apprend", "it can be learned")."""


def encouraging(fv: FieldView, hit: Hit) -> bool:
    """Whether a hit of the learnable group encourages rather than lectures: it stands in a post, which answers no
    one, so no person is told they lack the skill."""
    return hit.group == LEARNABLE and fv.kind == "post"
