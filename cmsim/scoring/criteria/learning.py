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

AIMED = frozenset({"learnable", "laughter", "law", "reading"})
"""Groups of hostile terms that are jabs only at a person ("ça s'apprend", "it can be learned", "lol", "mdr"; the law
stated, "is illegal", "est illégal"; a reading asked after, "did you read", "vous avez lu"): in a post, a safety rule
told to every reader ("riding without lights is illegal after dark") or a memory shared with them ("ce livre que vous
avez lu sous la couette")."""


LAW = "law"
"""Group of the threats lexicon: the law stated ("is illegal", "est illégal"). In a post it still threatens the reader
told what befalls them ("it's illegal, and you can be fined"): a second person in its sentence aims it."""
_READER = frozenset({"you", "your", "yourself", "vous", "votre", "vos", "tu", "te", "toi", "ton", "ta", "tes"})


def aimless(fv: FieldView, hit: Hit) -> bool:
    """Whether a hit of a group that needs a target stands in a post, which answers no one: no person is told they
    lack the skill or laughed at, and the law stated threatens no one unless the reader is told what it does to
    them."""
    if hit.group not in AIMED or fv.kind != "post":
        return False
    if hit.group != LAW:
        return True
    sent = fv.an.sentences[fv.an.sentence_of[hit.first]]
    return not _READER.intersection(fv.an.norms[sent.first : sent.last])
