"""A post's brief: what the step gave the writer (its task, the brand's own messages, the expected facts, the brand's
name and the thread), which the post readings compare a post with."""

from __future__ import annotations

from functools import lru_cache

from cmsim.scoring.criteria.base import Context
from cmsim.scoring.lexicon import lexicons
from cmsim.scoring.text import analyse_cached

BRIEF_WORDS = 8
"""Fewer content words than this in the step's task make no brief to compare with ("Reply to the thread.")."""


def brief_stems(ctx: Context) -> frozenset[str] | None:
    """Stems of what the post was given: its brief, the expected facts, the brand's name and the thread; None when
    the step gives no brief to compare with."""
    if ctx.brief is None:
        return None
    facts = (a for f in ctx.expect.facts for a in ([f] if isinstance(f, str) else f))
    return _stems(ctx.lang, ctx.brief.text, (ctx.brand.name, *facts, *(an.text for an in ctx.thread)))


@lru_cache(maxsize=256)
def _stems(lang: str, brief: str, others: tuple[str, ...]) -> frozenset[str] | None:
    """:func:`brief_stems`, read once a step."""
    function = lexicons(lang)["function-words"].words
    given = analyse_cached(brief, lang)
    if sum(1 for n in given.norms if n.isalpha() and n not in function) < BRIEF_WORDS:
        return None
    stems = set(given.stems)
    for text in others:
        stems.update(analyse_cached(text, lang).stems)
    return frozenset(stems)
