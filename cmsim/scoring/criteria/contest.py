"""Contests and giveaways: a post announcing one owes how to enter, a deadline and its small print."""

from __future__ import annotations

from cmsim.model.params import ContestParams, read_params
from cmsim.scoring.criteria.base import NOT_APPLICABLE, Context, Outcome, Params, field_criterion
from cmsim.scoring.criteria.moves import clock_times, outside
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

READS = ("post",)
PARTS = ("enter", "deadline", "rules")
_MISSING = {
    "enter": {"en": "how to enter", "fr": "comment participer"},
    "deadline": {"en": "deadline", "fr": "date limite"},
    "rules": {"en": "rules / eligibility", "fr": "règlement / conditions"},
}


def contest_parts(fv: FieldView) -> dict[str, list[Hit]] | None:
    """What a contest post says of each part (see :data:`PARTS`), or None when the post announces no contest."""
    found = fv.hits("contest")
    announce = [h for h in found if h.group == "announce"]
    if fv.kind != "post" or not announce:
        return None
    # "win", "à gagner" announce the prize; a way to take part is another call ("post your", "follow")
    calls = [h for h in outside(fv.distinct("calls-to-action"), announce) if fv.raw[h.start - 1 : h.start] != "#"]
    return {
        "enter": calls[:1],
        "deadline": (fv.distinct("time") or clock_times(fv))[:1],
        "rules": [h for h in found if h.group == "rules"][:1],
    }


@field_criterion("contest-completeness", READS, merge="min")
def contest_completeness(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """A post announcing a contest or giveaway says the parts ````parts`` parameter`` asks for (of how to enter, the
    deadline, the rules or eligibility): entrants who must ask are entrants lost, and platforms' promotion rules
    require the small print.

    A guard: applicable only to a contest post missing one of them, so complete posts are judged as any other."""
    wanted = list(read_params(params, ContestParams).parts)
    parts = contest_parts(fv)
    if parts is None or not wanted or all(parts[p] for p in wanted):
        return NOT_APPLICABLE
    have = [p for p in wanted if parts[p]]
    evidence = [(fv.id, h.start, h.end, "+") for p in have for h in parts[p]]
    missing = [_MISSING[p][ctx.lang if ctx.lang in ("fr", "en") else "en"] for p in wanted if p not in have]
    return Outcome(100.0 * len(have) / len(wanted), evidence, missing, lacks=[p for p in wanted if p not in have])
