"""Listening: this person, their facts, their feeling, the right question, a concrete next step."""

from __future__ import annotations

from rapidfuzz import fuzz

from cmsim.scoring.criteria import (
    NOT_APPLICABLE,
    Context,
    Outcome,
    Params,
    derived_ratio,
    facts_to_check,
    field_criterion,
    find_term,
    spans,
)
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.text import fold

READS = ("public", "private")


@field_criterion("person", READS)
def person(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The reply names the person it answers (any part of their name, close spellings accepted)."""
    if not ctx.person:
        return NOT_APPLICABLE
    parts = [fold(p) for p in ctx.person.replace("@", " ").split() if len(p) >= 2]
    an = fv.an
    for i, norm in enumerate(an.norms):
        if fv.mask[i] or not an.is_word[i]:
            continue
        if any(norm == p or (len(p) >= 4 and fuzz.ratio(norm, p) >= 80) for p in parts):
            return Outcome(100.0, [(fv.id, an.starts[i], an.ends[i], "+")])
    return Outcome(0.0, missing=[ctx.person])


@field_criterion("facts", READS)
def facts(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The reply picks up the person's specific facts (stems and close spellings, not exact words)."""
    wanted, derived = facts_to_check(ctx)
    if not wanted:
        return NOT_APPLICABLE
    evidence = []
    missing = []
    for alternatives in wanted:
        found = next((s for s in (find_term(fv, a) for a in alternatives) if s), None)
        if found:
            evidence.append((fv.id, found[0], found[1], "+"))
        else:
            missing.append(" / ".join(alternatives))
    ratio = derived_ratio(len(evidence), len(wanted)) if derived else len(evidence) / len(wanted)
    return Outcome(100.0 * ratio, evidence, [] if derived else missing)


def _outside(hits: list[Hit], stock: list[Hit]) -> list[Hit]:
    return [h for h in hits if not any(s.first <= h.first < s.last for s in stock)]


@field_criterion("feeling", READS)
def feeling(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The reply acknowledges how the person feels; an apology alone is half of it, a stock one nothing."""
    stock = fv.hits("stock-phrases")
    moves = _outside(fv.distinct("empathy"), stock)
    if ctx.expect.feeling:
        found = find_term(fv, ctx.expect.feeling)
        if found and not any(h.start == found[0] for h in moves):
            moves.append(Hit(ctx.expect.feeling, "", 0, 0, found[0], found[1]))
    sorry = _outside(fv.distinct("apology"), stock)
    score = {0: 0.0, 1: 70.0}.get(len(moves), 100.0)
    if sorry:
        score = min(100.0, score + 30.0) if moves else 40.0
    missing = [ctx.expect.feeling] if ctx.expect.feeling and not moves else []
    return Outcome(score, spans(fv, moves + sorry), missing)


@field_criterion("next-step", READS)
def next_step(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The reply commits to something concrete, ideally with a time."""
    hits = _outside(fv.distinct("next-step"), fv.hits("stock-phrases"))
    return Outcome({0: 0.0, 1: 60.0}.get(len(hits), 100.0), spans(fv, hits))


@field_criterion("private-channel", READS)
def private_channel(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """When details are private (order, address), the reply moves to a private channel."""
    if not (ctx.expect.private or params.get("always")):
        return NOT_APPLICABLE
    if fv.kind == "private":
        return Outcome(100.0)
    hits = fv.distinct("private-channel")
    return Outcome(100.0 if hits else 0.0, spans(fv, hits), [] if hits else ["DM"])


@field_criterion("question", READS)
def question(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """When the step needs information, the reply asks the person a question."""
    if not (ctx.expect.question or params.get("always")):
        return NOT_APPLICABLE
    an = fv.an
    for sent in an.sentences:
        end = sent.end
        live = any(not fv.mask[i] for i in range(sent.first, sent.last))
        if live and fv.raw[end : end + 3].lstrip(" )»\"'").startswith("?"):
            return Outcome(100.0, [(fv.id, sent.start, end + 1, "+")])
    return Outcome(0.0, missing=["?"])


@field_criterion("no-stock-phrases", READS)
def no_stock_phrases(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Stock phrases ("sorry for any inconvenience") read as not listening."""
    stock = fv.distinct("stock-phrases")
    return Outcome(max(0.0, 100.0 - 50.0 * len(stock)), spans(fv, stock, "-"))
