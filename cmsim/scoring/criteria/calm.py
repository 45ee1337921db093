"""Calm: no insults, contempt, sarcasm, threats, blame or shouting; de-escalating moves count."""

from __future__ import annotations

import re

from cmsim.scoring.criteria import Context, Outcome, Params, field_criterion, hostile_penalties, penalty_score, spans
from cmsim.scoring.integrity import FieldView

_RUN = re.compile(r"[!?]{2,}")
READS = ("public", "private")


HOSTILITY_COSTS: dict[str, float] = {
    "insults": 65, "threats": 65, "contempt": 50, "blame": 45, "sarcasm": 40, "condescension": 40, "defensive": 25,
    "mocking-emoji": 40, "siding": 50,
}
"""Points each distinct hit costs: one clear jab leaves a reply fair at best, two make it poor."""


@field_criterion("hostility", READS, merge="min")
def hostility(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Insults, threats, contempt, blame, sarcasm, condescension, defensiveness and mocking emoji cost points.

    The worst field counts: one hostile field makes a hostile reply.
    """
    costs = dict(HOSTILITY_COSTS)
    costs.update({k: float(v) for k, v in params.get("costs", {}).items()})
    return penalty_score(fv, hostile_penalties(ctx, fv, costs))


def shouting_marks(fv: FieldView) -> list[tuple[int, int]]:
    """Character spans of words in capitals and of runs like ``!!!`` or ``?!``."""
    an = fv.an
    function = fv.lex["function-words"].words
    marks = [
        (an.starts[i], an.ends[i]) for i, tok in enumerate(an.surface)
        if an.is_word[i] and not fv.mask[i] and tok.isupper() and tok.isalpha()
        and (len(tok) >= 4 or (len(tok) == 3 and an.norms[i] in function))
    ]
    marks.extend((m.start(), m.end()) for m in _RUN.finditer(fv.raw[: len(an.text)]))
    return sorted(marks)


@field_criterion("shouting", READS, merge="min")
def shouting(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Words in capitals and runs of ``!!!`` or ``?!`` read as shouting."""
    marks = shouting_marks(fv)
    runs = [m for m in marks if not fv.raw[m[0] : m[1]].isalpha()]
    caps = len(marks) - len(runs)
    words = max(1, len(fv.live_words()))
    score = 100.0 - min(60.0, 15.0 * caps)
    if caps > 0.3 * words:
        score = min(score, 20.0)
    score -= min(50.0, 25.0 * len(runs))
    evidence = [(fv.id, start, end, "-") for start, end in marks]
    return Outcome(max(0.0, score), evidence)


@field_criterion("de-escalation", READS)
def de_escalation(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Thanking, agreeing, owning the problem and acknowledging the feeling lower the temperature."""
    moves = fv.distinct("de-escalation")
    feeling = fv.distinct("empathy")[:2]
    per_move = float(params.get("per_move", 20))
    score = float(params.get("base", 40)) + per_move * (len(moves) + len(feeling))
    return Outcome(min(100.0, score), spans(fv, moves + feeling))
