"""The opening hook of a post or reply, read once for creativity's engagement and multi-platform's visible hook."""

from __future__ import annotations

import re

from cmsim.scoring.criteria.trust import overpromises
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.text import Sentence

_TEASER_WORDS = 10
"""Most content words (function words not counted, so French articles cost nothing) in a teaser line."""
_HOOK_MIN_WORDS = 3
"""Fewer words than this make a label ("Giveaway!"), not a hook."""
_MARKS = re.compile(r"[!?]+")
_NOT_HOOKS = ("stock-phrases", "formal-markers")
"""A stock or formal opening ("Chère cliente, merci pour votre retour") is not a hook, however short."""


def opening_hook(fv: FieldView) -> tuple[int, int] | None:
    """Where the text hooks at its start: a hook phrase in the first sentence, or a first sentence that hooks by its
    form (see :func:`_hook_by_form`); never an opening that promises what the brand cannot keep ("everyone gets
    featured, guaranteed!" is bait). Returns the character span of the hook."""
    an = fv.an
    if not an.sentences:
        return None
    first = an.sentences[0]
    if any(h.first < first.last for h in overpromises(fv)):
        return None
    hook = [h for h in fv.hits("hooks") if h.first < first.last]
    if hook:
        return hook[0].start, hook[0].end
    return (first.start, first.end) if _hook_by_form(fv, first) else None


def _hook_by_form(fv: FieldView, first: Sentence) -> bool:
    """Whether the opening sentence hooks by its form: an exclamation or a question, or a short teaser line
    set apart (a line break, an emoji or "…" after it). A bare label ("Giveaway!", "Concours :") and an
    opening that runs on in the same line as plain prose are not hooks, nor is shouting ("!!") or a stock
    or formal opening ("Dear customer, …")."""
    an = fv.an
    words = sum(an.is_word[first.first : first.last])
    if words < _HOOK_MIN_WORDS or any(fv.mask[first.first : first.last]):
        return False
    if any(h.first < first.last for name in _NOT_HOOKS for h in fv.hits(name)):
        return False
    after = fv.raw[first.end : first.end + 4].lstrip(" ")
    mark = _MARKS.match(after)
    if mark:
        return mark.group() in ("!", "?", "?!", "!?")
    ends_apart = after.startswith(("\n", "…")) or not an.is_word[first.last - 1]
    function = fv.lex["function-words"].words
    content = sum(1 for i in range(first.first, first.last) if an.is_word[i] and an.norms[i] not in function)
    return len(an.sentences) > 1 and content <= _TEASER_WORDS and ends_apart
