"""A post's own words: what it says beyond its brief (a scene, a voice, a wink), not its brief reworded."""

from __future__ import annotations

from cmsim.scoring.criteria import NOT_APPLICABLE, Context, Outcome, Params, Span, field_criterion
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.text import analyse_cached

READS = ("post",)
OWN_SHARE_FULL = 0.25
"""Share of the post's content words not taken from its brief at which it has a voice of its own in full: hand graders
put a post that only rewords its brief (every fact right, not one line of its own) far under one that opens on the
reader's life, a scene or a joke, and a teaser line with no fact at all in between."""
BRIEF_WORDS = 8
"""Fewer content words than this in the step's task make no brief to compare with ("Reply to the thread.")."""
_TEMPLATE = ("cliches", "stock-phrases", "engagement-bait", "formal-markers")
"""A sentence of template copy ("Exciting news!", "we look forward to seeing you") is no voice of one's own."""


def brief_stems(ctx: Context) -> frozenset[str] | None:
    """Stems of what the post was given: its brief, the expected facts, the brand's name and the thread; None when
    the step gives no brief to compare with."""
    brief = ctx.brief
    function = ctx.lex["function-words"].words
    if brief is None or sum(1 for n in brief.norms if n.isalpha() and n not in function) < BRIEF_WORDS:
        return None
    stems = set(brief.stems)
    for text in (ctx.brand.name, *(a for f in ctx.expect.facts for a in ([f] if isinstance(f, str) else f))):
        stems.update(analyse_cached(text, ctx.lang).stems)
    for an in ctx.thread:
        stems.update(an.stems)
    return frozenset(stems)


def own_words(fv: FieldView, given: frozenset[str]) -> tuple[list[int], int]:
    """The content words of ``fv`` that its brief did not give (indexes), and how many content words it has.

    Content words: live words that are not function words, figures, hashtags or handles (labels, not wording).
    Words in a sentence of template copy count as content, never as the writer's own."""
    an = fv.an
    function = fv.lex["function-words"].words
    template = {an.sentence_of[h.first] for name in _TEMPLATE for h in fv.hits(name)}
    own: list[int] = []
    content = 0
    for i in fv.live_words():
        norm = an.norms[i]
        if len(norm) < 2 or norm in function or not norm.isalpha() or fv.raw[an.starts[i] - 1 : an.starts[i]] in "#@":
            continue
        content += 1
        if an.stems[i] not in given and an.sentence_of[i] not in template:
            own.append(i)
    return own, content


@field_criterion("own-words", READS)
def own_words_criterion(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Words of its own beyond the brief: a post that only rewords its brief (the facts in the brief's words, however
    well ordered) has no voice; a quarter of its content words of its own (``OWN_SHARE_FULL``) is full marks, so
    a scene or a line to the reader among the facts is enough and a long story adds nothing. Not applicable when the
    step gives no brief."""
    given = brief_stems(ctx)
    if given is None:
        return NOT_APPLICABLE
    own, content = own_words(fv, given)
    if not content:
        return Outcome(0.0, lacks=["own"])
    share = len(own) / content
    an = fv.an
    evidence: list[Span] = []
    for index in sorted({an.sentence_of[i] for i in own})[:2]:
        sent = an.sentences[index]
        evidence.append((fv.id, sent.start, sent.end, "+"))
    score = min(100.0, 100.0 * share / OWN_SHARE_FULL)
    return Outcome(score, evidence, [], lacks=[] if score >= 100.0 else ["own"])

