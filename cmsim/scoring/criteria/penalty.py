"""The penalty score every criterion that charges hits shares (tone's jabs, communication's jargon and padding,
creativity's ads): 100 minus a price per distinct hit, each hit quoted as evidence, with a soft floor that keeps
ordering replies below it."""

from __future__ import annotations

import math

from cmsim.scoring.criteria.base import Outcome, Span, spans
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

SOFT_FLOOR = 10.0
"""Below this score penalties keep ordering replies instead of all reading 0: a reply with three jabs is worse than one
with two (the score then falls towards 0 by :data:`SOFT_SCALE` points of penalty per e-fold)."""
SOFT_SCALE = 100.0
SAME_SENTENCE_SHARE = 0.25
"""Share of its price a hit pays when a hit of the same family already took its sentence: one jab is one family in
one sentence ("an intern who forgot": one blame, not two); another family or another sentence is another jab."""


def penalty_score(fv: FieldView, penalties: list[tuple[list[Hit], float]], jabs: int = 0) -> Outcome:
    """100 minus a penalty per distinct hit, with each hit as negative evidence.

    Words caught by two lexicons cost once, at the higher price. The first ``jabs`` penalties are jabs (hostility):
    further hits of a family in a sentence already charged for it cost :data:`SAME_SENTENCE_SHARE` of their price.
    """
    for hits, _cost in penalties:  # most replies: no penalty at all (a loop, not any() over a generator)
        if hits:
            break
    else:
        return Outcome(100.0, [])
    score = 100.0
    evidence: list[Span] = []
    used: set[int] = set()
    charged: set[tuple[int, int]] = set()  # (sentence, family)
    sentence_of = fv.an.sentence_of
    ranked = sorted(((hits, cost, n, n < jabs) for n, (hits, cost) in enumerate(penalties)), key=lambda p: -p[1])
    for hits, cost, family, jab in ranked:
        fresh = [h for h in hits if not used.intersection(range(h.first, h.last))]
        for h in fresh:
            used.update(range(h.first, h.last))
            sentence = sentence_of[h.first]
            score -= cost * (SAME_SENTENCE_SHARE if jab and (sentence, family) in charged else 1.0)
            if jab:
                charged.add((sentence, family))
        evidence.extend(spans(fv, fresh, "-"))
    return Outcome(soft_floor(score), sorted(evidence, key=lambda s: s[1]))


def soft_floor(score: float) -> float:
    """``score`` above :data:`SOFT_FLOOR`; below it, a decay that never reaches 0 (heavier penalties rank lower)."""
    if score >= SOFT_FLOOR:
        return score
    return SOFT_FLOOR * math.exp((score - SOFT_FLOOR) / SOFT_SCALE)
