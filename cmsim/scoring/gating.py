"""What the integrity gate scales, quality by quality, and what a criterion lowered only by the gate says."""

from __future__ import annotations

from dataclasses import replace

from cmsim.model.qualities import Quality
from cmsim.model.rubric import Criterion
from cmsim.scoring.criteria import Context
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
    "en": "Not shown: the reply is too short or too thin to judge this.",
    "fr": "Pas démontré : la réponse est trop courte ou trop mince pour en juger.",
}
"""What a criterion lowered only by the length/substance gate says: the reply's flags say why, once."""


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
