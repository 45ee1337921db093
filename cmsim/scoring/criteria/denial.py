"""Blame denied in its own clause ("none of this is your fault"): reassurance, not blame (calm's hostility)."""

from __future__ import annotations

import re

from cmsim.scoring.fieldview import FieldView
from cmsim.scoring.lexicon import Hit

NEGATION = frozenset({"not", "no", "never", "t", "ne", "n", "pas", "jamais"})
"""Negations that deny the word after them."""
_PAUSE = re.compile(r"[,;:.!?]")
_DENYING = NEGATION | {"none", "nothing", "rien", "aucun", "aucune", "nullement"}
_POINTING = frozenset({"all", "tout", "of", "this", "that", "it", "way", "ça", "ca", "cela", "ceci", "cas"})


def denied(fv: FieldView, hit: Hit) -> bool:
    """Whether a blame is denied: a negation before it with only linking words between ("none of this is your fault",
    "it is not at all your fault", "rien de tout cela n'est de votre faute"; not "we can't refund because you should
    have"), the blame's own words holding none ("you didn't read" blames)."""
    an, links = fv.an, fv.lex["negation-links"].words | _POINTING
    words = an.norms[an.sentences[an.sentence_of[hit.first]].first : hit.first]
    k = len(words)
    while k and words[k - 1] in links:
        k -= 1
    return (k > 0 and words[k - 1] in _DENYING and not _DENYING.intersection(an.norms[hit.first : hit.last])
            and not _PAUSE.search(an.text, an.ends[hit.first - len(words) + k - 1], an.starts[hit.first]))
