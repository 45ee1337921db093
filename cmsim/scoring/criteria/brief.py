"""A post's brief: what the step gave the writer (its task, the brand's own messages, the expected facts, the brand's
name and the thread), which the post readings compare a post with."""

from __future__ import annotations

from cmsim.scoring.criteria import Context
from cmsim.scoring.text import analyse_cached

BRIEF_WORDS = 8
"""Fewer content words than this in the step's task make no brief to compare with ("Reply to the thread.")."""


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
