"""Blame denied in its own clause ("none of this is your fault"): reassurance, not blame (calm's hostility). The words
are data: the ``negation`` and ``negation-pronouns`` lexicons deny, the ``negation-links`` and ``denial-links`` ones may
stand between the negation and the blame."""

from __future__ import annotations

import re

from cmsim.scoring.fieldview import FieldView
from cmsim.scoring.lexicon import Hit

PAUSE = re.compile(r"[,;:.!?]")
"""A clause's mark: a negation past one denies nothing after it (read by calming's denied moves too)."""


def denied(fv: FieldView, hit: Hit) -> bool:
    """Whether a blame is denied: a negation before it with only linking words between ("none of this is your fault",
    "it is not at all your fault", "rien de tout cela n'est de votre faute"; not "we can't refund because you should
    have"), the blame's own words holding none ("you didn't read" blames)."""
    an, lex = fv.an, fv.lex
    links = lex["negation-links"].words | lex["denial-links"].words
    denying = lex["negation"].words | lex["negation-pronouns"].words
    words = an.norms[an.sentences[an.sentence_of[hit.first]].first : hit.first]
    k = len(words)
    while k and words[k - 1] in links:
        k -= 1
    return (k > 0 and words[k - 1] in denying and not denying.intersection(an.norms[hit.first : hit.last])
            and not PAUSE.search(an.text, an.ends[hit.first - len(words) + k - 1], an.starts[hit.first]))
