"""What the integrity gate scales, quality by quality, and what a criterion lowered only by the gate says."""

from __future__ import annotations

from dataclasses import replace

from cmsim.model.qualities import Quality
from cmsim.model.rubric import Criterion
from cmsim.scoring.criteria.base import Context
from cmsim.scoring.foreign import foreign_field
from cmsim.scoring.integrity import FieldView

LENGTH_QUALITIES = frozenset({Quality.multiplatform})
"""The qualities a reply's length over the platform's limit concerns (it cannot be posted as it is). Hand graders read
listening, teamwork, creativity and calm of an overlong reply on what it says: for them the gate keeps substance and
the gaming checks, not the length."""
LENGTH_KINDS = frozenset({"clarity"})
"""Criteria of other qualities that the length over the limit concerns: communication's clarity (too long to post as
it is, hard to follow there). Communication's substance reads the facts and the next step as they are: a 380-character
TikTok answer with the right facts, graded 90 on communication, scored 47 when the limit scaled substance too."""


def length_priced(criterion: Criterion) -> bool:
    """Whether the length over the platform's limit scales this criterion."""
    return criterion.quality in LENGTH_QUALITIES or criterion.kind in LENGTH_KINDS


def content_reading(ctx: Context, views: list[FieldView]) -> tuple[Context, list[FieldView]]:
    """The context and views the criteria :func:`length_priced` leaves out read: the same, gated without length."""
    if all(v.length_factor >= 1.0 for v in views):
        return ctx, views
    unlimited = [replace(v, gate=v.gate / v.length_factor) if 0.0 < v.length_factor < 1.0 else v for v in views]
    return replace(ctx, fields=unlimited, coverage={}), unlimited


GATED_TEXT = {
    "en": "Not shown: the reply is too short to judge this.",
    "fr": "Pas démontré : la réponse est trop courte pour en juger.",
}
"""What a criterion lowered only by the substance gate says when the reply has few words: the flags say why, once."""

THIN_GATED_TEXT = {
    "en": "Lowered: part of the reply is not written as sentences (a list of words, emoji, fragments).",
    "fr": "Revu à la baisse : une partie de la réponse n'est pas rédigée en phrases (liste de mots, emoji, fragments).",
}
"""What it says when the reply has words enough but not all of them in sentences: a long reply is never told it is
"too short" (a 240-character apology lost a band to one emoji-only line and was told so)."""

FOREIGN_GATED_TEXT = {
    "en": "Lowered: the reply is not written in the thread's language.",
    "fr": "Revu à la baisse : la réponse n'est pas rédigée dans la langue de la conversation.",
}
"""What it says when a field is prose in the thread's other language: neither short nor thin; listening reads it at a
discount, the other qualities not at all."""

LIST_GATED_TEXT = {
    "en": "Not shown: nothing in the reply is written as a sentence.",
    "fr": "Pas démontré : rien dans la réponse n'est rédigé en phrases.",
}
"""What it says when a field of words enough holds no sentence at all (a list of words, emoji and hashtags)."""

GAMED_GATED_TEXT = {
    "en": "Lowered: part of the reply does not count (copied, repeated, packed with key words or aimed at the grader).",
    "fr": "Revu à la baisse : une partie de la réponse ne compte pas (recopiée, répétée, bourrée de mots-clés ou "
          "adressée au correcteur).",
}
"""What it says when the gate discounted words the reply games with (its flags say which)."""

SHORT_WORDS_GATE = 8
"""Under this many words a field lowered by the substance gate is "too short" (the gate's full-substance size)."""
GAMING_FLAGS = frozenset({"copied-thread", "repetition", "stuffing", "addresses-grader"})
"""The flags of words a reply games with (copied, repeated, stuffed, aimed at the grader)."""


def honest(views: list[FieldView], flags: list[str]) -> bool:
    """Whether a reply has words and games with none of them: only such a reply earns a tone guard's civil floor
    (``ceiling.floored``); a prompt to the grader or the thread pasted back is civil but no reply."""
    return GAMING_FLAGS.isdisjoint(flags) and any(v.an.word_count for v in views)


def gated_text(views: list[FieldView]) -> dict[str, str]:
    """Why the substance gate lowered a criterion, in the reader's words, from the fields it lowered: words that do
    not count, too few words, prose in the other language, no sentence at all, or some words not in sentences (length
    over the platform's limit says so itself, see :data:`LONG_GATED_TEXT`)."""
    written = [v for v in views if v.an.word_count]
    lowered = [v for v in written if v.gate < 1.0] or written
    if any(not GAMING_FLAGS.isdisjoint(v.flags) for v in lowered):
        return GAMED_GATED_TEXT
    if not lowered or any(v.an.word_count < SHORT_WORDS_GATE for v in lowered):
        return GATED_TEXT
    if all(foreign_field(v) for v in lowered):  # read in part as the thread's language, or not at all
        return FOREIGN_GATED_TEXT
    return LIST_GATED_TEXT if all(v.empty for v in lowered) else THIN_GATED_TEXT


LONG_GATED_TEXT = {
    "en": "Lowered: the reply is longer than the platform allows.",
    "fr": "Revu à la baisse : la réponse est plus longue que ce que la plateforme permet.",
}
"""What a criterion lowered by the length over the platform's limit says (never "too short")."""


def at_full_length(score: float, views: list[FieldView]) -> float:
    """What a criterion that gates its own fields had earned without the platform's length limit: its feedback compares
    with it, so an overlong reply is told "longer than the platform allows", never "nothing concrete"."""
    longest = min((v.length_factor for v in views if v.length_factor > 0.0), default=1.0)
    return min(100.0, score / longest)
