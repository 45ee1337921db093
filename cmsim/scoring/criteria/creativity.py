"""Creativity: original wording (not clichés), a hook, a call to action, variety."""

from __future__ import annotations

from cmsim.scoring.criteria import (
    Context,
    Outcome,
    Params,
    Span,
    field_criterion,
    hostile_penalties,
    outside,
    penalty_score,
    spans,
)
from cmsim.scoring.criteria.calm import HOSTILITY_COSTS
from cmsim.scoring.integrity import FieldView

READS = ("public", "post")
_TEASER_WORDS = 10
_INVITES = frozenset(
    {"you", "your", "who", "which", "what", "vous", "tu", "votre", "ton", "ta", "qui", "quel", "quelle"}
)


@field_criterion("originality", READS)
def originality(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Clichés and stock phrases cost points.

    Wording close to the step's model answer is not penalised: a trainee who independently writes what
    the experts would write has done well, and the text is judged, not who wrote it first.
    """
    return penalty_score(fv, [(fv.distinct("cliches"), 25.0), (fv.distinct("stock-phrases"), 25.0)])


@field_criterion("engagement", READS)
def engagement(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """A hook at the start (a hook phrase, an exclamation or question, or a short teaser line before the
    rest), a call to action, and a question that invites the community to answer."""
    an = fv.an
    evidence: list[Span] = []
    parts = 0
    if an.sentences:
        first = an.sentences[0]
        hook = [h for h in fv.hits("hooks") if h.first < first.last]
        opener = fv.raw[first.end : first.end + 2].lstrip().startswith(("?", "!"))
        teaser = len(an.sentences) > 1 and sum(an.is_word[first.first : first.last]) <= _TEASER_WORDS
        if hook or ((opener or teaser) and not any(fv.mask[first.first : first.last])):
            parts += 1
            evidence.extend(spans(fv, hook[:1]) or [(fv.id, first.start, first.end, "+")])
    cta = outside(fv.distinct("calls-to-action"), fv.hits("cliches"))  # "like and share" is bait, not a call
    if cta:
        parts += 1
        evidence.extend(spans(fv, cta[:2]))
    for sent in an.sentences:
        asks = fv.raw[sent.end : sent.end + 2].lstrip().startswith("?")
        live = [i for i in range(sent.first, sent.last) if not fv.mask[i]]
        if asks and live and any(an.norms[i] in _INVITES for i in live):
            parts += 1
            evidence.append((fv.id, sent.start, sent.end + 1, "+"))
            break
    # Telling the community off ("no whining", "we won't answer") repels the engagement the post asks for.
    repels = [h for hits, _cost in hostile_penalties(ctx, fv, HOSTILITY_COSTS) for h in hits]
    evidence.extend((fv.id, h.start, h.end, "-") for h in repels)
    return Outcome(max(0.0, 100.0 * parts / 3 - 35.0 * len(repels)), evidence, [])


@field_criterion("variety", READS)
def variety(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Varied wording: many different content words rather than the same few again and again."""
    function = fv.lex["function-words"].words
    content = [fv.an.stems[i] for i in fv.live_words() if fv.an.norms[i] not in function]
    if not content:
        return Outcome(0.0)
    ratio = len(set(content)) / len(content)
    score = max(0.0, min(100.0, (ratio - 0.4) / 0.4 * 100.0))
    return Outcome(score * min(1.0, len(content) / 8))
