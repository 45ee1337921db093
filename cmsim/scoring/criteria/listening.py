"""Listening: this person, their facts, their feeling, the right question, a concrete next step."""

from __future__ import annotations

from rapidfuzz import fuzz

from cmsim.scoring.criteria import (
    NOT_APPLICABLE,
    Context,
    Outcome,
    Params,
    action_moves,
    fact_coverage,
    facts_to_check,
    field_criterion,
    find_term,
    outside,
    spans,
    step_criterion,
)
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.text import fold

READS = ("public", "private")


@field_criterion("person", READS, merge="max")
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


@step_criterion("facts", READS, gated=True)
def facts(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """The reply picks up the person's specific facts (stems and close spellings, not exact words);
    its fields are read together, so a fact named in any of them counts."""
    if not facts_to_check(ctx)[0]:
        return NOT_APPLICABLE
    coverage = fact_coverage(ctx, fields)
    return Outcome(100.0 * coverage.ratio, coverage.evidence, coverage.missing)


def feeling_expected(ctx: Context) -> bool:
    """Whether there is a feeling to acknowledge: the step names one, or the person voices distress."""
    return bool(ctx.expect.feeling) or ctx.distressed


def _not_dismissive(fv: FieldView, hits: list[Hit]) -> list[Hit]:
    """Drop hits inside stock phrases, dismissive reassurance ("nothing to worry about"), non-apologies
    ("sorry if anyone was offended") or jabs ("stop talking nonsense")."""
    for name in ("stock-phrases", "reassurance", "defensive", "contempt", "condescension", "sarcasm", "blame"):
        hits = outside(hits, fv.hits(name))
    return hits


@field_criterion("feeling", READS, merge="max")
def feeling(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The reply acknowledges how the person feels (in caring words, or by naming the feeling back: "I'd be
    fed up too"); an apology alone is half of it, a stock one or a non-apology nothing.

    Not applicable when nobody voices a feeling (a plain question deserves a plain answer).
    """
    if not (feeling_expected(ctx) or params.get("always")):
        return NOT_APPLICABLE
    named = [h for h in fv.distinct("distress") if not any(e.first <= h.first < e.last for e in fv.hits("empathy"))]
    moves = _not_dismissive(fv, fv.distinct("empathy") + named[:1])
    if ctx.expect.feeling:
        found = find_term(fv, ctx.expect.feeling)
        if found and not any(h.start <= found[0] < h.end for h in moves):
            moves.append(Hit(ctx.expect.feeling, "", 0, 0, found[0], found[1]))
    apologies = _not_dismissive(fv, fv.distinct("apology"))
    sorry = [h for h in apologies if not any(m.start <= h.start < m.end for m in moves)]
    score = {0: 0.0, 1: 70.0}.get(len(moves), 100.0)
    if sorry:
        score = min(100.0, score + 30.0) if moves else 40.0
    missing = [ctx.expect.feeling] if ctx.expect.feeling and not moves else []
    return Outcome(score, spans(fv, moves + sorry), missing)


@field_criterion("next-step", READS, merge="max")
def next_step(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The reply says what happens now: a concrete step, a commitment or an action taken, ideally with a time."""
    hits = action_moves(fv)
    return Outcome({0: 0.0, 1: 60.0}.get(len(hits), 100.0), spans(fv, hits))


@field_criterion("private-channel", READS, merge="max")
def private_channel(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """When details are private (order, address), the reply moves to a private channel."""
    if not (ctx.expect.private or params.get("always")):
        return NOT_APPLICABLE
    if fv.kind == "private":
        return Outcome(100.0)
    hits = fv.distinct("private-channel")
    return Outcome(100.0 if hits else 0.0, spans(fv, hits), [] if hits else ["DM"])


@field_criterion("question", READS, merge="max")
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


@field_criterion("no-stock-phrases", READS, merge="min")
def no_stock_phrases(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Stock phrases ("sorry for any inconvenience") read as not listening."""
    stock = fv.distinct("stock-phrases")
    return Outcome(max(0.0, 100.0 - 50.0 * len(stock)), spans(fv, stock, "-"))
